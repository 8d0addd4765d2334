package failover.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The shared examples of the scenario contract pass on the engine (driven by the test driver). */
class SharedExamplesTest {
  @TestFactory
  Stream<DynamicTest> sharedExamples() throws Exception {
    Path dir = Path.of("../shared/scenarios/examples");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".scenario")).sorted().toList();
    }
    if (files.isEmpty()) throw new AssertionError("no shared examples in " + dir.toAbsolutePath());
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> Played.file(f)));
  }
}
