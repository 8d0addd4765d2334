package failover.engine;

import java.util.List;
import java.util.Locale;

/**
 * The ASA command line of one box, on a working copy of the pair: the dispatcher. It reads a line
 * in the box's current mode and hands it to its family: {@link Show}, {@link WriteCommands}, {@link
 * FileCommands}, {@link ExecCommands} (forced failover, reset, failover exec, changeto), {@link
 * FailoverCommands} (failover configuration and the failover group sub-mode), {@link
 * ConfigCommands} (global configuration, contexts, routers), {@link InterfaceCommands}; every
 * configuration change goes through {@link Replication}. A family checks the command against the
 * seed's ranges and rules; a rejected command throws {@link Rejected} before the pair is adopted,
 * so it changes nothing. The readers and checkers of words the families share are here ({@link
 * #num}, {@link #arg}, {@link #checkName}, {@link #checkAddresses}, ...).
 */
final class Commands {
  /** A rejected command or event: the message is the one error line. */
  static final class Rejected extends RuntimeException {
    Rejected(String m) { super(m.startsWith("ERROR") ? m : "ERROR: " + m, null, false, false); }
  }

  /** What a command printed, and the mode the session is in afterwards. */
  record Out(String output, Mode mode) {}

  final Pair p;
  /** The command line being run (the innermost, under failover exec), for errors raised in {@link Replication#change}. */
  String line = "";
  final Replication edits;
  final FailoverCommands failover;
  final ConfigCommands config;
  final InterfaceCommands interfaces;
  final WriteCommands writes;
  final ExecCommands execs;

