package failover.tlc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One message of TLC's {@code -tool} output, typed. TLC frames each message as
 * {@code @!@!@STARTMSG code:severity @!@!@} ... {@code @!@!@ENDMSG code @!@!@}; the codes are those
 * of {@code tlc2.output.EC} in TLC 2.18 (see {@link #codeOf}). Lines outside any frame (SANY's
 * parser output, {@code Print}) are {@link Output}. {@link TlcOutputParser} produces these.
 */
public sealed interface TlcMessage {
  /** Severities of the frame ({@code tlc2.output.MP}). */
  int SEVERITY_INFO = 0, SEVERITY_ERROR = 1, SEVERITY_TLC_BUG = 2, SEVERITY_WARNING = 3, SEVERITY_STATE = 4;

  // --- EC codes this wrapper reads (from TLC 2.18's tlc2.output.EC, checked on captured output) --
  int GENERAL = 1000;                 // "TLC threw an unexpected exception" (wraps a nested message)
  int ASSUMPTION_FALSE = 2104;        // "Assumption line .. of module M is false."
  int ASSUMPTION_EVALUATION_ERROR = 2105;
  int INVARIANT_VIOLATED_INITIAL = 2107; // "Invariant X is violated by the initial state:" + state
  int INVARIANT_VIOLATED = 2110;      // "Invariant X is violated."
  int ACTION_PROPERTY_VIOLATED = 2112; // "Action property X of the next-state relation is violated."
  int DEADLOCK = 2114;                // "Deadlock reached."
  int TEMPORAL_VIOLATED = 2116;       // "Temporal properties were violated." (names no property)
  int BEHAVIOR_UP_TO_THIS_POINT = 2121; // safety trace header
  int BACK_TO_STATE = 2122;           // "6: Back to state: <Action ..>" closes a liveness lasso
  int ASSERT_FAILED = 2132;           // "The first argument of Assert evaluated to FALSE; ..."
  int PROGRESS = 2200, PROGRESS_SIMULATION = 2209;
  int STATS = 2199;                   // "N states generated, M distinct states found, K states left on queue."
  int SEARCH_DEPTH = 2194;            // "The depth of the complete state graph search is D."
  int SUCCESS = 2193;                 // "Model checking completed. No error has been found."
  int FINISHED = 2186;                // "Finished in 825ms at (..)"
  int STATE = 2217;                   // one state of a trace
  int STUTTERING = 2218;              // "4: Stuttering" ends a liveness trace
  int SANY_END = 2219, SANY_START = 2220;
  int VERSION = 2262;                 // "TLC2 Version 2.18 of 20 March 2023"
  int COUNTER_EXAMPLE = 2264;         // liveness trace header
  int PARSING_FAILED = 3002;          // "Parsing or semantic analysis failed." (after SANY's own text)

  /** The EC code of this message (0 for {@link Output}; 3002 for a {@link ParseError}). */
  int code();

  /** A line printed outside any frame (SANY output, {@code Print}/{@code PrintT}). */
  record Output(String line) implements TlcMessage {
    public int code() { return 0; }
  }

  /** TLC's version line, e.g. "TLC2 Version 2.18 of 20 March 2023". */
  record Version(String text) implements TlcMessage {
    public int code() { return VERSION; }
  }

  /**
   * Progress (2200 in model checking, 2209 in simulation, where distinct and left are -1):
   * the search depth so far and the state counts.
   */
  record Progress(int code, int depth, long generated, long distinct, long left) implements TlcMessage {}

  /** Final counts (2199). */
  record Stats(long generated, long distinct, long left) implements TlcMessage {
    public int code() { return STATS; }
  }

  /** Depth of the complete state graph search (2194). */
  record Depth(int depth) implements TlcMessage {
    public int code() { return SEARCH_DEPTH; }
  }

  /** "Model checking completed. No error has been found." (2193). */
  record Success() implements TlcMessage {
    public int code() { return SUCCESS; }
  }

  /** "Finished in ..." (2186): TLC's own wall time. */
  record Finished(long millis) implements TlcMessage {
    public int code() { return FINISHED; }
  }

  /** An invariant is violated (2110), or by an initial state (2107, whose state follows as a {@link TraceState}). */
  record InvariantViolated(int code, String invariant) implements TlcMessage {}

  /** An action property ({@code [][A]_v} in PROPERTY) is violated (2112). */
  record ActionPropertyViolated(String property) implements TlcMessage {
    public int code() { return ACTION_PROPERTY_VIOLATED; }
  }

  /** "Temporal properties were violated." (2116): TLC 2.18 does not say which property. */
  record TemporalViolated() implements TlcMessage {
    public int code() { return TEMPORAL_VIOLATED; }
  }

  /** "Deadlock reached." (2114). */
  record Deadlock() implements TlcMessage {
    public int code() { return DEADLOCK; }
  }

  /** An ASSUME is false (2104); {@code location} as TLC gives it ("line 5, col 8 to .. of module M"). */
  record AssumptionFalse(Optional<Location> location, String text) implements TlcMessage {
    public int code() { return ASSUMPTION_FALSE; }
  }

  /** The first argument of {@code Assert} was FALSE (2132); {@code message} is the second argument. */
  record AssertFailed(String message) implements TlcMessage {
    public int code() { return ASSERT_FAILED; }
  }

  /** A counterexample begins (2121 "The behavior up to this point is", 2264 for liveness). */
  record TraceStart(int code) implements TlcMessage {}

  /**
   * One state of a counterexample (2217): its 1-based number in the trace, the action that
   * produced it ({@code "Initial predicate"} for the first; otherwise the name of the {@code Next}
   * disjunct, without parameters) with the action's source location, and each variable's value as
   * TLC printed it (in TLC's order; a long value's line breaks and indentation folded to single
   * spaces). {@link #value} parses one of them.
   */
  record TraceState(int number, String action, Optional<Location> location,
                    Map<String, String> values) implements TlcMessage {
    public static final String INITIAL = "Initial predicate";

    public TraceState {
      values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    public int code() { return STATE; }

    public boolean initial() { return INITIAL.equals(action); }

    /** The variable's value, parsed; throws when there is no such variable or TLC's text is unreadable. */
    public TlaValue value(String variable) {
      String text = values.get(variable);
      if (text == null) throw new IllegalArgumentException("the state has no variable " + variable);
      return TlaValue.parse(text);
    }

    /** Every variable's value, parsed. */
    public Map<String, TlaValue> parsedValues() {
      Map<String, TlaValue> out = new java.util.LinkedHashMap<>();
      values.forEach((k, v) -> out.put(k, TlaValue.parse(v)));
      return out;
    }

    /**
     * The variables whose value differs from {@code previous} (all of them when previous is null),
     * in this state's order. Values are compared parsed when both parse, as text otherwise.
     */
    public List<String> changedFrom(TraceState previous) {
      List<String> out = new java.util.ArrayList<>();
      for (var e : values.entrySet()) {
        String before = previous == null ? null : previous.values().get(e.getKey());
        if (before == null || !sameValue(before, e.getValue())) out.add(e.getKey());
      }
      return out;
    }

    private static boolean sameValue(String a, String b) {
      if (a.equals(b)) return true;
      try {
        return TlaValue.parse(a).equals(TlaValue.parse(b));
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }

  /** A liveness lasso closes: the behaviour loops back to state {@code number} (2122). */
  record BackToState(int number, String action) implements TlcMessage {
    public int code() { return BACK_TO_STATE; }
  }

  /** A liveness counterexample ends by stuttering forever after state {@code number - 1} (2218). */
  record Stuttering(int number) implements TlcMessage {
    public int code() { return STUTTERING; }
  }

  /**
   * A TLA+ syntax or semantic error found by SANY (read from its unframed output, reported when
   * TLC says "Parsing or semantic analysis failed", 3002). {@code file} is the path SANY read the
   * module from when it said so; {@code line}/{@code column} are 0 when SANY gave no location.
   */
  record ParseError(String module, Optional<String> file, int line, int column, String message)
      implements TlcMessage {
    public int code() { return PARSING_FAILED; }
  }

  /** An error in the {@code .cfg} file (TLC_CONFIG_* 2222-2243, CFG_* 5000-5999); line 0 if not given. */
  record ConfigError(int code, int line, String text) implements TlcMessage {}

  /** Any other error or warning (severity 1-3): evaluation errors (1000, 2103, 2154, ..), TLC bugs. */
  record Problem(int code, int severity, String text) implements TlcMessage {}

  /** Any other informational message (SANY start, "Starting...", "Computing initial states", ...). */
  record Info(int code, String text) implements TlcMessage {}

  /** A TLA+ source location, as TLC prints it: "line 15, col 11 to line 18, col 48 of module Toy". */
  record Location(String module, int line, int column, int endLine, int endColumn) {
    private static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile(
        "line (\\d+), col (\\d+) to line (\\d+), col (\\d+) of module (\\w+)");

    /** Finds the first location in {@code text}. */
    public static Optional<Location> find(String text) {
      var m = PATTERN.matcher(text);
      if (!m.find()) return Optional.empty();
      return Optional.of(new Location(m.group(5), Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
    }

    @Override public String toString() {
      return "line " + line + ", col " + column + " to line " + endLine + ", col " + endColumn
          + " of module " + module;
    }
  }
}
