package failover.corners;

import failover.conform.SpecModel;
import failover.engine.SpecDriver;
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
public record WitnessRun(Corner corner, SpecDriver.Model constants, Trace trace, List<SpecView> states,
                         long distinct, long generated, Verdict verdict) {

  /** The module TLC runs: MCdebug plus the line that prints the constants. */
  public static final String MODULE = "MCcorners";

  /** The tag of the line spec/MCcorners.tla prints: {@code <<"CornerConstants", [Primary |-> ..]>>}. */
  public static final String TAG = "CornerConstants";

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

  /** Picks the line spec/MCcorners.tla prints ({@code <<"CornerConstants", [...]>>}, over several lines) out of TLC's output. */
  public static final class ConstantsReader implements java.util.function.Consumer<TlcMessage> {
    private final List<String> printed = new ArrayList<>();
    private TlaValue value;

    @Override
    public void accept(TlcMessage m) {
      if (value != null || !(m instanceof TlcMessage.Output o)) return;
      if (printed.isEmpty() && !o.line().contains("\"" + TAG + "\"")) return;
      printed.add(o.line());
      try {
        value = TlaValue.parse(String.join("\n", printed));
      } catch (IllegalArgumentException incomplete) {
        // the value goes on on the next line
      }
    }

    /** The printed tuple, or null if TLC printed none. */
    public TlaValue value() { return value; }
  }

  /** The run of a corner from TLC's result and the printed constants (null if none were printed). */
  public static WitnessRun of(Corner corner, TlcResult result, TlaValue constants) throws WitnessException {
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
    return new WitnessRun(corner, SpecModel.constants(printedRecord(where, constants)), result.trace(), states, result.distinct(),
        result.generated(), result.verdict());
  }

  private static TlaValue.Rec printedRecord(String where, TlaValue printed) throws WitnessException {
    if (printed.apply(2L) instanceof TlaValue.Rec r) return r;
    throw new WitnessException(where + ": the printed constants are not a record: " + printed);
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
