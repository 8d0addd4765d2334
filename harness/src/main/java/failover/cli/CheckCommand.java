package failover.cli;

import failover.tlc.Judge;
import failover.tlc.Manifest;
import failover.tlc.ModelConfig;
import failover.tlc.Tlc;
import failover.tlc.TlcErrors;
import failover.tlc.TlcException;
import failover.tlc.TlcLiveStatistics;
import failover.tlc.TlcMessage;
import failover.tlc.TlcRequest;
import failover.tlc.TlcResult;
import failover.tlc.Trace;
import failover.tlc.TraceTable;
import failover.tlc.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code failover check [--model NAME] [--workers N]}: model-checks one model of
 * {@code spec/manifest.json} with TLC (through {@link Tlc}) and compares the result with the
 * manifest's expectation.
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
    footer = {"%nTLC runs in a child JVM in spec/; its files go under target/tlc/<model>/.",
        "With --distributed, TLC's server runs in a child JVM on a copy of spec/ under"
            + " target/tlc/<model>-distributed/, with the model's cfg reduced to its invariants and action"
            + " properties (safety): liveness is not checked, and a model expected to violate a temporal"
            + " property is a usage error (2). A violation is 11 (deadlock) or 12; the server does not name"
            + " the property, a local worker does. 4 also when --port is in use."})
public final class CheckCommand implements Callable<Integer> {
  public static final int OK = 0, UNEXPECTED = 1, USAGE = 2, SPEC_ERROR = 3, TLC_FAILED = 4,
      ASSUMPTION = 10, DEADLOCK = 11, SAFETY = 12, LIVENESS = 13;

