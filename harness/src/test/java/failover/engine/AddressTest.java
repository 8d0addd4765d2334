package failover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Configuring Virtual MAC Addresses" and the IP takeover of a failover. */
class AddressTest {
  @Test
  void defaultVirtualMacs_activeEndsIn01_standbyIn02() {
    // "00a0.c9physical_port_number.failover_group_id01" / "...02"
    Played.run(Setups.SHARED + """
        expect A interface GigabitEthernet0/2 mac 00a0.c902.0101
        expect B interface GigabitEthernet0/2 mac 00a0.c902.0102
        expect B interface GigabitEthernet0/4 mac 00a0.c904.0201
        expect A interface GigabitEthernet0/4 mac 00a0.c904.0202
        """);
  }

  @Test
  void macAndIpMoveWithTheGroup() {
    Played.run(Setups.SHARED + """
        expect B/ctx1 interface outside ip 192.168.2.2
        expect A/ctx1 interface outside ip 192.168.2.1
        B# no failover active group 2
        expect ok
        expect A interface GigabitEthernet0/4 mac 00a0.c904.0201
        expect B interface GigabitEthernet0/4 mac 00a0.c904.0202
        expect A/ctx1 interface outside ip 192.168.2.2
        expect B/ctx1 interface outside ip 192.168.2.1
        power-off A
        wait 15
        expect B interface GigabitEthernet0/4 mac 00a0.c904.0201
        expect B/ctx1 interface outside ip 192.168.2.2
        expect B/admin interface inside ip 10.1.0.1
        """);
  }

  @Test
  void macAddressInTheFailoverGroupOverridesTheDefault() {
    Played.run(Setups.SHARED + """
        A# failover group 2
         mac address gigabitethernet0/4 0000.a000.a011 0000.a000.a012
         exit
        expect ok
        expect B running-config has "mac address GigabitEthernet0/4 0000.a000.a011 0000.a000.a012"
        expect B interface GigabitEthernet0/4 mac 0000.a000.a011
        expect A interface GigabitEthernet0/4 mac 0000.a000.a012
        expect A interface GigabitEthernet0/5 mac 00a0.c905.0202
        """);
  }

  @Test
  void showInterfaceDisplaysTheMacInUse() {
    Played.run(Setups.SHARED + """
        A/ctx1# show interface GigabitEthernet0/4
        expect output has "MAC address 00a0.c904.0202"
        expect output has "IP address 192.168.2.1, subnet mask 255.255.255.0"
        A# show interface
        expect output has "Interface GigabitEthernet0/1"
        """);
  }

  @Test
  void theFailoverLinkAddressesStayWithTheirUnits() {
    // "The active IP address for the failover link always stays with the primary unit"
    Played s = Played.run(Setups.SHARED + "A# failover active\n");
    assertEquals(Optional.of("10.0.4.1"), s.pair.ip(Box.A, null, "folink"));
    assertEquals(Optional.of("10.0.4.11"), s.pair.ip(Box.B, null, "folink"));
    assertTrue(s.pair.mac(Box.A, "GigabitEthernet0/1").isPresent());
    assertTrue(!s.pair.mac(Box.A, "GigabitEthernet0/1").equals(s.pair.mac(Box.B, "GigabitEthernet0/1")));
  }

  @Test
  void anOffBoxUsesNoAddress() {
    Played s = Played.run(Setups.PAIR + "power-off B\n");
    assertEquals(Optional.empty(), s.pair.mac(Box.B, "GigabitEthernet0/2"));
    assertEquals(Optional.empty(), s.pair.ip(Box.B, "admin", "inside"));
  }

  @Test
  void interfaceNamesAreAcceptedInTheAsaSpellings() {
    Played s = Played.run(Setups.SHARED);
    assertEquals(s.pair.mac(Box.A, "GigabitEthernet0/2"), s.pair.mac(Box.A, "gigabitethernet0/2"));
    assertEquals(s.pair.mac(Box.A, "GigabitEthernet0/2"), s.pair.mac(Box.A, "GigabitEthernet 0/2"));
    assertEquals(s.pair.mac(Box.A, "GigabitEthernet0/2"), s.pair.mac(Box.A, "gi0/2"));
    s.lines("""
        A# interface GigabitEthernet 0/3
        expect ok
         description seed spelling
        expect A running-config has "interface GigabitEthernet0/3"
        expect A running-config has "description seed spelling"
        """);
    assertEquals("A(config-if)#", s.pair.prompt(Box.A, null));
  }

  @Test
  void theSeedPreemptExampleWithMacAddressIsAccepted() {
    Played.run(Setups.PRIMARY + """
        A# failover group 2
         secondary
         preempt 100
         mac-address e1 0000.a000.a011 0000.a000.a012
        expect ok
         exit
        expect A running-config has "mac address Ethernet1 0000.a000.a011 0000.a000.a012"
        """);
  }
}
