package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code failover corners}: bad arguments are one error line and exit 2, before any TLC run. */
class CornersCommandTest {
  static Cli run(String... args) { return Cli.run(args); }

  @Test
  void unknownCornerCaseIsOneErrorLine() {
    Cli r = run("corners", "--only", "no_such_corner");
    assertEquals(2, r.exit());
    assertEquals("failover corners: --only no_such_corner: no such corner case", r.err().strip());
  }

  @Test
  void parallelOutOfRangeIsOneErrorLine() {
    Cli r = run("corners", "--parallel", "0");
    assertEquals(2, r.exit());
    assertEquals("failover corners: --parallel 0: must be 1-8", r.err().strip());
  }

  @Test
  void helpListsTheExitCodes() {
    Cli r = run("corners", "--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("--check") && r.out().contains("TLC failed"), r.out());
  }
}
