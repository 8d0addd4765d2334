package failover.scenario;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A guard on the project's own scenarios: every command the pair rejects must be followed by an
 * {@code expect error} before the next command, so that a typo in a scenario (a command that was
 * silently refused) cannot make a scenario pass for the wrong reason.
 */
class ScenarioLintTest {
  @TestFactory
  Stream<DynamicTest> everyRejectedCommandIsExpected() {
    return ScenarioRunner.expand(List.of(Path.of("scenarios"), Path.of("readings"))).stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
      Scenario s = ScenarioParser.parseFile(f);
      Session session = new Session(new failover.engine.Pair("none", readingsOf(f)));
      List<String> unexpected = new ArrayList<>();
      Step.Command rejected = null;
      for (Step step : s.steps()) {
        if (step instanceof Step.Command && rejected != null) {
          unexpected.add("line " + rejected.line() + " '" + rejected.text() + "'");
          rejected = null;
        }
        if (step instanceof Step.ExpectResult r && rejected != null && !r.ok()) rejected = null;
        Session.Done done = session.execute(step);
        if (step instanceof Step.Command c && done.rejected()) rejected = c;
        if (done.failure().isPresent()) break; // AllScenariosTest reports failures
      }
      if (rejected != null) unexpected.add("line " + rejected.line() + " '" + rejected.text() + "'");
      if (!unexpected.isEmpty())
        fail(f + ": rejected commands without 'expect error' after them: " + String.join("; ", unexpected));
    }));
  }

  /** The readings a file is written for: readings/READING-VALUE.scenario under that alternative, any other file the chosen. */
  static failover.spec.Readings readingsOf(Path f) {
    String n = f.getFileName().toString();
    if (!f.startsWith("readings") || !n.contains("-")) return failover.spec.Readings.CHOSEN;
    String base = n.substring(0, n.length() - ".scenario".length());
    return failover.spec.Readings.CHOSEN.with(base.substring(0, base.indexOf('-')), base.substring(base.indexOf('-') + 1));
  }
}
