package failover.tlc;

/**
 * What a TLC run found, from TLC's exit code (tlc2.output.EC.ExitStatus in TLC 2.18), refined by
 * its messages.
 */
public enum Verdict {
  /** Exit 0: no error (model checking completed, or simulation ended). */
  PASSED,
  /** Exit 10: an ASSUME is false. */
  ASSUMPTION_FALSE,
  /** Exit 11: a reachable state has no successor. */
  DEADLOCK,
  /** Exit 12, message 2107/2110: an invariant is violated. */
  INVARIANT_VIOLATED,
  /** Message 2112 (TLC 2.18 exits 13): an action property {@code [][A]_v} is violated. */
  ACTION_PROPERTY_VIOLATED,
  /** Exit 13 without message 2112: a temporal property is violated. */
  TEMPORAL_VIOLATED,
  /** Exit 14: an {@code Assert} failed. */
  ASSERT_FAILED,
  /** Exit 75-77: TLC could not evaluate the spec or a property (a runtime error in the spec). */
  EVALUATION_ERROR,
  /** Exit 150: SANY found a syntax or semantic error. */
  PARSE_ERROR,
  /** Exit 151, or 255 with a configuration message: the .cfg file is wrong. */
  CONFIG_ERROR,
  /** Anything else: TLC crashed, ran out of memory, or the JVM did not start (152, 153, 255, 1..). */
  CRASHED;

  /** The verdict TLC's exit code means, before looking at the messages. */
  public static Verdict ofExitCode(int exitCode) {
    return switch (exitCode) {
      case 0 -> PASSED;
      case 10 -> ASSUMPTION_FALSE;
      case 11 -> DEADLOCK;
      case 12 -> INVARIANT_VIOLATED;
      case 13 -> TEMPORAL_VIOLATED;
      case 14 -> ASSERT_FAILED;
      case 75, 76, 77 -> EVALUATION_ERROR;
      case 150 -> PARSE_ERROR;
      case 151 -> CONFIG_ERROR;
      default -> CRASHED;
    };
  }

  /** A property or safety violation found by the search (not an error of the spec or of TLC). */
  public boolean isViolation() {
    return switch (this) {
      case ASSUMPTION_FALSE, DEADLOCK, INVARIANT_VIOLATED, ACTION_PROPERTY_VIOLATED,
           TEMPORAL_VIOLATED, ASSERT_FAILED -> true;
      case PASSED, EVALUATION_ERROR, PARSE_ERROR, CONFIG_ERROR, CRASHED -> false;
    };
  }
}
