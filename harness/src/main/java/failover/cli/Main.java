package failover.cli;

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
      ConformCommand.class,
      ReplayCommand.class
    })
public final class Main implements Callable<Integer> {
  public static void main(String[] args) { System.exit(commandLine().execute(args)); }

  /** The configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }

  @Override
  public Integer call() {
    CommandLine.usage(this, System.out);
    return 0;
  }
}
