package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import failover.adapter.SpecDriver;
import failover.spec.Constants;
import failover.tlc.TlaValue;
import failover.tlc.Values;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Canon} writes {@link Values#canon}'s text, character for character. */
class CanonTest {
  private static void same(Object x) {
    assertEquals(Values.canon(Values.of(x)), Canon.of(x), String.valueOf(x));
  }

  @Test
  void javaValuesOfEveryShape() {
    same(1L);
    same(-7);
    same(true);
    same("plain");
    same("with space");
    same("quote\" and \\ back\nslash\t");
    same(List.of());
    same(List.of("tcp", "http"));
    same(new TreeSet<>(Set.of("b", "a b", "a", "a\"")));
    same(Map.of());
    Map<Integer, Long> seq = new TreeMap<>();
    for (int i = 1; i <= 12; i++) seq.put(i, (long) i * 3); // keys sort as text: 1, 10, 11, 12, 2, ...
    same(seq);
    same(Map.of(2, "x", 5, "y")); // not 1..n: a function
    Map<String, Object> rec = new LinkedHashMap<>();
    rec.put("z", 1);
    rec.put("a", Map.of("B", List.of("tcp"), "A", List.of()));
    rec.put("a b", 2);
    rec.put("a!", 3);
    rec.put("A", seq);
    same(rec);
    same(Map.of(Box.A, 1));
    same(Map.of(1, "a", 2L, "b"));
  }

  enum Box { A }

  @Test
  void tlaValuesOfEveryShape() {
    for (String text : List.of("<<>>", "<<1, 2, 3>>", "[a |-> 1, b |-> <<{}, {\"tcp\"}>>]", "{\"b\", \"a\"}", "(1 :> \"a\" @@ 3 :> \"b\")",
        "[A |-> [admin |-> 0, system |-> -1], B |-> (\"a b\" :> 0 @@ \"a\" :> 1)]", "m1", "<<<< >>, << >>>>", "{<<1>>, <<>>}")) {
      TlaValue v = TlaValue.parse(text);
      assertEquals(Values.canon(v), Canon.of(v), text);
    }
  }

  /** Every state of the corpus, as the trace has it and as the engine has it after replaying it, and the text without act. */
  @Test
  void everyStateOfTheCorpus() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("traces"))) {
      files = s.filter(p -> p.toString().endsWith(".itf.json")).sorted().toList();
    }
    int n = 0;
    for (Path f : files) {
      Itf.Trace t = Itf.read(f);
      Conform.Setup setup = Conform.setupOf(t, null);
      Constants m = setup.model();
      SpecDriver d = new SpecDriver(m, setup.bug());
      for (int i = 0; i < t.states().size(); i++) {
        Map<String, TlaValue> s = t.states().get(i);
        assertEquals(Values.canon(Values.of(s)), Canon.of(s), f + " state " + i);
        if (i > 0) {
          @SuppressWarnings("unchecked")
          Map<String, Object> act = (Map<String, Object>) Values.toJava(s.get("act"));
          if (!d.apply(act).ok()) break;
        }
        Map<String, Object> vars = d.vars();
        assertEquals(Values.canon(Values.of(vars)), Canon.of(vars), f + " engine state " + i);
        Map<String, Object> noAct = new LinkedHashMap<>(vars);
        noAct.remove("act");
        assertEquals(Values.canon(Values.of(noAct)), Canon.without(vars, "act"), f + " engine state " + i);
        n++;
      }
    }
    assertEquals(true, n > 500, n + " states");
  }

  /** {@link Canon#surelySame} is never true where the texts differ, and true on the plain shapes that are equal. */
  @Test
  void surelySameNeverSaysSameWhereTheTextsDiffer() {
    List<String> specs = List.of("0", "1", "TRUE", "FALSE", "\"a\"", "\"A\"", "<<>>", "{}", "<<1, 2>>", "<<2, 1>>", "<<1>>",
        "{\"tcp\", \"http\"}", "{\"tcp\"}", "[A |-> 1, B |-> 2]", "[A |-> 1]", "[A |-> <<0, 1>>, B |-> <<>>]",
        "[A |-> [system |-> 0, admin |-> 1]]", "(1 :> \"a\" @@ 3 :> \"b\")", "m1", "<<{\"tcp\"}, {}>>");
    Map<Integer, Long> seq12 = new TreeMap<>(Map.of(1, 1L, 2, 2L));
    Map<Integer, Long> seq21 = new TreeMap<>(Map.of(1, 2L, 2, 1L));
    Map<String, Object> ab = new TreeMap<>(Map.of("A", 1L, "B", 2L));
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("A", new TreeMap<>(Map.of(1, 0L, 2, 1L)));
    nested.put("B", new TreeMap<Integer, Long>());
    Map<String, Object> scopes = Map.of("A", new TreeMap<>(Map.of("system", 0L, "admin", 1L)));
    List<Object> engines = List.of(0L, 1, 1L, true, false, "a", "A", Map.of(), List.of(), Set.of(), seq12, seq21,
        new TreeMap<>(Map.of(1, 1L)), List.of("http", "tcp"), new TreeSet<>(Set.of("tcp")), List.of("tcp", "tcp"), ab,
        new TreeMap<>(Map.of("A", 1L)), nested, scopes, Map.of(1, "a", 3, "b"), new TreeMap<>(Map.of(1, Set.of("tcp"), 2, Set.of())),
        TlaValue.parse("<<1, 2>>"), TlaValue.parse("[A |-> 1]"));
    int yes = 0;
    for (String text : specs) {
      TlaValue a = TlaValue.parse(text);
      for (Object b : engines) {
        boolean same = Canon.of(a).equals(Canon.of(b));
        if (Canon.surelySame(a, b)) {
          yes++;
          assertEquals(true, same, text + " against " + b);
        }
      }
    }
    // the plain shapes are told without their texts
    for (Object[] pair : new Object[][] {{"1", 1L}, {"<<1, 2>>", seq12}, {"[A |-> 1, B |-> 2]", ab}, {"{\"tcp\", \"http\"}", List.of("http", "tcp")},
        {"[A |-> <<0, 1>>, B |-> <<>>]", nested}, {"[A |-> [system |-> 0, admin |-> 1]]", scopes}, {"<<{\"tcp\"}, {}>>", new TreeMap<>(Map.of(1, Set.of("tcp"), 2, Set.of()))}}) {
      assertEquals(true, Canon.surelySame(TlaValue.parse((String) pair[0]), pair[1]), pair[0] + " against " + pair[1]);
    }
    assertEquals(true, yes >= 7, "surely the same " + yes + " times");
  }

  /**
   * Over the corpus: every state of every trace against the engine replaying it, variable by
   * variable, as Replay compares them; and each against the engine one step earlier, where some
   * variables differ.
   */
  @Test
  void surelySameAgreesWithTheTextsOnTheCorpus() throws Exception {
    int checked = 0;
    try (Stream<Path> files = Files.list(Path.of("traces/simulation"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".itf.json")).sorted().toList()) {
        Itf.Trace t = Itf.read(f);
        Conform.Setup setup = Conform.setupOf(t, null);
        SpecDriver d = new SpecDriver(setup.model(), setup.bug());
        for (int i = 0; i < t.states().size(); i++) {
          Map<String, TlaValue> s = t.states().get(i);
          Map<String, Object> before = d.vars();
          if (i > 0) {
            @SuppressWarnings("unchecked")
            Map<String, Object> act = (Map<String, Object>) Values.toJava(s.get("act"));
            d.apply(act);
          }
          Map<String, Object> vars = d.vars();
          for (Map.Entry<String, TlaValue> e : s.entrySet()) {
            Object x = vars.get(e.getKey());
            // every variable of a state the engine reaches has a plain shape: told without its text
            boolean same = Canon.of(e.getValue()).equals(Canon.of(x));
            assertEquals(same, Canon.surelySame(e.getValue(), x), f + " state " + i + " " + e.getKey());
            checked++;
            Object y = before.get(e.getKey());
            if (Canon.surelySame(e.getValue(), y)) {
              assertEquals(true, Canon.of(e.getValue()).equals(Canon.of(y)), f + " state " + i + " " + e.getKey() + " before");
            }
          }
        }
      }
    }
    assertEquals(true, checked > 1000, "variables compared: " + checked);
  }
}
