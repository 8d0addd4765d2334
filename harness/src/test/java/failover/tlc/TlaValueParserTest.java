package failover.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** TLA+ values as TLC prints them, read into {@link TlaValue}. */
class TlaValueParserTest {
  static TlaValue i(long n) { return new TlaValue.Int(n); }
  static TlaValue s(String v) { return new TlaValue.Str(v); }
  static TlaValue b(boolean v) { return new TlaValue.Bool(v); }
  static TlaValue mv(String n) { return new TlaValue.ModelValue(n); }
  static TlaValue set(TlaValue... e) { return new TlaValue.TlaSet(List.of(e)); }
  static TlaValue seq(TlaValue... e) { return new TlaValue.Seq(List.of(e)); }

  static TlaValue rec(Object... kv) {
    Map<String, TlaValue> m = new LinkedHashMap<>();
    for (int k = 0; k < kv.length; k += 2) m.put((String) kv[k], (TlaValue) kv[k + 1]);
    return new TlaValue.Rec(m);
  }

  static TlaValue fun(TlaValue... kv) {
    Map<TlaValue, TlaValue> m = new LinkedHashMap<>();
    for (int k = 0; k < kv.length; k += 2) m.put(kv[k], kv[k + 1]);
    return new TlaValue.Fun(m);
  }

  /** Every variable of the state TLC printed in values.out (see toy/ToyValues.tla). */
  @Test
  void readsEveryKindOfValueTlcPrinted() {
    TlcResult r = Captured.result("values");
    TlcMessage.TraceState st = r.trace().states().get(0);
    Map<String, TlaValue> v = st.parsedValues();
    assertEquals(16, v.size());
    assertEquals(i(42), v.get("int"));
    assertEquals(i(-7), v.get("neg"));
    assertEquals(b(false), v.get("bool"));
    assertEquals(s("say \"hi\"\\ok"), v.get("str"));
    assertEquals(set(i(1), i(2), i(3)), v.get("set"));
    assertEquals(set(), v.get("empty"));
    assertEquals(seq(), v.get("seq"));
    assertEquals(seq(i(1), s("a"), b(true)), v.get("tuple"));
    assertEquals(rec("name", s("Inc"), "unit", s("A"), "n", i(0)), v.get("rec"));
    assertEquals(fun(i(0), i(0), i(5), i(10)), v.get("fun"));
    assertEquals(fun(mv("m1"), i(1)), v.get("fun1"));
    assertEquals(rec("A", set(), "B", set()), v.get("strfun"));
    assertEquals(set(i(1), i(2), i(3)), v.get("interval"));
    assertEquals(set(mv("m1"), mv("m2")), v.get("mv"));
    TlaValue inner = seq(set(s("tcp")), rec("on", b(true)));
    assertEquals(seq(fun(mv("m1"), inner, mv("m2"), inner), fun(mv("m1"), inner, mv("m2"), inner)), v.get("nested"));
    // a value TLC broke over several lines
    TlaValue group = rec("role", s("standby"), "ifDown", i(0), "conns", set(s("tcp"), s("http")),
        "running", rec("system", i(3), "admin", i(3), "ctx1", i(3)));
    assertEquals(rec("A", seq(group, group), "B", seq(group, group)), v.get("long"));
    assertEquals(s("standby"), v.get("long").apply("B").apply(2).apply("role"));
  }

  @Test
  void applyReadsRecordsSequencesAndFunctions() {
    assertEquals(i(1), rec("A", i(1)).apply(mv("A")), "a record's field named by a model value");
    assertEquals(i(1), rec("A", i(1)).apply("A"));
    assertEquals(s("x"), seq(s("x")).apply(1));
    assertEquals(i(10), fun(i(5), i(10)).apply(5));
    assertThrows(IllegalArgumentException.class, () -> seq(s("x")).apply(2));
    assertThrows(IllegalArgumentException.class, () -> i(3).apply(1));
    assertThrows(IllegalArgumentException.class, () -> ((TlaValue.Rec) rec("a", i(1))).get("b"));
  }

  @Test
  void printsValuesBackInTlcSyntax() {
    assertEquals("[a |-> {1, 2}, b |-> <<\"x\", TRUE>>]", rec("a", set(i(1), i(2)), "b", seq(s("x"), b(true))).toString());
    assertEquals("(m1 :> -1 @@ m2 :> 0)", fun(mv("m1"), i(-1), mv("m2"), i(0)).toString());
    assertEquals("\"a\\\"b\\\\c\\n\"", s("a\"b\\c\n").toString());
  }

  @Test
  void rejectsWhatTlcNeverPrintsWithTheOffset() {
    for (String bad : List.of("", "[a |-> ]", "{1, 2", "\"abc", "1 2", "<<1,>>", "(1 :> 2 @@)", "[]", "%", "[a |-> 1, a |-> 2]")) {
      TlaValueParser.ParseException e = assertThrows(TlaValueParser.ParseException.class, () -> TlaValue.parse(bad), bad);
      assertTrue(e.offset >= 0 && e.offset <= bad.length(), bad + ": " + e.offset);
    }
    assertEquals(3, assertThrows(TlaValueParser.ParseException.class, () -> TlaValue.parse("{1,}")).offset);
  }

  /** Random values printed by {@code toString} read back equal (seeded; the seed is in the message). */
  @Test
  void randomValuesRoundTrip() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int n = 0; n < 2_000; n++) {
      TlaValue v = random(random, 4);
      String text = v.toString();
      assertEquals(v, TlaValue.parse(text), "seed " + seed + ": " + text);
      String spread = spread(text);
      assertEquals(v, TlaValue.parse(spread), "seed " + seed + " (line breaks): " + spread);
    }
  }

  /** Breaks the text after each comma and {@code |->} outside strings, as TLC does with long values. */
  private static String spread(String text) {
    StringBuilder sb = new StringBuilder();
    boolean inString = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      sb.append(c);
      if (inString && c == '\\') sb.append(text.charAt(++k));
      else if (c == '"') inString = !inString;
      else if (!inString && (c == ',' || (c == '>' && k > 0 && text.charAt(k - 1) == '-'))) sb.append("\n    ");
    }
    return sb.toString();
  }

  private static TlaValue random(Random r, int depth) {
    int kind = r.nextInt(depth <= 0 ? 4 : 8);
    switch (kind) {
      case 0: return i(r.nextInt(201) - 100);
      case 1: return b(r.nextBoolean());
      case 2: {
        String alphabet = "ab \"\\\n\tz=|>,";
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(5); k > 0; k--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return s(sb.toString());
      }
      case 3: return mv("m" + r.nextInt(3));
      case 4: return new TlaValue.TlaSet(list(r, depth));
      case 5: return new TlaValue.Seq(list(r, depth));
      case 6: {
        Map<String, TlaValue> m = new LinkedHashMap<>();
        for (int k = 1 + r.nextInt(3); k > 0; k--) m.put("f" + r.nextInt(5), random(r, depth - 1));
        return new TlaValue.Rec(m);
      }
      default: {
        Map<TlaValue, TlaValue> m = new LinkedHashMap<>();
        for (int k = 1 + r.nextInt(3); k > 0; k--) m.put(random(r, depth - 2), random(r, depth - 1));
        return new TlaValue.Fun(m);
      }
    }
  }

  private static List<TlaValue> list(Random r, int depth) {
    List<TlaValue> out = new ArrayList<>();
    for (int k = r.nextInt(4); k > 0; k--) out.add(random(r, depth - 1));
    return out;
  }
}
