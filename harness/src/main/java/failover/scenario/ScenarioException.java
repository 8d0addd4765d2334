package failover.scenario;

/**
 * A scenario file that is not a valid scenario: {@code line} (0 when the file itself cannot be
 * read) and one line saying what is wrong. {@code play} prints it as
 * {@code ERROR file: line N: message} and exits 2.
 */
public final class ScenarioException extends Exception {
  private final int line;

  public ScenarioException(int line, String message) {
    super(message, null, false, false);
    this.line = line;
  }

  public int line() { return line; }

  /** "line N: message", or just the message when there is no line. */
  public String where() { return line > 0 ? "line " + line + ": " + getMessage() : getMessage(); }
}
