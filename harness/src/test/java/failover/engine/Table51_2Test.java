package failover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Table 51-2 "Failover Behavior for Active/Active Failover", row by row. */
class Table51_2Test {
  @Test
  void row1_unitPowerFailure_groupsBecomeActiveOnThePeerAfterTheUnitHoldTime() {
    Played.run(Setups.SHARED + """
        expect B group 2 active
        power-off A
        wait 14
        expect B group 1 standby
        wait 1
        expect A group 1 off
        expect A group 2 off
        expect B group 1 active
        expect B group 2 active
        """);
  }

  @Test
  void row1_unitHoldTimeComesFromTheConfiguration() {
    Played.run(Setups.SHARED + """
        A# failover polltime unit 1 holdtime 3
        expect ok
        power-off A
        wait 2
        expect B group 1 standby
        wait 1
        expect B group 1 active
        """);
  }

  @Test
  void row2_interfaceFailureOnTheActiveGroupAboveThreshold_failover() {
    Played.run(Setups.SHARED + """
        interface B GigabitEthernet0/4 down
        wait 24
        expect B group 2 active
        wait 1
        expect B group 2 failed
        expect A group 2 active
        expect A group 1 active
        expect B group 1 standby
        """);
  }

  @Test
  void row2_interfacePolicyCountsFailedInterfaces() {
    Played.run(Setups.SHARED + """
        A# failover group 2
         interface-policy 2
         exit
        interface B GigabitEthernet0/4 down
        wait 60
        expect B group 2 active
        interface B GigabitEthernet0/5 down
        wait 25
        expect B group 2 failed
        expect A group 2 active
        """);
  }

  @Test
  void row2_interfacePolicyInPercent() {
    Played.run(Setups.SHARED + """
        A# failover group 2
         interface-policy 100%
         exit
        interface B GigabitEthernet0/4 down
        wait 60
        expect B group 2 active
        interface B GigabitEthernet0/5 down
        wait 25
        expect B group 2 failed
        """);
  }

  @Test
  void row2_interfaceHoldTimeFromPolltimeInterface() {
    Played.run(Setups.SHARED + """
        A# failover group 2
         polltime interface 1 holdtime 5
         exit
        interface B GigabitEthernet0/4 down
        wait 4
        expect B group 2 active
        wait 1
        expect B group 2 failed
        expect A group 2 active
        """);
  }

  @Test
  void row2_anUnmonitoredInterfaceDoesNotFailTheGroup() {
    Played.run(Setups.SHARED + """
        B/ctx1# no monitor-interface outside
        A/ctx1# no monitor-interface outside
        interface B GigabitEthernet0/4 down
        wait 120
        expect B group 2 active
        """);
  }

  @Test
  void row3_interfaceFailureOnTheStandbyGroup_markStandbyFailed_noFailover() {
    Played.run(Setups.SHARED + """
        interface A GigabitEthernet0/4 down
        wait 25
        expect A group 2 failed
        expect B group 2 active
        # "the active failover group does not attempt to fail over, even if the threshold is surpassed"
        interface B GigabitEthernet0/5 down
        wait 100
        expect B group 2 active
        expect A group 2 failed
        """);
  }

  @Test
  void row4_formerlyActiveGroupRecovers_noFailoverWithoutPreemption() {
    Played.run(Setups.SHARED + """
        interface B GigabitEthernet0/4 down
        wait 30
        expect B group 2 failed
        expect A group 2 active
        interface B GigabitEthernet0/4 up
        wait 1
        expect B group 2 standby
        wait 600
        expect A group 2 active
        expect B group 2 standby
        """);
  }

  @Test
  void row5_failoverLinkFailedAtStartup_bothGroupsActiveOnBothUnits() {
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
        """);
  }

  @Test
  void row6_statefulLinkFailed_noFailover_stateOutOfDate_sessionsLostAtFailover() {
    Played s = Played.run(Setups.PRIMARY + """
        A# failover link statelink GigabitEthernet0/6
        A# interface GigabitEthernet0/6
         no shutdown
        A# failover interface ip statelink 10.0.5.1 255.255.255.0 standby 10.0.5.2
        A# failover
        wait 60
        """ + Setups.SECONDARY + """
        expect B group 1 standby
        traffic admin tcp 5
        expect B/admin sessions 5
        link state down
        wait 60
        expect A group 1 active
        expect B group 1 standby
        traffic admin tcp 3
        expect A/admin sessions 8
        expect B/admin sessions 5
        A# no failover active group 1
        expect ok
        expect B group 1 active
        expect B/admin sessions 5
        """);
    assertEquals(5, s.pair.sessions(Box.B, "admin"));
  }

  @Test
  void row6_statefulLinkBack_bulkSyncCatchesUp() {
    Played.run(Setups.PRIMARY + """
        A# failover link statelink GigabitEthernet0/6
        A# interface GigabitEthernet0/6
         no shutdown
        A# failover
        wait 60
        """ + Setups.SECONDARY + """
        link state down
        traffic admin tcp 3
        expect B/admin sessions 0
        link state up
        wait 1
        expect B/admin sessions 3
        """);
  }

  @Test
  void row7_failoverLinkFailedDuringOperation_noFailover() {
    Played.run(Setups.SHARED + """
        link failover down
        wait 600
        expect A group 1 active
        expect B group 1 standby
        expect A group 2 standby
        expect B group 2 active
        # "the unit cannot fail over to the standby unit while the failover link is down"
        interface B GigabitEthernet0/4 down
        wait 100
        expect B group 2 active
        A# no failover active group 1
        expect error
        """);
  }

  @Test
  void row7_aDeadPeerIsStillDetectedWithTheFailoverLinkDown() {
    Played.run(Setups.SHARED + """
        link failover down
        wait 10
        power-off B
        wait 15
        expect A group 2 active
        """);
  }

  @Test
  void failoverLinkBack_pairOperatesAgain() {
    Played s = Played.run(Setups.SHARED + """
        link failover down
        wait 10
        link failover up
        wait 1
        A# no failover active group 1
        expect ok
        expect B group 1 active
        """);
    assertTrue(s.pair.history().stream().anyMatch(f -> f.action().equals("Rejoin")));
  }
}
