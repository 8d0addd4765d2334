package failover.conform;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TLC's random behaviours of the ci, state, mirror and policy models, beyond their state constraints (as
 * {@code failover conform} simulates), written once by {@link PitFixtures}, replayed on the engine:
 * no divergence. One test a behaviour.
 */
class SimulationConformancePit {
  static Stream<Path> behaviours() throws Exception { return PitFixtures.simulations().stream(); }

  @ParameterizedTest(name = "{0}")
  @MethodSource("behaviours")
  void conforms(Path file) throws Exception {
    Itf.Trace t = Itf.read(file);
    Conform.Setup s = Conform.setupOf(t, null);
    Replay.Outcome o = Replay.replay(t, s.model(), s.bug(), null);
    if (!o.ok()) fail(file + " diverges:\n" + String.join("\n", o.divergence().lines()));
    assertTrue(o.steps() > 0, file + ": no step");
  }
}
