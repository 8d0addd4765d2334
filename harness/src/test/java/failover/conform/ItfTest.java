package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.tlc.TlaValue;
import failover.tlc.Values;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ITF (ADR-015) written and read back; values compared as TLA+ values. */
class ItfTest {
  @Test
  void aStateAsTlcPrintsItRoundTrips(@TempDir Path dir) throws Exception {
    TlaValue role = TlaValue.parse("[A |-> <<\"active\", \"standby\">>, B |-> <<\"standby\", \"active\">>]");
    TlaValue act = TlaValue.parse("[name |-> \"PowerOn\", units |-> {\"A\", \"B\"}]");
    TlaValue fun = TlaValue.parse("(1 :> \"x\" @@ 3 :> \"y\")");
    Map<String, TlaValue> s = new LinkedHashMap<>();
    s.put("role", role);
    s.put("act", act);
    s.put("f", fun);
    s.put("big", new TlaValue.Int(1L << 60));
    s.put("neg", new TlaValue.Int(-7));
    s.put("mv", new TlaValue.ModelValue("m1"));
    Itf.Trace t = new Itf.Trace(Map.of("model", "ci", "seed", 7), List.of("role", "act", "f", "big", "neg", "mv"), List.of(s), -1);
    Path file = dir.resolve("t.itf.json");
    Itf.write(t, file);
    String json = Files.readString(file);
    assertTrue(json.contains("\"#set\""), json);
    assertTrue(json.contains("\"#map\""), json);
    assertTrue(json.contains("\"#bigint\" : \"1152921504606846976\""), json);
    assertTrue(json.contains("\"index\" : 0"), json);
    Itf.Trace back = Itf.read(file);
    assertEquals(t.vars(), back.vars());
    assertEquals(t.states(), back.states());
    assertEquals("ci", back.meta().get("model"));
    assertEquals(-1, back.loop());
  }

  @Test
  void tuplesAndBigintsOfOtherToolsAreRead() throws Exception {
    String json = "{\"vars\": [\"x\"], \"states\": [{\"x\": {\"#tup\": [1, {\"#bigint\": \"-12\"}]}}], \"loop\": 0}";
    Itf.Trace t = Itf.parse(json, "inline");
    assertEquals(new TlaValue.Seq(List.of(new TlaValue.Int(1), new TlaValue.Int(-12))), t.states().get(0).get("x"));
    assertEquals(0, t.loop());
  }

  @Test
  void badItfIsOneClearError() {
    assertThrows(Itf.ItfException.class, () -> Itf.parse("{", "f"));
    assertThrows(Itf.ItfException.class, () -> Itf.parse("{\"states\": []}", "f"));
    assertThrows(Itf.ItfException.class, () -> Itf.parse("{\"vars\": [\"x\"], \"states\": [{}]}", "f"));
    assertThrows(Itf.ItfException.class, () -> Itf.parse("{\"vars\": [\"x\"], \"states\": [{\"x\": {\"#set\": 3}}]}", "f"));
    assertThrows(Itf.ItfException.class, () -> Itf.parse("{\"vars\": [\"x\"], \"states\": [{\"x\": 1.5}]}", "f"));
    Itf.ItfException e = assertThrows(Itf.ItfException.class,
        () -> Itf.parse("{\"vars\": [\"x\"], \"states\": [{\"x\": {\"#bogus\": 1}}]}", "f.json"));
    assertTrue(e.getMessage().startsWith("f.json: malformed trace: state 0 (line 1), x"), e.getMessage());
  }

  /** Random values (a seeded generator of our own) survive writing and reading. */
  @Test
  void randomValuesRoundTrip() throws Exception {
    long seed = Long.getLong("failover.seed", new Random().nextLong());
    System.out.println("ItfTest.randomValuesRoundTrip: seed " + seed + " (replay: -Dfailover.seed=" + seed + ")");
    Random r = new Random(seed);
    for (int i = 0; i < 300; i++) {
      TlaValue v = random(r, 3);
      Map<String, TlaValue> s = Map.of("v", v);
      Itf.Trace t = new Itf.Trace(Map.of(), List.of("v"), List.of(s), -1);
      Itf.Trace back = Itf.parse(Itf.write(t), "random");
      assertEquals(v, back.states().get(0).get("v"), "seed " + seed + ": " + v);
      assertTrue(Values.equal(v, back.states().get(0).get("v")), "seed " + seed);
    }
  }

  private static TlaValue random(Random r, int depth) {
    int k = r.nextInt(depth <= 0 ? 4 : 8);
    switch (k) {
      case 0: return new TlaValue.Int(r.nextInt(5) == 0 ? r.nextLong() : r.nextInt(100) - 50);
      case 1: return new TlaValue.Bool(r.nextBoolean());
      case 2: return new TlaValue.Str(r.nextBoolean() ? "a\"b\\c" : "s" + r.nextInt(9));
      case 3: return new TlaValue.ModelValue("m" + r.nextInt(3));
      case 4: {
        List<TlaValue> es = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) es.add(random(r, depth - 1));
        return new TlaValue.TlaSet(es);
      }
      case 5: {
        List<TlaValue> es = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) es.add(random(r, depth - 1));
        return new TlaValue.Seq(es);
      }
      case 6: {
        Map<String, TlaValue> f = new LinkedHashMap<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) f.put("f" + r.nextInt(5), random(r, depth - 1));
        return new TlaValue.Rec(f);
      }
      default: {
        Map<TlaValue, TlaValue> m = new LinkedHashMap<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) m.put(new TlaValue.Int(r.nextInt(5)), random(r, depth - 1));
        return new TlaValue.Fun(m);
      }
    }
  }

  @Test
  void valuesCompareAsTlaValues() {
    TlaValue rec = TlaValue.parse("[A |-> 1, B |-> 2]");
    TlaValue fun = TlaValue.parse("(\"B\" :> 2 @@ \"A\" :> 1)");
    assertTrue(Values.equal(rec, fun));
    assertTrue(Values.equal(TlaValue.parse("<<\"x\", \"y\">>"), TlaValue.parse("(1 :> \"x\" @@ 2 :> \"y\")")));
    assertTrue(Values.equal(TlaValue.parse("{\"b\", \"a\"}"), TlaValue.parse("{\"a\", \"b\"}")));
    List<Values.Difference> d = Values.diff("role", TlaValue.parse("[A |-> <<\"active\", \"off\">>, B |-> <<\"standby\", \"active\">>]"),
        TlaValue.parse("[A |-> <<\"active\", \"off\">>, B |-> <<\"active\", \"active\">>]"));
    assertEquals(1, d.size());
    assertEquals("role[\"B\"][1]: spec=standby engine=active", d.get(0).describe("spec", "engine"));
  }

  @Test
  void engineValuesBecomeTlaValues() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("A", Map.of(1, "active", 2, "standby"));
    m.put("B", Map.of(1, "off", 2, "off"));
    assertTrue(Values.equal(TlaValue.parse("[A |-> <<\"active\", \"standby\">>, B |-> <<\"off\", \"off\">>]"), Values.of(m)));
    assertTrue(Values.equal(TlaValue.parse("{\"http\", \"tcp\"}"), Values.of(java.util.Set.of("tcp", "http"))));
  }
}
