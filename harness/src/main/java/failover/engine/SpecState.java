package failover.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The abstraction function: the engine's state as the spec's variables (docs/design.md, "Variables
 * of the spec"). Units are "A"/"B", groups 1/2, scopes "system" and the context names.
 *
 * @param power     [Units -> {"off","on"}]
 * @param foEnabled [Units -> BOOLEAN]: "failover" is in the box's running configuration
 * @param role      [Units -> [Groups -> {"off","init","active","standby","failed"}]]
 * @param foLink    "up" | "down": the failover link cable
 * @param stLink    "up" | "down": the dedicated stateful link ("up" when none is configured)
 * @param ifDown    [Units -> [Groups -> Nat]]: monitored interfaces of the group with no link
 * @param running   [Units -> [Scopes -> Nat]]: configuration versions (0 = empty)
 * @param startup   [Units -> [Scopes -> Nat]]
 * @param conns     [Units -> [Groups -> SUBSET {"tcp","http"}]]
 * @param timers    remaining milliseconds of the pair's running timers, by name
 * @param act       the last action: name and parameters
 */
public record SpecState(
    Map<String, String> power,
    Map<String, Boolean> foEnabled,
    Map<String, Map<Integer, String>> role,
    String foLink,
    String stLink,
    Map<String, Map<Integer, Integer>> ifDown,
    Map<String, Map<String, Long>> running,
    Map<String, Map<String, Long>> startup,
    Map<String, Map<Integer, Set<String>>> conns,
    Map<String, Long> timers,
    Map<String, Object> act) {

  static SpecState of(Pair p) {
    Map<String, String> power = new TreeMap<>();
    Map<String, Boolean> fo = new TreeMap<>();
    Map<String, Map<Integer, String>> role = new TreeMap<>();
    Map<String, Map<Integer, Integer>> ifDown = new TreeMap<>();
    Map<String, Map<String, Long>> running = new TreeMap<>(), startup = new TreeMap<>();
    Map<String, Map<Integer, Set<String>>> conns = new TreeMap<>();
    Set<String> scopes = new TreeSet<>();
    for (Box x : Box.values()) {
      Unit u = p.unit(x);
      scopes.addAll(u.running.contexts.keySet());
      scopes.addAll(u.startup.contexts.keySet());
    }
    for (Box x : Box.values()) {
      Unit u = p.unit(x);
      String n = x.name();
      power.put(n, u.on ? "on" : "off");
      fo.put(n, u.failoverEnabled());
      Map<Integer, String> r = new TreeMap<>();
      Map<Integer, Integer> d = new TreeMap<>();
      Map<Integer, Set<String>> cs = new TreeMap<>();
      for (int g = 1; g <= 2; g++) {
        r.put(g, u.role[g].spec());
        d.put(g, u.on ? p.downInterfaces(u, g) : 0);
        Set<String> kinds = new TreeSet<>();
        for (String c : Pair.contextsOf(u.running, g)) {
          if (u.tcp(c) > 0) kinds.add("tcp");
          if (u.http(c) > 0) kinds.add("http");
        }
        cs.put(g, kinds);
      }
      role.put(n, r);
      ifDown.put(n, d);
      conns.put(n, cs);
      running.put(n, versions(u.running, scopes));
      startup.put(n, versions(u.startup, scopes));
    }
    Map<String, Long> timers = new TreeMap<>();
    long next = p.nextDeadline();
    if (next >= 0) timers.put("next", next - p.now);
    return new SpecState(power, fo, role, p.foCable ? "up" : "down",
        (p.dedicatedStateLink() && !p.stCable) ? "down" : "up", ifDown, running, startup, conns, timers,
        new LinkedHashMap<>(p.act));
  }

  private static Map<String, Long> versions(Config c, Set<String> scopes) {
    Map<String, Long> m = new TreeMap<>();
    m.put(Config.SYSTEM, c.system.version);
    for (String s : scopes) {
      Config.Scope sc = c.contexts.get(s);
      m.put(s, sc == null ? 0 : sc.version);
    }
    return m;
  }
}
