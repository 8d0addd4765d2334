package failover.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trace table, on captured counterexamples (no TLC). */
class TraceTableTest {
  @Test
  void rowsShowTheHistoryVariableAndOnlyTheChangedEntries() {
    List<TraceTable.Row> rows = TraceTable.rows(Captured.result("invariant").trace(), "act");
    assertEquals(new TraceTable.Row(1, "Init", List.of("seen = [A |-> {}, B |-> {}]", "x = 0")), rows.get(0));
    assertEquals(new TraceTable.Row(2, "Inc(unit: \"A\")", List.of("seen[A] = {1}", "x = 1")), rows.get(1));
    assertEquals(4, rows.size());
  }

  @Test
  void withoutAHistoryVariableTheActionIsTlcs() {
    List<TraceTable.Row> rows = TraceTable.rows(Captured.result("invariant").trace(), null);
    assertEquals("Initial predicate", rows.get(0).action());
    assertEquals("Inc", rows.get(1).action());
    assertEquals(List.of("seen[A] = {1}", "x = 1", "act = [name |-> \"Inc\", unit |-> \"A\"]"), rows.get(1).changes());
  }

  @Test
  void lassoAndStutteringEndingsAreSaid() {
    String lasso = TraceTable.render(Captured.result("liveness").trace(), "act");
    assertEquals(true, lasso.endsWith("then back to step 6: the steps from 6 on repeat for ever\n"), lasso);
    String stutter = TraceTable.render(Captured.result("stuttering").trace(), "act");
    assertEquals(true, stutter.endsWith("then nothing happens any more (stuttering for ever)\n"), stutter);
  }

  @Test
  void diffGoesIntoFunctionsSequencesAndRecordsOfTheSameShape() {
    assertEquals(List.of("f[m2][2] = \"b\""), TraceTable.diff("f", "(m1 :> <<1, 2>> @@ m2 :> <<1, \"a\">>)",
        "(m1 :> <<1, 2>> @@ m2 :> <<1, \"b\">>)"));
    assertEquals(List.of("r[a] = {1}", "r[c] = TRUE"), TraceTable.diff("r", "[a |-> {}, b |-> 2, c |-> FALSE]",
        "[a |-> {1}, b |-> 2, c |-> TRUE]"));
    assertEquals(List.of("s = <<1, 2>>"), TraceTable.diff("s", "<<1>>", "<<1, 2>>"), "another shape: the whole value");
    assertEquals(List.of("u = not a value"), TraceTable.diff("u", "1", "not a value"), "unreadable: TLC's text");
  }
}
