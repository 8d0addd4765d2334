package failover.engine;

/**
 * One line of a stored configuration as the engine files it, for installing a box's startup
 * configuration from outside the engine ({@link Pair#installStartup}): in scope {@code scope}
 * ({@code "system"} or a context), the top-level line filed under {@code top} with text
 * {@code topText} (a mode's head, such as {@code failover group 1}, is both); a sub-mode line has
 * {@code sub} (its key: {@code preempt} for {@code preempt 10}) and {@code subText} too, else both
 * are null. A line with the key of an earlier one replaces it where it is, as the command does.
 */
public record ConfigLine(String scope, String top, String topText, String sub, String subText) {
  /** A top-level line. */
  public static ConfigLine top(String scope, String key, String text) { return new ConfigLine(scope, key, text, null, null); }

  /** A mode's head: the key is the text. */
  public static ConfigLine block(String scope, String head) { return new ConfigLine(scope, head, head, null, null); }

  /** A sub-mode line under the mode {@code head}. */
  public static ConfigLine sub(String scope, String head, String key, String text) { return new ConfigLine(scope, head, head, key, text); }

  /** As {@code show running-config} prints it: a sub-mode line indented by one space. */
  public String text() { return sub == null ? topText : " " + subText; }
}
