package failover.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.corners.ReadingsReport;
import failover.engine.Pair;
import failover.scenario.ScenarioParser;
import failover.scenario.ScenarioRunner;
import failover.scenario.Session;
import failover.validate.TraceModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The readings of Readings.java are the spec's (names, alternatives, the chosen one first), parse
 * as NAME=VALUE, and each alternative's witness scenario passes under the chosen readings and fails
 * under the other: the engine's switches bite.
 */
class ReadingsTest {
  @Test
  void theReadingsAreTheSpecs() throws Exception {
    String spec = Files.readString(Path.of("spec/AAFailover.tla"));
    Matcher m = Pattern.compile("(\\w+)\\s*\\|->\\s*<<\"(\\w+)\", \"(\\w+)\">>").matcher(spec.substring(spec.indexOf("ReadingValues ==")));
    List<String> inSpec = new ArrayList<>();
    while (m.find()) inSpec.add(m.group(1) + ":" + m.group(2) + "," + m.group(3));
    List<String> inJava = Readings.SPEC.stream()
        .map(r -> r.name() + ":" + String.join(",", r.alternatives().stream().map(Readings.Alternative::value).toList())).toList();
    assertEquals(inSpec, inJava);
    assertTrue(spec.contains("\nReadings == ChosenReadings\n"), "the spec's Readings is the chosen ones (a model overrides it)");
  }

  /** An engine-only reading is no field of the spec's Readings record: not in ReadingValues, not in what toTla() gives the spec. */
  @Test
  void anEngineOnlyReadingIsNotTheSpecs() throws Exception {
    String spec = Files.readString(Path.of("spec/AAFailover.tla"));
    String values = spec.substring(spec.indexOf("ReadingValues =="), spec.indexOf("ChosenReadings =="));
    List<Readings.Reading> engineOnly = Readings.ALL.stream().filter(Readings.Reading::engineOnly).toList();
    assertFalse(engineOnly.isEmpty());
    for (Readings.Reading r : engineOnly) {
      assertFalse(values.contains(r.name()), r.name() + " is engine only");
      Readings other = Readings.CHOSEN.with(r.name(), r.alternatives().get(1).value());
      assertFalse(other.chosenAll());
      assertFalse(other.toTla().contains(r.name()), other.toTla());
      assertTrue(other.specPart().chosenAll());
      assertEquals("AAFailover", TraceModule.moduleName(other), "the spec under an engine-only reading is the spec");
    }
    assertEquals(Readings.specNames(), Readings.SPEC.stream().map(Readings.Reading::name).toList());
  }

  /**
   * A reading told apart by scenarios (ReadingsReport.TOLD): each alternative's scenario,
   * readings/READING-VALUE.scenario, passes on the engine under that alternative and fails under
   * every other alternative of the reading.
   */
  @Test
  void eachToldReadingsScenarioPassesUnderItsAlternativeOnly() throws Exception {
    for (ReadingsReport.Told t : ReadingsReport.TOLD) {
      Readings.Reading r = Readings.reading(t.reading());
      assertTrue(r != null, t.reading());
      assertEquals(r.engineOnly(), t.model() == null, t.reading() + ": a reading model iff the spec has the reading");
      for (Readings.Alternative a : r.alternatives()) {
        var s = ScenarioParser.parseFile(t.scenario(a.value()));
        for (Readings.Alternative b : r.alternatives()) {
          var o = ScenarioRunner.run(s, null, new Session(new Pair("none", Readings.CHOSEN.with(r.name(), b.value()))));
          if (a.equals(b)) assertTrue(o instanceof ScenarioRunner.Outcome.Pass, t.scenario(a.value()) + " under " + b.value() + ": " + ScenarioRunner.headline(o));
          else assertTrue(o instanceof ScenarioRunner.Outcome.Fail, t.scenario(a.value()) + " under " + b.value() + ": " + ScenarioRunner.headline(o));
        }
      }
    }
  }

  @Test
  void nameEqualsValue() {
    Readings r = Readings.CHOSEN.with(List.of("Threshold=above"));
    assertTrue(r.is("Threshold", "above"));
    assertEquals(List.of("Threshold=above"), r.differences());
    assertTrue(Readings.CHOSEN.chosenAll());
    assertFalse(r.chosenAll());
    assertTrue(r.toTla().contains("Threshold |-> \"above\""));
    assertThrows(IllegalArgumentException.class, () -> Readings.CHOSEN.with(List.of("Threshold=maybe")));
    assertThrows(IllegalArgumentException.class, () -> Readings.CHOSEN.with(List.of("NoSuchReading=x")));
    assertThrows(IllegalArgumentException.class, () -> Readings.CHOSEN.with(List.of("Threshold")));
  }

  @Test
  void theTraceModuleInstancesACopyOfTheSpecUnderOtherReadings() throws Exception {
    Readings r = Readings.CHOSEN.with("PeerDeathLinkDown", "undetected");
    assertEquals("AAFailover", TraceModule.moduleName(Readings.CHOSEN));
    String name = TraceModule.moduleName(r);
    String v = TraceModule.variant(Files.readString(Path.of("spec/AAFailover.tla")), r);
    assertTrue(v.contains("MODULE " + name + " "), v.substring(0, 200));
    assertTrue(v.contains("\nReadings == " + r.toTla() + "\n"));
  }

  @Test
  void eachWitnessScenarioPassesUnderTheChosenReadingAndFailsUnderTheOther() throws Exception {
    // every reading has a searched parting (a witness) or a scenario per alternative (told), not both
    for (Readings.Reading r : Readings.ALL) {
      assertTrue((ReadingsReport.witness(r.name()) == null) != (ReadingsReport.told(r.name()) == null), r.name());
    }
    assertEquals(Readings.ALL.size(), ReadingsReport.WITNESSES.size() + ReadingsReport.TOLD.size());
    for (ReadingsReport.Witness w : ReadingsReport.WITNESSES) {
      var s = ScenarioParser.parseFile(Path.of(w.scenario()));
      assertTrue(ScenarioRunner.run(s, null, new Session(new Pair("none", Readings.CHOSEN))) instanceof ScenarioRunner.Outcome.Pass, w.scenario());
      var o = ScenarioRunner.run(s, null, new Session(new Pair("none", Readings.CHOSEN.with(w.reading(), w.alternative()))));
      assertTrue(o instanceof ScenarioRunner.Outcome.Fail, w + ": " + ScenarioRunner.headline(o));
      var run = failover.corners.ReadingsRun.committed(Path.of(""), w);
      assertTrue(run != null, w + ": no committed parting (./failover corners)");
      var rows = ReadingsReport.rows(run.parting());
      assertTrue(run.parting().kind() == failover.corners.ReadingParting.Kind.NONE || rows.get(rows.size() - 1).differ(),
          w + ": the behaviour found parts the group states at its last step");
    }
  }
}
