package failover.corners;

import failover.tlc.TlaValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constants of one TLC model of the spec (its CONSTANTS section), as spec/MCcorners.tla prints
 * them: what a scenario needs to configure the boxes like the model.
 */
public record ModelConstants(
    String primary,
    Map<Integer, String> pref,
    Map<Integer, Boolean> preemptOn,
    Map<Integer, Integer> preemptDelay,
    Map<Integer, Boolean> replHttp,
    boolean stateful,
    Map<Integer, Integer> monIf,
    Map<Integer, String> policyKind,
    Map<Integer, Integer> policyVal,
    Map<Integer, Integer> ifHold,
    int unitHold,
    List<String> contexts,
    String admin,
    Map<String, Integer> ctxGroup,
    List<String> connKinds) {

  /** The tag of the line spec/MCcorners.tla prints: {@code <<"CornerConstants", [Primary |-> ..]>>}. */
  public static final String TAG = "CornerConstants";

  public String secondary() { return primary.equals("A") ? "B" : "A"; }

  /** The unit a group prefers ("Each failover group in the configuration is configured with a primary or secondary unit preference."). */
  public String prefUnit(int g) { return pref.get(g).equals("primary") ? primary : secondary(); }

  /** Reads the record of the printed tuple. */
  public static ModelConstants of(TlaValue printed) { return ofRecord(printed.apply(2L)); }

  /** Reads the record of the constants by their spec names ({@code [Primary |-> "A", Pref |-> ..]}). */
  public static ModelConstants ofRecord(TlaValue r) {
    Map<Integer, String> pref = new LinkedHashMap<>(), kind = new LinkedHashMap<>();
    Map<Integer, Boolean> preempt = new LinkedHashMap<>(), http = new LinkedHashMap<>();
    Map<Integer, Integer> delay = new LinkedHashMap<>(), mon = new LinkedHashMap<>(), val = new LinkedHashMap<>(),
        hold = new LinkedHashMap<>();
    for (int g = 1; g <= 2; g++) {
      pref.put(g, str(r.apply("Pref").apply(g)));
      preempt.put(g, bool(r.apply("PreemptOn").apply(g)));
      delay.put(g, num(r.apply("PreemptDelay").apply(g)));
      http.put(g, bool(r.apply("ReplHttp").apply(g)));
      mon.put(g, num(r.apply("MonIf").apply(g)));
      TlaValue p = r.apply("Policy").apply(g);
      kind.put(g, str(p.apply("kind")));
      val.put(g, num(p.apply("val")));
      hold.put(g, num(r.apply("IfHold").apply(g)));
    }
    List<String> contexts = new ArrayList<>();
    for (TlaValue c : ((TlaValue.TlaSet) r.apply("Contexts")).elements()) contexts.add(str(c));
    Map<String, Integer> ctxGroup = new LinkedHashMap<>();
    for (String c : contexts) ctxGroup.put(c, num(r.apply("CtxGroup").apply(c)));
    List<String> kinds = new ArrayList<>();
    for (TlaValue k : ((TlaValue.TlaSet) r.apply("ConnKinds")).elements()) kinds.add(str(k));
    return new ModelConstants(str(r.apply("Primary")), pref, preempt, delay, http, bool(r.apply("Stateful")),
        mon, kind, val, hold, num(r.apply("UnitHold")), contexts, str(r.apply("Admin")), ctxGroup, kinds);
  }

  static String str(TlaValue v) {
    if (v instanceof TlaValue.Str s) return s.value();
    if (v instanceof TlaValue.ModelValue m) return m.name();
    throw new IllegalArgumentException("not a string: " + v);
  }

  static int num(TlaValue v) {
    if (v instanceof TlaValue.Int i) return (int) i.value();
    throw new IllegalArgumentException("not an integer: " + v);
  }

  static boolean bool(TlaValue v) {
    if (v instanceof TlaValue.Bool b) return b.value();
    throw new IllegalArgumentException("not a boolean: " + v);
  }
}
