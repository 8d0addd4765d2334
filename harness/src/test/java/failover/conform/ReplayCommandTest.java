package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failover.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code failover replay}: exit codes and the divergence report. */
class ReplayCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aConformingTraceExitsZero() {
    Run r = run("replay", "traces/simulation/ci-s7-b0.itf.json");
    assertEquals(0, r.code(), r.out() + r.err());
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
    Run r = run("replay", file.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("step " + k + ": PowerOff(unit: " + unit + ")"), r.out());
    assertTrue(r.out().contains("foEnabled[\"" + unit + "\"]: spec=" + (!was ? "TRUE" : "FALSE") + " engine=" + (was ? "TRUE" : "FALSE")), r.out());
    assertTrue(r.out().contains("reproduce: ./failover replay " + file), r.out());
  }

  @Test
  void theCorrectEngineDivergesFromABugModelsCounterexample() {
    Run r = run("replay", "--engine-bug", "none", "traces/bugs/bug_preempt_always.itf.json");
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("DIVERGENCE"), r.out());
  }

  @Test
  void badInputIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.itf.json");
    Files.writeString(bad, "{\"vars\": [\"x\"], \"states\": [{\"x\": 1}]}");
    Run r = run("replay", bad.toString(), "no/such.itf.json");
    assertEquals(2, r.code());
    assertEquals(2, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("no #meta.constants"), r.err());
    assertEquals(2, run("replay", "--engine-bug", "Nope", "traces").code());
  }
}
