package failover.engine;

import org.junit.jupiter.api.Test;

/** "Configuring Failover Group Preemption" and "Restoring a Failed Unit or Failover Group". */
class PreemptTest {
  /** The pair with group 2 (secondary preference) configured with preempt DELAY, before B joins. */
  private static String withPreempt(String delay) {
    return Setups.PRIMARY + """
        A# failover group 2
         preempt %s
         exit
        A# failover
        wait 60
        """.formatted(delay) + Setups.SECONDARY.substring(0, Setups.SECONDARY.lastIndexOf("wait 60"));
  }

  @Test
  void withoutPreemptionTheGroupStaysWhereItIsActive() {
    Played.run(Setups.PAIR + """
        wait 3600
        expect A group 2 active
        """);
  }

  @Test
  void preemptWithADelayMovesTheGroupToItsPreferredUnitAfterTheDelay() {
    Played.run(withPreempt("100") + """
        wait 99
        expect B group 2 standby
        expect A group 2 active
        wait 1
        expect B group 2 active
        expect A group 2 standby
        expect A group 1 active
        """);
  }

  @Test
  void preemptWithoutADelayHappensAtOnceInsideWait() {
    Played s = Played.run(withPreempt(""));
    s.lines("""
        wait 1
        expect B group 2 active
        expect A group 2 standby
        """);
  }

  @Test
  void theSeedExample_preempt100OnBothGroups() {
    Played.run(Setups.PRIMARY + """
        A# failover group 1
         preempt 100
         exit
        A# failover group 2
         preempt 100
         exit
        A# failover
        A# write memory all
        wait 60
        """ + Setups.SECONDARY + """
        B# write memory all
        power-off A
        power-off B
        boot B
        wait 60
        expect B group 1 active
        expect B group 2 active
        boot A
        wait 99
        expect A group 1 standby
        wait 1
        expect A group 1 active
        expect B group 2 active
        """);
  }

  @Test
  void preemptAfterRecovery_ifTheUnitOnWhichItFailedIsThePreferredUnit() {
    Played.run(withPreempt("10") + """
        wait 20
        expect B group 2 active
        interface B GigabitEthernet0/4 down
        wait 25
        expect B group 2 failed
        expect A group 2 active
        interface B GigabitEthernet0/4 up
        wait 1
        expect B group 2 standby
        wait 9
        expect B group 2 active
        """);
  }

  @Test
  void failoverResetReturnsAFailedGroupToStandby() {
    Played.run(Setups.SHARED + """
        interface A GigabitEthernet0/3 down
        wait 25
        expect A group 1 failed
        expect B group 1 active
        A# failover reset group 1
        expect ok
        expect A group 1 standby
        expect B group 1 active
        # the interface is still down: the group fails again after the hold time
        wait 25
        expect A group 1 failed
        interface A GigabitEthernet0/3 up
        wait 1
        expect A group 1 standby
        expect B group 1 active
        """);
  }

  @Test
  void preemptionWaitsForTheConnectionsToBeReplicated() {
    Played.run(Setups.PRIMARY + """
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
        wait 600
        expect A group 2 active
        expect B group 2 standby
        link state up
        wait 1
        expect B group 2 active
        expect B/ctx1 sessions 4
        """);
  }

  @Test
  void aGroupResetWithItsInterfacesStillFailedDoesNotPreempt() {
    Played.run(withPreempt("") + """
        wait 1
        expect B group 2 active
        interface B GigabitEthernet0/4 down
        wait 25
        expect B group 2 failed
        expect A group 2 active
        B# failover reset group 2
        expect ok
        expect B group 2 standby
        wait 1
        expect A group 2 active
        interface B GigabitEthernet0/4 up
        wait 1
        expect B group 2 active
        """);
  }
}
