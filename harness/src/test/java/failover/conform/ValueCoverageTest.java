package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.tlc.TlaValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Coverage is complete only when every spec action AND every value of each of its parameters was
 * exercised (conform exits 5 otherwise): one instance left out makes it incomplete and is named.
 */
class ValueCoverageTest {
  static final TlaValue.Rec CONSTANTS = new TlaValue.Rec(Map.of(
      "Contexts", new TlaValue.TlaSet(List.of(new TlaValue.Str("admin"))),
      "ConnKinds", new TlaValue.TlaSet(List.of(new TlaValue.Str("tcp"))),
      // two monitored interfaces in group 1: InterfaceUp's iface ranges over 1..2
      "MonIf", new TlaValue.Seq(List.of(new TlaValue.Int(2), new TlaValue.Int(0)))));

  @Test
  void everyParameterValueMustBeExercised() {
    Coverage cov = new Coverage();
    cov.addUniverse(CONSTANTS);
    for (String a : Actions.ALL) {
      for (TlaValue.Rec act : Actions.instances(a, CONSTANTS)) {
        boolean resetGroup2 = a.equals("Reset") && act.fields().get("group").equals(new TlaValue.Int(2));
        if (!resetGroup2) cov.count(act);
      }
    }
    assertEquals(List.of(), cov.missingActions(), "every action was exercised");
    assertEquals(List.of("Reset.group=2"), cov.missingValues());
    assertFalse(cov.complete(), "a parameter value never exercised: incomplete");
    assertTrue(cov.valuePercent() < 100);
    assertTrue(cov.render().contains("never: Reset.group=2"), cov.render());

    cov.count(new TlaValue.Rec(Map.of("name", new TlaValue.Str("Reset"), "unit", new TlaValue.Str("B"), "group", new TlaValue.Int(2))));
    assertTrue(cov.complete());
    assertEquals(100, cov.valuePercent());
    assertEquals(100, cov.actionPercent());
  }

  @Test
  void anActionNeverExercisedIsIncompleteAsBefore() {
    Coverage cov = new Coverage();
    cov.addUniverse(CONSTANTS);
    for (String a : Actions.ALL) if (!a.equals("Rejoin")) for (TlaValue.Rec act : Actions.instances(a, CONSTANTS)) cov.count(act);
    assertEquals(List.of("Rejoin"), cov.missingActions());
    assertEquals(List.of(), cov.missingValues(), "Rejoin has no parameters");
    assertFalse(cov.complete());
  }
}
