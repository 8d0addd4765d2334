package failover.engine;

/** Configurations the behaviour tests start from (the seed's Example 51-1 .. 51-3 pair). */
final class Setups {
  private Setups() {}

  /** Box A configured as the primary unit with both groups and two contexts, failover enabled. */
  static final String PRIMARY = """
      boot A
      wait 60
      A# failover lan unit primary
      A# failover lan interface folink GigabitEthernet0/1
      A# failover link folink
      A# failover interface ip folink 10.0.4.1 255.255.255.0 standby 10.0.4.11
      A# interface GigabitEthernet0/1
       no shutdown
      A# interface GigabitEthernet0/2
       no shutdown
      A# interface GigabitEthernet0/3
       no shutdown
      A# interface GigabitEthernet0/4
       no shutdown
      A# interface GigabitEthernet0/5
       no shutdown
      A# failover group 1
       primary
       exit
      A# failover group 2
       secondary
       exit
      A# admin-context admin
      A# context admin
       description admin
       allocate-interface GigabitEthernet0/2
       allocate-interface GigabitEthernet0/3
       config-url flash:/admin.cfg
       join-failover-group 1
       exit
      A# context ctx1
       description context 1
       allocate-interface GigabitEthernet0/4
       allocate-interface GigabitEthernet0/5
       config-url flash:/ctx1.cfg
       join-failover-group 2
       exit
      A/admin# interface GigabitEthernet0/2
       nameif outside
       security-level 0
       ip address 192.168.1.1 255.255.255.0 standby 192.168.1.2
      A/admin# interface GigabitEthernet0/3
       nameif inside
       security-level 100
       ip address 10.1.0.1 255.255.255.0 standby 10.1.0.11
      A/ctx1# interface GigabitEthernet0/4
       nameif outside
       security-level 0
       ip address 192.168.2.2 255.255.255.0 standby 192.168.2.1
      A/ctx1# interface GigabitEthernet0/5
       nameif inside
       security-level 100
       ip address 10.2.20.1 255.255.255.0 standby 10.2.20.11
      """;

  /** The bootstrap of box B as the secondary unit. */
  static final String SECONDARY = """
      boot B
      wait 60
      B# failover lan interface folink GigabitEthernet0/1
      B# failover interface ip folink 10.0.4.1 255.255.255.0 standby 10.0.4.11
      B# interface GigabitEthernet0/1
       no shutdown
      B# failover lan unit secondary
      B# failover
      wait 60
      """;

  /** The working pair: A active for both groups, B standby, all saved. */
  static final String PAIR = PRIMARY + """
      A# failover
      wait 60
      """ + SECONDARY + """
      A# write memory all
      """;

  /** The working pair with the traffic shared: group 1 on A, group 2 on B. */
  static final String SHARED = PAIR + """
      A# no failover active group 2
      expect ok
      """;

  /** A working pair from a simultaneous boot of two saved configurations. */
  static final String BOOTED_TOGETHER = PAIR + """
      power-off A
      power-off B
      boot A B
      wait 60
      """;
}
