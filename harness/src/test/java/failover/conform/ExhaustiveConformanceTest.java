package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.engine.SpecDriver;
import failover.tlc.Tlc;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The ci model's whole state graph, both ways: every spec step made by the engine, no engine own step the spec lacks. */
class ExhaustiveConformanceTest {
  @Test
  void everyEdgeOfTheCiModelConformsBothWays() throws Exception {
    SpecModel model = SpecModel.locate(Path.of("spec"), "ci");
    Path work = Path.of("target/conform-test/exhaustive-ci");
    Sources src = new Sources(model, work, Tlc.fromClasspath());
    String cfg = SpecModel.withoutSections(model.cfgText(), java.util.Set.of("PROPERTY", "PROPERTIES"));
    Path dot = work.resolve("ci.dot");
    TlcResult r = src.check(cfg, dot, m -> { });
    assertEquals(Verdict.PASSED, r.verdict());
    SpecDriver.Model m = SpecModel.engineModel(src.constants());
    Coverage cov = new Coverage();
    Exhaustive ex = new Exhaustive(m, "none", src.constants(), cov, 10);
    StateGraph.read(dot, ex);
    ex.finish();
    assertEquals(r.distinct(), ex.states(), "every state of TLC's graph was read");
    assertTrue(ex.edges() > ex.states(), "edges " + ex.edges());
    StringBuilder sb = new StringBuilder();
    for (Exhaustive.Finding f : ex.findings()) sb.append(String.join("\n", f.lines())).append('\n');
    assertEquals(0, ex.divergences(), sb.toString());
    assertTrue(cov.count("Preempt") > 0 && cov.count("SimultaneousBoot") > 0 && cov.count("Rejoin") > 0);
  }
}
