package failover.cli;

import failover.conform.Conform;
import failover.conform.Exhaustive;
import failover.conform.Itf;
import failover.conform.Replay;
import failover.conform.Sources;
import failover.conform.SpecModel;
import failover.corners.DivergenceScenario;
import failover.engine.SpecDriver;
import failover.io.RunDirs;
import failover.scenario.ScenarioRunner;
import failover.spec.Vocabulary;
import failover.tlc.Judge;
import failover.tlc.Manifest;
import failover.tlc.ModelConfig;
import failover.tlc.StateGraph;
import failover.tlc.Tlc;
import failover.tlc.TlcException;
import failover.tlc.TlcMessage;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code failover conform}: the conformance loop. For each model: TLC checks it (its
 * counterexample, if it is meant to fail, is replayed), TLC simulates random behaviours, the
 * engine replays them; with {@code --exhaustive} every edge of the model's state graph is checked
 * both ways. Then the coverage of the spec's actions and the summary.
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
  public static final List<String> DEFAULT_MODELS = List.of("ci", "state", "mirror", "policy", "files");
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

  private PrintWriter out;

  @Override
  public Integer call() {
    out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(err);
    } catch (RuntimeException e) {
      err.println("failover conform: internal error: " + failover.io.Problems.of(e));
      return TLC_FAILED;
    }
  }

  private int run(PrintWriter err) {
    if (simulate < 0 || simulate > 1_000_000) return usage(err, "--simulate " + simulate + ": must be 0-1000000");
    if (depth < 2 || depth > 10_000) return usage(err, "--depth " + depth + ": must be 2-10000");
    if (jobs != null && (jobs < 1 || jobs > 16)) return usage(err, "--jobs " + jobs + ": must be 1-16");
    for (String m : models) {
      if (!m.matches("[A-Za-z0-9_]+")) return usage(err, "--model '" + m + "': not a model name (letters, digits, _)");
    }
    if (engineBug != null && !Vocabulary.BUGS.contains(engineBug)) {
      return usage(err, "unknown --engine-bug '" + engineBug + "'; one of " + String.join(", ", Vocabulary.BUGS));
    }
    Path home = ProjectHome.find();
    Path specDir = home.resolve("spec");
    // The default run is the whole loop on the three exhaustive models: ci (the failover core),
    // state (configuration and connection replication) and mirror (ci mirrored: group 2's
    // interfaces, group 1's preemption, group 2's bulk sync) between them exercise every spec
    // action and every value of its parameters.
    List<String> checked = models.isEmpty() ? DEFAULT_MODELS : models;
    if (models.isEmpty()) exhaustive = true;
    List<String> simulated = models.isEmpty() ? DEFAULT_MODELS : models;
    List<String> all = new ArrayList<>(checked);
    for (String m : simulated) if (!all.contains(m)) all.add(m);
    List<SpecModel> located = new ArrayList<>();
    for (String name : all) {
      try {
        located.add(SpecModel.locate(specDir, name));
      } catch (SpecModel.ModelException e) {
        return usage(err, e.getMessage());
      }
    }
    Tlc tlc;
    try {
      tlc = Tlc.fromClasspath();
    } catch (TlcException e) {
      err.println("failover conform: " + e.getMessage());
      return TLC_FAILED;
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
      work.add(new ModelJob(model, home, specDir, tlc, tlcArgs, checked.contains(model.name()), simulated.contains(model.name()),
          lanes == 1 ? out : null));
    }
    timings = new ArrayList<>();
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
            err.println("failover conform: interrupted");
            return TLC_FAILED;
          }
          out.print(j.buffer);
          out.flush();
        }
        if (j.error != null) {
          err.println("failover conform: " + j.error);
          return j.errorCode;
        }
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
    boolean complete = c.coverage().complete();
    int code = c.divergences() > 0 ? DIVERGED : checkFailures > 0 ? CHECK_FAILED : !complete ? INCOMPLETE : OK;
    out.println(switch (code) {
      case OK -> "CONFORMS: no divergence, every spec action and parameter value exercised";
      case DIVERGED -> "DIVERGES: " + c.divergences() + " divergence(s)";
      case CHECK_FAILED -> "CHECK FAILED: TLC's result differs from the expected one for " + checkFailures + " model(s)";
      default -> "INCOMPLETE: never exercised: " + String.join(", ", missing(c.coverage()));
    });
    out.flush();
    return code;
  }

  /** The actions never exercised, then the parameter values (of actions that were) never exercised. */
  private static List<String> missing(failover.conform.Coverage cov) {
    List<String> out = new ArrayList<>(cov.missingActions());
    for (String v : cov.missingValues()) if (!out.contains(v.substring(0, v.indexOf('.')))) out.add(v);
    return out;
  }

  private int usage(PrintWriter err, String message) {
    err.println("failover conform: " + message);
    return USAGE;
  }

  /** Per model: the seconds of each phase of the last run (for {@code bench}). */
  public record Timing(String model, double tlcCheck, double exhaustive, double tlcSimulate, double replay, double total) {
    /** TLC's share: its check (with the state graph) and its simulation. */
    public double tlc() { return tlcCheck + tlcSimulate; }
    /** The harness's share: the exhaustive check of every edge and the replay of the behaviours. */
    public double harness() { return exhaustive + replay; }
  }

  private List<Timing> timings = List.of();

  /** The phases of each model of the last run, in the order of the models. */
  public List<Timing> timings() { return List.copyOf(timings); }

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
    String error;
    int errorCode;
    long tlcCheckNanos, exhaustiveNanos, tlcSimulateNanos, replayNanos, totalNanos;

    ModelJob(SpecModel model, Path home, Path specDir, Tlc tlc, List<String> tlcArgs, boolean doCheck, boolean doSimulate, PrintWriter direct) {
      this.model = model;
      this.home = home;
      this.specDir = specDir;
      this.tlc = tlc;
      this.tlcArgs = tlcArgs;
      this.doCheck = doCheck;
      this.doSimulate = doSimulate;
      this.buffer = direct == null ? new java.io.StringWriter() : null;
      this.out = direct != null ? direct : new PrintWriter(buffer, true);
      this.live = ConformCommand.this.out;
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
        error = "cannot create a run directory under " + ProjectHome.show(home, runs) + ": " + failover.io.Problems.of(e);
        errorCode = TLC_FAILED;
        return;
      }
      out.println("model " + model.name() + ": this run's files in " + ProjectHome.show(home, work));
      try {
        Sources src = new Sources(model, work, tlc);
        src.checkOptions(tlcArgs);
        if (!noCheck && doCheck) {
          if (!check(src, work, c, home)) checkFailed = true;
        }
        if (simulate > 0 && doSimulate) simulate(src, c, home);
      } catch (Sources.SourceException e) {
        error = e.getMessage();
        errorCode = e.getMessage().contains("crashed") || e.getMessage().contains("TLC is missing") ? TLC_FAILED : SPEC_ERROR;
      } catch (SpecModel.ModelException e) {
        error = e.getMessage();
        errorCode = SPEC_ERROR;
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
          exp.text(), exhaustive ? ", dumping its state graph" : "");
      out.flush();
      Path dot = exhaustive ? work.resolve("graph.dot") : null;
      long[] lastPrint = {System.nanoTime()};
      long t0 = System.nanoTime();
      TlcResult r = src.check(model.cfgText(), dot, m -> {
        if (m instanceof TlcMessage.Progress p && System.nanoTime() - lastPrint[0] > 10_000_000_000L) {
          lastPrint[0] = System.nanoTime();
          synchronized (live) {
            live.printf(Locale.ROOT, "  %s... TLC: %,d states generated, %,d distinct%n", tag, p.generated(), p.distinct());
            live.flush();
          }
        }
      });
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
      String bug = engineBug != null ? engineBug : SpecModel.bug(src.constants());
      SpecDriver.Model m = SpecModel.engineModel(src.constants());
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

    private static String bugText(String bug) { return "none".equals(bug) ? "" : " built with bug " + bug; }

    private void exhaustive(Sources src, Path dot, SpecDriver.Model m, String bug, Conform c, Path home) {
      out.println("  exhaustive: every edge of the state graph, both ways" + bugText(bug) + " ...");
      out.flush();
      long t0 = System.nanoTime();
      Exhaustive ex = new Exhaustive(m, bug, src.constants(), c.coverage(), 3);
      try {
        StateGraph.read(dot, ex);
        ex.finish();
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
      out.printf("TLC simulates %d behaviours of model %s (depth %d, seed %d, %s) ...%n", simulate, model.name(), depth, seed,
          withinModel ? "inside the model's state constraint" : "beyond the model's state constraint");
      out.flush();
      long t0 = System.nanoTime();
      List<Itf.Trace> traces = src.simulate(simulate, depth, seed, withinModel);
      tlcSimulateNanos += System.nanoTime() - t0;
      out.printf(Locale.ROOT, "  %d behaviours in %.1f s; replaying ...%n", traces.size(), (System.nanoTime() - t0) / 1e9);
      out.flush();
      SpecDriver.Model m = SpecModel.engineModel(src.constants());
      c.coverage().addUniverse(src.constants());
      String bug = engineBug != null ? engineBug : SpecModel.bug(src.constants());
      long before = c.divergences(), steps = c.steps();
      c.resetProgressClock();
      long r0 = System.nanoTime();
      java.util.Set<String> shrunkKinds = new java.util.HashSet<>();
      for (int k = 0; k < traces.size(); k++) {
        if (saveTraces != null) {
          try {
            Itf.write(traces.get(k).withMeta("engineBug", bug), saveTraces.resolve(model.name() + "-s" + seed + "-b" + k + ".itf.json"));
          } catch (IOException e) {
            out.println("  (cannot save into " + saveTraces + ": " + failover.io.Problems.of(e) + ")");
          }
        }
        Replay.Outcome o = c.replay(traces.get(k), "model " + model.name() + " behaviour " + k, m, bug,
            divergenceFile("s" + seed + "-b" + k));
        if (shrink && !o.ok() && shrunkKinds.add(Conform.kind(o.divergence()))) shrink(src, traces.get(k), m, bug, c, home, k);
      }
      replayNanos += System.nanoTime() - r0;
      out.printf(Locale.ROOT, "  model %s: %,d steps replayed, %d divergences%n", model.name(), c.steps() - steps, c.divergences() - before);
    }

    private void shrink(Sources src, Itf.Trace t, SpecDriver.Model m, String bug, Conform c, Path home, int k)
        throws Sources.SourceException, SpecModel.ModelException {
      out.println("  shrinking behaviour " + k + " (" + (t.states().size() - 1) + " steps; TLC re-checks every candidate) ...");
      out.flush();
      long t0 = System.nanoTime();
      failover.conform.Shrink.Result r = failover.conform.Shrink.shrink(src, t, m, bug, 30);
      String name = src.model().name() + "-s" + seed + "-b" + k;
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
