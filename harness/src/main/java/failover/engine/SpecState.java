package failover.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The abstraction function: the engine's state as the variables of spec/AAFailover.tla. Units are
 * "A"/"B", groups 1/2, scopes "system" and the context names known on either box.
 *
 * <p>Timers: the spec counts abstract ticks up to a hold ({@code UnitHold}, {@code IfHold[g]},
 * {@code PreemptDelay[g]}); the engine measures milliseconds. The timer maps give the elapsed
 * milliseconds of each running timer (capped at its hold, 0 when not running) and the hold maps
 * the hold in milliseconds, so that a harness can scale them to its model's ticks.
 *
 * @param power        [Units -> {"off","on"}]
 * @param foEnabled    [Units -> BOOLEAN]: "failover" is in the box's running configuration (while the
 *                     box is off: in its startup configuration, which it will boot with)
 * @param foSaved      [Units -> BOOLEAN]: "failover" is in the box's startup configuration ("Replicated
 *                     commands are not saved to the flash memory ... To save replicated commands to
 *                     flash memory on both units, use the write memory or copy running-config
 *                     startup-config command")
 * @param role         [Units -> [Groups -> {"off","init","active","standby","failed"}]]
 * @param foLink       "up" | "down": the failover link cable
 * @param stLink       "up" | "down": the dedicated stateful link ("up" when none is configured)
 * @param ifDown       [Units -> [Groups -> Nat]]: monitored interfaces of the group with no link
 * @param running      [Units -> [Scopes -> Nat]]: configuration versions (0 = empty)
 * @param startup      [Units -> [Scopes -> Nat \cup {Erased}]]: Erased (-1) after {@code write erase}
 * @param flash        [Units -> Nat]: the version of the last file command the box received
 * @param conns        [Units -> [Groups -> SUBSET {"tcp","http"}]]
 * @param unitTimer    [Units -> ms]: the spec's unitTimer, elapsed
 * @param ifTimer      [Units -> [Groups -> Seq(ms)]]: one timer per monitored interface without link, longest first
 * @param preemptTimer [Groups -> ms]
 * @param preemptArmed [Groups -> BOOLEAN]: the preferred unit has become available for the group
 *                     since the group last moved by preemption or by force
 * @param linkLost     the failover link has failed since the units last synchronised
 * @param unitHold     [Units -> ms]: unit hold time from the box's configuration
 * @param ifHold       [Units -> [Groups -> ms]]: interface hold time
 * @param preemptDelay [Groups -> ms]: preemption delay of the unit where the group is active
 * @param act          the last action: name and parameters (the history variable)
 */
public record SpecState(
    Map<String, String> power,
    Map<String, Boolean> foEnabled,
    Map<String, Boolean> foSaved,
    Map<String, Map<Integer, String>> role,
    String foLink,
    String stLink,
    Map<String, Map<Integer, Integer>> ifDown,
    Map<String, Map<String, Long>> running,
    Map<String, Map<String, Long>> startup,
    Map<String, Long> flash,
    Map<String, Map<Integer, Set<String>>> conns,
    Map<String, Long> unitTimer,
    Map<String, Map<Integer, List<Long>>> ifTimer,
    Map<Integer, Long> preemptTimer,
    Map<Integer, Boolean> preemptArmed,
    boolean linkLost,
    Map<String, Long> unitHold,
    Map<String, Map<Integer, Long>> ifHold,
    Map<Integer, Long> preemptDelay,
    Map<String, Object> act) {

  static SpecState of(Pair p) {
    Map<String, String> power = new TreeMap<>();
    Map<String, Boolean> fo = new TreeMap<>(), saved = new TreeMap<>();
    Map<String, Map<Integer, String>> role = new TreeMap<>();
    Map<String, Map<Integer, Integer>> ifDown = new TreeMap<>();
    Map<String, Map<String, Long>> running = new TreeMap<>(), startup = new TreeMap<>();
    Map<String, Map<Integer, Set<String>>> conns = new TreeMap<>();
    Map<String, Long> unitTimer = new TreeMap<>(), unitHold = new TreeMap<>(), flash = new TreeMap<>();
    Map<String, Map<Integer, List<Long>>> ifTimer = new TreeMap<>();
    Map<String, Map<Integer, Long>> ifHold = new TreeMap<>();
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
      // while the box is off: what it boots with (the spec's PowerOff sets foEnabled to foSaved)
      fo.put(n, u.on ? u.failoverEnabled() : u.startup.system.has("failover"));
      saved.put(n, u.startup.system.has("failover"));
      Map<Integer, String> r = new TreeMap<>();
      Map<Integer, Integer> d = new TreeMap<>();
      Map<Integer, Set<String>> cs = new TreeMap<>();
      Map<Integer, List<Long>> it = new TreeMap<>();
      Map<Integer, Long> ih = new TreeMap<>();
      for (int g = 1; g <= 2; g++) {
        r.put(g, u.role[g].spec());
        d.put(g, Predicates.downInterfaces(u, g));
        Set<String> kinds = new TreeSet<>();
        for (String c : Predicates.contextsOf(u.running, g)) {
          if (u.tcp(c) > 0) kinds.add("tcp");
          if (u.http(c) > 0) kinds.add("http");
        }
        cs.put(g, kinds);
        long hold = p.timers.ifHold(u, g);
        ih.put(g, hold);
        List<Long> ts = new ArrayList<>();
        for (Map.Entry<Cfg.Monitored, Long> e : p.timers.ifTimers(u, g)) ts.add(e.getValue());
        it.put(g, List.copyOf(ts));
      }
      role.put(n, r);
      ifDown.put(n, d);
      conns.put(n, cs);
      ifTimer.put(n, it);
      ifHold.put(n, ih);
      long uh = Cfg.unitPollHold(u.running)[1];
      unitHold.put(n, uh);
      unitTimer.put(n, Math.min(p.timers.unitTimer(u), uh));
      running.put(n, versions(u.running, scopes));
      startup.put(n, versions(u.startup, scopes));
      flash.put(n, u.flashVersion);
    }
    Map<Integer, Long> preemptTimer = new TreeMap<>(), preemptDelay = new TreeMap<>();
    Map<Integer, Boolean> armed = new TreeMap<>();
    for (int g = 1; g <= 2; g++) {
      armed.put(g, p.preemptArmed[g]);
      long delay = p.timers.preemptDelayMs(g);
      preemptDelay.put(g, delay);
      preemptTimer.put(g, Math.min(p.timers.preemptTimer(g), delay));
    }
    return new SpecState(power, fo, saved, role, p.foCable ? "up" : "down",
        (p.is.dedicatedStateLink() && !p.stCable) ? "down" : "up", ifDown, running, startup, flash,
        conns, unitTimer, ifTimer, preemptTimer, armed, p.linkLost, unitHold, ifHold, preemptDelay,
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
