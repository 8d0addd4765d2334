package failover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every range of the seed chapter, at and beyond its bounds; a rejected command changes nothing. */
class RangesTest {
  /** Types the lines (the last is checked) on a freshly booted box A, in failover group 1 mode. */
  private static void check(String mode, String line, boolean ok) {
    Played s = Played.run(Setups.PRIMARY);
    if (!mode.isEmpty()) s.lines(mode);
    Pair before = s.pair.copy();
    Result r = s.pair.command(Box.A, mode.startsWith("A/ctx1#") ? "ctx1" : null, line);
    assertEquals(ok, r.ok(), line + " -> " + r.output());
    if (!ok) {
      assertEquals(1, r.output().lines().count(), "one error line: " + r.output());
      assertTrue(r.output().startsWith("ERROR"), r.output());
      assertEquals(before.abstraction(), s.pair.abstraction(), "a rejected command changed the pair");
      assertEquals(before.runningConfig(Box.A, null), s.pair.runningConfig(Box.A, null));
    }
  }

  private static final String GROUP = "A# failover group 1";

  @Test
  void preempt_1to1200() {
    check(GROUP, "preempt 0", false);
    check(GROUP, "preempt 1", true);
    check(GROUP, "preempt 1200", true);
    check(GROUP, "preempt 1201", false);
    check(GROUP, "preempt", true);
    check(GROUP, "preempt x", false);
  }

  @Test
  void interfacePolicy_1to250_or_1to100percent() {
    check(GROUP, "interface-policy 0", false);
    check(GROUP, "interface-policy 1", true);
    check(GROUP, "interface-policy 250", true);
    check(GROUP, "interface-policy 251", false);
    check(GROUP, "interface-policy 0%", false);
    check(GROUP, "interface-policy 1%", true);
    check(GROUP, "interface-policy 100%", true);
    check(GROUP, "interface-policy 101%", false);
  }

  @Test
  void polltimeInterface_1to15s_500to999ms_hold5to75_atLeast5polls() {
    check(GROUP, "polltime interface 0", false);
    check(GROUP, "polltime interface 1", true);
    check(GROUP, "polltime interface 15", true);
    check(GROUP, "polltime interface 16", false);
    check(GROUP, "polltime interface msec 499", false);
    check(GROUP, "polltime interface msec 500", true);
    check(GROUP, "polltime interface msec 999", true);
    check(GROUP, "polltime interface msec 1000", false);
    check(GROUP, "polltime interface msec 100", false);
    check(GROUP, "polltime interface msec 500 holdtime 5", true);
    check(GROUP, "polltime interface 1 holdtime 4", false);
    check(GROUP, "polltime interface 1 holdtime 5", true);
    check(GROUP, "polltime interface 15 holdtime 75", true);
    check(GROUP, "polltime interface 15 holdtime 76", false);
    check(GROUP, "polltime interface 2 holdtime 9", false);
    check(GROUP, "polltime interface 2 holdtime 10", true);
  }

  @Test
  void macAddress_HHH() {
    check(GROUP, "mac address GigabitEthernet0/2 0000.a000.a011 0000.a000.a012", true);
    check(GROUP, "mac address GigabitEthernet0/2 0000.a000.a011", false);
    check(GROUP, "mac address GigabitEthernet0/2 0000.a000.g011 0000.a000.a012", false);
    check(GROUP, "mac address nonsense 0000.a000.a011 0000.a000.a012", false);
  }

  @Test
  void failoverGroupAndJoin_1or2() {
    check("", "failover group 0", false);
    check("", "failover group 3", false);
    check("A# context ctx9", "join-failover-group 0", false);
    check("A# context ctx9", "join-failover-group 3", false);
    check("A# context ctx9", "join-failover-group 2", true);
  }

  @Test
  void asrGroup_1to32_securityLevel_0to100() {
    String ifm = "A/ctx1# interface GigabitEthernet0/4";
    check(ifm, "asr-group 0", false);
    check(ifm, "asr-group 1", true);
    check(ifm, "asr-group 32", true);
    check(ifm, "asr-group 33", false);
    check(ifm, "security-level -1", false);
    check(ifm, "security-level 0", true);
    check(ifm, "security-level 100", true);
    check(ifm, "security-level 101", false);
  }

