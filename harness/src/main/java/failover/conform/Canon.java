package failover.conform;

import failover.tlc.TlaValue;
import failover.tlc.Values;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@link Values#canon}'s text, written straight into a {@link StringBuilder}: of a TLA+ value, and
 * of the engine's Java value (maps, collections, numbers, strings, booleans) without building the
 * TLA+ value {@link Values#of} would make of it. The same text, character for character (a test
 * checks it against {@code Values.canon(Values.of(x))}); the fast paths are taken only where that
 * is plain (record fields and set elements that sort as their quoted text does, sequences), any
 * other shape is handed to {@link Values} itself. The conformance harness compares states by this
 * text: two values are equal as TLA+ values exactly when their texts are.
 */
public final class Canon {
  private Canon() {}

  /** The canonical text of a TLA+ value or of an engine value ({@link Values#of}'s argument). */
  public static String of(Object x) {
    StringBuilder sb = new StringBuilder(64);
    write(x, sb);
    return sb.toString();
  }

  /** The canonical text of the map of variables {@code vars} without the variable {@code leaveOut}, as if it were not there. */
  public static String without(Map<String, ?> vars, String leaveOut) {
    StringBuilder sb = new StringBuilder(1024);
    writeRecord(vars, leaveOut, sb);
    return sb.toString();
  }

  /**
   * Whether the TLA+ value {@code a} and the value {@code b} (a TLA+ value or an engine value) surely
   * have the same canonical text, decided without writing it: true only where the shapes are plain
   * (numbers, booleans, strings, records and maps of string keys, sequences and maps of keys 1..n,
   * sets of strings) and equal element by element (the text is the value's canonical form; a
   * collection's elements are compared as many times each as the text writes them). False where
   * they differ or a shape is not plain: the caller then compares the texts. Never true where the
   * texts differ.
   */
  public static boolean surelySame(TlaValue a, Object b) {
    if (b instanceof TlaValue v) return a.equals(v);
    if (a instanceof TlaValue.Int i) {
      return (b instanceof Long || b instanceof Integer || b instanceof Short || b instanceof Byte)
          && ((Number) b).longValue() == i.value();
    }
    if (a instanceof TlaValue.Str s) return b instanceof String t && s.value().equals(t);
    if (a instanceof TlaValue.Bool x) return b instanceof Boolean y && x.value() == y;
    try {
      if (a instanceof TlaValue.Rec r) return b instanceof Map<?, ?> m && sameRecord(r.fields(), m);
      if (a instanceof TlaValue.Seq q) return b instanceof Map<?, ?> m && sameSeq(q.elements(), m);
    } catch (ClassCastException e) {
      return false; // a sorted map of other keys than those looked up
    }
    return a instanceof TlaValue.TlaSet t && b instanceof Collection<?> c && sameStringSet(t.elements(), c);
  }

  /** A record and a map of the same string keys, each field surely the same. */
  private static boolean sameRecord(Map<String, TlaValue> fields, Map<?, ?> m) {
    if (fields.size() != m.size()) return false;
    for (Map.Entry<String, TlaValue> e : fields.entrySet()) {
      Object x = m.get(e.getKey());
      if (x == null || !surelySame(e.getValue(), x)) return false;
    }
    return true; // as many keys, every key of the record in m: the same keys
  }

  /** A sequence and a map of keys 1..n (Integer), element by element. */
  private static boolean sameSeq(List<TlaValue> es, Map<?, ?> m) {
    int n = es.size();
    if (n != m.size()) return false;
    for (int i = 0; i < n; i++) {
      Object x = m.get(i + 1);
      if (x == null || !surelySame(es.get(i), x)) return false;
    }
    return true; // n keys, each of 1..n among them: exactly 1..n, the form of a sequence
  }

  /** A set of strings and a collection of strings with the same elements, as many times each. */
  private static boolean sameStringSet(List<TlaValue> es, Collection<?> c) {
    int n = es.size();
    if (n != c.size()) return false;
    String[] x = new String[n], y = new String[n];
    int i = 0;
    for (TlaValue e : es) {
      if (!(e instanceof TlaValue.Str s)) return false;
      x[i++] = s.value();
    }
    i = 0;
    for (Object o : c) {
      if (!(o instanceof String s)) return false;
      y[i++] = s;
    }
    if (n > 1) {
      Arrays.sort(x);
      Arrays.sort(y);
    }
    return Arrays.equals(x, y);
  }

  /** Appends the canonical text of {@code x} (a TLA+ value or an engine value). */
  public static void write(Object x, StringBuilder sb) {
    if (x instanceof TlaValue v) writeTla(v, sb);
    else if (x instanceof Boolean b) sb.append(b ? "TRUE" : "FALSE");
    else if (x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte) sb.append(((Number) x).longValue());
    else if (x instanceof String s) quote(s, sb);
    else if (x instanceof Map<?, ?> m) writeMap(m, sb);
    else if (x instanceof Collection<?> c && allStrings(c)) writeStringSet(c, sb);
    else sb.append(Values.canon(Values.of(x))); // any other value: as Values has it
  }

  private static void writeTla(TlaValue v, StringBuilder sb) {
    if (v instanceof TlaValue.Int i) sb.append(i.value());
    else if (v instanceof TlaValue.Bool b) sb.append(b.value() ? "TRUE" : "FALSE");
    else if (v instanceof TlaValue.Str s) quote(s.value(), sb);
    else if (v instanceof TlaValue.ModelValue m) sb.append(m.name());
    else if (v instanceof TlaValue.Rec r) writeRecord(r.fields(), null, sb);
    else if (v instanceof TlaValue.Seq s) writeSeq(s.elements(), sb);
    else if (v instanceof TlaValue.TlaSet s) {
      List<TlaValue> es = s.elements();
      String[] parts = new String[es.size()];
      for (int i = 0; i < parts.length; i++) parts[i] = of(es.get(i));
      joinSorted(parts, sb);
    } else sb.append(Values.canon(v)); // a function of other keys
  }

