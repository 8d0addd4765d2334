package failover.engine;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The ASA command line of one box, on a working copy of the pair: parses a line in the box's
 * current mode, checks it against the seed's ranges and rules, changes the configuration, and
 * replicates it (Table 51-1 and "Command Replication"). A rejected command throws {@link Rejected}
 * before the pair is adopted, so it changes nothing.
 */
final class Commands {
  /** A rejected command or event: the message is the one error line. */
  static final class Rejected extends RuntimeException {
    Rejected(String m) { super(m.startsWith("ERROR") ? m : "ERROR: " + m, null, false, false); }
  }

  /** What a command printed, and the mode the session is in afterwards. */
  record Out(String output, Mode mode) {}

  static final String STANDBY_WARNING = "**** WARNING ****\n"
      + "\tConfiguration Replication is NOT performed from Standby unit to Active unit.\n"
      + "\tConfigurations are no longer synchronized.";

  private final Pair p;
  /** The command line being run (the innermost, under failover exec), for errors raised in {@link #change}. */
  private String line = "";

  Commands(Pair p) { this.p = p; }

  static Rejected rej(String msg) { return new Rejected(msg); }

  Result run(Box box, String ctx, String line) {
    Unit u = p.unit(box);
    if (!u.on) throw rej("box " + box + " is off: '" + line.trim() + "' rejected (boot it first)");
    String scope = ctx == null ? Config.SYSTEM : ctx;
    if (ctx != null && !u.running.contexts.containsKey(ctx)) {
      throw rej("context " + ctx + " does not exist on box " + box);
    }
    Mode m = u.mode(scope);
    Out o = exec(u, scope, m, line, false);
    if (u.on && (ctx == null || u.running.contexts.containsKey(ctx))) u.modes.put(scope, o.mode());
    p.refreshContact();
    return Result.ok(o.output());
  }

  // ------------------------------------------------------------------------------------------
  // Dispatch

  Out exec(Unit u, String scope, Mode mode, String line, boolean viaExec) {
    List<String> w = Names.words(line);
    if (w.isEmpty()) return new Out("", mode);
    this.line = String.join(" ", w);
    String first = w.get(0).toLowerCase(Locale.ROOT);
    boolean sys = Config.SYSTEM.equals(scope);
    if (isDebug(w)) {
      // "You cannot use the following commands with the failover exec command: ... debug (undebug)";
      // Table 51-1 lists "debug" under "Commands Not Replicated to the Standby Unit". A debug
      // command (debug ..., undebug ..., no debug ...) turns output on or off on this box only: it
      // is no configuration line, so it is never stored, saved or replicated.
      if (viaExec) throw rej("failover exec: '" + this.line + "': debug (undebug) cannot be used with failover exec");
      return new Out("", mode);
    }
    // commands that work in every mode and leave it unchanged
    switch (first) {
      case "show", "sh" -> { return new Out(new Show(p).show(u, scope, w, viaExec), mode); }
      case "write", "wr" -> { return new Out(write(u, scope, w), mode); }
      case "copy" -> { return new Out(copy(u, scope, w, viaExec), mode); }
      case "changeto" -> { changeto(u, w, viaExec); return new Out("", mode); }
      // Table 51-1: "delete", "mkdir", "rename", "rmdir" are replicated; dir only shows
      case "delete", "mkdir", "rename", "rmdir", "dir" -> { return new Out(new FileCommands(p).run(u, scope, w, viaExec), mode); }
      case "ping", "terminal", "clear", "more" -> { return new Out("", mode); }
      case "configure", "conf" -> {
        if (w.size() != 2 || !"terminal".startsWith(w.get(1).toLowerCase(Locale.ROOT)) || w.get(1).length() < 1) {
          throw rej(String.join(" ", w) + ": expected 'configure terminal'");
        }
        return new Out("", mode.kind() == Mode.Kind.EXEC ? Mode.CONFIG : mode);
      }
      // "end" returns to privileged EXEC mode; "exit" leaves a sub-mode, or global configuration mode
      case "end" -> { return new Out("", Mode.EXEC); }
      case "exit" -> { return new Out("", mode.kind() == Mode.Kind.CONFIG || mode.kind() == Mode.Kind.EXEC ? Mode.EXEC : Mode.CONFIG); }
      case "reload" -> throw rej("reload: not modelled; use the events 'power-off " + u.id + "' and 'boot " + u.id + "'");
      default -> { }
    }
    if (first.equals("failover") && w.size() >= 2) {
      String second = w.get(1).toLowerCase(Locale.ROOT);
      if (second.equals("exec")) return new Out(failoverExec(u, scope, mode, w, viaExec), mode);
      if (second.equals("active")) { forceActive(u, scope, w); return new Out("", mode); }
      if (second.equals("reset")) { reset(u, scope, w); return new Out("", mode); }
    }
    if (first.equals("no") && w.size() >= 3 && w.get(1).equalsIgnoreCase("failover") && w.get(2).equalsIgnoreCase("active")) {
      forceStandby(u, scope, w);
      return new Out("", mode);
    }
    if (mode.kind() == Mode.Kind.EXEC) {
      throw rej(String.join(" ", w) + ": % Invalid input in privileged EXEC mode; enter 'configure terminal' first");
    }
    if (mode.kind() != Mode.Kind.CONFIG) {
      Out o = switch (mode.kind()) {
        case FOVER_GROUP -> groupCommand(u, mode, w);
        case CONTEXT -> contextCommand(u, mode, w);
        case INTERFACE -> sys ? systemInterfaceCommand(u, mode, w) : contextInterfaceCommand(u, scope, mode, w);
        case ROUTER -> routerSubCommand(u, scope, mode, w);
        case EXEC, CONFIG -> null;
      };
      if (o != null) return o;
    }
    return sys ? systemCommand(u, w, line) : contextCommand(u, scope, w, line);
  }

  // ------------------------------------------------------------------------------------------
  // Configuration changes and their replication

  /**
   * The unit replicates commands of the scope to its peer: "Commands entered within a security
   * context are replicated from the unit on which the security context appears in the active state
   * to the peer unit." "Commands entered in the system execution space are replicated from the unit
   * on which failover group 1 is in the active state to the unit on which failover group 1 is in the
   * standby state."
   */
  boolean replicates(Unit u, String scope) {
    return p.is.paired() && Predicates.isSource(u, scope);
  }

  /**
   * Applies a configuration change to a scope of the unit and, if it is replicated, to the peer
   * (ConfigCommand). "Replicated commands are not saved to the flash memory when replicated to the
   * peer unit. They are added to the running configuration." Returns what the command prints.
   */
  String change(Unit u, String scope, boolean replicable, Consumer<Config> edit) {
    Unit peer = p.peer(u);
    boolean rep = replicable && (replicates(u, scope) || (p.bug("ReplicateFromStandby") && p.is.paired()));
    boolean warn = replicable && !rep && p.is.paired();
    boolean uBefore = u.failoverEnabled(), peerBefore = peer.failoverEnabled();
    int monitoredBefore = Cfg.monitoredOnUnit(u.running);
    String linkBefore = u.running.system.top("failover link");
    Cfg.Named dataLinkBefore = Cfg.statefulDataInterface(u.running);
    long v = applyVersioned(u, scope, edit, -1);
    if (v < 0) return "";
    // (the working copy of the pair is dropped when a check below rejects the command)
    checkMonitoredLimit(u, monitoredBefore);
    checkStatefulDataLink(u, linkBefore, dataLinkBefore);
    if (rep) applyVersioned(peer, scope, edit, v > 0 ? v : -1);
    boolean uAfter = u.failoverEnabled(), peerAfter = peer.failoverEnabled();
    // `failover' / `no failover': the spec's EnableFailover / DisableFailover (replicated like any
    // configuration command; a peer with failover disabled does not listen)
    if (peerAfter != peerBefore && !peerAfter) p.operator.disableRoles(peer);
    if (uAfter && !uBefore) p.operator.EnableFailover(u);
    else if (!uAfter && uBefore) p.operator.DisableFailover(u);
    else if (replicable) p.operator.ConfigCommand(u, scope, rep);
    else p.operator.LocalCommand(u, scope);
    return warn ? STANDBY_WARNING : "";
  }

