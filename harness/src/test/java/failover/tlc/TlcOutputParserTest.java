package failover.tlc;

import static failover.tlc.Captured.messages;
import static failover.tlc.Captured.only;
import static failover.tlc.Captured.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parser of TLC's -tool output, on outputs captured from TLC 2.18 (no TLC runs here). */
class TlcOutputParserTest {

  @Test
  void passingRunGivesCountsDepthAndSuccess() {
    List<TlcMessage> ms = messages("pass");
    assertEquals("TLC2 Version 2.18 of 20 March 2023", only(ms, TlcMessage.Version.class).get(0).text());
    assertEquals(List.of(new TlcMessage.Stats(249, 142, 0)), only(ms, TlcMessage.Stats.class));
    assertEquals(List.of(new TlcMessage.Depth(11)), only(ms, TlcMessage.Depth.class));
    assertEquals(1, only(ms, TlcMessage.Success.class).size());
    assertTrue(only(ms, TlcMessage.Finished.class).get(0).millis() > 0);
    // the progress report without and with rates ("249 states generated (18,241 s/min)")
    List<TlcMessage.Progress> progress = only(ms, TlcMessage.Progress.class);
    assertEquals(2, progress.size());
    for (TlcMessage.Progress p : progress) {
      assertEquals(new TlcMessage.Progress(TlcMessage.PROGRESS, 11, 249, 142, 0), p);
    }
    TlcResult r = result("pass");
    assertEquals(Verdict.PASSED, r.verdict());
    assertEquals(Optional.empty(), r.property());
    assertEquals(249, r.generated());
    assertEquals(142, r.distinct());
    assertEquals(0, r.left());
    assertEquals(11, r.depth());
    assertTrue(r.trace().isEmpty());
    assertTrue(r.problems().isEmpty(), r.problems().toString());
  }

  @Test
  void invariantViolationGivesPropertyAndTrace() {
    List<TlcMessage> ms = messages("invariant");
    assertEquals(List.of(new TlcMessage.InvariantViolated(TlcMessage.INVARIANT_VIOLATED, "SmallInv")),
        only(ms, TlcMessage.InvariantViolated.class));
    assertEquals(List.of(new TlcMessage.TraceStart(TlcMessage.BEHAVIOR_UP_TO_THIS_POINT)),
        only(ms, TlcMessage.TraceStart.class));
    TlcResult r = result("invariant");
    assertEquals(Verdict.INVARIANT_VIOLATED, r.verdict());
    assertEquals(Optional.of("SmallInv"), r.property());
    assertEquals(8, r.generated());
    assertEquals(8, r.distinct());
    assertEquals(3, r.left());
    assertEquals(4, r.depth());
    Trace t = r.trace();
    assertEquals(Trace.Ending.FINAL_STATE, t.ending());
    assertEquals(4, t.states().size());
    TlcMessage.TraceState first = t.states().get(0);
    assertTrue(first.initial());
    assertEquals(Optional.empty(), first.location());
    assertEquals(Map.of("seen", "[A |-> {}, B |-> {}]", "x", "0", "act", "[name |-> \"Init\"]"), first.values());
    assertEquals(List.of("seen", "x", "act"), List.copyOf(first.values().keySet()), "TLC's order");
    TlcMessage.TraceState second = t.states().get(1);
    assertEquals(2, second.number());
    assertEquals("Inc", second.action());
    assertEquals(Optional.of(new TlcMessage.Location("Toy", 15, 11, 18, 48)), second.location());
    assertEquals(new TlaValue.Int(1), second.value("x"));
    assertEquals(new TlaValue.Str("A"), second.value("act").apply("unit"));
    assertEquals(List.of("seen", "x", "act"), second.changedFrom(first));
    TlcMessage.TraceState last = t.states().get(3);
    assertEquals(4, last.number());
    assertEquals(new TlaValue.Int(3), last.value("x"));
    assertEquals(List.of("seen", "x"), last.changedFrom(t.states().get(2)), "act is the same record");
  }

  @Test
  void invariantViolatedByTheInitialStateGivesAOneStateTrace() {
    TlcResult r = result("init-invariant");
    assertEquals(Verdict.INVARIANT_VIOLATED, r.verdict());
    assertEquals(Optional.of("PositiveInv"), r.property());
    assertEquals(1, r.trace().states().size());
    TlcMessage.TraceState s = r.trace().states().get(0);
    assertTrue(s.initial());
    assertEquals(new TlaValue.Int(0), s.value("x"));
    assertEquals(3, s.values().size());
  }

