package failover.engine;

import static failover.engine.Commands.arg;
import static failover.engine.Commands.num;
import static failover.engine.Commands.rej;

import failover.engine.Commands.Out;
import java.util.List;
import java.util.Locale;

/**
 * Global configuration mode, in the system execution space ({@code context}, {@code
 * admin-context}, {@code interface}, {@code mode}, the {@code failover} commands through {@link
 * FailoverCommands}) and in a security context ({@code interface}, {@code monitor-interface},
 * {@code firewall}: the spec's LocalCommand); the context sub-mode ({@code allocate-interface},
 * {@code config-url}, {@code join-failover-group}, ...); routing processes ({@code router ...}) and
 * their sub-mode. Any other command is an opaque line ({@link Replication#opaque}).
 */
final class ConfigCommands {
  private final Commands commands;
  /** Configuration edits and their replication. */
  private final Replication edits;

  ConfigCommands(Commands commands) {
    this.commands = commands;
    this.edits = commands.edits;
  }

  Out systemCommand(Unit u, List<String> w) {
    String first = w.get(0).toLowerCase(Locale.ROOT);
    boolean no = first.equals("no");
    List<String> c = no ? w.subList(1, w.size()) : w;
    if (c.isEmpty()) throw rej("no: incomplete command");
    String verb = c.get(0).toLowerCase(Locale.ROOT);
    String sys = Config.SYSTEM;
    switch (verb) {
      case "failover" -> { return commands.failover.failoverCommand(u, no, c); }
      case "context" -> {
        String name = arg(c, 1, "context", "a context name");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*") || name.equalsIgnoreCase("system")) {
          throw rej("context " + name + ": invalid context name");
        }
        if (c.size() > 2) throw rej("context " + name + ": unexpected '" + c.get(2) + "'");
        if (no) {
          if (!u.running.contexts.containsKey(name)) throw rej("no context " + name + ": context " + name + " does not exist");
          if (name.equals(Cfg.adminContext(u.running))) {
            throw rej("no context " + name + ": " + name + " is the admin context; choose another admin-context first");
          }
          String out = edits.change(u, sys, true, cf -> { cf.system.remove("context " + name); cf.contexts.remove(name); });
          u.modes.remove(name);
          return new Out(out, Mode.CONFIG);
        }
        String out = edits.change(u, sys, true, cf -> {
          cf.system.ensureBlock("context " + name, "context " + name);
          cf.contexts.putIfAbsent(name, new Config.Scope());
        });
        return new Out(out, new Mode(Mode.Kind.CONTEXT, name));
      }
      case "admin-context" -> {
        if (no) throw rej("no admin-context: a system in multiple context mode always has an admin context");
        String name = arg(c, 1, "admin-context", "a context name");
        if (u.running.contexts.containsKey(name) && explicitGroup(u.running, name) == 2) {
          throw rej("admin-context " + name + ": context " + name
              + " is in failover group 2; the admin context is always a member of failover group 1");
        }
        return new Out(edits.putTop(u, sys, "admin-context", "admin-context " + name, true), Mode.CONFIG);
      }
      case "interface" -> {
        Object[] r = Names.readInterface(c, 1);
        if (r == null) throw rej(String.join(" ", w) + ": expected a physical interface such as GigabitEthernet0/2");
        String port = (String) r[0];
        if (!Names.onHardware(port)) throw rej("interface " + port + ": no such interface on this box");
        if (c.size() > 1 + (int) r[1]) throw rej("interface " + port + ": unexpected '" + c.get(1 + (int) r[1]) + "'");
        if (no) {
          if (!Names.isSubinterface(port)) throw rej("no interface " + port + ": a physical interface cannot be removed");
          if (Cfg.contextOfPort(u.running, port) != null) {
            throw rej("no interface " + port + ": allocated to context " + Cfg.contextOfPort(u.running, port));
          }
          String[] lan = Cfg.lanInterface(u.running), link = Cfg.statefulLink(u.running);
          if ((lan != null && lan[1].equals(port)) || (link != null && port.equals(link[1]))) {
            throw rej("no interface " + port + ": it is the " + (lan != null && lan[1].equals(port) ? "failover" : "Stateful Failover")
                + " link's interface; remove that first ('no failover lan interface' or 'no failover link')");
          }
          return new Out(edits.removeTop(u, sys, "interface " + port, true), Mode.CONFIG);
        }
        return new Out(edits.ensureBlock(u, sys, "interface " + port), new Mode(Mode.Kind.INTERFACE, port));
      }
      case "router" -> { return router(u, sys, no, c); }
      case "monitor-interface" -> throw rej(String.join(" ", w)
          + ": in Active/Active failover, this command is only valid within a context");
      case "mode" -> {
        if (no) throw rej("no mode: incomplete command");
        String m = arg(c, 1, "mode", "single or multiple");
        if (m.equalsIgnoreCase("multiple")) return new Out("", Mode.CONFIG);
        if (m.equalsIgnoreCase("single")) {
          throw rej("mode single: Active/Active failover is only available in multiple context mode; this engine models multiple context mode only");
        }
        throw rej("mode " + m + ": expected single or multiple");
      }
      case "firewall" -> throw rej(String.join(" ", w) + ": in multiple context mode, set the firewall mode within each context");
      case "nameif", "security-level", "asr-group" -> throw rej(String.join(" ", w) + ": only in interface configuration mode within a context");
      case "ip" -> {
        if (c.size() > 1 && c.get(1).equalsIgnoreCase("address")) {
          throw rej(String.join(" ", w) + ": only in interface configuration mode within a context");
        }
        return new Out(edits.opaque(u, sys, w), Mode.CONFIG);
      }
      case "primary", "secondary", "preempt", "replication", "interface-policy", "polltime" ->
          throw rej(String.join(" ", w) + ": only in failover group configuration mode (enter 'failover group 1' or 'failover group 2' first)");
      case "join-failover-group", "allocate-interface", "config-url" ->
          throw rej(String.join(" ", w) + ": only in context configuration mode (enter 'context NAME' first)");
      default -> { return new Out(edits.opaque(u, sys, w), Mode.CONFIG); }
    }
  }

  /** The group a context names with join-failover-group, 0 if none. */
  static int explicitGroup(Config c, String ctx) {
    Config.Block b = c.system.block("context " + ctx);
    Config.Line l = b == null ? null : b.sub("join-failover-group");
    return l == null ? 0 : Integer.parseInt(Names.words(l.text()).get(1));
  }

  Out contextSubCommand(Unit u, Mode mode, List<String> w) {
    boolean no = w.get(0).equalsIgnoreCase("no");
    List<String> c = no ? w.subList(1, w.size()) : w;
    if (c.isEmpty()) return null;
    String verb = c.get(0).toLowerCase(Locale.ROOT);
    String ctx = mode.arg();
    String head = mode.blockHead();
    String sys = Config.SYSTEM;
    String cmd = String.join(" ", w);
    switch (verb) {
      case "description" -> {
        if (no) return new Out(edits.removeSub(u, sys, head, "description"), mode);
        if (c.size() < 2) throw rej(cmd + ": missing text");
        return new Out(edits.putSub(u, sys, head, "description", String.join(" ", c)), mode);
      }
      case "allocate-interface" -> {
        Object[] r = Names.readInterface(c, 1);
        if (r == null) throw rej(cmd + ": expected a physical interface such as GigabitEthernet0/2");
        String port = (String) r[0];
        if (!Names.onHardware(port)) throw rej(cmd + ": no such interface " + port + " on this box");
        if (no) return new Out(edits.removeSub(u, sys, head, "allocate-interface " + port), mode);
        String[] lan = Cfg.lanInterface(u.running);
        String[] link = Cfg.statefulLink(u.running);
        if ((lan != null && lan[1].equals(port)) || (link != null && port.equals(link[1]))) {
          throw rej(cmd + ": " + port + " is a failover link; it should not be used for any other purpose");
        }
        List<String> rest = c.subList(1 + (int) r[1], c.size());
        if (rest.size() > 2) throw rej(cmd + ": unexpected '" + rest.get(2) + "'");
        StringBuilder text = new StringBuilder("allocate-interface " + port);
        for (String x : rest) text.append(' ').append(x);
        return new Out(edits.putSub(u, sys, head, "allocate-interface " + port, text.toString()), mode);
      }
      case "config-url" -> {
        if (no) return new Out(edits.removeSub(u, sys, head, "config-url"), mode);
        String url = arg(c, 1, "config-url", "a URL such as flash:/ctx1.cfg");
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        return new Out(edits.putSub(u, sys, head, "config-url", "config-url " + url), mode);
      }
      case "join-failover-group" -> {
        if (no) return new Out(edits.removeSub(u, sys, head, "join-failover-group"), mode);
        int g = num(c, 1, cmd, "failover group", 1, 2);
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        if (g == 2 && ctx.equals(Cfg.adminContext(u.running))) {
          throw rej(cmd + ": " + ctx + " is the admin context; the admin context is always a member of failover group 1");
        }
        if (!u.running.system.has("failover group " + g)) {
          throw rej(cmd + ": failover group " + g + " does not exist (create it with 'failover group " + g + "')");
        }
        return new Out(edits.putSub(u, sys, head, "join-failover-group", "join-failover-group " + g), mode);
      }
      case "member" -> {
        if (no) return new Out(edits.removeSub(u, sys, head, "member"), mode);
        return new Out(edits.putSub(u, sys, head, "member", String.join(" ", c)), mode);
      }
      default -> { return null; }
    }
  }

  Out contextCommand(Unit u, String scope, List<String> w) {
    String first = w.get(0).toLowerCase(Locale.ROOT);
    boolean no = first.equals("no");
    List<String> c = no ? w.subList(1, w.size()) : w;
    if (c.isEmpty()) throw rej("no: incomplete command");
    String verb = c.get(0).toLowerCase(Locale.ROOT);
    String cmd = String.join(" ", w);
    switch (verb) {
      case "interface" -> {
        if (c.size() < 2) throw rej(cmd + ": missing interface");
        String typed = c.size() > 2 && c.get(1).matches("[A-Za-z-]+") && c.get(2).matches("\\d.*") ? c.get(1) + c.get(2) : c.get(1);
        String port = Cfg.resolveInContext(u.running, scope, typed);
        if (port == null) throw rej(cmd + ": interface " + typed + " is not allocated to context " + scope);
        String canon = Names.canonicalInterface(typed);
        String name = canon != null && canon.equals(port) ? port : typed;
        if (no) throw rej(cmd + ": interfaces of a context are removed with 'no allocate-interface' in the system execution space");
        return new Out(edits.ensureBlock(u, scope, "interface " + name), new Mode(Mode.Kind.INTERFACE, name));
      }
      case "monitor-interface" -> {
        String name = arg(c, 1, "monitor-interface", "if_name");
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        if (!Cfg.nameifs(u.running, scope).contains(name)) throw rej(cmd + ": no interface named " + name + " in context " + scope);
        String key = "monitor-interface " + name;
        return new Out(edits.putTop(u, scope, key, no ? "no " + key : key, true), Mode.CONFIG);
      }
      case "router" -> { return router(u, scope, no, c); }
      case "firewall" -> {
        // "mode" and "firewall" are never replicated (Table 51-1)
        if (no) return new Out(edits.removeTop(u, scope, "firewall", false), Mode.CONFIG);
        String m = arg(c, 1, "firewall", "transparent").toLowerCase(Locale.ROOT);
        if (!m.equals("transparent")) throw rej(cmd + ": expected 'firewall transparent' or 'no firewall transparent'");
        return new Out(edits.putTop(u, scope, "firewall", "firewall transparent", false), Mode.CONFIG);
      }
      case "failover", "context", "admin-context", "mode" ->
          throw rej(cmd + ": only in the system execution space (changeto system)");
      case "nameif", "security-level", "asr-group" -> throw rej(cmd + ": only in interface configuration mode (enter 'interface NAME' first)");
      case "primary", "secondary", "preempt", "replication", "interface-policy", "polltime", "join-failover-group", "allocate-interface", "config-url" ->
          throw rej(cmd + ": only in the system execution space");
      default -> { return new Out(edits.opaque(u, scope, w), Mode.CONFIG); }
    }
  }

  /**
   * {@code router ospf ID | rip | eigrp AS | bgp AS}: enters router configuration mode for the
   * routing process, creating it if needed ("hostname(config)# router rip / hostname(config-router)#";
   * "commands entered using failover exec active are sent to router configuration mode for the
   * specified routing process"); {@code no router ...} removes the process with its lines. A routing
   * process is configuration like any other: stored and replicated (Table 51-1: "All configuration
   * commands except for mode, firewall, and failover lan unit"). Decision: the seed types router
   * commands at "hostname(config)#" and does not say in which scope of a multiple-context ASA they
   * belong; the engine takes them in the system execution space (as typed in the seed's example) and
   * in a context (where an ASA's routing table is). Not taken: refusing them in the system execution
   * space, which would refuse the seed's own example.
   */
  private Out router(Unit u, String scope, boolean no, List<String> c) {
    String cmd = (no ? "no " : "") + String.join(" ", c);
    String proto = arg(c, 1, "router", "a routing protocol (ospf, rip, eigrp, bgp)").toLowerCase(Locale.ROOT);
    String process;
    switch (proto) {
      case "rip" -> {
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        process = "rip";
      }
      case "ospf", "eigrp" -> {
        int id = num(c, 2, cmd, proto.equals("ospf") ? "OSPF process ID" : "EIGRP autonomous system number", 1, 65535);
        if (c.size() > 3) throw rej(cmd + ": unexpected '" + c.get(3) + "'");
        process = proto + " " + id;
      }
      case "bgp" -> {
        int id = num(c, 2, cmd, "BGP autonomous system number", 1, 65535);
        if (c.size() > 3) throw rej(cmd + ": unexpected '" + c.get(3) + "'");
        process = "bgp " + id;
      }
      default -> throw rej(cmd + ": expected router ospf process_id, router rip, router eigrp as_number or router bgp as_number");
    }
    String head = "router " + process;
    if (no) {
      Config.Scope s = u.running.scope(scope);
      if (s == null || !s.has(head)) throw rej(cmd + ": no routing process '" + head + "' is configured");
      return new Out(edits.removeTop(u, scope, head, true), Mode.CONFIG);
    }
    return new Out(edits.ensureBlock(u, scope, head), new Mode(Mode.Kind.ROUTER, process));
  }

  /** Sub-commands of router configuration mode; any other command leaves the mode (as a global command). */
  private static final java.util.Set<String> ROUTER_SUBS = java.util.Set.of(
      "network", "redistribute", "version", "passive-interface", "default-information", "area", "router-id",
      "neighbor", "auto-summary", "distance", "timers", "log-adjacency-changes", "summary-address",
      "default-metric", "distribute-list", "compatible", "maximum-paths", "metric", "eigrp", "bgp",
      "address-family", "ignore", "log-neighbor-changes");

  /** A router sub-command: a line of the routing process's block; {@code no X} removes the line X (or is stored as typed). */
  Out routerSubCommand(Unit u, String scope, Mode mode, List<String> w) {
    boolean no = w.get(0).equalsIgnoreCase("no");
    List<String> c = no ? w.subList(1, w.size()) : w;
    if (c.isEmpty() || !ROUTER_SUBS.contains(c.get(0).toLowerCase(Locale.ROOT))) return null;
    if (c.size() == 1 && !c.get(0).equalsIgnoreCase("auto-summary") && !c.get(0).equalsIgnoreCase("log-adjacency-changes")
        && !c.get(0).equalsIgnoreCase("log-neighbor-changes")) {
      throw rej(String.join(" ", w) + ": incomplete command");
    }
    String head = mode.blockHead();
    String target = String.join(" ", c);
    Config.Scope s = u.running.scope(scope);
    Config.Block b = s == null ? null : s.block(head);
    if (no && b != null && b.sub(target) != null) return new Out(edits.removeSub(u, scope, head, target), mode);
    // "no X" of a line the process does not have: only the keyword defaults ("no auto-summary") are lines of their own
    if (no && c.size() > 1) throw rej(String.join(" ", w) + ": the routing process has no line '" + target + "'");
    return new Out(edits.putSub(u, scope, head, target, String.join(" ", w)), mode);
  }
}
