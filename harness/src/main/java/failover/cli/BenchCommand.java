package failover.cli;

import failover.conform.ConformBench;
import failover.pipeline.ConformRun;
import failover.pipeline.Failure;
import failover.scenario.Bench;
import java.io.PrintWriter;
import java.io.StringWriter;
import failover.pipeline.ConformRun;
import failover.pipeline.Failure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code failover bench}: in one run, engine steps per second and the time of play on a 100-line
 * scenario, replay steps per second on the trace corpus, the whole default {@code conform} run (its
 * wall time, and per model TLC against the harness), with {@code --big} the big model too; all of
 * them side by side at the end. {@code --quick}: the engine figures only.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures, in one run, and prints side by side at the end (medians, with the machine and its load):"
          + " engine steps per second (seeded random scenario lines after the seed's bootstrap"
          + " configuration) and the time of play on a 100-line scenario; replay steps per second on the"
          + " trace corpus (traces/bugs, traces/simulation); and the whole default ./failover conform run:"
          + " its wall time and, for each of its models, TLC's time (its check and its simulation, one"
          + " worker) against the harness's (exhaustive check of every edge both ways, replay) and their"
          + " ratio (medians of --conform-runs runs; several minutes to a quarter of an hour); and exhaustive"
          + " conformance (every edge both ways) in edges per second over a saved state graph of model state"
          + " (saved under target/bench/saved-graph/ by the first bench for the spec as it is: TLC, minutes).",
      "",
      "--quick measures the engine figures, replay on the trace corpus, and exhaustive conformance over the saved"
          + " state graph when there is one for this spec (no TLC; seconds). --no-whole measures exhaustive conformance of"
          + " model ci alone instead of the whole conform run (the harness's time against TLC's). --big"
          + " adds the big model (full: TLC's check, its state graph and the harness's exhaustive check of"
          + " every edge, once; more than an hour on a 2-core machine).",
      "",
      "--growth N measures only how the cost of the big model grows with its depth bound: TLC checks it with"
          + " MaxDepth = 1 .. N (one run each, one worker) and the table of distinct states, states generated and"
          + " wall time is printed and written with its plot (SVG, logarithmic axes) to target/bench/growth/"
          + " (growth.md, growth.svg; N = 7 takes about 4 minutes on a 2-core machine, every further step about"
          + " five times the one before)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:measured", "1:a conformance figure could not be measured (TLC failed, a trace diverged, conform did not exit 0)",
        "2:bad arguments, or the bench scenario did not parse", "4:internal error (a bug of failover)"})
public final class BenchCommand implements Callable<Integer> {
  /** The model {@code --big} measures. */
  static final String BIG_MODEL = "full";

  /** Steps a run of the replay figure replays at least with {@code --quick}. */
  static final int QUICK_REPLAY_STEPS = 5_000;

  @Spec CommandSpec spec;

  @Option(names = "--runs", defaultValue = "9", description = "measured runs of each engine and replay figure (default ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--steps", defaultValue = "5000", description = "scenario lines a run of the engine figure (default ${DEFAULT-VALUE})")
  int steps;

  @Option(names = "--quick", description = "the engine figures, replay, and exhaustive conformance over a saved state graph if there is one: no TLC, no conform run")
  boolean quick;

  @Option(names = "--conform", hidden = true, description = "the conformance figures (now the default; kept for scripts)")
  boolean conform;

  @Option(names = "--conform-runs", defaultValue = "3", description = "runs of the exhaustive and whole-conform figures (default ${DEFAULT-VALUE})")
  int conformRuns;

  @Option(names = "--no-whole", description = "leave out the whole conform run (measure exhaustive conformance of ci alone)")
  boolean noWhole;

  @Option(names = "--big", description = "also the big model (" + BIG_MODEL + "): TLC against the harness, once")
  boolean big;

  @Option(names = "--growth", paramLabel = "N", description = "only how the big model's cost grows: TLC with MaxDepth = 1 .. N (1-12), table and plot to target/bench/growth/")
  Integer growth;

