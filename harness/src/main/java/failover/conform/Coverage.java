package failover.conform;

import failover.spec.Constants;
import failover.tlc.TlaValue;
import failover.tlc.Values;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How often replay exercised each spec action and each value of each of its parameters. The
 * universe is every action of {@link Actions#ALL} and every parameter value of the models replayed
 * ({@link #addUniverse}, the ranges of the spec's {@code \E} in {@code Next}). Coverage is
 * complete when every action and every parameter value was exercised; anything less fails
 * conformance (exit 5). A single model may not reach every value (an interface of a group without
 * one); the default run's models between them reach all.
 */
public final class Coverage {
  private final Map<String, Long> actions = new TreeMap<>();
  private final Map<String, Long> values = new TreeMap<>();
  private final Set<String> valueUniverse = new LinkedHashSet<>();

  /** Counts one step with this act record. */
  public void count(TlaValue act) {
    String name = Actions.name(act);
    actions.merge(name, 1L, Long::sum);
    if (act instanceof TlaValue.Rec r) {
      r.fields().forEach((k, v) -> { if (!k.equals("name")) values.merge(key(name, k, v), 1L, Long::sum); });
    }
  }

  private static String key(String action, String param, TlaValue v) { return key(action, param, Values.canon(v)); }

  private static String key(String action, String param, String canonValue) { return action + "." + param + "=" + canonValue; }

  /** Adds the parameter values of a model (its constants) to the universe. */
  public void addUniverse(TlaValue.Rec constants) {
    Constants c = SpecModel.constants(constants);
    for (String a : Actions.ALL) {
      for (String p : Actions.parameters(a)) {
        for (TlaValue v : Actions.domain(a, p, c)) valueUniverse.add(key(a, p, v));
      }
    }
  }

  public void addAll(Coverage other) {
    other.actions.forEach((k, n) -> actions.merge(k, n, Long::sum));
    other.values.forEach((k, n) -> values.merge(k, n, Long::sum));
    valueUniverse.addAll(other.valueUniverse);
  }

  public long count(String action) { return actions.getOrDefault(action, 0L); }

  /** Steps with this value of the action's parameter, the value as the coverage table writes it: {@code count("Reset", "unit", "\"B\"")}. */
  public long count(String action, String param, String canonValue) { return values.getOrDefault(key(action, param, canonValue), 0L); }

  public List<String> missingActions() {
    List<String> out = new ArrayList<>();
    for (String a : Actions.ALL) if (count(a) == 0) out.add(a);
    return out;
  }

  public List<String> missingValues() {
    List<String> out = new ArrayList<>();
    for (String k : valueUniverse) if (!values.containsKey(k)) out.add(k);
    return out;
  }

  /** Percentage of the spec's actions exercised (floor, so 100 means all). */
  public int actionPercent() {
    int n = Actions.ALL.size();
    return (int) Math.floor(100.0 * (n - missingActions().size()) / n);
  }

  public int valuePercent() {
    if (valueUniverse.isEmpty()) return 100;
    return (int) Math.floor(100.0 * (valueUniverse.size() - missingValues().size()) / valueUniverse.size());
  }

  /** Every spec action and every parameter value of the universe was exercised. */
  public boolean complete() { return missingActions().isEmpty() && missingValues().isEmpty(); }

  /** The coverage table: one line an action with its count, then the summary lines. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    for (String a : Actions.ALL) sb.append(String.format("  %-24s %,10d%s%n", a, count(a), count(a) == 0 ? "   NEVER EXERCISED" : ""));
    sb.append(String.format("action coverage: %d%% (%d of %d actions)%n", actionPercent(),
        Actions.ALL.size() - missingActions().size(), Actions.ALL.size()));
    List<String> mv = missingValues();
    sb.append(String.format("parameter value coverage: %d%% (%d of %d values)%s%n", valuePercent(),
        valueUniverse.size() - mv.size(), valueUniverse.size(), mv.isEmpty() ? "" : "; never: " + String.join(", ", mv)));
    return sb.toString();
  }
}
