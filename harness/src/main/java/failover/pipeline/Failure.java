package failover.pipeline;

import failover.tlc.Verdict;

/**
 * A run that ends without its result: one line for standard error (the message) and the exit code
 * of its kind. The command line turns it into both (Main: the execution exception handler prints
 * the line, picocli's {@code IExitCodeExceptionMapper} gives the code); no exit code is ever
 * derived from a message's text.
 */
public abstract sealed class Failure extends RuntimeException
    permits Failure.Usage, Failure.SpecWrong, Failure.TlcFailed, Failure.Unexpected {
  private Failure(String message) {
    super(message, null, false, false);
  }

  /** The exit code (README: the command's table). */
  public abstract int exitCode();

  /** Bad arguments, an unknown model, no readable manifest: exit 2. */
  public static final class Usage extends Failure {
    public Usage(String message) { super(message); }
    @Override public int exitCode() { return 2; }
  }

  /** The spec or a model is wrong: TLC cannot parse or evaluate it, a cfg cannot be read: exit 3. */
  public static final class SpecWrong extends Failure {
    public SpecWrong(String message) { super(message); }
    @Override public int exitCode() { return 3; }
  }

  /** TLC is missing or crashed, or its files cannot be written: exit 4. */
  public static final class TlcFailed extends Failure {
    public TlcFailed(String message) { super(message); }
    @Override public int exitCode() { return 4; }
  }

  /**
   * TLC's result is not the one the manifest expects: exit 10, 11, 12 or 13 for an unexpected
   * assumption failure, deadlock, safety or liveness violation, else 1 (no violation where one was
   * expected, another property, another distinct state count).
   */
  public static final class Unexpected extends Failure {
    private final Verdict verdict;

    /** {@code verdict}: what TLC found; null when the result was the expected one with another distinct state count. */
    public Unexpected(Verdict verdict, String message) {
      super(message);
      this.verdict = verdict;
    }

    public Verdict verdict() { return verdict; }

    @Override public int exitCode() {
      if (verdict == null) return 1;
      return switch (verdict) {
        case ASSUMPTION_FALSE -> 10;
        case DEADLOCK -> 11;
        case INVARIANT_VIOLATED, ACTION_PROPERTY_VIOLATED, ASSERT_FAILED -> 12;
        case TEMPORAL_VIOLATED -> 13;
        case PASSED, EVALUATION_ERROR, PARSE_ERROR, CONFIG_ERROR, CRASHED -> 1;
      };
    }
  }
}
