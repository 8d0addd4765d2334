package failover.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.tlc.Manifest;
import failover.tlc.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipelines without the command line: what they tell their reporters, what they return, and
 * the typed failures (with their exit codes) they end with.
 */
class PipelinesTest {
  static final String MANIFEST = """
      {"schema": 1, "tlcArgs": ["-lncheck", "final"], "models": [
        {"name": "pass", "module": "Toy", "cfg": "ToyPass.cfg", "expected": "pass", "distinctStates": 142},
        {"name": "wrong-count", "module": "Toy", "cfg": "ToyPass.cfg", "expected": "pass", "distinctStates": 141},
        {"name": "inv", "module": "Toy", "cfg": "ToyInvariant.cfg",
         "expected": {"violates": "SmallInv", "kind": "safety", "tlcExit": 12}, "distinctStates": 8},
        {"name": "deadlock", "module": "ToyDeadlock", "cfg": "ToyDeadlock.cfg", "expected": "pass"},
        {"name": "parse", "module": "ToyParse", "cfg": "ToyParse.cfg", "expected": "pass"}
      ]}
      """;

  @TempDir static Path home;

  @BeforeAll
  static void toy() throws IOException {
    Path spec = Files.createDirectories(home.resolve("spec"));
    try (Stream<Path> s = Files.list(Path.of("harness/src/test/resources/tlc/toy"))) {
      for (Path f : s.toList()) Files.copy(f, spec.resolve(f.getFileName()));
    }
    Files.writeString(spec.resolve("manifest.json"), MANIFEST);
  }

  /** Keeps what a check tells. */
  static final class Collected implements CheckRun.Reporter {
    final List<String> events = new ArrayList<>();
    CheckRun.Summary summary;
    String runDir;

    @Override public void start(Manifest.Model model, String cfg, int workers, String runDir) {
      this.runDir = runDir;
      events.add("start " + model.name());
    }
    @Override public synchronized void note(String line) { }
    @Override public void result(CheckRun.Summary s) {
      summary = s;
      events.add("result " + s.result().verdict());
    }
    @Override public void ok(String line) { events.add("ok"); }
  }

  @Test
  void aCheckAsExpectedTellsItsStagesAndReturnsTheSummary() {
    Collected c = new Collected();
    CheckRun.Outcome o = new CheckRun(home, c).run("inv", 1);
    assertEquals(List.of("start inv", "result INVARIANT_VIOLATED", "ok"), c.events);
    assertEquals("SmallInv", o.summary().named().property().orElseThrow());
    assertEquals(8, o.summary().result().distinct());
    assertTrue(c.runDir.startsWith("target/tlc/inv/run-") && Files.isDirectory(home.resolve(c.runDir)), c.runDir);
    assertTrue(o.line().startsWith("OK: model inv:"), o.line());
  }

  @Test
  void failuresAreTypedWithTheirExitCodes() {
    Collected c = new Collected();
    Failure.Unexpected count = assertThrows(Failure.Unexpected.class, () -> new CheckRun(home, c).run("wrong-count", 1));
    assertNull(count.verdict());
    assertEquals(1, count.exitCode());
    assertEquals(List.of("start wrong-count", "result PASSED"), c.events, "the result is told before it is judged");
    Failure.Unexpected deadlock = assertThrows(Failure.Unexpected.class, () -> new CheckRun(home, new Collected()).run("deadlock", 1));
    assertEquals(Verdict.DEADLOCK, deadlock.verdict());
    assertEquals(11, deadlock.exitCode());
    assertEquals(3, assertThrows(Failure.SpecWrong.class, () -> new CheckRun(home, new Collected()).run("parse", 1)).exitCode());
    Failure.Usage unknown = assertThrows(Failure.Usage.class, () -> new CheckRun(home, new Collected()).run("nope", 1));
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.getMessage().startsWith("unknown model 'nope'; known models: pass, "), unknown.getMessage());
  }

  @Test
  void conformOnTheRealSpecReturnsItsConclusionAndTimings() {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text, true);
    ConformRun.Options o = new ConformRun.Options(List.of("bug_replicate_from_standby"), 2, 5, 1, false, false, false, false,
        null, 1, null);
    ConformRun.Result r = new ConformRun(Path.of("").toAbsolutePath(), () -> out).run(o);
    assertEquals(ConformRun.Conclusion.INCOMPLETE, r.conclusion(), text.toString());
    assertEquals(0, r.divergences());
    assertEquals(List.of("bug_replicate_from_standby"), r.timings().stream().map(ConformRun.Timing::model).toList());
    assertTrue(text.toString().contains("counterexample (") && text.toString().contains("conforms"), text.toString());
    assertInstanceOf(Failure.Usage.class, assertThrows(Failure.class,
        () -> new ConformRun(Path.of("").toAbsolutePath(), () -> out).run(new ConformRun.Options(List.of("nope"), 0, 5, 1,
            false, false, false, false, null, 1, null))));
  }
}
