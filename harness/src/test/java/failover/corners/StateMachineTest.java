package failover.corners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * The state machine's table is the spec's: its actions are the spec's action names, every action
 * of the spec that changes {@code role} has a transition, its states are the spec's roles, and
 * every decision it names exists. The picture is well-formed and names every action.
 */
class StateMachineTest {
  static String spec() throws Exception { return Files.readString(Path.of("spec/AAFailover.tla")); }

  static Set<String> actionNames(String spec) {
    Matcher m = Pattern.compile("(?s)\\nActionNames ==\\s*\\{(.*?)\\}").matcher(spec);
    assertTrue(m.find(), "no ActionNames in the spec");
    Set<String> out = new LinkedHashSet<>();
    Matcher q = Pattern.compile("\"(\\w+)\"").matcher(m.group(1));
    while (q.find()) out.add(q.group(1));
    return out;
  }

  /** The body of a top-level definition: its line and the indented lines after it. */
  static String body(String spec, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + "(\\([^)]*\\))? ==").matcher(spec);
    assertTrue(m.find(), "no definition of " + name);
    StringBuilder sb = new StringBuilder();
    for (String l : spec.substring(m.start()).split("\n", -1)) {
      if (sb.length() > 0 && !l.isEmpty() && !Character.isWhitespace(l.charAt(0))) break;
      sb.append(l).append('\n');
    }
    return sb.toString();
  }

  @Test
  void everyTransitionIsASpecActionAndEveryActionChangingRoleHasOne() throws Exception {
    String spec = spec();
    Set<String> names = actionNames(spec);
    Set<String> inTable = new TreeSet<>();
    for (StateMachine.Transition t : StateMachine.TRANSITIONS) {
      assertTrue(names.contains(t.action()), t.action() + " is not an action of the spec");
      assertTrue(t.from().equals(StateMachine.ANY) || StateMachine.ROLES.contains(t.from()), t.toString());
      assertTrue(StateMachine.ROLES.contains(t.to()), t.toString());
      assertTrue(t.seed() || Decisions.TITLES.containsKey(t.decision()), t + ": no such decision");
      assertTrue(body(spec, t.action()).contains("role'"), t.action() + " does not change role in the spec");
      inTable.add(t.action());
    }
    Set<String> changing = new TreeSet<>();
    for (String n : names) if (!n.equals("Init") && body(spec, n).contains("role'")) changing.add(n);
    assertEquals(changing, inTable, "the actions that change a group's state");
  }

  @Test
  void theStatesAreTheSpecsRoles() throws Exception {
    Matcher m = Pattern.compile("Roles == \\{([^}]*)\\}").matcher(spec());
    assertTrue(m.find());
    assertEquals(new TreeSet<>(StateMachine.ROLES), new TreeSet<>(List.of(m.group(1).replace("\"", "").split(",\\s*"))));
  }

  @Test
  void allowsReadsTheTable() {
    assertTrue(StateMachine.allows("init", "active", "BootAlone"));
    assertTrue(StateMachine.allows("standby", "off", "PowerOff"));
    assertTrue(StateMachine.allows("failed", "init", "EnableFailover"));
    assertTrue(!StateMachine.allows("off", "off", "PowerOff"));
    assertTrue(!StateMachine.allows("failed", "active", "Preempt"), "preemption never activates a failed group");
    assertTrue(!StateMachine.allows("standby", "active", "Rejoin"));
  }

  @Test
  void aCapturedTraceHasOnlyKnownChanges() throws Exception {
    assertEquals(List.of(), StateMachine.unknownChanges(ScenarioWriterTest.captured().states()));
  }

  @Test
  void thePictureIsWellFormedAndNamesEveryTransition() throws Exception {
    String svg = StateMachine.svg();
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    var d = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", d.getDocumentElement().getLocalName());
    for (StateMachine.Transition t : StateMachine.TRANSITIONS) {
      assertTrue(svg.contains(">" + t.action() + "</tspan> (" + StateMachine.who(t) + ")"), "the picture lacks " + t);
    }
    for (String r : StateMachine.ROLES) assertTrue(svg.contains("(spec: " + r + ")"), r);
    assertEquals(Files.readString(Generator.STATE_MACHINE), svg, Generator.STATE_MACHINE + " is out of date: run ./failover corners");
  }
}
