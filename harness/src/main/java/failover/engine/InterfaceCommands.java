package failover.engine;

import static failover.engine.Commands.arg;
import static failover.engine.Commands.checkAddresses;
import static failover.engine.Commands.checkName;
import static failover.engine.Commands.num;
import static failover.engine.Commands.rej;

import failover.engine.Commands.Out;
import java.util.List;
import java.util.Locale;

/**
 * Interface configuration mode: in the system execution space (a physical port or subinterface:
 * {@code shutdown}, {@code description}, {@code speed}, ...) and in a security context (its
 * allocated interfaces: {@code nameif}, {@code security-level}, {@code ip address ... standby ...},
 * {@code ipv6 address}, {@code asr-group}, ...).
 */
final class InterfaceCommands {
  /** Configuration edits and their replication. */
  private final Replication edits;

  InterfaceCommands(Commands commands) {
    this.edits = commands.edits;
  }

  private static final java.util.Set<String> INTERFACE_SUBS = java.util.Set.of(
      "shutdown", "description", "speed", "duplex", "mac-address", "vlan", "management-only",
      "channel-group", "flowcontrol", "delay", "ipv6", "nameif", "security-level", "ip", "asr-group");

  Out systemInterfaceCommand(Unit u, Mode mode, List<String> w) {
    boolean no = w.get(0).equalsIgnoreCase("no");
    List<String> c = no ? w.subList(1, w.size()) : w;
    if (c.isEmpty()) return null;
    String verb = c.get(0).toLowerCase(Locale.ROOT);
    if (!INTERFACE_SUBS.contains(verb)) return null;
    String cmd = String.join(" ", w);
    if (verb.equals("ip") && c.size() > 1 && c.get(1).equalsIgnoreCase("address") && !no) {
      // the seed's failover exec example types "ip address ... standby ..." under "interface
      // GigabitEthernet0/1" at hostname(config)#: accepted and stored (no effect in the system space)
      List<String> a = c.subList(2, c.size());
      if (a.size() == 2 || (a.size() == 4 && a.get(2).equalsIgnoreCase("standby"))) {
        checkAddresses(cmd, a.get(0), a.get(1), a.size() == 4 ? a.get(3) : null);
        return new Out(edits.putSub(u, Config.SYSTEM, mode.blockHead(), "ip address", String.join(" ", c)), mode);
      }
      throw rej(cmd + ": expected 'ip address ip_address mask [standby ip_address]'");
    }
    if (verb.equals("ip") && no && c.size() > 1 && c.get(1).equalsIgnoreCase("address")) {
      return new Out(edits.removeSub(u, Config.SYSTEM, mode.blockHead(), "ip address"), mode);
    }
    if (verb.equals("nameif") || verb.equals("security-level") || verb.equals("ip") || verb.equals("asr-group") || verb.equals("ipv6")) {
      throw rej(cmd + ": not available in the system execution space; configure it in the context the interface is allocated to");
    }
    return interfaceSub(u, Config.SYSTEM, mode, no, c, verb);
  }

  Out contextInterfaceCommand(Unit u, String scope, Mode mode, List<String> w) {
    boolean no = w.get(0).equalsIgnoreCase("no");
    List<String> c = no ? w.subList(1, w.size()) : w;
    if (c.isEmpty()) return null;
    String verb = c.get(0).toLowerCase(Locale.ROOT);
    if (!INTERFACE_SUBS.contains(verb)) return null;
    String cmd = String.join(" ", w);
    String head = mode.blockHead();
    switch (verb) {
      case "nameif" -> {
        if (no) return new Out(edits.removeSub(u, scope, head, "nameif"), mode);
        String name = arg(c, 1, "nameif", "a name");
        checkName(name, "nameif");
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        for (String[] i : Cfg.contextInterfaces(u.running, scope)) {
          if (name.equals(i[1]) && !("interface " + i[0]).equals(head)) {
            throw rej(cmd + ": name " + name + " is already used by interface " + i[0] + " in context " + scope);
          }
        }
        return new Out(edits.putSub(u, scope, head, "nameif", "nameif " + name), mode);
      }
      case "security-level" -> {
        if (no) return new Out(edits.removeSub(u, scope, head, "security-level"), mode);
        int v = num(c, 1, cmd, "security level", 0, 100);
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        return new Out(edits.putSub(u, scope, head, "security-level", "security-level " + v), mode);
      }
      case "ip" -> {
        if (c.size() < 2 || !c.get(1).equalsIgnoreCase("address")) {
          return interfaceSub(u, scope, mode, no, c, String.join(" ", c.subList(0, Math.min(2, c.size()))));
        }
        if (no) return new Out(edits.removeSub(u, scope, head, "ip address"), mode);
        List<String> a = c.subList(2, c.size());
        String active, mask, standby = null;
        if (a.size() == 2 || (a.size() == 4 && a.get(2).equalsIgnoreCase("standby"))) {
          active = a.get(0);
          mask = a.get(1);
          if (a.size() == 4) standby = a.get(3);
        } else {
          throw rej(cmd + ": expected 'ip address ip_address mask [standby ip_address]'");
        }
        checkAddresses(cmd, active, mask, standby);
        String text = "ip address " + active + " " + mask + (standby == null ? "" : " standby " + standby);
        return new Out(edits.putSub(u, scope, head, "ip address", text), mode);
      }
      case "ipv6" -> {
        if (!no && c.size() >= 3 && c.get(1).equalsIgnoreCase("address")) {
          String[] v6 = Names.ipv6Prefix(c.get(2));
          if (v6 == null) throw rej(cmd + ": expected 'ipv6 address ipv6_address/prefix [standby ipv6_address]'");
          if (c.size() == 5 && c.get(3).equalsIgnoreCase("standby")) {
            if (!Names.ipv6(c.get(4))) throw rej(cmd + ": invalid standby IPv6 address " + c.get(4));
            if (!Names.sameIpv6Prefix(v6[0], c.get(4), Integer.parseInt(v6[1]))) {
              throw rej(cmd + ": standby address " + c.get(4) + " is not in the same subnet as " + c.get(2));
            }
          } else if (c.size() != 3) {
            throw rej(cmd + ": expected 'ipv6 address ipv6_address/prefix [standby ipv6_address]'");
          }
        }
        return interfaceSub(u, scope, mode, no, c, verb);
      }
      case "asr-group" -> {
        if (no) return new Out(edits.removeSub(u, scope, head, "asr-group"), mode);
        // "Valid values for num range from 1 to 32."
        int v = num(c, 1, cmd, "ASR group", 1, 32);
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        return new Out(edits.putSub(u, scope, head, "asr-group", "asr-group " + v), mode);
      }
      default -> { return interfaceSub(u, scope, mode, no, c, verb); }
    }
  }

  /** Interface sub-commands stored as they are: "shutdown"/"no shutdown", description, speed, ... */
  private Out interfaceSub(Unit u, String scope, Mode mode, boolean no, List<String> c, String key) {
    String head = mode.blockHead();
    String text = String.join(" ", c);
    if (key.equals("shutdown")) {
      if (c.size() > 1) throw rej((no ? "no " : "") + text + ": unexpected '" + c.get(1) + "'");
      return new Out(edits.putSub(u, scope, head, "shutdown", no ? "no shutdown" : "shutdown"), mode);
    }
    if (key.equals("ipv6")) key = text;
    if (no) return new Out(edits.removeSub(u, scope, head, key), mode);
    return new Out(edits.putSub(u, scope, head, key, text), mode);
  }
}
