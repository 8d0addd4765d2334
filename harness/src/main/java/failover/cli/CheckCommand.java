package failover.cli;

import failover.io.RunDirs;
import failover.pipeline.CheckRun;
import failover.pipeline.Failure;
import failover.tlc.Manifest;
import failover.tlc.TlcResult;
import failover.tlc.TraceTable;
import failover.tlc.Verdict;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code failover check [--model NAME] [--workers N]}: model-checks one model of
 * {@code spec/manifest.json} with TLC and compares the result with the manifest's expectation. The
 * options are parsed and the output printed here; the work is {@link CheckRun}'s, and a run that
 * does not give the manifest's result ends with a {@link Failure} (its line on standard error, its
 * exit code through the command line's exit-code mapper: Main).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Model-check one model of spec/manifest.json with TLC, print progress on long runs, then a"
            + " summary (result, states generated, distinct states, depth, wall time) and, on a"
            + " violation, the property and the trace as a table of steps.",
        "Exits 0 when TLC gives the result the manifest expects (a bug model must fail with its"
            + " property), with the manifest's distinct state count."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        " 0:the result the manifest expects (and its distinct state count)",
        " 1:unexpected result: no violation where one was expected, another property, or another"
            + " distinct state count",
        " 2:usage: unknown model, bad option, or no readable spec/manifest.json",
        " 3:the spec or model is wrong: TLA+ parse error, .cfg error, or TLC cannot evaluate it",
        " 4:TLC is missing, does not start, or crashed (or failover itself failed)",
        "10:unexpected: an ASSUME is false",
        "11:unexpected: deadlock",
        "12:unexpected: safety violation (an invariant, an action property [][A]_v, or an Assert)",
        "13:unexpected: liveness violation (a temporal property)"},
    footer = {"%nTLC runs in a child JVM in spec/; its files go into a directory of this run,",
        "target/tlc/<model>/run-<yyyyMMdd-HHmmss>-<pid>-<n>/ (printed; the last " + RunDirs.KEEP + " runs of a model are kept).",
        "With --distributed, TLC's server runs in a child JVM on a copy of spec/ in a directory of this run,"
            + " target/tlc/<model>-distributed/run-<yyyyMMdd-HHmmss>-<pid>-<n>/ (printed; its local workers' files"
            + " there too), with the model's cfg reduced to its invariants and action"
            + " properties (safety): liveness is not checked, and a model expected to violate a temporal"
            + " property is a usage error (2). A violation is 11 (deadlock) or 12; the server does not name"
            + " the property, a local worker does. 4 also when --port is in use."})
public final class CheckCommand implements Callable<Integer> {
  public static final int OK = 0, UNEXPECTED = 1, USAGE = 2, SPEC_ERROR = 3, TLC_FAILED = 4,
      ASSUMPTION = 10, DEADLOCK = 11, SAFETY = 12, LIVENESS = 13;

  /** The spec's history variable (docs/design.md): the action just taken, with its parameters. */
  static final String HISTORY = "act";

  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "NAME", description = "model of spec/manifest.json (default: ${DEFAULT-VALUE})")
  String model = "ci";

  @Option(names = "--workers", paramLabel = "N", description = "TLC worker threads (default: ${DEFAULT-VALUE})")
  int workers = 1;

  @Mixin DistributedCheck.Options distributed = new DistributedCheck.Options();

  @Override
  public Integer call() {
    String distributedProblem = distributed.problem(workers);
    if (distributedProblem != null) throw new Failure.Usage(distributedProblem);
    if (distributed.on) return DistributedCheck.run(spec.commandLine().getOut(), spec.commandLine().getErr(), distributed, model);
    if (workers < 1) throw new Failure.Usage("--workers must be at least 1, not " + workers);
    if (workers > maxWorkers()) {
      throw new Failure.Usage("--workers " + workers + ": at most " + maxWorkers() + " on this machine (4 a processor, 64 in all)");
    }
    new CheckRun(ProjectHome.find(), new Printer(spec.commandLine().getOut())).run(model, workers);
    return OK;
  }

  /** The most TLC workers {@code check} starts: 4 a processor, at most 64 (each holds files and threads open). */
  static int maxWorkers() { return Math.min(64, 4 * Runtime.getRuntime().availableProcessors()); }

  /** Prints what a check tells: the header, progress, TLC's summary with the trace, the closing line. */
  static final class Printer implements CheckRun.Reporter {
    private final PrintWriter out;

    Printer(PrintWriter out) { this.out = out; }

    @Override
    public void start(Manifest.Model m, String cfg, int workers, String runDir) {
      out.printf("Checking model %s (%s, module %s) with TLC, %d worker%s; expecting %s%s%n", m.name(), cfg, m.module(),
          workers, workers == 1 ? "" : "s", m.expected(),
          m.distinctStates().isPresent() ? String.format(" with %,d distinct states", m.distinctStates().getAsLong()) : "");
      out.printf("TLC's files: %s%n", runDir);
      out.flush();
    }

    @Override
    public synchronized void note(String line) {
      out.println(line);
      out.flush();
    }

    @Override
    public void result(CheckRun.Summary s) {
      Manifest.Model m = s.model();
      TlcResult r = s.result();
      out.println();
      out.printf("Result:           %s%s%n", Manifest.describe(r.verdict(), s.named().property()), s.named().note());
      out.printf("States generated: %s%n", count(r.generated()));
      out.printf("Distinct states:  %s%n", count(r.distinct()));
      out.printf("Depth:            %s%s%n", r.depth() < 0 ? "(not reported)" : Integer.toString(r.depth()),
          m.depth().isPresent() ? " (manifest: " + m.depth().getAsInt() + ")" : "");
      out.printf("Wall time:        %.1f s%s%s%n", r.wallTime().toMillis() / 1000.0,
          s.alone() == null ? "" : String.format(" (and %.1f s checking %s alone)", s.alone().wallTime().toMillis() / 1000.0,
              m.expected().property().get()),
          m.seconds().isPresent() ? String.format(" (manifest: %.1f s)", m.seconds().getAsDouble()) : "");
      if (!s.named().trace().isEmpty()) {
        out.println();
        out.printf("Trace (%d states):%n", s.named().trace().states().size());
        out.print(TraceTable.render(s.named().trace(), HISTORY));
      }
      if (r.verdict() != Verdict.EVALUATION_ERROR) out.println();
      out.flush();
    }

    @Override
    public void ok(String line) {
      out.println(line);
      out.flush();
    }

    private static String count(long n) { return n < 0 ? "(not reported)" : String.format("%,d", n); }
  }
}
