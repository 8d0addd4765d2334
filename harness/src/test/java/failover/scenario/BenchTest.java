package failover.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The bench's inputs are what it says they are (no timing is checked: speed belongs to the bench). */
class BenchTest {
  @Test
  void theHundredLineScenarioHasAHundredLinesAndPasses() throws Exception {
    assertEquals(100, Bench.hundredLines().size());
    ScenarioRunner.Outcome o = ScenarioRunner.run(ScenarioParser.parse("bench-100.scenario", Bench.hundredLines()));
    assertEquals("PASS bench-100.scenario", ScenarioRunner.headline(o));
  }

  @Test
  void benchPrintsTheMachineAndBothFigures() {
    StringWriter out = new StringWriter();
    assertEquals(0, Bench.run(new PrintWriter(out), 1, 200));
    String s = out.toString();
    assertTrue(s.startsWith("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "), s);
    assertTrue(s.contains("engine: "), s);
    assertTrue(s.contains(" steps/s "), s);
    assertTrue(s.contains("play: "), s);
    assertTrue(s.contains(" ms per 100-line scenario "), s);
  }
}
