package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failover.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code failover replay} of malformed traces: values outside the spec's types, constants outside
 * its ASSUMEs, JSON that is not one strict JSON object, parser limits. Each is one line naming the
 * file and where, exit 2, never a divergence; the files after it still run and the summary is
 * printed.
 */
class MalformedTraceTest {
  private static final Path GOOD = Path.of("traces/simulation/ci-s7-b0.itf.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  /** The good trace with one value changed (a JSON path below the root, "/" separated; the value as JSON). */
  private Path changed(String path, String json) throws Exception {
    ObjectNode t = (ObjectNode) JSON.readTree(GOOD.toFile());
    String[] p = path.split("/");
    com.fasterxml.jackson.databind.JsonNode node = t;
    for (int i = 0; i < p.length - 1; i++) node = node.isArray() ? node.get(Integer.parseInt(p[i])) : node.get(p[i]);
    String last = p[p.length - 1];
    if (node instanceof ArrayNode a) a.set(Integer.parseInt(last), JSON.readTree(json));
    else ((ObjectNode) node).set(last, JSON.readTree(json));
    Path f = dir.resolve("changed.itf.json");
    JSON.writerWithDefaultPrettyPrinter().writeValue(f.toFile(), t);
    return f;
  }

  private Path text(UnaryOperator<String> edit) throws Exception {
    Path f = dir.resolve("edited.itf.json");
    Files.writeString(f, edit.apply(Files.readString(GOOD)));
    return f;
  }

  /** replay BAD GOOD: one line for BAD, exit 2, GOOD still replayed, the summary printed. */
  private static void refused(Path bad, String error) {
    Cli r = Cli.run("replay", bad.toString(), GOOD.toString());
    assertEquals(2, r.exit(), r.out() + r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("failover replay: " + bad + ": " + error), r.err());
    assertFalse(r.out().contains("DIVERGENCE"), r.out());
    assertTrue(r.out().contains("OK " + GOOD), r.out());
    assertTrue(r.out().contains("replayed: 1 traces"), r.out());
    assertFalse(r.err().contains("Exception") || r.err().contains("Feature") || r.err().contains("java."), r.err());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "states/2/power/A      | 42                    | malformed trace: state 2 (line ",
      "states/2/foLink       | {\"#bigint\": \"5\"}  | malformed trace: state 2 (line ",
      "states/3/role/B       | [\"off\", \"on\"]     | malformed trace: state 3 (line ",
      "states/1/conns/A/0    | {\"#set\": [\"udp\"]} | malformed trace: state 1 (line ",
      "states/1/unitTimer/A  | 99                    | malformed trace: state 1 (line ",
      "states/0/running/A    | {\"system\": 0}       | malformed trace: state 0 (line ",
      "states/4/act          | 7                     | malformed trace: state 4 (line ",
      "vars/0                | \"powr\"              | malformed trace: vars: powr is no variable of the spec (missing: power)",
      "#meta/constants/Policy/0/val  | 0             | #meta.constants: Policy[1].val: 0 is not in 1..250 (ASSUME PolicyType)",
      "#meta/constants/Policy/1/kind | \"half\"      | #meta.constants: Policy[2].kind: \"half\" is not one of \"num\", \"pct\" (ASSUME PolicyType)",
      "#meta/constants/Policy/1      | {\"kind\": \"pct\", \"val\": 101} | #meta.constants: Policy[2].val: 101 is more than 100 % (ASSUME PolicyType)",
      "#meta/constants/ConnKinds     | {\"#set\": [\"udp\"]} | #meta.constants: ConnKinds: \"udp\" is not in {\"tcp\", \"http\"} (ASSUME ConnKindsType)",
      "#meta/constants/Contexts      | {\"#set\": [\"admin\", \"system\"]} | #meta.constants: Contexts: \"system\" is the system",
      "#meta/constants/Bug           | \"Nope\"      | #meta.constants: Bug: \"Nope\" is not one of",
      "#meta/constants/Extra         | 1             | #meta.constants: Extra is no constant of the spec",
      "#meta/constants/Stateful      | 3             | #meta.constants: Stateful: 3 is not TRUE or FALSE (ASSUME StatefulType)",
      "#meta/constants/MonIf         | [200, 51]     | #meta.constants: MonIf: 251 monitored interfaces in all, more than 250 (ASSUME PolicyType)",
      "#meta/engineBug               | \"Nope\"      | #meta.engineBug: 'Nope' is none of the engine's bugs"})
  void aValueOutsideTheSpecIsAMalformedTraceNotADivergence(String path, String value, String error) throws Exception {
    refused(changed(path.strip(), value.strip()), error.strip());
  }

