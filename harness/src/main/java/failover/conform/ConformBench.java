package failover.conform;

import failover.spec.Constants;
import failover.tlc.TlaValue;
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
    double[] rates = new double[runs], cpu = new double[runs];
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int r = -warm; r < runs; r++) {
      long steps = 0;
      long c0 = mx.getCurrentThreadCpuTime();
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
      if (r >= 0) {
        rates[r] = steps / ((t1 - t0) / 1e9);
        cpu[r] = steps / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
      }
    }
    Arrays.sort(rates);
    Arrays.sort(cpu);
    out.printf(Locale.ROOT, "replay: %,.0f steps/s (median of %d runs, each the corpus %s (%d traces, %,d steps) %d times"
        + " = %,d steps, after %d warm-up runs; min %,.0f, max %,.0f; %,.0f steps per CPU second)%n", median(rates), runs, String.join(" + ", CORPUS),
        corpus.size(), corpusSteps, rounds, (long) rounds * corpusSteps, warm, rates[0], rates[runs - 1], median(cpu));
    out.flush();
    return median(rates);
  }

  /** The figures of one model's exhaustive conformance: medians in seconds. */
  public record ExhaustiveFigures(double tlcSeconds, double harnessSeconds, long states, long edges) {}

  /**
   * TLC's check of {@code src}'s model with the manifest's TLC options, its state graph dumped into
   * {@code dot}, as {@code conform --exhaustive} runs it; a model that does not pass is an error
   * ({@code why} says what needed it to).
   */
  private static TlcResult checkWithGraph(Path home, Sources src, Path dot, String why)
      throws BenchException, Sources.SourceException, SpecModel.ModelException {
    try {
      src.checkOptions(Manifest.read(home.resolve("spec/manifest.json")).tlcArgs());
    } catch (Manifest.ManifestException noManifest) {
      // TLC's defaults
    }
    TlcResult result = src.check(src.model().cfgText(), dot, m -> { });
    if (result.verdict() != Verdict.PASSED) {
      throw new BenchException("TLC on model " + src.model().name() + ": " + Manifest.describe(result.verdict(), result.property()) + why);
    }
    return result;
  }

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
        TlcResult result = checkWithGraph(home, src, dot, " (the exhaustive figure needs a model that passes)");
        tlc[r] = result.wallTime().toNanos() / 1e9;
        Constants m = SpecModel.engineModel(src.constants());
        long t0 = System.nanoTime();
        Exhaustive ex = new Exhaustive(m, SpecModel.bug(src.constants()), src.constants(), new Coverage(), 3);
        ex.check(dot, Exhaustive.defaultThreads());
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

  /** The model whose state graph {@code bench} saves for the exhaustive figure of {@code bench --quick}. */
  public static final String SAVED_MODEL = "state";

  /** Where the saved graph lives: graph.dot, constants.tla (the model's constants as TLC printed them), spec.txt (the spec files' hashes). */
  public static Path savedGraphDir(Path home) { return home.resolve("target/bench/saved-graph").resolve(SAVED_MODEL); }

  /** The spec files' hashes the saved graph must have been made from (null: no spec here). */
  private static String specHashes(Path home) {
    try {
      return SpecModel.locate(home.resolve("spec"), SAVED_MODEL).hashes().toString();
    } catch (SpecModel.ModelException e) {
      return null;
    }
  }

  /** Is there a saved graph of {@link #SAVED_MODEL} made from the spec as it is now? */
  public static boolean savedGraphCurrent(Path home) {
    Path dir = savedGraphDir(home);
    String hashes = specHashes(home);
    try {
      return hashes != null && Files.isRegularFile(dir.resolve("graph.dot")) && Files.isRegularFile(dir.resolve("constants.tla"))
          && Files.readString(dir.resolve("spec.txt")).equals(hashes);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Saves the state graph of {@link #SAVED_MODEL} under {@link #savedGraphDir} unless a current one
   * is there: TLC checks the model with its graph dumped (minutes), as {@code conform --exhaustive}.
   */
  public static void saveGraph(PrintWriter out, Path home) throws BenchException {
    if (savedGraphCurrent(home)) return;
    out.println("saving the state graph of model " + SAVED_MODEL + " for the exhaustive figure (TLC, once for this spec; minutes) ...");
    out.flush();
    try {
      Tlc tool = Tlc.fromClasspath();
      SpecModel model = SpecModel.locate(home.resolve("spec"), SAVED_MODEL);
      Path work = failover.io.RunDirs.create(home.resolve("target/bench").resolve(SAVED_MODEL));
      Path dot = work.resolve("graph.dot");
      Sources src = new Sources(model, work, tool);
      checkWithGraph(home, src, dot, "");
      Path dir = savedGraphDir(home);
      Files.createDirectories(dir);
      Files.move(dot, dir.resolve("graph.dot"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(dir.resolve("constants.tla"), src.constants().toString());
      Files.writeString(dir.resolve("spec.txt"), model.hashes().toString());
    } catch (TlcException | SpecModel.ModelException | Sources.SourceException | IOException e) {
      throw new BenchException("cannot save the state graph of model " + SAVED_MODEL + ": " + failover.io.Problems.of(e));
    }
  }

  /**
   * Exhaustive conformance over the saved graph ({@link #saveGraph}): every edge both ways, as
   * {@code conform --exhaustive} checks it, {@code runs} times after one warm-up run; prints the
   * figure and returns the median edges per second, or NaN (and a line saying why) when no current
   * graph is saved.
   */
  public static double savedGraph(PrintWriter out, Path home, int runs) throws BenchException {
    if (!savedGraphCurrent(home)) {
      out.println("exhaustive: not measured (no state graph of model " + SAVED_MODEL + " saved for this spec; ./failover bench saves one)");
      out.flush();
      return Double.NaN;
    }
    Path dir = savedGraphDir(home);
    TlaValue.Rec c;
    try {
      c = (TlaValue.Rec) TlaValue.parse(Files.readString(dir.resolve("constants.tla")));
    } catch (IOException | RuntimeException e) {
      throw new BenchException("cannot read " + dir.resolve("constants.tla") + ": " + failover.io.Problems.of(e));
    }
    Constants m = SpecModel.engineModel(c);
    double[] rates = new double[runs], cpu = new double[runs];
    long states = 0, edges = 0;
    int threads = Exhaustive.defaultThreads();
    for (int r = -1; r < runs; r++) {
      long c0 = processCpuNanos(), t0 = System.nanoTime();
      Exhaustive ex = new Exhaustive(m, SpecModel.bug(c), c, new Coverage(), 3);
      try {
        ex.check(dir.resolve("graph.dot"), threads);
      } catch (IOException | StateGraph.GraphException e) {
        throw new BenchException("cannot read the saved graph: " + failover.io.Problems.of(e));
      }
      double sec = (System.nanoTime() - t0) / 1e9;
      if (ex.divergences() > 0) throw new BenchException("the saved graph of model " + SAVED_MODEL + ": " + ex.divergences() + " divergences (run ./failover conform)");
      states = ex.states();
      edges = ex.edges();
      if (r >= 0) {
        rates[r] = edges / sec;
        cpu[r] = (processCpuNanos() - c0) / 1e9;
      }
    }
    double[] sortedCpu = cpu.clone();
    Arrays.sort(rates);
    Arrays.sort(sortedCpu);
    out.printf(Locale.ROOT, "exhaustive %s (saved graph): %,d states, %,d edges, every edge both ways, %d threads: %,.0f edges/s (median of %d runs"
        + " after a warm-up run; min %,.0f, max %,.0f; the process's CPU %.2f s a run, %,.0f edges per CPU second)%n", SAVED_MODEL, states, edges,
        threads, median(rates), runs, rates[0], rates[runs - 1], median(sortedCpu), edges / median(sortedCpu));
    out.flush();
    return median(rates);
  }

  /** CPU time of this process, all threads (ns; the harness's threads and the JVM's own). */
  private static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  public static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
