package failover.cli;

import failover.io.RunDirs;
import failover.pipeline.ConformRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code failover conform}: the conformance loop. For each model: TLC checks it (its
 * counterexample, if it is meant to fail, is replayed), TLC simulates random behaviours, the
 * engine replays them; with {@code --exhaustive} every edge of the model's state graph is checked
 * both ways. Then the coverage of the spec's actions and the summary. The options are parsed here
 * and the run's conclusion mapped to the exit code; the work is {@link ConformRun}'s, whose
 * failures (usage, spec wrong, TLC failed) reach their exit codes through the command line's
 * exit-code mapper (Main).
 */
@Command(
    name = "conform",
    mixinStandardHelpOptions = true,
    description = {
      "Shows that the Java engine does what the TLA+ spec allows: TLC model-checks the model,",
      "simulates random behaviours of the spec with the model's constants (reproducible: one worker,",
      "a seed), and the engine replays each step (the action and its parameters from the history",
      "variable act), its state compared with the spec's after every step. --exhaustive also checks",
      "every edge of the model's state graph both ways. Prints progress on long work, every",
      "divergence (trace file, step, action, each differing field, the command that reproduces it),",
      "the coverage of the spec's actions and parameter values, and a summary.",
      "Default (no --model): TLC checks models ci, state, mirror, policy and files, every edge of their state graphs is checked both ways (--exhaustive), and behaviours of each are simulated; between them they exercise every spec action and parameter value.",
      "The models run in lanes (--jobs, default 2), each model's output printed whole when it is done, in the order of the models."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing diverged, TLC gave each model's expected result, and every spec action and every value of its parameters was exercised",
      "1:the engine diverged from the spec",
      "2:usage: bad option or unknown model",
      "3:the spec or a model is wrong: TLC cannot parse or evaluate it",
      "4:TLC is missing or crashed, or an internal error",
      "5:no divergence, but some spec action or parameter value was never exercised (coverage incomplete)",
      "6:no divergence, but TLC's check of a model gave another result than expected"
    },
    footer = {"%nEvery run of a model works in a directory of its own, target/conform/<model>/run-<yyyyMMdd-HHmmss>-<pid>-<n>/"
        + " (printed; the last " + RunDirs.KEEP + " runs of a model are kept, mvn clean deletes them): TLC's files (TLC runs"
        + " in a child JVM with one worker), the state graph, and the divergent traces (cut after the divergent step);"
        + " with --shrink the shortest one, shrunk/NAME.itf.json with NAME.scenario beside it (the spec's behaviour as a"
        + " scenario whose expect lines are the spec's: ./failover play of it fails on the engine at the divergence);"
        + " move both into traces/divergences/ to keep them as a known divergence. Nothing is written outside target/.",
        "A bug or Debug model's counterexample is also published, whole, as target/conform/<model>/counterexample.itf.json."})
public final class ConformCommand implements Callable<Integer> {
  /** The models of the default run. */
  public static final List<String> DEFAULT_MODELS = ConformRun.DEFAULT_MODELS;
  public static final int OK = 0, DIVERGED = 1, USAGE = 2, SPEC_ERROR = 3, TLC_FAILED = 4, INCOMPLETE = 5, CHECK_FAILED = 6;

  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "NAME", description = "a model of spec/ (repeatable); default: ci, state, mirror, policy and files, checked with --exhaustive and simulated")
  List<String> models = new ArrayList<>();

  @Option(names = "--simulate", paramLabel = "N", description = "random behaviours per model (default: ${DEFAULT-VALUE}; 0: none)")
  int simulate = 150;

  @Option(names = "--depth", paramLabel = "D", description = "states per behaviour at most (default: ${DEFAULT-VALUE})")
  int depth = 40;

  @Option(names = "--seed", paramLabel = "S", description = "TLC's simulation seed (default: ${DEFAULT-VALUE})")
  long seed = 1;

  @Option(names = "--exhaustive", description = "also check every edge of each checked model's state graph, both ways")
  boolean exhaustive;

  @Option(names = "--within-model", description = "simulate inside each model's state constraint (default: beyond it, the model's constants only)")
  boolean withinModel;

  @Option(names = "--no-check", description = "skip TLC's model check (simulation only)")
  boolean noCheck;

  @Option(names = "--shrink", description = "shrink the first divergent behaviour of each kind to a shortest one that still diverges (TLC re-checks each candidate), saved in the run's directory (shrunk/) as an ITF trace and a scenario")
  boolean shrink;

  @Option(names = "--save-traces", paramLabel = "DIR", description = "also write every simulated behaviour there as <model>-s<seed>-b<k>.itf.json")
  Path saveTraces;

  @Option(names = "--jobs", paramLabel = "N", description = "models run at once, each in its own lane with one TLC worker (default: 2, or 1 on a single core; 1: one after another, everything printed as it happens)")
  Integer jobs;

  @Option(names = "--engine-bug", paramLabel = "NAME", description = "build the engine with this deliberate mistake (default: the model's Bug)")
  String engineBug;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ConformRun.Result r = new ConformRun(ProjectHome.find(), () -> out).run(new ConformRun.Options(models, simulate, depth, seed,
        exhaustive, withinModel, noCheck, shrink, saveTraces, jobs, engineBug));
    return switch (r.conclusion()) {
      case CONFORMS -> OK;
      case DIVERGES -> DIVERGED;
      case CHECK_FAILED -> CHECK_FAILED;
      case INCOMPLETE -> INCOMPLETE;
    };
  }
}
