package failover.engine;

import java.util.List;
import java.util.Locale;

/** The show commands, in the layout of the ASA: show failover [group N], show running-config, ... */
final class Show {
  private final Pair p;

  Show(Pair p) { this.p = p; }

  String show(Unit u, String scope, List<String> w, boolean viaExec) {
    String cmd = String.join(" ", w);
    if (w.size() < 2) throw Commands.rej(cmd + ": incomplete command");
    String what = w.get(1).toLowerCase(Locale.ROOT);
    boolean sys = Config.SYSTEM.equals(scope);
    if (what.equals("failover")) {
      if (w.size() == 2) return failover(u);
      String sub = w.get(2).toLowerCase(Locale.ROOT);
      if (sub.equals("group")) {
        int g = Commands.num(w, 3, cmd, "failover group", 1, 2);
        if (w.size() > 4) throw Commands.rej(cmd + ": unexpected '" + w.get(4) + "'");
        return group(u, g);
      }
      if (sub.equals("exec")) {
        String which = Commands.arg(w, 3, "show failover exec", "active, mate or standby").toLowerCase(Locale.ROOT);
        if (!which.equals("active") && !which.equals("mate") && !which.equals("standby")) {
          throw Commands.rej("show failover exec " + which + ": expected active, mate or standby");
        }
        if (w.size() > 4) throw Commands.rej(cmd + ": unexpected '" + w.get(4) + "'");
        return exec(u, scope, which);
      }
      if (sub.equals("state")) return failover(u);
      throw Commands.rej(cmd + ": expected show failover [group 1|2 | exec active|mate|standby]");
    }
    if (what.startsWith("run")) {
      if (w.size() == 2) return runningConfig(u, scope, false);
      if (w.size() == 3 && w.get(2).equalsIgnoreCase("failover")) return runningConfig(u, scope, true);
      if (w.size() == 3 && w.get(2).equalsIgnoreCase("all")) return runningConfig(u, scope, false);
      throw Commands.rej(cmd + ": expected show running-config [failover]");
    }
    if (what.startsWith("start")) return config(u.startup.scope(scope), scope, false, "Startup");
    if (what.equals("interface") || what.equals("int")) {
      String only = null;
      if (w.size() > 2) {
        Object[] r = Names.readInterface(w, 2);
        String name = r != null ? (String) r[0] : w.get(2);
        only = name;
      }
      return interfaces(u, scope, only, cmd);
    }
    if (what.equals("monitor-interface")) {
      if (sys) throw Commands.rej(cmd + ": enter this command within a security context");
      return monitorInterface(u, scope);
    }
    if (what.equals("conn")) {
      if (sys) throw Commands.rej(cmd + ": enter this command within a security context");
      long n = u.tcp(scope) + u.http(scope);
      return n + " in use, " + n + " most used";
    }
    if (what.equals("context")) {
      StringBuilder sb = new StringBuilder("Context Name      Class      Interfaces           Mode         URL\n");
      String admin = Cfg.adminContext(u.running);
      for (String c : u.running.contexts.keySet()) {
        if (!sys && !c.equals(scope)) continue;
        StringBuilder ifs = new StringBuilder();
        for (String[] al : Cfg.allocated(u.running, c)) ifs.append(ifs.length() == 0 ? "" : ",").append(al[0]);
        Config.Block b = u.running.system.block("context " + c);
        Config.Line url = b == null ? null : b.sub("config-url");
        sb.append(String.format(Locale.ROOT, "%-17s %-10s %-20s %-12s %s%n", (c.equals(admin) ? "*" : " ") + c, "default",
            ifs, "Routed", url == null ? "" : Names.words(url.text()).get(1)));
      }
      return sb.toString().stripTrailing();
    }
    if (what.equals("version") || what.equals("ver")) return "Cisco Adaptive Security Appliance Software Version 8.4(2) <system>";
    throw Commands.rej(cmd + ": unknown show command (try show failover, show running-config, show interface)");
  }

  private static String stateName(GroupState s, boolean self) {
    return switch (s) {
      case ACTIVE -> "Active";
      case STANDBY -> "Standby Ready";
      case FAILED -> "Failed";
      case INIT -> "Negotiation";
      case OFF -> self ? "Disabled" : "Not Detected";
    };
  }

  private String activeTime(Unit u, int g) {
    return (u.activeSince[g] < 0 ? 0 : (p.now - u.activeSince[g]) / 1000) + " (sec)";
  }

