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
    String noComments = text.replaceAll("(?s)\\(\\*.*?\\*\\)", " ").replaceAll("\\\\\\*[^\\n]*", " ");
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
}
