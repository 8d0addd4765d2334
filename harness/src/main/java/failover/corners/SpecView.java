package failover.corners;

import failover.tlc.TlaValue;
import failover.tlc.TlcMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One state of a counterexample, read by the names of spec/AAFailover.tla: what the scenario and
 * the timeline picture need. Units "A"/"B", groups 1/2.
 */
public record SpecView(Map<String, TlaValue> vars) {
  public static final List<String> UNITS = List.of("A", "B");
  public static final List<Integer> GROUPS = List.of(1, 2);

  public static SpecView of(TlcMessage.TraceState s) { return new SpecView(s.parsedValues()); }

  public TlaValue var(String name) {
    TlaValue v = vars.get(name);
    if (v == null) throw new IllegalArgumentException("the state has no variable " + name);
    return v;
  }

  /** The state has the variable (a trace written before it was added to the spec may lack it). */
  public boolean has(String name) { return vars.containsKey(name); }

  public boolean on(String u) { return TlaValue.str(var("power").apply(u)).equals("on"); }
  public String role(String u, int g) { return TlaValue.str(var("role").apply(u).apply(g)); }
  public String foLink() { return TlaValue.str(var("foLink")); }
  public String stLink() { return TlaValue.str(var("stLink")); }
  public boolean foEnabled(String u) { return TlaValue.bool(var("foEnabled").apply(u)); }
  public boolean linkLost() { return TlaValue.bool(var("linkLost")); }
  public int ifDown(String u, int g) { return TlaValue.num(var("ifDown").apply(u).apply(g)); }
  public int running(String u, String scope) { return TlaValue.num(var("running").apply(u).apply(scope)); }
  public int startup(String u, String scope) { return TlaValue.num(var("startup").apply(u).apply(scope)); }
  public int preemptTimer(int g) { return TlaValue.num(var("preemptTimer").apply(g)); }
  public int unitTimer(String u) { return TlaValue.num(var("unitTimer").apply(u)); }
  /** The longest-running interface timer of the group on the unit (the spec keeps them longest first), 0 if none. */
  public int ifTimer(String u, int g) {
    TlaValue ts = var("ifTimer").apply(u).apply(g);
    return ts instanceof TlaValue.Seq seq && !seq.elements().isEmpty() ? TlaValue.num(seq.elements().get(0)) : 0;
  }

  /** The connection kinds in u's table for group g, sorted. */
  public List<String> conns(String u, int g) {
    TreeSet<String> out = new TreeSet<>();
    for (TlaValue k : ((TlaValue.TlaSet) var("conns").apply(u).apply(g)).elements()) out.add(TlaValue.str(k));
    return new ArrayList<>(out);
  }

  /** The configuration scopes of the model: "system" and the contexts. */
  public List<String> scopes() {
    TlaValue r = var("running").apply("A");
    List<String> out = new ArrayList<>();
    if (r instanceof TlaValue.Rec rec) out.addAll(rec.fields().keySet());
    out.sort((a, b) -> a.equals("system") ? -1 : b.equals("system") ? 1 : a.compareTo(b));
    return out;
  }

  /** The history variable: the action's name. */
  public String action() { return TlaValue.str(var("act").apply("name")); }

  /** The history variable's parameters (without the name), in TLC's order. */
  public Map<String, TlaValue> params() {
    Map<String, TlaValue> out = new LinkedHashMap<>();
    if (var("act") instanceof TlaValue.Rec r) r.fields().forEach((k, v) -> { if (!k.equals("name")) out.put(k, v); });
    return out;
  }

  public String unitParam() { return TlaValue.str(var("act").apply("unit")); }
  public int groupParam() { return TlaValue.num(var("act").apply("group")); }
  public String scopeParam() { return TlaValue.str(var("act").apply("scope")); }

  /** The action as the catalogue prints it: {@code ForceActive(unit: "A", group: 0)}, parameters in a fixed order. */
  public String actionText() {
    List<String> ps = new ArrayList<>();
    for (String p : List.of("unit", "units", "group", "scope", "kind")) {
      TlaValue v = params().get(p);
      if (v != null) ps.add(p + ": " + v);
    }
    return action() + (ps.isEmpty() ? "" : "(" + String.join(", ", ps) + ")");
  }
}
