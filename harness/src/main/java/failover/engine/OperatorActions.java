package failover.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment actions a person takes at a console (the spec's {@code Environment} less the
 * world's, which are {@link WorldActions}): EnableFailover, DisableFailover, ForceActive,
 * ForceStandby, Reset, ConfigCommand, LocalCommand, WriteMemory, EraseStartup, FileCommand,
 * WriteStandby, each a method of the action's name. The command line ({@link Commands}) reaches
 * them.
 */
final class OperatorActions {
  private final Pair pair;

  OperatorActions(Pair pair) { this.pair = pair; }

  /**
   * EnableFailover(unit): {@code failover} on a unit with failover disabled. "After you enable
   * failover, the active unit sends the configuration in running memory to the standby unit." The
   * unit negotiates again as if booting (its groups go to "init", its connection table is dropped).
   */
  void EnableFailover(Unit u) {
    for (int g = 1; g <= 2; g++) pair.setRole(u, g, GroupState.INIT);
    u.conns.clear();
    pair.record("EnableFailover", "unit", u.id);
  }

  /**
   * DisableFailover(unit): {@code no failover}. "Disabling failover on an Active/Active failover
   * pair causes the failover groups to remain in the active state on whichever unit they are
   * active, no matter which unit they are configured to prefer." Groups freeze where they are; a
   * group still negotiating becomes active, as on a standalone unit.
   */
  void DisableFailover(Unit u) {
    disableRoles(u);
    pair.record("DisableFailover", "unit", u.id);
  }

  /** The roles of a unit whose failover is disabled (also the peer's, when the command is replicated). */
  void disableRoles(Unit u) {
    for (int g = 1; g <= 2; g++) {
      if (u.role[g] == GroupState.INIT) pair.setRole(u, g, GroupState.ACTIVE);
    }
  }

  /**
   * ForceActive(unit, group): "Enter the following command in the system execution space of the
   * unit where the failover group is in the standby state: failover active group group_id";
   * "Entering the following command in the system execution space causes all failover groups to
   * become active: failover active" (group 0). Only standby groups move; the peer's table for a
   * moved group is dropped, the new active keeps what was replicated to it.
   */
  void ForceActive(Unit u, int group) {
    Unit p = pair.peer(u);
    for (int g = 1; g <= 2; g++) {
      if (group != 0 && g != group) continue;
      if (u.role[g] != GroupState.STANDBY || p.role[g] != GroupState.ACTIVE) continue;
      pair.setRole(u, g, GroupState.ACTIVE);
      pair.setRole(p, g, GroupState.STANDBY);
      Pair.dropConns(p, g);
      // a forced failover disarms preemption until the preferred unit becomes available again
      pair.preemptArmed[g] = false;
    }
    pair.record("ForceActive", "unit", u.id, "group", group);
  }

  /**
   * ForceStandby(unit, group): "enter the following command in the system execution space of the
   * unit where the failover group is in the active state: no failover active group group_id".
   */
  void ForceStandby(Unit u, int g) {
    Unit p = pair.peer(u);
    pair.setRole(p, g, GroupState.ACTIVE);
    pair.setRole(u, g, GroupState.STANDBY);
    Pair.dropConns(u, g);
    pair.preemptArmed[g] = false;
    pair.record("ForceStandby", "unit", u.id, "group", g);
  }

  /**
   * Reset(unit, group): "Restoring a failed unit or failover group moves the unit or failover
   * group from the failed state to the standby state; it does not automatically make the failover
   * group or unit active." ({@code failover reset [group N]}; group 0 = the unit). Entered on a
   * unit, it resets the failed groups there and, over a working failover link, on the peer.
   */
  void Reset(Unit u, int group) {
    boolean heard = pair.is.contact();
    for (Unit x : new Unit[] {u, pair.peer(u)}) {
      if (x != u && !heard) continue;
      for (int g = 1; g <= 2; g++) {
        if (group != 0 && g != group) continue;
        if (x.role[g] == GroupState.FAILED) {
          pair.setRole(x, g, GroupState.STANDBY);
          // "An exception is a failover group configured with failover preemption."
          pair.timers.armOn(x, g);
        }
      }
    }
    pair.record("Reset", "unit", u.id, "group", group);
  }

  /**
   * ConfigCommand(unit, scope): a configuration command changed the running configuration of a
   * scope ("Commands entered within a security context are replicated from the unit on which the
   * security context appears in the active state to the peer unit").
   */
  void ConfigCommand(Unit u, String scope, boolean replicated) {
    pair.record("ConfigCommand", "unit", u.id, "scope", scope, "replicated", replicated);
  }

  /**
   * LocalCommand(unit, scope): a configuration command that is never replicated changed the running
   * configuration of the unit only: "All configuration commands except for mode, firewall, and
   * failover lan unit" are replicated (Table 51-1).
   */
  void LocalCommand(Unit u, String scope) {
    pair.record("LocalCommand", "unit", u.id, "scope", scope);
  }

  /**
   * EraseStartup(unit, scope): "write erase" erases the unit's startup configuration of the scope
   * (in the system execution space the system configuration; the contexts' files stay). "All forms
   * of the write command except for write memory" are not replicated (Table 51-1). The empty
   * configuration has the spec's version {@code Erased}; the spec does not boot such a unit.
   */
  void EraseStartup(Unit u, String scope) {
    if (Config.SYSTEM.equals(scope)) {
      u.startup.system.blocks.clear();
      u.startup.system.version = Config.ERASED;
    } else {
      Config.Scope empty = new Config.Scope();
      empty.version = Config.ERASED;
      u.startup.contexts.put(scope, empty);
      // the context's configuration file is gone from flash with it
      u.flash = u.flash.eraseContext(scope);
    }
    u.startup.touch();
    pair.record("EraseStartup", "unit", u.id, "scope", scope);
  }

  /**
   * WriteMemory(unit): "write memory [all]", "copy running-config startup-config". The startup
   * configuration of the scope (with {@code all}: the system and all contexts) becomes the running
   * one; replicated, the peer saves too ("The command is replicated to the peer unit, which proceeds
   * to write its configuration to flash memory").
   */
  void WriteMemory(Unit u, String scope, boolean all, boolean replicated) {
    save(u, scope, all, pair.now);
    if (replicated) save(pair.peer(u), scope, all, pair.now);
    pair.record("WriteMemory", "unit", u.id, "scope", scope, "all", all, "replicated", replicated);
  }

  static void save(Unit u, String scope, boolean all, long now) {
    if (all || Config.SYSTEM.equals(scope)) {
      Map<String, Config.Scope> ctx = new LinkedHashMap<>();
      for (String c : u.running.contexts.keySet()) {
        Config.Scope old = u.startup.contexts.get(c);
        if (all) ctx.put(c, u.running.contexts.get(c).copy());
        else ctx.put(c, old == null ? new Config.Scope() : old);
      }
      // context files of contexts no longer configured stay on flash
      u.startup.contexts.forEach(ctx::putIfAbsent);
      Config.Scope sys = u.running.system.copy();
      u.startup.system.blocks.clear();
      u.startup.system.blocks.addAll(sys.blocks);
      u.startup.system.version = sys.version;
      u.startup.contexts.clear();
      u.startup.contexts.putAll(ctx);
      u.startup.touch();
      if (all) for (String c : u.running.contexts.keySet()) saveFile(u, c, now);
    } else {
      Config.Scope s = u.running.contexts.get(scope);
      if (s != null) u.startup.contexts.put(scope, s.copy());
      u.startup.touch();
      if (s != null) saveFile(u, scope, now);
    }
  }

  /**
   * The saved configuration of a context appears as the file its config-url names (Example 51-1:
   * "config-url flash:/admin.cfg"), dated now; its size is the saved text's. A context whose
   * config-url names a server, or none, has no file on flash. The system configuration is no file
   * (see {@link Flash}).
   */
  private static void saveFile(Unit u, String ctx, long now) {
    String path = Flash.configPath(u.running, ctx);
    if (path == null) return;
    long size = 0;
    for (String l : u.startup.contexts.get(ctx).lines()) size += l.length() + 1;
    u.flash = u.flash.saveContext(path, ctx, size, Flash.EPOCH + now);
  }

  /**
   * FileCommand(unit): a file command ({@code delete}, {@code mkdir}, {@code rename}, {@code
   * rmdir}) done on the unit's flash, in the system execution space. Table 51-1 lists all four under
   * "Commands Replicated to the Standby Unit", and "Commands entered in the system execution space
   * are replicated from the unit on which failover group 1 is in the active state to the unit on
   * which failover group 1 is in the standby state." The unit's flash version becomes the spec's
   * {@code 1 + Max(flash)}, and so does the peer's when the command is replicated. Returns whether it
   * is: the caller then applies the command to the peer's flash, if it can (see the Decision of the
   * spec's FileCommand: the version counts the commands a unit received).
   */
  boolean FileCommand(Unit u) {
    Unit peer = pair.peer(u);
    long v = 1 + Math.max(pair.a.flashVersion, pair.b.flashVersion);
    boolean replicated = pair.is.paired() && (u.role[1] == GroupState.ACTIVE || pair.bug("ReplicateFromStandby"));
    u.flashVersion = v;
    if (replicated) peer.flashVersion = v;
    pair.record("FileCommand", "unit", u.id);
    return replicated;
  }

  /**
   * WriteStandby(unit, scope): "If you enter the write standby command in the system execution
   * space, the system configuration and the configurations for all security contexts on the ASA
   * are written to the peer unit." "If there are security contexts in the active state on the
   * peer unit, the write standby command causes active connections through those contexts to be
   * terminated." In a context: "only the configuration for the security context is written".
   */
  void WriteStandby(Unit u, String scope) {
    Unit p = pair.peer(u);
    if (Config.SYSTEM.equals(scope)) {
      for (int g = 1; g <= 2; g++) {
        if (p.role[g] == GroupState.ACTIVE) {
          Pair.dropConns(p, g);
          Pair.dropConns(u, g);
        }
      }
      p.load(Cfg.received(u.running, p.running));
    } else {
      Config next = p.running.copy();
      next.contexts.put(scope, u.running.contexts.get(scope).copy());
      next.touch();
      p.load(next);
    }
    pair.record("WriteStandby", "unit", u.id, "scope", scope);
  }
}
