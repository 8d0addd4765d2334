package failover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Command Replication" and Table 51-1. */
class ReplicationTest {
  @Test
  void systemCommandsReplicateFromTheUnitWithGroup1Active() {
    Played s = Played.run(Setups.SHARED + """
        A# context ctx2
        expect ok
        expect B running-config has "context ctx2"
        expect B startup-config lacks "context ctx2"
        """);
    assertTrue(s.pair.contexts(Box.B).contains("ctx2"));
  }

  @Test
  void systemCommandsOnTheStandbyStayLocalWithAWarning() {
    Played.run(Setups.SHARED + """
        B# context local
        expect ok
        expect output has "Configuration Replication is NOT performed from Standby unit to Active unit"
        expect B running-config has "context local"
        expect A running-config lacks "context local"
        """);
  }

  @Test
  void contextCommandsReplicateFromTheUnitWhereTheContextIsActive() {
    Played.run(Setups.SHARED + """
        B/ctx1# access-list from-b extended permit ip any any
        expect A/ctx1 running-config has "access-list from-b extended permit ip any any"
        A/ctx1# access-list from-a extended permit ip any any
        expect B/ctx1 running-config lacks "access-list from-a extended permit ip any any"
        A/admin# access-list adm extended permit ip any any
        expect B/admin running-config has "access-list adm extended permit ip any any"
        """);
  }

  @Test
  void standbyChangesAreLostAtTheNextSynchronisation() {
    Played.run(Setups.SHARED + """
        A/ctx1# access-list lost extended permit ip any any
        expect A/ctx1 running-config has "access-list lost extended permit ip any any"
        A# write standby
        expect ok
        expect A/ctx1 running-config lacks "access-list lost extended permit ip any any"
        """.replace("A# write standby", "B/ctx1# write standby"));
  }

  @Test
  void failoverLanUnitIsNeverReplicated() {
    Played.run(Setups.PAIR + """
        A# failover lan unit secondary
        expect ok
        expect B running-config has "failover lan unit secondary"
        A# failover lan unit primary
        expect B running-config lacks "failover lan unit primary"
        """);
  }

  @Test
  void firewallModeIsNeverReplicated() {
    Played s = Played.run(Setups.PAIR + """
        A/ctx1# firewall transparent
        expect ok
        expect A/ctx1 running-config has "firewall transparent"
        expect B/ctx1 running-config lacks "firewall transparent"
        """);
    // the spec's LocalCommand: a new version of ctx1 on A only
    assertEquals("{name=LocalCommand, unit=A, scope=ctx1}", s.pair.lastAction().toString());
    SpecState a = s.pair.abstraction();
    assertTrue(a.running().get("A").get("ctx1") > a.running().get("B").get("ctx1"));
  }

  @Test
  void writeEraseErasesTheLocalStartupOfTheScopeOnly() {
    Played s = Played.run(Setups.PAIR + """
        A# write memory all
        A# write erase
        expect ok
        expect A startup-config lacks "failover group 1"
        expect B startup-config has "failover group 1"
        expect A/ctx1 startup-config has "interface GigabitEthernet0/4"
        """);
    // the spec's EraseStartup: version Erased (-1), and `failover' no longer saved on A
    assertEquals("{name=EraseStartup, unit=A, scope=system}", s.pair.lastAction().toString());
    SpecState a = s.pair.abstraction();
    assertEquals(-1L, a.startup().get("A").get("system"));
    assertEquals(a.running().get("B").get("system"), a.startup().get("B").get("system"));
    assertFalse(a.foSaved().get("A"));
    assertTrue(a.foSaved().get("B"));
    Played t = Played.run(Setups.PAIR + """
        A# write memory all
        A/ctx1# write erase
        expect A/ctx1 startup-config lacks "interface GigabitEthernet0/4"
        expect A startup-config has "failover group 1"
        expect B/ctx1 startup-config has "interface GigabitEthernet0/4"
        """);
    assertEquals("{name=EraseStartup, unit=A, scope=ctx1}", t.pair.lastAction().toString());
    assertEquals(-1L, t.pair.abstraction().startup().get("A").get("ctx1"));
    assertTrue(t.pair.abstraction().foSaved().get("A"));
  }

  @Test
  void writeMemoryIsReplicatedAndSavesOnBothUnits() {
    Played.run(Setups.PAIR + """
        A# hostname pairname
        expect B startup-config lacks "hostname pairname"
        A# write memory
        expect A startup-config has "hostname pairname"
        expect B startup-config has "hostname pairname"
        A/admin# access-list x extended permit ip any any
        A# copy running-config startup-config
        expect B/admin startup-config lacks "access-list x extended permit ip any any"
        A# write memory all
        expect B/admin startup-config has "access-list x extended permit ip any any"
        """);
  }

  @Test
  void writeMemoryOnTheStandbySavesOnlyLocally() {
    Played.run(Setups.PAIR + """
        A# hostname h1
        B# write memory
        expect B startup-config has "hostname h1"
        expect A startup-config lacks "hostname h1"
        """);
  }

  @Test
  void writeStandbyMustBeEnteredWhereGroup1IsActive() {
    Played s = Played.run(Setups.SHARED + """
        B# write standby
        expect error
        A/ctx1# write standby
        expect error
        B/ctx1# write standby
        expect ok
        A# write standby
        expect ok
        """);
    assertEquals(s.pair.runningConfig(Box.A, null).size(), s.pair.runningConfig(Box.B, null).size());
  }

  @Test
  void writeStandbyTerminatesConnectionsOfContextsActiveOnThePeer() {
    Played.run(Setups.SHARED + """
        traffic ctx1 tcp 5
        expect B/ctx1 sessions 5
        expect A/ctx1 sessions 5
        A# write standby
        expect B/ctx1 sessions 0
        """);
  }

  @Test
  void opaqueCommandsAreStoredAndReplicated() {
    Played.run(Setups.PAIR + """
        A# ntp server 10.0.0.1
        expect ok
        expect B running-config has "ntp server 10.0.0.1"
        A# no ntp server 10.0.0.1
        expect B running-config lacks "ntp server 10.0.0.1"
        """);
  }

  @Test
  void showCommandsChangeNothing() {
    Played s = Played.run(Setups.PAIR);
    SpecState before = s.pair.abstraction();
    s.lines("A# show running-config\nB# show failover\nA/ctx1# show interface");
    SpecState after = s.pair.abstraction();
    assertEquals(before.running(), after.running());
    assertFalse(s.output().isEmpty());
  }

  @Test
  void replicatedCommandsGetTheSameVersionOnBothUnits() {
    Played s = Played.run(Setups.PAIR + "A/ctx1# access-list v extended permit ip any any\n");
    SpecState st = s.pair.abstraction();
    assertEquals(st.running().get("A"), st.running().get("B"));
    assertEquals("ConfigCommand", st.act().get("name"));
  }
}