  @Test
  void theStateAndVariableAreNamed() throws Exception {
    Path f = changed("states/2/power/A", "42");
    Cli r = Cli.run("replay", f.toString());
    assertTrue(r.err().matches("(?s).*state 2 \\(line \\d+\\), power\\[\"A\"\\]: 42 is not one of \"off\", \"on\"\n"), r.err());
  }

  @Test
  void strictJson() throws Exception {
    refused(text(s -> s + " xyz"), "line ");
    refused(text(s -> s + "\n" + s), "line ");
    assertTrue(Cli.run("replay", text(s -> s + "\n" + s).toString()).err().contains("more data after the trace's object (a second object)"));
    refused(text(s -> s.replaceFirst("\"vars\"", "\"vars\": [], \"vars\"")), "line ");
    assertTrue(Cli.run("replay", text(s -> s.replaceFirst("\"vars\"", "\"vars\": [], \"vars\"")).toString()).err()
        .contains("a key twice in one object: 'vars'"));
    refused(text(s -> s.replaceFirst("\"UnitHold\" ?: ?1", "\"UnitHold\": NaN")), "line ");
    refused(text(s -> ""), "the file is empty");
    refused(text(s -> "[1, 2]"), "line 1, column 1: not an ITF trace: the file holds no JSON object");
    refused(text(s -> s.substring(0, s.length() / 2)), "line ");
  }

  @Test
  void parserLimitsNameTheFileAndThePosition() throws Exception {
    refused(text(s -> s.replaceFirst("\"format\" ?: ?\"ITF\"", "\"format\": \"" + "x".repeat(ItfReader.MAX_STRING + 1) + "\"")),
        "line ");
    assertTrue(Cli.run("replay", dir.resolve("edited.itf.json").toString()).err().contains("a string longer than 100,000 characters"));
    refused(text(s -> s.replaceFirst("\"act\" ?: ?\\{", "\"deep\": " + "[".repeat(5000) + "]".repeat(5000) + ", \"act\": {")), "line ");
    assertTrue(Cli.run("replay", dir.resolve("edited.itf.json").toString()).err().contains("nested deeper than 64 levels"));
    refused(changed("states/2/foLink", "{\"#bigint\": \"" + "9".repeat(5000) + "\"}"), "malformed trace: state 2");
  }

  @Test
  void statesBeforeVarsAreReadAlike() throws Exception {
    ObjectNode t = (ObjectNode) JSON.readTree(GOOD.toFile());
    ObjectNode reordered = JSON.createObjectNode();
    reordered.set("states", t.get("states"));
    reordered.set("#meta", t.get("#meta"));
    reordered.set("vars", t.get("vars"));
    Path f = dir.resolve("reordered.itf.json");
    JSON.writeValue(f.toFile(), reordered);
    Cli r = Cli.run("replay", f.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("OK " + f + " (39 steps)"), r.out());
  }

  @Test
  void aTraceOfOtherSpecFilesReplaysWithAWarning() throws Exception {
    Path f = changed("#meta/specHashes", "{\"AAFailover.tla\": \"00\", \"NoSuch.tla\": \"11\"}");
    Cli r = Cli.run("replay", f.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("  warning: recorded with other spec files than spec/ holds now (AAFailover.tla differs, NoSuch.tla missing)"), r.out());
  }
}
