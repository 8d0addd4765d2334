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
    // a conforming trace cut after its step 3 (PowerOff of A), with foEnabled["A"] there falsified
    ObjectMapper json = new ObjectMapper();
    ObjectNode t = (ObjectNode) json.readTree(Path.of("traces/simulation/ci-s7-b0.itf.json").toFile());
    ArrayNode states = (ArrayNode) t.get("states");
    while (states.size() > 4) states.remove(states.size() - 1);
    assertEquals("PowerOff", states.get(3).get("act").get("name").asText());
    ((ObjectNode) states.get(3).get("foEnabled")).put("A", false);
    Path file = dir.resolve("tampered.itf.json");
    json.writeValue(file.toFile(), t);
    Run r = run("replay", file.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("step 3: PowerOff(unit: A)"), r.out());
    assertTrue(r.out().contains("foEnabled[\"A\"]: spec=FALSE engine=TRUE"), r.out());
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