  @Test
  void ipAddresses() {
    String ifm = "A/ctx1# interface GigabitEthernet0/4";
    ipAddresses(ifm);
  }

  private static void ipAddresses(String ifm) {
    check(ifm, "ip address 192.168.2.2 255.255.255.0 standby 192.168.3.1", false);
    check(ifm, "ip address 192.168.2.300 255.255.255.0", false);
    check(ifm, "ip address 192.168.2.2 255.0.255.0", false);
    check(ifm, "ip address 192.168.2.2 255.255.255.0", true);
    check("", "failover interface ip folink 10.0.4.1 255.255.255.0 standby 10.0.5.1", false);
    check("", "failover interface ip nolink 10.0.4.1 255.255.255.0 standby 10.0.4.2", false);
    check("", "failover interface ip folink 2001:a0a:b00::a0a:b70/64 standby 2001:a0a:b00::a0a:b71", true);
    check("", "failover interface ip folink 2001:a0a:b00::a0a:b70/64 standby 2001:a0a:c00::a0a:b71", false);
    check("", "failover interface ip folink 2001:a0a:b00::a0a:b70/129 standby 2001:a0a:b00::a0a:b71", false);
    check("", "failover interface ip folink 2001:a0a:b00::a0a::b70/64 standby 2001:a0a:b00::a0a:b71", false);
    check(ifm, "ipv6 address 2001:db8:1::1/64 standby 2001:db8:1::2", true);
    check(ifm, "ipv6 address 2001:db8:1::1/64 standby 2001:db8:2::2", false);
  }

  @Test
  void failoverLanAndUnitPolltime() {
    check("", "failover lan unit tertiary", false);
    check("", "failover lan interface folink GigabitEthernet9/9", false);
    // "a previously created subinterface, such as Ethernet0/2.3"
    check("", "failover lan interface folink Ethernet0/2.3", false);
    check("A# interface Ethernet0/2.3\nA# exit\n", "failover lan interface folink Ethernet0/2.3", true);
    check("", "failover link statelink Ethernet0/2.4", false);
    check("A# interface Ethernet0/2.4\nA# exit\n", "failover link statelink Ethernet0/2.4", true);
    check("", "failover lan interface folink GigabitEthernet0/4", false);
    check("", "failover polltime unit 1 holdtime 3", true);
    check("", "failover polltime unit 1 holdtime 2", false);
    check("", "failover polltime unit 16", false);
    check("", "failover polltime unit msec 200 holdtime msec 800", true);
    check("", "failover polltime unit msec 199", false);
    check("", "failover active group 3", false);
    check("", "failover reset group 0", false);
  }

  @Test
  void wrongModeAndWrongScope() {
    check("", "preempt 10", false);
    check("", "nameif inside", false);
    check("", "monitor-interface inside", false);
    check("", "join-failover-group 1", false);
    check("A/ctx1# interface GigabitEthernet0/4", "failover group 1", false);
    check("A/ctx1# interface GigabitEthernet0/4", "failover active", false);
    check("A# interface GigabitEthernet0/4", "nameif outside", false);
    check("A# interface GigabitEthernet0/4", "ip address 192.168.1.1 255.255.255.0 standby 192.168.1.2", true);
    check("A# interface GigabitEthernet0/4", "ip address 192.168.1.1 255.255.255.0 standby 192.168.2.2", false);
    check("A/ctx1# interface GigabitEthernet0/4", "monitor-interface nosuch", false);
  }

