package failover.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one decision of {@code check} and {@code conform} (issue 4: {@code conform --model
 * bug_no_bulk_sync} exited 6 because TLC 2.18 names no violated temporal property), on captured
 * TLC output: no TLC needed.
 */
class JudgeTest {
  static final Manifest.Expected STAYS = new Manifest.Expected(Verdict.TEMPORAL_VIOLATED, Optional.of("StaysProp"));
  static final Manifest.Expected RETURNS = new Manifest.Expected(Verdict.TEMPORAL_VIOLATED, Optional.of("ReturnsProp"));

  static ModelConfig cfg(String name) throws IOException {
    return ModelConfig.read(Captured.DIR.resolve("toy/" + name));
  }

  @Test
  void aLivenessViolationOfTheCfgsOnlyPropertyIsThatProperty() throws IOException {
    TlcResult r = Captured.result("liveness");
    assertEquals(Verdict.TEMPORAL_VIOLATED, r.verdict());
    assertEquals(Optional.empty(), r.property(), "TLC 2.18 names no temporal property");
    ModelConfig one = cfg("ToyLiveness.cfg");
    assertFalse(Judge.needsAloneRun(r, one, STAYS), "one PROPERTY: nothing to check alone");
    Judge.Named n = Judge.name(r, one, STAYS, null);
    assertEquals(Optional.of("StaysProp"), n.property());
    assertSame(r, n.source());
    assertEquals(" (the cfg's only PROPERTY; TLC does not name it)", n.note());
    assertTrue(Judge.asExpected(STAYS, r.verdict(), n.property()));
    assertFalse(Judge.asExpected(RETURNS, r.verdict(), n.property()), "another property is not the expected one");
    assertFalse(Judge.asExpected(STAYS, r.verdict(), r.property()), "the unnamed property as TLC gives it is not enough");
  }

  @Test
  void withSeveralPropertiesTheExpectedOneIsCheckedAlone() throws IOException {
    TlcResult r = Captured.result("stuttering");
    ModelConfig two = cfg("ToyTwoProps.cfg");
    assertTrue(Judge.needsAloneRun(r, two, STAYS));
    assertFalse(Judge.needsAloneRun(r, two, new Manifest.Expected(Verdict.TEMPORAL_VIOLATED, Optional.of("OtherProp"))),
        "a property the cfg does not check");
    assertFalse(Judge.needsAloneRun(r, two, Manifest.Expected.PASS));

    Judge.Named unknown = Judge.name(r, two, STAYS, null);
    assertEquals(Optional.empty(), unknown.property());
    assertEquals(" (TLC does not say which of ReturnsProp, StaysProp)", unknown.note());
    assertFalse(Judge.asExpected(STAYS, r.verdict(), unknown.property()));

    TlcResult alone = Captured.result("liveness");
    Judge.Named named = Judge.name(r, two, STAYS, alone);
    assertEquals(Optional.of("StaysProp"), named.property());
    assertSame(alone, named.source(), "the counterexample is the one of the run that checked it alone");
    assertEquals(alone.trace(), named.trace());
    assertTrue(Judge.asExpected(STAYS, r.verdict(), named.property()));

    Judge.Named not = Judge.name(r, two, RETURNS, Captured.result("pass"));
    assertEquals(Optional.empty(), not.property());
    assertEquals(" (one of ReturnsProp, StaysProp; not ReturnsProp: checked alone, it gives pass)", not.note());
    assertFalse(Judge.asExpected(RETURNS, r.verdict(), not.property()));
  }

  @Test
  void namedViolationsAndPassesAreTakenAsTlcGivesThem() throws IOException {
    TlcResult inv = Captured.result("invariant");
    Judge.Named n = Judge.name(inv, cfg("ToyInvariant.cfg"), Manifest.Expected.PASS, null);
    assertEquals(Optional.of("SmallInv"), n.property());
    assertEquals("", n.note());
    assertFalse(Judge.needsAloneRun(inv, cfg("ToyInvariant.cfg"), STAYS));
    assertTrue(Judge.asExpected(new Manifest.Expected(Verdict.INVARIANT_VIOLATED, Optional.of("SmallInv")), inv.verdict(), n.property()));
    assertFalse(Judge.asExpected(new Manifest.Expected(Verdict.INVARIANT_VIOLATED, Optional.of("TypeInv")), inv.verdict(), n.property()));

    TlcResult pass = Captured.result("pass");
    Judge.Named p = Judge.name(pass, cfg("ToyPass.cfg"), Manifest.Expected.PASS, null);
    assertTrue(Judge.asExpected(Manifest.Expected.PASS, pass.verdict(), p.property()));
    assertFalse(Judge.asExpected(STAYS, pass.verdict(), p.property()), "a bug model that passes");

    TlcResult deadlock = Captured.result("deadlock");
    assertTrue(Judge.asExpected(new Manifest.Expected(Verdict.DEADLOCK, Optional.empty()), deadlock.verdict(),
        Judge.name(deadlock, new ModelConfig(java.util.List.of(), java.util.List.of()), Manifest.Expected.PASS, null).property()));
  }
}
