package failover.engine;

import static failover.engine.Commands.words;

import java.util.Optional;

/**
 * The events of the scenario language (SCENARIOS.md "Events"), the world's side of the spec's
 * environment actions: each event's words are checked, a bad one refused with one line ({@link
 * Commands.Rejected}), and the action of the same name taken ({@link WorldActions}). {@code wait N}
 * lets the pair take its own steps ({@link PairSteps}) while simulated time passes.
 */
final class Events {
  private final Pair pair;

  Events(Pair pair) { this.pair = pair; }

  /** Applies an event to the pair (a working copy: a refused event throws before the pair is adopted). */
  Result apply(Event e) {
    // Java 17: no pattern matching in switch; one branch per record of the sealed interface
    if (e instanceof Event.Boot x) {
      if (x.boxes().isEmpty()) throw new Commands.Rejected("boot: name A, B or both");
      Optional<Refusal> no = pair.worldActions.PowerOn(x.boxes());
      if (no.isPresent()) throw new Commands.Rejected("boot " + ((Refusal.AlreadyOn) no.get()).box() + ": " + words(no.get()));
      return Result.ok("");
    }
    if (e instanceof Event.PowerOff x) {
      Optional<Refusal> no = pair.worldActions.PowerOff(x.box());
      if (no.isPresent()) throw new Commands.Rejected("power-off " + x.box() + ": " + words(no.get()));
      return Result.ok("");
    }
    if (e instanceof Event.FailoverLink x) {
      if (x.up()) pair.worldActions.FailoverLinkUp(); else pair.worldActions.FailoverLinkDown();
      return Result.ok("");
    }
    if (e instanceof Event.StateLink x) {
      String dir = x.up() ? "up" : "down";
      Optional<Refusal> no = x.up() ? pair.worldActions.StateLinkUp() : pair.worldActions.StateLinkDown();
      if (no.isPresent()) {
        Refusal.NoStateCable r = (Refusal.NoStateCable) no.get();
        throw new Commands.Rejected("link state " + dir + ": " + words(r) + "; use 'interface " + r.box() + " "
            + Names.physicalOf(r.iface().port()) + " " + dir + "'");
      }
      return Result.ok("");
    }
    if (e instanceof Event.Interface x) {
      String port = x.physical() == null ? null : Names.canonicalInterface(x.physical());
      if (port == null || !Names.onHardware(port)) {
        throw new Commands.Rejected("interface " + x.box() + " " + x.physical() + ": no such interface (ports: GigabitEthernet0/0-3/7, Management0/0-0/1, Ethernet0/0-0/7, Ethernet0-7)");
      }
      if (Names.isSubinterface(port)) {
        throw new Commands.Rejected("interface " + x.box() + " " + port + ": a subinterface has no cable; name its physical port");
      }
      if (x.up()) pair.worldActions.InterfaceUp(x.box(), port); else pair.worldActions.InterfaceDown(x.box(), port);
      return Result.ok("");
    }
    if (e instanceof Event.Traffic x) return traffic(x.context(), x.kind(), x.count());
    if (e instanceof Event.Wait x) return waitEvent(x);
    throw new Commands.Rejected("unknown event " + e);
  }

  /**
   * The scenario's {@code wait N}: {@link #waitFor} N seconds. The harness drives the spec's Tick
   * with {@link Pair#advance} and fires each own step itself (listed in PitSummary.OUTSIDE).
   */
  private Result waitEvent(Event.Wait x) {
    if (x.seconds() < 1 || x.seconds() > 86400) {
      throw new Commands.Rejected("wait " + x.seconds() + ": seconds out of range 1-86400");
    }
    waitFor(x.seconds() * 1000L);
    return Result.ok("");
  }

  /** "wait N": the pair runs its own steps while simulated time advances. */
  private void waitFor(long millis) {
    long end = pair.now + millis;
    pair.settle();
    while (pair.now < end) {
      pair.worldActions.Tick(end);
      pair.settle();
    }
  }

  /**
   * {@code traffic CTX tcp|http N}: the spec's Traffic on the unit where the context's group is
   * active ({@link WorldActions#Traffic}); where it is active on no unit the connections are
   * dropped, and no step is taken.
   */
  private Result traffic(String ctx, String kind, int count) {
    if (!"tcp".equals(kind) && !"http".equals(kind)) {
      throw new Commands.Rejected("traffic " + ctx + " " + kind + ": kind must be tcp or http");
    }
    if (count < 1 || count > 1_000_000) {
      throw new Commands.Rejected("traffic " + ctx + " " + kind + " " + count + ": count out of range 1-1000000");
    }
    boolean known = (pair.a.on && pair.a.running.contexts.containsKey(ctx)) || (pair.b.on && pair.b.running.contexts.containsKey(ctx));
    if (!known) throw new Commands.Rejected("traffic " + ctx + ": no context " + ctx + " on a running box");
    for (Unit u : new Unit[] {pair.a, pair.b}) {
      if (Predicates.activeFor(u, ctx)) {
        pair.worldActions.Traffic(u, ctx, kind, count);
        return Result.ok("");
      }
    }
    return Result.ok("traffic " + ctx + ": context " + ctx + " is active on no unit; " + count + " connections dropped");
  }
}
