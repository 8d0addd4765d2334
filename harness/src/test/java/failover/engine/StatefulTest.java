package failover.engine;

import failover.adapter.ConfigReader;
import org.junit.jupiter.api.Test;

/** Stateful Failover and "Enabling HTTP Replication with Stateful Failover". */
class StatefulTest {
  @Test
  void tcpConnectionsAreReplicatedAndSurviveAFailover() {
    Played.run(Setups.SHARED + """
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
    Played.run(Setups.SHARED + """
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
    Played.run(Setups.SHARED + """
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
    Played.run(Setups.SHARED + """
        A# no failover link
        traffic ctx1 tcp 3
        expect A/ctx1 sessions 0
        expect B/ctx1 sessions 3
        """);
  }

  @Test
  void aJoiningUnitReceivesTheTableByBulkSync() {
    Played.run(Setups.PRIMARY + """
        A# failover
        wait 60
        traffic admin tcp 7
        """ + Setups.SECONDARY + """
        expect B/admin sessions 7
        """);
  }

  @Test
  void trafficThroughAContextActiveNowhereIsDropped() {
    Played s = Played.run(Setups.PAIR);
    s.lines("power-off A\npower-off B");
    org.junit.jupiter.api.Assertions.assertFalse(s.pair.event(new Event.Traffic("ctx1", "tcp", 1)).ok());
    s.lines("boot A\nwait 1");
    org.junit.jupiter.api.Assertions.assertTrue(s.pair.event(new Event.Traffic("ctx1", "tcp", 1)).ok());
    org.junit.jupiter.api.Assertions.assertEquals(0, s.pair.sessions(Box.A, "ctx1"));
  }

  @Test
  void newConnectionsReplicateAtOnceAndTheBulkSyncBringsTheRest() {
    Played.run(Setups.PRIMARY + """
        A# failover link statelink GigabitEthernet0/6
        A# interface GigabitEthernet0/6
         no shutdown
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

  /**
   * The pair of SHARED with one more data interface in the admin context, GigabitEthernet0/6 named
   * state, carrying the Stateful Failover link: "If the Stateful Failover link uses the failover link
   * or a data interface, then you only need to supply the if_name argument."
   */
  static final String DATA_LINK = Setups.SHARED + """
      A# interface GigabitEthernet0/6
       no shutdown
      A# context admin
       allocate-interface GigabitEthernet0/6
       exit
      A/admin# interface GigabitEthernet0/6
       nameif state
       ip address 10.0.5.1 255.255.255.0 standby 10.0.5.11
      A/admin# no monitor-interface state
      A# failover link state
      expect ok
      expect B running-config has "failover link state"
      """;

  @Test
  void aDataInterfaceCarriesTheStatefulLinkWhileItsPortHasLinkOnBothUnits() {
    Played.run(DATA_LINK + """
        traffic ctx1 tcp 4
        expect A/ctx1 sessions 4
        A# show failover
        expect output has "Link : state GigabitEthernet0/6 (up)"
        interface A GigabitEthernet0/6 down
        A# show failover
        expect output has "Link : state GigabitEthernet0/6 (down)"
        traffic ctx1 tcp 3
        expect B/ctx1 sessions 7
        expect A/ctx1 sessions 4
        interface A GigabitEthernet0/6 up
        traffic ctx1 tcp 1
        expect A/ctx1 sessions 5
        wait 1
        expect A/ctx1 sessions 8
        """);
  }

  @Test
  void linkStateEventsAreRefusedWithoutADedicatedCable() {
    Played s = Played.run(DATA_LINK);
    for (boolean up : new boolean[] {false, true}) {
      SpecState before = s.pair.abstraction();
      Result r = s.pair.event(new Event.StateLink(up));
      org.junit.jupiter.api.Assertions.assertFalse(r.ok());
      org.junit.jupiter.api.Assertions.assertEquals(1, r.output().lines().count(), r.output());
      org.junit.jupiter.api.Assertions.assertTrue(r.output().contains("interface A GigabitEthernet0/6"), r.output());
      org.junit.jupiter.api.Assertions.assertEquals(before, s.pair.abstraction());
    }
    // with a dedicated link again, the cable is there
    s.lines("""
        A# failover link statelink GigabitEthernet0/7
        link state down
        link state up
        """);
  }

  @Test
  void editsThatWouldLoseTheDataInterfaceOfTheStatefulLinkAreRefused() {
    Played s = Played.run(DATA_LINK);
    String[][] refused = {
      {"A/admin# interface GigabitEthernet0/6", "nameif other"},
      {"A/admin# interface GigabitEthernet0/6", "no nameif"},
      {"A/ctx1# interface GigabitEthernet0/4", "nameif state"},
      {"A# context admin", "no allocate-interface GigabitEthernet0/6"},
      // typed where the line before left box A (no line of its own)
      {null, "failover lan interface state GigabitEthernet0/1"},
      {null, "failover interface ip state 10.0.5.1 255.255.255.0 standby 10.0.5.11"},
    };
    for (String[] x : refused) {
      if (x[0] != null) s.lines(x[0]);
      Box box = Box.A;
      String ctx = x[0] != null && x[0].startsWith("A/") ? x[0].substring(2, x[0].indexOf('#')) : null;
      java.util.List<String> sys = s.pair.runningConfig(box, null), admin = s.pair.runningConfig(box, "admin"),
          ctx1 = s.pair.runningConfig(box, "ctx1");
      Result r = s.pair.command(box, ctx, x[1]);
      org.junit.jupiter.api.Assertions.assertFalse(r.ok(), x[1]);
      org.junit.jupiter.api.Assertions.assertEquals(1, r.output().lines().count(), r.output());
      org.junit.jupiter.api.Assertions.assertEquals(sys, s.pair.runningConfig(box, null), x[1]);
      org.junit.jupiter.api.Assertions.assertEquals(admin, s.pair.runningConfig(box, "admin"), x[1]);
      org.junit.jupiter.api.Assertions.assertEquals(ctx1, s.pair.runningConfig(box, "ctx1"), x[1]);
    }
    // without the link, the same edits are accepted
    s.lines("""
        A# no failover link
        A/admin# interface GigabitEthernet0/6
         nameif other
        expect ok
        """);
  }

  @Test
  void failoverLinkIfNameAloneNamesTheFailoverLinkOrExactlyOneDataInterface() {
    Played s = Played.run(Setups.PRIMARY);
    for (String bad : new String[] {"failover link outside", "failover link inside", "failover link nosuch"}) {
      java.util.List<String> before = s.pair.runningConfig(Box.A, null);
      Result r = s.pair.command(Box.A, null, bad);
      org.junit.jupiter.api.Assertions.assertFalse(r.ok(), bad);
      org.junit.jupiter.api.Assertions.assertEquals(1, r.output().lines().count(), r.output());
      org.junit.jupiter.api.Assertions.assertEquals(before, s.pair.runningConfig(Box.A, null));
    }
    s.lines("""
        A# failover link folink
        expect ok
        A/ctx1# interface GigabitEthernet0/4
         nameif web
        A# failover link web
        expect ok
        expect A running-config has "failover link web"
        A# show running-config failover
        expect output has "failover link web"
        """);
    org.junit.jupiter.api.Assertions.assertFalse(ConfigReader.of(s.pair).representable());
  }
}
