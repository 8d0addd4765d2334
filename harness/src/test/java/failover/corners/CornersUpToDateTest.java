package failover.corners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import failover.scenario.ScenarioRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed catalogue is what the spec gives now. Cheap checks on every build: the fingerprint
 * the catalogue records is that of the spec files, models and catalogue definition as they are
 * (change any of them and this fails until {@code ./failover corners} is run); every corner case has
 * its entry, picture and scenario and nothing else is there; every scenario passes and expects
 * something after its set-up. One real regeneration: TLC on a few corner cases, whose files must
 * come out byte for byte as committed. ({@code ./failover corners --check} regenerates all of them.)
 */
class CornersUpToDateTest {
  static final Path ROOT = Path.of("");
  static final List<String> SAMPLE = List.of("simultaneous_boot_same_preference", "forced_failover", "no_failover_split");

  static String committed() throws Exception { return Files.readString(ROOT.resolve(Generator.CATALOGUE)); }

  @Test
  void fingerprintMatchesTheSpec() throws Exception {
    String recorded = Generator.recordedFingerprint(committed());
    String now = Generator.fingerprint(ROOT, Catalogue.CORNERS);
    assertEquals(now, recorded, Generator.CATALOGUE + " was generated from other inputs (spec, models or "
        + "Catalogue.java changed since): run ./failover corners and commit the result");
  }

  @Test
  void everyCornerHasItsFilesAndNothingElseIsThere() throws Exception {
    String md = committed();
    Set<Path> expected = new TreeSet<>();
    expected.add(Generator.STATE_MACHINE);
    int n = 0;
    for (Corner c : Catalogue.CORNERS) {
      n++;
      assertTrue(md.contains("<a id=\"" + Generator.anchor(n, c) + "\">"), "no entry " + n + " for " + c.name());
      expected.add(Generator.PICTURES.resolve(c.name() + ".svg"));
      expected.add(Generator.SCENARIOS.resolve(c.name() + ".scenario"));
    }
    Set<Path> present = new TreeSet<>();
    for (Path dir : List.of(Generator.PICTURES, Generator.SCENARIOS)) {
      try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
        s.forEach(p -> present.add(dir.resolve(p.getFileName().toString())));
      }
    }
    assertEquals(expected, present, "files of the catalogue");
  }

  @Test
  void everyScenarioPassesAndExpectsSomethingOfTheTrace() throws Exception {
    for (Corner c : Catalogue.CORNERS) {
      Path f = Generator.SCENARIOS.resolve(c.name() + ".scenario");
      ScenarioRunner.Outcome o = ScenarioRunner.runFile(f, null);
      if (!(o instanceof ScenarioRunner.Outcome.Pass)) fail(ScenarioRunner.headline(o));
      List<String> lines = Files.readAllLines(f);
      int setUpEnd = lines.lastIndexOf("power-off B") >= 0 ? lines.lastIndexOf("power-off B") : lines.lastIndexOf("power-off A");
      long expects = lines.subList(setUpEnd + 1, lines.size()).stream().filter(l -> l.startsWith("expect ")).count();
      assertTrue(expects > 0, f + " checks nothing of the trace");
    }
  }

  /** Each case is told as the catalogue promises: story first, seed or decision, cost, TLC's trace collapsed; the index by the seed. */
  @Test
  void everyCaseIsToldWithItsRulingAndCost() throws Exception {
    String md = committed();
    String[] parts = md.split("<a id=\"c\\d+-");
    assertEquals(Catalogue.CORNERS.size() + 1, parts.length);
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      Corner c = Catalogue.CORNERS.get(i - 1);
      int story = p.indexOf("| t | typed or done |"), answer = p.indexOf("**Answer.**"), ruling = p.indexOf("**Seed or decision.**"),
          cost = p.indexOf("**What it costs the operator.**"), details = p.indexOf("<details>");
      assertTrue(story > 0 && story < answer && answer < ruling && ruling < cost && cost < details, c.name() + ": order of the parts");
      assertTrue(p.contains("| 0 s | "), c.name() + ": the story starts at 0 s");
      assertTrue(!p.substring(0, details).contains("distinct states"), c.name() + ": statistics outside the collapsed block");
      for (int d : c.ruling().decisions()) assertTrue(p.contains(Decisions.cite(d)), c.name() + ": decision " + d + " not named");
      if (c.ruling().seedDecides()) assertTrue(p.contains("The seed decides"), c.name());
    }
    String top = parts[0];
    assertTrue(!top.contains("distinct states") && !top.contains("`Init`"), "statistics and Init rows at the top level");
    for (SeedIndex.Row r : SeedIndex.TABLE_51_2) assertTrue(top.contains("| " + r.key().substring(5) + " | " + r.event() + " |"), r.key());
    for (SeedIndex.Command k : SeedIndex.TABLE_51_1) assertTrue(top.contains("| " + k.text() + " |"), k.key());
    for (String s : SeedIndex.SECTIONS) assertTrue(top.contains("| " + s + " |"), s);
    assertTrue(top.contains("![the group's state machine](corners/state-machine.svg)"));
  }

  @Test
  void regeneratedSampleIsWhatIsCommitted() throws Exception {
    List<Corner> sample = Catalogue.CORNERS.stream().filter(c -> SAMPLE.contains(c.name())).toList();
    assertEquals(SAMPLE.size(), sample.size());
    List<Generator.Entry> entries = Generator.generate(ROOT, sample, 2);
    Map<Path, String> files = Generator.files(ROOT, entries);
    for (Map.Entry<Path, String> f : files.entrySet()) {
      if (f.getKey().equals(Generator.CATALOGUE)) continue; // the whole catalogue needs every corner
      assertEquals(Files.readString(ROOT.resolve(f.getKey())), f.getValue(),
          f.getKey() + " is out of date: run ./failover corners");
    }
    for (Generator.Entry e : entries) {
      assertTrue(e.scenario().divergences().isEmpty(), e.run().corner().name() + ": " + e.scenario().divergences());
      assertTrue(committed().contains(" violated after " + e.run().distinct() + " distinct states (" + e.run().generated()
              + " generated); the shortest behaviour has " + e.run().states().size() + " states."),
          e.run().corner().name() + ": the catalogue's step and state counts are out of date");
    }
  }
}
