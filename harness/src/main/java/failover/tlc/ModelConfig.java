package failover.tlc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names a TLC {@code .cfg} file checks: its INVARIANT(S) and PROPERTY(IES). TLC 2.18 does not
 * say which temporal property a liveness counterexample violates; when a model's cfg checks only
 * one, this names it.
 */
public record ModelConfig(List<String> invariants, List<String> properties) {
  private static final Set<String> KEYWORDS = Set.of("CONSTANT", "CONSTANTS", "INIT", "NEXT",
      "SPECIFICATION", "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES", "SYMMETRY", "VIEW",
      "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS", "CHECK_DEADLOCK",
      "ALIAS", "POSTCONDITION");

  public ModelConfig {
    invariants = List.copyOf(invariants);
    properties = List.copyOf(properties);
  }

  /** Reads a cfg file (comments {@code \*} and {@code (* *)} skipped). */
  public static ModelConfig read(Path cfg) throws IOException {
    return parse(Files.readString(cfg));
  }

  public static ModelConfig parse(String text) {
    String noComments = withoutComments(text);
    List<String> invariants = new ArrayList<>();
    List<String> properties = new ArrayList<>();
    List<String> current = null;
    for (String word : noComments.split("\\s+")) {
      if (word.isEmpty()) continue;
      if (KEYWORDS.contains(word)) {
        current = switch (word) {
          case "INVARIANT", "INVARIANTS" -> invariants;
          case "PROPERTY", "PROPERTIES" -> properties;
          default -> null;
        };
      } else if (current != null && word.matches("[A-Za-z_][A-Za-z0-9_!]*")) {
        current.add(word);
      }
    }
    return new ModelConfig(invariants, properties);
  }

  /**
   * The cfg text with the value of constant {@code name} ({@code name = value} on a line of its
   * own in CONSTANTS) set to {@code value}; everything else unchanged. Throws if the cfg does not
   * set the constant so.
   */
  public static String withConstant(String text, String name, String value) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "(?m)^([ \\t]*" + java.util.regex.Pattern.quote(name) + "[ \\t]*=[ \\t]*)\\S+[ \\t]*$").matcher(text);
    if (!m.find()) throw new IllegalArgumentException("the cfg sets no constant " + name + " = value");
    return text.substring(0, m.start()) + m.group(1) + value + text.substring(m.end());
  }

  /**
   * The cfg text with its PROPERTY/PROPERTIES sections replaced by {@code PROPERTY property}
   * (comments dropped, everything else kept): checking it tells whether that one temporal property
   * is violated, which TLC 2.18 does not say when a cfg checks several.
   */
  public static String withOnlyProperty(String text, String property) {
    return withProperties(text, List.of(property));
  }

  /**
   * The cfg text with its PROPERTY/PROPERTIES sections replaced by {@code PROPERTIES} and the
   * given properties (none: no such section); comments dropped, everything else kept.
   */
  public static String withProperties(String text, List<String> properties) {
    StringBuilder out = new StringBuilder();
    boolean dropping = false;
    // words and the whitespace between them, so that what is kept keeps its layout
    for (String token : withoutComments(text).split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)")) {
      if (token.isBlank()) {
        out.append(token);
      } else if (KEYWORDS.contains(token)) {
        dropping = token.equals("PROPERTY") || token.equals("PROPERTIES");
        if (!dropping) out.append(token);
      } else if (!dropping) {
        out.append(token);
      }
    }
    String kept = out.toString().stripTrailing() + "\n";
    if (properties.isEmpty()) return kept;
    return kept + (properties.size() == 1 ? "PROPERTY " : "PROPERTIES ") + String.join(" ", properties) + "\n";
  }

  private static String withoutComments(String text) {
    return text.replaceAll("(?s)\\(\\*.*?\\*\\)", " ").replaceAll("\\\\\\*[^\\n]*", " ");
  }
}