  /** "show failover": "Displays information about the failover state of the unit." */
  String failover(Unit u) {
    Unit o = p.peer(u);
    boolean heard = p.is.contact();
    Config c = u.running;
    StringBuilder sb = new StringBuilder();
    sb.append("Failover ").append(u.failoverEnabled() ? "On" : "Off").append('\n');
    sb.append("Failover unit ").append(u.primary() ? "Primary" : "Secondary").append('\n');
    String[] lan = Cfg.lanInterface(c);
    if (lan == null) sb.append("Failover LAN Interface: not Configured\n");
    else {
      // Table 51-2: "Failover link failed during operation ... Each unit marks the failover interface as failed."
      // a shut failover port is a failed failover link ("interface phy_if / no shutdown — Enables the interface")
      boolean up = Predicates.lanReady(u) && p.foCable && (!o.on || !o.failoverEnabled() || p.is.contact());
      sb.append("Failover LAN Interface: ").append(lan[0]).append(' ').append(lan[1]).append(up ? " (up)" : " (Failed)").append('\n');
    }
    long[] up = Cfg.unitPollHold(c);
    sb.append("Unit Poll frequency ").append(time(up[0])).append(", holdtime ").append(time(up[1])).append('\n');
    long[] ip = Cfg.interfacePollHold(c, 1);
    sb.append("Interface Poll frequency ").append(time(ip[0])).append(", holdtime ").append(time(ip[1])).append('\n');
    int[] pol = Cfg.interfacePolicy(c, 1);
    sb.append("Interface Policy ").append(pol[0]).append(pol[1] == 1 ? "%" : "").append('\n');
    int mon = Cfg.monitoredOnUnit(c);
    sb.append("Monitored Interfaces ").append(mon).append(" of ").append(Cfg.MAX_MONITORED).append(" maximum\n");
    for (int g = 1; g <= 2; g++) if (Cfg.replicationHttp(c, g)) sb.append("Group ").append(g).append(" failover replication http\n");
    sb.append("Version: Ours 8.4(2), Mate ").append(heard ? "8.4(2)" : "Unknown").append('\n');
    sb.append('\n');
    host(sb, u, true, u, heard);
    host(sb, o, false, u, heard);
    sb.append('\n').append("Stateful Failover Logical Update Statistics\n");
    String[] link = Cfg.statefulLink(c);
    if (link == null) sb.append("        Link : Unconfigured.\n");
    else {
      Cfg.Named data = Cfg.statefulDataInterface(c);
      String port = link[1] != null ? link[1] : data != null ? data.port() : Cfg.statefulOverData(c) ? "(no such data interface)"
          : (lan == null ? "" : lan[1]);
      sb.append("        Link : ").append(link[0]).append(' ').append(port).append(p.is.statePathUp() ? " (up)" : " (down)").append('\n');
    }
    return sb.toString().stripTrailing();
  }

  private static String time(long ms) {
    return ms % 1000 == 0 ? (ms / 1000) + " seconds" : ms + " milliseconds";
  }

  private void host(StringBuilder sb, Unit x, boolean self, Unit viewer, boolean heard) {
    sb.append(self ? "  This host:    " : "  Other host:   ").append(designation(x, self, viewer, heard)).append('\n');
    for (int g = 1; g <= 2; g++) {
      GroupState s = self ? x.role[g] : (heard ? x.role[g] : GroupState.OFF);
      sb.append("  Group ").append(g).append("       State:          ").append(stateName(s, self)).append('\n');
      sb.append("                Active time:    ").append(self || heard ? activeTime(x, g) : "0 (sec)").append('\n');
    }
    sb.append('\n');
    for (int g = 1; g <= 2; g++) interfaceLines(sb, x, g, self || heard, viewer, "                ");
  }

  /**
   * The designation a host is shown with: this unit's own; the peer's own while it is heard, and
   * otherwise the other designation than this unit's. "Each unit in a failover pair is designated
   * primary or secondary" and, for the failover link, "The active IP address for the failover link
   * always stays with the primary unit, while the standby IP address stays with the secondary unit":
   * a designation belongs to the unit whatever its state. Decision: a unit knows its peer's
   * designation from the peer's hellos; a peer that is not heard (off, or behind a failed failover
   * link) is the other one of the pair, so a secondary unit shows its silent peer as the Primary
   * (not taken: reading the designation of a peer that is off from its empty running configuration,
   * which made the primary unit "Secondary" once it lost power).
   */
  private static String designation(Unit x, boolean self, Unit viewer, boolean heard) {
    boolean primary = self || heard ? x.primary() : !viewer.primary();
    return primary ? "Primary" : "Secondary";
  }