  @Test
  void livenessViolationGivesALassoBackToAState() {
    List<TlcMessage> ms = messages("liveness");
    assertEquals(1, only(ms, TlcMessage.TemporalViolated.class).size());
    assertEquals(List.of(new TlcMessage.TraceStart(TlcMessage.COUNTER_EXAMPLE)), only(ms, TlcMessage.TraceStart.class));
    assertEquals(List.of(new TlcMessage.BackToState(6, "Inc")), only(ms, TlcMessage.BackToState.class));
    TlcResult r = result("liveness");
    assertEquals(Verdict.TEMPORAL_VIOLATED, r.verdict());
    assertEquals(Optional.empty(), r.property(), "TLC 2.18 does not name the temporal property");
    assertEquals(8, r.trace().states().size());
    assertEquals(Trace.Ending.BACK_TO_STATE, r.trace().ending());
    assertEquals(6, r.trace().backTo());
    assertEquals("Reset", r.trace().states().get(3).action());
    assertEquals(new TlaValue.Seq(List.of(new TlaValue.Str("done"), new TlaValue.Int(2))),
        r.trace().states().get(3).value("act").apply("log"));
    assertEquals(36, r.distinct());
    assertEquals(61, r.generated());
    assertEquals(-1, r.depth(), "TLC prints no depth after a liveness violation");
  }

  @Test
  void livenessViolationByStutteringEndsWithStuttering() {
    assertEquals(List.of(new TlcMessage.Stuttering(4)), only(messages("stuttering"), TlcMessage.Stuttering.class));
    TlcResult r = result("stuttering");
    assertEquals(Verdict.TEMPORAL_VIOLATED, r.verdict());
    assertEquals(Trace.Ending.STUTTERING, r.trace().ending());
    assertEquals(3, r.trace().states().size());
    assertEquals(5, r.distinct());
  }

  @Test
  void actionPropertyViolationIsNamedThoughTlcExitsWithTheLivenessCode() {
    assertEquals(List.of(new TlcMessage.ActionPropertyViolated("NoResetProp")),
        only(messages("action-property"), TlcMessage.ActionPropertyViolated.class));
    TlcResult r = result("action-property");
    assertEquals(13, r.exitCode());
    assertEquals(Verdict.ACTION_PROPERTY_VIOLATED, r.verdict());
    assertEquals(Optional.of("NoResetProp"), r.property());
    assertEquals(Trace.Ending.FINAL_STATE, r.trace().ending());
    assertEquals("Reset", r.trace().states().get(r.trace().states().size() - 1).action());
  }

  @Test
  void deadlockTraceOfASingleVariableSpec() {
    assertEquals(1, only(messages("deadlock"), TlcMessage.Deadlock.class).size());
    TlcResult r = result("deadlock");
    assertEquals(Verdict.DEADLOCK, r.verdict());
    assertEquals(3, r.distinct());
    assertEquals(3, r.depth());
    List<String> xs = new ArrayList<>();
    for (TlcMessage.TraceState s : r.trace().states()) xs.add(s.action() + ":" + s.values().get("x"));
    assertEquals(List.of("Initial predicate:0", "Next:1", "Next:2"), xs);
  }

  @Test
  void falseAssumptionNamesItsLocation() {
    List<TlcMessage.AssumptionFalse> a = only(messages("assume"), TlcMessage.AssumptionFalse.class);
    assertEquals(1, a.size());
    assertEquals(Optional.of(new TlcMessage.Location("ToyAssume", 5, 8, 5, 12)), a.get(0).location());
    TlcResult r = result("assume");
    assertEquals(Verdict.ASSUMPTION_FALSE, r.verdict());
    assertEquals(1, r.problems().size());
    assertTrue(r.trace().isEmpty());
  }

  @Test
  void failedAssertGivesItsMessageAndTrace() {
    assertEquals(List.of(new TlcMessage.AssertFailed("\"x must stay below 2\"")),
        only(messages("assert"), TlcMessage.AssertFailed.class));
    TlcResult r = result("assert");
    assertEquals(Verdict.ASSERT_FAILED, r.verdict());
    assertEquals(2, r.trace().states().size());
    assertEquals("AssertNext", r.trace().states().get(1).action());
  }