  Commands(Pair p) {
    this.p = p;
    this.edits = new Replication(this);
    this.failover = new FailoverCommands(this);
    this.config = new ConfigCommands(this);
    this.interfaces = new InterfaceCommands(this);
    this.writes = new WriteCommands(this);
    this.execs = new ExecCommands(this);
  }

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
      case "write", "wr" -> { return new Out(writes.write(u, scope, w), mode); }
      case "copy" -> { return new Out(writes.copy(u, scope, w, viaExec), mode); }
      case "changeto" -> { execs.changeto(u, w, viaExec); return new Out("", mode); }
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
      if (second.equals("exec")) return new Out(execs.failoverExec(u, scope, mode, w, viaExec), mode);
      if (second.equals("active")) { execs.forceActive(u, scope, w); return new Out("", mode); }
      if (second.equals("reset")) { execs.reset(u, scope, w); return new Out("", mode); }
    }
    if (first.equals("no") && w.size() >= 3 && w.get(1).equalsIgnoreCase("failover") && w.get(2).equalsIgnoreCase("active")) {
      execs.forceStandby(u, scope, w);
      return new Out("", mode);
    }
    if (mode.kind() == Mode.Kind.EXEC) {
      throw rej(String.join(" ", w) + ": % Invalid input in privileged EXEC mode; enter 'configure terminal' first");
    }
    if (mode.kind() != Mode.Kind.CONFIG) {
      Out o = switch (mode.kind()) {
        case FOVER_GROUP -> failover.groupCommand(u, mode, w);
        case CONTEXT -> config.contextSubCommand(u, mode, w);
        case INTERFACE -> sys ? interfaces.systemInterfaceCommand(u, mode, w) : interfaces.contextInterfaceCommand(u, scope, mode, w);
        case ROUTER -> config.routerSubCommand(u, scope, mode, w);
        case EXEC, CONFIG -> null;
      };
      if (o != null) return o;
    }
    return sys ? config.systemCommand(u, w) : config.contextCommand(u, scope, w);
  }

  // ------------------------------------------------------------------------------------------
  // Words the families share: refusing, reading and checking arguments, wording a Refusal

  static Rejected rej(String msg) { return new Rejected(msg); }

  /**
   * The ASA's words for why an action was not taken (what follows "command: " in the error line).
   * Java 17 has no pattern matching in switch: one branch per record of the sealed interface.
   */
  static String words(Refusal r) {
    if (r instanceof Refusal.FailoverDisabled) return "failover is not enabled";
    if (r instanceof Refusal.Negotiating) return "the unit is still negotiating with its peer";
    if (r instanceof Refusal.NotPaired) return "the peer unit is not available (failover link down, peer off, or not yet synchronised)";
    if (r instanceof Refusal.ActiveHere x) return "failover group " + x.group() + " is already active on this unit";
    if (r instanceof Refusal.FailedHere x) {
      return "failover group " + x.group() + " is in the failed state on this unit (restore it with 'failover reset group " + x.group() + "')";
    }
    if (r instanceof Refusal.PeerNotActive x) return "failover group " + x.group() + " is " + x.peer().spec() + " on the peer unit, not active; no failover";
    if (r instanceof Refusal.NoneMoves) return "no failover group is standby on this unit with an active peer";
    if (r instanceof Refusal.NotActiveHere x) {
      return "failover group " + x.group() + " is not active on this unit; enter it on the unit where the group is active";
    }
    if (r instanceof Refusal.PeerNotStandby x) return "failover group " + x.group() + " is " + x.peer().spec() + " on the peer unit, not standby; no failover";
    if (r instanceof Refusal.NoneFailed) return "no failover group is in the failed state";
    if (r instanceof Refusal.NotSource x) {
      return Config.SYSTEM.equals(x.scope()) ? "enter it on the unit that has failover group 1 in the active state"
          : "enter it on the unit where context " + x.scope() + " is in the active state (failover group " + x.group() + ")";
    }
    if (r instanceof Refusal.MonitorLimit x) {
      return "the unit would monitor " + x.monitored() + " interfaces; you can monitor up to " + Cfg.MAX_MONITORED
          + " interfaces on a unit (both failover groups, all contexts); disable one first with 'no monitor-interface if_name'";
    }
    if (r instanceof Refusal.StatefulLinkInUse x) {
      return "the Stateful Failover link ('" + x.link() + "') uses interface " + x.iface().nameif() + " (" + x.iface().port()
          + ") of context " + x.iface().ctx() + "; remove it first with 'no failover link'";
    }
    if (r instanceof Refusal.AlreadyOn x) return "box " + x.box() + " is already on";
    if (r instanceof Refusal.AlreadyOff x) return "box " + x.box() + " is already off";
    if (r instanceof Refusal.NoStateCable x) {
      return "the Stateful Failover link uses data interface " + x.iface().nameif() + " (" + x.iface().port() + ", context "
          + x.iface().ctx() + ") and has no cable of its own";
    }
    if (r instanceof Refusal.NotActiveThere x) return "context " + x.context() + " is not active on " + x.box();
    throw new IllegalStateException("a refusal without words: " + r);
  }

  /** The refusal says the unit is in no working pair (the spec's {@code Paired} does not hold), whatever the group. */
  static boolean unpaired(Refusal r) {
    return r instanceof Refusal.FailoverDisabled || r instanceof Refusal.Negotiating || r instanceof Refusal.NotPaired;
  }

  static List<String> prepend(String x, List<String> c) {
    java.util.ArrayList<String> l = new java.util.ArrayList<>();
    l.add(x);
    l.addAll(c);
    return l;
  }

  static void checkName(String name, String cmd) {
    if (!name.matches("[A-Za-z][A-Za-z0-9_.-]*")) throw rej(cmd + " " + name + ": invalid interface name");
  }

  /** Checks an active address, mask and standby address: "The standby IP address must be in the same subnet as the active IP address." */
  static void checkAddresses(String cmd, String ip, String mask, String standby) {
    long i = Names.ipv4(ip), m = Names.ipv4(mask);
    if (i < 0) throw rej(cmd + ": invalid IP address " + ip);
    if (!Names.isMask(m)) throw rej(cmd + ": invalid subnet mask " + mask);
    if (standby != null) {
      long s = Names.ipv4(standby);
      if (s < 0) throw rej(cmd + ": invalid standby IP address " + standby);
      if ((s & m) != (i & m)) throw rej(cmd + ": standby address " + standby + " is not in the same subnet as " + ip + " " + mask);
    }
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
}
