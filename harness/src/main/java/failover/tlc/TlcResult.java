package failover.tlc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The outcome of one TLC run: the verdict, the property TLC named (an invariant or action
 * property; TLC 2.18 names no temporal property), the final counts ({@code -1} when TLC did not
 * report them), the counterexample, and the errors, with TLC's exit code and the wall time.
 */
public record TlcResult(
    Verdict verdict,
    Optional<String> property,
    int exitCode,
    long generated,
    long distinct,
    long left,
    int depth,
    Trace trace,
    List<TlcMessage.ParseError> parseErrors,
    List<TlcMessage.ConfigError> configErrors,
    List<String> problems,
    String tlcVersion,
    Duration wallTime) {

  public TlcResult {
    parseErrors = List.copyOf(parseErrors);
    configErrors = List.copyOf(configErrors);
    problems = List.copyOf(problems);
  }

  /**
   * Builds a {@link TlcResult} from the messages of one run, as they arrive: feed it every message,
   * then call {@link #result}. Keeps the trace and the errors, not the rest of the output.
   */
  public static final class Collector implements Consumer<TlcMessage> {
    private String property;
    private boolean actionProperty;
    private long generated = -1, distinct = -1, left = -1;
    private int depth = -1;
    private final List<TlcMessage.TraceState> states = new ArrayList<>();
    private Trace.Ending ending = Trace.Ending.NONE;
    private int backTo;
    private final List<TlcMessage.ParseError> parseErrors = new ArrayList<>();
    private final List<TlcMessage.ConfigError> configErrors = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private String version = "";
    private TlcMessage.Progress lastProgress;

    @Override
    public void accept(TlcMessage m) {
      if (m instanceof TlcMessage.Version v) version = v.text();
      else if (m instanceof TlcMessage.Progress p) {
        lastProgress = p;
        if (generated < 0 || p.generated() > generated) generated = p.generated();
        if (p.distinct() >= 0) distinct = p.distinct();
        if (p.left() >= 0) left = p.left();
      } else if (m instanceof TlcMessage.Stats s) {
        generated = s.generated();
        distinct = s.distinct();
        left = s.left();
      } else if (m instanceof TlcMessage.Depth d) depth = d.depth();
      else if (m instanceof TlcMessage.InvariantViolated v) property = v.invariant();
      else if (m instanceof TlcMessage.ActionPropertyViolated v) {
        property = v.property();
        actionProperty = true;
      } else if (m instanceof TlcMessage.AssumptionFalse a) problems.add(a.text());
      else if (m instanceof TlcMessage.AssertFailed a) problems.add("Assert failed: " + a.message());
      else if (m instanceof TlcMessage.TraceStart) {
        states.clear();
        ending = Trace.Ending.FINAL_STATE;
      } else if (m instanceof TlcMessage.TraceState s) {
        states.add(s);
        if (ending == Trace.Ending.NONE) ending = Trace.Ending.FINAL_STATE;
      } else if (m instanceof TlcMessage.BackToState b) {
        ending = Trace.Ending.BACK_TO_STATE;
        backTo = b.number();
      } else if (m instanceof TlcMessage.Stuttering) ending = Trace.Ending.STUTTERING;
      else if (m instanceof TlcMessage.ParseError p) parseErrors.add(p);
      else if (m instanceof TlcMessage.ConfigError c) configErrors.add(c);
      else if (m instanceof TlcMessage.Problem p && p.severity() != TlcMessage.SEVERITY_WARNING) {
        problems.add(p.text());
      }
    }

    /** The latest progress report, or null before the first. */
    public TlcMessage.Progress lastProgress() { return lastProgress; }

    /** The result, once TLC has exited with {@code exitCode}. */
    public TlcResult result(int exitCode, Duration wallTime) {
      Verdict verdict = Verdict.ofExitCode(exitCode);
      // TLC 2.18 exits 13 (liveness) for a violated action property [][A]_v
      if ((verdict == Verdict.INVARIANT_VIOLATED || verdict == Verdict.TEMPORAL_VIOLATED) && actionProperty) {
        verdict = Verdict.ACTION_PROPERTY_VIOLATED;
      }
      if (verdict == Verdict.CRASHED && exitCode == 255 && !configErrors.isEmpty()) verdict = Verdict.CONFIG_ERROR;
      Trace trace = states.isEmpty() ? Trace.EMPTY : new Trace(states, ending, backTo);
      return new TlcResult(verdict, Optional.ofNullable(property).filter(s -> !s.isEmpty()), exitCode,
          generated, distinct, left, depth, trace, parseErrors, configErrors, problems, version, wallTime);
    }
  }
}
