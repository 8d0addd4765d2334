package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import failover.tlc.StateGraph;
import failover.tlc.TlaValue;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exhaustive conformance, both ways, of the ci, state, mirror and policy models' whole state graphs, and of
 * ci's with B as the primary unit (as
 * {@link ExhaustiveConformanceTest} and {@code failover conform}), read from the TLC dumps that
 * {@link PitFixtures} wrote once: no TLC per run, so PIT can run it for every mutant of the engine.
 * It stops at the first divergence (a killed mutant costs little).
 */
class GraphConformancePit {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ci", "state", "mirror", "policy", PitFixtures.CI_PRIMARY_B})
  void everyEdgeConformsBothWays(String name) throws Exception {
    PitFixtures.Graph g = PitFixtures.graph(name);
    Exhaustive ex = new Exhaustive(SpecModel.engineModel(g.constants()), "none", g.constants(), null, 1);
    try {
      g.replay(new FirstDivergence(ex));
      ex.finish();
    } catch (FirstDivergence.Stop stop) {
      // reported below
    }
    failOnFinding(name, ex);
    assertEquals(g.distinct(), ex.states(), name + ": every state of TLC's graph was read");
  }

  static void failOnFinding(String name, Exhaustive ex) {
    if (ex.divergences() == 0) return;
    StringBuilder sb = new StringBuilder(name + ": the engine diverges from the spec\n");
    for (Exhaustive.Finding f : ex.findings()) sb.append(String.join("\n", f.lines())).append('\n');
    fail(sb.toString());
  }

  /** Passes the dump on to an {@link Exhaustive} and stops reading at its first divergence. */
  static final class FirstDivergence implements StateGraph.Listener {
    static final class Stop extends RuntimeException {
      Stop() { super("first divergence", null, false, false); }
    }

    private final Exhaustive ex;

    FirstDivergence(Exhaustive ex) { this.ex = ex; }

    @Override public void node(long id, Map<String, TlaValue> state) {
      ex.node(id, state);
      if (ex.divergences() > 0) throw new Stop();
    }

    @Override public void edge(long from, long to, String action) {
      ex.edge(from, to, action);
      if (ex.divergences() > 0) throw new Stop();
    }
  }
}
