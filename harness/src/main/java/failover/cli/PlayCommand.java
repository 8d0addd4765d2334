package failover.cli;

import failover.scenario.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code failover play FILE...}: runs scenario files on the engine (SCENARIOS.md). */
@Command(
    name = "play",
    mixinStandardHelpOptions = true,
    description = {
      "Plays scenario files on the Java engine, each on a fresh pair, and prints",
      "one line a file (PASS, FAIL with the steps that led there, or ERROR), then",
      "'N passed, N failed'. A directory stands for every *.scenario file under it."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every file passed",
      "1:an expectation failed (or the pair rejected an event)",
      "2:a file is not a valid scenario or cannot be read, or bad arguments (2 wins over 1)"
    })
public final class PlayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files or directories")
  List<Path> files;

  @Option(names = "--trace", description = "print every line as it runs, with what it printed")
  boolean trace;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return ScenarioRunner.play(files, out, trace);
  }
}