  @Test
  void evaluationErrorNestedInAGeneralErrorIsDeliveredInnerFirst() {
    List<TlcMessage.Problem> problems = only(messages("eval-error"), TlcMessage.Problem.class);
    assertEquals(List.of(2154, 1000, 2103), problems.stream().map(TlcMessage.Problem::code).toList());
    assertTrue(problems.get(0).text().startsWith("Attempted to apply the operator"), problems.get(0).text());
    assertTrue(problems.get(1).text().contains("Cannot cast tlc2.value.impl.StringValue"),
        "the outer message includes the inner text: " + problems.get(1).text());
    assertFalse(problems.get(1).text().contains("@!@!@"));
    assertTrue(problems.get(2).text().contains("Line 7, column 12 to line 7, column 34 in ToyEval"));
    TlcResult r = result("eval-error");
    assertEquals(Verdict.EVALUATION_ERROR, r.verdict());
    assertEquals(2, r.trace().states().size());
  }

  @Test
  void syntaxErrorGivesFileLineAndColumn() {
    TlcResult r = result("parse-error");
    assertEquals(Verdict.PARSE_ERROR, r.verdict());
    assertEquals(1, r.parseErrors().size());
    TlcMessage.ParseError e = r.parseErrors().get(0);
    assertEquals("ToyParse", e.module());
    assertTrue(e.file().orElseThrow().endsWith("toy/ToyParse.tla"), e.file().toString());
    assertEquals(7, e.line());
    assertEquals(1, e.column());
    assertTrue(e.message().startsWith("Encountered \"Beginning of definition\" at line 7, column 1"), e.message());
  }

  @Test
  void semanticErrorGivesFileLineColumnAndMessage() {
    TlcResult r = result("semantic-error");
    assertEquals(Verdict.PARSE_ERROR, r.verdict());
    TlcMessage.ParseError e = r.parseErrors().get(0);
    assertEquals(List.of("ToySemantic", "6", "14", "Unknown operator: `y'."),
        List.of(e.module(), "" + e.line(), "" + e.column(), e.message()));
    assertTrue(e.file().orElseThrow().endsWith("toy/ToySemantic.tla"));
    assertEquals(1, r.parseErrors().size());
  }

  @Test
  void lexicalErrorGivesLineAndColumn() {
    TlcMessage.ParseError e = result("lexical-error").parseErrors().get(0);
    assertEquals("ToyLexical", e.module());
    assertEquals(5, e.line());
    assertEquals(19, e.column());
  }

  @Test
  void missingModulesAreParseErrorsWithoutALine() {
    TlcMessage.ParseError imported = result("missing-module").parseErrors().get(0);
    assertEquals("ToyMissing", imported.module(), "named after the module that imports it");
    assertTrue(imported.file().isPresent());
    assertEquals(0, imported.line());
    assertTrue(imported.message().contains("NoSuchModule"));
    TlcResult r = result("missing-spec");
    assertEquals(Verdict.PARSE_ERROR, r.verdict());
    assertEquals("NoSuchSpec", r.parseErrors().get(0).module());
    assertEquals(Optional.empty(), r.parseErrors().get(0).file());
  }

  @Test
  void configErrorsAreTyped() {
    TlcResult undefined = result("config-error");
    assertEquals(Verdict.CONFIG_ERROR, undefined.verdict());
    assertEquals(2229, undefined.configErrors().get(0).code());
    assertTrue(undefined.configErrors().get(0).text().contains("NoSuchInv"));
    TlcResult syntax = result("config-syntax");
    assertEquals(255, syntax.exitCode());
    assertEquals(Verdict.CONFIG_ERROR, syntax.verdict(), "exit 255 with a configuration message");
    assertEquals(5006, syntax.configErrors().get(0).code());
    assertEquals(3, syntax.configErrors().get(0).line());
  }

  @Test
  void simulationProgressHasNoDistinctCount() {
    List<TlcMessage> ms = messages("simulate");
    assertEquals(List.of(new TlcMessage.Progress(TlcMessage.PROGRESS_SIMULATION, -1, 19, -1, -1)),
        only(ms, TlcMessage.Progress.class));
    TlcResult r = result("simulate");
    assertEquals(Verdict.PASSED, r.verdict());
    assertEquals(19, r.generated());
    assertEquals(-1, r.distinct());
  }

