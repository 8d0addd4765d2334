package failover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The CLI modes and prompts, and the show commands' layout. */
class ModesTest {
  @Test
  void promptsFollowTheModes() {
    Played s = Played.run(Setups.PRIMARY);
    Pair p = s.pair;
    assertEquals("A(config)#", p.prompt(Box.A, null));
    p.command(Box.A, null, "failover group 1");
    assertEquals("A(config-fover-group)#", p.prompt(Box.A, null));
    p.command(Box.A, null, "context ctx1");
    assertEquals("A(config-context)#", p.prompt(Box.A, null));
    p.command(Box.A, "ctx1", "interface GigabitEthernet0/4");
    assertEquals("A/ctx1(config-if)#", p.prompt(Box.A, "ctx1"));
    assertEquals("A(config-context)#", p.prompt(Box.A, null));
    assertEquals("B(off)", p.prompt(Box.B, null));
  }

  /** "hostname(config)# context Eng / hostname(config-context)# join-failover-group 1". */
  @Test
  void theContextConfigurationPromptIsTheSeeds() {
    Played s = Played.run("boot A\nA# context Eng\n");
    assertEquals("A(config-context)#", s.pair.prompt(Box.A, null));
    s.lines("A# exit\n");
    assertEquals("A(config)#", s.pair.prompt(Box.A, null));
  }

  @Test
  void aGlobalCommandLeavesTheSubMode() {
    Played.run(Setups.PRIMARY + """
        A# failover group 1
         preempt 10
        A# hostname primary
        expect A running-config has "hostname primary"
        A# failover group 1
         exit
        """);
    Played s = Played.run("boot A\nA# failover group 1\n");
    s.lines("A# hostname x\n");
    assertEquals("A(config)#", s.pair.prompt(Box.A, null));
  }

  @Test
  void runningConfigShowsSubModeLinesIndentedByOneSpace() {
    Played s = Played.run(Setups.PRIMARY);
    var lines = s.pair.runningConfig(Box.A, null);
    int i = lines.indexOf("failover group 2");
    assertTrue(i >= 0, lines.toString());
    assertEquals(" secondary", lines.get(i + 1));
    assertTrue(lines.contains(" join-failover-group 2"));
  }

  @Test
  void showFailoverInTheAsaLayout() {
    Played.run(Setups.SHARED + """
        A# show failover
        expect output has "Failover On"
        expect output has "Failover unit Primary"
        expect output has "Failover LAN Interface: folink GigabitEthernet0/1 (up)"
        expect output has "Unit Poll frequency 1 seconds, holdtime 15 seconds"
        expect output has "Interface Poll frequency 5 seconds, holdtime 25 seconds"
        expect output has "Interface Policy 1"
        expect output has "This host:    Primary"
        expect output has "Other host:   Secondary"
        expect output has "Group 1       State:          Active"
        expect output has "Group 2       State:          Standby Ready"
        expect output has "ctx1 Interface outside (192.168.2.1): Normal"
        A# show failover group 2
        expect output has "State:        Standby Ready"
        expect output has "State:        Active"
        A# show running-config failover
        expect output has "failover lan unit primary"
        expect output lacks "context ctx1"
        B# show running-config
        expect output has "context ctx1"
        """);
  }

  @Test
  void changetoIsAccepted() {
    Played s = Played.run(Setups.PRIMARY + """
        A# changeto context ctx1
        expect ok
        A# changeto context nosuch
        expect error
        """);
    assertEquals("ctx1", s.pair.currentContext(Box.A));
  }
}
