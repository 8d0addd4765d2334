package failover.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import failover.cli.Cli;
import failover.engine.Pair;
import failover.scenario.ScenarioParser;
import failover.spec.Vocabulary;
import failover.tlc.Manifest;
import failover.tlc.Tlc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The other direction with the spec's deliberate bugs ({@code play --validate --spec-bug NAME}):
 * the correct engine's behaviour in the scenarios must contradict the spec with each bug switched
 * on, in at least one scenario, or else the bug's TLC model (spec/manifest.json, {@code bug_*},
 * run by SpecModelsTest) must catch it. {@code harness/src/test/resources/validate/spec-bugs.txt}
 * says which; the scenarios it names are validated, each against its bug, in ONE TLC run, and each
 * must be INVALID at the line the list gives. A spec change the scenarios no longer constrain makes
 * this test fail.
 */
class SpecBugsValidateTest {
  static final Path LIST = Path.of("harness/src/test/resources/validate/spec-bugs.txt");

  record Row(String bug, String by, String where, String why) {}

  static List<Row> rows() throws Exception {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(LIST)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\\s*\\|\\s*", 4);
      assertEquals(4, f.length, "bug | scenario or model NAME | where | why: " + line);
      rows.add(new Row(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()));
    }
    return rows;
  }

  /** The names of the spec's {@code Bugs} set. */
  static Set<String> specBugs() throws Exception {
    String spec = Files.readString(Path.of("spec/AAFailoverBugs.tla"));
    Matcher m = Pattern.compile("(?s)\\nBugs == \\{(.*?)\\}").matcher(spec);
    assertTrue(m.find(), "Bugs == {...} in spec/AAFailoverBugs.tla");
    Set<String> out = new TreeSet<>();
    Matcher s = Pattern.compile("\"([A-Za-z]+)\"").matcher(m.group(1).replaceAll("\\\\\\*[^\\n]*", ""));
    while (s.find()) out.add(s.group(1));
    return out;
  }

  @Test
  void everyBugOfTheSpecIsContradictedBySomeScenarioOrCaughtByItsModel(@TempDir Path work) throws Exception {
    assertEquals(new TreeSet<>(Vocabulary.BUGS), specBugs(), "the spec's Bugs and Vocabulary.BUGS");
    List<Row> rows = rows();
    Set<String> listed = new LinkedHashSet<>();
    rows.forEach(r -> listed.add(r.bug()));
    Set<String> bugs = new TreeSet<>(Vocabulary.BUGS);
    bugs.remove("none");
    assertEquals(bugs, new TreeSet<>(listed), "every bug of the spec is in " + LIST);

    Manifest manifest = Manifest.read(Path.of("spec/manifest.json"));
    List<Validation.Input> inputs = new ArrayList<>();
    List<Row> scenarioRows = new ArrayList<>();
    for (Row r : rows) {
      if (r.by().startsWith("model ")) {
        String name = r.by().substring("model ".length());
        Manifest.Model model = manifest.model(name).orElseThrow(() -> new AssertionError("no model " + name + " in spec/manifest.json"));
        assertTrue(model.ci(), name + " must be checked in CI (SpecModelsTest)");
        assertTrue(model.expected().verdict().isViolation(), name + " must expect a violation");
        String cfg = Files.readString(Path.of("spec").resolve(model.config()));
        assertTrue(cfg.matches("(?s).*\\n\\s*Bug = \"" + r.bug() + "\".*"), name + " is the model of " + r.bug() + ":\n" + cfg);
        assertFalse(r.why().isBlank(), "why no scenario shows " + r.bug());
        continue;
      }
      scenarioRows.add(r);
      inputs.add(Validation.Input.of(Recording.of(ScenarioParser.parseFile(Path.of(r.by())), new Pair()), r.bug()));
    }
    long t0 = System.nanoTime();
    List<Validation.Outcome> outcomes = Validation.runAll(inputs, Tlc.fromClasspath(), Path.of("spec"), work);
    System.out.printf("play --validate --spec-bug: %d scenario/bug pairs in one TLC run (%.1f s)%n", inputs.size(),
        (System.nanoTime() - t0) / 1e9);
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> caught = new LinkedHashMap<>();
    for (int n = 0; n < scenarioRows.size(); n++) {
      Row r = scenarioRows.get(n);
      Validation.Outcome o = outcomes.get(n);
      String h = Validation.headline(o);
      boolean invalid = o instanceof Validation.Outcome.Invalid || o instanceof Validation.Outcome.Missed;
      if (!invalid || !h.contains(": " + r.where() + ": ")) {
        wrong.add(r.bug() + ": " + r.by() + " listed INVALID at " + r.where() + ", but under the bug: " + h);
      } else {
        caught.merge(r.bug(), 1, Integer::sum);
      }
    }
    if (!wrong.isEmpty()) fail("the spec's bugs the scenarios no longer contradict:\n  " + String.join("\n  ", wrong));
    System.out.println("spec bugs contradicted by scenarios: " + caught);
  }

  @Test
  void theCommandLineChecksAgainstASpecBug() {
    Cli r = Cli.run("play", "--validate", "--spec-bug", "NoSuchBug", "scenarios/preempt_delay.scenario");
    assertEquals(2, r.exit(), r.out() + r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("failover play: unknown --spec-bug 'NoSuchBug'; one of none, "), r.err());
    r = Cli.run("play", "--spec-bug", "PreemptAlways", "scenarios/preempt_delay.scenario");
    assertEquals(2, r.exit(), r.out() + r.err());
    assertEquals("failover play: --spec-bug needs --validate", r.err().strip());
  }

  /**
   * Every bug's copy of the spec (its operators of spec/AAFailoverBugs.tla in the protocol's place)
   * is a module TLC parses and evaluates, the bugs no scenario contradicts included: one short
   * scenario under each bug, in one TLC run, is VALID or INVALID, never a TLC failure.
   */
  @Test
  void everyBugsCopyOfTheSpecIsChecked(@TempDir Path work) throws Exception {
    var recording = Recording.of(ScenarioParser.parseFile(Path.of("scenarios/boot_peer_absent.scenario")), new Pair());
    List<Validation.Input> inputs = new ArrayList<>();
    for (String bug : Vocabulary.BUGS) if (!bug.equals("none")) inputs.add(Validation.Input.of(recording, bug));
    List<Validation.Outcome> outcomes = Validation.runAll(inputs, Tlc.fromClasspath(), Path.of("spec"), work);
    for (int n = 0; n < inputs.size(); n++) {
      Validation.Outcome o = outcomes.get(n);
      assertFalse(o instanceof Validation.Outcome.TlcFailed || o instanceof Validation.Outcome.Nothing,
          inputs.get(n).bug() + ": " + Validation.headline(o));
    }
  }
}
