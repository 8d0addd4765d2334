package failover.engine;

import org.junit.jupiter.api.Test;

/** The failover group management rules of "Guidelines and Limitations". */
class GroupRulesTest {
  @Test
  void atMostTwoFailoverGroups() {
    Played.run("""
        boot A
        A# failover group 3
        expect error
        A# failover group 0
        expect error
        A# failover group 2
        expect ok
        """);
  }

  @Test
  void groupsAreCreatedAndRemovedOnlyWithFailoverDisabled() {
    Played.run(Setups.PAIR + """
        A# no failover group 2
        expect error
        A# failover group 2
        expect ok
         preempt 5
        expect ok
         exit
        A# no failover
        expect B running-config lacks "failover"
        A# context c3
         exit
        A# no failover group 2
        expect error
        A# no failover group 1
        expect error
        """);
  }

  @Test
  void creatingAGroupNeedsFailoverDisabled() {
    Played.run(Setups.PRIMARY.replace("A# failover group 2\n secondary\n exit\n", "").replace(" join-failover-group 2\n", "") + """
        A# failover
        A# failover group 2
        expect error
        A# no failover
        A# failover group 2
        expect ok
        """);
  }

  @Test
  void group1IsRemovedLast_andNotWhileContextsAreAssigned() {
    Played.run(Setups.PRIMARY + """
        A# no failover group 1
        expect error
        A# no failover group 2
        expect error
        A# context ctx1
         no join-failover-group
         exit
        A# no failover group 2
        expect ok
        A# no failover group 1
        expect error
        A# context admin
         no join-failover-group
         exit
        A# no failover group 1
        expect ok
        expect A running-config lacks "failover group 1"
        """);
  }

  @Test
  void theAdminContextIsAlwaysInGroup1() {
    Played.run(Setups.PRIMARY + """
        A# context admin
         join-failover-group 2
        expect error
         exit
        A# admin-context ctx1
        expect error
        A# context ctx2
         exit
        A# admin-context ctx2
        expect ok
        """);
  }

  @Test
  void unassignedContextsAreInGroup1() {
    Played.run(Setups.SHARED + """
        A# context ctx3
         allocate-interface GigabitEthernet0/6
         exit
        A/ctx3# interface GigabitEthernet0/6
         nameif dmz
         ip address 10.9.9.1 255.255.255.0 standby 10.9.9.2
        expect B/ctx3 running-config has "nameif dmz"
        expect A/ctx3 interface dmz ip 10.9.9.1
        expect B/ctx3 interface dmz ip 10.9.9.2
        expect A interface GigabitEthernet0/6 mac 00a0.c906.0101
        """);
  }

  @Test
  void joinFailoverGroupNeedsTheGroup() {
    Played.run("""
        boot A
        A# context c1
         join-failover-group 2
        expect error
         join-failover-group 3
        expect error
        """);
  }
}
