package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.spec.Constants;
import failover.tlc.TlaValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Coverage is complete only when every spec action AND every value of each of its parameters was
 * exercised (conform exits 5 otherwise): one instance left out makes it incomplete and is named.
 */
class ValueCoverageTest {
  /** One context, one kind of connection, two monitored interfaces in group 1: InterfaceUp's iface ranges over 1..2. */
  static final TlaValue.Rec CONSTANTS = (TlaValue.Rec) TlaValue.parse("[Primary |-> \"A\", "
      + "Pref |-> <<\"primary\", \"primary\">>, PreemptOn |-> <<FALSE, FALSE>>, PreemptDelay |-> <<0, 0>>, "
      + "ReplHttp |-> <<FALSE, FALSE>>, Stateful |-> FALSE, MonIf |-> <<2, 0>>, "
      + "Policy |-> <<[kind |-> \"num\", val |-> 1], [kind |-> \"num\", val |-> 1]>>, IfHold |-> <<1, 1>>, "
      + "UnitHold |-> 1, Contexts |-> {\"admin\"}, Admin |-> \"admin\", CtxGroup |-> (\"admin\" :> 1), "
      + "ConnKinds |-> {\"tcp\"}, Bug |-> \"none\"]");
  static final Constants TYPED = SpecModel.constants(CONSTANTS);

  @Test
  void everyParameterValueMustBeExercised() {
    Coverage cov = new Coverage();
    cov.addUniverse(CONSTANTS);
    for (String a : Actions.ALL) {
      for (TlaValue.Rec act : Actions.instances(a, TYPED)) {
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
    for (String a : Actions.ALL) if (!a.equals("Rejoin")) for (TlaValue.Rec act : Actions.instances(a, TYPED)) cov.count(act);
    assertEquals(List.of("Rejoin"), cov.missingActions());
    assertEquals(List.of(), cov.missingValues(), "Rejoin has no parameters");
    assertFalse(cov.complete());
  }
}