  @Test
  void everyCapturedRunGivesTheVerdictOfItsExitCodeAndClosesEveryFrame() {
    Map<String, Verdict> expected = Map.ofEntries(
        Map.entry("pass", Verdict.PASSED), Map.entry("invariant", Verdict.INVARIANT_VIOLATED),
        Map.entry("init-invariant", Verdict.INVARIANT_VIOLATED),
        Map.entry("liveness", Verdict.TEMPORAL_VIOLATED), Map.entry("stuttering", Verdict.TEMPORAL_VIOLATED),
        Map.entry("action-property", Verdict.ACTION_PROPERTY_VIOLATED),
        Map.entry("deadlock", Verdict.DEADLOCK), Map.entry("assume", Verdict.ASSUMPTION_FALSE),
        Map.entry("assert", Verdict.ASSERT_FAILED), Map.entry("eval-error", Verdict.EVALUATION_ERROR),
        Map.entry("parse-error", Verdict.PARSE_ERROR), Map.entry("semantic-error", Verdict.PARSE_ERROR),
        Map.entry("lexical-error", Verdict.PARSE_ERROR), Map.entry("missing-module", Verdict.PARSE_ERROR),
        Map.entry("missing-spec", Verdict.PARSE_ERROR), Map.entry("config-error", Verdict.CONFIG_ERROR),
        Map.entry("config-syntax", Verdict.CONFIG_ERROR), Map.entry("values", Verdict.INVARIANT_VIOLATED),
        Map.entry("simulate", Verdict.PASSED),
        Map.entry("spec-parse-error", Verdict.PARSE_ERROR), Map.entry("spec-semantic-error", Verdict.PARSE_ERROR),
        Map.entry("spec-eval-error", Verdict.EVALUATION_ERROR), Map.entry("spec-missing-invariant", Verdict.CONFIG_ERROR),
        Map.entry("spec-missing-property", Verdict.CONFIG_ERROR));
    assertEquals(expected.keySet(), Captured.exitCodes().keySet(), "every captured run is checked");
    for (var e : expected.entrySet()) {
      assertEquals(e.getValue(), result(e.getKey()).verdict(), e.getKey());
      for (TlcMessage m : messages(e.getKey())) {
        if (m instanceof TlcMessage.Output o) assertFalse(o.line().contains("@!@!@"), e.getKey() + ": " + o);
        if (m instanceof TlcMessage.Info i) assertFalse(i.text().contains("@!@!@"), e.getKey() + ": " + i);
      }
      assertEquals(1, only(messages(e.getKey()), TlcMessage.Finished.class).size(), e.getKey());
    }
  }

  @Test
  void framesMayStartMidLineNestAndBeLeftOpen() {
    List<TlcMessage> ms = new ArrayList<>();
    TlcOutputParser p = new TlcOutputParser(ms::add);
    p.accept("plain line");
    p.accept("@!@!@STARTMSG 1000:1 @!@!@");
    p.accept("outer text");
    p.accept(": @!@!@STARTMSG 2154:0 @!@!@");
    p.accept("inner text");
    p.accept("@!@!@ENDMSG 2154 @!@!@");
    p.accept("@!@!@ENDMSG 1000 @!@!@");
    p.accept("@!@!@STARTMSG 2200:0 @!@!@");
    p.accept("Progress(3) at 2026-11-26 16:37:10: 1,234,567 states generated (700 s/min), 8 distinct states found (700 ds/min), 3 states left on queue.");
    p.accept("@!@!@ENDMSG 2200 @!@!@");
    p.accept("@!@!@STARTMSG 2186:0 @!@!@");
    p.accept("Finished in 01min 05s at (2026-11-26 16:37:10)");
    p.finish(); // TLC killed before ENDMSG
    assertEquals(new TlcMessage.Output("plain line"), ms.get(0));
    assertEquals(new TlcMessage.Problem(2154, 1, "inner text"), ms.get(1));
    assertEquals(new TlcMessage.Problem(1000, 1, "outer text\n: inner text"), ms.get(2));
    assertEquals(new TlcMessage.Progress(2200, 3, 1_234_567, 8, 3), ms.get(3));
    assertEquals(new TlcMessage.Finished(65_000), ms.get(4));
    assertEquals(5, ms.size());
  }

  @Test
  void stateValuesFoldLongValuesAndReadSingleVariables() {
    Map<String, String> v = TlcOutputParser.values("/\\ a = [ x |->\n      1,\n  y |-> 2 ]\n/\\ b = \"s = t\"\n");
    assertEquals(Map.of("a", "[ x |-> 1, y |-> 2 ]", "b", "\"s = t\""), v);
    assertEquals(Map.of("x", "<<1, 2>>"), TlcOutputParser.values("x = <<1,\n 2>>"));
    assertInstanceOf(TlaValue.Rec.class, TlaValue.parse(v.get("a")));
  }
}
