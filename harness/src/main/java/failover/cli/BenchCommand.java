package failover.cli;

import failover.scenario.Bench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code failover bench}: engine steps per second and the time of play on a 100-line scenario. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures engine steps per second (seeded random scenario lines after the",
      "seed's bootstrap configuration) and the time of play on a 100-line",
      "scenario, as medians of several runs after warm-up, and prints the machine",
      "(cores, Java version)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:measured", "2:bad arguments, or the bench scenario did not parse"})
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--runs", defaultValue = "9", description = "measured runs of each figure (default ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--steps", defaultValue = "5000", description = "scenario lines a run of the engine figure (default ${DEFAULT-VALUE})")
  int steps;

  @Override
  public Integer call() {
    if (runs < 1 || runs > 1000 || steps < 100 || steps > 10_000_000) {
      spec.commandLine().getErr().println("bench: --runs must be 1-1000 and --steps 100-10000000");
      return 2;
    }
    return Bench.run(spec.commandLine().getOut(), runs, steps);
  }
}
