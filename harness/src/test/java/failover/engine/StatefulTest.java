package failover.engine;

import org.junit.jupiter.api.Test;

/** Stateful Failover and "Enabling HTTP Replication with Stateful Failover". */
class StatefulTest {
  @Test
  void tcpConnectionsAreReplicatedAndSurviveAFailover() {
    Script.run(Setups.SHARED + """
        traffic ctx1 tcp 10
        expect B/ctx1 sessions 10
        expect A/ctx1 sessions 10
        power-off B
        wait 15
        expect A group 2 active
        expect A/ctx1 sessions 10
        """);
  }

  @Test
  void httpIsNotReplicatedWithoutReplicationHttp() {
    Script.run(Setups.SHARED + """
        traffic ctx1 http 4
        expect B/ctx1 sessions 4
        expect A/ctx1 sessions 0
        A# failover active group 2
        expect ok
        expect A group 2 active
        expect A/ctx1 sessions 0
        """);
  }

  @Test
  void httpIsReplicatedWithReplicationHttp() {
    Script.run(Setups.SHARED + """
        A# failover group 2
         replication http
         exit
        expect B running-config has "replication http"
        traffic ctx1 http 4
        expect A/ctx1 sessions 4
        A# failover active group 2
        expect A/ctx1 sessions 4
        """);
  }

  @Test
  void withoutStatefulFailoverNothingIsReplicated() {
    Script.run(Setups.SHARED + """
        A# no failover link
        traffic ctx1 tcp 3
        expect A/ctx1 sessions 0
        expect B/ctx1 sessions 3
        """);
  }

  @Test
  void aJoiningUnitReceivesTheTableByBulkSync() {
    Script.run(Setups.PRIMARY + """
        A# failover
        wait 60
        traffic admin tcp 7
        """ + Setups.SECONDARY + """
        expect B/admin sessions 7
        """);
  }

  @Test
  void trafficThroughAContextActiveNowhereIsDropped() {
    Script s = Script.run(Setups.PAIR);
    s.lines("power-off A\npower-off B");
    org.junit.jupiter.api.Assertions.assertFalse(s.pair.event(new Event.Traffic("ctx1", "tcp", 1)).ok());
    s.lines("boot A\nwait 1");
    org.junit.jupiter.api.Assertions.assertTrue(s.pair.event(new Event.Traffic("ctx1", "tcp", 1)).ok());
    org.junit.jupiter.api.Assertions.assertEquals(0, s.pair.sessions(Box.A, "ctx1"));
  }

  @Test
  void newConnectionsReplicateAtOnceAndTheBulkSyncBringsTheRest() {
    Script.run(Setups.PRIMARY + """
        A# failover link statelink GigabitEthernet0/6
        A# failover
        wait 60
        """ + Setups.SECONDARY + """
        traffic admin tcp 2
        expect B/admin sessions 2
        link state down
        traffic admin tcp 3
        link state up
        traffic admin tcp 1
        expect B/admin sessions 3
        wait 1
        expect B/admin sessions 6
        """);
  }
}
