package failover.engine;

/**
 * The outcome of a command or an event. {@code ok == false}: {@code output} is the one error line
 * and nothing changed. {@code ok == true}: {@code output} is what the command printed ("" if nothing).
 */
public record Result(boolean ok, String output) {
  public static Result ok(String output) { return new Result(true, output == null ? "" : output); }
  public static Result error(String line) { return new Result(false, line); }
}
