package failover.conform;

import failover.spec.Constants;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.spec.Vocabulary;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BugsCaughtTest} without TLC, on the graphs {@link PitFixtures} wrote: for each bug model,
 * the correct spec with its constants, breadth first, conforms with the correct engine, and the
 * engine built with that model's mistake ({@code new Pair(bug)}) diverges from it. Two tests, so
 * that PIT runs only the one a mutant's line is covered by.
 */
class BugsCaughtPit {
  /**
   * Graphs up to this many states. The two larger ones (bug_preempt_ignores_failed: 13,235 states,
   * bug_failover_to_failed_standby: 4,944) would cost every surviving mutant some 20 s more; their
   * mistakes are caught under PIT by {@link TraceCorpusTest} (traces/bugs/, the buggy engine must
   * reproduce the counterexample), and in {@code mvn -B verify} by {@link BugsCaughtTest}.
   */
  static final long MAX_STATES = 1_000;

  static Stream<String> bugModels() {
    return BugsCaughtTest.bugModels().filter(n -> {
      try {
        return PitFixtures.distinct(n) <= MAX_STATES;
      } catch (Exception e) {
        return true; // the test then reports the missing fixture
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bugModels")
  void theEngineBuiltWithTheSameMistakeDiverges(String name) throws Exception {
    PitFixtures.Graph g = PitFixtures.graph(name);
    String bug = g.engineBug();
    assertTrue(Vocabulary.BUGS.contains(bug) && !bug.equals("none"), "bug " + bug);
    Constants m = SpecModel.engineModel(g.constants());
    Exhaustive buggy = new Exhaustive(m, bug, g.constants(), null, 1).depthBounded();
    run(g, buggy);
    assertNotEquals(0, buggy.divergences(), "the engine built with " + bug + " must diverge from the correct spec");
  }

  /** The same graph (the bug model's constants, more than ci and state vary) conforms with the correct engine. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("bugModels")
  void theCorrectEngineConforms(String name) throws Exception {
    PitFixtures.Graph g = PitFixtures.graph(name);
    Exhaustive correct = new Exhaustive(SpecModel.engineModel(g.constants()), "none", g.constants(), null, 1).depthBounded();
    run(g, correct);
    GraphConformancePit.failOnFinding(name + " (correct spec, correct engine)", correct);
  }

  private static void run(PitFixtures.Graph g, Exhaustive ex) {
    try {
      g.replay(new GraphConformancePit.FirstDivergence(ex));
      ex.finish();
    } catch (GraphConformancePit.FirstDivergence.Stop stop) {
      // a divergence: the caller looks at ex.divergences()
    }
  }
}