  /** The spec's history variable (docs/design.md): the action just taken, with its parameters. */
  static final String HISTORY = "act";
  static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "NAME", description = "model of spec/manifest.json (default: ${DEFAULT-VALUE})")
  String model = "ci";

  @Option(names = "--workers", paramLabel = "N", description = "TLC worker threads (default: ${DEFAULT-VALUE})")
  int workers = 1;

  @Mixin DistributedCheck.Options distributed = new DistributedCheck.Options();

  @Override
  public Integer call() {
    try {
      return check();
    } catch (RuntimeException e) { // a bug of ours: still one line, no stack trace
      return fail(spec.commandLine().getErr(), TLC_FAILED, "internal error: " + failover.io.Problems.of(e));
    }
  }

  private int check() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String distributedProblem = distributed.problem(workers);
    if (distributedProblem != null) return fail(err, USAGE, distributedProblem);
    if (distributed.on) return DistributedCheck.run(out, err, distributed, model);
    if (workers < 1) return fail(err, USAGE, "--workers must be at least 1, not " + workers);
    if (workers > maxWorkers()) {
      return fail(err, USAGE, "--workers " + workers + ": at most " + maxWorkers() + " on this machine (4 a processor, 64 in all)");
    }
    Path home = ProjectHome.find();
    Manifest manifest;
    try {
      manifest = Manifest.read(home.resolve("spec/manifest.json"));
    } catch (Manifest.ManifestException e) {
      return fail(err, USAGE, e.getMessage());
    }
    Optional<Manifest.Model> found = manifest.model(model);
    if (found.isEmpty()) {
      return fail(err, USAGE, "unknown model '" + model + "'; known models: " + String.join(", ", manifest.names()));
    }
    Manifest.Model m = found.get();
    Path cfg = manifest.directory().resolve(m.config());
    ModelConfig checks;
    try {
      checks = ModelConfig.read(cfg);
    } catch (IOException e) {
      return fail(err, SPEC_ERROR, "model " + m.name() + ": cannot read " + ProjectHome.show(home, cfg));
    }
    Tlc tlc;
    try {
      tlc = Tlc.fromClasspath();
    } catch (TlcException e) {
      return fail(err, TLC_FAILED, e.getMessage());
    }
    Path metaDir = home.resolve("target/tlc").resolve(m.name());
    try {
      deleteTree(metaDir);
    } catch (IOException e) {
      return fail(err, TLC_FAILED, "cannot clear " + metaDir + ": " + failover.io.Problems.of(e));
    }
    out.printf("Checking model %s (%s, module %s) with TLC, %d worker%s; expecting %s%s%n", m.name(),
        ProjectHome.show(home, cfg), m.module(), workers, workers == 1 ? "" : "s", m.expected(),
        m.distinctStates().isPresent() ? String.format(" with %,d distinct states", m.distinctStates().getAsLong()) : "");
    out.flush();

    String[] tlcArgs = manifest.tlcArgs().toArray(new String[0]);
    TlcRequest request = TlcRequest.check(manifest.directory(), m.module(), m.config(), workers, metaDir)
        .withOptions(tlcArgs);
    TlcResult result;
    TlcResult alone = null;
    try {
      result = run(tlc, request, out);
      Optional<String> p = m.expected().property();
      if (Judge.needsAloneRun(result, checks, m.expected())) {
        // TLC 2.18 does not name the temporal property it found violated: check the expected one alone.
        out.printf("TLC does not say which of the %d temporal properties is violated; checking %s alone%n",
            checks.properties().size(), p.get());
        out.flush();
        Path onlyCfg = metaDir.resolve("only-" + p.get() + ".cfg");
        Files.writeString(onlyCfg, ModelConfig.withOnlyProperty(Files.readString(cfg), p.get()));
        alone = run(tlc, TlcRequest.check(manifest.directory(), m.module(), onlyCfg.toString(), workers,
            metaDir.resolve("only-" + p.get())).withOptions(tlcArgs), out);
      }
    } catch (TlcException e) {
      return fail(err, TLC_FAILED, e.getMessage());
    } catch (IOException e) {
      return fail(err, TLC_FAILED, "cannot write a cfg under " + metaDir + ": " + failover.io.Problems.of(e));
    }
    return report(out, err, home, m, cfg, checks, result, alone);
  }

  private static TlcResult run(Tlc tlc, TlcRequest request, PrintWriter out) throws TlcException {
    Progress progress = new Progress(out);
    try {
      return tlc.run(request, progress::seen, new TlcResult.Collector(), progress::started);
    } finally {
      progress.stop();
    }
  }

  /**
   * Prints the summary and trace; returns the exit code. {@code alone} is the result of checking
   * the expected temporal property alone, when TLC did not say which property it found violated.
   */
  private int report(PrintWriter out, PrintWriter err, Path home, Manifest.Model m, Path cfgFile,
                     ModelConfig checks, TlcResult r, TlcResult alone) {
    switch (r.verdict()) {
      case PARSE_ERROR, CONFIG_ERROR -> {
        return fail(err, SPEC_ERROR, TlcErrors.describe(r, cfgFile, new TlcErrors.Names(home, home.resolve("spec"))).orElseThrow());
      }
      case CRASHED -> {
        return fail(err, TLC_FAILED, "TLC crashed (exit " + r.exitCode() + "): " + oneLine(r.problems()));
      }
      default -> { }
    }

    // TLC 2.18 does not name the temporal property a counterexample violates (Judge names it).
    Judge.Named named = Judge.name(r, checks, m.expected(), alone);
    Optional<String> property = named.property();
    Trace trace = named.trace();
    String note = named.note();
    out.println();
    out.printf("Result:           %s%s%n", Manifest.describe(r.verdict(), property), note);
    out.printf("States generated: %s%n", count(r.generated()));
    out.printf("Distinct states:  %s%n", count(r.distinct()));
    out.printf("Depth:            %s%s%n", r.depth() < 0 ? "(not reported)" : Integer.toString(r.depth()),
        m.depth().isPresent() ? " (manifest: " + m.depth().getAsInt() + ")" : "");
    out.printf("Wall time:        %.1f s%s%s%n", r.wallTime().toMillis() / 1000.0,
        alone == null ? "" : String.format(" (and %.1f s checking %s alone)", alone.wallTime().toMillis() / 1000.0,
            m.expected().property().get()),
        m.seconds().isPresent() ? String.format(" (manifest: %.1f s)", m.seconds().getAsDouble()) : "");
    if (!trace.isEmpty()) {
      out.println();
      out.printf("Trace (%d states):%n", trace.states().size());
      out.print(TraceTable.render(trace, HISTORY));
    }
    if (r.verdict() == Verdict.EVALUATION_ERROR) {
      return fail(err, SPEC_ERROR, TlcErrors.describe(r, cfgFile, new TlcErrors.Names(home, home.resolve("spec"))).orElseThrow());
    }
    out.println();
    out.flush();

    Manifest.Expected expected = m.expected();
    if (!Judge.asExpected(expected, r.verdict(), property)) {
      int code = switch (r.verdict()) {
        case ASSUMPTION_FALSE -> ASSUMPTION;
        case DEADLOCK -> DEADLOCK;
        case INVARIANT_VIOLATED, ACTION_PROPERTY_VIOLATED, ASSERT_FAILED -> SAFETY;
        case TEMPORAL_VIOLATED -> LIVENESS;
        case PASSED, EVALUATION_ERROR, PARSE_ERROR, CONFIG_ERROR, CRASHED -> UNEXPECTED;
      };
      return fail(err, code, "model " + m.name() + ": expected " + expected + ", but TLC found "
          + Manifest.describe(r.verdict(), property) + note);
    }
    if (m.distinctStates().isEmpty()) {
      out.printf("OK: model %s: %s, as expected (the manifest records no distinct state count).%n", m.name(), expected);
      return OK;
    }
    long want = m.distinctStates().getAsLong();
    if (r.verdict().isViolation() && workers > 1) {
      // with several workers, how many states TLC has found when one of them hits the violation varies
      out.printf("OK: model %s: %s, as expected. Distinct states not compared: with %d workers TLC stops at a"
          + " violation after a varying number of states (the manifest's %,d is for 1 worker).%n",
          m.name(), expected, workers, want);
      return OK;
    }
    if (r.distinct() != want) {
      return fail(err, UNEXPECTED, String.format("model %s: %s as expected, but %,d distinct states where the"
          + " manifest says %,d", m.name(), expected, r.distinct(), want));
    }
    out.printf("OK: model %s: %s, as expected, with %,d distinct states.%n", m.name(), expected, want);
    return OK;
  }

  /** The most TLC workers {@code check} starts: 4 a processor, at most 64 (each holds files and threads open). */
  static int maxWorkers() { return Math.min(64, 4 * Runtime.getRuntime().availableProcessors()); }

  private static int fail(PrintWriter err, int code, String message) {
    err.println("failover check: " + message);
    err.flush();
    return code;
  }

  private static String count(long n) { return n < 0 ? "(not reported)" : String.format("%,d", n); }

  /** The first lines of TLC's messages, folded to one line. */
  private static String oneLine(List<String> texts) {
    String all = String.join(" ", texts).replaceAll("\\s+", " ").strip();
    if (all.isEmpty()) return "no message";
    return all.length() <= 300 ? all : all.substring(0, 297) + "...";
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  /**
   * Prints a progress line every {@link #PROGRESS_EVERY}: the live counts read from TLC over JMX
   * ({@link TlcLiveStatistics}), or else TLC's latest report (TLC reports once a minute), with
   * what TLC is doing (parsing, computing initial states, searching, checking temporal properties).
   */
  private static final class Progress {
    private record Seen(TlcMessage.Progress report, long at, String phase) {}

    private final PrintWriter out;
    private final long start = System.nanoTime();
    private final AtomicReference<Seen> last = new AtomicReference<>(new Seen(null, 0, "starting"));
    private final AtomicReference<ProcessHandle> process = new AtomicReference<>();
    private TlcLiveStatistics live; // used on the timer thread only
    private boolean attachTried;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "check-progress");
      t.setDaemon(true);
      return t;
    });

    Progress(PrintWriter out) {
      this.out = out;
      long every = PROGRESS_EVERY.toMillis();
      timer.scheduleAtFixedRate(this::print, every, every, TimeUnit.MILLISECONDS);
    }

    void started(ProcessHandle p) { process.set(p); }

    void seen(TlcMessage m) {
      String phase = switch (m.code()) {
        case TlcMessage.SANY_START -> "parsing the spec";
        case TlcMessage.SANY_END -> "evaluating constants and assumptions";
        case 2189 -> "computing initial states";        // TLC_COMPUTING_INIT
        case 2190 -> "searching";                        // TLC_INIT_GENERATED1: initial states done
        case 2192 -> "checking temporal properties";     // TLC_CHECKING_TEMPORAL_PROPS
        case 2267 -> "searching";                        // TLC_CHECKING_TEMPORAL_PROPS_END
        default -> null;
      };
      if (m instanceof TlcMessage.Progress p) last.updateAndGet(s -> new Seen(p, System.nanoTime(), s.phase()));
      else if (phase != null) last.updateAndGet(s -> new Seen(s.report(), s.at(), phase));
    }

    private void print() {
      Seen s = last.get();
      String now = clock(System.nanoTime());
      if (!attachTried && process.get() != null) {
        attachTried = true;
        live = TlcLiveStatistics.attach(process.get()).orElse(null);
      }
      Optional<TlcLiveStatistics.Snapshot> counts = live == null ? Optional.empty() : live.read();
      if (counts.isPresent()) {
        TlcLiveStatistics.Snapshot c = counts.get();
        out.printf("  [%s] %s: %,d states generated, %,d distinct, %,d on queue, depth %d%n",
            now, s.phase(), c.generated(), c.distinct(), c.queue(), c.depth());
      } else if (s.report() != null) {
        TlcMessage.Progress p = s.report();
        out.printf("  [%s] %s: %,d states generated, %,d distinct, %,d on queue, depth %d (TLC's report at %s)%n",
            now, s.phase(), p.generated(), p.distinct(), p.left(), p.depth(), clock(s.at()));
      } else {
        out.printf("  [%s] %s%n", now, s.phase());
      }
      out.flush();
    }

    private String clock(long nanos) {
      long secs = TimeUnit.NANOSECONDS.toSeconds(nanos - start);
      return String.format("%d:%02d", secs / 60, secs % 60);
    }

    void stop() {
      timer.shutdownNow();
      try {
        timer.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (live != null) live.close();
    }
  }
}
