package failover.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance tests: every {@code scenarios/**}{@code /*.scenario} of the project and every
 * shared example must PASS on the engine. A failure prints what play prints, report included.
 */
class AllScenariosTest {
  static List<Path> files() {
    return ScenarioRunner.expand(List.of(Path.of("scenarios"), Path.of("../shared/scenarios/examples")));
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioPasses() {
    List<Path> files = files();
    assertFalse(files.isEmpty(), "no scenario files found from " + Path.of("").toAbsolutePath());
    return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
      ScenarioRunner.Outcome o = ScenarioRunner.runFile(f, null);
      if (!(o instanceof ScenarioRunner.Outcome.Pass)) {
        StringBuilder b = new StringBuilder(ScenarioRunner.headline(o));
        if (o instanceof ScenarioRunner.Outcome.Fail failed) failed.report().forEach(l -> b.append('\n').append(l));
        fail(b.toString());
      }
    }));
  }
}
