package failover.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import failover.engine.Pair;
import failover.scenario.ScenarioParser;
import failover.scenario.ScenarioRunner;
import failover.tlc.Tlc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scenario under scenarios/ (corners included) validated against the spec by
 * {@code play --validate}, in ONE TLC run (one module holding every scenario's segments). A
 * scenario that is not wholly checked is listed, with the reason, in
 * {@code harness/src/test/resources/validate/scenarios.txt}; the test fails when a scenario's
 * verdict differs from the list (also when a listed one becomes VALID: take it out), so that a
 * scenario silently becoming unvalidatable is caught.
 *
 * <p>Verdicts: {@code VALID} (every segment a behaviour of the spec, and nothing but the
 * configuration left unchecked), {@code PARTIAL} (VALID, but a step after the pair is configured
 * is not checked: the "where" column names the first such line), {@code NOTHING},
 * {@code INVALID} (a known finding: the "where" column is the line and action of the verdict).
 * Configuration is: the lines before the first segment, configuration commands that change the
 * spec's constants, and a box booted and configured while it has no security context.
 */
class AllScenariosValidateTest {
  static final Path LIST = Path.of("harness/src/test/resources/validate/scenarios.txt");

  /** One row of the list: verdict, where, reason. */
  record Row(String verdict, String where, String reason) {}

  static Map<String, Row> list(Path file) throws Exception {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\\s*\\|\\s*", 4);
      assertEquals(4, f.length, "scenario | verdict | where | reason: " + line);
      assertTrue(rows.put(f[0].strip(), new Row(f[1].strip(), f[2].strip(), f[3].strip())) == null, "listed twice: " + f[0]);
    }
    return rows;
  }

  /** The skipped steps that are not configuration (see the class comment). */
  static List<Segments.Skipped> gaps(Segments.Split split) {
    if (split.segments().isEmpty()) return List.of();
    int first = split.segments().get(0).firstLine();
    List<Segments.Skipped> out = new ArrayList<>();
    for (Segments.Skipped s : split.skipped()) {
      if (s.fromLine() < first) continue;
      if (s.why().startsWith("ConfigCommand(")) continue;
      if (s.why().endsWith("no security context is configured")) continue;
      out.add(s);
    }
    out.sort(java.util.Comparator.comparingInt(Segments.Skipped::fromLine));
    return out;
  }

  /** The verdict and where of an outcome, as the list writes them. */
  static String[] verdict(Validation.Outcome o) {
    if (o instanceof Validation.Outcome.Valid v) {
      List<Segments.Skipped> g = gaps(v.split());
      return g.isEmpty() ? new String[] {"VALID", "-"} : new String[] {"PARTIAL", "line " + g.get(0).fromLine(), g.get(0).why()};
    }
    if (o instanceof Validation.Outcome.Nothing) return new String[] {"NOTHING", "-"};
    if (o instanceof Validation.Outcome.Invalid || o instanceof Validation.Outcome.Missed) {
      String h = Validation.headline(o);
      String at = h.substring(h.indexOf(": line ") + 2);
      return new String[] {"INVALID", at.substring(0, at.indexOf(':'))};
    }
    return new String[] {"ERROR", "-"};
  }

  @Test
  void everyScenarioIsValidatedInOneTlcRunOrListedWithTheReason(@TempDir Path work) throws Exception {
    List<Path> files = ScenarioRunner.expand(List.of(Path.of("scenarios")));
    assertTrue(files.size() > 50, files.toString());
    Map<String, Row> listed = list(LIST);
    List<Validation.Input> inputs = new ArrayList<>();
    for (Path f : files) inputs.add(Validation.Input.of(Recording.of(ScenarioParser.parseFile(f), new Pair()), "none"));
    long t0 = System.nanoTime();
    List<Validation.Outcome> outcomes = Validation.runAll(inputs, Tlc.fromClasspath(), Path.of("spec"), work);
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int n = 0; n < files.size(); n++) {
      String name = files.get(n).toString();
      Validation.Outcome o = outcomes.get(n);
      String[] v = verdict(o);
      counts.merge(v[0], 1, Integer::sum);
      Row expected = listed.getOrDefault(name, new Row("VALID", "-", ""));
      if (!expected.verdict().equals(v[0]) || !expected.where().equals(v[1])) {
        String why = v.length > 2 ? v[2] : Validation.headline(o);
        wrong.add(name + ": listed " + expected.verdict() + " " + expected.where() + ", is " + v[0] + " " + v[1]
            + (v[0].equals("VALID") ? " (take it out of the list)" : "; the list would say: " + name + " | " + v[0] + " | " + v[1] + " | " + why));
      }
    }
    TreeSet<String> stale = new TreeSet<>(listed.keySet());
    files.forEach(f -> stale.remove(f.toString()));
    if (!stale.isEmpty()) wrong.add("listed, but no such scenario: " + stale);
    System.out.printf("play --validate, %d scenarios in one TLC run (%.1f s): %s%n", files.size(), seconds, counts);
    if (!wrong.isEmpty()) fail(LIST + " is not what play --validate says:\n  " + String.join("\n  ", wrong));
  }
}
