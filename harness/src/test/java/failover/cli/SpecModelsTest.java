package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.tlc.Manifest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * The project's own models: {@code failover check} on the {@code ci} model and every bug model of
 * spec/manifest.json (every model the manifest marks {@code "ci": true}), through the CLI and its
 * TLC wrapper. Each must give the manifest's result and distinct state count. Two models are
 * checked at once ({@link #LANES}; {@code -Dfailover.specModels.lanes=1}: one after another).
 * The CI models that pass and whose whole graphs {@code ExhaustiveConformanceTest} checks are
 * checked there, with their whole cfg and the same assertions, in the run that dumps the graph
 * ({@code ExhaustiveConformanceTest.checkedHere}): TLC explores each model once in the build.
 */
class SpecModelsTest {
  static Manifest manifest() throws Manifest.ManifestException {
    return Manifest.read(Path.of("spec/manifest.json"));
  }

  /** Every CI model is checked: here, or by ExhaustiveConformanceTest with its graph (ci, policy, files, the reading models that pass). */
  @Test
  void everyCiModelIsCheckedHereOrWithItsGraph() throws Exception {
    List<String> there = manifest().models().stream().filter(Manifest.Model::ci)
        .filter(failover.conform.ExhaustiveConformanceTest::checkedHere).map(Manifest.Model::name).toList();
    assertTrue(there.containsAll(List.of("ci", "policy", "files")), there.toString());
    assertTrue(there.stream().filter(n -> n.startsWith("reading_")).count() >= 2, there.toString());
    for (String n : there) assertEquals(Manifest.Expected.PASS, manifest().model(n).orElseThrow().expected(), n);
  }

  @Test
  void ciChecksTheCiModelAndEveryBugModel() throws Exception {
    Manifest m = manifest();
    List<Manifest.Model> bugs = m.models().stream().filter(x -> x.name().startsWith("bug")).toList();
    assertTrue(bugs.size() >= 3, "at least three bug models: " + m.names());
    for (Manifest.Model bug : bugs) {
      assertTrue(bug.ci(), bug.name() + " must be checked in CI");
      assertTrue(bug.expected().verdict().isViolation(), bug.name() + " must expect a violation");
    }
    assertTrue(m.model("ci").orElseThrow().ci());
  }

  /** TLC runs of this class at once: one a core of the 2-core machine the suite is measured on. */
  static final int LANES = Integer.getInteger("failover.specModels.lanes", 2);

  /** What {@code failover check --model NAME} printed, and its exit status. */
  record Checked(int exit, String out, String err) {}

  private static Checked check(String name) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute("check", "--model", name);
    return new Checked(exit, out.toString(), err.toString());
  }

  /**
   * The models are checked in {@link #LANES} lanes (the longest first, by the manifest's
   * seconds), each in its own run directory; each dynamic test waits for its model and checks
   * its output, in the manifest's order.
   */
  @TestFactory
  Stream<DynamicTest> everyCiModelGivesTheManifestsResultAndCount() throws Exception {
    List<Manifest.Model> models = manifest().models().stream().filter(Manifest.Model::ci)
        .filter(m -> !failover.conform.ExhaustiveConformanceTest.checkedHere(m)).toList();
    String home = System.clearProperty("failover.home"); // the project root is the working directory
    ExecutorService lanes = Executors.newFixedThreadPool(LANES);
    Map<String, FutureTask<Checked>> runs = new LinkedHashMap<>();
    models.stream().sorted(Comparator.comparingDouble((Manifest.Model x) -> x.seconds().orElse(0)).reversed())
        .forEach(m -> {
          FutureTask<Checked> task = new FutureTask<>(() -> check(m.name()));
          runs.put(m.name(), task);
          lanes.execute(task);
        });
    lanes.shutdown();
    return models.stream().map(model -> DynamicTest.dynamicTest(model.name(), () -> {
      Checked c;
      try {
        FutureTask<Checked> task = runs.get(model.name());
        task.run(); // here, if no lane has started it yet (else nothing)
        c = task.get();
      } finally {
        if (model == models.get(models.size() - 1) && home != null) System.setProperty("failover.home", home);
      }
      String out = c.out();
      assertEquals(0, c.exit(), out + "\n" + c.err());
      assertEquals("", c.err());
      String ok = String.format("OK: model %s: %s, as expected, with %,d distinct states.", model.name(),
          model.expected(), model.distinctStates().orElseThrow());
      assertTrue(out.contains(ok), ok + " in:\n" + out);
      if (model.expected().verdict().isViolation()) {
        assertTrue(out.contains("Trace ("), "a counterexample is printed:\n" + out);
      }
    })).onClose(lanes::shutdownNow);
  }
}
