package failover.engine;

import java.util.Set;

/** The events of the scenario language (SCENARIOS.md "Events"); each maps to one spec action. */
public sealed interface Event {
  /** {@code boot A | boot B | boot A B}: spec action PowerOn(units). */
  record Boot(Set<Box> boxes) implements Event {
    public Boot { boxes = Set.copyOf(boxes); }
  }
  /** {@code power-off A}: spec action PowerOff(unit). */
  record PowerOff(Box box) implements Event {}
  /** {@code link failover down|up}: spec actions FailoverLinkDown / FailoverLinkUp. */
  record FailoverLink(boolean up) implements Event {}
  /** {@code link state down|up}: spec actions StateLinkDown / StateLinkUp. */
  record StateLink(boolean up) implements Event {}
  /** {@code interface A GigabitEthernet0/4 down|up}: spec actions InterfaceDown / InterfaceUp. */
  record Interface(Box box, String physical, boolean up) implements Event {}
  /** {@code traffic ctx1 tcp|http N}: spec action Traffic(group, kind). */
  record Traffic(String context, String kind, int count) implements Event {}
  /** {@code wait N}: spec action Tick, repeated, with the pair's own steps in between. */
  record Wait(int seconds) implements Event {}
}