  /**
   * "You can monitor up to 250 interfaces on a unit. By default, monitoring physical interfaces is
   * enabled and monitoring subinterfaces is disabled." ("Interface monitoring—Allows you to monitor
   * up to 250 interfaces on a unit".) The limit is the unit's: it counts the monitored interfaces of
   * both failover groups, in every context. Any edit that would take the unit past it is refused:
   * {@code monitor-interface}, and also naming a physical interface (monitored by default) with
   * {@code nameif}, or allocating a port to a context that already names it.
   */
  private void checkMonitoredLimit(Unit u, int before) {
    int after = Cfg.monitoredOnUnit(u.running);
    if (after <= Cfg.MAX_MONITORED || after <= before) return;
    throw rej(line + ": the unit would monitor " + after + " interfaces; you can monitor up to " + Cfg.MAX_MONITORED
        + " interfaces on a unit (both failover groups, all contexts); disable one first with 'no monitor-interface if_name'");
  }

  /**
   * A Stateful Failover link on a data interface ({@code failover link if_name}) stays resolvable:
   * an edit other than {@code failover link} itself that would leave its name standing for another
   * interface, for two, or for none (renaming or unnaming the interface, naming another context's
   * interface the same, removing its allocation or its context) is refused.
   */
  private void checkStatefulDataLink(Unit u, String linkBefore, Cfg.Named before) {
    if (before == null) return;
    String linkAfter = u.running.system.top("failover link");
    if (linkAfter == null || !linkAfter.equals(linkBefore)) return;
    Cfg.Named after = Cfg.statefulDataInterface(u.running);
    if (before.equals(after)) return;
    throw rej(line + ": the Stateful Failover link ('" + linkBefore + "') uses interface " + before.nameif() + " ("
        + before.port() + ") of context " + before.ctx() + "; remove it first with 'no failover link'");
  }

  /**
   * Applies an edit; if the scope's text changed, gives it a new version ({@code v} if positive, or a
   * fresh one) and returns it; returns 0 if only the {@code failover} line changed, -1 if nothing did.
   */
  private long applyVersioned(Unit u, String scope, Consumer<Config> edit, long v) {
    Config.Scope s = u.running.scope(scope);
    List<String> before = s == null ? List.of() : s.lines();
    edit.accept(u.running);
    u.running.touch();
    s = u.running.scope(scope);
    if (s == null) return -1;
    List<String> after = s.lines();
    if (after.equals(before)) return -1;
    // the spec keeps `failover' apart from the configuration versions (foEnabled), and the unit's
    // designation is its constant Primary: changing either alone makes no new version
    if (versioned(after).equals(versioned(before))) return 0;
    if (v <= 0) v = p.is.newVersion(scope);
    s.version = v;
    return v;
  }

  private static List<String> versioned(List<String> lines) {
    List<String> out = new java.util.ArrayList<>(lines);
    out.remove("failover");
    out.removeIf(l -> l.startsWith("failover lan unit"));
    return out;
  }

  private String putTop(Unit u, String scope, String key, String text, boolean replicable) {
    return change(u, scope, replicable, c -> { Config.Scope s = c.scope(scope); if (s != null) s.putTop(key, text); });
  }

  private String removeTop(Unit u, String scope, String key, boolean replicable) {
    return change(u, scope, replicable, c -> { Config.Scope s = c.scope(scope); if (s != null) s.remove(key); });
  }

  private String putSub(Unit u, String scope, String head, String key, String text) {
    return change(u, scope, true, c -> {
      Config.Scope s = c.scope(scope);
      if (s != null) s.ensureBlock(head, head).putSub(key, text);
    });
  }

  private String removeSub(Unit u, String scope, String head, String key) {
    return change(u, scope, true, c -> {
      Config.Scope s = c.scope(scope);
      Config.Block b = s == null ? null : s.block(head);
      if (b != null) b.removeSub(key);
    });
  }

  private String ensureBlock(Unit u, String scope, String head) {
    return change(u, scope, true, c -> { Config.Scope s = c.scope(scope); if (s != null) s.ensureBlock(head, head); });
  }

  // ------------------------------------------------------------------------------------------
  // System execution space, global configuration mode

