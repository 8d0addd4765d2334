package failover.engine;

import static failover.engine.Commands.arg;
import static failover.engine.Commands.isDebug;
import static failover.engine.Commands.isExecCommand;
import static failover.engine.Commands.num;
import static failover.engine.Commands.rej;
import static failover.engine.Commands.unpaired;
import static failover.engine.Commands.words;

import failover.engine.Commands.Out;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The failover commands of privileged EXEC mode: {@code failover active [group N]} (the spec's
 * ForceActive), {@code no failover active [group N]} (ForceStandby), {@code failover reset [group
 * N]} (Reset), {@code failover exec active|mate|standby} (a command run on the unit it names, in
 * its own mode), and {@code changeto}.
 */
final class ExecCommands {
  private final Commands commands;
  private final Pair p;

  ExecCommands(Commands commands) {
    this.commands = commands;
    this.p = commands.p;
  }

  void changeto(Unit u, List<String> w, boolean viaExec) {
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
   * ForceActive: "Enter the following command in the system execution space of the unit where the
   * failover group is in the standby state: failover active group group_id". "Entering the
   * following command in the system execution space causes all failover groups to become active:
   * failover active".
   */
  void forceActive(Unit u, String scope, List<String> w) {
    String cmd = String.join(" ", w);
    if (!Config.SYSTEM.equals(scope)) throw rej(cmd + ": only in the system execution space");
    int g = 0;
    if (w.size() > 2) {
      if (!w.get(2).equalsIgnoreCase("group")) throw rej(cmd + ": expected 'failover active [group 1|2]'");
      g = num(w, 3, cmd, "failover group", 1, 2);
      if (w.size() > 4) throw rej(cmd + ": unexpected '" + w.get(4) + "'");
    }
    Optional<Refusal> no = p.failoverActions.ForceActive(u, g);
    // `failover active' with no group standby here and active on the peer does nothing
    if (no.isPresent() && !(no.get() instanceof Refusal.NoneMoves)) throw rej(cmd + ": " + words(no.get()));
  }

  /**
   * ForceStandby: "enter the following command in the system execution space of the unit where
   * the failover group is in the active state: no failover active group group_id". Without a
   * group: every group active here (one ForceStandby each).
   */
  void forceStandby(Unit u, String scope, List<String> w) {
    String cmd = String.join(" ", w);
    if (!Config.SYSTEM.equals(scope)) throw rej(cmd + ": only in the system execution space");
    int g = 0;
    if (w.size() > 3) {
      if (!w.get(3).equalsIgnoreCase("group")) throw rej(cmd + ": expected 'no failover active [group 1|2]'");
      g = num(w, 4, cmd, "failover group", 1, 2);
      if (w.size() > 5) throw rej(cmd + ": unexpected '" + w.get(5) + "'");
    }
    if (g != 0) {
      Optional<Refusal> no = p.failoverActions.ForceStandby(u, g);
      if (no.isPresent()) throw rej(cmd + ": " + words(no.get()));
      return;
    }
    // every group active here with a standby peer, one ForceStandby each
    boolean any = false;
    for (int x = 1; x <= 2; x++) {
      Optional<Refusal> no = p.failoverActions.ForceStandby(u, x);
      if (no.isEmpty()) any = true;
      else if (unpaired(no.get())) throw rej(cmd + ": " + words(no.get()));
    }
    if (!any) throw rej(cmd + ": no failover group is active on this unit with a standby peer");
  }

  /** Reset: "failover reset [group group_id]". */
  void reset(Unit u, String scope, List<String> w) {
    String cmd = String.join(" ", w);
    if (!Config.SYSTEM.equals(scope)) throw rej(cmd + ": only in the system execution space");
    int g = 0;
    if (w.size() > 2) {
      if (!w.get(2).equalsIgnoreCase("group")) throw rej(cmd + ": expected 'failover reset [group 1|2]'");
      g = num(w, 3, cmd, "failover group", 1, 2);
      if (w.size() > 4) throw rej(cmd + ": unexpected '" + w.get(4) + "'");
    }
    Optional<Refusal> no = p.failoverActions.Reset(u, g);
    // nothing failed: the command does nothing (no Reset step)
    if (no.isPresent() && !(no.get() instanceof Refusal.NoneFailed)) throw rej(cmd + ": " + words(no.get()));
  }

  /**
   * "failover exec {active | mate | standby} cmd_string": "Use the active or standby keyword to
   * cause the command to be executed on the specified unit, even if that unit is the current unit.
   * Use the mate keyword to cause the command to be executed on the failover peer." "The failover
   * exec command maintains a command mode state that is separate from the command mode of your
   * terminal session." "The failover exec mode for each device is tracked separately."
   */
  String failoverExec(Unit u, String scope, Mode session, List<String> w, boolean viaExec) {
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
    Unit t = execTarget(p, u, scope, which, true);
    String key = scope + "|" + t.id;
    Mode em = u.execModes.getOrDefault(key, Mode.CONFIG);
    Out o = commands.exec(t, scope, em, rest, true);
    u.execModes.put(key, o.mode());
    return o.output();
  }

  /** The unit a failover exec keyword names, for the scope's failover group. */
  static Unit execTarget(Pair p, Unit u, String scope, String which, boolean toRun) {
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
