package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code failover check} and {@code failover models} on the toy specs (each TLC run about a second). */
class CheckCommandTest {
  static final String MANIFEST = """
      {"schema": 1, "tlcArgs": ["-lncheck", "final"], "models": [
        {"name": "pass", "module": "Toy", "cfg": "ToyPass.cfg", "expected": "pass", "distinctStates": 142,
         "description": "counter, invariant and liveness hold"},
        {"name": "wrong-count", "module": "Toy", "cfg": "ToyPass.cfg", "expected": "pass", "distinctStates": 141},
        {"name": "no-count", "module": "Toy", "cfg": "ToyPass.cfg", "expected": "pass"},
        {"name": "inv", "module": "Toy", "cfg": "ToyInvariant.cfg",
         "expected": {"violates": "SmallInv", "kind": "safety", "tlcExit": 12}, "distinctStates": 8, "depth": 4, "seconds": 0.9, "ci": true},
        {"name": "inv-unexpected", "module": "Toy", "cfg": "ToyInvariant.cfg", "expected": "pass"},
        {"name": "other-inv", "module": "Toy", "cfg": "ToyInvariant.cfg",
         "expected": {"violates": "TypeInv", "kind": "safety", "tlcExit": 12}},
        {"name": "live", "module": "Toy", "cfg": "ToyLiveness.cfg",
         "expected": {"violates": "StaysProp", "kind": "liveness", "tlcExit": 13}, "distinctStates": 36},
        {"name": "stutter", "module": "Toy", "cfg": "ToyStutter.cfg",
         "expected": {"violates": "StaysProp", "kind": "liveness", "tlcExit": 13}, "distinctStates": 5},
        {"name": "other-prop", "module": "Toy", "cfg": "ToyTwoProps.cfg",
         "expected": {"violates": "ReturnsProp", "kind": "liveness", "tlcExit": 13}},
        {"name": "missed-bug", "module": "Toy", "cfg": "ToyPass.cfg",
         "expected": {"violates": "ReturnsProp", "kind": "liveness", "tlcExit": 13}},
        {"name": "deadlock", "module": "ToyDeadlock", "cfg": "ToyDeadlock.cfg", "expected": "pass"},
        {"name": "assume", "module": "ToyAssume", "cfg": "ToyAssume.cfg", "expected": "pass"},
        {"name": "parse", "module": "ToyParse", "cfg": "ToyParse.cfg", "expected": "pass"},
        {"name": "cfg", "module": "Toy", "cfg": "ToyBadConfig.cfg", "expected": "pass"},
        {"name": "eval", "module": "ToyEval", "cfg": "ToyEval.cfg", "expected": "pass"},
        {"name": "no-cfg", "module": "Toy", "cfg": "Nothing.cfg", "expected": "pass"}
      ]}
      """;

  @TempDir static Path dir;
  static Path home;

  @BeforeAll
  static void toyHome() throws IOException {
    home = ToyHome.create(dir.resolve("home"), MANIFEST);
  }

