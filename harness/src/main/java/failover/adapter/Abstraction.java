package failover.adapter;

import failover.engine.Box;
import failover.engine.Pair;
import failover.engine.SpecState;
import failover.spec.Action;
import failover.spec.Constants;
import failover.spec.Vocabulary;
import failover.tlc.TlaValue;
import failover.tlc.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The abstraction function, in one place: the engine's published state ({@link SpecState}: its
 * variables in the engine's units, milliseconds for timers) as the spec's variables under a
 * model's constants. Two uses:
 *
 * <ul>
 *   <li>{@link #vars} (conformance, {@link SpecDriver}): every variable, timers in ticks capped at
 *       the model's holds, {@code act}; the engine set up by the driver from the constants, so the
 *       constants also decide what the engine cannot show (the dedicated stateful link of a box
 *       whose startup configuration was erased, the monitored ports of a box that is off) and the
 *       placeholder contexts of the driver are left out.
 *   <li>{@link #observed} (trace validation): the variables but the timers and {@code act}, of a
 *       state recorded while a scenario ran, under the constants its configuration stood for.
 * </ul>
 * {@link #specAct} is the engine's history variable as the spec's {@code act}.
 */
public final class Abstraction {
  private Abstraction() {}

  /** The spec's variables but its timers and history, in the spec's order (the order of {@link #observed}). */
  public static final List<String> OBSERVED = Vocabulary.VARIABLES.stream()
      .filter(v -> !Vocabulary.TIMERS.contains(v) && !v.equals(Vocabulary.HISTORY)).toList();

  /** The engine's state as a TLA+ record of the spec's variables ({@link #vars}). */
  public static TlaValue.Rec state(Pair pair, Constants m, Map<Integer, List<String>> ports) {
    return (TlaValue.Rec) Values.of(vars(pair, m, ports));
  }

  /**
   * The engine's state as the spec's variables: power, foEnabled, foSaved, role, foLink, stLink,
   * ifDown, running, startup, flash, conns, unitTimer, ifTimer, preemptTimer (in ticks, capped at
   * their holds), preemptArmed, linkLost and act (the spec's parameters only; units as "A"/"B",
   * scope "system" or a context of {@code m}, its placeholders left out). {@code ports}: the
   * monitored ports of each group ({@link ConfigWriter#monitoredPorts}).
   */
  public static Map<String, Object> vars(Pair pair, Constants m, Map<Integer, List<String>> ports) {
    SpecState s = pair.abstraction();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("power", s.power());
    v.put("foEnabled", s.foEnabled());
    v.put("foSaved", s.foSaved());
    v.put("role", s.role());
    v.put("foLink", s.foLink());
    // the model's dedicated stateful link (a constant: the startup configuration of a box that is
    // off may have been erased, and with it the link's configuration): its cable
    v.put("stLink", m.stateful() && !pair.stateCableUp() ? "down" : "up");
    Map<String, Map<Integer, Integer>> down = ifDown(pair, s, ports);
    v.put("ifDown", down);
    v.put("running", scopes(s.running(), m));
    v.put("startup", scopes(s.startup(), m));
    v.put("flash", s.flash());
    // conns and preemptTimer as SpecState abstracts them, the abstraction play --validate reads too
    v.put("conns", s.conns());
    Map<String, Long> ut = new TreeMap<>();
    // each timer list as a map 1..n, the form of a TLA+ sequence (a Java list is a set)
    Map<String, Map<Integer, Map<Integer, Long>>> it = new TreeMap<>();
    for (Box b : Box.values()) {
      ut.put(b.name(), Math.min(s.unitTimer().get(b.name()) / Vocabulary.TICK_MILLIS, m.unitHold()));
      Map<Integer, Map<Integer, Long>> x = new TreeMap<>();
      for (int g = 1; g <= 2; g++) {
        List<Long> ticks = new ArrayList<>();
        if (pair.view(b).on()) {
          for (long ms : s.ifTimer().get(b.name()).get(g)) ticks.add(Math.min(ms / Vocabulary.TICK_MILLIS, m.ifHold().get(g)));
        } else {
          // a box that is off monitors nothing: a timer at 0 for each of the model's ports without link
          for (int k = 0; k < down.get(b.name()).get(g); k++) ticks.add(0L);
        }
        Map<Integer, Long> seq = new TreeMap<>();
        for (int k = 0; k < ticks.size(); k++) seq.put(k + 1, ticks.get(k));
        x.put(g, seq);
      }
      it.put(b.name(), x);
    }
    v.put("unitTimer", ut);
    v.put("ifTimer", it);
    Map<Integer, Long> pt = new TreeMap<>();
    for (int g = 1; g <= 2; g++) pt.put(g, s.preemptTimer().get(g) / Vocabulary.TICK_MILLIS);
    v.put("preemptTimer", pt);
    v.put("preemptArmed", s.preemptArmed());
    v.put("linkLost", s.linkLost());
    v.put("act", specAct(s.act()));
    return v;
  }

  /**
   * ifDown: a running box's own count; for a box that is off, the model's monitored ports without
   * link (the engine counts the monitored interfaces of the configuration the box would boot with,
   * which {@code write erase} may have emptied; the spec does not boot such a box).
   */
  private static Map<String, Map<Integer, Integer>> ifDown(Pair pair, SpecState s, Map<Integer, List<String>> ports) {
    Map<String, Map<Integer, Integer>> out = new TreeMap<>();
    for (Box b : Box.values()) {
      if (pair.view(b).on()) {
        out.put(b.name(), s.ifDown().get(b.name()));
        continue;
      }
      Map<Integer, Integer> byGroup = new TreeMap<>();
      for (int g = 1; g <= 2; g++) {
        int n = 0;
        for (String port : ports.get(g)) if (!pair.portUp(b, port)) n++;
        byGroup.put(g, n);
      }
      out.put(b.name(), byGroup);
    }
    return out;
  }

  /** [Scopes -> version] of each unit: the system space and the model's contexts but the driver's placeholders. */
  private static Map<String, Map<String, Long>> scopes(Map<String, Map<String, Long>> byUnit, Constants m) {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    byUnit.forEach((u, byScope) -> {
      Map<String, Long> x = new TreeMap<>();
      x.put("system", byScope.getOrDefault("system", 0L));
      for (String c : m.contexts()) if (!SpecDriver.placeholder(c)) x.put(c, byScope.getOrDefault(c, 0L));
      out.put(u, x);
    });
    return out;
  }

  /** The observed variables ({@link #OBSERVED}) of a state, under constants {@code c}. */
  public static TlaValue.Rec observed(SpecState s, Constants c) {
    Map<String, TlaValue> f = new LinkedHashMap<>();
    f.put("power", byUnit(u -> new TlaValue.Str(s.power().get(u))));
    f.put("foEnabled", byUnit(u -> new TlaValue.Bool(s.foEnabled().get(u))));
    f.put("foSaved", byUnit(u -> new TlaValue.Bool(s.foSaved().get(u))));
    f.put("role", byUnit(u -> byGroup(g -> new TlaValue.Str(s.role().get(u).get(g)))));
    f.put("foLink", new TlaValue.Str(s.foLink()));
    f.put("stLink", new TlaValue.Str(s.stLink()));
    f.put("ifDown", byUnit(u -> byGroup(g -> new TlaValue.Int(s.ifDown().get(u).get(g)))));
    f.put("running", byUnit(u -> scopeFunction(s.running().get(u), c)));
    f.put("startup", byUnit(u -> scopeFunction(s.startup().get(u), c)));
    f.put("flash", byUnit(u -> new TlaValue.Int(s.flash().get(u))));
    f.put("conns", byUnit(u -> byGroup(g -> Values.of(s.conns().get(u).get(g)))));
    f.put("preemptArmed", byGroup(g -> new TlaValue.Bool(s.preemptArmed().get(g))));
    f.put("linkLost", new TlaValue.Bool(s.linkLost()));
    return new TlaValue.Rec(f);
  }

  private static TlaValue byUnit(Function<String, TlaValue> f) {
    Map<String, TlaValue> m = new LinkedHashMap<>();
    for (Box b : Box.values()) m.put(b.name(), f.apply(b.name()));
    return new TlaValue.Rec(m);
  }

  private static TlaValue byGroup(IntFunction<TlaValue> f) {
    return new TlaValue.Seq(List.of(f.apply(1), f.apply(2)));
  }

  /**
   * [Scopes -> version] as a TLA+ function (a context's name need not be an identifier): the system
   * space and the constants' contexts (a scope a box lacks: 0).
   */
  private static TlaValue scopeFunction(Map<String, Long> versions, Constants c) {
    Map<TlaValue, TlaValue> m = new LinkedHashMap<>();
    m.put(new TlaValue.Str("system"), new TlaValue.Int(versions.getOrDefault("system", 0L)));
    for (String ctx : c.contexts()) m.put(new TlaValue.Str(ctx), new TlaValue.Int(versions.getOrDefault(ctx, 0L)));
    return new TlaValue.Fun(m);
  }

  /** The engine's history variable as the spec's {@code act}: name and the spec's parameters only (units as "A"/"B"). */
  public static Map<String, Object> specAct(Map<String, Object> act) {
    Map<String, Object> out = new LinkedHashMap<>();
    String name = String.valueOf(act.get("name"));
    out.put("name", name);
    for (String p : Action.named(name).map(Action::paramNames).orElse(List.of())) {
      Object x = act.get(p);
      // the spec's WriteMemory(u, s): s = "all" for `write memory all`, else the scope it was entered in
      if (name.equals("WriteMemory") && p.equals("scope") && Boolean.TRUE.equals(act.get("all"))) x = "all";
      if (x instanceof Box b) x = b.name();
      if (x instanceof Set<?> set) {
        Set<String> names = new TreeSet<>();
        for (Object o : set) names.add(String.valueOf(o));
        x = names;
      }
      if (x != null) out.put(p, x);
    }
    return out;
  }
}
