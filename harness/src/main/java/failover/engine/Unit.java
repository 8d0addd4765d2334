package failover.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The state of one box: power, configurations, failover state per group, ports, connections, CLI. */
final class Unit {
  final Box id;
  boolean on;
  Config running = new Config();
  Config startup = new Config();
  /** The box's flash file system: not volatile, it survives a power-off. Immutable, so copies share it. */
  Flash flash = Flash.FACTORY;
  /** The spec's flash[u]: the version of the last file command the box received (0: none). */
  long flashVersion;
  /** role[1], role[2]: the failover state of each group on this box. */
  final GroupState[] role = {GroupState.OFF, GroupState.OFF, GroupState.OFF};
  /** When each group last became active on this box, ms (-1: not active). */
  final long[] activeSince = {-1, -1, -1};
  /** Physical ports without link, with the time they lost it. Cables survive a power-off. */
  Map<String, Long> portDownSince = new TreeMap<>();
  /**
   * The spec's {@code ifTimer[u][g]}, one timer per interface: when the timer of each monitored
   * interface ("ctx|nameif") without link started, ms. It runs while the box monitors the
   * interface's group (an interface enabled after its port lost link starts to count when it is
   * enabled), and the interface is marked failed once it has run the group's hold time.
   */
  Map<String, Long> ifSince = new TreeMap<>();
  /** Connection table: per context, {tcp, http} entries (active or replicated). */
  Map<String, long[]> conns = new TreeMap<>();
  /** CLI mode of the console, per scope. */
  Map<String, Mode> modes = new HashMap<>();
  /** Mode of {@code failover exec} per scope and target box ("scope|B"). */
  Map<String, Mode> execModes = new HashMap<>();
  /** The scope chosen by {@code changeto}. */
  String current = Config.SYSTEM;

  Unit(Box id) { this.id = id; }

  /**
   * The box takes a running configuration: its startup configuration when it boots, none when it
   * loses power, the peer's when it receives it. Its console starts over ({@link #resetConsole}).
   */
  void load(Config c) {
    running = c;
    resetConsole();
  }

  /**
   * Every scope of the console back in global configuration mode, no {@code failover exec} mode
   * left. The scenario language's console only: the spec has no console, so conformance cannot see
   * this (listed in PitSummary.OUTSIDE).
   */
  void resetConsole() {
    modes.clear();
    execModes.clear();
  }

  Unit copy() {
    Unit u = new Unit(id);
    u.on = on;
    u.running = running.copy();
    u.startup = startup.copy();
    u.flash = flash;
    u.flashVersion = flashVersion;
    System.arraycopy(role, 0, u.role, 0, 3);
    System.arraycopy(activeSince, 0, u.activeSince, 0, 3);
    u.portDownSince = new TreeMap<>(portDownSince);
    u.ifSince = new TreeMap<>(ifSince);
    u.conns = new TreeMap<>();
    conns.forEach((k, v) -> u.conns.put(k, v.clone()));
    u.modes = new HashMap<>(modes);
    u.execModes = new HashMap<>(execModes);
    u.current = current;
    return u;
  }

  boolean failoverEnabled() { return on && running.memo("failover", () -> running.system.has("failover")); }

  boolean portUp(String port) { return !portDownSince.containsKey(Names.physicalOf(port)); }

  /** "failover lan unit primary|secondary"; secondary by default. */
  boolean primary() { return running.memo("primary", () -> "failover lan unit primary".equals(running.system.top("failover lan unit"))); }

  long tcp(String ctx) { long[] c = conns.get(ctx); return c == null ? 0 : c[0]; }

  long http(String ctx) { long[] c = conns.get(ctx); return c == null ? 0 : c[1]; }

  Mode mode(String scope) { return modes.getOrDefault(scope, Mode.CONFIG); }
}
