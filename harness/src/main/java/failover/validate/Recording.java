package failover.validate;

import failover.engine.Pair;
import failover.adapter.ConfigReader;
import failover.engine.SpecState;
import failover.scenario.Scenario;
import failover.scenario.Session;
import failover.scenario.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The engine's behaviour in a scenario, step by spec-level step: the scenario is played on a pair
 * that tells a listener of every spec action it takes ({@link Pair#observe}), and each step is kept
 * with the scenario line that caused it, the engine's state as the spec's variables after it
 * ({@link SpecState}) and the spec constants the configuration then stands for
 * ({@link ConfigReader}). Steps of an input the pair rejects are dropped (the pair is unchanged).
 * Every line runs, also after an expectation failed: the recording is of what the engine does.
 *
 * @param entries      the initial state (line 0, act Init), then one entry per step
 * @param settled      for each {@code wait} line that ran: the index of the entry whose state the
 *                     wait ended in (the pair settled: it takes no own step then) mapped to the line
 * @param firstFailure the first failed expectation or rejected event, "line N: ...", or null
 */
public record Recording(String name, List<Entry> entries, Map<Integer, Integer> settled, String firstFailure) {

  /**
   * One step: the line that caused it, the engine's history variable {@code act} (engine
   * parameters), the state after it, and the constants of that state.
   */
  public record Entry(int line, String source, Map<String, Object> act, SpecState state, ConfigReader.Derived constants) {}

  /** Name of the act of a state change the engine made without naming a spec action. */
  public static final String UNRECORDED = "(no spec action)";

  /** Plays {@code scenario} on {@code pair} (fresh: both boxes off) and records it. */
  public static Recording of(Scenario scenario, Pair pair) {
    List<Entry> entries = new ArrayList<>();
    List<Entry> pending = new ArrayList<>();
    Map<Integer, Integer> settled = new java.util.TreeMap<>();
    int[] line = {0};
    String[] source = {""};
    entries.add(new Entry(0, "", Map.of("name", "Init"), pair.abstraction(), ConfigReader.of(pair)));
    pair.observe(p -> pending.add(new Entry(line[0], source[0], new LinkedHashMap<>(p.lastAction()),
        p.abstraction(), ConfigReader.of(p))));
    Session session = new Session(pair);
    String failure = null;
    try {
      for (Step step : scenario.steps()) {
        line[0] = step.line();
        source[0] = step.source().strip();
        pending.clear();
        Session.Done done = session.execute(step);
        if (done.ok()) entries.addAll(pending);
        if (failure == null && done.failure().isPresent()) failure = "line " + step.line() + ": " + done.failure().get();
        // a change of the spec's variables that no recorded step accounts for
        SpecState now = pair.abstraction();
        if (!sameVariables(entries.get(entries.size() - 1).state(), now)) {
          entries.add(new Entry(step.line(), source[0], Map.of("name", UNRECORDED), now, ConfigReader.of(pair)));
        }
        if (done.ok() && step instanceof Step.EventStep ev && ev.event() instanceof failover.engine.Event.Wait) {
          settled.put(entries.size() - 1, step.line());
        }
      }
    } finally {
      pair.observe(null);
    }
    return new Recording(scenario.name(), List.copyOf(entries), java.util.Collections.unmodifiableMap(settled), failure);
  }

  /** The spec's variables but the timers and {@code act} are equal. */
  static boolean sameVariables(SpecState x, SpecState y) {
    return x.power().equals(y.power()) && x.foEnabled().equals(y.foEnabled()) && x.foSaved().equals(y.foSaved())
        && x.role().equals(y.role()) && x.foLink().equals(y.foLink()) && x.stLink().equals(y.stLink())
        && x.ifDown().equals(y.ifDown()) && x.running().equals(y.running()) && x.startup().equals(y.startup())
        && x.flash().equals(y.flash()) && x.conns().equals(y.conns()) && x.preemptArmed().equals(y.preemptArmed())
        && x.linkLost() == y.linkLost();
  }

  /** "Preempt(group=1)": an act with its engine parameters. */
  public static String describe(Map<String, Object> act) {
    StringBuilder sb = new StringBuilder(String.valueOf(act.get("name")));
    List<String> ps = new ArrayList<>();
    act.forEach((k, v) -> {
      if (!k.equals("name")) ps.add(k + "=" + (v instanceof java.util.Collection<?> c ? String.join(" ", c.stream().map(String::valueOf).toList()) : Objects.toString(v)));
    });
    if (!ps.isEmpty()) sb.append('(').append(String.join(", ", ps)).append(')');
    return sb.toString();
  }
}
