package failover.corners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.conform.Itf;
import failover.spec.Readings;
import failover.tlc.Manifest;
import failover.tlc.TlaValue;
import failover.tlc.Tlc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The readings' part of the catalogue (ReadingsRun, ReadingParting), as committed: for every
 * reading the behaviour where it parts from the chosen one (an ITF trace under each reading, the
 * same steps up to the parting), its scenario (expectations hold on the engine under the chosen
 * readings, fail under the other; validated by TLC under both when it was generated), and the
 * reading model's counterexample where the manifest expects one. One real search, on the smallest
 * model, must give the committed traces again.
 */
class ReadingsPartingTest {
  static final Path ROOT = Path.of("");

  @Test
  void everyReadingHasItsPartingScenarioAndCounterexample() throws Exception {
    Manifest manifest = Manifest.read(ROOT.resolve("spec/manifest.json"));
    for (ReadingsReport.Witness w : ReadingsReport.WITNESSES) {
      ReadingsRun run = ReadingsRun.committed(ROOT, w);
      assertNotNull(run, w.reading() + ": no committed parting: run ./failover corners");
      boolean violates = manifest.model(w.model()).orElseThrow().expected().verdict().isViolation();
      assertEquals(violates, run.counterexample() != null, w.reading() + ": a counterexample iff the reading model breaks a property");
      ReadingParting.Result p = run.parting();
      List<Map<String, TlaValue>> c = p.chosen().states(), o = p.other().states();
      int common = Math.min(c.size(), o.size());
      for (int i = 0; i < common; i++) {
        assertEquals(ReadingParting.label(c.get(i)), ReadingParting.label(o.get(i)), w.reading() + ": step " + i + " the same under both readings");
      }
      for (int i = 0; i < common - (p.kind() == ReadingParting.Kind.SAME_STEP ? 1 : 0); i++) {
        assertEquals(ReadingParting.groups(c.get(i)), ReadingParting.groups(o.get(i)), w.reading() + ": group states equal before the parting, step " + i);
      }
      switch (p.kind()) {
        case SAME_STEP -> assertTrue(c.size() == o.size() && !ReadingParting.groups(c.get(common - 1)).equals(ReadingParting.groups(o.get(common - 1))));
        case CHOSEN_ONLY -> assertEquals(o.size() + 1, c.size());
        case OTHER_ONLY -> assertEquals(c.size() + 1, o.size());
        case NONE -> assertTrue(p.firstDiffer() >= 0 || !p.onlyChosen().isEmpty() || !p.onlyOther().isEmpty(), w.reading() + ": a first difference");
      }
      assertEquals(List.of(w.reading() + "=" + w.alternativeChosen(), w.reading() + "=" + w.alternative()),
          run.validation().stream().map(v -> v.substring(1, v.indexOf('`', 1))).toList());
      assertTrue(run.validation().get(0).endsWith("the scenario's expectations hold"), run.validation().get(0));
      assertTrue(run.validation().get(1).contains("the scenario's expectations FAIL at"), run.validation().get(1));
    }
  }

  @Test
  void everyToldReadingModelThatBreaksAPropertyHasItsCounterexample() throws Exception {
    Manifest manifest = Manifest.read(ROOT.resolve("spec/manifest.json"));
    Map<String, failover.conform.Itf.Trace> committed = ReadingsRun.committedToldCounterexamples(ROOT);
    for (ReadingsReport.Told t : ReadingsReport.TOLD) {
      if (t.model() == null) continue;
      Manifest.Model m = manifest.model(t.model()).orElseThrow();
      assertEquals(m.expected().verdict().isViolation(), committed.containsKey(t.model()),
          t.reading() + ": a committed counterexample iff the reading model breaks a property (./failover corners)");
      if (committed.containsKey(t.model())) {
        assertEquals(m.depth().orElseThrow(), committed.get(t.model()).states().size(), t.model() + ": TLC's shortest counterexample");
        String md = ReadingsReport.markdown(ROOT, "#");
        assertTrue(md.contains("TLC's counterexample") && md.contains(ReadingsRun.counterexampleTrace(t.model()).toString().replace('\\', '/')),
            t.model() + ": the catalogue shows the counterexample");
      }
    }
  }

  @Test
  void eachScenarioHoldsUnderTheChosenReadingAndFailsUnderTheOther() throws Exception {
    for (ReadingsReport.Witness w : ReadingsReport.WITNESSES) {
      String text = Files.readString(ROOT.resolve(ReadingsRun.scenarioFile(w)));
      assertTrue(ReadingsRun.play(w.reading(), text, Readings.CHOSEN).startsWith("PASS"), w.reading());
      String other = ReadingsRun.play(w.reading(), text, Readings.CHOSEN.with(w.reading(), w.alternative()));
      assertTrue(other.startsWith("FAIL"), w.reading() + " = " + w.alternative() + ": " + other);
    }
  }

  /** The search on the reading model with the fewest states, again: the same behaviour and scenario as committed. */
  @Test
  void theSearchGivesTheCommittedBehaviourAgain() throws Exception {
    ReadingsReport.Witness w = ReadingsReport.witness("Preemption");
    ReadingParting.Result p = ReadingParting.find(Tlc.fromClasspath(), ROOT.resolve("spec"), w, Path.of("target/readings-test/" + w.model()));
    ReadingsRun committed = ReadingsRun.committed(ROOT, w);
    assertEquals(committed.parting().kind(), p.kind());
    assertEquals(Itf.read(ROOT.resolve(ReadingsRun.partingTrace(w, false))).states(), p.other().states());
    assertEquals(committed.parting().chosen().states(), p.chosen().states());
    assertEquals(committed.scenario(), ReadingsRun.scenario(w, p));
  }
}
