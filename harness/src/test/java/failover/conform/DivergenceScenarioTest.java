package failover.conform;

import failover.spec.Constants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.corners.DivergenceScenario;
import failover.scenario.Scenario;
import failover.scenario.ScenarioParser;
import failover.scenario.ScenarioRunner;
import failover.tlc.Tlc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A divergent trace, shrunk and written as a scenario (issue 4: "saved under traces/ and as a
 * scenario file"): the engine built with a deliberate mistake ({@code new Pair("ReplicateFromStandby")})
 * diverges from TLC's random behaviours of the correct spec (model state); the first divergent one
 * is shrunk (TLC re-checks every candidate), and its scenario, whose expect lines are the spec's,
 * fails when played on that engine and passes on the correct one.
 */
class DivergenceScenarioTest {
  static final String BUG = "ReplicateFromStandby";

  @Test
  void aShrunkDivergenceAsAScenarioFailsOnTheBugEngineAndPassesOnTheCorrectOne() throws Exception {
    SpecModel model = SpecModel.locate(Path.of("spec"), "state");
    Sources src = new Sources(model, Path.of("target/conform-test/divergence-scenario"), Tlc.fromClasspath());
    long seed = 1;
    List<Itf.Trace> traces = src.simulate(100, 30, seed, false);
    Constants m = SpecModel.engineModel(src.constants());
    Itf.Trace divergent = null;
    for (Itf.Trace t : traces) {
      if (!Replay.replay(t, m, "none", null).ok()) throw new AssertionError("the correct engine diverges: " + t.meta());
      if (divergent == null && !Replay.replay(t, m, BUG, null).ok()) divergent = t;
    }
    assertNotNull(divergent, "seed " + seed + ": no behaviour of 100 makes the engine built with " + BUG + " diverge");

    Shrink.Result r = Shrink.shrink(src, divergent, m, BUG, 30);
    int steps = r.trace().states().size() - 1;
    assertTrue(steps < divergent.states().size() - 1, "shrunk: " + steps + " steps, seed " + seed);
    assertEquals(steps, r.divergence().step(), "cut after the divergent step");

    DivergenceScenario.Written w = DivergenceScenario.write(r.trace(), r.divergence(), BUG, "traces/divergences/x.itf.json");
    String text = String.join("\n", w.lines());
    assertTrue(w.lines().get(0).startsWith("# Divergence of the engine from the spec"), text);
    assertTrue(text.contains("# The trace: traces/divergences/x.itf.json"), text);
    Path file = Path.of("target/conform-test/divergence-scenario/x.scenario");
    DivergenceScenario.save(w, file);
    Scenario s = ScenarioParser.parseFile(file);

    ScenarioRunner.Outcome onBug = DivergenceScenario.play(w.lines(), BUG);
    assertInstanceOf(ScenarioRunner.Outcome.Fail.class, onBug, "the bug engine must fail it (seed " + seed + "):\n" + text);
    assertTrue(w.failsOnEngine());
    // it fails at the divergent step: after the scenario's last action line, at an expect line
    int failLine = ((ScenarioRunner.Outcome.Fail) onBug).line();
    String failing = Files.readAllLines(file).get(failLine - 1);
    assertTrue(failing.startsWith("expect "), failing);
    int lastStep = text.lastIndexOf("\n# step ");
    assertTrue(text.substring(0, lastStep).split("\n").length < failLine, "fails in the last step, line " + failLine + ":\n" + text);

    ScenarioRunner.Outcome onCorrect = ScenarioRunner.run(s);
    assertInstanceOf(ScenarioRunner.Outcome.Pass.class, onCorrect, ScenarioRunner.headline(onCorrect) + "\n" + text);
  }
}
