package failover.validate;

import failover.spec.Constants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.engine.Pair;
import failover.scenario.Scenario;
import failover.scenario.ScenarioParser;
import failover.scenario.ScenarioRunner;
import failover.scenario.Session;
import failover.tlc.TlaValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recording a scenario's spec-level steps and cutting them into segments of fixed constants (no TLC). */
class SegmentsTest {
  private static final Path PREEMPT = Path.of("scenarios/preempt_delay.scenario");

  private static List<String> actNames(Segments.Segment s) {
    return s.log().stream().skip(1).map(l -> ((TlaValue.Str) l.act().get("name")).value()).toList();
  }

  @Test
  void recordingDoesNotChangeWhatThePairDoes() throws Exception {
    Scenario sc = ScenarioParser.parseFile(PREEMPT);
    Pair played = new Pair();
    assertTrue(ScenarioRunner.run(sc, null, new Session(played)) instanceof ScenarioRunner.Outcome.Pass);
    Pair recorded = new Pair();
    Recording r = Recording.of(sc, recorded);
    assertNull(r.firstFailure());
    assertEquals(played.abstraction(), recorded.abstraction());
    assertEquals(played.history(), recorded.history());
    // every recorded step but Init is one of the pair's history entries, in order
    assertEquals("Init", r.entries().get(0).act().get("name"));
    assertEquals(played.history().size(), r.entries().size() - 1);
  }

  @Test
  void aPhysicalPortDownIsAStepOfTheGroupOfItsSubinterfaces() throws Exception {
    // found by play --validate: the engine recorded InterfaceDown(A, group 0) for the port of a
    // monitored subinterface, a step the spec does not have
    Recording r = Recording.of(ScenarioParser.parseFile(Path.of("scenarios/monitor_interface_subinterface_default.scenario")), new Pair());
    List<Map<String, Object>> downs = r.entries().stream().map(Recording.Entry::act)
        .filter(a -> a.get("name").equals("InterfaceDown") || a.get("name").equals("InterfaceUp")).toList();
    assertFalse(downs.isEmpty());
    for (Map<String, Object> a : downs) assertEquals(2, a.get("group"), a.toString());
  }

  @Test
  void thePreemptionScenarioSplitsIntoSegmentsWithTheConfiguredConstants() throws Exception {
    Recording r = Recording.of(ScenarioParser.parseFile(PREEMPT), new Pair());
    Segments.Split split = Segments.split(r);
    // the configuration prefix: box A runs without any context yet
    Segments.Skipped first = split.skipped().get(0);
    assertEquals(11, first.fromLine());
    assertTrue(first.why().contains("no security context"), first.why());
    Segments.Segment last = split.segments().get(split.segments().size() - 1);
    Constants c = last.constants();
    assertEquals("A", c.primary());
    assertEquals(List.of("admin", "ctx1"), c.contexts());
    assertEquals(Map.of("admin", 1, "ctx1", 2), c.ctxGroup());
    assertEquals(Map.of(1, "primary", 2, "secondary"), c.pref());
    assertEquals(Map.of(1, true, 2, true), c.preemptOn());
    assertEquals(Map.of(1, 1, 2, 1), c.preemptDelay()); // preempt 100: a delay, one tick
    assertTrue(c.stateful());
    assertEquals(78, last.firstLine());
    assertEquals(List.of("JoinActivePeer", "WriteMemory", "PowerOff", "Traffic", "PowerOn", "JoinActivePeer",
        "StateSync", "Preempt", "StateSync"), actNames(last));
    assertTrue(last.ticks() > 0);
    // the states the waits ended in (the pair settled): the first wait that ended in a state names it
    List<Integer> settled = last.log().stream().map(Segments.Logged::settledAt).filter(x -> x > 0).toList();
    assertTrue(settled.containsAll(List.of(79, 101, 105)), settled.toString());
    for (Segments.Segment s : split.segments()) assertFalse(actNames(s).contains("Tick"));
    // `B# failover' makes B negotiate: it no longer decides the constants, so the segment begins there
    assertTrue(split.skipped().stream().anyMatch(s -> s.fromLine() == 71 && s.why().contains("PowerOn")), split.skipped().toString());
  }

  @Test
  void aRejectedInputLeavesNoStep() throws Exception {
    Scenario sc = ScenarioParser.parse("rejected", List.of(
        "boot A", "wait 60", "A# failover active group 1", "boot A", "power-off A", "power-off A"));
    Recording r = Recording.of(sc, new Pair());
    List<Object> names = r.entries().stream().map(e -> e.act().get("name")).filter(n -> !n.equals("Tick")).toList();
    assertEquals(List.of("Init", "PowerOn", "PowerOff"), names);
    assertTrue(r.firstFailure().startsWith("line 4: the pair rejected 'boot A'"), r.firstFailure());
    // nothing configured: no constants, nothing to check
    assertTrue(Segments.split(r).segments().isEmpty());
    assertTrue(r.entries().get(1).constants().why().contains("primary"), r.entries().get(1).constants().why());
  }
}
