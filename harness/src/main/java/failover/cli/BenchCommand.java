package failover.cli;

import failover.conform.ConformBench;
import failover.scenario.Bench;
import java.io.PrintWriter;
import java.io.StringWriter;
import failover.pipeline.ConformRun;
import failover.pipeline.Failure;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code failover bench}: engine steps per second and the time of play on a 100-line scenario;
 * with {@code --conform}, the conformance figures too: replay steps per second on the trace
 * corpus, exhaustive conformance of ci (the harness against TLC's own time), and the whole default
 * {@code conform} run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures engine steps per second (seeded random scenario lines after the seed's bootstrap"
          + " configuration) and the time of play on a 100-line scenario, as medians of several runs"
          + " after warm-up, and prints the machine (cores, Java version).",
      "",
      "--conform adds the conformance figures: replay steps per second on the trace corpus"
          + " (traces/bugs, traces/simulation); and the whole default ./failover conform run: its wall"
          + " time and, for each of its models, TLC's time (its check and its simulation, one worker)"
          + " against the harness's (exhaustive check of every edge both ways, replay) and their ratio"
          + " (medians of --conform-runs runs; several minutes). With --no-whole, exhaustive conformance"
          + " of model ci alone instead (the harness's time against TLC's)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:measured", "1:a conformance figure could not be measured (TLC failed, a trace diverged, conform did not exit 0)",
        "2:bad arguments, or the bench scenario did not parse", "4:internal error (a bug of failover)"})
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--runs", defaultValue = "9", description = "measured runs of each engine and replay figure (default ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--steps", defaultValue = "5000", description = "scenario lines a run of the engine figure (default ${DEFAULT-VALUE})")
  int steps;

  @Option(names = "--conform", description = "also measure conformance: replay, exhaustive ci against TLC, the whole conform run")
  boolean conform;

  @Option(names = "--conform-runs", defaultValue = "3", description = "runs of the exhaustive and whole-conform figures (default ${DEFAULT-VALUE})")
  int conformRuns;

  @Option(names = "--no-whole", description = "with --conform: leave out the whole conform run (measure exhaustive conformance of ci alone)")
  boolean noWhole;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String bad = runs < 1 || runs > 1000 ? "--runs " + runs + ": must be 1-1000"
        : steps < 100 || steps > 10_000_000 ? "--steps " + steps + ": must be 100-10000000"
        : conformRuns < 1 || conformRuns > 100 ? "--conform-runs " + conformRuns + ": must be 1-100"
        : !conform && noWhole ? "--no-whole needs --conform"
        : !conform && spec.commandLine().getParseResult() != null && spec.commandLine().getParseResult().hasMatchedOption("--conform-runs")
            ? "--conform-runs needs --conform"
        : null;
    if (bad != null) throw new Failure.Usage(bad);
    int code = Bench.run(out, runs, steps);
    if (code != 0 || !conform) return code;
    Path home = ProjectHome.find();
    try {
      ConformBench.replay(out, home, runs);
      if (noWhole) {
        out.println("exhaustive conformance of model ci (" + conformRuns + " runs) ...");
        out.flush();
        ConformBench.exhaustive(out, home, "ci", conformRuns);
      } else {
        wholeConform(out, conformRuns);
      }
    } catch (ConformBench.BenchException e) {
      err.println("failover bench: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  /**
   * The default {@code conform} run, in process, {@code n} times: its wall time and, per model, TLC's
   * time (its check with the state graph and its simulation) against the harness's (the exhaustive
   * check of every edge both ways and the replay of the simulated behaviours), medians.
   */
  private static void wholeConform(PrintWriter out, int n) throws ConformBench.BenchException {
    out.println("whole default conform run (" + n + " runs) ...");
    out.flush();
    double[] secs = new double[n];
    String summary = "";
    java.util.Map<String, java.util.List<ConformRun.Timing>> byModel = new java.util.LinkedHashMap<>();
    Path home = ProjectHome.find();
    Path runDir;
    try {
      runDir = failover.io.RunDirs.create(home.resolve("target/bench/conform"));
    } catch (java.io.IOException ioe) {
      throw new ConformBench.BenchException("cannot create a run directory under target/bench/conform: " + failover.io.Problems.of(ioe));
    }
    for (int r = 0; r < n; r++) {
      StringWriter o = new StringWriter();
      PrintWriter text = new PrintWriter(o, true);
      long t0 = System.nanoTime();
      ConformRun.Result result;
      try {
        result = new ConformRun(home, () -> text).run(ConformRun.Options.defaults());
      } catch (Failure f) {
        throw new ConformBench.BenchException("conform: " + f.getMessage());
      }
      secs[r] = (System.nanoTime() - t0) / 1e9;
      if (result.conclusion() != ConformRun.Conclusion.CONFORMS) {
        String last = o.toString().strip();
        throw new ConformBench.BenchException("conform: " + last.substring(last.lastIndexOf('\n') + 1));
      }
      Path saved = runDir.resolve("conform-run-" + (r + 1) + ".txt");
      try {
        java.nio.file.Files.writeString(saved, o.toString());
        out.println("  (its output: " + ProjectHome.show(home, saved) + ")");
      } catch (java.io.IOException ioe) {
        out.println("  (cannot save its output to " + saved + ": " + failover.io.Problems.of(ioe) + ")");
      }
      for (ConformRun.Timing t : result.timings()) byModel.computeIfAbsent(t.model(), k -> new java.util.ArrayList<>()).add(t);
      summary = o.toString().lines().filter(l -> l.contains("replayed:")).findFirst().orElse("").strip();
      out.printf(Locale.ROOT, "  run %d: %.1f s%n", r + 1, secs[r]);
      out.flush();
    }
    out.println("per model (medians of " + n + " runs, seconds; TLC: its check with liveness and the state graph, and its simulation;"
        + " harness: the exhaustive check of every edge both ways and the replay of the simulated behaviours):");
    out.printf(Locale.ROOT, "  %-8s %9s %9s %9s %9s %9s %9s %8s%n", "model", "TLC", "check", "simulate", "harness", "exhaust.", "replay", "harn/TLC");
    for (var m : byModel.entrySet()) {
      java.util.List<ConformRun.Timing> ts = m.getValue();
      double tlc = med(ts, ConformRun.Timing::tlc), harness = med(ts, ConformRun.Timing::harness);
      out.printf(Locale.ROOT, "  %-8s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %7.0f%%%n", m.getKey(), tlc, med(ts, ConformRun.Timing::tlcCheck),
          med(ts, ConformRun.Timing::tlcSimulate), harness, med(ts, ConformRun.Timing::exhaustive), med(ts, ConformRun.Timing::replay),
          tlc > 0 ? 100 * harness / tlc : 0);
    }
    Arrays.sort(secs);
    out.printf(Locale.ROOT, "conform (default: %s; TLC checks, exhaustive, 150 simulated behaviours each, models in lanes):"
        + " %.1f s (median of %d runs; min %.1f, max %.1f); last run %s%n", String.join(", ", ConformRun.DEFAULT_MODELS),
        ConformBench.median(secs), n, secs[0], secs[n - 1], summary);
    out.flush();
  }

  private static double med(java.util.List<ConformRun.Timing> ts, java.util.function.ToDoubleFunction<ConformRun.Timing> f) {
    double[] v = ts.stream().mapToDouble(f).sorted().toArray();
    return ConformBench.median(v);
  }
}
