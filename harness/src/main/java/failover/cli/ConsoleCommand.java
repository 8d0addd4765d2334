package failover.cli;

import failover.scenario.Console;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code failover console}: the scenario line language, typed interactively or piped in. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = {
      "Drives a fresh pair with scenario lines read from standard input, one a",
      "line, printing each command's output and the box's prompt, the pair's state",
      "after each event, and ok or FAIL for each expectation. A bad line prints one",
      "error line; the session goes on. Console words: 'save FILE' writes the",
      "session so far as a scenario file; 'status', 'help', 'quit'."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:end of input or quit", "2:standard input cannot be read, or bad arguments"})
public final class ConsoleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--echo", negatable = true,
      description = "print each input line as a transcript (default: on when input is not a terminal)")
  Boolean echo;

  @Override
  public Integer call() {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    return new Console(in, spec.commandLine().getOut(), echo != null ? echo : System.console() == null).run();
  }
}
