package failover.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary of failover.spec is the spec's: this test reads spec/AAFailover.tla and compares
 * its {@code VARIABLES}, {@code CONSTANTS}, {@code Bugs}, {@code ActionNames} and
 * {@code EnvironmentActionNames}, the disjuncts of {@code Environment} and {@code PairSteps} (in
 * order, each with the sets its parameters are drawn from) and each action's {@code act'} record
 * (its parameter names, in order) with {@link Vocabulary} and {@link Action}.
 */
class VocabularyTest {
  static String spec;

  @BeforeAll
  static void read() throws Exception {
    spec = Files.readString(Path.of("spec/" + Vocabulary.MODULE + ".tla"));
  }

  /** The names of a declaration block (one name a line, comments after it), up to the blank line. */
  static List<String> block(String keyword) {
    Matcher m = Pattern.compile("(?m)^" + keyword + "\\s*\\n((?:[ \\t]+\\w+.*\\n)+)").matcher(spec);
    assertTrue(m.find(), keyword + " block in the spec");
    List<String> out = new ArrayList<>();
    for (String line : m.group(1).split("\n")) out.add(line.strip().split("[,\\s]", 2)[0]);
    return out;
  }

  /** The strings of the set {@code NAME == {...}}, in the spec's order. */
  static List<String> strings(String name) { return strings(spec, name); }

  /** The strings of the set {@code NAME == {...}} of a module's text, in its order. */
  static List<String> strings(String spec, String name) {
    Matcher m = Pattern.compile("(?ms)^" + name + " ==\\s*\\{(.*?)\\}").matcher(spec);
    assertTrue(m.find(), name + " in the spec");
    List<String> out = new ArrayList<>();
    Matcher s = Pattern.compile("\"(\\w+)\"").matcher(m.group(1).replaceAll("\\\\\\*.*", ""));
    while (s.find()) out.add(s.group(1));
    return out;
  }

  /** The body of the definition {@code NAME ==} up to the next blank line. */
  static String body(String name) {
    Matcher m = Pattern.compile("(?ms)^" + name + " ==\\s*\\n(.*?)\\n\\s*\\n").matcher(spec);
    assertTrue(m.find(), name + " in the spec");
    return m.group(1);
  }

  @Test
  void variablesAndConstants() {
    assertEquals(Vocabulary.VARIABLES, block("VARIABLES"));
    assertEquals(Vocabulary.HISTORY, Vocabulary.VARIABLES.get(Vocabulary.VARIABLES.size() - 1));
    assertEquals(Vocabulary.CONSTANTS, block("CONSTANTS"));
    assertTrue(Vocabulary.VARIABLES.containsAll(Vocabulary.TIMERS), "the timers are variables");
  }

  /**
   * The typed record has one component a constant, named after it, in the spec's order, then the
   * model's bug (the constant {@code Bug} of spec/MCbug.tla, "none" for the other models) and the
   * readings (the spec's definition {@code Readings}, which a reading model overrides).
   */
  @Test
  void theConstantsRecordIsTheSpecsConstants() {
    List<String> components = new ArrayList<>();
    for (var c : Constants.class.getRecordComponents()) {
      components.add(Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1));
    }
    List<String> expected = new ArrayList<>(Vocabulary.CONSTANTS);
    expected.add("Bug");
    expected.add("Readings");
    assertEquals(expected, components);
  }

  /** The bugs are spec/AAFailoverBugs.tla's; the protocol's module names none. */
  @Test
  void bugs() throws Exception {
    assertEquals(Vocabulary.BUGS, strings(Files.readString(Path.of("spec/" + SpecBugs.MODULE + ".tla")), "Bugs"));
    assertTrue(!Pattern.compile("\\bBugs?\\b").matcher(spec.replaceAll("\\(\\*[\\s\\S]*?\\*\\)|\\\\\\*[^\\n]*", "")).find(),
        "spec/AAFailover.tla (its comments aside) names no Bug nor Bugs");
  }

  @Test
  void actionNamesAndKinds() {
    List<String> all = strings("ActionNames");
    assertEquals("Init", all.get(0));
    assertEquals(Action.NAMES, all.subList(1, all.size()));
    List<String> env = new ArrayList<>();
    for (Action a : Action.values()) if (!a.pairStep()) env.add(a.name());
    assertEquals(env, strings("EnvironmentActionNames"));
  }

  /** {@code \/ \E u \in Units, g \in Groups : \E i \in 1..MonIf[g] : InterfaceUp(u, g, i)} and so on. */
  private static final Pattern DISJUNCT = Pattern.compile("^\\s*\\\\/\\s*(.*?)(\\w+)(?:\\(([^)]*)\\))?\\s*$");

  @Test
  void nextDrawsEachParameterFromItsDomainInTheSpecsOrder() {
    List<String> order = new ArrayList<>();
    for (String family : List.of("Environment", "PairSteps")) {
      for (String line : body(family).split("\n")) {
        Matcher d = DISJUNCT.matcher(line);
        assertTrue(d.matches(), family + ": " + line);
        String name = d.group(2);
        order.add(name);
        Action a = Action.named(name).orElseThrow(() -> new AssertionError("no Action " + name));
        assertEquals(family.equals("PairSteps"), a.pairStep(), name + " is in " + family);
        // the bound variables and their sets
        Map<String, String> bound = new LinkedHashMap<>();
        for (String q : d.group(1).split(":")) {
          q = q.strip();
          if (q.isEmpty()) continue;
          assertTrue(q.startsWith("\\E "), family + ": " + line);
          for (String b : q.substring(3).split(",\\s*(?=\\w+ \\\\in )")) {
            String[] kv = b.strip().split(" \\\\in ", 2);
            bound.put(kv[0].strip(), kv[1].strip());
          }
        }
        List<String> args = d.group(3) == null ? List.of() : List.of(d.group(3).split(",\\s*"));
        // the action's formal parameters and its act' record
        Matcher def = Pattern.compile("(?m)^" + name + "(?:\\(([^)]*)\\))? ==").matcher(spec);
        assertTrue(def.find(), "definition of " + name);
        List<String> formals = def.group(1) == null ? List.of() : List.of(def.group(1).split(",\\s*"));
        Matcher rec = Pattern.compile("act' = \\[name \\|-> \"" + name + "\"((?:, \\w+ \\|-> \\w+)*)\\]").matcher(spec);
        assertTrue(rec.find(), "act' record of " + name);
        List<String> names = new ArrayList<>(), domains = new ArrayList<>();
        Matcher f = Pattern.compile(", (\\w+) \\|-> (\\w+)").matcher(rec.group(1));
        while (f.find()) {
          names.add(f.group(1));
          int k = formals.indexOf(f.group(2));
          assertTrue(k >= 0, name + ": act'." + f.group(1) + " is not a parameter");
          domains.add(bound.get(args.get(k)));
        }
        assertEquals(a.paramNames(), names, name + ": the parameters of its act' record");
        assertEquals(a.params().stream().map(p -> p.domain().tla).toList(), domains, name + ": the sets of its parameters");
      }
    }
    assertEquals(Action.NAMES, order, "Next's disjuncts in the spec's order");
    assertEquals(new TreeSet<>(Action.PAIR_STEP_NAMES), new TreeSet<>(order.subList(order.indexOf("BootAlone"), order.size())));
  }
}
