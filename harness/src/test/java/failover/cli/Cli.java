package failover.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The command line run in-process, for tests: its exit status and what it wrote.
 *
 * @param exit the exit status
 * @param out  what it wrote to standard output
 * @param err  what it wrote to standard error
 */
public record Cli(int exit, String out, String err) {

  /** {@code failover ARGS} with the working directory as the project root. */
  public static Cli run(String... args) { return runIn(null, args); }

  /** {@code failover ARGS} with the project root {@code home} (null: the working directory). */
  public static Cli runIn(Path home, String... args) {
    String before = home == null ? System.clearProperty("failover.home")
        : System.setProperty("failover.home", home.toString());
    try {
      StringWriter out = new StringWriter(), err = new StringWriter();
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      int exit = cl.execute(args);
      return new Cli(exit, out.toString(), err.toString());
    } finally {
      if (before == null) System.clearProperty("failover.home");
      else System.setProperty("failover.home", before);
    }
  }
}
