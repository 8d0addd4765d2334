package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.tlc.Manifest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * The project's own models: {@code failover check} on the {@code ci} model and every bug model of
 * spec/manifest.json (every model the manifest marks {@code "ci": true}), through the CLI and its
 * TLC wrapper. Each must give the manifest's result and distinct state count.
 */
class SpecModelsTest {
  static Manifest manifest() throws Manifest.ManifestException {
    return Manifest.read(Path.of("spec/manifest.json"));
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

  @TestFactory
  Stream<DynamicTest> everyCiModelGivesTheManifestsResultAndCount() throws Exception {
    return manifest().models().stream().filter(Manifest.Model::ci).map(model -> DynamicTest.dynamicTest(model.name(), () -> {
      StringWriter out = new StringWriter(), err = new StringWriter();
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      String home = System.clearProperty("failover.home"); // the project root is the working directory
      int exit;
      try {
        exit = cl.execute("check", "--model", model.name());
      } finally {
        if (home != null) System.setProperty("failover.home", home);
      }
      assertEquals(0, exit, out + "\n" + err);
      assertEquals("", err.toString());
      String ok = String.format("OK: model %s: %s, as expected, with %,d distinct states.", model.name(),
          model.expected(), model.distinctStates().orElseThrow());
      assertTrue(out.toString().contains(ok), ok + " in:\n" + out);
      if (model.expected().verdict().isViolation()) {
        assertTrue(out.toString().contains("Trace ("), "a counterexample is printed:\n" + out);
      }
    }));
  }
}
