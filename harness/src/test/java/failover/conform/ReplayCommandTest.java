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
}
