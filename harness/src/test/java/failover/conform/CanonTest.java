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
}
