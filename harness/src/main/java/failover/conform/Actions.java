package failover.conform;

import failover.spec.Action;
import failover.spec.Constants;
import failover.spec.Domain;
import failover.spec.Param;
import failover.tlc.TlaValue;
import failover.tlc.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values the parameters of the actions of spec/AAFailover.tla's {@code Next} ({@link Action})
 * range over in a model (its constants), as in the spec's {@code Environment} and {@code PairSteps}:
 * {@code \E u \in Units, g \in {0} \cup Groups : ForceActive(u, g)} and so on. The history
 * variable {@code act} records the same parameters by the same names.
 */
public final class Actions {
  private Actions() {}

  /** Every action of Next, environment first, then the pair's own steps (spec order). */
  public static final List<String> ALL = Action.NAMES;

  /** The pair's own steps (the engine fires them itself, inside {@code wait}). */
  public static final List<String> OWN_STEPS = Action.PAIR_STEP_NAMES;

  /** The parameter names of an action, in the order of its {@code act} record (none for an unknown name). */
  public static List<String> parameters(String action) {
    return Action.named(action).map(Action::paramNames).orElse(List.of());
  }

  /** The values the parameter ranges over in the model with constants {@code c}. */
  public static List<TlaValue> domain(String action, String parameter, Constants c) {
    Param param = Action.named(action).flatMap(a -> a.params().stream().filter(x -> x.name().equals(parameter)).findFirst())
        .orElseThrow(() -> new IllegalArgumentException("no parameter " + parameter + " of " + action));
    List<TlaValue> out = new ArrayList<>();
    switch (param.domain()) {
      case UNIT_SETS -> {
        out.add(set("A"));
        out.add(set("B"));
        out.add(set("A", "B"));
      }
      case UNITS -> {
        out.add(new TlaValue.Str("A"));
        out.add(new TlaValue.Str("B"));
      }
      case GROUPS, ALL_OR_GROUPS -> {
        if (param.domain() == Domain.ALL_OR_GROUPS) out.add(new TlaValue.Int(0));
        out.add(new TlaValue.Int(1));
        out.add(new TlaValue.Int(2));
      }
      case SCOPES, ALL_OR_SCOPES, CONTEXTS -> {
        if (param.domain() == Domain.ALL_OR_SCOPES) out.add(new TlaValue.Str("all"));
        if (param.domain() != Domain.CONTEXTS) out.add(new TlaValue.Str("system"));
        List<TlaValue> ctx = new ArrayList<>();
        for (String x : c.contexts()) ctx.add(new TlaValue.Str(x));
        ctx.sort((a, b) -> Values.canon(a).compareTo(Values.canon(b)));
        out.addAll(ctx);
      }
      case CONN_KINDS -> { for (String k : c.connKinds()) out.add(new TlaValue.Str(k)); }
      case MONITORED_INTERFACES -> {
        // \E i \in 1..MonIf[g]: up to the larger of the two groups' counts
        long max = 0;
        for (int g = 1; g <= 2; g++) max = Math.max(max, c.monIf().get(g));
        for (long i = 1; i <= max; i++) out.add(new TlaValue.Int(i));
      }
    }
    return out;
  }

  /** Every instance of the action in the model: its act records. */
  public static List<TlaValue.Rec> instances(String action, Constants c) {
    List<Map<String, TlaValue>> partial = new ArrayList<>();
    Map<String, TlaValue> start = new LinkedHashMap<>();
    start.put("name", new TlaValue.Str(action));
    partial.add(start);
    for (String p : parameters(action)) {
      List<Map<String, TlaValue>> next = new ArrayList<>();
      for (Map<String, TlaValue> m : partial) {
        for (TlaValue v : domain(action, p, c)) {
          Map<String, TlaValue> x = new LinkedHashMap<>(m);
          x.put(p, v);
          next.add(x);
        }
      }
      partial = next;
    }
    List<TlaValue.Rec> out = new ArrayList<>();
    for (Map<String, TlaValue> m : partial) out.add(new TlaValue.Rec(m));
    return out;
  }

  /** {@code Name(param: value, ...)} for messages. */
  public static String show(TlaValue act) {
    if (!(act instanceof TlaValue.Rec r) || !(r.fields().get("name") instanceof TlaValue.Str n)) return String.valueOf(act);
    StringBuilder sb = new StringBuilder(n.value());
    List<String> ps = new ArrayList<>();
    r.fields().forEach((k, v) -> { if (!k.equals("name")) ps.add(k + ": " + Values.show(v)); });
    if (!ps.isEmpty()) sb.append('(').append(String.join(", ", ps)).append(')');
    return sb.toString();
  }

  /** The action's name of an act record, or "?". */
  public static String name(TlaValue act) {
    return act instanceof TlaValue.Rec r && r.fields().get("name") instanceof TlaValue.Str n ? n.value() : "?";
  }

  private static TlaValue set(String... units) {
    List<TlaValue> es = new ArrayList<>();
    for (String u : units) es.add(new TlaValue.Str(u));
    return new TlaValue.TlaSet(es);
  }
}
