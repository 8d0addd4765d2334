package failover.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * A project root for CLI tests: {@code spec/} holds the toy specs of
 * harness/src/test/resources/tlc/toy and a manifest written by the test. Commands run through
 * {@link Main#commandLine()} with {@code failover.home} pointing at it.
 */
final class ToyHome {
  static final Path TOY = Path.of("harness/src/test/resources/tlc/toy");

  /** The output of one command. */
  record Run(int exit, String out, String err) {}

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
  static Run run(Path home, String... args) {
    String before = System.getProperty("failover.home");
    System.setProperty("failover.home", home.toString());
    try {
      StringWriter out = new StringWriter(), err = new StringWriter();
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      int exit = cl.execute(args);
      return new Run(exit, out.toString(), err.toString());
    } finally {
      if (before == null) System.clearProperty("failover.home");
      else System.setProperty("failover.home", before);
    }
  }
}
