package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failover.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code failover replay}: exit codes and the divergence report. */
class ReplayCommandTest {
  private static Cli run(String... args) { return Cli.run(args); }

  @Test
  void aConformingTraceExitsZero() {
    Cli r = run("replay", "traces/simulation/ci-s7-b0.itf.json");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().startsWith("OK traces/simulation/ci-s7-b0.itf.json"), r.out());
  }

  @Test
  void aDivergenceNamesStepActionFieldAndTheCommandThatReproducesIt(@TempDir Path dir) throws Exception {
    // a conforming trace cut after its first PowerOff, with foEnabled of that unit there flipped
    ObjectMapper json = new ObjectMapper();
    ObjectNode t = (ObjectNode) json.readTree(Path.of("traces/simulation/ci-s7-b0.itf.json").toFile());
    ArrayNode states = (ArrayNode) t.get("states");
    int k = 1;
    while (k < states.size() && !states.get(k).get("act").get("name").asText().equals("PowerOff")) k++;
    assertTrue(k < states.size(), "the trace has a PowerOff");
    while (states.size() > k + 1) states.remove(states.size() - 1);
    String unit = states.get(k).get("act").get("unit").asText();
    boolean was = states.get(k).get("foEnabled").get(unit).asBoolean();
    ((ObjectNode) states.get(k).get("foEnabled")).put(unit, !was);
    Path file = dir.resolve("tampered.itf.json");
    json.writeValue(file.toFile(), t);
    Cli r = run("replay", file.toString());
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("step " + k + ": PowerOff(unit: " + unit + ")"), r.out());
    assertTrue(r.out().contains("foEnabled[\"" + unit + "\"]: spec=" + (!was ? "TRUE" : "FALSE") + " engine=" + (was ? "TRUE" : "FALSE")), r.out());
    assertTrue(r.out().contains("reproduce: ./failover replay " + file), r.out());
  }

  @Test
  void theCorrectEngineDivergesFromABugModelsCounterexample() {
    Cli r = run("replay", "--engine-bug", "none", "traces/bugs/bug_preempt_always.itf.json");
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("DIVERGENCE"), r.out());
  }

  @Test
  void badInputIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.itf.json");
    Files.writeString(bad, "{\"vars\": [\"x\"], \"states\": [{\"x\": 1}]}");
    Cli r = run("replay", bad.toString(), "no/such.itf.json");
    assertEquals(2, r.exit());
    assertEquals(2, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("no #meta.constants"), r.err());
    assertEquals(2, run("replay", "--engine-bug", "Nope", "traces").exit());
  }

  /**
   * A step whose {@code act} is no action of the model (an unknown name, a parameter it lacks or
   * does not have, a value outside its domain) is refused with one line naming the state and the
   * parameter, exit 2, before anything is replayed: not an internal error, not a divergence. The
   * trace is a witness with one parameter of one step changed (JSON; "-" removes the field).
   */
  @ParameterizedTest(name = "state {0} {1} = {2}")
  @CsvSource(delimiter = '|', value = {
      "3|group|3|malformed trace: state 3 (line 1), act.group: 3 is not one of 1, 2",
      "5|group|0|malformed trace: state 5 (line 1), act.group: 0 is not one of 1, 2",
      "5|unit|\"C\"|malformed trace: state 5 (line 1), act.unit: C is not one of A, B",
      "2|name|\"Explode\"|malformed trace: state 2 (line 1), act.name: Explode is no action of the spec",
      "3|scope|\"admin\"|malformed trace: state 3 (line 1), act.scope: InterfaceDown has no such parameter",
      "5|unit|-|malformed trace: state 5 (line 1), act: DetectInterfaceFailure lacks its parameter unit",
      "1|units|{\"#set\": [\"C\"]}|malformed trace: state 1 (line 1), act.units: {\"C\"} is not one of {\"A\"}, {\"B\"}, {\"A\", \"B\"}"})
  void anActOutsideTheModelIsRefusedWithOneLine(int state, String field, String value, String error, @TempDir Path dir)
      throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode t = (ObjectNode) json.readTree(Path.of("traces/witnesses/debug_InterfaceFailover.itf.json").toFile());
    ObjectNode act = (ObjectNode) t.get("states").get(state).get("act");
    if (value.equals("-")) act.remove(field);
    else act.set(field, json.readTree(value));
    Path file = dir.resolve("act.itf.json");
    json.writeValue(file.toFile(), t);
    assertRefusedWithOneLine(run("replay", file.toString()), file, error);
  }

  /** {@code failover replay FILE} exits 2 with one line: the file, then {@code error}. */
  private static void assertRefusedWithOneLine(Cli r, Path file, String error) {
    assertEquals(2, r.exit(), r.out() + r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("failover replay: " + file + ": " + error), r.err());
  }

  /**
   * A trace whose model the engine cannot represent (holds beyond what {@code failover polltime}
   * accepts, more monitored interfaces than the box has, the admin context outside group 1) is
   * refused with one line naming the constant, exit 2, instead of replaying against an engine
   * configured otherwise; a model at the edge of the range replays. The trace is ci's first state
   * with one constant of its {@code #meta.constants} changed (the initial state does not read it).
   */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "UnitHold        | 0   | UnitHold 0 ticks: the engine needs 1-9",
      "UnitHold        | 9   | ",
      "UnitHold        | 10  | UnitHold 10 ticks: the engine needs 1-9",
      "IfHold.0        | 0   | IfHold[1] 0 ticks: the engine needs 1-15",
      "IfHold.0        | 15  | ",
      "IfHold.0        | 16  | IfHold[1] 16 ticks: the engine needs 1-15",
      "IfHold.1        | 0   | IfHold[2] 0 ticks",
      "IfHold.1        | 15  | ",
      "IfHold.1        | 16  | IfHold[2] 16 ticks",
      "PreemptDelay.0  | 240 | ",
      "PreemptDelay.0  | 241 | PreemptDelay[1] out of 0-240 ticks",
      "PreemptDelay.1  | 0   | ",
      "PreemptDelay.1  | -1  | #meta.constants: PreemptDelay[2]: -1 is not a natural number (ASSUME PreemptType)",
      "PreemptDelay.1  | 240 | ",
      "PreemptDelay.1  | 241 | PreemptDelay[2] out of 0-240 ticks",
      "Primary         | B   | ",
      "Primary         | C   | #meta.constants: Primary: \"C\" is not one of \"A\", \"B\" (ASSUME PrimaryIsAUnit)",
      "MonIf.1         | 29  | ",
      "MonIf.1         | 30  | at most 30 monitored interfaces in all",
      "CtxGroup.admin  | 2   | #meta.constants: CtxGroup[\"admin\"]: the admin context is in group 2, not 1 (ASSUME AdminInGroup1)",
      "Admin           | ctx9 | #meta.constants: Admin: \"ctx9\" is not in Contexts {\"admin\"} (ASSUME AdminInGroup1)"})
  void aModelTheEngineCannotRepresentIsRefusedWithOneLine(String constant, String value, String error, @TempDir Path dir)
      throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode t = (ObjectNode) json.readTree(Path.of("traces/simulation/ci-s7-b0.itf.json").toFile());
    ArrayNode states = (ArrayNode) t.get("states");
    while (states.size() > 1) states.remove(states.size() - 1);
    ObjectNode c = (ObjectNode) t.get("#meta").get("constants");
    String[] path = constant.split("\\.");
    com.fasterxml.jackson.databind.JsonNode v = value.matches("-?[0-9]+") ? json.getNodeFactory().numberNode(Integer.parseInt(value))
        : json.getNodeFactory().textNode(value);
    if (path.length == 1) c.set(path[0], v);
    else if (c.get(path[0]) instanceof ArrayNode a) a.set(Integer.parseInt(path[1]), v);
    else ((ObjectNode) c.get(path[0])).set(path[1], v);
    Path file = dir.resolve("model.itf.json");
    json.writeValue(file.toFile(), t);
    Cli r = run("replay", file.toString());
    if (error == null) {
      assertEquals(0, r.exit(), r.out() + r.err());
    } else {
      assertRefusedWithOneLine(r, file, error);
    }
  }
}
