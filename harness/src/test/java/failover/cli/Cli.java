package failover.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The command line run in-process, for tests: its exit status and what it wrote. Every run checks
 * that the subcommand exits with a code its help (and so the README: ExitCodesDocumentedTest)
 * documents: no test of the command line sees an undocumented exit code.
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
    return runWithHome(home == null ? null : home.toString(), args);
  }

  /** {@code failover ARGS} with the system property {@code failover.home} set to {@code home} as it is (null: cleared). */
  public static Cli runWithHome(String home, String... args) {
    String before = home == null ? System.clearProperty("failover.home")
        : System.setProperty("failover.home", home);
    try {
      StringWriter out = new StringWriter(), err = new StringWriter();
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      int exit = cl.execute(args);
      undocumented(cl, args, exit);
      return new Cli(exit, out.toString(), err.toString());
    } finally {
      if (before == null) System.clearProperty("failover.home");
      else System.setProperty("failover.home", before);
    }
  }

  /** Fails (AssertionError) when the subcommand {@code args[0]} exited with a code its help does not list. */
  static void undocumented(CommandLine cl, String[] args, int exit) {
    if (args.length == 0 || args[0].equals("help")) return;
    CommandLine sub = cl.getSubcommands().get(args[0]);
    if (sub == null) return; // not a subcommand: a usage error of failover itself
    java.util.Set<Integer> codes = new java.util.TreeSet<>();
    for (String k : sub.getCommandSpec().usageMessage().exitCodeList().keySet()) codes.add(Integer.parseInt(k.strip()));
    if (!codes.contains(exit)) {
      throw new AssertionError("failover " + String.join(" ", args) + " exited " + exit
          + ", which its help and the README do not document (documented: " + codes + ")");
    }
  }
}
