package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code play --reading NAME=VALUE FILE} plays on an engine that follows the reading (no TLC), an
 * engine-only reading included; {@code play --which-readings} tells a scenario's alternatives apart
 * and marks the engine-only reading.
 */
class PlayReadingTest {
  record Run(int exit, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void playUnderAReading() {
    Run narrow = cli("play", "--reading", "PollTimeRange=narrow", "readings/PollTimeRange-narrow.scenario");
    assertEquals(0, narrow.exit(), narrow.out() + narrow.err());
    assertTrue(narrow.out().contains("1 passed, 0 failed (readings PollTimeRange=narrow)"), narrow.out());
    Run chosen = cli("play", "readings/PollTimeRange-narrow.scenario");
    assertEquals(1, chosen.exit(), chosen.out());
    Run standby = cli("play", "--reading", "NegotiatingAddresses=standby", "readings/NegotiatingAddresses-standby.scenario");
    assertEquals(0, standby.exit(), standby.out() + standby.err());
    Run bad = cli("play", "--reading", "PollTimeRange=maybe", "readings/PollTimeRange-narrow.scenario");
    assertEquals(2, bad.exit(), bad.err());
  }

  @Test
  void whichReadingsTellsTheAlternativesApart() {
    Run r = cli("play", "--which-readings", "readings/PollTimeRange-narrow.scenario");
    assertEquals(1, r.exit(), "it fails under the chosen readings: " + r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.contains("PollTimeRange=narrow (engine only)") && l.endsWith("PASS")), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.contains("PollTimeRange=wide (chosen) (engine only)") && l.contains("FAIL at line")), r.out());
    Run n = cli("play", "--which-readings", "readings/NegotiatingAddresses-none.scenario");
    assertEquals(0, n.exit(), n.out());
    assertTrue(n.out().lines().anyMatch(l -> l.contains("NegotiatingAddresses=standby") && l.contains("FAIL at line")), n.out());
  }
}
