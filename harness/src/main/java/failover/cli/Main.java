package failover.cli;

import failover.pipeline.Failure;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code failover} command line. Exit codes of every subcommand are listed in the README
 * and in each subcommand's {@code exitCodeListHeading}.
 */
@Command(
    name = "failover",
    mixinStandardHelpOptions = true,
    version = "failover 0.1.0",
    description = "A formal-methods workbench for Cisco ASA Active/Active failover.",
    subcommands = {
      CommandLine.HelpCommand.class,
      CheckCommand.class,
      ModelsCommand.class,
      PlayCommand.class,
      ConsoleCommand.class,
      BenchCommand.class,
      CornersCommand.class,
      ReadingsCommand.class,
      ConformCommand.class,
      ReplayCommand.class,
      WorkerCommand.class
    })
public final class Main implements Callable<Integer> {
  /** Exit status of an error inside failover itself (a bug: one line, never a stack trace). */
  static final int INTERNAL = 4;

  public static void main(String[] args) {
    int exit;
    try {
      exit = commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println("failover: out of memory (java -Xmx sets the heap)");
      exit = INTERNAL;
    } catch (StackOverflowError e) {
      System.err.println("failover: internal error: input nested too deeply");
      exit = INTERNAL;
    }
    System.exit(exit);
  }

  /**
   * The configured command line; tests call {@code execute} on it with their own writers. A usage
   * error prints two lines: what is wrong (the option and the value), then where the help is. A
   * command that ends with a {@link Failure} prints its one line ({@code failover check: …}) and
   * exits with its code, through picocli's exit-code mapping ({@link #exitCode}); any other
   * exception that escapes a command is a bug: one line {@code … internal error: …}, exit
   * {@value #INTERNAL}.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExitCodeExceptionMapper(Main::exitCode);
    cl.setExecutionExceptionHandler((e, c, parsed) -> {
      String what = e instanceof Failure ? e.getMessage() : "internal error: " + failover.io.Problems.of(e);
      c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + what);
      c.getErr().flush();
      return c.getExitCodeExceptionMapper().getExitCode(e);
    });
    return cl;
  }

  /** The exit code of an exception that ends a command: a {@link Failure}'s own, else {@value #INTERNAL} (a bug). */
  static int exitCode(Throwable e) {
    return e instanceof Failure f ? f.exitCode() : INTERNAL;
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine c = e.getCommandLine();
    String name = c.getCommandSpec().qualifiedName();
    String message = e.getMessage() == null ? "bad arguments" : e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
    if (message.startsWith("Error: ")) message = message.substring(7);
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      message += "; did you mean " + u.getSuggestions().get(0) + "?";
    }
    c.getErr().println(name + ": " + message);
    c.getErr().println("Try '" + name + " --help' for more information.");
    c.getErr().flush();
    return c.getCommandSpec().exitCodeOnInvalidInput();
  }

  @Override
  public Integer call() {
    CommandLine.usage(this, System.out);
    return 0;
  }
}