  /** Per model: TLC's and the harness's seconds (medians), and the runs they come from. */
  record ModelFigures(String model, double tlc, double tlcCheck, double tlcSimulate, double harness, double exhaustive,
                      double replay, int runs) {
    double ratio() { return tlc > 0 ? harness / tlc : 0; }
  }

  /** The whole conform run: its wall time (median) and its models' figures. */
  record Whole(double seconds, int runs, List<ModelFigures> models) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean matchedRuns = spec.commandLine().getParseResult() != null && spec.commandLine().getParseResult().hasMatchedOption("--conform-runs");
    String bad = runs < 1 || runs > 1000 ? "--runs " + runs + ": must be 1-1000"
        : steps < 100 || steps > 10_000_000 ? "--steps " + steps + ": must be 100-10000000"
        : conformRuns < 1 || conformRuns > 100 ? "--conform-runs " + conformRuns + ": must be 1-100"
        : quick && (noWhole || big || conform || matchedRuns) ? "--quick measures the engine only: not with "
            + (noWhole ? "--no-whole" : big ? "--big" : conform ? "--conform" : "--conform-runs")
        : null;
    if (bad == null && growth != null) {
      bad = growth < 1 || growth > 12 ? "--growth " + growth + ": must be 1-12"
          : quick || noWhole || big || matchedRuns ? "--growth measures the growth of the big model only: not with "
              + (quick ? "--quick" : noWhole ? "--no-whole" : big ? "--big" : "--conform-runs")
          : null;
    }
    if (bad != null) throw new Failure.Usage(bad);
    if (growth != null) return growth(out, err);
    Bench.Figures engine = Bench.measure(out, runs, steps);
    if (engine == null) return 2;
    Path home = ProjectHome.find();
    if (quick) {
      double replay = Double.NaN, exhaustive = Double.NaN;
      try {
        if (java.nio.file.Files.isDirectory(home.resolve("traces"))) replay = ConformBench.replay(out, home, runs, QUICK_REPLAY_STEPS);
        exhaustive = ConformBench.savedGraph(out, home, Math.min(runs, 3));
      } catch (ConformBench.BenchException e) {
        err.println("failover bench: " + e.getMessage());
        return 1;
      }
      summary(out, engine, replay, exhaustive, null, null, null);
      return 0;
    }
    try {
      double replay = ConformBench.replay(out, home, runs);
      ConformBench.saveGraph(out, home);
      double exhaustive = ConformBench.savedGraph(out, home, Math.min(runs, 3));
      Whole whole = null;
      ConformBench.ExhaustiveFigures ci = null;
      if (noWhole) {
        out.println("exhaustive conformance of model ci (" + conformRuns + " runs) ...");
        out.flush();
        ci = ConformBench.exhaustive(out, home, "ci", conformRuns);
      } else {
        whole = wholeConform(out, conformRuns);
      }
      ModelFigures bigFigures = big ? bigModel(out) : null;
      summary(out, engine, replay, exhaustive, whole, ci, bigFigures);
    } catch (ConformBench.BenchException e) {
      err.println("failover bench: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  /** Every figure of the run side by side, with the machine (and its load now, at the end). */
  private static void summary(PrintWriter out, Bench.Figures engine, double replay, double exhaustive, Whole whole,
                              ConformBench.ExhaustiveFigures ci, ModelFigures big) {
    out.println();
    out.println("summary (medians), machine at the end: " + Bench.machine());
    out.printf(Locale.ROOT, "  %-52s %s%n", "engine: scenario steps per second", String.format(Locale.ROOT, "%,.0f steps/s", engine.engineStepsPerSecond()));
    out.printf(Locale.ROOT, "  %-52s %.2f ms%n", "play of a 100-line scenario, in process", engine.playMillis());
    if (!Double.isNaN(replay)) out.printf(Locale.ROOT, "  %-52s %,.0f steps/s%n", "replay: spec steps per second on the trace corpus", replay);
    if (!Double.isNaN(exhaustive)) {
      out.printf(Locale.ROOT, "  %-52s %,.0f edges/s%n", "exhaustive: edges per second on " + ConformBench.SAVED_MODEL + " (saved graph)", exhaustive);
    }
    if (whole != null) {
      out.printf(Locale.ROOT, "  %-52s %.1f s (%d run%s)%n", "conform: the whole default run, wall time", whole.seconds(), whole.runs(),
          whole.runs() == 1 ? "" : "s");
    }
    if (ci != null) {
      out.printf(Locale.ROOT, "  %-52s TLC %.1f s, harness %.1f s (%.0f%%)%n", "exhaustive conformance of ci", ci.tlcSeconds(),
          ci.harnessSeconds(), ci.tlcSeconds() > 0 ? 100 * ci.harnessSeconds() / ci.tlcSeconds() : 0);
    }
    List<ModelFigures> models = new ArrayList<>(whole == null ? List.of() : whole.models());
    if (big != null) models.add(big);
    if (models.isEmpty()) {
      out.flush();
      return;
    }
    out.println("  per model (seconds; TLC: its check with the state graph, and its simulation; harness: the exhaustive check"
        + " of every edge both ways, and the replay of the simulated behaviours):");
    out.printf(Locale.ROOT, "  %-8s %9s %9s %9s %9s %9s %9s %9s %5s%n", "model", "TLC", "check", "simulate", "harness", "exhaust.",
        "replay", "harn/TLC", "runs");
    for (ModelFigures m : models) {
      out.printf(Locale.ROOT, "  %-8s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %8.0f%% %5d%n", m.model(), m.tlc(), m.tlcCheck(),
          m.tlcSimulate(), m.harness(), m.exhaustive(), m.replay(), 100 * m.ratio(), m.runs());
    }
    out.flush();
  }

  /**
   * The default {@code conform} run, in process, {@code n} times: its wall time and, per model, TLC's
   * time (its check with the state graph and its simulation) against the harness's (the exhaustive
   * check of every edge both ways and the replay of the simulated behaviours), medians.
   */
  private static Whole wholeConform(PrintWriter out, int n) throws ConformBench.BenchException {
    out.println("whole default conform run (" + n + " runs) ...");
    out.flush();
    double[] secs = new double[n];
    String summary = "";
    Map<String, List<ConformRun.Timing>> byModel = new LinkedHashMap<>();
    for (int r = 0; r < n; r++) {
      long t0 = System.nanoTime();
      Conformed c = conform(out, "conform-run-" + (r + 1), ConformRun.Options.defaults());
      secs[r] = (System.nanoTime() - t0) / 1e9;
      for (ConformRun.Timing t : c.timings()) byModel.computeIfAbsent(t.model(), k -> new ArrayList<>()).add(t);
      summary = c.summary();
      out.printf(Locale.ROOT, "  run %d: %.1f s%n", r + 1, secs[r]);
      out.flush();
    }
    List<ModelFigures> models = new ArrayList<>();
    for (var m : byModel.entrySet()) models.add(figures(m.getKey(), m.getValue()));
    Arrays.sort(secs);
    out.printf(Locale.ROOT, "conform (default: %s; TLC checks, exhaustive, 150 simulated behaviours each, models in lanes):"
        + " %.1f s (median of %d runs; min %.1f, max %.1f); last run %s%n", String.join(", ", ConformRun.DEFAULT_MODELS),
        ConformBench.median(secs), n, secs[0], secs[n - 1], summary);
    out.flush();
    return new Whole(ConformBench.median(secs), n, models);
  }

  /** {@code --growth N}: TLC on the big model with MaxDepth = 1 .. N; the table printed, table and plot written. */
  private Integer growth(PrintWriter out, PrintWriter err) {
    Path home = ProjectHome.find();
    try {
      java.util.List<failover.conform.Growth.Point> points = failover.conform.Growth.measure(out, home, growth);
      Path dir = home.resolve("target/bench/growth");
      String md = failover.conform.Growth.markdown(points);
      java.nio.file.Files.writeString(dir.resolve("growth.md"), md);
      java.nio.file.Files.writeString(dir.resolve("growth.svg"), failover.conform.Growth.svg(points));
      out.println();
      out.print(md);
      out.println("(written: " + home.relativize(dir.resolve("growth.md")) + ", " + home.relativize(dir.resolve("growth.svg")) + ")");
      return 0;
    } catch (failover.conform.ConformBench.BenchException e) {
      err.println("failover bench: " + e.getMessage());
      return 1;
    } catch (java.io.IOException e) {
      err.println("failover bench: cannot write under target/bench/growth: " + failover.io.Problems.of(e));
      return 1;
    }
  }

  /** The big model through {@code conform --model full --exhaustive}, once: TLC against the harness. */
  private static ModelFigures bigModel(PrintWriter out) throws ConformBench.BenchException {
    out.println("big model " + BIG_MODEL + ": conform --model " + BIG_MODEL + " --exhaustive (once; more than an hour on 2 cores) ...");
    out.flush();
    long t0 = System.nanoTime();
    Conformed c = conform(out, "conform-" + BIG_MODEL,
        new ConformRun.Options(List.of(BIG_MODEL), 150, 40, 1, true, false, false, false, null, 1, null));
    out.printf(Locale.ROOT, "  %s: %.1f s; %s%n", BIG_MODEL, (System.nanoTime() - t0) / 1e9, c.summary());
    out.flush();
    List<ConformRun.Timing> ts = c.timings().stream().filter(t -> t.model().equals(BIG_MODEL)).toList();
    if (ts.isEmpty()) throw new ConformBench.BenchException("conform --model " + BIG_MODEL + " reported no timing");
    return figures(BIG_MODEL, ts);
  }

  private record Conformed(List<ConformRun.Timing> timings, String summary) {}

  /** Runs conform with {@code options} in process; its output saved to NAME.txt in a run directory under target/bench/conform; fails unless it conforms. */
  private static Conformed conform(PrintWriter out, String name, ConformRun.Options options) throws ConformBench.BenchException {
    Path home = ProjectHome.find();
    Path runDir;
    try {
      runDir = failover.io.RunDirs.create(home.resolve("target/bench/conform"));
    } catch (java.io.IOException ioe) {
      throw new ConformBench.BenchException("cannot create a run directory under target/bench/conform: " + failover.io.Problems.of(ioe));
    }
    StringWriter o = new StringWriter();
    PrintWriter text = new PrintWriter(o, true);
    ConformRun.Result result;
    try {
      result = new ConformRun(home, () -> text).run(options);
    } catch (Failure f) {
      throw new ConformBench.BenchException("conform: " + f.getMessage());
    }
    Path saved = runDir.resolve(name + ".txt");
    try {
      java.nio.file.Files.writeString(saved, o.toString());
      out.println("  (its output: " + ProjectHome.show(home, saved) + ")");
    } catch (java.io.IOException ioe) {
      out.println("  (cannot save its output to " + saved + ": " + failover.io.Problems.of(ioe) + ")");
    }
    if (result.conclusion() != ConformRun.Conclusion.CONFORMS) {
      String last = o.toString().strip();
      throw new ConformBench.BenchException("conform: " + last.substring(last.lastIndexOf('\n') + 1));
    }
    String summary = o.toString().lines().filter(l -> l.contains("replayed:")).findFirst().orElse("").strip();
    return new Conformed(result.timings(), summary);
  }

  private static ModelFigures figures(String model, List<ConformRun.Timing> ts) {
    return new ModelFigures(model, med(ts, ConformRun.Timing::tlc), med(ts, ConformRun.Timing::tlcCheck),
        med(ts, ConformRun.Timing::tlcSimulate), med(ts, ConformRun.Timing::harness),
        med(ts, ConformRun.Timing::exhaustive), med(ts, ConformRun.Timing::replay), ts.size());
  }

  private static double med(java.util.List<ConformRun.Timing> ts, java.util.function.ToDoubleFunction<ConformRun.Timing> f) {
    double[] v = ts.stream().mapToDouble(f).sorted().toArray();
    return ConformBench.median(v);
  }
}
