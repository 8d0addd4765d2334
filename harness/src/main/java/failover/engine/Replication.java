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
   * A configuration change to a scope of the unit (the spec's ConfigCommand, LocalCommand,
   * EnableFailover or DisableFailover: {@link ConfigActions#configure}); returns what the command
   * prints: the ASA's warning when a replicable command is entered on the standby side of a
   * working pair. Refused: one error line naming the command.
   */
  String change(Unit u, String scope, boolean replicable, Consumer<Config> edit) {
    ConfigActions.Configured done = p.configActions.configure(u, scope, replicable, edit);
    if (done instanceof ConfigActions.Configured.Refused r) throw rej(commands.line + ": " + Commands.words(r.why()));
    return done instanceof ConfigActions.Configured.Taken t && t.fromStandby() ? STANDBY_WARNING : "";
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
      if (s != null) s.putSub(head, head, key, text);
    });
  }

  String removeSub(Unit u, String scope, String head, String key) {
    return change(u, scope, true, c -> {
      Config.Scope s = c.scope(scope);
      if (s != null) s.removeSub(head, key);
    });
  }

  String ensureBlock(Unit u, String scope, String head) {
    return change(u, scope, true, c -> { Config.Scope s = c.scope(scope); if (s != null) s.ensureBlock(head, head); });
  }

  /** Any other configuration command: an opaque line, stored and replicated. {@code no X} removes X. */
  String opaque(Unit u, String scope, List<String> w) {
    String line = String.join(" ", w);
    boolean no = w.get(0).equalsIgnoreCase("no");
    if (!no) {
      String key = opaqueKey(w);
      return putTop(u, scope, key, line, true);
    }
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
}
