package failover.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import failover.engine.Box;
import failover.engine.GroupState;
import failover.engine.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Long seeded random sequences of scenario lines (commands with valid and invalid arguments at
 * random boxes and contexts, events) run on the engine. They must never make it throw; a rejected
 * command must change nothing that a scenario can observe; a copy of the pair must go on exactly
 * like the original. A failure prints the seed and the line; rerun one seed with
 * {@code -Dfailover.seed=N}; run more with {@code -Dfailover.sequences=N}.
 */
class RandomLinesTest {
  private static final int SEQUENCES = 30;
  private static final int LINES = 600;
  private static final String[] SCOPES = {null, "admin", "ctx1", "ctx2"};

  @Test
  void randomSequencesNeverBreakThePair() {
    String one = System.getProperty("failover.seed");
    long base = one != null ? Long.parseLong(one) : new Random().nextLong();
    int count = one != null ? 1 : Integer.getInteger("failover.sequences", SEQUENCES);
    System.out.println("RandomLinesTest: seeds " + base + " to " + (base + count - 1) + " (replay one: -Dfailover.seed=N)");
    for (int i = 0; i < count; i++) {
      long seed = base + i;
      try {
        runSequence(seed);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("random sequence failed, seed " + seed + " (rerun: mvn test -Dtest=RandomLinesTest -Dfailover.seed="
            + seed + "): " + e.getMessage(), e);
      }
    }
  }

  /** What a scenario can observe of the pair. */
  private static String observe(Pair pair) {
    StringBuilder b = new StringBuilder();
    for (Box box : Box.values()) {
      b.append(box).append(pair.groupState(box, 1)).append(pair.groupState(box, 2)).append('|');
      for (String scope : SCOPES) {
        b.append(scope).append(pair.runningConfig(box, scope)).append(pair.startupConfig(box, scope));
        b.append(pair.sessions(box, scope == null ? "ctx1" : scope)).append(pair.ip(box, scope, "inside"));
      }
      b.append(pair.mac(box, "GigabitEthernet0/2")).append(pair.mac(box, "GigabitEthernet0/4"));
    }
    return b.append(pair.nowMillis()).toString();
  }

  private static void runSequence(long seed) {
    RandomLines gen = new RandomLines(seed);
    List<String> lines = gen.lines(LINES, seed % 2 == 0);
    ScenarioParser parser = new ScenarioParser();
    Session session = new Session();
    Session copy = null;
    int copyAt = LINES / 2;
    List<String> run = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      run.add(line);
      Step step;
      try {
        step = parser.parseLine(i + 1, line);
      } catch (ScenarioException e) {
        throw new AssertionError("generator made an invalid line " + (i + 1) + " '" + line + "': " + e.getMessage());
      }
      if (step == null) continue;
      if (i == copyAt) copy = new Session(session.pair().copy());
      String before = observe(session.pair());
      Session.Done done = session.execute(step);
      String where = "line " + (i + 1) + " '" + line + "'";
      if (done.failure().isPresent() && done.failure().get().startsWith("the engine threw"))
        fail(where + ": " + done.failure().get() + "\nlast lines: " + tail(run));
      if (step instanceof Step.Command) {
        boolean rejected = done.rejected();
        if (rejected) assertEquals(before, observe(session.pair()), where + " was rejected but changed the pair");
        if (done.printed().lines().count() > 0 && rejected)
          assertEquals(1, done.printed().lines().count(), where + ": a rejection prints one line: " + done.printed());
      }
      for (Box box : Box.values()) {
        session.pair().prompt(box, null);
        for (int g = 1; g <= 2; g++) {
          GroupState s = session.pair().groupState(box, g);
          if (s == null) fail(where + ": group state of " + box + " group " + g + " is null");
        }
      }
      if (copy != null) {
        Session.Done twin = copy.execute(step);
        assertEquals(done.printed(), twin.printed(), where + ": the copy printed something else");
        assertEquals(observe(session.pair()), observe(copy.pair()), where + ": the copy differs from the original");
      }
    }
  }

  private static String tail(List<String> run) {
    return String.join(" / ", run.subList(Math.max(0, run.size() - 12), run.size()));
  }
}
