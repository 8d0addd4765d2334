package failover.conform;

import failover.spec.Constants;
import failover.spec.Vocabulary;
import failover.tlc.TlaValue;
import failover.tlc.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What spec/AAFailover.tla says its values are, for traces read from files: the constants of
 * {@code #meta.constants} against the spec's {@code ASSUME}s ({@link #checkConstants}), and each
 * state against {@code TypeOK} for those constants ({@link #checkState}). A value outside them is
 * no behaviour of the spec, whatever the engine does: a malformed trace, not a divergence. The
 * messages name the constant or the variable by its path ({@code role["B"][2]}) and the value.
 */
public final class SpecTypes {
  /** A value outside its type: the message says where and what. */
  public static final class Bad extends Exception {
    public Bad(String message) { super(message, null, false, false); }
  }

  /** A type: a check of a value at a path. */
  @FunctionalInterface
  interface Type {
    void check(TlaValue v, String path) throws Bad;
  }

  static final List<TlaValue> UNITS = List.of(str("A"), str("B"));
  static final List<TlaValue> GROUPS = List.of(num(1), num(2));
  static final List<TlaValue> ROLES = List.of(str("off"), str("init"), str("active"), str("standby"), str("failed"));
  /** The spec's {@code Erased}: the version of an erased startup configuration. */
  static final long ERASED = -1;

  private final Map<String, Type> vars = new LinkedHashMap<>();

  private SpecTypes(Constants c) {
    List<TlaValue> scopes = new ArrayList<>();
    scopes.add(str("system"));
    for (String ctx : c.contexts()) scopes.add(str(ctx));
    List<TlaValue> kinds = new ArrayList<>();
    for (String k : c.connKinds()) kinds.add(str(k));
    Type nat = range(0, Long.MAX_VALUE);
    vars.put("power", fun(UNITS, oneOf(str("off"), str("on"))));
    vars.put("foEnabled", fun(UNITS, bool()));
    vars.put("foSaved", fun(UNITS, bool()));
    vars.put("role", fun(UNITS, fun(GROUPS, oneOf(ROLES.toArray(TlaValue[]::new)))));
    vars.put("foLink", oneOf(str("up"), str("down")));
    vars.put("stLink", oneOf(str("up"), str("down")));
    vars.put("ifDown", fun(UNITS, fun(GROUPS, g -> range(0, c.monIf().get(group(g))))));
    vars.put("running", fun(UNITS, fun(scopes, nat)));
    vars.put("startup", fun(UNITS, fun(scopes, range(ERASED, Long.MAX_VALUE))));
    vars.put("flash", fun(UNITS, nat));
    vars.put("conns", fun(UNITS, fun(GROUPS, subsetOf(kinds))));
    vars.put("unitTimer", fun(UNITS, range(0, c.unitHold())));
    vars.put("ifTimer", fun(UNITS, fun(GROUPS, g -> seqOf(range(0, c.ifHold().get(group(g))), c.monIf().get(group(g))))));
    vars.put("preemptTimer", fun(GROUPS, g -> range(0, c.preemptDelay().get(group(g)))));
    vars.put("preemptArmed", fun(GROUPS, bool()));
    vars.put("linkLost", bool());
    vars.put("act", SpecTypes::act);
  }

  /** A group of {@link #GROUPS} as a number. */
  private static int group(TlaValue g) { return (int) ((TlaValue.Int) g).value(); }

  /** The types of the variables for constants that passed {@link #checkConstants}. */
  public static SpecTypes of(TlaValue.Rec constants) { return new SpecTypes(SpecModel.constants(constants)); }

  /** The trace's {@code vars} must be the spec's variables (in any order). */
  public void checkVars(List<String> traceVars) throws Bad {
    Set<String> missing = new TreeSet<>(vars.keySet());
    missing.removeAll(traceVars);
    Set<String> extra = new LinkedHashSet<>(traceVars);
    extra.removeAll(vars.keySet());
    if (!extra.isEmpty()) {
      throw new Bad("vars: " + String.join(", ", extra) + (extra.size() == 1 ? " is no variable" : " are no variables")
          + " of the spec" + (missing.isEmpty() ? "" : " (missing: " + String.join(", ", missing) + ")"));
    }
    if (!missing.isEmpty()) throw new Bad("vars lacks the spec's " + String.join(", ", missing));
  }

  /** A state's values against TypeOK. */
  public void checkState(Map<String, TlaValue> state) throws Bad {
    for (Map.Entry<String, TlaValue> e : state.entrySet()) {
      Type t = vars.get(e.getKey());
      if (t != null) t.check(e.getValue(), e.getKey());
    }
  }

  private static void act(TlaValue v, String path) throws Bad {
    if (!(v instanceof TlaValue.Rec r) || !(r.fields().get("name") instanceof TlaValue.Str name)) {
      throw new Bad(path + ": " + brief(v) + " is not a record with a name");
    }
    if (!name.value().equals("Init") && !Actions.ALL.contains(name.value())) {
      throw new Bad(path + ".name: " + Values.show(name) + " is no action of the spec");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the constants

  /**
   * The constants against the spec's ASSUMEs (and its CONSTANTS: each of them, no other). The
   * message names the constant: {@code Policy[1].val: 0 is not in 1..250 (ASSUME PolicyType)}.
   */
  public static void checkConstants(TlaValue.Rec c) throws Bad {
    for (String name : c.fields().keySet()) {
      if (!Vocabulary.CONSTANTS.contains(name) && !name.equals("Readings") && !name.equals("Bug")) throw new Bad(name + " is no constant of the spec");
    }
    // the readings (a definition a reading model overrides; absent in traces written before them)
    if (c.fields().containsKey("Readings")) {
      if (!(c.get("Readings") instanceof TlaValue.Rec r)) throw new Bad("Readings is not a record (ASSUME ReadingsType)");
      java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
      for (java.util.Map.Entry<String, TlaValue> e : r.fields().entrySet()) {
        if (!(e.getValue() instanceof TlaValue.Str v)) throw new Bad("Readings." + e.getKey() + " is not a string (ASSUME ReadingsType)");
        m.put(e.getKey(), v.value());
      }
      // every name one of the spec's readings; a reading the record lacks (a trace written before it
      // was added) is the chosen one
      if (!failover.spec.Readings.specNames().containsAll(m.keySet())) {
        throw new Bad("Readings names " + m.keySet() + ", not the spec's readings " + failover.spec.Readings.specNames() + " (ASSUME ReadingsType)");
      }
      try {
        failover.spec.Readings.of(m);
      } catch (IllegalArgumentException e) {
        throw new Bad(e.getMessage() + " (ASSUME ReadingsType)");
      }
    }
    for (String name : Vocabulary.CONSTANTS) {
      if (!c.fields().containsKey(name)) throw new Bad("the constant " + name + " is missing");
    }
    assume("PrimaryIsAUnit", "Primary", c, oneOf(UNITS.toArray(TlaValue[]::new)));
    assume("PrefType", "Pref", c, fun(GROUPS, oneOf(str("primary"), str("secondary"))));
    assume("PreemptType", "PreemptOn", c, fun(GROUPS, bool()));
    assume("PreemptType", "PreemptDelay", c, fun(GROUPS, range(0, Long.MAX_VALUE)));
    assume("ReplHttpType", "ReplHttp", c, fun(GROUPS, bool()));
    assume("StatefulType", "Stateful", c, bool());
    assume("PolicyType", "MonIf", c, fun(GROUPS, range(0, 250)));
    long sum = ((TlaValue.Int) c.get("MonIf").apply(num(1))).value() + ((TlaValue.Int) c.get("MonIf").apply(num(2))).value();
    if (sum > 250) throw new Bad("MonIf: " + sum + " monitored interfaces in all, more than 250 (ASSUME PolicyType)");
    assume("PolicyType", "Policy", c, fun(GROUPS, record(Map.of("kind", oneOf(str("num"), str("pct")), "val", range(1, 250)))));
    for (TlaValue g : GROUPS) {
      TlaValue p = c.get("Policy").apply(g);
      if (p.apply(str("kind")).equals(str("pct")) && ((TlaValue.Int) p.apply(str("val"))).value() > 100) {
        throw new Bad("Policy[" + g + "].val: " + p.apply(str("val")) + " is more than 100 % (ASSUME PolicyType)");
      }
    }
    assume("HoldType", "IfHold", c, fun(GROUPS, range(0, Long.MAX_VALUE)));
    assume("HoldType", "UnitHold", c, range(0, Long.MAX_VALUE));
    TlaValue contexts = c.get("Contexts");
    if (!(contexts instanceof TlaValue.TlaSet set)) throw new Bad("Contexts: " + brief(contexts) + " is not a set (ASSUME AdminInGroup1)");
    for (TlaValue x : set.elements()) {
      if (!(x instanceof TlaValue.Str s) || !s.value().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}")) {
        throw new Bad("Contexts: " + brief(x) + " is not a context name");
      }
      if (s.value().equals("system")) throw new Bad("Contexts: \"system\" is the system execution space, no context (ASSUME ScopeNames)");
    }
    if (!set.elements().contains(c.get("Admin"))) {
      throw new Bad("Admin: " + brief(c.get("Admin")) + " is not in Contexts " + brief(contexts) + " (ASSUME AdminInGroup1)");
    }
    assume("AdminInGroup1", "CtxGroup", c, fun(set.elements(), oneOf(GROUPS.toArray(TlaValue[]::new))));
    if (!c.get("CtxGroup").apply(c.get("Admin")).equals(num(1))) {
      throw new Bad("CtxGroup[" + c.get("Admin") + "]: the admin context is in group " + c.get("CtxGroup").apply(c.get("Admin"))
          + ", not 1 (ASSUME AdminInGroup1)");
    }
    assume("ConnKindsType", "ConnKinds", c, subsetOf(List.of(str("tcp"), str("http"))));
    // the model's bug (the constant Bug of spec/MCbug.tla; absent for the other models)
    if (c.fields().containsKey("Bug")) {
      List<TlaValue> bugs = new ArrayList<>();
      for (String b : Vocabulary.BUGS) bugs.add(str(b));
      assume("BugType", "Bug", c, oneOf(bugs.toArray(TlaValue[]::new)));
    }
  }

  private static void assume(String assumption, String name, TlaValue.Rec c, Type t) throws Bad {
    try {
      t.check(c.get(name), name);
    } catch (Bad e) {
      throw new Bad(e.getMessage() + " (ASSUME " + assumption + ")");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // types

  static TlaValue str(String s) { return new TlaValue.Str(s); }

  static TlaValue num(long n) { return new TlaValue.Int(n); }

  /** A value for a message: TLA+ syntax, cut to 60 characters. */
  static String brief(TlaValue v) {
    if (v == null) return "nothing";
    String s = v.toString();
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  static Type oneOf(TlaValue... values) {
    List<String> canon = new ArrayList<>(), shown = new ArrayList<>();
    for (TlaValue x : values) {
      canon.add(Values.canon(x));
      shown.add(x.toString());
    }
    return (v, path) -> {
      if (v == null || v instanceof TlaValue.ModelValue || !sameKind(v, values) || !canon.contains(Values.canon(v))) {
        throw new Bad(path + ": " + brief(v) + " is not " + (shown.size() == 1 ? shown.get(0) : "one of " + String.join(", ", shown)));
      }
    };
  }

  /** Is v an integer where the allowed values are integers, a string where they are strings, ...? */
  private static boolean sameKind(TlaValue v, TlaValue[] values) {
    for (TlaValue x : values) if (x.getClass() == v.getClass()) return true;
    return values.length == 0;
  }

  static Type bool() {
    return (v, path) -> {
      if (!(v instanceof TlaValue.Bool)) throw new Bad(path + ": " + brief(v) + " is not TRUE or FALSE");
    };
  }

  static Type range(long lo, long hi) {
    return (v, path) -> {
      if (!(v instanceof TlaValue.Int i) || i.value() < lo || i.value() > hi) {
        String want = hi == Long.MAX_VALUE ? (lo == 0 ? "a natural number" : "an integer >= " + lo) : "in " + lo + ".." + hi;
        throw new Bad(path + ": " + brief(v) + " is not " + want);
      }
    };
  }

  static Type subsetOf(List<TlaValue> universe) {
    List<String> canon = new ArrayList<>(), shown = new ArrayList<>();
    for (TlaValue x : universe) {
      canon.add(Values.canon(x));
      shown.add(x.toString());
    }
    return (v, path) -> {
      if (!(v instanceof TlaValue.TlaSet s)) throw new Bad(path + ": " + brief(v) + " is not a set");
      Set<String> seen = new java.util.HashSet<>();
      for (TlaValue e : s.elements()) {
        if (e instanceof TlaValue.ModelValue || !canon.contains(Values.canon(e))) {
          throw new Bad(path + ": " + brief(e) + " is not in {" + String.join(", ", shown) + "}");
        }
        if (!seen.add(Values.canon(e))) throw new Bad(path + ": " + brief(e) + " twice in a set");
      }
    };
  }

  static Type fun(List<TlaValue> domain, Type codomain) { return fun(domain, k -> codomain); }

  /** A function of {@code domain} (a record, a sequence or a #map alike), each value of its own type. */
  static Type fun(List<TlaValue> domain, Function<TlaValue, Type> codomain) {
    Map<String, TlaValue> keys = new LinkedHashMap<>();
    for (TlaValue d : domain) keys.put(key(d), d);
    return (v, path) -> {
      if (v == null || !Values.isFunction(v)) throw new Bad(path + ": " + brief(v) + " is not a function of " + shown(keys.values()));
      Map<String, TlaValue> f = Values.asFunction(v);
      if (v instanceof TlaValue.Fun m && f.size() != m.mapping().size()) throw new Bad(path + ": a key twice in a #map");
      if (!f.keySet().equals(keys.keySet())) {
        throw new Bad(path + ": " + brief(v) + " is not a function of " + shown(keys.values()));
      }
      for (Map.Entry<String, TlaValue> e : keys.entrySet()) codomain.apply(e.getValue()).check(f.get(e.getKey()), path + "[" + e.getKey() + "]");
    };
  }

  /** A sequence of at most {@code maxLen} elements, each of type {@code element}. */
  static Type seqOf(Type element, long max) {
    return (v, path) -> {
      if (!(v instanceof TlaValue.Seq s)) throw new Bad(path + ": " + brief(v) + " is not a sequence");
      if (s.elements().size() > max) throw new Bad(path + ": " + brief(v) + " has more than " + max + " elements");
      for (int i = 0; i < s.elements().size(); i++) element.check(s.elements().get(i), path + "[" + (i + 1) + "]");
    };
  }

  /** A record with exactly these fields. */
  static Type record(Map<String, Type> fields) {
    Set<String> names = new TreeSet<>(fields.keySet());
    return (v, path) -> {
      if (!(v instanceof TlaValue.Rec r)) throw new Bad(path + ": " + brief(v) + " is not a record [" + String.join(", ", names) + "]");
      for (String f : r.fields().keySet()) if (!fields.containsKey(f)) throw new Bad(path + "." + f + ": no such field");
      for (String f : names) {
        if (!r.fields().containsKey(f)) throw new Bad(path + ": the field " + f + " is missing");
        fields.get(f).check(r.fields().get(f), path + "." + f);
      }
    };
  }

  /** The key of a domain element as {@link Values#asFunction} gives it. */
  private static String key(TlaValue d) {
    return d instanceof TlaValue.Str s ? s.toString() : Values.canon(d);
  }

  private static String shown(java.util.Collection<TlaValue> values) {
    List<String> s = new ArrayList<>();
    for (TlaValue v : values) s.add(v.toString());
    return String.join(", ", s);
  }
}
