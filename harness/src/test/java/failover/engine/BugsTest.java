package failover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.spec.Vocabulary;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine built with each of the spec's deliberate mistakes ({@code Bug}) behaves differently
 * from the reference engine on a short scenario, so that conformance has something to catch.
 */
class BugsTest {
  /** Runs the same lines on the reference engine and on the buggy one; returns both. */
  private static Pair[] both(String bug, String text) {
    return new Pair[] {Played.runWithBug("none", text).pair, Played.runWithBug(bug, text).pair};
  }

  private static void differ(String bug, String text) {
    Pair[] p = both(bug, text);
    assertNotEquals(p[0].abstraction(), p[1].abstraction(), bug + " made no difference");
  }

  private static final String PREEMPT2 = Setups.SHARED + """
      A# failover group 2
       preempt
       exit
      """;

  @Test
  void preemptIgnoresFailed() {
    // B (group 2's preferred unit) becomes available with group 2's interface down: preemption is
    // armed, but B does not count as available for the group while its interfaces fail
    differ("PreemptIgnoresFailed", PREEMPT2 + "interface B GigabitEthernet0/4 down\npower-off B\nwait 30\nboot B\nwait 1\n");
  }

  @Test
  void linkLossIsPeerDeath() {
    differ("LinkLossIsPeerDeath", Setups.SHARED + "link failover down\nwait 30\n");
  }

  @Test
  void replicateFromStandby() {
    differ("ReplicateFromStandby", Setups.SHARED + "B# context fromstandby\n");
  }

  @Test
  void bootIgnoresActivePeer() {
    String text = Setups.PAIR + "power-off B\nboot B\n";
    Pair ok = Played.runWithBug("none", text).pair, bad = Played.runWithBug("BootIgnoresActivePeer", text).pair;
    ok.advance(15_000);
    bad.advance(15_000);
    assertFalse(ok.enabledSteps().contains(new OwnStep(failover.spec.Action.BootAlone, Box.B, 0)));
    assertTrue(bad.enabledSteps().contains(new OwnStep(failover.spec.Action.BootAlone, Box.B, 0)));
  }

  @Test
  void failoverToFailedStandby() {
    differ("FailoverToFailedStandby", Setups.SHARED + """
        interface A GigabitEthernet0/4 down
        wait 30
        interface B GigabitEthernet0/5 down
        wait 30
        """);
  }

  @Test
  void httpAlwaysReplicated() {
    differ("HttpAlwaysReplicated", Setups.SHARED + "traffic ctx1 http 3\n");
  }

  @Test
  void preemptBeforeSync() {
    differ("PreemptBeforeSync", Setups.PRIMARY + """
        A# failover link statelink GigabitEthernet0/6
        A# interface GigabitEthernet0/6
         no shutdown
        A# failover group 2
         preempt
         exit
        A# failover
        wait 60
        traffic ctx1 tcp 4
        boot B
        B# failover lan interface folink GigabitEthernet0/1
        B# interface GigabitEthernet0/1
         no shutdown
        B# failover lan unit secondary
        B# failover
        link state down
        wait 60
        """);
  }

  @Test
  void preemptAlways() {
    differ("PreemptAlways", Setups.PAIR + "wait 60\n");
  }

  @Test
  void noBulkSync() {
    differ("NoBulkSync", Setups.PRIMARY + "A# failover\nwait 60\ntraffic admin tcp 7\n" + Setups.SECONDARY);
  }

  @Test
  void peerDeathNeedsLink() {
    differ("PeerDeathNeedsLink", Setups.SHARED + "link failover down\nwait 5\npower-off B\nwait 30\n");
  }

  @Test
  void preemptStanding() {
    // group 2 forced away from its preferred unit B: it stays on A; with the bug it goes back
    differ("PreemptStanding", PREEMPT2 + "power-off B\nwait 30\nboot B\nwait 60\nB# no failover active group 2\nwait 30\n");
  }

  @Test
  void rejoinFromPrimary() {
    // B reboots behind a failed failover link and makes both groups active: group 1 is then active
    // on both units, group 2 (ctx1) only on B, where ctx1 gets a command A lacks. At the rejoin
    // ctx1 must flow from B; with the bug B takes A's whole configuration.
    differ("RejoinFromPrimary", Setups.SHARED + """
        A# write memory all
        power-off B
        link failover down
        boot B
        wait 30
        B/ctx1# access-list only-on-b extended permit ip any any
        expect ok
        link failover up
        wait 60
        """);
  }

  @Test
  void everyBugOfTheSpecIsKnownAndUnknownOnesAreRefused() {
    assertEquals(13, Vocabulary.BUGS.size());
    assertEquals("none", new Pair().bug());
    assertThrows(IllegalArgumentException.class, () -> new Pair("NoSuchBug"));
    assertEquals(Set.copyOf(Vocabulary.BUGS).size(), Vocabulary.BUGS.size());
  }

  @Test
  void advanceMovesTimeWithoutOwnSteps() {
    Pair p = Played.run(Setups.SHARED + "power-off B\n").pair;
    long t = p.nowMillis();
    p.advance(15_000);
    assertEquals(t + 15_000, p.nowMillis());
    assertEquals(GroupState.STANDBY, p.groupState(Box.A, 2));
    assertTrue(p.enabledSteps().contains(new OwnStep(failover.spec.Action.DetectPeerFailure, Box.A, 0)));
  }
}