  /**
   * The monitored interfaces of a host for a group. A peer that is not heard: this unit's monitored
   * interfaces (the configuration is the pair's) with the addresses the peer would use (the other
   * ones than this unit's) and the status Unknown: "Unknown—Initial status. This status can also
   * mean the status cannot be determined."
   */
  private void interfaceLines(StringBuilder sb, Unit x, int g, boolean known, Unit viewer, String indent) {
    Config c = known ? x.running : viewer.running;
    for (Cfg.Monitored m : Cfg.monitored(c, g)) {
      String[] ip = Cfg.interfaceIp(c, m.ctx(), m.nameif());
      boolean active = known ? x.role[g] == GroupState.ACTIVE : viewer.role[g] != GroupState.ACTIVE;
      String addr = address(ip, active);
      String status = known && x.on ? status(x, c, g, m) : "Unknown";
      sb.append(indent).append(m.ctx()).append(" Interface ").append(m.nameif()).append(" (").append(addr).append("): ")
          .append(status).append(" (Monitored)\n");
    }
  }

  private static String address(String[] ip, boolean active) {
    return ip == null ? "0.0.0.0" : (active ? ip[0] : (ip[1] == null ? "0.0.0.0" : ip[1]));
  }

  /**
   * The status of a monitored interface on a running unit: "Normal—The interface is receiving
   * traffic." "Link Down—The interface or VLAN is administratively down." "No Link—The physical
   * link for the interface is down." "Failed—No traffic is received
   * on the interface, yet traffic is heard on the peer interface." (Failed once the hold time has
   * passed: "If a hello packet or a successful test result is not received within the specified
   * hold time, the interface is marked as failed.")
   */
  private String status(Unit x, Config c, int g, Cfg.Monitored m) {
    // "Link Down—The interface or VLAN is administratively down."
    if (Cfg.adminDown(c, m)) return "Link Down";
    if (x.portUp(m.port())) return "Normal";
    // each interface has its own hold time (the spec's ifTimer): marked failed once it has run
    // (reading NoLink = "never": never)
    return p.is.marked(x, g, m) ? "Failed" : "No Link";
  }

  /** "show failover group": "similar to that of the show failover command but limited to the specified group." */
  String group(Unit u, int g) {
    Unit o = p.peer(u);
    boolean heard = p.is.contact();
    StringBuilder sb = new StringBuilder();
    sb.append("Last Failover at: ").append(lastFailover(g)).append('\n').append('\n');
    for (Unit x : new Unit[] {u, o}) {
      boolean self = x == u;
      GroupState s = self ? x.role[g] : (heard ? x.role[g] : GroupState.OFF);
      sb.append(self ? "  This host:    " : "  Other host:   ").append(designation(x, self, u, heard)).append('\n');
      sb.append("  State:        ").append(stateName(s, self)).append('\n');
      sb.append("  Active time:  ").append(self || heard ? activeTime(x, g) : "0 (sec)").append('\n').append('\n');
      interfaceLines(sb, x, g, self || heard, u, "  ");
      sb.append('\n');
    }
    sb.append("Stateful Failover Logical Update Statistics\n");
    sb.append("  Status: ").append(Cfg.statefulLink(u.running) == null ? "Unconfigured." : "Configured.").append('\n');
    sb.append("  Replication http: ").append(Cfg.replicationHttp(u.running, g) ? "enabled" : "disabled");
    return sb.toString();
  }

  private String lastFailover(int g) {
    for (int i = p.history.size() - 1; i >= 0; i--) {
      String act = p.history.get(i).action();
      if (act.startsWith("Force") || act.startsWith("Detect") || act.startsWith("Preempt")) {
        return "t=" + p.history.get(i).atMillis() / 1000 + " s";
      }
    }
    return "never";
  }

  /** "show failover exec {active|mate|standby}": "Active unit Failover EXEC is at interface sub-command mode". */
  private String exec(Unit u, String scope, String which) {
    Unit t = ExecCommands.execTarget(p, u, scope, which, false);
    int g = Predicates.scopeGroup(u, scope);
    Mode m = u.execModes.getOrDefault(scope + "|" + t.id, Mode.CONFIG);
    String label = t.role[g] == GroupState.ACTIVE ? "Active" : "Standby";
    return label + " unit Failover EXEC is at " + m.execName();
  }

  String runningConfig(Unit u, String scope, boolean failoverOnly) {
    Config.Scope s = u.running.scope(scope);
    return config(s, scope, failoverOnly, "Saved");
  }

