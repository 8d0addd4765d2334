package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.spec.SpecBugs;
import failover.spec.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bug models name the bug whose operators they override: each spec/MCbug_*.cfg sets the
 * constant {@code Bug} to a bug of spec/AAFailoverBugs.tla and overrides exactly that bug's wrong
 * operators ({@code Armable <- BugPreemptAlwaysArmable}); no other cfg sets Bug or overrides an
 * operator by a wrong one. The harness builds the engine with the bug the cfg names, so a cfg whose
 * overrides and Bug disagree would replay a counterexample on an engine with another mistake.
 */
class BugModelsTest {
  static SpecBugs bugs;
  static String spec;

  @BeforeAll
  static void read() throws Exception {
    bugs = SpecBugs.parse(Files.readString(Path.of("spec/" + SpecBugs.MODULE + ".tla")));
    spec = Files.readString(Path.of("spec/" + Vocabulary.MODULE + ".tla"));
  }

  /** What is wrong with a cfg's bug: "" when its overrides are exactly those of the bug it names. */
  static List<String> problems(String cfg) {
    List<String> out = new ArrayList<>();
    String bug = SpecModel.bugOf(cfg);
    Set<String> overrides = new TreeSet<>();
    for (String[] o : SpecModel.bugOverrides(cfg)) overrides.add(o[0] + " <- " + o[1]);
    if (!Vocabulary.BUGS.contains(bug)) {
      out.add("Bug = \"" + bug + "\" is none of " + Vocabulary.BUGS);
      return out;
    }
    Set<String> expected = new TreeSet<>(bugs.cfgLines(bug));
    if (!overrides.equals(expected)) out.add("bug " + bug + " overrides " + expected + ", the cfg " + overrides);
    return out;
  }

  @Test
  void everyBugOverridesOperatorsOfTheProtocol() {
    for (String b : Vocabulary.BUGS) {
      if (b.equals("none")) continue;
      assertFalse(bugs.overrides(b).isEmpty(), b + " has operators in " + SpecBugs.MODULE);
      Set<String> ops = new TreeSet<>();
      for (SpecBugs.Override o : bugs.overrides(b)) {
        assertTrue(ops.add(o.op()), b + " overrides " + o.op() + " once");
        assertTrue(Pattern.compile("(?m)^" + o.op() + "(\\([^)]*\\))? ==").matcher(spec).find(),
            o.name() + " replaces " + o.op() + ", a definition of " + Vocabulary.MODULE);
      }
      String variant = bugs.variant(spec, b);
      assertNotEquals(spec, variant, b);
      for (SpecBugs.Override o : bugs.overrides(b)) assertTrue(variant.contains("\n" + o.definition()), b + ": " + o.definition());
    }
    assertTrue(bugs.overrides("none").isEmpty());
  }

  @Test
  void everyBugModelOverridesExactlyItsBugsOperators() throws Exception {
    Set<String> modelled = new TreeSet<>();
    List<Path> cfgs;
    try (Stream<Path> s = Files.list(Path.of("spec"))) {
      cfgs = s.filter(p -> p.toString().endsWith(".cfg")).sorted().toList();
    }
    for (Path p : cfgs) {
      String cfg = Files.readString(p);
      String name = p.getFileName().toString();
      if (name.startsWith("MCbug_")) {
        assertTrue(SpecModel.declaresBug(cfg), name + " sets Bug");
        assertEquals(List.of(), problems(cfg), name);
        modelled.add(SpecModel.bugOf(cfg));
      } else {
        assertFalse(SpecModel.declaresBug(cfg), name + " sets no Bug");
        assertEquals(List.of(), SpecModel.bugOverrides(cfg), name + " overrides no operator by a wrong one");
      }
    }
    Set<String> all = new TreeSet<>(Vocabulary.BUGS);
    all.remove("none");
    assertEquals(all, modelled, "every bug has a bug model");
  }

  /** The check bites: a cfg naming one bug with another's overrides, or with one missing, is refused. */
  @Test
  void aCfgWhoseOverridesAndBugDisagreeIsRefused() throws Exception {
    String cfg = Files.readString(Path.of("spec/MCbug_preempt_always.cfg"));
    assertEquals(List.of(), problems(cfg));
    assertFalse(problems(cfg.replace("Bug = \"PreemptAlways\"", "Bug = \"NoBulkSync\"")).isEmpty());
    assertFalse(problems(cfg.replace("Armable <- BugPreemptAlwaysArmable", "")).isEmpty());
    assertFalse(problems(cfg.replace("Armable <- BugPreemptAlwaysArmable",
        "Armable <- BugPreemptAlwaysArmable\n    BulkCopies <- BugNoBulkSyncBulkCopies")).isEmpty());
    // the correct spec under the bug model's constants: Bug = "none", nothing overridden
    String correct = SpecModel.withoutBug(cfg);
    assertEquals("none", SpecModel.bugOf(correct));
    assertEquals(List.of(), SpecModel.bugOverrides(correct));
    assertEquals(List.of(), problems(correct));
  }
}
