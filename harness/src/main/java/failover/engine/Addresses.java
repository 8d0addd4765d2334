package failover.engine;

import java.util.Optional;

/**
 * The MAC and IP addresses a box uses now: the spec's {@code UsesActiveAddresses(u, g)} (on, the
 * group active there) and {@code UsesStandbyAddresses(u, g)} (on, standby or failed; under the
 * reading {@code NegotiatingAddresses = "standby"} also still negotiating), derived from the roles,
 * as in the spec (MAC/IP ownership is not stored). {@code standbyWhileNegotiating}: the pair follows
 * that reading ({@link Pair#standbyWhileNegotiating()}).
 */
final class Addresses {
  private Addresses() {}

  /**
   * The MAC address the box uses on a port now. A port allocated to a context uses the virtual
   * MAC of the context's failover group ("mac address" in the group, or the default
   * 00a0.c9PP.GG01 active / 00a0.c9PP.GG02 standby or failed); any other port, and a port whose
   * group is still negotiating, its burned-in address (under {@code NegotiatingAddresses =
   * "standby"} the group's standby MAC).
   */
  static Optional<String> mac(Unit u, String physicalInterface, boolean standbyWhileNegotiating) {
    String port = physicalInterface == null ? null : Names.canonicalInterface(physicalInterface);
    if (!u.on || port == null || !Names.onHardware(port)) return Optional.empty();
    return Optional.of(macOf(u, port, standbyWhileNegotiating));
  }

  /** The MAC address of a port (canonical name, on the hardware) of a running box. */
  static String macOf(Unit u, String port, boolean standbyWhileNegotiating) {
    String ctx = Cfg.contextOfPort(u.running, port);
    if (ctx == null) return Names.burnedInMac(u.id, port);
    int g = Cfg.groupOf(u.running, ctx);
    // the spec's UsesActiveAddresses / UsesStandbyAddresses: a group still negotiating uses neither
    // (reading NegotiatingAddresses = "none"), or the standby ones ("standby")
    if (u.role[g] == GroupState.INIT && !standbyWhileNegotiating) return Names.burnedInMac(u.id, port);
    boolean active = u.role[g] == GroupState.ACTIVE;
    String[] configured = Cfg.groupMac(u.running, g, port);
    if (configured != null) return active ? configured[0] : configured[1];
    return Names.defaultVirtualMac(port, g, active);
  }

  /**
   * The IP address the box uses on a named interface now. In a context: the active address where
   * the context's group is active, the standby address where it is standby or failed, none while it
   * negotiates (under {@code NegotiatingAddresses = "standby"}: the standby address). In the system execution space
   * (context null), the failover and stateful links: "The active IP address for the failover link
   * always stays with the primary unit, while the standby IP address stays with the secondary unit."
   */
  static Optional<String> ip(Unit u, String context, String nameif, boolean standbyWhileNegotiating) {
    if (!u.on || nameif == null) return Optional.empty();
    if (context == null) {
      String[] addr = Cfg.failoverInterfaceIp(u.running, nameif);
      if (addr == null) return Optional.empty();
      return Optional.ofNullable(u.primary() ? addr[0] : addr[1]);
    }
    if (!u.running.contexts.containsKey(context)) return Optional.empty();
    String[] addr = Cfg.interfaceIp(u.running, context, nameif);
    if (addr == null) return Optional.empty();
    GroupState r = u.role[Cfg.groupOf(u.running, context)];
    if (r == GroupState.INIT && !standbyWhileNegotiating) return Optional.empty();
    return Optional.ofNullable(r == GroupState.ACTIVE ? addr[0] : addr[1]);
  }
}
