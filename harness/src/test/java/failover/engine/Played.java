package failover.engine;

import static org.junit.jupiter.api.Assertions.fail;

import failover.scenario.ScenarioException;
import failover.scenario.ScenarioParser;
import failover.scenario.Session;
import failover.scenario.Step;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scenario lines played on a pair by the project's one interpreter of the scenario language
 * ({@link ScenarioParser}, {@link Session}), for the engine's own tests: the test fails at a line
 * that does not parse, a failed expectation, an event the pair rejects, or (on the reference engine)
 * an event after which an invariant of the pair is broken, with the line and the session's report.
 * The engine's tests are written in the scenario language, so the test tree of {@code engine} uses
 * {@code scenario}; the layering ({@code LayeringTest}) is that of the main sources.
 */
final class Played {
  final Pair pair;
  private final Session session;
  private final ScenarioParser parser = new ScenarioParser();
  private final boolean checkInvariants;
  /** The output of the last command that printed something. */
  private String output = "";

  private Played(String bug, boolean checkInvariants) {
    this.pair = new Pair(bug);
    this.session = new Session(pair);
    this.checkInvariants = checkInvariants;
  }

  /** Plays the lines on the reference engine. */
  static Played run(String text) { return new Played("none", true).lines(text); }

  /** Plays the lines on an engine with a deliberate mistake ({@link failover.spec.Vocabulary#BUGS}); invariants are not checked. */
  static Played runWithBug(String bug, String text) { return new Played(bug, false).lines(text); }

  static Played file(Path p) throws Exception { return run(Files.readString(p)); }

  /** Plays more lines, numbered from 1. */
  Played lines(String text) {
    String[] ls = text.split("\n", -1);
    for (int i = 0; i < ls.length; i++) line(i + 1, ls[i]);
    return this;
  }

  /** The output of the last command that printed something. */
  String output() { return output; }

  private void line(int n, String raw) {
    Step step;
    try {
      step = parser.parseLine(n, raw);
    } catch (ScenarioException e) {
      fail("line " + n + ": " + e.where());
      return;
    }
    if (step == null) return;
    Session.Done done = session.execute(step);
    if (step instanceof Step.Command && !done.printed().isEmpty()) output = done.printed();
    String where = "line " + n + " (" + raw.strip() + ") t=" + session.time();
    if (done.failure().isPresent()) fail(where + ": " + done.failure().get() + "\n" + String.join("\n", session.report()));
    String broken = checkInvariants && step instanceof Step.EventStep ? pair.violatedInvariant() : null;
    if (broken != null) fail(where + ": invariant violated: " + broken + "\n" + String.join("\n", session.report()));
  }
}
