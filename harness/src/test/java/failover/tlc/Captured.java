package failover.tlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The captured TLC outputs of harness/src/test/resources/tlc (see its README.md). */
final class Captured {
  static final Path DIR = Path.of("harness/src/test/resources/tlc");

  private Captured() {}

  /** The messages of a captured run, e.g. {@code messages("invariant")}. */
  static List<TlcMessage> messages(String name) {
    try {
      return TlcOutputParser.parse(DIR.resolve(name + ".out"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exit code TLC gave for the captured run (exit-codes.txt). */
  static int exitCode(String name) {
    Integer code = exitCodes().get(name);
    if (code == null) throw new IllegalArgumentException("no exit code captured for " + name);
    return code;
  }

  static Map<String, Integer> exitCodes() {
    try {
      Map<String, Integer> out = new LinkedHashMap<>();
      for (String line : Files.readAllLines(DIR.resolve("exit-codes.txt"))) {
        if (line.isBlank()) continue;
        String[] parts = line.trim().split("\\s+");
        out.put(parts[0], Integer.parseInt(parts[1]));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The result the wrapper builds from the captured run. */
  static TlcResult result(String name) {
    TlcResult.Collector c = new TlcResult.Collector();
    messages(name).forEach(c);
    return c.result(exitCode(name), Duration.ofSeconds(1));
  }

  /** The messages of one type. */
  static <T extends TlcMessage> List<T> only(List<TlcMessage> messages, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (TlcMessage m : messages) if (type.isInstance(m)) out.add(type.cast(m));
    return out;
  }
}
