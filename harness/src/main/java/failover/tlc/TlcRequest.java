package failover.tlc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One TLC run: the model's directory (TLC runs there), its root module and {@code .cfg} file (a
 * name relative to that directory), the number of workers, the directory for TLC's metadata and
 * states ({@code -metadir}, under {@code target/}), and further TLC options for other modes
 * (simulation, state-graph dump, ...). Immutable; the {@code with...} methods return copies.
 */
public record TlcRequest(Path directory, String module, String config, int workers, Path metaDir,
                         List<String> options) {
  public TlcRequest {
    if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, not " + workers);
    options = List.copyOf(options);
  }

  /**
   * Exhaustive breadth-first model checking, with a fixed fingerprint polynomial ({@code -fp 0}):
   * TLC otherwise picks one at random, and which liveness counterexample it prints changes from
   * run to run.
   */
  public static TlcRequest check(Path directory, String module, String config, int workers, Path metaDir) {
    return new TlcRequest(directory, module, config, workers, metaDir, List.of("-fp", "0"));
  }

  /** A copy with more TLC options, e.g. {@code "-deadlock"}, {@code "-coverage", "1"}. */
  public TlcRequest withOptions(String... more) {
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of(more));
    return new TlcRequest(directory, module, config, workers, metaDir, all);
  }

  /**
   * Random simulation instead of model checking: {@code num} behaviours of at most {@code depth}
   * steps from {@code seed}; each behaviour is written to {@code filePrefix_0_k} when
   * {@code filePrefix} is not null (TLC's {@code -simulate file=..,num=..}).
   */
  public TlcRequest withSimulation(int num, int depth, long seed, Path filePrefix) {
    String spec = (filePrefix == null ? "" : "file=" + filePrefix.toAbsolutePath() + ",") + "num=" + num;
    return withOptions("-simulate", spec, "-depth", Integer.toString(depth), "-seed", Long.toString(seed));
  }

  /** Also dump the state graph as DOT with action labels on the edges ({@code -dump dot,actionlabels}). */
  public TlcRequest withStateGraphDump(Path dotFile) {
    return withOptions("-dump", "dot,actionlabels", dotFile.toAbsolutePath().toString());
  }

  /** TLC's arguments after {@code tlc2.TLC}. */
  public List<String> arguments() {
    List<String> args = new ArrayList<>(List.of("-tool", "-workers", Integer.toString(workers),
        "-metadir", metaDir.toAbsolutePath().toString()));
    args.addAll(options);
    args.addAll(List.of("-config", config, module));
    return args;
  }
}
