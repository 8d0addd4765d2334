package failover.corners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.scenario.ScenarioParser;
import failover.scenario.ScenarioRunner;
import failover.tlc.TlcOutputParser;
import failover.tlc.TlcResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trace-to-scenario mapping on a captured TLC output (no TLC run): the standby copy of group 1
 * fails, then the active copy's interfaces fail. The trace takes an environment action between a
 * Tick and the own step that Tick enabled, so the engine (which takes own steps at once) must be
 * given a wait one second short of the tick there; the scenario must pass and end in the trace's
 * last state.
 */
class ScenarioWriterTest {
  static WitnessRun captured() throws Exception {
    Corner corner = Catalogue.CORNERS.stream().filter(c -> c.name().equals("standby_failed_then_active_fails")).findFirst().orElseThrow();
    WitnessRun.ConstantsReader constants = new WitnessRun.ConstantsReader();
    TlcResult.Collector collector = new TlcResult.Collector();
    TlcOutputParser parser = new TlcOutputParser(m -> {
      collector.accept(m);
      constants.accept(m);
    });
    for (String line : Files.readAllLines(Path.of("harness/src/test/resources/failover/corners/active_fails_after_standby_failed.tool.txt"))) {
      parser.accept(line);
    }
    parser.finish();
    return WitnessRun.of(corner, collector.result(13, Duration.ZERO), constants.value());
  }

  @Test
  void constantsAndTraceAreRead() throws Exception {
    WitnessRun run = captured();
    assertEquals("A", run.constants().primary());
    assertEquals(1, run.constants().monIf().get(1));
    assertEquals(8, run.states().size());
    assertEquals("DetectInterfaceFailure", run.states().get(6).action());
    assertEquals("failed", run.states().get(7).role("B", 1));
  }

  @Test
  void scenarioReplaysTheTraceWithAShortenedTick() throws Exception {
    WitnessRun run = captured();
    ScenarioWriter.Written w = ScenarioWriter.write(run);
    assertTrue(w.divergences().isEmpty(), w.divergences().toString());
    List<String> lines = w.lines();
    int down = lines.indexOf("interface A GigabitEthernet0/2 down");
    assertTrue(down > 0, lines.toString());
    assertEquals("wait 4", lines.get(down - 3), "the Tick before A's interface goes down is one second short");
    List<String> tail = lines.subList(down, lines.size());
    assertTrue(tail.contains("wait 5"), tail.toString());
    assertTrue(tail.contains("expect B group 1 failed") && tail.contains("expect A group 1 active"), tail.toString());
    ScenarioRunner.Outcome o = ScenarioRunner.run(ScenarioParser.parse("written", lines));
    assertTrue(o instanceof ScenarioRunner.Outcome.Pass, ScenarioRunner.headline(o));
  }

  @Test
  void writingIsDeterministic() throws Exception {
    WitnessRun run = captured();
    assertEquals(ScenarioWriter.write(run).lines(), ScenarioWriter.write(run).lines());
    List<Story.Line> story = Story.of(run, ScenarioWriter.write(run));
    assertEquals(TimelineSvg.render("t", run, story), TimelineSvg.render("t", run, story));
  }
}
