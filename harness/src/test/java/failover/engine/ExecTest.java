package failover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "Remote Command Execution": failover exec, its own mode, and its limitations. */
class ExecTest {
  @Test
  void failoverExecKeepsItsOwnModePerDevice() {
    Played s = Played.run(Setups.PAIR + """
        B# failover exec active interface GigabitEthernet0/1
        expect ok
        B# show failover exec active
        expect output has "Active unit Failover EXEC is at interface sub-command mode"
        B# show failover exec standby
        expect output has "Standby unit Failover EXEC is at config mode"
        B# show failover exec mate
        expect output has "Active unit Failover EXEC is at interface sub-command mode"
        """);
    // "The session prompt does not change when you change mode using failover exec."
    assertEquals("B(config)#", s.pair.prompt(Box.B, null));
    assertEquals("A(config)#", s.pair.prompt(Box.A, null));
  }

  @Test
  void configurationSentToTheActiveUnitIsReplicatedBack() {
    Played.run(Setups.PAIR + """
        B/ctx1# failover exec active interface GigabitEthernet0/4
        B/ctx1# failover exec active description sent from the standby
        expect ok
        expect A/ctx1 running-config has "description sent from the standby"
        expect B/ctx1 running-config has "description sent from the standby"
        """);
  }

  @Test
  void showCommandsOnThePeerAreDisplayedLocally() {
    Played.run(Setups.PAIR + """
        A# failover exec mate show failover
        expect output has "This host:    Secondary"
        """);
  }

  @Test
  void changetoAndDebugAndRecursionAreRefused() {
    Played.run(Setups.PAIR + """
        A# failover exec mate changeto context ctx1
        expect error
        A# failover exec mate debug fover
        expect error
        A# failover exec mate failover exec mate show failover
        expect error
        A# failover exec peer show failover
        expect error
        A# failover exec mate
        expect error
        """);
  }

  @Test
  void remoteExecutionFailsToAFailedOrUnreachablePeer() {
    Played.run(Setups.PAIR + """
        interface B GigabitEthernet0/3 down
        wait 25
        expect B group 1 failed
        A# failover exec mate show failover
        expect error
        interface B GigabitEthernet0/3 up
        wait 1
        A# failover exec mate show failover
        expect ok
        link failover down
        A# failover exec mate show failover
        expect error
        A# failover exec active show running-config
        expect ok
        """);
  }

  @Test
  void onlyThePeerContextIsReached() {
    Played.run(Setups.PAIR + """
        A/ctx1# failover exec mate show running-config
        expect output has "nameif outside"
        expect output lacks "context ctx1"
        """);
  }

  @Test
  void fromPrivilegedExecModeConfigurationCommandsToThePeerFail() {
    // "if the current unit is in privileged EXEC mode, and you enter failover exec mate configure
    // terminal, the show failover exec mate output will show that the failover exec session is in
    // global configuration mode. However, entering configuration commands for the peer unit using
    // failover exec will fail until you enter global configuration mode on the current unit."
    Played s = Played.run(Setups.PAIR + """
        A# exit
        A# failover exec mate configure terminal
        expect ok
        A# show failover exec mate
        expect output has "Standby unit Failover EXEC is at config mode"
        A# failover exec mate banner motd from exec
        expect error
        expect B running-config lacks "banner motd from exec"
        A# hostname local
        expect error
        A# configure terminal
        expect ok
        A# failover exec mate banner motd from config
        expect ok
        expect B running-config has "banner motd from config"
        """);
    assertEquals("A(config)#", s.pair.prompt(Box.A, null));
    s.lines("A# end");
    assertEquals("A#", s.pair.prompt(Box.A, null));
  }

  @Test
  void theSeedExampleOfChangingTheFailoverExecMode() {
    Played.run(Setups.PAIR + """
        B# failover exec active interface GigabitEthernet0/1
        expect ok
        B# failover exec active ip address 192.168.1.1 255.255.255.0 standby 192.168.1.2
        expect ok
        B# router rip
        expect ok
        B# failover exec active router ospf 100
        expect ok
        B# show failover exec active
        expect output has "Active unit Failover EXEC is at router sub-command mode"
        """);
    Played s = Played.run(Setups.PAIR + "B# router rip\n");
    // "hostname(config)# router rip / hostname(config-router)#"
    assertEquals("B(config-router)#", s.pair.prompt(Box.B, null));
  }
}
