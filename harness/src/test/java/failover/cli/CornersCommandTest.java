package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code failover corners}: bad arguments are one error line and exit 2, before any TLC run. */
class CornersCommandTest {
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter(), err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void unknownCornerCaseIsOneErrorLine() {
    Run r = run("corners", "--only", "no_such_corner");
    assertEquals(2, r.exit());
    assertEquals("corners: --only no_such_corner: no such corner case", r.err().strip());
  }

  @Test
  void parallelOutOfRangeIsOneErrorLine() {
    Run r = run("corners", "--parallel", "0");
    assertEquals(2, r.exit());
    assertEquals("corners: --parallel 0: must be 1-8", r.err().strip());
  }

  @Test
  void helpListsTheExitCodes() {
    Run r = run("corners", "--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("--check") && r.out().contains("TLC failed"), r.out());
  }
}
