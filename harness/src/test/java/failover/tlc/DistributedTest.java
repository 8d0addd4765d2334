package failover.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model as TLC's distributed mode gets it: a safety-only cfg in a copy of spec/. */
class DistributedTest {
  @TempDir Path tmp;

  @Test
  void ciKeepsItsInvariantsAndActionPropertiesAndNamesItsTemporalOnes() throws Exception {
    Distributed.Plan p = Distributed.prepare(Path.of("spec"), "MCci", "MCci.cfg", tmp);
    assertEquals(List.of("ActiveSomewhereProp", "PreemptProp"), p.notChecked());
    assertTrue(p.actionProperties().contains("NoMoveWithoutCauseProp"), p.actionProperties().toString());
    assertFalse(p.checkDeadlock());
    assertEquals(Optional.empty(), p.unsupported());
    String cfg = Files.readString(tmp.resolve(p.cfg()));
    ModelConfig read = ModelConfig.parse(cfg);
    assertEquals(p.actionProperties(), read.properties());
    assertEquals(p.invariants(), read.invariants());
    assertTrue(Files.isRegularFile(tmp.resolve("AAFailover.tla")));
  }

  @Test
  void fullBoundsItsDepthWithTlcGet() throws Exception {
    Distributed.Plan p = Distributed.prepare(Path.of("spec"), "MCfull", "MCfull.cfg", tmp);
    assertEquals(Optional.of("TLCGet(\"level\") in MCfull.tla"), p.unsupported());
  }

  @Test
  void actionPropertiesAreBoxedActionsWithNothingTemporal() {
    assertTrue(Distributed.isActionProperty(" [][x' = x + 1]_x\n"));
    assertTrue(Distributed.isActionProperty("[][x' # <<>>]_x"));
    assertFalse(Distributed.isActionProperty("P ~> Q"));
    assertFalse(Distributed.isActionProperty("[]<>P"));
    assertFalse(Distributed.isActionProperty("[][x' = x]_x /\\ WF_x(A)"));
    assertFalse(Distributed.isActionProperty(null));
    assertTrue(Distributed.checksDeadlock("INIT Init\n"));
    assertFalse(Distributed.checksDeadlock("CHECK_DEADLOCK FALSE\n"));
    assertTrue(Distributed.checksDeadlock("\\* CHECK_DEADLOCK FALSE\n"));
  }

  @Test
  void aWorkerReportNamesTheProperty() {
    Distributed.WorkerReport r = Distributed.WorkerReport.of("failover worker: Error: Implied-action FooProp is violated.").orElseThrow();
    assertEquals(Optional.of("FooProp"), r.property());
    assertTrue(Distributed.WorkerReport.of("failover worker: Error: deadlock reached.").orElseThrow().deadlock());
    assertEquals(Optional.empty(), Distributed.WorkerReport.of("TLC Worker Version 2.18"));
  }
}