  private Out systemCommand(Unit u, List<String> w, String line) {
    String first = w.get(0).toLowerCase(Locale.ROOT);
    boolean no = first.equals("no");
    List<String> c = no ? w.subList(1, w.size()) : w;
    if (c.isEmpty()) throw rej("no: incomplete command");
    String verb = c.get(0).toLowerCase(Locale.ROOT);
    String sys = Config.SYSTEM;
    switch (verb) {
      case "failover" -> { return failoverCommand(u, no, c); }
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
          String out = change(u, sys, true, cf -> { cf.system.remove("context " + name); cf.contexts.remove(name); });
          u.modes.remove(name);
          return new Out(out, Mode.CONFIG);
        }
        String out = change(u, sys, true, cf -> {
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
        return new Out(putTop(u, sys, "admin-context", "admin-context " + name, true), Mode.CONFIG);
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
          return new Out(removeTop(u, sys, "interface " + port, true), Mode.CONFIG);
        }
        return new Out(ensureBlock(u, sys, "interface " + port), new Mode(Mode.Kind.INTERFACE, port));
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
        return new Out(opaque(u, sys, w), Mode.CONFIG);
      }
      case "primary", "secondary", "preempt", "replication", "interface-policy", "polltime" ->
          throw rej(String.join(" ", w) + ": only in failover group configuration mode (enter 'failover group 1' or 'failover group 2' first)");
      case "join-failover-group", "allocate-interface", "config-url" ->
          throw rej(String.join(" ", w) + ": only in context configuration mode (enter 'context NAME' first)");
      default -> { return new Out(opaque(u, sys, w), Mode.CONFIG); }
    }
  }

  /** The group a context names with join-failover-group, 0 if none. */
  static int explicitGroup(Config c, String ctx) {
    Config.Block b = c.system.block("context " + ctx);
    Config.Line l = b == null ? null : b.sub("join-failover-group");
    return l == null ? 0 : Integer.parseInt(Names.words(l.text()).get(1));
  }

  /** Any other configuration command: an opaque line, stored and replicated. {@code no X} removes X. */
  private String opaque(Unit u, String scope, List<String> w) {
    String line = String.join(" ", w);
    boolean no = w.get(0).equalsIgnoreCase("no");
    if (!no) {
      String key = opaqueKey(w);
      return putTop(u, scope, key, line, true);
    }
    String target = String.join(" ", w.subList(1, w.size()));
    Config.Scope s = u.running.scope(scope);
    String key = opaqueKey(w.subList(1, w.size()));
    if (s.has(key)) return removeTop(u, scope, key, true);
    return putTop(u, scope, key, line, true);
  }

  /** Replacement key of an opaque line: single-valued commands by their name, others by their text. */
  static String opaqueKey(List<String> w) {
    String first = w.get(0).toLowerCase(Locale.ROOT);
    return switch (first) {
      case "hostname", "domain-name", "enable", "passwd", "banner" -> first;
      default -> String.join(" ", w);
    };
  }

  // ------------------------------------------------------------------------------------------
  // failover ... (system execution space)

  private Out failoverCommand(Unit u, boolean no, List<String> c) {
    String sys = Config.SYSTEM;
    if (c.size() == 1) {
      // EnableFailover / DisableFailover (through change(): the command is replicated)
      return new Out(no ? removeTop(u, sys, "failover", true) : putTop(u, sys, "failover", "failover", true), Mode.CONFIG);
    }
    String sub = c.get(1).toLowerCase(Locale.ROOT);
    switch (sub) {
      case "lan" -> {
        String what = arg(c, 2, "failover lan", "unit or interface").toLowerCase(Locale.ROOT);
        if (what.equals("unit")) {
          if (no) return new Out(removeTop(u, sys, "failover lan unit", false), Mode.CONFIG);
          String d = arg(c, 3, "failover lan unit", "primary or secondary").toLowerCase(Locale.ROOT);
          if (!d.equals("primary") && !d.equals("secondary")) throw rej("failover lan unit " + d + ": expected primary or secondary");
          if (c.size() > 4) throw rej("failover lan unit " + d + ": unexpected '" + c.get(4) + "'");
          // "failover lan unit" is never replicated (Table 51-1)
          return new Out(putTop(u, sys, "failover lan unit", "failover lan unit " + d, false), Mode.CONFIG);
        }
        if (what.equals("interface")) {
          if (no) return new Out(removeTop(u, sys, "failover lan interface", true), Mode.CONFIG);
          String name = arg(c, 3, "failover lan interface", "if_name phy_if");
          checkName(name, "failover lan interface");
          Object[] r = Names.readInterface(c, 4);
          if (r == null) throw rej("failover lan interface " + name + ": expected phy_if, such as GigabitEthernet0/1");
          String port = (String) r[0];
          if (!Names.onHardware(port)) throw rej("failover lan interface " + name + " " + port + ": no such interface on this box");
          requireCreated(u, port, "failover lan interface " + name + " " + port);
          if (c.size() > 4 + (int) r[1]) throw rej("failover lan interface: unexpected '" + c.get(4 + (int) r[1]) + "'");
          String ctx = Cfg.contextOfPort(u.running, port);
          if (ctx != null) {
            throw rej("failover lan interface " + name + " " + port + ": " + port + " is allocated to context " + ctx
                + "; the failover interface should not be used for any other purpose");
          }
          return new Out(putTop(u, sys, "failover lan interface", "failover lan interface " + name + " " + port, true), Mode.CONFIG);
        }
        throw rej("failover lan " + what + ": expected 'failover lan unit' or 'failover lan interface'");
      }
      case "link" -> {
        if (no) return new Out(removeTop(u, sys, "failover link", true), Mode.CONFIG);
        String name = arg(c, 2, "failover link", "if_name [phy_if]");
        checkName(name, "failover link");
        String[] lan = Cfg.lanInterface(u.running);
        if (c.size() == 3) {
          // "If the Stateful Failover link uses the failover link or a data interface, then you only
          // need to supply the if_name argument." The failover link's name is looked up first (the
          // seed's example: "failover link folink"); any other name must be the nameif of exactly one
          // data interface, in whichever context (see Cfg.dataInterfaces: contexts name their
          // interfaces independently, and a name two contexts use does not say which is meant).
          if (lan == null || !lan[0].equals(name)) {
            List<Cfg.Named> hits = Cfg.dataInterfaces(u.running, name);
            if (hits.isEmpty()) {
              throw rej("failover link " + name + ": no data interface of any context is named " + name
                  + (lan == null ? "" : " and the failover link is '" + lan[0] + "'")
                  + "; for a dedicated interface give it: failover link " + name + " phy_if");
            }
            if (hits.size() > 1) {
              StringBuilder where = new StringBuilder();
              for (Cfg.Named h : hits) where.append(where.length() == 0 ? "" : ", ").append(h.ctx()).append(" (").append(h.port()).append(')');
              throw rej("failover link " + name + ": " + name + " names an interface in more than one context: " + where
                  + "; use a name only one context uses");
            }
          }
          return new Out(putTop(u, sys, "failover link", "failover link " + name, true), Mode.CONFIG);
        }
        Object[] r = Names.readInterface(c, 3);
        if (r == null) throw rej("failover link " + name + ": expected phy_if, such as GigabitEthernet0/2");
        String port = (String) r[0];
        if (!Names.onHardware(port)) throw rej("failover link " + name + " " + port + ": no such interface on this box");
        requireCreated(u, port, "failover link " + name + " " + port);
        if (c.size() > 3 + (int) r[1]) throw rej("failover link: unexpected '" + c.get(3 + (int) r[1]) + "'");
        String ctx = Cfg.contextOfPort(u.running, port);
        if (ctx != null) {
          throw rej("failover link " + name + " " + port + ": " + port + " is allocated to context " + ctx);
        }
        if (lan != null && lan[0].equals(name) && !lan[1].equals(port)) {
          throw rej("failover link " + name + " " + port + ": " + name + " is the failover lan interface on " + lan[1]);
        }
        return new Out(putTop(u, sys, "failover link", "failover link " + name + " " + port, true), Mode.CONFIG);
      }
      case "interface" -> {
        String ip = arg(c, 2, "failover interface", "ip");
        if (!ip.equalsIgnoreCase("ip")) throw rej("failover interface " + ip + ": expected 'failover interface ip if_name ...'");
        String name = arg(c, 3, "failover interface ip", "if_name");
        if (no) return new Out(removeTop(u, sys, "failover interface ip " + name, true), Mode.CONFIG);
        String[] lan = Cfg.lanInterface(u.running);
        String[] link = Cfg.statefulLink(u.running);
        if ((lan == null || !lan[0].equals(name)) && (link == null || !link[0].equals(name))) {
          throw rej("failover interface ip " + name + ": no failover interface named " + name
              + " (define it with 'failover lan interface' or 'failover link' first)");
        }
        // "Note If the Stateful Failover link uses the failover link or data interface, skip this
        // step. You have already defined the active and standby IP addresses for the interface."
        Cfg.Named data = (lan == null || !lan[0].equals(name)) ? Cfg.statefulDataInterface(u.running) : null;
        if (data != null) {
          throw rej("failover interface ip " + name + ": the Stateful Failover link uses data interface " + name + " ("
              + data.port() + ") of context " + data.ctx() + "; its addresses are set there with 'ip address ... standby ...'");
        }
        String text = failoverIp(name, c.subList(4, c.size()));
        return new Out(putTop(u, sys, "failover interface ip " + name, text, true), Mode.CONFIG);
      }
      case "group" -> { return failoverGroup(u, no, c); }
      case "polltime" -> {
        if (c.size() > 2 && c.get(2).equalsIgnoreCase("interface")) {
          // "The failover polltime interface ... commands have no effect on Active/Active failover configurations."
          return new Out(no ? removeTop(u, sys, "failover polltime interface", true)
              : putTop(u, sys, "failover polltime interface", String.join(" ", c), true), Mode.CONFIG);
        }
        if (no) return new Out(removeTop(u, sys, "failover polltime unit", true), Mode.CONFIG);
        return new Out(putTop(u, sys, "failover polltime unit", unitPolltime(c), true), Mode.CONFIG);
      }
      case "key", "replication", "mac", "interface-policy", "timeout" -> {
        // no effect on Active/Active failover, or not modelled: stored and replicated
        List<String> full = no ? prepend("no", c) : c;
        return new Out(opaque(u, sys, full), Mode.CONFIG);
      }
      default -> throw rej(String.join(" ", no ? prepend("no", c) : c) + ": unknown failover command");
    }
  }

  /**
   * "The phy_if argument can be the physical port name, such as Ethernet1, or a previously created
   * subinterface, such as Ethernet0/2.3." A subinterface exists once {@code interface phy_if.N} has
   * created it in the system execution space.
   */
  private static void requireCreated(Unit u, String port, String cmd) {
    if (Names.isSubinterface(port) && !u.running.system.has("interface " + port)) {
      throw rej(cmd + ": subinterface " + port + " does not exist; create it first with 'interface " + port + "'");
    }
  }

  private static List<String> prepend(String x, List<String> c) {
    java.util.ArrayList<String> l = new java.util.ArrayList<>();
    l.add(x);
    l.addAll(c);
    return l;
  }

  private static void checkName(String name, String cmd) {
    if (!name.matches("[A-Za-z][A-Za-z0-9_.-]*")) throw rej(cmd + " " + name + ": invalid interface name");
  }

  /** "failover interface ip if_name [ip_address mask standby ip_address | ipv6_address/prefix standby ipv6_address]". */
  private static String failoverIp(String name, List<String> a) {
    String base = "failover interface ip " + name + " ";
    if (a.size() == 3 && a.get(1).equalsIgnoreCase("standby")) {
      String[] v6 = Names.ipv6Prefix(a.get(0));
      if (v6 == null) throw rej(base + String.join(" ", a) + ": expected ipv6_address/prefix standby ipv6_address");
      if (!Names.ipv6(a.get(2))) throw rej(base.trim() + ": invalid standby IPv6 address " + a.get(2));
      // "The standby IP address must be in the same subnet as the active IP address."
      if (!Names.sameIpv6Prefix(v6[0], a.get(2), Integer.parseInt(v6[1]))) {
        throw rej(base.trim() + ": standby address " + a.get(2) + " is not in the same subnet as " + a.get(0));
      }
      return base + a.get(0) + " standby " + a.get(2);
    }
    if (a.size() != 4 || !a.get(2).equalsIgnoreCase("standby")) {
      throw rej(base.trim() + ": expected ip_address mask standby ip_address");
    }
    checkAddresses(base.trim(), a.get(0), a.get(1), a.get(3));
    return base + a.get(0) + " " + a.get(1) + " standby " + a.get(3);
  }

  /** Checks an active address, mask and standby address: "The standby IP address must be in the same subnet as the active IP address." */
  private static void checkAddresses(String cmd, String ip, String mask, String standby) {
    long i = Names.ipv4(ip), m = Names.ipv4(mask);
    if (i < 0) throw rej(cmd + ": invalid IP address " + ip);
    if (!Names.isMask(m)) throw rej(cmd + ": invalid subnet mask " + mask);
    if (standby != null) {
      long s = Names.ipv4(standby);
      if (s < 0) throw rej(cmd + ": invalid standby IP address " + standby);
      if ((s & m) != (i & m)) throw rej(cmd + ": standby address " + standby + " is not in the same subnet as " + ip + " " + mask);
    }
  }

  /** "failover polltime [unit] [msec] N [holdtime [msec] M]": poll 1-15 s or 200-999 ms, hold 1-45 s or 800-999 ms, at least 3 polls. */
  private static String unitPolltime(List<String> c) {
    String cmd = String.join(" ", c);
    int i = 2;
    if (i < c.size() && c.get(i).equalsIgnoreCase("unit")) i++;
    StringBuilder sb = new StringBuilder("failover polltime unit");
    long poll = pollTime(c, i, cmd, 200, sb);
    i += c.get(i).equalsIgnoreCase("msec") ? 2 : 1;
    if (i < c.size()) {
      if (!c.get(i).equalsIgnoreCase("holdtime")) throw rej(cmd + ": unexpected '" + c.get(i) + "'");
      long hold;
      if (i + 1 < c.size() && c.get(i + 1).equalsIgnoreCase("msec")) {
        int v = num(c, i + 2, cmd, "hold time in msec", 800, 999);
        hold = v;
        sb.append(" holdtime msec ").append(v);
        i += 3;
      } else {
        int v = num(c, i + 1, cmd, "hold time in seconds", 1, 45);
        hold = v * 1000L;
        sb.append(" holdtime ").append(v);
        i += 2;
      }
      if (i < c.size()) throw rej(cmd + ": unexpected '" + c.get(i) + "'");
      if (hold < 3 * poll) throw rej(cmd + ": the hold time must be at least 3 times the poll time");
    }
    return sb.toString();
  }

  /** Reads an integer argument in a range, or rejects naming the command, the value and the range. */
  static int num(List<String> c, int i, String cmd, String what, int lo, int hi) {
    if (i >= c.size()) throw rej(cmd + ": missing " + what + " (" + lo + "-" + hi + ")");
    String s = c.get(i);
    if (!s.matches("-?\\d{1,9}")) throw rej(cmd + ": " + what + " '" + s + "' is not a number (" + lo + "-" + hi + ")");
    int v = Integer.parseInt(s);
    if (v < lo || v > hi) throw rej(cmd + ": " + what + " " + v + " is out of range " + lo + "-" + hi);
    return v;
  }

  static String arg(List<String> c, int i, String cmd, String what) {
    if (i >= c.size()) throw rej(cmd + ": missing " + what);
    return c.get(i);
  }

  /**
   * "failover group {1 | 2}": "You can have only two failover groups. The failover group command
   * creates the specified failover group if it does not exist and enters the failover group
   * configuration mode." "You can create and remove failover groups only when failover is
   * disabled." "When removing failover groups, you must remove failover group 1 last." "You cannot
   * remove a failover group that has contexts explicitly assigned to it."
   */
  private Out failoverGroup(Unit u, boolean no, List<String> c) {
    String cmd = (no ? "no " : "") + String.join(" ", c);
    int g = num(c, 2, cmd, "failover group", 1, 2);
    if (c.size() > 3) throw rej(cmd + ": unexpected '" + c.get(3) + "'");
    String head = "failover group " + g;
    boolean exists = u.running.system.has(head);
    if (no) {
      if (!exists) throw rej(cmd + ": failover group " + g + " does not exist");
      if (u.failoverEnabled()) throw rej(cmd + ": you can remove failover groups only when failover is disabled (enter 'no failover' first)");
      if (g == 1 && u.running.system.has("failover group 2")) throw rej(cmd + ": remove failover group 2 first; failover group 1 must be removed last");
      for (String ctx : u.running.contexts.keySet()) {
        if (explicitGroup(u.running, ctx) == g) throw rej(cmd + ": context " + ctx + " is explicitly assigned to failover group " + g);
      }
      return new Out(removeTop(u, Config.SYSTEM, head, true), Mode.CONFIG);
    }
    if (!exists && u.failoverEnabled()) {
      throw rej(cmd + ": failover group " + g + " does not exist; you can create failover groups only when failover is disabled");
    }
    String out = ensureBlock(u, Config.SYSTEM, head);
    return new Out(out, new Mode(Mode.Kind.FOVER_GROUP, Integer.toString(g)));
  }

  // ------------------------------------------------------------------------------------------
  // failover group sub-mode

  /**
   * "The primary, secondary, preempt, replication http, interface-policy, mac address, and polltime
   * interface commands are available in the failover group configuration mode."
   */
  private Out groupCommand(Unit u, Mode mode, List<String> w) {
    boolean no = w.get(0).equalsIgnoreCase("no");
    List<String> c = no ? w.subList(1, w.size()) : w;
    if (c.isEmpty()) return null;
    String verb = c.get(0).toLowerCase(Locale.ROOT);
    String head = mode.blockHead();
    String sys = Config.SYSTEM;
    String cmd = String.join(" ", w);
    switch (verb) {
      case "primary", "secondary" -> {
        if (c.size() > 1) throw rej(cmd + ": unexpected '" + c.get(1) + "'");
        return new Out(no ? removeSub(u, sys, head, "pref") : putSub(u, sys, head, "pref", verb), mode);
      }
      case "preempt" -> {
        if (no) return new Out(removeSub(u, sys, head, "preempt"), mode);
        if (c.size() == 1) return new Out(putSub(u, sys, head, "preempt", "preempt"), mode);
        // "Valid values are from 1 to 1200."
        int d = num(c, 1, cmd, "preempt delay in seconds", 1, 1200);
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        return new Out(putSub(u, sys, head, "preempt", "preempt " + d), mode);
      }
      case "replication" -> {
        if (c.size() != 2 || !c.get(1).equalsIgnoreCase("http")) throw rej(cmd + ": expected 'replication http'");
        return new Out(no ? removeSub(u, sys, head, "replication http") : putSub(u, sys, head, "replication http", "replication http"), mode);
      }
      case "interface-policy" -> {
        if (no) return new Out(removeSub(u, sys, head, "interface-policy"), mode);
        if (c.size() != 2) throw rej(cmd + ": expected 'interface-policy num[%]'");
        String v = c.get(1);
        // "When specifying a specific number of interfaces, the num argument can be from 1 to 250.
        // When specifying a percentage of interfaces, the num argument can be from 1 to 100."
        if (v.endsWith("%")) {
          int n = num(List.of(v.substring(0, v.length() - 1)), 0, cmd, "interface percentage", 1, 100);
          return new Out(putSub(u, sys, head, "interface-policy", "interface-policy " + n + "%"), mode);
        }
        int n = num(c, 1, cmd, "number of interfaces", 1, 250);
        return new Out(putSub(u, sys, head, "interface-policy", "interface-policy " + n), mode);
      }
      case "polltime" -> {
        if (c.size() < 2 || !c.get(1).equalsIgnoreCase("interface")) throw rej(cmd + ": expected 'polltime interface [msec] time [holdtime time]'");
        if (no) return new Out(removeSub(u, sys, head, "polltime interface"), mode);
        return new Out(putSub(u, sys, head, "polltime interface", interfacePolltime(c, cmd)), mode);
      }
      case "mac", "mac-address" -> {
        int i = 1;
        if (verb.equals("mac")) {
          if (c.size() < 2 || !c.get(1).equalsIgnoreCase("address")) throw rej(cmd + ": expected 'mac address phy_if active_mac standby_mac'");
          i = 2;
        }
        Object[] r = Names.readInterface(c, i);
        if (r == null) throw rej(cmd + ": expected phy_if, such as GigabitEthernet0/2");
        String port = (String) r[0];
        i += (int) r[1];
        if (no) return new Out(removeSub(u, sys, head, "mac address " + port), mode);
        // only a port of this box (or a subinterface created on it) can be named
        if (!Names.onHardware(port)) throw rej(cmd + ": no such interface " + port + " on this box");
        requireCreated(u, port, cmd);
        if (c.size() != i + 2) throw rej(cmd + ": expected 'mac address phy_if active_mac standby_mac'");
        String am = Names.mac(c.get(i)), sm = Names.mac(c.get(i + 1));
        if (am == null) throw rej(cmd + ": active MAC '" + c.get(i) + "' is not in H.H.H format");
        if (sm == null) throw rej(cmd + ": standby MAC '" + c.get(i + 1) + "' is not in H.H.H format");
        return new Out(putSub(u, sys, head, "mac address " + port, "mac address " + port + " " + am + " " + sm), mode);
      }
      default -> { return null; }
    }
  }

  /**
   * The poll time at word i: "N" seconds (1-15) or "msec N" (minMsec-999), appended to sb as typed
   * back; returns it in milliseconds. Shared by the unit and the interface poll times.
   */
  private static long pollTime(List<String> c, int i, String cmd, int minMsec, StringBuilder sb) {
    if (i < c.size() && c.get(i).equalsIgnoreCase("msec")) {
      int v = num(c, i + 1, cmd, "poll time in msec", minMsec, 999);
      sb.append(" msec ").append(v);
      return v;
    }
    int v = num(c, i, cmd, "poll time in seconds", 1, 15);
    sb.append(' ').append(v);
    return v * 1000L;
  }

  /**
   * "polltime interface [msec] time [holdtime time]": "Valid values for the poll time are from 1 to
   * 15 seconds or, if the optional msec keyword is used, from 500 to 999 milliseconds. ... Valid
   * values for the hold time are from 5 to 75 seconds. You cannot enter a hold time that is less
   * than 5 times the poll time." Decision (spec/README.md, decision 4): "The failover interface
   * poll time is 3 to 15 seconds" is weighed against this range, the command's own; this one is
   * taken, so 1 and 2 seconds are accepted.
   */
  private static String interfacePolltime(List<String> c, String cmd) {
    int i = 2;
    StringBuilder sb = new StringBuilder("polltime interface");
    long poll = pollTime(c, i, cmd, 500, sb);
    i += c.get(i).equalsIgnoreCase("msec") ? 2 : 1;
    if (i < c.size()) {
      if (!c.get(i).equalsIgnoreCase("holdtime")) throw rej(cmd + ": unexpected '" + c.get(i) + "'");
      int h = num(c, i + 1, cmd, "hold time in seconds", 5, 75);
      if (h * 1000L < 5 * poll) throw rej(cmd + ": hold time " + h + " is less than 5 times the poll time");
      if (i + 2 < c.size()) throw rej(cmd + ": unexpected '" + c.get(i + 2) + "'");
      sb.append(" holdtime ").append(h);
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------------------------------
  // context sub-mode (system execution space)

  private Out contextCommand(Unit u, Mode mode, List<String> w) {
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
        if (no) return new Out(removeSub(u, sys, head, "description"), mode);
        if (c.size() < 2) throw rej(cmd + ": missing text");
        return new Out(putSub(u, sys, head, "description", String.join(" ", c)), mode);
      }
      case "allocate-interface" -> {
        Object[] r = Names.readInterface(c, 1);
        if (r == null) throw rej(cmd + ": expected a physical interface such as GigabitEthernet0/2");
        String port = (String) r[0];
        if (!Names.onHardware(port)) throw rej(cmd + ": no such interface " + port + " on this box");
        if (no) return new Out(removeSub(u, sys, head, "allocate-interface " + port), mode);
        String[] lan = Cfg.lanInterface(u.running);
        String[] link = Cfg.statefulLink(u.running);
        if ((lan != null && lan[1].equals(port)) || (link != null && port.equals(link[1]))) {
          throw rej(cmd + ": " + port + " is a failover link; it should not be used for any other purpose");
        }
        List<String> rest = c.subList(1 + (int) r[1], c.size());
        if (rest.size() > 2) throw rej(cmd + ": unexpected '" + rest.get(2) + "'");
        StringBuilder text = new StringBuilder("allocate-interface " + port);
        for (String x : rest) text.append(' ').append(x);
        return new Out(putSub(u, sys, head, "allocate-interface " + port, text.toString()), mode);
      }
      case "config-url" -> {
        if (no) return new Out(removeSub(u, sys, head, "config-url"), mode);
        String url = arg(c, 1, "config-url", "a URL such as flash:/ctx1.cfg");
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        return new Out(putSub(u, sys, head, "config-url", "config-url " + url), mode);
      }
      case "join-failover-group" -> {
        if (no) return new Out(removeSub(u, sys, head, "join-failover-group"), mode);
        int g = num(c, 1, cmd, "failover group", 1, 2);
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        if (g == 2 && ctx.equals(Cfg.adminContext(u.running))) {
          throw rej(cmd + ": " + ctx + " is the admin context; the admin context is always a member of failover group 1");
        }
        if (!u.running.system.has("failover group " + g)) {
          throw rej(cmd + ": failover group " + g + " does not exist (create it with 'failover group " + g + "')");
        }
        return new Out(putSub(u, sys, head, "join-failover-group", "join-failover-group " + g), mode);
      }
      case "member" -> {
        if (no) return new Out(removeSub(u, sys, head, "member"), mode);
        return new Out(putSub(u, sys, head, "member", String.join(" ", c)), mode);
      }
      default -> { return null; }
    }
  }

  // ------------------------------------------------------------------------------------------
  // interface sub-mode

  private static final java.util.Set<String> INTERFACE_SUBS = java.util.Set.of(
      "shutdown", "description", "speed", "duplex", "mac-address", "vlan", "management-only",
      "channel-group", "flowcontrol", "delay", "ipv6", "nameif", "security-level", "ip", "asr-group");

  private Out systemInterfaceCommand(Unit u, Mode mode, List<String> w) {
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
        return new Out(putSub(u, Config.SYSTEM, mode.blockHead(), "ip address", String.join(" ", c)), mode);
      }
      throw rej(cmd + ": expected 'ip address ip_address mask [standby ip_address]'");
    }
    if (verb.equals("ip") && no && c.size() > 1 && c.get(1).equalsIgnoreCase("address")) {
      return new Out(removeSub(u, Config.SYSTEM, mode.blockHead(), "ip address"), mode);
    }
    if (verb.equals("nameif") || verb.equals("security-level") || verb.equals("ip") || verb.equals("asr-group") || verb.equals("ipv6")) {
      throw rej(cmd + ": not available in the system execution space; configure it in the context the interface is allocated to");
    }
    return interfaceSub(u, Config.SYSTEM, mode, no, c, verb);
  }

  private Out contextInterfaceCommand(Unit u, String scope, Mode mode, List<String> w) {
    boolean no = w.get(0).equalsIgnoreCase("no");
    List<String> c = no ? w.subList(1, w.size()) : w;
    if (c.isEmpty()) return null;
    String verb = c.get(0).toLowerCase(Locale.ROOT);
    if (!INTERFACE_SUBS.contains(verb)) return null;
    String cmd = String.join(" ", w);
    String head = mode.blockHead();
    switch (verb) {
      case "nameif" -> {
        if (no) return new Out(removeSub(u, scope, head, "nameif"), mode);
        String name = arg(c, 1, "nameif", "a name");
        checkName(name, "nameif");
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        for (String[] i : Cfg.contextInterfaces(u.running, scope)) {
          if (name.equals(i[1]) && !("interface " + i[0]).equals(head)) {
            throw rej(cmd + ": name " + name + " is already used by interface " + i[0] + " in context " + scope);
          }
        }
        return new Out(putSub(u, scope, head, "nameif", "nameif " + name), mode);
      }
      case "security-level" -> {
        if (no) return new Out(removeSub(u, scope, head, "security-level"), mode);
        int v = num(c, 1, cmd, "security level", 0, 100);
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        return new Out(putSub(u, scope, head, "security-level", "security-level " + v), mode);
      }
      case "ip" -> {
        if (c.size() < 2 || !c.get(1).equalsIgnoreCase("address")) {
          return interfaceSub(u, scope, mode, no, c, String.join(" ", c.subList(0, Math.min(2, c.size()))));
        }
        if (no) return new Out(removeSub(u, scope, head, "ip address"), mode);
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
        return new Out(putSub(u, scope, head, "ip address", text), mode);
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
        if (no) return new Out(removeSub(u, scope, head, "asr-group"), mode);
        // "Valid values for num range from 1 to 32."
        int v = num(c, 1, cmd, "ASR group", 1, 32);
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        return new Out(putSub(u, scope, head, "asr-group", "asr-group " + v), mode);
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
      return new Out(putSub(u, scope, head, "shutdown", no ? "no shutdown" : "shutdown"), mode);
    }
    if (key.equals("ipv6")) key = text;
    if (no) return new Out(removeSub(u, scope, head, key), mode);
    return new Out(putSub(u, scope, head, key, text), mode);
  }

  // ------------------------------------------------------------------------------------------
  // router sub-mode

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
      return new Out(removeTop(u, scope, head, true), Mode.CONFIG);
    }
    return new Out(ensureBlock(u, scope, head), new Mode(Mode.Kind.ROUTER, process));
  }

  /** Sub-commands of router configuration mode; any other command leaves the mode (as a global command). */
  private static final java.util.Set<String> ROUTER_SUBS = java.util.Set.of(
      "network", "redistribute", "version", "passive-interface", "default-information", "area", "router-id",
      "neighbor", "auto-summary", "distance", "timers", "log-adjacency-changes", "summary-address",
      "default-metric", "distribute-list", "compatible", "maximum-paths", "metric", "eigrp", "bgp",
      "address-family", "ignore", "log-neighbor-changes");

  /** A router sub-command: a line of the routing process's block; {@code no X} removes the line X (or is stored as typed). */
  private Out routerSubCommand(Unit u, String scope, Mode mode, List<String> w) {
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
    if (no && b != null && b.sub(target) != null) return new Out(removeSub(u, scope, head, target), mode);
    // "no X" of a line the process does not have: only the keyword defaults ("no auto-summary") are lines of their own
    if (no && c.size() > 1) throw rej(String.join(" ", w) + ": the routing process has no line '" + target + "'");
    return new Out(putSub(u, scope, head, target, String.join(" ", w)), mode);
  }

  // ------------------------------------------------------------------------------------------
  // Security context, global configuration mode

  private Out contextCommand(Unit u, String scope, List<String> w, String line) {
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
        return new Out(ensureBlock(u, scope, "interface " + name), new Mode(Mode.Kind.INTERFACE, name));
      }
      case "monitor-interface" -> {
        String name = arg(c, 1, "monitor-interface", "if_name");
        if (c.size() > 2) throw rej(cmd + ": unexpected '" + c.get(2) + "'");
        if (!Cfg.nameifs(u.running, scope).contains(name)) throw rej(cmd + ": no interface named " + name + " in context " + scope);
        String key = "monitor-interface " + name;
        return new Out(putTop(u, scope, key, no ? "no " + key : key, true), Mode.CONFIG);
      }
      case "router" -> { return router(u, scope, no, c); }
      case "firewall" -> {
        // "mode" and "firewall" are never replicated (Table 51-1)
        if (no) return new Out(removeTop(u, scope, "firewall", false), Mode.CONFIG);
        String m = arg(c, 1, "firewall", "transparent").toLowerCase(Locale.ROOT);
        if (!m.equals("transparent")) throw rej(cmd + ": expected 'firewall transparent' or 'no firewall transparent'");
        return new Out(putTop(u, scope, "firewall", "firewall transparent", false), Mode.CONFIG);
      }
      case "failover", "context", "admin-context", "mode" ->
          throw rej(cmd + ": only in the system execution space (changeto system)");
      case "nameif", "security-level", "asr-group" -> throw rej(cmd + ": only in interface configuration mode (enter 'interface NAME' first)");
      case "primary", "secondary", "preempt", "replication", "interface-policy", "polltime", "join-failover-group", "allocate-interface", "config-url" ->
          throw rej(cmd + ": only in the system execution space");
      default -> { return new Out(opaque(u, scope, w), Mode.CONFIG); }
    }
  }

  // ------------------------------------------------------------------------------------------
  // Exec commands

  private void changeto(Unit u, List<String> w, boolean viaExec) {
    // "You cannot use the following commands with the failover exec command: changeto"
    if (viaExec) throw rej("failover exec: changeto cannot be used with failover exec; you cannot change contexts on the failover peer");
    String cmd = String.join(" ", w);
    if (w.size() == 2 && w.get(1).equalsIgnoreCase("system")) {
      u.current = Config.SYSTEM;
      return;
    }
    if (w.size() == 3 && w.get(1).equalsIgnoreCase("context")) {
      if (!u.running.contexts.containsKey(w.get(2))) throw rej(cmd + ": context " + w.get(2) + " does not exist");
      u.current = w.get(2);
      return;
    }
    throw rej(cmd + ": expected 'changeto system' or 'changeto context NAME'");
  }

  /**
   * "write memory [all]", "write standby", "write erase", "write terminal". Of the write forms only
   * write memory is replicated (Table 51-1).
   */
  private String write(Unit u, String scope, List<String> w) {
    String cmd = String.join(" ", w);
    String what = w.size() > 1 ? w.get(1).toLowerCase(Locale.ROOT) : "memory";
    if ("memory".startsWith(what) && what.length() >= 3) {
      boolean all = false;
      if (w.size() > 2) {
        if (!w.get(2).equalsIgnoreCase("all") || w.size() > 3) throw rej(cmd + ": expected 'write memory [all]'");
        if (!Config.SYSTEM.equals(scope)) throw rej(cmd + ": 'all' only in the system execution space");
        all = true;
      }
      writeMemory(u, scope, all);
      return "Building configuration...\n[OK]";
    }
    if (what.equals("standby")) {
      if (w.size() > 2) throw rej(cmd + ": unexpected '" + w.get(2) + "'");
      writeStandby(u, scope);
      return "Building configuration...\n[OK]";
    }
    if (what.equals("erase")) {
      if (w.size() > 2) throw rej(cmd + ": unexpected '" + w.get(2) + "'");
      p.operator.EraseStartup(u, scope);
      return "[OK]";
    }
    if (what.equals("terminal") || what.equals("term")) return new Show(p).runningConfig(u, scope, false);
    throw rej(cmd + ": expected write memory [all], write standby, write erase or write terminal");
  }

  /**
   * WriteMemory: "The command is replicated to the peer unit, which proceeds to write its
   * configuration to flash memory." Replicated by the same rule as configuration commands.
   */
  private void writeMemory(Unit u, String scope, boolean all) {
    p.operator.WriteMemory(u, scope, all, replicates(u, scope));
  }

  /**
   * "You must enter the command in the system execution space on the unit that has failover group
   * 1 in the active state." "You must enter the command in the security context on the unit where
   * the security context appears in the active state."
   */
  private void writeStandby(Unit u, String scope) {
    if (!u.failoverEnabled()) throw rej("write standby: failover is not enabled");
    if (!p.is.paired()) throw rej("write standby: the peer unit is not available (failover link down, peer off, or not yet synchronised)");
    int g = Predicates.scopeGroup(u, scope);
    if (u.role[g] != GroupState.ACTIVE) {
      throw rej(Config.SYSTEM.equals(scope)
          ? "write standby: enter it on the unit that has failover group 1 in the active state"
          : "write standby: enter it on the unit where context " + scope + " is in the active state (failover group " + g + ")");
    }
    p.operator.WriteStandby(u, scope);
  }

  /**
   * {@code copy [/noconfirm] running-config startup-config}, as typed or abbreviated ({@code copy run
   * start}): "Saves the system configuration to flash memory", the same step as write memory, and
   * replicated like it (Table 51-1 replicates "copy running-config startup-config"). The option:
   * "Commands that require user input or confirmation must use the /nonconfirm option" (the seed's
   * spelling; the ASA spells it /noconfirm; both are taken). {@code copy [/noconfirm] running-config
   * flash:/path} writes the running configuration to a file on this box's flash, not replicated
   * ("All forms of the copy command except for copy running-config startup-config"). No other form
   * is accepted: each is refused with one line, none is accepted and ignored.
   */
  private String copy(Unit u, String scope, List<String> w, boolean viaExec) {
    String cmd = String.join(" ", w);
    boolean noconfirm = false;
    List<String> args = new java.util.ArrayList<>();
    for (String a : w.subList(1, w.size())) {
      String o = a.toLowerCase(Locale.ROOT);
      if (o.equals("/noconfirm") || o.equals("/nonconfirm")) noconfirm = true;
      else if (o.startsWith("/")) throw rej(cmd + ": unknown option '" + a + "' (copy [/noconfirm] source destination)");
      else args.add(a);
    }
    String usage = "expected 'copy [/noconfirm] running-config startup-config' or 'copy [/noconfirm] running-config flash:/path'";
    if (args.size() != 2) throw rej(cmd + ": " + usage);
    if (!keyword(args.get(0), "running-config", 3)) {
      throw rej(cmd + ": '" + args.get(0) + "' cannot be copied on this box; " + usage);
    }
    if (keyword(args.get(1), "startup-config", 3)) {
      writeMemory(u, scope, false);
      return "Building configuration...\n[OK]";
    }
    return new FileCommands(p).copyRunningConfig(u, scope, cmd, args.get(1), noconfirm, viaExec);
  }

  /** The word is the keyword, or an abbreviation of it of at least {@code min} letters (the ASA's "run", "start"). */
  private static boolean keyword(String typed, String keyword, int min) {
    String t = typed.toLowerCase(Locale.ROOT);
    return t.length() >= min && keyword.startsWith(t);
  }

  /**
   * ForceActive: "Enter the following command in the system execution space of the unit where the
   * failover group is in the standby state: failover active group group_id". "Entering the
   * following command in the system execution space causes all failover groups to become active:
   * failover active".
   */
  private void forceActive(Unit u, String scope, List<String> w) {
    String cmd = String.join(" ", w);
    if (!Config.SYSTEM.equals(scope)) throw rej(cmd + ": only in the system execution space");
    int g = 0;
    if (w.size() > 2) {
      if (!w.get(2).equalsIgnoreCase("group")) throw rej(cmd + ": expected 'failover active [group 1|2]'");
      g = num(w, 3, cmd, "failover group", 1, 2);
      if (w.size() > 4) throw rej(cmd + ": unexpected '" + w.get(4) + "'");
    }
    requirePair(u, cmd);
    Unit peer = p.peer(u);
    boolean any = false;
    for (int x = 1; x <= 2; x++) {
      if (g != 0 && x != g) continue;
      boolean moves = u.role[x] == GroupState.STANDBY && peer.role[x] == GroupState.ACTIVE;
      any |= moves;
      if (g == 0 || moves) continue;
      if (u.role[x] == GroupState.ACTIVE) throw rej(cmd + ": failover group " + x + " is already active on this unit");
      if (u.role[x] == GroupState.FAILED) {
        throw rej(cmd + ": failover group " + x + " is in the failed state on this unit (restore it with 'failover reset group " + x + "')");
      }
      throw rej(cmd + ": failover group " + x + " is " + peer.role[x].spec() + " on the peer unit, not active; no failover");
    }
    if (any) p.operator.ForceActive(u, g);
  }

  /** The unit runs failover in a working pair (the spec's Paired), or the command is rejected. */
  private void requirePair(Unit u, String cmd) {
    if (!u.failoverEnabled()) throw rej(cmd + ": failover is not enabled");
    if (Predicates.negotiating(u)) throw rej(cmd + ": the unit is still negotiating with its peer");
    if (!p.is.paired()) {
      throw rej(cmd + ": the peer unit is not available (failover link down, peer off, or not yet synchronised)");
    }
  }

  /**
   * ForceStandby: "enter the following command in the system execution space of the unit where
   * the failover group is in the active state: no failover active group group_id". Without a
   * group: every group active here (one ForceStandby each).
   */
  private void forceStandby(Unit u, String scope, List<String> w) {
    String cmd = String.join(" ", w);
    if (!Config.SYSTEM.equals(scope)) throw rej(cmd + ": only in the system execution space");
    int g = 0;
    if (w.size() > 3) {
      if (!w.get(3).equalsIgnoreCase("group")) throw rej(cmd + ": expected 'no failover active [group 1|2]'");
      g = num(w, 4, cmd, "failover group", 1, 2);
      if (w.size() > 5) throw rej(cmd + ": unexpected '" + w.get(5) + "'");
    }
    requirePair(u, cmd);
    Unit peer = p.peer(u);
    java.util.List<Integer> moving = new java.util.ArrayList<>();
    for (int x = 1; x <= 2; x++) {
      if (g != 0 && x != g) continue;
      if (u.role[x] != GroupState.ACTIVE) {
        if (g != 0) throw rej(cmd + ": failover group " + x + " is not active on this unit; enter it on the unit where the group is active");
        continue;
      }
      if (peer.role[x] != GroupState.STANDBY) {
        if (g != 0) throw rej(cmd + ": failover group " + x + " is " + peer.role[x].spec() + " on the peer unit, not standby; no failover");
        continue;
      }
      moving.add(x);
    }
    if (moving.isEmpty()) throw rej(cmd + ": no failover group is active on this unit with a standby peer");
    for (int x : moving) p.operator.ForceStandby(u, x);
  }

  /** Reset: "failover reset [group group_id]". */
  private void reset(Unit u, String scope, List<String> w) {
    String cmd = String.join(" ", w);
    if (!Config.SYSTEM.equals(scope)) throw rej(cmd + ": only in the system execution space");
    int g = 0;
    if (w.size() > 2) {
      if (!w.get(2).equalsIgnoreCase("group")) throw rej(cmd + ": expected 'failover reset [group 1|2]'");
      g = num(w, 3, cmd, "failover group", 1, 2);
      if (w.size() > 4) throw rej(cmd + ": unexpected '" + w.get(4) + "'");
    }
    if (!u.failoverEnabled()) throw rej(cmd + ": failover is not enabled");
    // nothing failed: the command does nothing (no Reset step)
    boolean any = false;
    for (Unit x : new Unit[] {u, p.peer(u)}) {
      if (x != u && !p.is.contact()) continue;
      for (int y = 1; y <= 2; y++) if ((g == 0 || y == g) && x.role[y] == GroupState.FAILED) any = true;
    }
    if (any) p.operator.Reset(u, g);
  }

  /**
   * "failover exec {active | mate | standby} cmd_string": "Use the active or standby keyword to
   * cause the command to be executed on the specified unit, even if that unit is the current unit.
   * Use the mate keyword to cause the command to be executed on the failover peer." "The failover
   * exec command maintains a command mode state that is separate from the command mode of your
   * terminal session." "The failover exec mode for each device is tracked separately."
   */
  private String failoverExec(Unit u, String scope, Mode session, List<String> w, boolean viaExec) {
    String cmd = String.join(" ", w);
    // "You cannot enter recursive failover exec commands, such as failover exec mate failover exec mate command."
    if (viaExec) throw rej(cmd + ": recursive failover exec commands are not allowed");
    String which = arg(w, 2, "failover exec", "active, mate or standby").toLowerCase(Locale.ROOT);
    if (!which.equals("active") && !which.equals("mate") && !which.equals("standby")) {
      throw rej("failover exec " + which + ": expected active, mate or standby");
    }
    if (w.size() < 4) throw rej("failover exec " + which + ": missing the command to execute");
    String rest = String.join(" ", w.subList(3, w.size()));
    List<String> cw = w.subList(3, w.size());
    String c0 = cw.get(0).toLowerCase(Locale.ROOT);
    if (c0.equals("failover") && cw.size() > 1 && cw.get(1).equalsIgnoreCase("exec")) {
      throw rej(cmd + ": recursive failover exec commands are not allowed");
    }
    if (c0.equals("changeto")) {
      throw rej(cmd + ": changeto cannot be used with failover exec; you cannot change contexts on the failover peer");
    }
    if (isDebug(cw)) throw rej(cmd + ": debug (undebug) cannot be used with failover exec");
    // "entering configuration commands for the peer unit using failover exec will fail until you
    // enter global configuration mode on the current unit."
    if (session.kind() == Mode.Kind.EXEC && !isExecCommand(cw)) {
      throw rej(cmd + ": the current session is in privileged EXEC mode; enter 'configure terminal' before sending configuration commands");
    }
    Unit t = execTarget(u, scope, which, true);
    String key = scope + "|" + t.id;
    Mode em = u.execModes.getOrDefault(key, Mode.CONFIG);
    Out o = exec(t, scope, em, rest, true);
    u.execModes.put(key, o.mode());
    return o.output();
  }

  /** {@code debug ...}, {@code undebug ...} or {@code no debug ...}: a debug command, never a configuration line. */
  static boolean isDebug(List<String> w) {
    if (w.isEmpty()) return false;
    String c0 = w.get(0).toLowerCase(Locale.ROOT);
    if (c0.equals("no") && w.size() > 1) c0 = w.get(1).toLowerCase(Locale.ROOT);
    return c0.equals("debug") || c0.equals("undebug");
  }

  /** Commands of privileged EXEC mode (they work in every mode); all others are configuration commands. */
  static boolean isExecCommand(List<String> w) {
    if (isDebug(w)) return true;
    String c0 = w.get(0).toLowerCase(Locale.ROOT);
    switch (c0) {
      case "show", "sh", "write", "wr", "copy", "changeto", "debug", "undebug", "delete", "mkdir", "rename",
          "rmdir", "dir", "ping", "terminal", "clear", "more", "configure", "conf", "end", "exit", "reload" -> {
        return true;
      }
      case "failover" -> {
        if (w.size() < 2) return false;
        String s = w.get(1).toLowerCase(Locale.ROOT);
        return s.equals("exec") || s.equals("active") || s.equals("reset");
      }
      case "no" -> {
        return w.size() >= 3 && w.get(1).equalsIgnoreCase("failover") && w.get(2).equalsIgnoreCase("active");
      }
      default -> {
        return false;
      }
    }
  }

  /** The unit a failover exec keyword names, for the scope's failover group. */
  Unit execTarget(Unit u, String scope, String which, boolean toRun) {
    Unit peer = p.peer(u);
    int g = Predicates.scopeGroup(u, scope);
    boolean reach = p.is.contact();
    Unit t = switch (which) {
      case "mate" -> peer;
      case "active" -> u.role[g] == GroupState.ACTIVE ? u : (peer.on && peer.role[g] == GroupState.ACTIVE ? peer : null);
      default -> (u.role[g] == GroupState.STANDBY || u.role[g] == GroupState.FAILED) ? u
          : (peer.on && (peer.role[g] == GroupState.STANDBY || peer.role[g] == GroupState.FAILED) ? peer : null);
    };
    String cmd = "failover exec " + which;
    if (t == null) throw rej(cmd + ": no unit has failover group " + g + " in the " + which + " state");
    if (toRun && t != u) {
      if (!reach) throw rej(cmd + ": the peer unit is not reachable over the failover link");
      // "If the standby unit is in the failed state, it can still receive commands from the failover
      // exec command if the failure is due to a service card failure; otherwise, the remote command
      // execution will fail."
      if (t.role[g] == GroupState.FAILED) throw rej(cmd + ": the peer unit is in the failed state (failover group " + g + ")");
      if (!Config.SYSTEM.equals(scope) && !t.running.contexts.containsKey(scope)) {
        throw rej(cmd + ": context " + scope + " does not exist on the peer unit");
      }
    }
    return t;
  }
}