  /** A function whose keys are field names: the keys sorted by their quoted text. */
  private static void writeRecord(Map<String, ?> fields, String leaveOut, StringBuilder sb) {
    int n = fields.size();
    String[] keys = new String[n];
    int k = 0;
    boolean plain = true;
    for (String key : fields.keySet()) {
      if (key.equals(leaveOut)) continue;
      keys[k++] = key;
      plain &= plain(key);
    }
    if (k == 0) {
      sb.append("<<>>");
      return;
    }
    if (plain) {
      // quoted plain names sort as the names do
      if (!sorted(keys, k)) Arrays.sort(keys, 0, k);
      sb.append('(');
      for (int i = 0; i < k; i++) {
        if (i > 0) sb.append(" @@ ");
        quote(keys[i], sb);
        sb.append(" :> ");
        write(fields.get(keys[i]), sb);
      }
      sb.append(')');
      return;
    }
    String[] quoted = new String[k];
    Map<String, String> byQuoted = new java.util.HashMap<>();
    for (int i = 0; i < k; i++) {
      quoted[i] = new TlaValue.Str(keys[i]).toString();
      byQuoted.put(quoted[i], keys[i]);
    }
    Arrays.sort(quoted);
    sb.append('(');
    for (int i = 0; i < k; i++) {
      if (i > 0) sb.append(" @@ ");
      sb.append(quoted[i]).append(" :> ");
      write(fields.get(byQuoted.get(quoted[i])), sb);
    }
    sb.append(')');
  }

  /** A sequence: the function of 1..n, its keys sorted as text (10 before 2). */
  private static void writeSeq(List<?> es, StringBuilder sb) {
    int n = es.size();
    if (n == 0) {
      sb.append("<<>>");
      return;
    }
    sb.append('(');
    int[] order = seqOrder(n);
    for (int i = 0; i < n; i++) {
      if (i > 0) sb.append(" @@ ");
      sb.append(order[i]).append(" :> ");
      write(es.get(order[i] - 1), sb);
    }
    sb.append(')');
  }

  /** {@link #order} of the lengths below 64, made once. */
  private static final int[][] ORDERS = new int[64][];

  static {
    for (int n = 0; n < ORDERS.length; n++) ORDERS[n] = order(n);
  }

  private static int[] seqOrder(int n) { return n < ORDERS.length ? ORDERS[n] : order(n); }

  /** 1..n in the order of their decimal texts. */
  private static int[] order(int n) {
    String[] t = new String[n];
    for (int i = 0; i < n; i++) t[i] = Integer.toString(i + 1);
    Arrays.sort(t);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) out[i] = Integer.parseInt(t[i]);
    return out;
  }

  private static void writeMap(Map<?, ?> m, StringBuilder sb) {
    if (m.isEmpty()) {
      sb.append("<<>>");
      return;
    }
    boolean strings = true;
    for (Object key : m.keySet()) if (!(key instanceof String)) { strings = false; break; }
    if (strings) {
      @SuppressWarnings("unchecked")
      Map<String, ?> fields = (Map<String, ?>) m;
      writeRecord(fields, null, sb);
      return;
    }
    // keys 1..n (Integer or Long): a sequence
    int n = m.size();
    Object[] byIndex = new Object[n];
    for (Map.Entry<?, ?> e : m.entrySet()) {
      Object key = e.getKey();
      if (!(key instanceof Integer || key instanceof Long)) { byIndex = null; break; }
      long i = ((Number) key).longValue();
      if (i < 1 || i > n || byIndex[(int) i - 1] != null) { byIndex = null; break; }
      byIndex[(int) i - 1] = e.getValue() == null ? NULL : e.getValue();
    }
    if (byIndex == null) {
      sb.append(Values.canon(Values.of(m))); // any other function: as Values has it
      return;
    }
    for (int i = 0; i < n; i++) if (byIndex[i] == NULL) byIndex[i] = null;
    writeSeq(Arrays.asList(byIndex), sb);
  }

  private static final Object NULL = new Object();

  private static boolean allStrings(Collection<?> c) {
    for (Object o : c) if (!(o instanceof String)) return false;
    return true;
  }

  /** A set of strings: the quoted elements sorted. */
  private static void writeStringSet(Collection<?> c, StringBuilder sb) {
    String[] parts = new String[c.size()];
    int i = 0;
    for (Object o : c) parts[i++] = new TlaValue.Str((String) o).toString();
    joinSorted(parts, sb);
  }

  private static void joinSorted(String[] parts, StringBuilder sb) {
    if (!sorted(parts, parts.length)) Arrays.sort(parts);
    sb.append('{');
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) sb.append(", ");
      sb.append(parts[i]);
    }
    sb.append('}');
  }

  private static boolean sorted(String[] a, int n) {
    for (int i = 1; i < n; i++) if (a[i - 1].compareTo(a[i]) > 0) return false;
    return true;
  }

  /** No character that TLC escapes or that sorts at or before the closing quote. */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= '"' || c == '\\') return false;
    }
    return true;
  }

  /** {@link TlaValue.Str#toString()}: the string quoted, with TLC's escapes. */
  private static void quote(String s, StringBuilder sb) {
    if (plain(s)) {
      sb.append('"').append(s).append('"');
      return;
    }
    sb.append(new TlaValue.Str(s));
  }
}
