package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.tlc.Tlc;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * In model ci only group 1 can fail, so {@code failover reset group 1} (Reset(u, 1)) and
 * {@code failover reset} (Reset(u, 0)) lead to the same state: TLC dumps that edge once per
 * instance, and exhaustive conformance credits the k-th copy to the k-th instance the engine
 * matches, so both values of Reset's group are covered (before, only group 0 was: parameter-value
 * coverage of the default conform run stopped at 87%).
 */
class DuplicateEdgeCoverageTest {
  @Test
  void resetOfGroupOneIsCreditedInCi() throws Exception {
    SpecModel model = SpecModel.locate(Path.of("spec"), "ci");
    Path work = Path.of("target/conform-test/duplicate-edges");
    Sources src = new Sources(model, work, Tlc.fromClasspath());
    // breadth first up to 8 states: boot, an interface failure of group 1, detection, a reset
    String cfg = SpecModel.withDepthBound(SpecModel.withoutSections(model.cfgText(), Set.of("PROPERTY", "PROPERTIES")), 8);
    Path dot = work.resolve("graph.dot");
    TlcResult r = src.check(cfg, dot, m -> { });
    assertEquals(Verdict.PASSED, r.verdict());
    Coverage cov = new Coverage();
    cov.addUniverse(src.constants());
    Exhaustive ex = new Exhaustive(SpecModel.engineModel(src.constants()), "none", src.constants(), cov, 3).depthBounded();
    StateGraph.read(dot, ex);
    ex.finish();
    assertEquals(0, ex.divergences(), "ci conforms");
    assertTrue(ex.ambiguous() > 0, "some edges match several instances");
    assertTrue(cov.count("Reset") > 0, "Reset is exercised");
    assertFalse(cov.missingValues().contains("Reset.group=0"), cov.render());
    assertFalse(cov.missingValues().contains("Reset.group=1"), "the second copy of a Reset edge is Reset(u, 1):\n" + cov.render());
    assertTrue(cov.missingValues().contains("Reset.group=2"), "group 2 never fails in ci:\n" + cov.render());
  }
}
