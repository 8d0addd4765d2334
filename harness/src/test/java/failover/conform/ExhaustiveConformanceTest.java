package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.engine.SpecDriver;
import failover.tlc.Tlc;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The ci model's whole state graph, both ways: every spec step made by the engine, no engine own
 * step the spec lacks; and duplicated edges credited to every instance (Reset of group 0 and 1).
 */
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
    cov.addUniverse(src.constants());
    Exhaustive ex = new Exhaustive(m, "none", src.constants(), cov, 10);
    StateGraph.read(dot, ex);
    ex.finish();
    assertEquals(r.distinct(), ex.states(), "every state of TLC's graph was read");
    assertTrue(ex.edges() > ex.states(), "edges " + ex.edges());
    StringBuilder sb = new StringBuilder();
    for (Exhaustive.Finding f : ex.findings()) sb.append(String.join("\n", f.lines())).append('\n');
    assertEquals(0, ex.divergences(), sb.toString());
    assertTrue(cov.count("Preempt") > 0 && cov.count("SimultaneousBoot") > 0 && cov.count("Rejoin") > 0);
    // In ci only group 1 can fail, so Reset(u, 1) and Reset(u, 0) lead to the same state: TLC
    // dumps that edge once per instance, and the k-th copy is credited to the k-th instance the
    // engine matches, so both values of Reset's group are covered (first-match-only covered 0 only).
    assertTrue(ex.ambiguous() > 0, "some edges match several instances");
    assertFalse(cov.missingValues().contains("Reset.group=0"), cov.render());
    assertFalse(cov.missingValues().contains("Reset.group=1"), "the second copy of a Reset edge is Reset(u, 1):\n" + cov.render());
    assertTrue(cov.missingValues().contains("Reset.group=2"), "group 2 never fails in ci:\n" + cov.render());
  }
}
