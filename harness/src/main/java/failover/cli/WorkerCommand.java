package failover.cli;

import failover.tlc.DistWorker;
import failover.tlc.Tlc;
import failover.tlc.TlcException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code failover worker HOST}: a worker of TLC's distributed mode for the server of
 * {@code failover check --distributed} on HOST, in a child JVM ({@link DistWorker}: TLC's worker
 * with the repair this spec needs). It needs no project: the jar and its {@code lib/}; the worker
 * fetches the spec from the server.
 */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
        "Work for the server of 'failover check --distributed' on HOST (TLC's distributed mode, over RMI):"
            + " fetch the model from it, compute successor states until it has finished, print TLC's lines."
            + " Needs only failover's jar and its lib/ (no project, no spec).",
        "Exits 0 when the server has finished with it."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        " 0:the server finished (the worker did its share)",
        " 1:no server answered at HOST:PORT within --wait seconds",
        " 2:usage: no HOST, or a value out of range",
        " 4:the worker could not start or failed (or failover itself failed)"},
    footer = {"%nThe worker's temporary files (the spec fetched from the server) go to a new directory under"
        + " java.io.tmpdir. The server calls the worker back over RMI on an anonymous port: across machines,"
        + " set -Djava.rmi.server.hostname=ADDRESS (through JAVA_TOOL_OPTIONS) where a host name does not"
        + " resolve to an address the other side can reach, and let the ports through."})
public final class WorkerCommand implements Callable<Integer> {
  public static final int OK = 0, UNREACHABLE = 1, USAGE = 2, FAILED = 4;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "HOST", description = "the host of the server ('failover check --distributed')")
  String host;

  @Option(names = "--port", paramLabel = "PORT", description = "the server's RMI registry port (default: ${DEFAULT-VALUE})")
  int port = Tlc.DEFAULT_SERVER_PORT;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one a processor, here ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--wait", paramLabel = "SECONDS", description = "how long to try to reach the server (default: ${DEFAULT-VALUE})")
  int waitSeconds = 600;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (host == null || host.isBlank()) return fail(err, USAGE, "HOST is empty");
      if (port < 1 || port > 65535) return fail(err, USAGE, "--port must be 1 to 65535, not " + port);
      if (threads < 1 || threads > 256) return fail(err, USAGE, "--threads must be 1 to 256, not " + threads);
      if (waitSeconds < 0) return fail(err, USAGE, "--wait must be 0 or more, not " + waitSeconds);
      Tlc tlc;
      Path tmp;
      try {
        tlc = Tlc.fromClasspath();
        tmp = Files.createTempDirectory("failover-worker");
      } catch (TlcException e) {
        return fail(err, FAILED, e.getMessage());
      }
      out.printf("Worker for the TLC server at %s:%d, %d thread%s%n", host, port, threads, threads == 1 ? "" : "s");
      out.flush();
      Process p = tlc.startWorker(host, port, threads, waitSeconds, tmp);
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          if (noise(line)) continue;
          out.println(line);
          out.flush();
        }
      }
      int exit = p.waitFor();
      deleteQuietly(tmp);
      return switch (exit) {
        case 0 -> OK;
        case DistWorker.UNREACHABLE -> fail(err, UNREACHABLE, "no TLC server at " + host + ":" + port + " within " + waitSeconds + " s");
        default -> fail(err, FAILED, "the worker failed (exit " + exit + ")");
      };
    } catch (TlcException e) {
      return fail(err, FAILED, e.getMessage());
    } catch (IOException e) {
      return fail(err, FAILED, "cannot run the worker: " + failover.io.Problems.of(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail(err, FAILED, "interrupted");
    } catch (RuntimeException e) {
      return fail(err, FAILED, "internal error: " + failover.io.Problems.of(e));
    }
  }

  /** TLC's worker cannot read its RMI port on Java 17 and says so twice; it works all the same. */
  private static boolean noise(String line) {
    return line.startsWith("Error: VM does not allow to get the UnicastRef port")
        || line.startsWith("Worker will be identified with port 0");
  }

  /** Removes the worker's temporary directory (TLC's copies of the spec), as far as it can. */
  private static void deleteQuietly(Path dir) {
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException | RuntimeException e) {
      // left for the system's temporary directory cleaning
    }
  }

  private static int fail(PrintWriter err, int code, String message) {
    err.println("failover worker: " + message);
    err.flush();
    return code;
  }
}
