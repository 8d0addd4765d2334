package failover.pipeline;

import failover.conform.Conform;
import failover.conform.Exhaustive;
import failover.conform.Itf;
import failover.conform.Replay;
import failover.conform.Sources;
import failover.conform.SpecModel;
import failover.corners.DivergenceScenario;
import failover.io.RunDirs;
import failover.scenario.ScenarioRunner;
import failover.spec.Constants;
import failover.spec.Vocabulary;
import failover.tlc.Judge;
import failover.tlc.Manifest;
import failover.tlc.ModelConfig;
import failover.tlc.StateGraph;
import failover.tlc.Tlc;
import failover.tlc.TlcException;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pipeline of {@code failover conform}, used by the command, {@code bench} and the tests: for
 * each model, TLC's check (its counterexample, if it is meant to fail, replayed on the engine; with
 * {@code exhaustive} every edge of its state graph checked both ways), TLC's simulation and the
 * engine's replay of each behaviour, divergent behaviours shrunk; then the coverage of the spec's
 * actions and the summary. Each model works in a directory of this run,
 * {@code target/conform/<model>/run-…/}. The models run in lanes; what the run prints goes to its
 * {@link Reporter}'s writer (each model's block whole, in the order of the models; progress lines
 * as they come). It ends with a {@link Result} (its {@link Conclusion}: the command's exit code),
 * or a {@link Failure} when it cannot run to one (2 usage, 3 spec or model wrong, 4 TLC failed).
 */
public final class ConformRun {
  /** The models of the default run. */
  public static final List<String> DEFAULT_MODELS = List.of("ci", "state", "mirror", "policy", "files");

  /** What a run prints, and where. */
  public interface Reporter {
    /** Where the run's text goes: the models' blocks, progress lines (from any lane: a run synchronizes on it), the summary. */
    PrintWriter out();
  }

  /**
   * What to run: {@code models} (empty: {@link #DEFAULT_MODELS}, with {@code exhaustive}), behaviours
   * simulated per model ({@code simulate}, at most {@code depth} states, from {@code seed}), inside the
   * model's constraint or beyond it, without TLC's check ({@code noCheck}), {@code shrink}ing
   * divergences, saving every behaviour into {@code saveTraces} (null: not), {@code jobs} lanes
   * (null: one a core, at most 2), the engine built with {@code engineBug} (null: the model's Bug).
   */
  public record Options(List<String> models, int simulate, int depth, long seed, boolean exhaustive, boolean withinModel,
                        boolean noCheck, boolean shrink, Path saveTraces, Integer jobs, String engineBug) {
    public Options {
      models = List.copyOf(models);
    }

    /** The default run: every default model, checked exhaustively, 150 behaviours each of depth 40, seed 1. */
    public static Options defaults() {
      return new Options(List.of(), 150, 40, 1, false, false, false, false, null, null, null);
    }
  }

  /** How a run that ran to its end came out; the order is the exit code's precedence. */
  public enum Conclusion {
    /** No divergence, TLC's expected results, every action and parameter value exercised (exit 0). */
    CONFORMS,
    /** The engine diverged from the spec (exit 1). */
    DIVERGES,
    /** No divergence, but TLC's check of a model gave another result than expected (exit 6). */
    CHECK_FAILED,
    /** No divergence, but some spec action or parameter value was never exercised (exit 5). */
    INCOMPLETE
  }

  /** A run's outcome: its conclusion, the counts, the coverage and each model's time per phase. */
  public record Result(Conclusion conclusion, long divergences, int checkFailures, failover.conform.Coverage coverage,
                       List<Timing> timings) {}

  private final Path home;
  private final PrintWriter out;

  /** Runs on the project at {@code home}, printing to {@code reporter}. */
  public ConformRun(Path home, Reporter reporter) {
    this.home = home;
    this.out = reporter.out();
  }

  /** {@code path} relative to the project root when it is inside it, for messages. */
  private String show(Path path) {
    Path p = path.toAbsolutePath().normalize();
    return p.startsWith(home) ? home.relativize(p).toString() : p.toString();
  }

  /** Runs the conformance loop; throws a {@link Failure} (2, 3, 4) when it cannot run to its verdict. */
  public Result run(Options o) {
    List<String> models = o.models();
    int simulate = o.simulate(), depth = o.depth();
    Integer jobs = o.jobs();
    boolean exhaustive = o.exhaustive();
    if (simulate < 0 || simulate > 1_000_000) throw new Failure.Usage("--simulate " + simulate + ": must be 0-1000000");
    if (depth < 2 || depth > 10_000) throw new Failure.Usage("--depth " + depth + ": must be 2-10000");
    if (jobs != null && (jobs < 1 || jobs > 16)) throw new Failure.Usage("--jobs " + jobs + ": must be 1-16");
    for (String m : models) {
      if (!m.matches("[A-Za-z0-9_]+")) throw new Failure.Usage("--model '" + m + "': not a model name (letters, digits, _)");
    }
    if (o.engineBug() != null && !Vocabulary.BUGS.contains(o.engineBug())) {
      throw new Failure.Usage("unknown --engine-bug '" + o.engineBug() + "'; one of " + String.join(", ", Vocabulary.BUGS));
    }
    Path specDir = home.resolve("spec");
    // The default run is the whole loop on the three exhaustive models: ci (the failover core),
    // state (configuration and connection replication) and mirror (ci mirrored: group 2's
    // interfaces, group 1's preemption, group 2's bulk sync) between them exercise every spec
    // action and every value of its parameters.
    List<String> checked = models.isEmpty() ? DEFAULT_MODELS : models;
    if (models.isEmpty()) exhaustive = true;
    Options opts = new Options(models, simulate, depth, o.seed(), exhaustive, o.withinModel(), o.noCheck(), o.shrink(),
        o.saveTraces(), jobs, o.engineBug());
    List<String> simulated = models.isEmpty() ? DEFAULT_MODELS : models;
    List<String> all = new ArrayList<>(checked);
    for (String m : simulated) if (!all.contains(m)) all.add(m);
    List<SpecModel> located = new ArrayList<>();
    for (String name : all) {
      try {
        located.add(SpecModel.locate(specDir, name));
      } catch (SpecModel.ModelException e) {
        throw new Failure.Usage(e.getMessage());
      }
    }
    Tlc tlc;
    try {
      tlc = Tlc.fromClasspath();
    } catch (TlcException e) {
      throw new Failure.TlcFailed(e.getMessage());
    }
    long start = System.nanoTime();
    Conform c = new Conform(out, home, 1);
    int checkFailures = 0;
    List<String> tlcArgs;
    try {
      tlcArgs = Manifest.read(specDir.resolve("manifest.json")).tlcArgs();
    } catch (Manifest.ManifestException noManifest) {
      tlcArgs = List.of(); // TLC's defaults
    }
    // Each model is a job (TLC's check with its state graph, the exhaustive check, simulation and
    // replay), run in lanes: one model a core, longest first. A job writes into its own block,
    // printed whole, in the order of the models, once it and the ones before it are done; TLC
    // runs with one worker in each (its dump is read in the order one worker writes it, and a
    // seed reproduces its simulation).
    int lanes = Math.max(1, Math.min(jobs != null ? jobs : Math.min(2, Runtime.getRuntime().availableProcessors()), located.size()));
    List<ModelJob> work = new ArrayList<>();
    for (SpecModel model : located) {
      work.add(new ModelJob(opts, model, home, specDir, tlc, tlcArgs, checked.contains(model.name()), simulated.contains(model.name()),
          lanes == 1 ? out : null));
    }
    List<Timing> timings = new ArrayList<>();
    if (lanes > 1) {
      out.println("models " + String.join(", ", all) + " in " + lanes + " lanes (each model's block is printed when it is done, in this order) ...");
      out.flush();
    }
    java.util.concurrent.ExecutorService pool = lanes == 1 ? null : java.util.concurrent.Executors.newFixedThreadPool(lanes, r -> {
      Thread t = new Thread(r, "conform-lane");
      t.setDaemon(true);
      return t;
    });
    try {
      List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
      if (pool != null) {
        List<ModelJob> longestFirst = new ArrayList<>(work);
        longestFirst.sort(java.util.Comparator.comparingDouble((ModelJob j) -> -expectedSeconds(home, j.model.name())));
        java.util.Map<ModelJob, java.util.concurrent.Future<?>> byJob = new java.util.HashMap<>();
        for (ModelJob j : longestFirst) byJob.put(j, pool.submit(j::run));
        for (ModelJob j : work) futures.add(byJob.get(j));
      }
      for (int i = 0; i < work.size(); i++) {
        ModelJob j = work.get(i);
        if (pool == null) {
          j.run();
        } else {
          try {
            futures.get(i).get();
          } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure.TlcFailed("interrupted");
          }
          out.print(j.buffer);
          out.flush();
        }
        if (j.error != null) throw j.error;
        if (j.checkFailed) checkFailures++;
        c.addAll(j.c);
        timings.add(j.timing());
      }
    } finally {
      if (pool != null) pool.shutdownNow();
    }
    out.println();
    out.println("coverage (steps replayed per spec action):");
    out.print(c.coverage().render());
    out.println("summary:");
    for (String l : c.summary()) out.println("  " + l);
    for (String l : c.kindLines()) out.println("    " + l);
    if (timings.size() > 1) {
      out.println("  time per model (s):       TLC check  exhaustive  TLC simulation  replay   model");
      for (Timing t : timings) {
        out.printf(Locale.ROOT, "    %-22s %9.1f  %10.1f  %14.1f  %6.1f  %6.1f%n", t.model(), t.tlcCheck(), t.exhaustive(), t.tlcSimulate(), t.replay(), t.total());
      }
    }
    out.printf(Locale.ROOT, "  whole run: %.1f s%s%n", (System.nanoTime() - start) / 1e9, lanes > 1 ? " (" + lanes + " lanes)" : "");
    Conclusion conclusion = c.divergences() > 0 ? Conclusion.DIVERGES : checkFailures > 0 ? Conclusion.CHECK_FAILED
        : !c.coverage().complete() ? Conclusion.INCOMPLETE : Conclusion.CONFORMS;
    out.println(switch (conclusion) {
      case CONFORMS -> "CONFORMS: no divergence, every spec action and parameter value exercised";
      case DIVERGES -> "DIVERGES: " + c.divergences() + " divergence(s)";
      case CHECK_FAILED -> "CHECK FAILED: TLC's result differs from the expected one for " + checkFailures + " model(s)";
      case INCOMPLETE -> "INCOMPLETE: never exercised: " + String.join(", ", missing(c.coverage()));
    });
    out.flush();
    return new Result(conclusion, c.divergences(), checkFailures, c.coverage(), List.copyOf(timings));
  }

  /** The actions never exercised, then the parameter values (of actions that were) never exercised. */
  private static List<String> missing(failover.conform.Coverage cov) {
    List<String> out = new ArrayList<>(cov.missingActions());
    for (String v : cov.missingValues()) if (!out.contains(v.substring(0, v.indexOf('.')))) out.add(v);
    return out;
  }

  /** Per model: the seconds of each phase of the last run (for {@code bench}). */
  public record Timing(String model, double tlcCheck, double exhaustive, double tlcSimulate, double replay, double total) {
    /** TLC's share: its check (with the state graph) and its simulation. */
    public double tlc() { return tlcCheck + tlcSimulate; }
    /** The harness's share: the exhaustive check of every edge and the replay of the behaviours. */
    public double harness() { return exhaustive + replay; }
  }

  /** The model's wall time in the manifest (to start the longest first), 0 when unknown. */
  private static double expectedSeconds(Path home, String model) {
    try {
      return Manifest.read(home.resolve("spec/manifest.json")).model(model).map(m -> m.seconds().orElse(0)).orElse(0.0);
    } catch (Manifest.ManifestException e) {
      return 0;
    }
  }

  /**
   * One model's part of the run: TLC's check (its counterexample replayed; its state graph checked
   * both ways with --exhaustive), simulation and replay. It prints into its own block (or straight
   * to standard output when the models run one after another) and counts into its own
   * {@link Conform}, added to the run's when the block is printed.
   */
  private final class ModelJob {
    final Options opt;
    final SpecModel model;
    final Path home, specDir;
    final Tlc tlc;
    final List<String> tlcArgs;
    final boolean doCheck, doSimulate;
    final java.io.StringWriter buffer;
    final PrintWriter out;
    /** Progress lines while the job runs: standard output, tagged with the model when in a lane. */
    final PrintWriter live;
    final String tag;
    final Conform c;
    boolean checkFailed;
    /** This run's directory for the model: TLC's files, the state graph, divergent traces. */
    Path work;
    /** Why the model's part could not run to its end (null: it did). */
    Failure error;
    long tlcCheckNanos, exhaustiveNanos, tlcSimulateNanos, replayNanos, totalNanos;

    ModelJob(Options o, SpecModel model, Path home, Path specDir, Tlc tlc, List<String> tlcArgs, boolean doCheck, boolean doSimulate, PrintWriter direct) {
      this.opt = o;
      this.model = model;
      this.home = home;
      this.specDir = specDir;
      this.tlc = tlc;
      this.tlcArgs = tlcArgs;
      this.doCheck = doCheck;
      this.doSimulate = doSimulate;
      this.buffer = direct == null ? new java.io.StringWriter() : null;
      this.out = direct != null ? direct : new PrintWriter(buffer, true);
      this.live = ConformRun.this.out;
      this.tag = direct != null ? "" : "[" + model.name() + "] ";
      this.c = new Conform(out, home, 1);
    }

    Timing timing() {
      return new Timing(model.name(), tlcCheckNanos / 1e9, exhaustiveNanos / 1e9, tlcSimulateNanos / 1e9, replayNanos / 1e9, totalNanos / 1e9);
    }

    void run() {
      long t0 = System.nanoTime();
      Path runs = home.resolve("target/conform").resolve(model.name());
      try {
        work = RunDirs.create(runs);
      } catch (IOException e) {
        error = new Failure.TlcFailed("cannot create a run directory under " + show(runs) + ": " + failover.io.Problems.of(e));
        return;
      }
      out.println("model " + model.name() + ": this run's files in " + show(work));
      try {
        Sources src = new Sources(model, work, tlc);
        src.checkOptions(tlcArgs);
        if (!opt.noCheck() && doCheck) {
          if (!check(src, work, c, home)) checkFailed = true;
        }
        if (opt.simulate() > 0 && doSimulate) simulate(src, c, home);
      } catch (Sources.SourceException e) {
        error = switch (e.kind()) {
          case SPEC -> new Failure.SpecWrong(e.getMessage());
          case TLC -> new Failure.TlcFailed(e.getMessage());
        };
      } catch (SpecModel.ModelException e) {
        error = new Failure.SpecWrong(e.getMessage());
      }
      totalNanos = System.nanoTime() - t0;
      if (error == null) {
        out.printf(Locale.ROOT, "  model %s: %.1f s (TLC check %.1f s, exhaustive %.1f s, TLC simulation %.1f s, replay %.1f s)%n",
            model.name(), totalNanos / 1e9, tlcCheckNanos / 1e9, exhaustiveNanos / 1e9, tlcSimulateNanos / 1e9, replayNanos / 1e9);
      }
      out.flush();
    }

    /** TLC's check of the model (with its state graph for --exhaustive); true when TLC gave the expected result. */
    private boolean check(Sources src, Path work, Conform c, Path home) throws Sources.SourceException, SpecModel.ModelException {
      SpecModel model = src.model();
      Expectation exp = expectation(model, home);
      out.printf("TLC checks model %s (%s, module %s), expecting %s%s ...%n", model.name(), model.config(), model.module(),
          exp.text(), opt.exhaustive() ? ", dumping its state graph" : "");
      out.flush();
      Path dot = opt.exhaustive() ? work.resolve("graph.dot") : null;
      long t0 = System.nanoTime();
      TlcResult r;
      try (Progress progress = new Progress(this::liveLine, tag)) {
        src.onStart(progress::started);
        r = src.check(model.cfgText(), dot, progress::seen);
      } finally {
        src.onStart(null);
      }
      // The decision of `failover check` (Judge): TLC 2.18 names no violated temporal property, so
      // the cfg's only PROPERTY is meant, or the expected one is checked alone.
      ModelConfig cfg = ModelConfig.parse(model.cfgText());
      TlcResult alone = null;
      if (exp.verdict() != null && Judge.needsAloneRun(r, cfg, exp.expected())) {
        String p = exp.property().get();
        out.printf("  TLC does not say which of the %d temporal properties is violated; checking %s alone ...%n", cfg.properties().size(), p);
        out.flush();
        alone = src.check(ModelConfig.withOnlyProperty(model.cfgText(), p), null, m -> { });
      }
      tlcCheckNanos += System.nanoTime() - t0;
      Judge.Named named = Judge.name(r, cfg, exp.expected(), alone);
      String got = Manifest.describe(r.verdict(), named.property()) + named.note();
      boolean asExpected = exp.verdict() == null ? r.verdict() != Verdict.PASSED
          : Judge.asExpected(exp.expected(), r.verdict(), named.property());
      out.printf(Locale.ROOT, "  TLC: %s; %,d states generated, %,d distinct, depth %d, %.1f s%s%n", got, r.generated(), r.distinct(),
          r.depth(), r.wallTime().toMillis() / 1000.0, asExpected ? "" : "  -- NOT AS EXPECTED (" + exp.text() + ")");
      String bug = opt.engineBug() != null ? opt.engineBug() : SpecModel.bug(src.constants());
      Constants m = SpecModel.engineModel(src.constants());
      c.coverage().addUniverse(src.constants());
      Itf.Trace cex = src.counterexample(named.source());
      if (cex != null) {
        // written in this run's directory, then published (whole, in one step) where users look for it
        Path file = home.resolve("target/conform").resolve(model.name()).resolve("counterexample.itf.json");
        try {
          Path own = work.resolve("counterexample.itf.json");
          Itf.write(cex.withMeta("engineBug", bug), own);
          RunDirs.publish(own, file);
        } catch (IOException e) {
          out.println("  (cannot save " + file + ": " + failover.io.Problems.of(e) + ")");
        }
        Replay.Outcome o = c.replay(cex, "the counterexample of model " + model.name() + " (" + c.show(file) + ")", m, bug, divergenceFile("cex"));
        if (o.ok()) out.println("  counterexample (" + cex.states().size() + " states) replayed on the engine" + bugText(bug) + ": conforms");
      }
      if (dot != null && r.verdict() == Verdict.PASSED) exhaustive(src, dot, m, bug, c, home);
      else if (dot != null) out.println("  (no exhaustive check: TLC's check did not pass, so its state graph is partial)");
      return asExpected;
    }

    /** Where a divergent trace of this model goes: this run's directory, never a tracked folder. */
    private Path divergenceFile(String what) {
      return work.resolve("divergence-" + model.name() + "-" + what + ".itf.json");
    }

    /** A progress line, at once, on the run's output (lanes print their blocks later). */
    private void liveLine(String line) {
      synchronized (live) {
        live.println(line);
        live.flush();
      }
    }

    private static String bugText(String bug) { return "none".equals(bug) ? "" : " built with bug " + bug; }

    private void exhaustive(Sources src, Path dot, Constants m, String bug, Conform c, Path home) {
      out.println("  exhaustive: every edge of the state graph, both ways" + bugText(bug) + " ...");
      out.flush();
      long t0 = System.nanoTime();
      Exhaustive ex = new Exhaustive(m, bug, src.constants(), c.coverage(), 3);
      try {
        ex.check(dot, Exhaustive.defaultThreads());
      } catch (IOException | StateGraph.GraphException e) {
        out.println("  cannot read the state graph: " + failover.io.Problems.of(e));
        c.addDivergences(1);
        return;
      }
      exhaustiveNanos += System.nanoTime() - t0;
      double sec = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "  exhaustive: %,d states, %,d spec steps checked (%,d with more than one matching parameter choice), %d divergences, %.1f s%n",
          ex.states(), ex.edges(), ex.ambiguous(), ex.divergences(), sec);
      c.addDivergences(ex.divergences());
      int k = 0;
      for (Exhaustive.Finding f : ex.findings()) {
        Itf.Trace t;
        try {
          t = new Itf.Trace(src.meta("TLC state graph (path to a divergence)"), Vocabulary.VARIABLES, f.path(), -1)
              .withMeta("divergence", String.join("\n", f.lines())).withMeta("engineBug", bug);
        } catch (SpecModel.ModelException e) {
          t = null;
        }
        c.report(f, src.model().name(), t, t == null ? null : divergenceFile("graph-" + (k++)));
      }
    }

    private void simulate(Sources src, Conform c, Path home) throws Sources.SourceException, SpecModel.ModelException {
      SpecModel model = src.model();
      out.printf("TLC simulates %d behaviours of model %s (depth %d, seed %d, %s) ...%n", opt.simulate(), model.name(), opt.depth(), opt.seed(),
          opt.withinModel() ? "inside the model's state constraint" : "beyond the model's state constraint");
      out.flush();
      long t0 = System.nanoTime();
      List<Itf.Trace> traces = src.simulate(opt.simulate(), opt.depth(), opt.seed(), opt.withinModel());
      tlcSimulateNanos += System.nanoTime() - t0;
      out.printf(Locale.ROOT, "  %d behaviours in %.1f s; replaying ...%n", traces.size(), (System.nanoTime() - t0) / 1e9);
      out.flush();
      Constants m = SpecModel.engineModel(src.constants());
      c.coverage().addUniverse(src.constants());
      String bug = opt.engineBug() != null ? opt.engineBug() : SpecModel.bug(src.constants());
      long before = c.divergences(), steps = c.steps();
      c.resetProgressClock();
      long r0 = System.nanoTime();
      java.util.Set<String> shrunkKinds = new java.util.HashSet<>();
      for (int k = 0; k < traces.size(); k++) {
        if (opt.saveTraces() != null) {
          try {
            Itf.write(traces.get(k).withMeta("engineBug", bug), opt.saveTraces().resolve(model.name() + "-s" + opt.seed() + "-b" + k + ".itf.json"));
          } catch (IOException e) {
            out.println("  (cannot save into " + opt.saveTraces() + ": " + failover.io.Problems.of(e) + ")");
          }
        }
        Replay.Outcome o = c.replay(traces.get(k), "model " + model.name() + " behaviour " + k, m, bug,
            divergenceFile("s" + opt.seed() + "-b" + k));
        if (opt.shrink() && !o.ok() && shrunkKinds.add(Conform.kind(o.divergence()))) shrink(src, traces.get(k), m, bug, c, home, k);
      }
      replayNanos += System.nanoTime() - r0;
      out.printf(Locale.ROOT, "  model %s: %,d steps replayed, %d divergences%n", model.name(), c.steps() - steps, c.divergences() - before);
    }

    private void shrink(Sources src, Itf.Trace t, Constants m, String bug, Conform c, Path home, int k)
        throws Sources.SourceException, SpecModel.ModelException {
      out.println("  shrinking behaviour " + k + " (" + (t.states().size() - 1) + " steps; TLC re-checks every candidate) ...");
      out.flush();
      long t0 = System.nanoTime();
      failover.conform.Shrink.Result r = failover.conform.Shrink.shrink(src, t, m, bug, 30);
      String name = src.model().name() + "-s" + opt.seed() + "-b" + k;
      Path file = work.resolve("shrunk").resolve(name + ".itf.json");
      Path scenarioFile = work.resolve("shrunk").resolve(name + ".scenario");
      Itf.Trace shrunk = r.trace().withMeta("engineBug", bug);
      try {
        Itf.write(shrunk, file);
      } catch (IOException e) {
        out.println("  (cannot save " + file + ": " + failover.io.Problems.of(e) + ")");
        return;
      }
      out.printf(Locale.ROOT, "  shrunk to %d steps (%d TLC runs, %.1f s): %s%n", r.trace().states().size() - 1, r.tlcRuns(),
          (System.nanoTime() - t0) / 1e9, c.show(file));
      for (int i = 1; i < r.trace().states().size(); i++) out.println("    " + i + ". " + failover.conform.Actions.show(r.trace().states().get(i).get("act")));
      for (String l : r.divergence().lines()) out.println("    " + l);
      out.println("  reproduce: ./failover replay " + c.show(file));
      out.println("  to keep it as a known divergence: move it and its scenario into traces/divergences/");
      // ... and as a scenario: the spec's behaviour in the ASA's command language, expecting what the spec shows
      try {
        DivergenceScenario.Written w = DivergenceScenario.write(shrunk, r.divergence(), bug, c.show(file));
        DivergenceScenario.save(w, scenarioFile);
        out.println("  as a scenario: " + c.show(scenarioFile) + " (./failover play " + c.show(scenarioFile) + ")"
            + ("none".equals(bug) ? "" : " -- on the engine built with bug " + bug));
        out.println(w.failsOnEngine() ? "    on the engine: " + ScenarioRunner.headline(w.onEngine()).replaceFirst("^FAIL divergence", "FAIL")
            : "    note: it passes on the engine: the divergence is in what a scenario cannot check (timers, linkLost)");
      } catch (IOException | Itf.ItfException e) {
        out.println("  (cannot write the scenario " + scenarioFile + ": " + failover.io.Problems.of(e) + ")");
      }
    }

  }


  private record Expectation(Verdict verdict, Optional<String> property, String text) {
    Manifest.Expected expected() { return new Manifest.Expected(verdict, property); }
  }

  /** The manifest's expected result, or: pass for a correct model, some violation for a bug model. */
  private static Expectation expectation(SpecModel model, Path home) {
    try {
      var found = Manifest.read(home.resolve("spec/manifest.json")).model(model.name());
      if (found.isPresent()) {
        var e = found.get().expected();
        return new Expectation(e.verdict(), e.property(), e.toString());
      }
    } catch (Manifest.ManifestException noManifest) {
      // fall through
    }
    if (model.name().startsWith("bug_") || model.name().startsWith("debug_")) {
      return new Expectation(null, Optional.empty(), "a violation");
    }
    return new Expectation(Verdict.PASSED, Optional.empty(), "pass");
  }
}