  private static String config(Config.Scope s, String scope, boolean failoverOnly, String label) {
    StringBuilder sb = new StringBuilder();
    if (!failoverOnly) {
      sb.append(": ").append(label).append('\n').append(":\n");
      sb.append("ASA Version 8.4(2) <").append(Config.SYSTEM.equals(scope) ? "system" : "context").append(">\n!\n");
    }
    if (s != null) {
      for (Config.Block b : s.blocks) {
        if (failoverOnly && !b.key.startsWith("failover")) continue;
        sb.append(b.head).append('\n');
        for (Config.Line l : b.subs) sb.append(' ').append(l.text()).append('\n');
      }
    }
    if (!failoverOnly) sb.append(": end");
    return sb.toString().stripTrailing();
  }

  /** "Use the show interface command to display the MAC address used by an interface." */
  private String interfaces(Unit u, String scope, String only, String cmd) {
    StringBuilder sb = new StringBuilder();
    boolean sys = Config.SYSTEM.equals(scope);
    int shown = 0;
    if (sys) {
      for (String port : Names.PORTS) {
        if (only != null && !only.equals(port)) continue;
        Config.Block b = u.running.system.block("interface " + port);
        if (only == null && b == null && !Names.SHOWN.contains(port) && Cfg.contextOfPort(u.running, port) == null) continue;
        boolean shut = b == null || b.sub("shutdown") == null || b.sub("shutdown").text().equals("shutdown");
        sb.append("Interface ").append(port).append(" \"\", ").append(status(u, port, shut)).append('\n');
        sb.append("  Hardware is i82546GB rev03, BW 1000 Mbps, DLY 10 usec\n");
        sb.append("        MAC address ").append(Addresses.macOf(u, port, p.standbyWhileNegotiating())).append(", MTU not set\n");
        sb.append("        IP address unassigned\n");
        shown++;
      }
    } else {
      for (String[] al : Cfg.allocated(u.running, scope)) {
        String name = al[1] != null ? al[1] : al[0];
        if (only != null && !only.equals(al[0]) && !only.equals(name)) continue;
        Config.Scope s = u.running.contexts.get(scope);
        Config.Block b = s.block("interface " + name);
        Config.Line n = b == null ? null : b.sub("nameif");
        String nameif = n == null ? "" : Names.words(n.text()).get(1);
        boolean shut = (b != null && b.sub("shutdown") != null && b.sub("shutdown").text().equals("shutdown"))
            || Cfg.portShut(u.running, al[0]);
        sb.append("Interface ").append(name).append(" \"").append(nameif).append("\", ").append(status(u, al[0], shut)).append('\n');
        sb.append("        MAC address ").append(Addresses.macOf(u, al[0], p.standbyWhileNegotiating())).append(", MTU 1500\n");
        String[] ip = nameif.isEmpty() ? null : Cfg.interfaceIp(u.running, scope, nameif);
        // the address the interface uses now (Addresses.ip): "The interfaces in the failover group
        // that becomes active assume the MAC and IP addresses of the interfaces in the failover group
        // that failed. The interfaces in the failover group that is now in the standby state take over
        // the standby MAC and IP addresses." A group still negotiating is neither: no address, under
        // the chosen reading NegotiatingAddresses = "none" (readings/NegotiatingAddresses-none.scenario)
        String addr = ip == null ? null : Addresses.ip(u, scope, nameif, p.standbyWhileNegotiating()).orElse(null);
        if (addr == null) sb.append("        IP address unassigned\n");
        else {
          Config.Line ipl = b.sub("ip address");
          sb.append("        IP address ").append(addr).append(", subnet mask ").append(Names.words(ipl.text()).get(3)).append('\n');
        }
        shown++;
      }
    }
    if (only != null && shown == 0) throw Commands.rej(cmd + ": no interface " + only + (sys ? "" : " in context " + scope));
    return sb.toString().stripTrailing();
  }

  private static String status(Unit u, String port, boolean shut) {
    if (shut) return "is administratively down, line protocol is down";
    return u.portUp(port) ? "is up, line protocol is up" : "is down, line protocol is down";
  }

  private String monitorInterface(Unit u, String scope) {
    int g = Cfg.groupOf(u.running, scope);
    StringBuilder sb = new StringBuilder();
    sb.append("This host: ").append(u.primary() ? "Primary" : "Secondary").append(" - ").append(stateName(u.role[g], true)).append('\n');
    for (Cfg.Monitored m : Cfg.monitored(u.running, g)) {
      if (!m.ctx().equals(scope)) continue;
      String[] ip = Cfg.interfaceIp(u.running, scope, m.nameif());
      String addr = address(ip, u.role[g] == GroupState.ACTIVE);
      sb.append("        Interface ").append(m.nameif()).append(" (").append(addr).append("): ")
          .append(status(u, u.running, g, m)).append('\n');
    }
    return sb.toString().stripTrailing();
  }
}
