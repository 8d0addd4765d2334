package failover.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A project root for CLI tests: {@code spec/} holds the toy specs of
 * harness/src/test/resources/tlc/toy and a manifest written by the test. Commands run through
 * {@link Main#commandLine()} with {@code failover.home} pointing at it.
 */
final class ToyHome {
  static final Path TOY = Path.of("harness/src/test/resources/tlc/toy");

  private ToyHome() {}

  /** Copies the toy specs into {@code home/spec} and writes the manifest there. */
  static Path create(Path home, String manifestJson) throws IOException {
    Path spec = Files.createDirectories(home.resolve("spec"));
    try (Stream<Path> files = Files.list(TOY)) {
      for (Path f : files.toList()) Files.copy(f, spec.resolve(f.getFileName()));
    }
    Files.writeString(spec.resolve("manifest.json"), manifestJson);
    return home;
  }

  /** Runs {@code failover ARGS} with the project root {@code home}. */
  static Cli run(Path home, String... args) { return Cli.runIn(home, args); }
}
