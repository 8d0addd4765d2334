package failover.validate;

import failover.adapter.Abstraction;
import failover.spec.Constants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.engine.Pair;
import failover.scenario.ScenarioParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated trace module's text (TLC runs it in ValidationTest). */
class TraceModuleTest {
  @Test
  void eachSegmentIsAnInstanceWithItsConstantsAndItsLog() throws Exception {
    Recording r = Recording.of(ScenarioParser.parseFile(Path.of("scenarios/preempt_delay.scenario")), new Pair());
    Segments.Split split = Segments.split(r);
    String m = TraceModule.module("Validate", "preempt_delay", split.segments());
    int n = split.segments().size();
    assertEquals(8, n);
    for (int k = 1; k <= n; k++) {
      assertTrue(m.contains("  \\/ Init" + k + "\n") && m.contains(" Next" + k + "\n"), m);
      assertTrue(m.contains("\nInit" + k + " == InitS") && m.contains("\nNext" + k + " == NextS"), m);
    }
    // one instance per set of constants: segments with the same constants share it
    long distinct = split.segments().stream().map(Segments.Segment::constants).distinct().count();
    assertEquals(distinct, m.split("== INSTANCE AAFailover WITH", -1).length - 1, m);
    assertTrue(distinct < n, "preempt_delay has segments with the same constants: " + distinct);
    String seg8 = m.substring(m.indexOf("---- segment 8"));
    String s8 = seg8.substring(seg8.indexOf("the spec as ") + 12, seg8.indexOf('\n'));
    assertTrue(seg8.contains("Next8 == Next" + s8 + "(8, Log8)"), seg8);
    String inst = m.substring(m.indexOf(s8 + " == INSTANCE AAFailover WITH"));
    String last = inst.substring(0, inst.indexOf("ConnKinds")) + seg8;
    assertTrue(last.contains("PreemptOn <- <<TRUE, TRUE>>"), last);
    assertTrue(last.contains("PreemptDelay <- <<1, 1>>"), last);
    assertTrue(last.contains("Stateful <- TRUE"), last);
    assertTrue(last.contains("Contexts <- {\"admin\", \"ctx1\"}, Admin <- \"admin\""), last);
    assertTrue(last.contains("CtxGroup <- (\"admin\" :> 1 @@ \"ctx1\" :> 2)"), last);
    assertTrue(last.contains("\\* 9: line 105: wait 120\n  [obs |-> "), last);
    assertTrue(last.contains("act |-> [name |-> \"Preempt\", group |-> 2], settled |-> FALSE]"), last);
    assertTrue(last.contains("act |-> [name |-> \"JoinActivePeer\", unit |-> \"B\"], settled |-> TRUE]"), last);
    // scopes as functions of strings, so that any context name is a TLA+ value
    assertTrue(last.contains("running |-> [A |-> (\"system\" :> "), last);
    assertTrue(m.startsWith("---- MODULE Validate ----\n") && m.endsWith("====\n"), m);
  }

  @Test
  void percentPoliciesAndUnusualContextNamesAreWrittenAsTlaValues() throws Exception {
    Recording r = Recording.of(ScenarioParser.parseFile(Path.of("scenarios/preempt_delay.scenario")), new Pair());
    Segments.Segment s = Segments.split(r).segments().get(7);
    Constants c = new Constants("B", Map.of(1, "secondary", 2, "primary"), Map.of(1, false, 2, true),
        Map.of(1, 0, 2, 0), Map.of(1, true, 2, false), false, Map.of(1, 4, 2, 0),
        Map.of(1, new Constants.Policy("pct", 50), 2, new Constants.Policy("num", 1)), Map.of(1, 1, 2, 1), 1,
        List.of("admin", "ctx-1.x"), "admin", Map.of("admin", 1, "ctx-1.x", 2), Constants.ALL_CONN_KINDS, "none");
    String m = TraceModule.module("V", "t", List.of(new Segments.Segment(c, s.log(), 0, 0)));
    assertTrue(m.contains("Primary <- \"B\""), m);
    assertTrue(m.contains("Policy <- <<[kind |-> \"pct\", val |-> 50], [kind |-> \"num\", val |-> 1]>>"), m);
    assertTrue(m.contains("CtxGroup <- (\"admin\" :> 1 @@ \"ctx-1.x\" :> 2)"), m);
    // under these constants the context is a scope of every observed state (0 where a box lacks it)
    String obs = Abstraction.observed(s.log().get(1).entry().state(), c).toString();
    assertTrue(obs.contains("running |-> [A |-> (\"system\" :> 32 @@ \"admin\" :> 8 @@ \"ctx-1.x\" :> 0)"), obs);
    // no preemption delay: Preempt is a step a settled engine must have taken
    assertTrue(m.contains("<<0, 0>>[g] = 0 /\\ S1!Preempt(g)"), m);
  }
}
