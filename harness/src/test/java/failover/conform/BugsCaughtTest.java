package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.spec.Vocabulary;
import failover.tlc.StateGraph;
import failover.tlc.Tlc;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import failover.tlc.TlaValue;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof that conformance bites: for each bug model of the spec (MCbug_*.cfg: the operators of one deliberate
 * mistake overridden, Bug its name), the CORRECT spec (the same constants, Bug = "none", nothing overridden) is checked exhaustively against
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
    int depth = depth(name);
    // the correct spec, the bug model's constants, breadth first up to DEPTH states (small bounds for mvn verify)
    Graph g = graph(name);
    assertEquals(Verdict.PASSED, g.verdict(), "the correct spec with the bug model's constants passes its invariants");
    assertEquals("none", SpecModel.bug(g.constants()));
    String bug = SpecModel.bugOf(model.cfgText());
    assertTrue(Vocabulary.BUGS.contains(bug) && !bug.equals("none"), "bug " + bug);
    assertEquals(0, g.correct().divergences(), "the correct engine conforms: " + lines(g.correct()));

    // the graph up to DEPTH (all of it, or the part of a deeper one that is the graph to DEPTH), fed
    // to the engine built with the bug until it has diverged (the test needs a divergence, not their
    // number; one found on the way is one of the whole graph)
    Exhaustive buggy = new Exhaustive(SpecModel.engineModel(g.constants()), bug, g.constants(), null, 3).depthBounded();
    UpTo upTo = new UpTo(buggy, depth);
    StateGraph.read(g.dot(), upTo);
    if (!upTo.diverged) buggy.finish(); // else the graph was left halfway through a state's edges
    long diverged = upTo.diverged ? buggy.divergencesSoFar() : buggy.divergences();
    assertNotEquals(0, diverged, "the engine built with " + bug + " must diverge from the correct spec");
    System.out.println(name + ": the engine built with " + bug + " diverges"
        + (upTo.diverged ? " (graph read up to where it first does)" : " " + diverged + " times") + "; first: "
        + (buggy.findings().isEmpty() ? "an engine step the spec does not allow" : lines(buggy)));
  }

  /**
   * TLC's graph of the correct spec with some bug models' constants, to the depth the deepest of
   * them needs (bug models that differ only in Bug and depth share one TLC run), with its result,
   * the constants and the correct engine's exhaustive check of the whole graph.
   */
  record Graph(Path dot, int depth, Verdict verdict, TlaValue.Rec constants, Exhaustive correct) {}

  /** The graphs made or being made, by their key (module and {@link #correctCfg}). */
  private static final Map<String, java.util.concurrent.CompletableFuture<Graph>> GRAPHS = new java.util.concurrent.ConcurrentHashMap<>();

  /** TLC runs of this class at once: one a core of the 2-core machine the suite is measured on. */
  static final int LANES = Integer.getInteger("failover.bugsCaught.lanes", 2);

  /**
   * Makes every bug model's graph in {@link #LANES} lanes before the tests read them, the largest
   * bug models first (by the manifest's distinct states); each test then waits for its own.
   */
  @org.junit.jupiter.api.BeforeAll
  static void graphsInLanes() throws Exception {
    failover.tlc.Manifest m = failover.tlc.Manifest.read(Path.of("spec/manifest.json"));
    java.util.concurrent.ExecutorService lanes = java.util.concurrent.Executors.newFixedThreadPool(LANES);
    names().stream()
        .sorted(java.util.Comparator.comparingLong((String n) -> m.model(n).flatMap(x -> x.distinctStates().isPresent()
            ? java.util.Optional.of(x.distinctStates().getAsLong()) : java.util.Optional.empty()).orElse(0L)).reversed())
        .forEach(n -> lanes.submit(() -> {
          try {
            graph(n, false);
          } catch (Exception e) {
            // the test of that model reports it (graph() gives the same failure)
          }
        }));
    lanes.shutdown();
  }

  /** What TLC checks for a bug model: the correct spec (Bug = "none", nothing overridden) with its constants and invariants (no depth bound). */
  static String correctCfg(SpecModel model) throws SpecModel.ModelException {
    return SpecModel.withoutBug(SpecModel.withoutSections(model.cfgText(), Set.of("PROPERTY", "PROPERTIES")));
  }

  /**
   * The graph for a bug model: made the first time one of the bug models with the same module and
   * {@link #correctCfg} asks, to the deepest of their depths (in the work directory of the deepest).
   * The breadth-first graph to a smaller depth D is the part of it before the first edge from a
   * state at depth D + 1 (TLC, one worker, writes the states of each depth after those of the one
   * before, and a bound on the depth changes only where it stops).
   */
  static Graph graph(String name) throws Exception { return graph(name, true); }

  /** The graph for a bug model; made here if no other thread makes it; {@code wait}: else waits for it (else null). */
  private static Graph graph(String name, boolean wait) throws Exception {
    SpecModel model = SpecModel.locate(Path.of("spec"), name);
    String key = model.module() + "\n" + correctCfg(model);
    java.util.concurrent.CompletableFuture<Graph> mine = new java.util.concurrent.CompletableFuture<>();
    java.util.concurrent.CompletableFuture<Graph> f = GRAPHS.putIfAbsent(key, mine);
    if (f == null) {
      f = mine;
      try {
        mine.complete(make(name, key));
      } catch (Exception | Error e) {
        mine.completeExceptionally(e);
      }
    } else if (!wait) {
      return null;
    }
    try {
      return f.get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof Exception x) throw x;
      throw e;
    }
  }

  private static Graph make(String name, String key) throws Exception {
    String deepest = name;
    int depth = depth(name);
    for (String other : names()) {
      SpecModel o = SpecModel.locate(Path.of("spec"), other);
      if ((o.module() + "\n" + correctCfg(o)).equals(key) && depth(other) > depth) {
        deepest = other;
        depth = depth(other);
      }
    }
    SpecModel owner = SpecModel.locate(Path.of("spec"), deepest);
    Path work = Path.of("target/conform-test/bugs").resolve(deepest);
    Sources src = new Sources(owner, work, Tlc.fromClasspath());
    Path dot = work.resolve("graph.dot");
    TlcResult r = src.check(SpecModel.withDepthBound(correctCfg(owner), depth), dot, m -> { });
    Exhaustive correct = new Exhaustive(SpecModel.engineModel(src.constants()), "none", src.constants(), null, 3).depthBounded();
    if (r.verdict() == Verdict.PASSED) {
      StateGraph.read(dot, correct);
      correct.finish();
    }
    return new Graph(dot, depth, r.verdict(), src.constants(), correct);
  }

  /**
   * Passes the lines of a graph to an Exhaustive up to the first edge from a state deeper than
   * {@code depth} (the graph to that depth), or until it has diverged.
   */
  private static final class UpTo implements StateGraph.Listener {
    private final Exhaustive to;
    private final int depth;
    /** Each state's depth (the initial state 1), from the edge that discovered it: TLC writes a new state right after that edge. */
    private final Map<Long, Integer> depths = new HashMap<>();
    private long lastFrom = -1;
    boolean diverged, done;

    UpTo(Exhaustive to, int depth) {
      this.to = to;
      this.depth = depth;
    }

    @Override
    public void node(long id, Map<String, TlaValue> state) {
      if (done) return;
      if (!depths.containsKey(id)) depths.put(id, depths.isEmpty() ? 1 : depths.get(lastFrom) + 1);
      to.node(id, state);
      diverged = done = to.divergencesSoFar() > 0;
    }

    @Override
    public void edge(long from, long to, String action) {
      if (done) return;
      if (depths.getOrDefault(from, 0) > depth) {
        done = true; // the rest is deeper than the graph to DEPTH
        return;
      }
      lastFrom = from;
      this.to.edge(from, to, action);
      diverged = done = this.to.divergencesSoFar() > 0;
    }
  }

  private static String lines(Exhaustive e) {
    Set<String> s = new TreeSet<>();
    for (Exhaustive.Finding f : e.findings()) s.add(String.join(" / ", f.lines()));
    return String.join("; ", s);
  }

  static List<String> names() { return bugModels().toList(); }
}
