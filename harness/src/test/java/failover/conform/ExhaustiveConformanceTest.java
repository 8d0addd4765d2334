package failover.conform;

import failover.spec.Constants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.tlc.Tlc;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The ci and policy models' whole state graphs, both ways: every spec step made by the engine, no
 * engine own step the spec lacks; and duplicated edges credited to every instance (Reset of group 0
 * and 1).
 *
 * <p>A model that passes every check ({@link #checkedHere}: ci, policy, files and the reading
 * models expected to pass) is checked by TLC here with its whole cfg, every invariant and property,
 * its state graph dumped in the same run, as {@code failover conform} checks it: the result and
 * the distinct state count must be the manifest's, and {@code SpecModelsTest} leaves these models
 * to this class, so that TLC explores each graph once in the build.
 */
public class ExhaustiveConformanceTest {
  /**
   * The models this class checks with their whole cfg (the graph a passing check explores is the
   * whole graph): ci, policy, files, and every reading model the manifest expects to pass.
   */
  public static boolean checkedHere(failover.tlc.Manifest.Model m) {
    return m.name().equals("ci") || m.name().equals("policy") || m.name().equals("files")
        || m.name().startsWith("reading_") && m.expected().verdict() == Verdict.PASSED;
  }

  @Test
  void everyEdgeOfTheCiModelConformsBothWays() throws Exception {
    Coverage cov = everyEdgeConforms("ci");
    assertTrue(cov.count("Preempt") > 0 && cov.count("SimultaneousBoot") > 0 && cov.count("Rejoin") > 0);
    assertTrue(cov.count("Reset", "group", "0") > 0, cov.render());
    assertTrue(cov.count("Reset", "group", "1") > 0, "the second copy of a Reset edge is Reset(u, 1):\n" + cov.render());
    assertEquals(0, cov.count("Reset", "group", "2"), "group 2 never fails in ci:\n" + cov.render());
  }

  /**
   * policy: both groups monitored, percentage policies (50% of two interfaces: the threshold met
   * exactly by one; 60%: one is below it), so both groups fail and `failover reset group 2' must
   * leave group 1 failed.
   */
  @Test
  void everyEdgeOfThePolicyModelConformsBothWays() throws Exception {
    Coverage cov = everyEdgeConforms("policy");
    for (String a : new String[] {"Reset", "DetectInterfaceFailure", "GroupRecover"}) {
      for (String g : new String[] {"1", "2"}) {
        assertTrue(cov.count(a, "group", g) > 0, a + ".group=" + g + " never exercised:\n" + cov.render());
      }
    }
    assertTrue(cov.count("Reset", "unit", "\"B\"") > 0, "Reset entered on B never exercised:\n" + cov.render());
  }

  /**
   * files: a file command on either unit, with group 1 active there, standby there, and on an
   * unpaired pair; its flash versions reach the peer only from group 1's active unit.
   */
  @Test
  void everyEdgeOfTheFilesModelConformsBothWays() throws Exception {
    Coverage cov = everyEdgeConforms("files");
    for (String u : new String[] {"\"A\"", "\"B\""}) {
      assertTrue(cov.count("FileCommand", "unit", u) > 0, "FileCommand on " + u + " never exercised:\n" + cov.render());
    }
  }

  /**
   * Every reading model (spec/MCreading_*.cfg, one per alternative reading): the engine built with
   * the model's readings (taken from the model's constants, as conform does) follows every edge of
   * its whole state graph both ways.
   */
  @org.junit.jupiter.api.TestFactory
  java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> everyEdgeOfEachReadingModelConformsBothWays() throws Exception {
    java.util.List<String> names = failover.tlc.Manifest.read(Path.of("spec/manifest.json")).names().stream()
        .filter(n -> n.startsWith("reading_")).toList();
    assertTrue(names.size() >= 6, "a reading model per alternative reading: " + names);
    return names.stream().map(n -> org.junit.jupiter.api.DynamicTest.dynamicTest(n, () -> everyEdgeConforms(n)));
  }

  /** TLC's run of a model: its sources (constants), result and state graph, and whether it checked the whole cfg. */
  private record Dumped(Sources src, TlcResult r, Path dot, boolean whole) {}

  private static final java.util.Map<String, java.util.concurrent.FutureTask<Dumped>> DUMPS = new java.util.concurrent.ConcurrentHashMap<>();
  private static java.util.concurrent.ExecutorService lanes;

  /** TLC runs of this class at once: one a core of the 2-core machine the suite is measured on. */
  static final int LANES = Integer.getInteger("failover.exhaustive.lanes", 2);

  /** TLC dumps every model's graph in {@link #LANES} lanes, the largest first; each test waits for its own. */
  @org.junit.jupiter.api.BeforeAll
  static void dumpsInLanes() throws Exception {
    // the longest first: policy and the reading models checked whole, then ci, files, the other reading models
    failover.tlc.Manifest manifest = failover.tlc.Manifest.read(Path.of("spec/manifest.json"));
    java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("policy"));
    manifest.models().stream().filter(m -> m.name().startsWith("reading_") && checkedHere(m)).forEach(m -> names.add(m.name()));
    names.addAll(java.util.List.of("ci", "files"));
    manifest.models().stream().filter(m -> m.name().startsWith("reading_") && !checkedHere(m)).forEach(m -> names.add(m.name()));
    lanes = java.util.concurrent.Executors.newFixedThreadPool(LANES);
    for (String n : names) {
      java.util.concurrent.FutureTask<Dumped> task = new java.util.concurrent.FutureTask<>(() -> dump(n));
      DUMPS.put(n, task);
      lanes.execute(task);
    }
    lanes.shutdown();
  }

  @org.junit.jupiter.api.AfterAll
  static void stopLanes() { lanes.shutdownNow(); }

  private static Dumped dump(String name) throws Exception {
    failover.tlc.Manifest manifest = failover.tlc.Manifest.read(Path.of("spec/manifest.json"));
    SpecModel model = SpecModel.locate(Path.of("spec"), name);
    Path work = Path.of("target/conform-test/exhaustive-" + name);
    Sources src = new Sources(model, work, Tlc.fromClasspath());
    boolean whole = checkedHere(manifest.model(name).orElseThrow());
    // a model that passes: its whole cfg, as conform checks it (with the manifest's TLC options).
    // Another reading model: the whole graph without its checks, since the reading breaks one
    // (NegotiatingAddresses = standby breaks MacIpUniqueInv at depth 2) and TLC's graph would end there
    String cfg = whole ? model.cfgText()
        : SpecModel.withoutSections(model.cfgText(), java.util.Set.of("PROPERTY", "PROPERTIES", "INVARIANT", "INVARIANTS"));
    if (whole) src.checkOptions(manifest.tlcArgs());
    Path dot = work.resolve(name + ".dot");
    return new Dumped(src, src.check(cfg, dot, m -> { }), dot, whole);
  }

  /** TLC dumps the model's whole graph (its whole check, or a reading model's graph without its checks); the engine checks every edge both ways. */
  private static Coverage everyEdgeConforms(String name) throws Exception {
    java.util.concurrent.FutureTask<Dumped> pending = DUMPS.get(name);
    Dumped d;
    try {
      if (pending != null) pending.run(); // here, if no lane has started it yet (else nothing)
      d = pending != null ? pending.get() : dump(name);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof Exception x) throw x;
      throw e;
    }
    Sources src = d.src();
    TlcResult r = d.r();
    Path dot = d.dot();
    assertEquals(Verdict.PASSED, r.verdict(), name + ": " + r.verdict());
    if (d.whole()) {
      // the manifest's result and count, in SpecModelsTest's place
      failover.tlc.Manifest.Model mm = failover.tlc.Manifest.read(Path.of("spec/manifest.json")).model(name).orElseThrow();
      assertEquals(mm.distinctStates().orElseThrow(), r.distinct(), name + ": the manifest's distinct state count");
    }
    Constants m = SpecModel.engineModel(src.constants());
    assertEquals(name.startsWith("reading_"), !m.readings().chosenAll(), name + " takes " + m.readings().label());
    failover.adapter.ConfigRoundTripTest.assertReadsBack(m);
    Coverage cov = new Coverage();
    cov.addUniverse(src.constants());
    Exhaustive ex = new Exhaustive(m, "none", src.constants(), cov, 10);
    ex.check(dot, 2); // two threads: the figures and findings are those of one (BugsCaughtTest reads graphs in one)
    assertEquals(r.distinct(), ex.states(), "every state of TLC's graph was read");
    assertTrue(ex.edges() > ex.states(), "edges " + ex.edges());
    StringBuilder sb = new StringBuilder();
    for (Exhaustive.Finding f : ex.findings()) sb.append(String.join("\n", f.lines())).append('\n');
    assertEquals(0, ex.divergences(), sb.toString());
    // Where two instances of an action lead to the same state (in ci only group 1 can fail, so
    // Reset(u, 1) and Reset(u, 0) do), TLC dumps that edge once per instance, and the k-th copy is
    // credited to the k-th instance the engine matches, so both values are covered.
    if (!name.startsWith("reading_")) assertTrue(ex.ambiguous() > 0, "some edges match several instances");
    return cov;
  }
}
