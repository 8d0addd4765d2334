package failover.engine;

import static failover.engine.Commands.rej;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Configuration commands and their replication (Table 51-1 and "Command Replication"): every
 * command that changes a configuration edits it through {@link #change}, which applies the edit
 * on the unit and, from the unit where the scope is active on a working pair, on its peer. The
 * edit helpers ({@link #putTop}, {@link #removeTop}, {@link #putSub}, {@link #removeSub}, {@link
 * #ensureBlock}) and the opaque lines of commands the engine does not model ({@link #opaque}).
 */
final class Replication {
  static final String STANDBY_WARNING = "**** WARNING ****\n"
      + "\tConfiguration Replication is NOT performed from Standby unit to Active unit.\n"
      + "\tConfigurations are no longer synchronized.";

  private final Commands commands;
  private final Pair p;

  Replication(Commands commands) {
    this.commands = commands;
    this.p = commands.p;
  }

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
    throw rej(commands.line + ": the unit would monitor " + after + " interfaces; you can monitor up to " + Cfg.MAX_MONITORED
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
    throw rej(commands.line + ": the Stateful Failover link ('" + linkBefore + "') uses interface " + before.nameif() + " ("
        + before.port() + ") of context " + before.ctx() + "; remove it first with 'no failover link'");
  }

  /**
   * Applies an edit; if the scope's text changed, gives it a new version ({@code v} if positive, or a
   * fresh one) and returns it; returns 0 if only the {@code failover} commands.line changed, -1 if nothing did.
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

  String putTop(Unit u, String scope, String key, String text, boolean replicable) {
    return change(u, scope, replicable, c -> { Config.Scope s = c.scope(scope); if (s != null) s.putTop(key, text); });
  }

  String removeTop(Unit u, String scope, String key, boolean replicable) {
    return change(u, scope, replicable, c -> { Config.Scope s = c.scope(scope); if (s != null) s.remove(key); });
  }

  String putSub(Unit u, String scope, String head, String key, String text) {
    return change(u, scope, true, c -> {
      Config.Scope s = c.scope(scope);
      if (s != null) s.ensureBlock(head, head).putSub(key, text);
    });
  }

  String removeSub(Unit u, String scope, String head, String key) {
    return change(u, scope, true, c -> {
      Config.Scope s = c.scope(scope);
      Config.Block b = s == null ? null : s.block(head);
      if (b != null) b.removeSub(key);
    });
  }

  String ensureBlock(Unit u, String scope, String head) {
    return change(u, scope, true, c -> { Config.Scope s = c.scope(scope); if (s != null) s.ensureBlock(head, head); });
  }

  /** Any other configuration command: an opaque commands.line, stored and replicated. {@code no X} removes X. */
  String opaque(Unit u, String scope, List<String> w) {
    String line = String.join(" ", w);
    boolean no = w.get(0).equalsIgnoreCase("no");
    if (!no) {
      String key = opaqueKey(w);
      return putTop(u, scope, key, commands.line, true);
    }
    String target = String.join(" ", w.subList(1, w.size()));
    Config.Scope s = u.running.scope(scope);
    String key = opaqueKey(w.subList(1, w.size()));
    if (s.has(key)) return removeTop(u, scope, key, true);
    return putTop(u, scope, key, commands.line, true);
  }

  /** Replacement key of an opaque commands.line: single-valued commands by their name, others by their text. */
  static String opaqueKey(List<String> w) {
    String first = w.get(0).toLowerCase(Locale.ROOT);
    return switch (first) {
      case "hostname", "domain-name", "enable", "passwd", "banner" -> first;
      default -> String.join(" ", w);
    };
  }
}
