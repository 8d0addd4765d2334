package failover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Which unit each failover group becomes active on is determined as follows" (boot orders). */
class BootOrderTest {
  @Test
  void aUnitBootingAloneMakesBothGroupsActiveAfterTheUnitHoldTime() {
    Played s = Played.run(Setups.PRIMARY + """
        A# failover
        A# write memory all
        power-off A
        boot A
        wait 14
        expect A group 1 off
        """.replace("expect A group 1 off\n", ""));
    assertEquals(GroupState.INIT, s.pair.groupState(Box.A, 1));
    s.lines("""
        wait 1
        expect A group 1 active
        expect A group 2 active
        """);
  }

  @Test
  void aBoxWithFailoverDisabledIsStandaloneAtOnce() {
    Played s = Played.run("boot A");
    assertEquals(GroupState.ACTIVE, s.pair.groupState(Box.A, 1));
    assertEquals(GroupState.ACTIVE, s.pair.groupState(Box.A, 2));
  }

  @Test
  void enablingFailoverNegotiatesAgain() {
    Played s = Played.run(Setups.PRIMARY + "A# failover\n");
    assertEquals(GroupState.INIT, s.pair.groupState(Box.A, 1));
    s.lines("wait 15\nexpect A group 1 active\nexpect A group 2 active");
  }

  @Test
  void aUnitBootingWhileThePeerIsActiveTakesItsConfigurationAndGoesStandby() {
    Played s = Played.run(Setups.PAIR + """
        expect B group 1 standby
        expect B group 2 standby
        expect A group 1 active
        expect A group 2 active
        expect B/ctx1 running-config has "nameif outside"
        expect B running-config has "context ctx1"
        expect B running-config has "failover lan unit secondary"
        expect B running-config lacks "failover lan unit primary"
        """);
    assertEquals(s.pair.runningConfig(Box.A, "admin"), s.pair.runningConfig(Box.B, "admin"));
  }

  @Test
  void theGroupsStayOnTheActiveUnitRegardlessOfPreference() {
    // group 2 prefers the secondary unit, yet stays active on A when B joins
    Played.run(Setups.PAIR + """
        wait 600
        expect A group 2 active
        expect B group 2 standby
        """);
  }

  @Test
  void whenBothUnitsBootTogetherEachGroupBecomesActiveOnItsPreferredUnit() {
    Played s = Played.run(Setups.BOOTED_TOGETHER + """
        expect A group 1 active
        expect B group 1 standby
        expect A group 2 standby
        expect B group 2 active
        """);
    assertTrue(s.pair.history().stream().anyMatch(f -> f.action().equals("SimultaneousBoot")));
  }

  @Test
  void atASimultaneousBootTheSecondaryObtainsThePrimaryConfiguration() {
    Played s = Played.run(Setups.PAIR + """
        A/ctx1# access-list extra extended permit ip any any
        B/ctx1# access-list local-only extended permit ip any any
        A# write memory all
        B# write memory all
        power-off A
        power-off B
        boot A B
        wait 60
        expect B/ctx1 running-config has "access-list extra extended permit ip any any"
        expect B/ctx1 running-config lacks "access-list local-only extended permit ip any any"
        """);
    assertEquals(s.pair.runningConfig(Box.A, "ctx1"), s.pair.runningConfig(Box.B, "ctx1"));
  }

  @Test
  void failoverLinkDownAtStartupMakesBothGroupsActiveOnBothUnits() {
    // Table 51-2: "If the failover link is down at startup, both failover groups on both units become active."
    Played.run(Setups.PAIR + """
        power-off A
        power-off B
        link failover down
        boot A B
        wait 60
        expect A group 1 active
        expect A group 2 active
        expect B group 1 active
        expect B group 2 active
        link failover up
        wait 5
        expect A group 1 active
        expect A group 2 active
        expect B group 1 standby
        expect B group 2 standby
        """);
  }

  @Test
  void aUnitThatRebootsIsDetectedAtOnceByItsPeer() {
    // B holds group 1 in standby; A reboots quickly: B hears it negotiating and takes over
    Played.run(Setups.PAIR + """
        power-off A
        boot A
        wait 2
        expect B group 1 active
        expect B group 2 active
        expect A group 1 standby
        expect A group 2 standby
        """);
  }
}
