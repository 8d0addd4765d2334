package failover.conform;

import failover.spec.Constants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import failover.tlc.Tlc;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TLC's random behaviours of the ci model, replayed on the engine: no divergence. */
class SimulationConformanceTest {
  @Test
  void randomBehavioursOfTheCiModelConform() throws Exception {
    SpecModel model = SpecModel.locate(Path.of("spec"), "ci");
    Sources src = new Sources(model, Path.of("target/conform-test/sim-ci"), Tlc.fromClasspath());
    long seed = 11;
    List<Itf.Trace> traces = src.simulate(25, 30, seed, true);
    assertEquals(25, traces.size());
    assertNotNull(src.constants());
    Constants m = SpecModel.engineModel(src.constants());
    Coverage cov = new Coverage();
    int steps = 0;
    for (Itf.Trace t : traces) {
      Replay.Outcome o = Replay.replay(t, m, "none", cov);
      steps += o.steps();
      if (!o.ok()) fail("seed " + seed + " behaviour " + t.meta().get("behaviour") + ": " + String.join("\n", o.divergence().lines()));
    }
    assertTrue(steps > 25 * 10, "steps " + steps);
    assertTrue(cov.count("PowerOn") > 0);
  }
}
