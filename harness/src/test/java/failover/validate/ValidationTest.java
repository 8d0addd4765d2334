package failover.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.cli.Cli;
import failover.engine.Pair;
import failover.scenario.ScenarioParser;
import failover.tlc.TlaValue;
import failover.tlc.Tlc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code play --validate}: TLC accepts the engine's behaviour in scenarios that exercise failover,
 * preemption and replication, and rejects, at the right step, an engine built with a deliberate
 * bug and a log tampered with by hand. Six TLC runs of a few seconds each.
 */
class ValidationTest {
  private static final Path SPEC = Path.of("spec");

  private static Cli cli(String... args) { return Cli.run(args); }

  private static Validation.Outcome validate(String scenario, String bug, Path work) throws Exception {
    Recording r = Recording.of(ScenarioParser.parseFile(Path.of(scenario)), new Pair(bug));
    return Validation.run(r, Tlc.fromClasspath(), SPEC, work);
  }

  private static List<String> checkedActs(Segments.Split split) {
    List<String> out = new ArrayList<>();
    for (Segments.Segment s : split.segments()) {
      for (Segments.Logged l : s.log().subList(1, s.log().size())) out.add(((TlaValue.Str) l.act().get("name")).value());
    }
    return out;
  }

  @Test
  void preemptionScenarioIsValidThroughTheCommandLine() {
    Cli r = cli("play", "--validate", "scenarios/preempt_delay.scenario");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().startsWith("VALID scenarios/preempt_delay.scenario: 8 segments, 32 steps"), r.out());
    assertTrue(r.out().contains("segment 8: lines 78-105, 9 steps checked"), r.out());
    assertTrue(r.out().contains("1 valid, 0 not"), r.out());
  }

  @Test
  void interfaceFailoverIsValid(@TempDir Path work) throws Exception {
    Validation.Outcome o = validate("scenarios/table_51_2_row2_active_group_interface_failure.scenario", "none", work);
    Validation.Outcome.Valid v = assertInstanceOf(Validation.Outcome.Valid.class, o, Validation.headline(o));
    assertTrue(checkedActs(v.split()).contains("DetectInterfaceFailure"), checkedActs(v.split()).toString());
    assertTrue(v.distinct() > 0);
  }

  @Test
  void theCommandsTable51_1DoesNotReplicateAreStepsOfTheSpec(@TempDir Path work) throws Exception {
    // `firewall' in a context (LocalCommand) and `write erase' (EraseStartup) on the unit where the
    // scope is active change that unit only
    Validation.Outcome o = validate("scenarios/replication_table_51_1.scenario", "none", work);
    Validation.Outcome.Valid v = assertInstanceOf(Validation.Outcome.Valid.class, o, Validation.headline(o));
    List<String> acts = checkedActs(v.split());
    assertTrue(acts.contains("LocalCommand") && acts.contains("EraseStartup"), acts.toString());
  }

  @Test
  void anEngineThatPreemptsWithoutPreemptIsCaughtWhenItArmsPreemption(@TempDir Path work) throws Exception {
    // the engine built with PreemptAlways arms preemption (preemptArmed) when B joins, before it
    // preempts: the spec without `preempt' leaves it unarmed
    Validation.Outcome o = validate("scenarios/preempt_not_configured_no_move.scenario", "PreemptAlways", work);
    Validation.Outcome.Invalid x = assertInstanceOf(Validation.Outcome.Invalid.class, o, Validation.headline(o));
    assertEquals(72, x.step().entry().line());
    assertEquals("JoinActivePeer", x.step().entry().act().get("name"));
    assertTrue(x.nearest().sameAct(), x.nearest().toString());
    assertEquals(List.of("preemptArmed[2]: spec=FALSE engine=TRUE"), x.nearest().differences());
    assertTrue(Validation.headline(o).startsWith("INVALID scenarios/preempt_not_configured_no_move.scenario: line 72: "
        + "JoinActivePeer(unit=B): the spec does not allow this step (preemptArmed[2]: spec=FALSE engine=TRUE)"), Validation.headline(o));
  }

  @Test
  void anEngineThatReplicatesFromTheStandbyIsCaughtWithTheDifferingField(@TempDir Path work) throws Exception {
    Validation.Outcome o = validate("scenarios/replication_context_from_its_active_unit.scenario", "ReplicateFromStandby", work);
    Validation.Outcome.Invalid x = assertInstanceOf(Validation.Outcome.Invalid.class, o, Validation.headline(o));
    assertEquals(102, x.step().entry().line());
    assertEquals("ConfigCommand", x.step().entry().act().get("name"));
    assertTrue(x.nearest().sameAct(), x.nearest().toString());
    assertEquals(List.of("running[\"B\"][\"ctx1\"]: spec=9 engine=10"), x.nearest().differences());
    // the configuration commands replicated from the active side before it were allowed
    Segments.Segment seg = x.split().segments().get(x.segment() - 1);
    long replicated = seg.log().stream().takeWhile(l -> l != x.step())
        .filter(l -> Boolean.TRUE.equals(l.entry().act().get("replicated"))).count();
    assertTrue(replicated >= 2, "replicated configuration commands checked: " + replicated);
  }

  @Test
  void anEngineThatNeverBulkSyncsIsCaughtWhenAWaitEndsWithoutStateSync(@TempDir Path work) throws Exception {
    Validation.Outcome o = validate("scenarios/preempt_delay.scenario", "NoBulkSync", work);
    Validation.Outcome.Missed m = assertInstanceOf(Validation.Outcome.Missed.class, o, Validation.headline(o));
    assertEquals(101, m.at().settledAt()); // `wait 60' after `boot B': B joined, its table is not synchronised
    assertEquals("JoinActivePeer", m.at().entry().act().get("name"));
    assertEquals(List.of("StateSync(group=2)"), m.acts());
  }

  @Test
  void aLogTamperedWithByHandIsRejectedAtTheTamperedStep(@TempDir Path work) throws Exception {
    Recording r = Recording.of(ScenarioParser.parseFile(Path.of("scenarios/preempt_delay.scenario")), new Pair());
    Segments.Split split = Segments.split(r);
    List<Segments.Segment> segs = new ArrayList<>(split.segments());
    Segments.Segment last = segs.get(segs.size() - 1);
    List<Segments.Logged> log = new ArrayList<>(last.log());
    int at = -1;
    for (int n = 0; n < log.size(); n++) if (log.get(n).act().get("name").equals(new TlaValue.Str("Preempt"))) at = n;
    assertTrue(at > 0);
    // the log claims that the group left on A by the preemption is failed, not standby
    Segments.Logged p = log.get(at);
    Map<String, TlaValue> obs = new LinkedHashMap<>(p.obs().fields());
    Map<String, TlaValue> role = new LinkedHashMap<>(((TlaValue.Rec) obs.get("role")).fields());
    TlaValue.Seq a = (TlaValue.Seq) role.get("A");
    assertEquals(new TlaValue.Str("standby"), a.elements().get(1));
    role.put("A", new TlaValue.Seq(List.of(a.elements().get(0), new TlaValue.Str("failed"))));
    obs.put("role", new TlaValue.Rec(role));
    log.set(at, new Segments.Logged(p.entry(), new TlaValue.Rec(obs), p.act()));
    segs.set(segs.size() - 1, new Segments.Segment(last.constants(), log, last.stutters(), last.ticks()));
    Validation.Outcome o = Validation.run("tampered", new Segments.Split(segs, split.skipped()), Tlc.fromClasspath(), SPEC, work);
    Validation.Outcome.Invalid x = assertInstanceOf(Validation.Outcome.Invalid.class, o, Validation.headline(o));
    assertEquals(segs.size(), x.segment());
    assertEquals(105, x.step().entry().line());
    assertTrue(x.nearest().sameAct());
    assertEquals(List.of("role[\"A\"][2]: spec=standby engine=failed"), x.nearest().differences());
    // the generated module holds the log as TLA+ values
    String module = Files.readString(work.resolve("Validate.tla"));
    assertTrue(module.contains("S1 == INSTANCE AAFailover WITH"), module);
    assertTrue(module.contains("\nNext" + segs.size() + " == NextS"), module);
    assertTrue(module.contains("act |-> [name |-> \"Preempt\", group |-> 2]"), module);
  }

  @Test
  void nothingToValidateAndBadFilesHaveTheirExitCodes(@TempDir Path dir) throws Exception {
    Cli r = cli("play", "--validate", "scenarios/range_mac_address.scenario");
    assertEquals(5, r.exit(), r.out() + r.err());
    assertTrue(r.out().startsWith("NOTHING scenarios/range_mac_address.scenario: "), r.out());
    Path bad = dir.resolve("bad.scenario");
    Files.writeString(bad, "boot A\npowr-off A\n");
    r = cli("play", "--validate", "scenarios/range_mac_address.scenario", bad.toString());
    assertEquals(2, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("ERROR " + bad + ": line 2: "), r.out());
    assertEquals(2, cli("play", "--validate", "--engine-bug", "Nope", "scenarios").exit());
  }
}
