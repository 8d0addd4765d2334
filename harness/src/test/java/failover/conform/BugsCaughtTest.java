package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.engine.Pair;
import failover.engine.SpecDriver;
import failover.tlc.Tlc;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof that conformance bites: for each bug model of the spec (MCbug_*.cfg, Bug = one deliberate
 * mistake), the CORRECT spec (the same constants, Bug = "none") is checked exhaustively against
 * the engine built with that same mistake ({@code new Pair(bug)}): conformance must diverge.
 */
class BugsCaughtTest {
  /**
   * Depth of the breadth-first search: one more state than the bug model's own counterexample
   * (traces/bugs/NAME.itf.json), so that the search reaches where the mistake shows, and stays small.
   */
  static int depth(String name) throws Exception {
    Path cex = Path.of("traces", "bugs", name + ".itf.json");
    return java.nio.file.Files.exists(cex) ? Itf.read(cex).states().size() + 1 : 9;
  }

  static Stream<String> bugModels() {
    return SpecModel.names(Path.of("spec")).stream().filter(n -> n.startsWith("bug_"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bugModels")
  void theCorrectSpecCatchesTheEngineBuiltWithTheSameMistake(String name) throws Exception {
    SpecModel model = SpecModel.locate(Path.of("spec"), name);
    Path work = Path.of("target/conform-test/bugs").resolve(name);
    Sources src = new Sources(model, work, Tlc.fromClasspath());
    // the correct spec, the bug model's constants, breadth first up to DEPTH states (small bounds for mvn verify)
    String cfg = SpecModel.withDepthBound(
        SpecModel.withBug(SpecModel.withoutSections(model.cfgText(), Set.of("PROPERTY", "PROPERTIES")), "none"), depth(name));
    Path dot = work.resolve("graph.dot");
    TlcResult r = src.check(cfg, dot, m -> { });
    assertEquals(Verdict.PASSED, r.verdict(), "the correct spec with the bug model's constants passes its invariants");
    assertEquals("none", SpecModel.bug(src.constants()));
    String bug = SpecModel.bugOf(model.cfgText());
    assertTrue(Pair.BUGS.contains(bug) && !bug.equals("none"), "bug " + bug);
    SpecDriver.Model m = SpecModel.engineModel(src.constants());

    // one read of the graph for both engines; the buggy one is fed only until it has diverged (the
    // test needs a divergence, not their number; one found on the way is one of the whole graph)
    Exhaustive correct = new Exhaustive(m, "none", src.constants(), null, 3).depthBounded();
    Exhaustive buggy = new Exhaustive(m, bug, src.constants(), null, 3).depthBounded();
    UntilDiverged both = new UntilDiverged(correct, buggy);
    StateGraph.read(dot, both);
    correct.finish();
    assertEquals(0, correct.divergences(), "the correct engine conforms: " + lines(correct));

    if (!both.stopped) buggy.finish(); // else the graph was left halfway through a state's edges
    long diverged = both.stopped ? buggy.divergencesSoFar() : buggy.divergences();
    assertNotEquals(0, diverged, "the engine built with " + bug + " must diverge from the correct spec");
    System.out.println(name + ": the engine built with " + bug + " diverges"
        + (both.stopped ? " (graph read up to where it first does)" : " " + diverged + " times") + "; first: "
        + (buggy.findings().isEmpty() ? "an engine step the spec does not allow" : lines(buggy)));
  }

  /** Every line of the graph to {@code all}; to {@code untilDiverged} only until it has diverged. */
  private static final class UntilDiverged implements StateGraph.Listener {
    private final Exhaustive all, untilDiverged;
    boolean stopped;

    UntilDiverged(Exhaustive all, Exhaustive untilDiverged) {
      this.all = all;
      this.untilDiverged = untilDiverged;
    }

    @Override
    public void node(long id, java.util.Map<String, failover.tlc.TlaValue> state) {
      all.node(id, state);
      if (!stopped) untilDiverged.node(id, state);
      stopped = untilDiverged.divergencesSoFar() > 0;
    }

    @Override
    public void edge(long from, long to, String action) {
      all.edge(from, to, action);
      if (!stopped) untilDiverged.edge(from, to, action);
      stopped = untilDiverged.divergencesSoFar() > 0;
    }
  }

  private static String lines(Exhaustive e) {
    Set<String> s = new TreeSet<>();
    for (Exhaustive.Finding f : e.findings()) s.add(String.join(" / ", f.lines()));
    return String.join("; ", s);
  }

  static List<String> names() { return bugModels().toList(); }
}
