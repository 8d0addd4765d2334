package failover.tlc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TLA+ values compared as TLA+ compares them: a record, a sequence and a function with the same
 * domain and values are equal (a record is a function of strings, a sequence a function of
 * {@code 1..n}); sets are equal whatever the order TLC printed them in. {@link #canon} is a
 * canonical text of a value (equal values, equal text); {@link #diff} names each differing leaf
 * by its path, {@code role["B"][2]}. {@link #of} turns the engine's Java values (maps, sets,
 * numbers, strings, booleans) into TLA+ values.
 */
public final class Values {
  private Values() {}

  /** A canonical text: sets sorted, functions as sorted {@code key :> value} pairs. */
  public static String canon(TlaValue v) {
    StringBuilder sb = new StringBuilder();
    canon(v, sb);
    return sb.toString();
  }

  private static void canon(TlaValue v, StringBuilder sb) {
    if (v instanceof TlaValue.Int i) sb.append(i.value());
    else if (v instanceof TlaValue.Bool b) sb.append(b.value() ? "TRUE" : "FALSE");
    else if (v instanceof TlaValue.Str s) sb.append(s);
    else if (v instanceof TlaValue.ModelValue m) sb.append(m.name());
    else if (v instanceof TlaValue.TlaSet s) {
      List<String> parts = new ArrayList<>();
      for (TlaValue e : s.elements()) parts.add(canon(e));
      parts.sort(null);
      sb.append('{').append(String.join(", ", parts)).append('}');
    } else {
      function(asFunction(v), sb);
    }
  }

  private static void function(Map<String, TlaValue> byKey, StringBuilder sb) {
    if (byKey.isEmpty()) {
      sb.append("<<>>");
      return;
    }
    sb.append('(');
    boolean first = true;
    for (Map.Entry<String, TlaValue> e : byKey.entrySet()) {
      if (!first) sb.append(" @@ ");
      first = false;
      sb.append(e.getKey()).append(" :> ");
      canon(e.getValue(), sb);
    }
    sb.append(')');
  }

  /** Is the value a function (record, sequence or function)? */
  public static boolean isFunction(TlaValue v) {
    return v instanceof TlaValue.Rec || v instanceof TlaValue.Seq || v instanceof TlaValue.Fun;
  }

  /** A function-like value as canonical key text to value, sorted by key. */
  public static Map<String, TlaValue> asFunction(TlaValue v) {
    Map<String, TlaValue> out = new TreeMap<>();
    if (v instanceof TlaValue.Rec r) r.fields().forEach((k, x) -> out.put(new TlaValue.Str(k).toString(), x));
    else if (v instanceof TlaValue.Seq s) {
      for (int i = 0; i < s.elements().size(); i++) out.put(Integer.toString(i + 1), s.elements().get(i));
    } else if (v instanceof TlaValue.Fun f) f.mapping().forEach((k, x) -> out.put(canon(k), x));
    else throw new IllegalArgumentException("not a function: " + v);
    return out;
  }

  public static boolean equal(TlaValue a, TlaValue b) { return canon(a).equals(canon(b)); }

  /** One differing leaf: its path and the two values. */
  public record Difference(String path, TlaValue expected, TlaValue actual) {
    /** {@code path: spec=X engine=Y}, strings shown bare. */
    public String describe(String expectedName, String actualName) {
      return path + ": " + expectedName + "=" + show(expected) + " " + actualName + "=" + show(actual);
    }
  }

  /** The leaves where {@code a} and {@code b} differ, below {@code path}. */
  public static List<Difference> diff(String path, TlaValue a, TlaValue b) {
    List<Difference> out = new ArrayList<>();
    diff(path, a, b, out);
    return out;
  }

  private static void diff(String path, TlaValue a, TlaValue b, List<Difference> out) {
    if (a == null || b == null) {
      if (a != b) out.add(new Difference(path, a, b));
      return;
    }
    if (isFunction(a) && isFunction(b)) {
      Map<String, TlaValue> fa = asFunction(a), fb = asFunction(b);
      if (fa.keySet().equals(fb.keySet())) {
        for (String k : fa.keySet()) diff(path + "[" + k + "]", fa.get(k), fb.get(k), out);
        return;
      }
    }
    if (!equal(a, b)) out.add(new Difference(path, a, b));
  }

  /** A value for messages: strings without quotes, everything else in TLA+ syntax. */
  public static String show(TlaValue v) {
    if (v == null) return "(none)";
    return v instanceof TlaValue.Str s ? s.value() : v.toString();
  }

  /**
   * The engine's Java value as a TLA+ value: a map with string keys is a record, a map with the
   * integer keys 1..n a sequence, any other map a function; a collection a set; numbers,
   * booleans and strings themselves.
   */
  public static TlaValue of(Object x) {
    if (x instanceof TlaValue v) return v;
    if (x instanceof Boolean b) return new TlaValue.Bool(b);
    if (x instanceof Number n) return new TlaValue.Int(n.longValue());
    if (x instanceof String s) return new TlaValue.Str(s);
    if (x instanceof Enum<?> e) return new TlaValue.Str(e.name());
    if (x instanceof Collection<?> c) {
      List<TlaValue> es = new ArrayList<>();
      for (Object o : c) es.add(of(o));
      es.sort((p, q) -> canon(p).compareTo(canon(q)));
      return new TlaValue.TlaSet(es);
    }
    if (x instanceof Map<?, ?> m) {
      if (!m.isEmpty() && m.keySet().stream().allMatch(k -> k instanceof String)) {
        Map<String, TlaValue> fields = new LinkedHashMap<>();
        m.forEach((k, v) -> fields.put((String) k, of(v)));
        return new TlaValue.Rec(fields);
      }
      boolean seq = m.keySet().stream().allMatch(k -> k instanceof Number);
      for (int i = 1; seq && i <= m.size(); i++) {
        final long want = i;
        seq = m.keySet().stream().anyMatch(k -> ((Number) k).longValue() == want);
      }
      if (seq) {
        List<TlaValue> es = new ArrayList<>();
        for (int i = 1; i <= m.size(); i++) {
          for (Map.Entry<?, ?> e : m.entrySet()) {
            if (((Number) e.getKey()).longValue() == i) es.add(of(e.getValue()));
          }
        }
        return new TlaValue.Seq(es);
      }
      Map<TlaValue, TlaValue> mapping = new LinkedHashMap<>();
      m.forEach((k, v) -> mapping.put(of(k), of(v)));
      return new TlaValue.Fun(mapping);
    }
    throw new IllegalArgumentException("no TLA+ value for " + x + " (" + (x == null ? "null" : x.getClass().getSimpleName()) + ")");
  }

  /** A TLA+ value as the engine's Java value: records and functions as maps, sets as lists, ints as Long. */
  public static Object toJava(TlaValue v) {
    if (v instanceof TlaValue.Int i) return i.value();
    if (v instanceof TlaValue.Bool b) return b.value();
    if (v instanceof TlaValue.Str s) return s.value();
    if (v instanceof TlaValue.ModelValue m) return m.name();
    if (v instanceof TlaValue.TlaSet s) {
      List<Object> out = new ArrayList<>();
      for (TlaValue e : s.elements()) out.add(toJava(e));
      return out;
    }
    Map<Object, Object> out = new LinkedHashMap<>();
    if (v instanceof TlaValue.Seq s) {
      for (int i = 0; i < s.elements().size(); i++) out.put((long) i + 1, toJava(s.elements().get(i)));
    } else if (v instanceof TlaValue.Rec r) {
      r.fields().forEach((k, x) -> out.put(k, toJava(x)));
    } else if (v instanceof TlaValue.Fun f) {
      f.mapping().forEach((k, x) -> out.put(toJava(k), toJava(x)));
    }
    return out;
  }
}
