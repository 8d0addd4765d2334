package failover.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The environment actions on configurations and files, typed at a console: a configuration
 * command ({@link #configure}: the spec's ConfigCommand, LocalCommand, EnableFailover or
 * DisableFailover, as the edit turns out), WriteMemory, EraseStartup, FileCommand and WriteStandby,
 * each a method of the action's name, each with its guard and its replication. The command line
 * ({@link Commands}) parses the commands and words the refusals.
 */
final class ConfigActions {
  private final Pair pair;

  ConfigActions(Pair pair) { this.pair = pair; }

  /** What a configuration command did. */
  sealed interface Configured {
    /** No line of the scope changed: no step. */
    record Unchanged() implements Configured {}

    /** Refused by the engine's own checks of the result (nothing is taken; the caller drops its working copy). */
    record Refused(Refusal why) implements Configured {}

    /**
     * The step taken. {@code fromStandby}: a replicable command entered on a working pair where the
     * scope is standby, applied here only ("Failure to enter the commands on the appropriate unit for
     * command replication to occur causes the configurations to be out of synchronization").
     */
    record Taken(boolean fromStandby) implements Configured {}
  }

  /**
   * The spec's targets of a replicated command, {@code Paired /\ ReplicatesFrom(u, s)} (the bug
   * ReplicateFromStandby: {@code ReplicatesFrom} TRUE): "Commands entered within a security context are replicated from the
   * unit on which the security context appears in the active state to the peer unit"; "Commands
   * entered in the system execution space are replicated from the unit on which failover group 1 is
   * in the active state to the unit on which failover group 1 is in the standby state."
   */
  private boolean replicated(Unit u, String scope) {
    return pair.is.paired() && (Predicates.isSource(u, scope) || pair.bug("ReplicateFromStandby"));
  }

  /**
   * A configuration command entered on unit {@code u} in a scope: the edit changes u's running
   * configuration (a new version of the scope, the spec's {@code NewVersion(s)}), then the step the
   * change is: EnableFailover or DisableFailover when it turns {@code failover} on or off,
   * ConfigCommand for a replicable command (replicated to the peer, which takes the same version),
   * LocalCommand for one that never is ({@code replicable} false: Table 51-1's {@code firewall} and
   * {@code failover lan unit}). "Replicated commands are not saved to the flash memory when
   * replicated to the peer unit. They are added to the running configuration."
   */
  Configured configure(Unit u, String scope, boolean replicable, Consumer<Config> edit) {
    boolean rep = replicable && replicated(u, scope);
    boolean fromStandby = replicable && !rep && pair.is.paired();
    boolean wasEnabled = u.failoverEnabled();
    int monitoredBefore = Cfg.monitoredOnUnit(u.running);
    String linkBefore = u.running.system.top("failover link");
    Cfg.Named dataLinkBefore = Cfg.statefulDataInterface(u.running);
    long v = applyVersioned(u, scope, edit, -1);
    if (v < 0) return new Configured.Unchanged();
    Optional<Refusal> no = checkMonitoredLimit(u, monitoredBefore).or(() -> checkStatefulDataLink(u, linkBefore, dataLinkBefore));
    if (no.isPresent()) return new Configured.Refused(no.get());
    boolean enabled = u.failoverEnabled();
    if (enabled && !wasEnabled) EnableFailover(u);
    else if (!enabled && wasEnabled) DisableFailover(u, rep, edit, scope, v);
    else if (replicable) ConfigCommand(u, scope, rep, edit, v);
    else LocalCommand(u, scope);
    return new Configured.Taken(fromStandby);
  }

  /**
   * "You can monitor up to 250 interfaces on a unit. By default, monitoring physical interfaces is
   * enabled and monitoring subinterfaces is disabled." ("Interface monitoring—Allows you to monitor
   * up to 250 interfaces on a unit".) The limit is the unit's: it counts the monitored interfaces of
   * both failover groups, in every context. Any edit that would take the unit past it is refused:
   * {@code monitor-interface}, and also naming a physical interface (monitored by default) with
   * {@code nameif}, or allocating a port to a context that already names it.
   */
  private static Optional<Refusal> checkMonitoredLimit(Unit u, int before) {
    int after = Cfg.monitoredOnUnit(u.running);
    if (after <= Cfg.MAX_MONITORED || after <= before) return Optional.empty();
    return Optional.of(new Refusal.MonitorLimit(after));
  }

  /**
   * A Stateful Failover link on a data interface ({@code failover link if_name}) stays resolvable:
   * an edit other than {@code failover link} itself that would leave its name standing for another
   * interface, for two, or for none (renaming or unnaming the interface, naming another context's
   * interface the same, removing its allocation or its context) is refused.
   */
  private static Optional<Refusal> checkStatefulDataLink(Unit u, String linkBefore, Cfg.Named before) {
    if (before == null) return Optional.empty();
    String linkAfter = u.running.system.top("failover link");
    if (linkAfter == null || !linkAfter.equals(linkBefore)) return Optional.empty();
    Cfg.Named after = Cfg.statefulDataInterface(u.running);
    if (before.equals(after)) return Optional.empty();
    return Optional.of(new Refusal.StatefulLinkInUse(linkBefore, before));
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
    if (v <= 0) v = pair.is.newVersion(scope);
    s.version = v;
    return v;
  }

  private static List<String> versioned(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    out.remove("failover");
    out.removeIf(l -> l.startsWith("failover lan unit"));
    return out;
  }

  /**
   * EnableFailover(unit): {@code failover} on a unit with failover disabled. "After you enable
   * failover, the active unit sends the configuration in running memory to the standby unit." The
   * unit negotiates again as if booting (its groups go to "init", its connection table is dropped).
   * Not replicated: a unit with failover disabled is in no working pair.
   */
  private void EnableFailover(Unit u) {
    for (int g = 1; g <= 2; g++) pair.setRole(u, g, GroupState.INIT);
    u.conns.clear();
    pair.record("EnableFailover", "unit", u.id);
  }

  /**
   * DisableFailover(unit): {@code no failover}. "Disabling failover on an Active/Active failover
   * pair causes the failover groups to remain in the active state on whichever unit they are
   * active, no matter which unit they are configured to prefer." Groups freeze where they are; a
   * group still negotiating becomes active, as on a standalone unit. Replicated like any
   * configuration command ({@code v}: the version the edit gave u's scope); a peer with failover
   * disabled does not listen.
   */
  private void DisableFailover(Unit u, boolean replicated, Consumer<Config> edit, String scope, long v) {
    Unit peer = pair.peer(u);
    boolean peerWasEnabled = peer.failoverEnabled();
    if (replicated) applyVersioned(peer, scope, edit, v > 0 ? v : -1);
    if (peerWasEnabled && !peer.failoverEnabled()) disableRoles(peer);
    disableRoles(u);
    pair.record("DisableFailover", "unit", u.id);
  }

  /** The roles of a unit whose failover is disabled (also the peer's, when the command is replicated). */
  private void disableRoles(Unit u) {
    for (int g = 1; g <= 2; g++) {
      // reading NoFailover = "allActive": the unit becomes a standalone unit, every group active
      if (u.role[g] == GroupState.INIT || pair.reading("NoFailover", "allActive")) pair.setRole(u, g, GroupState.ACTIVE);
    }
  }

  /**
   * ConfigCommand(unit, scope): a configuration command changed the running configuration of a
   * scope ("Commands entered within a security context are replicated from the unit on which the
   * security context appears in the active state to the peer unit"); replicated, the peer's scope
   * takes the same edit and version {@code v}.
   */
  private void ConfigCommand(Unit u, String scope, boolean replicated, Consumer<Config> edit, long v) {
    if (replicated) applyVersioned(pair.peer(u), scope, edit, v > 0 ? v : -1);
    pair.record("ConfigCommand", "unit", u.id, "scope", scope, "replicated", replicated);
  }

  /**
   * LocalCommand(unit, scope): a configuration command that is never replicated changed the running
   * configuration of the unit only: "All configuration commands except for mode, firewall, and
   * failover lan unit" are replicated (Table 51-1).
   */
  private void LocalCommand(Unit u, String scope) {
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
   * to write its configuration to flash memory"), from the unit where the scope is active on a
   * working pair, as configuration commands are (the spec's targets: {@code Paired /\ IsSource(u, s)}).
   */
  void WriteMemory(Unit u, String scope, boolean all) {
    boolean replicated = pair.is.paired() && Predicates.isSource(u, scope);
    save(u, scope, all, pair.now);
    if (replicated) save(pair.peer(u), scope, all, pair.now);
    pair.record("WriteMemory", "unit", u.id, "scope", scope, "all", all, "replicated", replicated);
  }

  private static void save(Unit u, String scope, boolean all, long now) {
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
    boolean replicated = replicated(u, Config.SYSTEM);
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
   * Guard ({@code Paired /\ IsSource(u, s)}): "You must enter the command in the system execution
   * space on the unit that has failover group 1 in the active state." "You must enter the command
   * in the security context on the unit where the security context appears in the active state."
   */
  Optional<Refusal> WriteStandby(Unit u, String scope) {
    if (!u.failoverEnabled()) return Optional.of(new Refusal.FailoverDisabled());
    if (!pair.is.paired()) return Optional.of(new Refusal.NotPaired());
    if (!Predicates.isSource(u, scope)) return Optional.of(new Refusal.NotSource(scope, Predicates.scopeGroup(u, scope)));
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
    return Optional.empty();
  }
}
