package failover.corners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/traceability.md stays true: its rows are exactly the requirement sentences of the seed (the
 * rule of the doc's header, {@link Seed#requirementSentences}) in the chapter's order, every spec
 * definition it names exists in a spec module, every scenario, model and test class it names exists,
 * every sentence stands verbatim in the seed, the numbers run S1, S2, ... and every row either names
 * spec definitions or says why it has none.
 */
class TraceabilityTest {
  static final Path DOC = Path.of("docs/traceability.md");
  static final Pattern ROW = Pattern.compile("^\\| (S\\d+) \\| \"(.*)\" \\| (.*) \\| (.*) \\|$");
  static final Pattern TICKED = Pattern.compile("`([^`]+)`");

  /** One row of a table: number, sentence, spec column, checks column. */
  record Row(int line, String id, String sentence, String spec, String checks) {}

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(DOC);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (!l.startsWith("| S")) continue;
      Matcher m = ROW.matcher(l);
      if (!m.matches()) fail(DOC + ":" + (i + 1) + ": not a row '| S<n> | \"sentence\" | spec | checked by |': " + l);
      rows.add(new Row(i + 1, m.group(1), m.group(2), m.group(3), m.group(4)));
    }
    return rows;
  }

  /** Every name defined (NAME == or NAME(args) ==) or declared (CONSTANTS, VARIABLES) in the spec modules. */
  static Set<String> specNames() throws IOException {
    Set<String> names = new HashSet<>();
    Pattern def = Pattern.compile("(?m)^([A-Za-z_][A-Za-z0-9_]*)\\s*(\\([^)]*\\))?\\s*==");
    Pattern assume = Pattern.compile("(?m)^ASSUME\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*==");
    Pattern declared = Pattern.compile("(?m)^\\s+([A-Za-z_][A-Za-z0-9_]*),?\\s*(\\\\\\*.*)?$");
    try (Stream<Path> s = Files.list(Path.of("spec"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".tla")).sorted().toList()) {
        String text = Files.readString(p);
        Matcher m = def.matcher(text);
        while (m.find()) names.add(m.group(1));
        m = assume.matcher(text);
        while (m.find()) names.add(m.group(1));
        // CONSTANTS and VARIABLES blocks: one name a line
        for (String block : text.split("(?m)^(CONSTANTS|VARIABLES)\\b")) {
          for (String line : block.split("\n")) {
            Matcher d = declared.matcher(line);
            if (d.matches()) names.add(d.group(1));
            else if (!line.isBlank()) break;
          }
        }
      }
    }
    return names;
  }

  @Test
  void numbersRunWithoutGaps() throws IOException {
    List<Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
      assertEquals("S" + (i + 1), rows.get(i).id(), DOC + ":" + rows.get(i).line() + ": numbers must run S1, S2, ...");
    }
  }

  @Test
  void rowsAreExactlyTheRequirementSentencesOfTheSeed() throws IOException {
    List<String> seed = Seed.requirementSentences(Seed.raw());
    List<Row> rows = rows();
    List<String> docs = rows.stream().map(r -> Seed.normalize(r.sentence())).toList();
    List<String> noRow = new ArrayList<>(seed);
    for (String d : docs) noRow.remove(d);
    List<String> notInSeed = new ArrayList<>(docs);
    for (String s : seed) notInSeed.remove(s);
    assertTrue(noRow.isEmpty(), "requirement sentences of the seed without a row in " + DOC + ":\n" + String.join("\n", noRow));
    assertTrue(notInSeed.isEmpty(), "rows of " + DOC + " whose sentence is not a requirement sentence of the seed:\n"
        + String.join("\n", notInSeed));
    for (int i = 0; i < seed.size(); i++) {
      assertEquals(seed.get(i), docs.get(i), DOC + ":" + rows.get(i).line() + ": row " + rows.get(i).id()
          + " is out of the chapter's order; sentence " + (i + 1) + " of the seed is expected here");
    }
    assertEquals(seed.size(), rows.size());
  }

  @Test
  void everySentenceStandsInTheSeed() throws IOException {
    String seed = Seed.normalize(Seed.raw());
    List<String> missing = new ArrayList<>();
    for (Row r : rows()) {
      if (!seed.contains(Seed.normalize(r.sentence()))) missing.add(r.id() + " (line " + r.line() + "): " + r.sentence());
    }
    assertTrue(missing.isEmpty(), "not verbatim in the seed:\n" + String.join("\n", missing));
  }

  @Test
  void everySpecNameExists() throws IOException {
    Set<String> names = specNames();
    List<String> missing = new ArrayList<>();
    for (Row r : rows()) {
      Matcher m = TICKED.matcher(r.spec());
      boolean any = false;
      while (m.find()) {
        any = true;
        if (!names.contains(m.group(1))) missing.add(r.id() + ": `" + m.group(1) + "`");
      }
      if (!any && !r.spec().contains("not modelled") && !r.spec().contains("engine only")) {
        missing.add(r.id() + ": names no spec definition and does not say 'not modelled' or 'engine only'");
      }
    }
    assertTrue(missing.isEmpty(), "spec definitions named in " + DOC + " that no spec module defines:\n"
        + String.join("\n", missing));
  }

  @Test
  void everyScenarioModelAndTestExists() throws IOException {
    Set<String> testClasses = new HashSet<>();
    try (Stream<Path> s = Files.walk(Path.of("harness/src/test/java"))) {
      s.filter(f -> f.toString().endsWith(".java")).forEach(f -> testClasses.add(f.getFileName().toString().replace(".java", "")));
    }
    List<String> missing = new ArrayList<>();
    for (Row r : rows()) {
      Matcher m = TICKED.matcher(r.checks());
      boolean any = false;
      while (m.find()) {
        any = true;
        String name = m.group(1);
        if (name.startsWith("scenarios/") || name.startsWith("spec/") || name.startsWith("readings/")) {
          if (!Files.isRegularFile(Path.of(name))) missing.add(r.id() + ": " + name);
        } else if (name.endsWith("Test")) {
          if (!testClasses.contains(name)) missing.add(r.id() + ": test class " + name);
        } else {
          missing.add(r.id() + ": `" + name + "` is neither a scenario, a model nor a test class");
        }
      }
      if (!any && !r.spec().contains("not modelled")) missing.add(r.id() + ": modelled but checked by nothing");
    }
    assertTrue(missing.isEmpty(), "named in " + DOC + " but missing:\n" + String.join("\n", missing));
  }

  @Test
  void everyCornerCaseScenarioIsTraced() throws IOException {
    String doc = Files.readString(DOC);
    for (Corner c : Catalogue.CORNERS) {
      assertTrue(doc.contains("scenarios/corners/" + c.name() + ".scenario"),
          DOC + " does not name scenarios/corners/" + c.name() + ".scenario");
    }
  }
}