  @Test
  void eventRanges() {
    Pair p = new Pair();
    assertFalse(p.event(new Event.Wait(0)).ok());
    assertFalse(p.event(new Event.Wait(86401)).ok());
    assertTrue(p.event(new Event.Wait(86400)).ok());
    assertFalse(p.event(new Event.PowerOff(Box.A)).ok());
    assertTrue(p.event(new Event.Boot(java.util.Set.of(Box.A))).ok());
    assertFalse(p.event(new Event.Boot(java.util.Set.of(Box.A, Box.B))).ok());
    assertFalse(p.event(new Event.Interface(Box.A, "GigabitEthernet7/7", false)).ok());
    assertTrue(p.event(new Event.Interface(Box.A, "Ethernet1", false)).ok());
    assertFalse(p.event(new Event.Interface(Box.A, "ethernet-ish", false)).ok());
    assertTrue(p.event(new Event.Interface(Box.A, "gigabitethernet0/4", false)).ok());
    assertFalse(p.event(new Event.Traffic("nosuch", "tcp", 1)).ok());
    assertEquals(GroupState.OFF, p.groupState(Box.B, 1));
  }

  @Test
  void commandsAtABoxThatIsOffAreRejected() {
    Pair p = new Pair();
    Result r = p.command(Box.A, null, "failover lan unit primary");
    assertFalse(r.ok());
    assertTrue(r.output().contains("off"), r.output());
    assertEquals(List.of(), p.runningConfig(Box.A, null));
  }

  @Test
  void aRejectedCommandKeepsTheMode() {
    Played s = Played.run("boot A\nA# failover group 1\n");
    assertEquals("A(config-fover-group)#", s.pair.prompt(Box.A, null));
    assertFalse(s.pair.command(Box.A, null, "preempt 5000").ok());
    assertEquals("A(config-fover-group)#", s.pair.prompt(Box.A, null));
    s.lines(" exit");
    assertEquals("A(config)#", s.pair.prompt(Box.A, null));
  }

  /**
   * "You can monitor up to 250 interfaces on a unit. By default, monitoring physical interfaces is
   * enabled and monitoring subinterfaces is disabled." The limit is the unit's, both groups counted.
   */
  @Test
  void monitoredInterfaces_upTo250OnAUnit() {
    Played s = Played.run(Setups.PRIMARY);
    // 4 monitored (outside and inside of admin, group 1, and of ctx1, group 2) + 246 subinterfaces
    StringBuilder sb = new StringBuilder("A# context ctx2\n join-failover-group 2\n");
    for (int i = 1; i <= 247; i++) sb.append(" allocate-interface GigabitEthernet0/6.").append(i).append('\n');
    sb.append(" allocate-interface GigabitEthernet0/7\n exit\n");
    for (int i = 1; i <= 247; i++) {
      sb.append("A/ctx2# interface GigabitEthernet0/6.").append(i).append("\n nameif s").append(i).append('\n');
      if (i <= 246) sb.append("A/ctx2# monitor-interface s").append(i).append("\nexpect ok\n");
    }
    s.lines(sb.toString());
    assertEquals(250, Cfg.monitoredOnUnit(s.pair.unit(Box.A).running));
    s.lines("A/ctx2# interface GigabitEthernet0/7");
    for (String[] x : new String[][] {{"ctx2", "monitor-interface s247"}, {"ctx2", "nameif spare"}}) {
      Pair before = s.pair.copy();
      Result r = s.pair.command(Box.A, x[0], x[1]);
      assertFalse(r.ok(), x[1]);
      assertEquals(1, r.output().lines().count(), r.output());
      assertTrue(r.output().startsWith("ERROR: " + x[1] + ": the unit would monitor 251 interfaces"), r.output());
      assertEquals(before.abstraction(), s.pair.abstraction());
      assertEquals(before.runningConfig(Box.A, "ctx2"), s.pair.runningConfig(Box.A, "ctx2"));
    }
    // a subinterface named is not monitored: accepted; one monitored less in group 1 makes room in group 2
    s.lines("""
        A/ctx2# interface GigabitEthernet0/6.247
         nameif s247b
        expect ok
        A/admin# no monitor-interface inside
        A/ctx2# monitor-interface s247b
        expect ok
        """);
    assertEquals(250, Cfg.monitoredOnUnit(s.pair.unit(Box.A).running));
  }
}
