package failover.corners;

import java.util.Map;
import java.util.TreeMap;

/**
 * The numbered decisions of spec/README.md ("Decisions where the seed is silent or torn"), by
 * number, with their titles as the README writes them in bold. The catalogue names the decision an
 * answer rests on by these; a test checks that each stands under its number in the README.
 */
public final class Decisions {
  private Decisions() {}

  public static final Map<Integer, String> TITLES = new TreeMap<>(Map.ofEntries(
      Map.entry(1, "Preemption is an event, not a standing condition"),
      Map.entry(2, "Rejoin after a failover link failure"),
      Map.entry(3, "An active group's interfaces fail while the standby's same interfaces have failed too but "
          + "the standby is not yet marked failed"),
      Map.entry(4, "The interface poll time"),
      Map.entry(5, "`no failover` and the standby groups"),
      Map.entry(6, "\"Meets\" against \"above threshold\""),
      Map.entry(7, "\"No Link\" counted as a failed interface"),
      Map.entry(8, "Preemption held while the stateful link is down"),
      Map.entry(9, "Peer death while the failover link is down"),
      Map.entry(10, "A peer heard rebooting"),
      Map.entry(11, "A booting unit that hears no peer"),
      Map.entry(12, "Failed units and groups"),
      Map.entry(13, "`failover` and the startup configuration"),
      Map.entry(14, "What `write memory` saves"),
      Map.entry(15, "`write erase`"),
      Map.entry(16, "Connection tables at failover"),
      Map.entry(17, "The monitoring limit"),
      Map.entry(18, "A powered-off peer in `show failover`"),
      Map.entry(19, "The flash file system"),
      Map.entry(20, "The hold time is per interface")));

  /** "decision 9 (*Peer death while the failover link is down*)". */
  public static String cite(int n) {
    String t = TITLES.get(n);
    if (t == null) throw new IllegalArgumentException("no decision " + n + " in spec/README.md");
    return "decision " + n + " (*" + t + "*)";
  }
}
