package failover.conform;

import failover.spec.Constants;
import failover.tlc.Manifest;
import failover.tlc.StateGraph;
import failover.tlc.Tlc;
import failover.tlc.TlcException;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The conformance figures of {@code failover bench --conform} (issue 4: "replay steps per second;
 * time of exhaustive conformance of the ci model against TLC's own time to explore it (the harness
 * should not be the bottleneck)"), as medians of several runs:
 * <ul>
 *   <li>replay: steps per second replaying the regression corpus ({@link #CORPUS}: the bug models'
 *       counterexamples and the simulation traces) on the engine, state compared after every step;</li>
 *   <li>exhaustive: TLC's check of a model with its state graph dumped, as {@code conform
 *       --exhaustive} runs it, against the harness's time to read that graph and check every edge
 *       both ways ({@link Exhaustive}).</li>
 * </ul>
 */
public final class ConformBench {
  private ConformBench() {}

  /** The corpus replayed: directories under the project root. */
  public static final List<String> CORPUS = List.of("traces/bugs", "traces/simulation");
  /** Steps a replay run replays at least (the corpus again and again). */
  public static final int MIN_STEPS_PER_RUN = 20_000;

  /** Something needed is missing or broken: one line. */
  public static final class BenchException extends Exception {
    public BenchException(String message) { super(message); }
  }

  record Loaded(Itf.Trace trace, Conform.Setup setup) {}

  /** Replay steps per second, {@link #MIN_STEPS_PER_RUN} steps a run: prints the figure, returns the median. */
  public static double replay(PrintWriter out, Path home, int runs) throws BenchException {
    return replay(out, home, runs, MIN_STEPS_PER_RUN);
  }

  /** Likewise with at least {@code minSteps} steps a run. */
  public static double replay(PrintWriter out, Path home, int runs, int minSteps) throws BenchException {
    List<Loaded> corpus = new ArrayList<>();
    for (String dir : CORPUS) {
      Path d = home.resolve(dir);
      if (!Files.isDirectory(d)) continue;
      try (Stream<Path> s = Files.list(d)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".itf.json")).sorted().toList()) {
          Itf.Trace t = Itf.read(f);
          corpus.add(new Loaded(t, Conform.setupOf(t, null)));
        }
      } catch (IOException | Itf.ItfException e) {
        throw new BenchException("cannot read the corpus in " + d + ": " + failover.io.Problems.of(e));
      }
    }
    if (corpus.isEmpty()) throw new BenchException("no ITF traces in " + String.join(", ", CORPUS));
    int corpusSteps = 0;
    for (Loaded l : corpus) corpusSteps += l.trace().states().size() - 1;
    int rounds = Math.max(1, (minSteps + corpusSteps - 1) / corpusSteps);
    int warm = Math.max(2, runs / 3);
    double[] rates = new double[runs];
    for (int r = -warm; r < runs; r++) {
      long steps = 0;
      long t0 = System.nanoTime();
      for (int k = 0; k < rounds; k++) {
        for (Loaded l : corpus) {
          Replay.Outcome o = Replay.replay(l.trace(), l.setup().model(), l.setup().bug(), null);
          if (!o.ok()) throw new BenchException("a corpus trace diverges: " + l.trace().meta().get("model") + ": "
              + String.join(" / ", o.divergence().lines()));
          steps += o.steps();
        }
      }
      long t1 = System.nanoTime();
      if (r >= 0) rates[r] = steps / ((t1 - t0) / 1e9);
    }
    Arrays.sort(rates);
    out.printf(Locale.ROOT, "replay: %,.0f steps/s (median of %d runs, each the corpus %s (%d traces, %,d steps) %d times"
        + " = %,d steps, after %d warm-up runs; min %,.0f, max %,.0f)%n", median(rates), runs, String.join(" + ", CORPUS),
        corpus.size(), corpusSteps, rounds, (long) rounds * corpusSteps, warm, rates[0], rates[runs - 1]);
    out.flush();
    return median(rates);
  }

  /** The figures of one model's exhaustive conformance: medians in seconds. */
  public record ExhaustiveFigures(double tlcSeconds, double harnessSeconds, long states, long edges) {}

  /**
   * Exhaustive conformance of {@code modelName}, {@code runs} times: TLC checks the model with its
   * state graph dumped (its wall time), then the harness checks every edge both ways (its time).
   */
  public static ExhaustiveFigures exhaustive(PrintWriter out, Path home, String modelName, int runs) throws BenchException {
    double[] tlc = new double[runs], harness = new double[runs];
    long states = 0, edges = 0;
    Tlc tool;
    SpecModel model;
    try {
      tool = Tlc.fromClasspath();
      model = SpecModel.locate(home.resolve("spec"), modelName);
    } catch (TlcException | SpecModel.ModelException e) {
      throw new BenchException(e.getMessage());
    }
    for (int r = 0; r < runs; r++) {
      Path work;
      try {
        work = failover.io.RunDirs.create(home.resolve("target/bench").resolve(modelName));
      } catch (java.io.IOException e) {
        throw new BenchException("cannot create a run directory under target/bench/" + modelName + ": " + failover.io.Problems.of(e));
      }
      Path dot = work.resolve("graph.dot");
      try {
        Sources src = new Sources(model, work, tool);
        try {
          src.checkOptions(Manifest.read(home.resolve("spec/manifest.json")).tlcArgs());
        } catch (Manifest.ManifestException noManifest) {
          // TLC's defaults
        }
        TlcResult result = src.check(model.cfgText(), dot, m -> { });
        if (result.verdict() != Verdict.PASSED) {
          throw new BenchException("TLC on model " + modelName + ": " + Manifest.describe(result.verdict(), result.property())
              + " (the exhaustive figure needs a model that passes)");
        }
        tlc[r] = result.wallTime().toNanos() / 1e9;
        Constants m = SpecModel.engineModel(src.constants());
        long t0 = System.nanoTime();
        Exhaustive ex = new Exhaustive(m, SpecModel.bug(src.constants()), src.constants(), new Coverage(), 3);
        StateGraph.read(dot, ex);
        ex.finish();
        harness[r] = (System.nanoTime() - t0) / 1e9;
        if (ex.divergences() > 0) throw new BenchException("model " + modelName + ": " + ex.divergences() + " divergences (run ./failover conform)");
        states = ex.states();
        edges = ex.edges();
        out.printf(Locale.ROOT, "  run %d: TLC %.1f s, harness %.1f s%n", r + 1, tlc[r], harness[r]);
        out.flush();
      } catch (Sources.SourceException | SpecModel.ModelException | StateGraph.GraphException | IOException e) {
        throw new BenchException(e.getMessage());
      }
    }
    Arrays.sort(tlc);
    Arrays.sort(harness);
    double t = median(tlc), h = median(harness);
    out.printf(Locale.ROOT, "exhaustive %s: %,d states, %,d edges; TLC (check with -dump dot, one worker) %.1f s,"
        + " harness (read the graph, every edge both ways) %.1f s = %.0f%% of TLC's time, %,.0f edges/s"
        + " (medians of %d runs; TLC min %.1f max %.1f, harness min %.1f max %.1f)%n", modelName, states, edges, t, h,
        100 * h / t, edges / h, runs, tlc[0], tlc[runs - 1], harness[0], harness[runs - 1]);
    out.flush();
    return new ExhaustiveFigures(t, h, states, edges);
  }

  public static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
