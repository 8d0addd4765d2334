package failover.corners;

import failover.spec.Constants;
import failover.conform.SpecModel;
import failover.tlc.Tlc;
import failover.tlc.TlcException;
import failover.tlc.TlcMessage;
import failover.tlc.TlcRequest;
import failover.tlc.TlcResult;
import failover.tlc.TlaValue;
import failover.tlc.Trace;
import failover.tlc.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * TLC on one corner case's witness: breadth-first search ({@code -workers 1 -fp 0}, so the run is
 * deterministic) on spec/MCcorners.tla with the corner's cfg, which names the witness as its only
 * INVARIANT or PROPERTY. BFS reaches every state first by a shortest path, so the counterexample is
 * a shortest behaviour to the corner case.
 *
 * @param states the counterexample's states, first the initial state
 */
public record WitnessRun(Corner corner, Constants constants, Trace trace, List<SpecView> states,
                         long distinct, long generated, Verdict verdict) {

  /** The module TLC runs: MCdebug, the witnesses that need an order of events, and the line that prints the constants. */
  public static final String MODULE = "MCcorners";

  /** A witness that could not be run, or that TLC did not violate: one line saying why. */
  public static final class WitnessException extends Exception {
    public WitnessException(String message) { super(message); }
  }

  /** Runs TLC on one corner; {@code workDir} gets TLC's metadata (under target/). */
  public static WitnessRun run(Tlc tlc, Path specDir, Corner corner, Path workDir) throws WitnessException {
    ConstantsReader constants = new ConstantsReader();
    TlcRequest request = TlcRequest.check(specDir, MODULE, corner.config(), 1, workDir.resolve(corner.name()));
    TlcResult result;
    try {
      result = tlc.run(request, constants);
    } catch (TlcException e) {
      throw new WitnessException(corner.name() + ": " + e.getMessage());
    }
    return of(corner, result, constants.value());
  }

  /**
   * Reads the constants spec/MCcorners.tla prints out of TLC's output: the same line, tag and reader
   * as every other TLC run of the harness ({@link SpecModel#CONSTANTS_TAG}).
   */
  public static final class ConstantsReader implements java.util.function.Consumer<TlcMessage> {
    private final SpecModel.ConstantsListener listener = new SpecModel.ConstantsListener();

    @Override
    public void accept(TlcMessage m) {
      if (m instanceof TlcMessage.Output o) listener.line(o.line());
    }

    /** The printed record, or null if TLC printed none. */
    public TlaValue.Rec value() { return listener.constants(); }
  }

  /** The run of a corner from TLC's result and the printed constants (null if none were printed). */
  public static WitnessRun of(Corner corner, TlcResult result, TlaValue.Rec constants) throws WitnessException {
    String where = corner.name() + " (" + corner.config() + ", " + corner.witness() + ")";
    if (!result.verdict().isViolation() || result.trace().isEmpty()) {
      String why = result.verdict() == Verdict.PASSED ? "TLC found no behaviour reaching the corner case"
          : "TLC: " + result.verdict()
            + result.parseErrors().stream().findFirst().map(p -> ": " + p.message()).orElse("")
            + result.configErrors().stream().findFirst().map(c -> ": " + c.text()).orElse("")
            + result.problems().stream().findFirst().map(p -> ": " + p).orElse("");
      throw new WitnessException(where + ": " + why);
    }
    Optional<String> property = result.property();
    if (property.isPresent() && !property.get().equals(corner.witness())) {
      throw new WitnessException(where + ": TLC reports " + property.get() + ", not the witness");
    }
    if (constants == null) throw new WitnessException(where + ": TLC did not print the model's constants");
    List<SpecView> states = new ArrayList<>();
    for (TlcMessage.TraceState s : result.trace().states()) states.add(SpecView.of(s));
    return new WitnessRun(corner, SpecModel.constants(constants), result.trace(), states, result.distinct(),
        result.generated(), result.verdict());
  }

  /** Runs every corner, {@code parallel} TLC processes at a time; results in the corners' order. */
  public static List<WitnessRun> runAll(Tlc tlc, Path specDir, List<Corner> corners, Path workDir, int parallel)
      throws WitnessException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
    try {
      List<Future<WitnessRun>> futures = new ArrayList<>();
      for (Corner c : corners) futures.add(pool.submit(() -> run(tlc, specDir, c, workDir)));
      List<WitnessRun> out = new ArrayList<>();
      for (Future<WitnessRun> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof WitnessException w) throw w;
          throw new WitnessException("internal error: " + e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new WitnessException("interrupted");
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