  @Test
  void passingModelWithTheManifestsCountExitsZero() {
    Cli r = ToyHome.run(home, "check", "--model", "pass");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("Result:           pass"), r.out());
    assertTrue(r.out().contains("States generated: 249"), r.out());
    assertTrue(r.out().contains("Distinct states:  142"), r.out());
    assertTrue(r.out().contains("Depth:            11"), r.out());
    assertTrue(r.out().contains("Wall time:"), r.out());
    assertTrue(r.out().contains("OK: model pass: pass, as expected, with 142 distinct states."), r.out());
    assertFalse(r.out().contains("Trace"), r.out());
    assertTrue(Files.isDirectory(home.resolve("target/tlc/pass")), "TLC's metadata under target/tlc/<model>");
  }

  @Test
  void anotherDistinctCountIsUnexpected() {
    Cli r = ToyHome.run(home, "check", "--model", "wrong-count");
    assertEquals(1, r.exit(), r.out());
    assertEquals("failover check: model wrong-count: pass as expected, but 142 distinct states where the manifest says 141\n", r.err());
    Cli none = ToyHome.run(home, "check", "--model", "no-count");
    assertEquals(0, none.exit(), none.err());
    assertTrue(none.out().contains("the manifest records no distinct state count"), none.out());
  }

  @Test
  void expectedInvariantViolationPrintsTheTraceTable() {
    Cli r = ToyHome.run(home, "check", "--model", "inv");
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertTrue(out.contains("Result:           invariant SmallInv violated"), out);
    assertTrue(out.contains("Trace (4 states):"), out);
    // the history variable act names the action with its parameters; only what changed is shown
    assertTrue(out.contains("""
         step  action          changes
            1  Init            seen = [A |-> {}, B |-> {}]
                               x = 0
            2  Inc(unit: "A")  seen[A] = {1}
                               x = 1
            3  Inc(unit: "A")  seen[A] = {1, 2}
                               x = 2
            4  Inc(unit: "A")  seen[A] = {1, 2, 3}
                               x = 3
        """), out);
    assertFalse(out.contains("act ="), out);
    assertTrue(out.contains("OK: model inv: invariant SmallInv violated, as expected, with 8 distinct states."), out);
  }

  @Test
  void unexpectedSafetyViolationExitsTwelve() {
    Cli r = ToyHome.run(home, "check", "--model", "inv-unexpected");
    assertEquals(12, r.exit());
    assertEquals("failover check: model inv-unexpected: expected pass, but TLC found invariant SmallInv violated\n", r.err());
    assertTrue(r.out().contains("Trace (4 states):"), r.out());
    Cli other = ToyHome.run(home, "check", "--model", "other-inv");
    assertEquals(12, other.exit());
    assertTrue(other.err().contains("expected invariant TypeInv violated, but TLC found invariant SmallInv violated"), other.err());
  }

  @Test
  void expectedLivenessViolationsWithLassoAndStuttering() {
    Cli live = ToyHome.run(home, "check", "--model", "live");
    assertEquals(0, live.exit(), live.err());
    assertTrue(live.out().contains("temporal property StaysProp violated (the cfg's only PROPERTY"), live.out());
    assertTrue(live.out().contains("then back to step 6"), live.out());
    assertTrue(live.out().contains("    4  Reset(log: <<\"done\", 2>>, ok: TRUE)"), live.out());
    Cli stutter = ToyHome.run(home, "check", "--model", "stutter");
    assertEquals(0, stutter.exit(), stutter.err());
    assertTrue(stutter.out().contains("checking StaysProp alone"), stutter.out());
    assertTrue(stutter.out().contains("Result:           temporal property StaysProp violated (TLC names none of"
        + " ReturnsProp, StaysProp; checked alone, StaysProp is violated)"), stutter.out());
    assertTrue(stutter.out().contains("OK: model stutter: temporal property StaysProp violated, as expected, with 5"), stutter.out());
  }

  @Test
  void anotherTemporalPropertyThanTheExpectedOneIsCaughtByCheckingItAlone() {
    Cli r = ToyHome.run(home, "check", "--model", "other-prop");
    assertEquals(13, r.exit(), r.out());
    assertEquals("failover check: model other-prop: expected temporal property ReturnsProp violated, but TLC found"
        + " temporal property violated (one of ReturnsProp, StaysProp; not ReturnsProp: checked alone, it gives pass)\n", r.err());
  }

  @Test
  void aBugModelThatPassesIsUnexpected() {
    Cli r = ToyHome.run(home, "check", "--model", "missed-bug");
    assertEquals(1, r.exit());
    assertEquals("failover check: model missed-bug: expected temporal property ReturnsProp violated, but TLC found pass\n", r.err());
  }

  @Test
  void deadlockAndFalseAssumptionKeepTlcsMeaning() {
    Cli d = ToyHome.run(home, "check", "--model", "deadlock");
    assertEquals(11, d.exit());
    assertEquals("failover check: model deadlock: expected pass, but TLC found deadlock\n", d.err());
    assertTrue(d.out().contains("    1  Initial predicate  x = 0\n    2  Next               x = 1\n    3  Next               x = 2\n"), d.out());
    Cli a = ToyHome.run(home, "check", "--model", "assume");
    assertEquals(10, a.exit());
    assertEquals("failover check: model assume: expected pass, but TLC found assumption false\n", a.err());
  }

  @Test
  void specAndModelErrorsAreOneLineWithFileAndLine() {
    Cli p = ToyHome.run(home, "check", "--model", "parse");
    assertEquals(3, p.exit());
    assertTrue(p.err().startsWith("failover check: TLA+ parse error in spec/ToyParse.tla line 7, column 1: Encountered"), p.err());
    assertEquals(1, p.err().lines().count(), p.err());
    Cli c = ToyHome.run(home, "check", "--model", "cfg");
    assertEquals(3, c.exit());
    assertTrue(c.err().startsWith("failover check: error in spec/ToyBadConfig.cfg: The invariant NoSuchInv"), c.err());
    assertEquals(1, c.err().lines().count(), c.err());
    Cli e = ToyHome.run(home, "check", "--model", "eval");
    assertEquals(3, e.exit());
    assertTrue(e.err().startsWith("failover check: TLC cannot evaluate spec/ToyEval.tla line 7, column 26: + (of module Naturals)"
        + " applied to a string where an integer belongs"), e.err());
    assertEquals(1, e.err().lines().count(), e.err());
    Cli n = ToyHome.run(home, "check", "--model", "no-cfg");
    assertEquals(3, n.exit());
    assertEquals("failover check: model no-cfg: cannot read spec/Nothing.cfg\n", n.err());
  }

  @Test
  void unknownModelListsTheKnownOnes() {
    Cli r = ToyHome.run(home, "check", "--model", "nope");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("failover check: unknown model 'nope'; known models: pass, wrong-count, no-count, inv,"), r.err());
    assertEquals(1, r.err().lines().count());
  }

  @Test
  void badUsageAndMissingManifestExitTwo() throws IOException {
    assertEquals(2, ToyHome.run(home, "check", "--workers", "0").exit());
    Cli notANumber = ToyHome.run(home, "check", "--workers", "many");
    assertEquals(2, notANumber.exit());
    assertFalse(notANumber.err().contains("Exception"), notANumber.err());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Cli r = ToyHome.run(empty, "check");
    assertEquals(2, r.exit());
    assertEquals("failover check: " + empty.resolve("spec/manifest.json") + ": no such file\n", r.err());
    Path broken = ToyHome.create(dir.resolve("broken"), "{\"models\": [ {\"name\": \"x\" ");
    Cli b = ToyHome.run(broken, "models");
    assertEquals(2, b.exit());
    assertTrue(b.err().startsWith("failover models: " + broken.resolve("spec/manifest.json") + ": not valid JSON (line 1"), b.err());
    assertEquals(1, b.err().lines().count(), b.err());
  }

  @Test
  void modelsListsExpectedResultsAndCounts() {
    Cli r = ToyHome.run(home, "models");
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertTrue(out.startsWith("""
        model           expected result                         distinct states  depth  time (s)  CI   module (cfg)
        pass            pass                                                142      -         -  no   Toy (ToyPass.cfg)
        wrong-count     pass                                                141      -         -  no   Toy (ToyPass.cfg)
        no-count        pass                                                  -      -         -  no   Toy (ToyPass.cfg)
        inv             invariant SmallInv violated                           8      4       0.9  yes  Toy (ToyInvariant.cfg)
        """), out);
    assertEquals(18, out.lines().count(), out);
  }

  @Test
  void helpListsTheExitCodes() {
    Cli r = ToyHome.run(home, "check", "--help");
    assertEquals(0, r.exit());
    for (String code : new String[] {" 0", " 1", " 2", " 3", " 4", "10", "11", "12", "13"}) {
      assertTrue(r.out().contains("\n  " + code + "   "), code + " in:\n" + r.out());
    }
  }
}
