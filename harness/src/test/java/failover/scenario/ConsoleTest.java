package failover.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code failover console}: piped lines, prompts, errors that do not stop it, save. */
class ConsoleTest {
  @TempDir Path dir;

  private static String run(boolean echo, String... lines) {
    StringWriter out = new StringWriter();
    int exit = new Console(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), new PrintWriter(out), echo).run();
    assertEquals(0, exit);
    return out.toString();
  }

  @Test
  void pipedSessionEchoesPromptsAndGoesOnAfterErrors() {
    String out = run(true, "boot A", "wait 60", "A# failover group 1", " preempt 5000", "powr-off A", "expect A group 1 active",
        "expect A group 1 standby", " preempt 10", " exit", "A# show running-config");
    assertTrue(out.contains("A(config)# failover group 1"), out);
    assertTrue(out.contains("A(config-fover-group)# preempt 5000"), out);
    assertTrue(out.contains("error: line 5: unknown event 'powr-off'"), out);
    assertTrue(out.contains("  ok"), out);
    assertTrue(out.contains("  FAIL: expected A group 1 standby, pair shows active (t=60 s)"), out);
    assertTrue(out.contains("A(config-fover-group)# preempt 10"), out);
    assertTrue(out.contains("preempt 10"), out);
    assertTrue(out.contains("  t=60 s | A: group 1 active, group 2 active"), out);
  }

  @Test
  void interactiveSessionPrintsThePromptAfterEachCommand() {
    String out = run(false, "boot A", "wait 60", "A# failover group 1", "quit", "A# exit");
    assertTrue(out.startsWith("failover console:"), out);
    assertTrue(out.contains("\nA(config-fover-group)#\n"), out);
    assertTrue(!out.contains("A(config)#\n"), "quit ends the session: " + out);
  }

  @Test
  void savedSessionPlaysAsAScenario() throws Exception {
    Path f = dir.resolve("saved.scenario");
    String out = run(true, "# my exploration", "boot A", "wait 60", "reboot A", "A# failover group 1", " preempt 10",
        " exit", "expect A running-config has \"preempt 10\"", "expect A group 1 failed", "save " + f);
    assertTrue(out.contains("saved 8 lines to " + f), out);
    List<String> saved = Files.readAllLines(f);
    assertTrue(saved.get(0).startsWith("# saved by 'failover console' at t=60 s"), saved.toString());
    assertEquals("# my exploration", saved.get(1));
    assertTrue(saved.contains(" preempt 10"), saved.toString());
    assertTrue(!saved.contains("reboot A"), saved.toString());
    assertTrue(saved.get(saved.size() - 1).startsWith("# failed in the console at t=60 s: expect A group 1 failed"), saved.toString());
    assertEquals("PASS " + f, ScenarioRunner.headline(ScenarioRunner.runFile(f, null)));
  }

  @Test
  void saveToAnUnwritablePlaceIsOneErrorLine() {
    String out = run(true, "boot A", "save " + dir.resolve("no/such/dir/x.scenario"), "save", "status");
    assertTrue(out.contains("error: cannot write "), out);
    assertTrue(out.contains("error: save needs a file name; write: save FILE"), out);
    assertTrue(out.contains("  t=0 s | A: "), out);
  }

  @Test
  void saveNeverOverwritesAFileThisSessionDidNotWrite() throws Exception {
    Path mine = dir.resolve("mine.scenario"), theirs = dir.resolve("theirs.scenario");
    Files.writeString(theirs, "# someone's work\n");
    String out = run(true, "boot A", "save " + mine, "wait 60", "save " + mine, "save " + theirs);
    assertTrue(out.contains("saved 1 lines to " + mine), out);
    assertTrue(out.contains("saved 2 lines to " + mine), out);
    assertTrue(out.contains("error: " + theirs + " exists and was not saved by this session: not overwritten"), out);
    assertEquals("# someone's work\n", Files.readString(theirs));
    assertTrue(Files.readString(mine).contains("wait 60"));
    // a fresh session did not write mine: it is not overwritten either
    String again = run(true, "boot B", "save " + mine);
    assertTrue(again.contains("error: " + mine + " exists and was not saved by this session"), again);
    assertTrue(Files.readString(mine).contains("wait 60"));
  }

  @Test
  void unreadableInputIsOneErrorLineAndExitTwo() {
    StringWriter out = new StringWriter(), err = new StringWriter();
    BufferedReader broken = new BufferedReader(new java.io.Reader() {
      private boolean once;

      @Override
      public int read(char[] b, int off, int len) throws java.io.IOException {
        if (once) throw new java.io.IOException("Bad file descriptor");
        once = true;
        String s = "boot A\n";
        s.getChars(0, s.length(), b, off);
        return s.length();
      }

      @Override
      public void close() {}
    });
    int exit = new Console(broken, new PrintWriter(out), new PrintWriter(err), true).run();
    assertEquals(2, exit);
    assertEquals("failover console: cannot read standard input (line 2): bad file descriptor\n", err.toString());
    assertTrue(out.toString().contains("boot A"), out.toString());
  }

  @Test
  void aMissingArgumentNamesTheWordAndTheForm() {
    String out = run(true, "wait", "boot");
    assertTrue(out.contains("error: line 1: 'wait' lacks an argument; write: wait N"), out);
  }
}
