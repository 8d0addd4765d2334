package failover.corners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every answer says whose word it is and what it costs: a seed sentence of the case decides it, or
 * numbered decisions of spec/README.md do (with the reading not taken); the decisions' titles are the
 * README's; the rows a case answers are rows of the seed's tables, whose cells stand in the seed.
 */
class RulingTest {
  @Test
  void everyCaseHasASeedSentenceOrADecisionAndACost() {
    for (Corner c : Catalogue.CORNERS) assertEquals(List.of(), Catalogue.problems(c), c.name());
  }

  @Test
  void aCaseWithNeitherIsRefused() {
    Corner c = Catalogue.CORNERS.get(0);
    Corner neither = new Corner(c.name(), c.title(), c.witness(), c.config(), c.question(), c.quotes(), c.answer(),
        new Corner.Ruling(-1, List.of(), null), c.cost(), c.covers());
    assertTrue(Catalogue.problems(neither).contains("neither a seed sentence nor a decision decides the answer"));
    Corner noReading = new Corner(c.name(), c.title(), c.witness(), c.config(), c.question(), c.quotes(), c.answer(),
        new Corner.Ruling(-1, List.of(3), " "), c.cost(), c.covers());
    assertTrue(Catalogue.problems(noReading).contains("rests on a decision but names no reading not taken"));
    Corner noCost = new Corner(c.name(), c.title(), c.witness(), c.config(), c.question(), c.quotes(), c.answer(),
        c.ruling(), "", List.of("51-2/9"));
    assertTrue(Catalogue.problems(noCost).contains("no cost to the operator"));
    assertTrue(Catalogue.problems(noCost).contains("no row 51-2/9 in Table 51-1 or 51-2"));
    assertThrowsGenerate(neither);
  }

  private static void assertThrowsGenerate(Corner c) {
    try {
      Generator.generate(Path.of(""), List.of(c), 1);
    } catch (WitnessRun.WitnessException e) {
      assertTrue(e.getMessage().contains("neither a seed sentence nor a decision"), e.getMessage());
      return;
    }
    throw new AssertionError("the generator wrote a case without seed or decision");
  }

  /** An answer that speaks of the spec's decisions must name them in its ruling. */
  @Test
  void anAnswerThatMentionsADecisionRestsOnOne() {
    for (Corner c : Catalogue.CORNERS) {
      String text = (c.answer() + " " + c.question()).toLowerCase(Locale.ROOT);
      if (text.contains("decision") || text.contains("the seed does not") || text.contains("the seed is silent")) {
        assertFalse(c.ruling().decisions().isEmpty(), c.name() + ": the answer speaks of a decision but the ruling names none");
      }
    }
  }

  @Test
  void theDecisionsAreTheReadmes() throws Exception {
    String readme = Files.readString(Path.of("spec/README.md")).replaceAll("[ \\t]*\\n[ \\t]*(?!\\d+\\. )", " ");
    for (var d : Decisions.TITLES.entrySet()) {
      assertTrue(Pattern.compile("(?m)^\\s*" + d.getKey() + "\\. \\*\\*" + Pattern.quote(d.getValue()) + "\\*\\*").matcher(readme).find(),
          "spec/README.md has no decision " + d.getKey() + ". **" + d.getValue() + "**");
    }
    assertTrue(Decisions.cite(9).startsWith("decision 9 (*Peer death"));
  }

  @Test
  void theTablesCellsStandInTheSeed() throws Exception {
    List<String> lines = Files.readAllLines(Seed.FILE);
    for (SeedIndex.Row r : SeedIndex.TABLE_51_2) {
      String row = String.join("\t", r.event(), r.policy(), r.activeAction(), r.standbyAction(), r.notes());
      assertTrue(lines.stream().anyMatch(l -> l.trim().equals(row)), "Table 51-2 has no row: " + row);
    }
    int caption = lines.indexOf("Table 51-1 Command Replication");
    assertTrue(caption > 0);
    List<String> cells = lines.subList(caption + 2, caption + 14).stream().filter(l -> l.contains("\t"))
        .flatMap(l -> java.util.Arrays.stream(l.split("\t"))).map(String::trim).toList();
    for (SeedIndex.Command k : SeedIndex.TABLE_51_1) {
      int at = cells.indexOf(k.text());
      assertTrue(at >= 0, "Table 51-1 has no cell: " + k.text());
      assertEquals(k.replicated(), at % 2 == 0, k.text() + ": replicated is the left column");
    }
    assertEquals(14, SeedIndex.TABLE_51_1.size());
    for (String s : SeedIndex.SECTIONS) assertTrue(lines.stream().anyMatch(l -> l.trim().equals(s)), "no section " + s);
  }

  @Test
  void theDecidingQuoteIsOneOfTheCasesQuotes() {
    for (Corner c : Catalogue.CORNERS) {
      if (c.ruling().seedDecides()) assertNotNull(c.decidingQuote(), c.name());
      assertTrue(c.covers().stream().allMatch(SeedIndex::isKey), c.name());
    }
  }
}
