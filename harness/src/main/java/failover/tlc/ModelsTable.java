package failover.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.OptionalDouble;

/**
 * The models table of the documents, generated from spec/manifest.json: README.md (the models but
 * the {@code debug_} ones, which get one summary row) and spec/README.md (every model, with module
 * and cfg). Each document holds its table between {@link #BEGIN} and {@link #END}; {@code failover
 * models --update-docs} rewrites it there, and a test checks that the documents hold what the
 * manifest gives.
 */
public final class ModelsTable {
  private ModelsTable() {}

  public static final String BEGIN = "<!-- models table: generated from spec/manifest.json by ./failover models --update-docs -->";
  public static final String END = "<!-- end of models table -->";

  /** The table of every model, with module and cfg (spec/README.md). */
  public static String full(Manifest m) {
    List<String> rows = new ArrayList<>();
    rows.add("| name | module | cfg | expected | distinct states | depth | wall time (s) |");
    rows.add("|---|---|---|---|---|---|---|");
    for (Manifest.Model x : m.models()) {
      rows.add("| `" + x.name() + "`" + (x.ci() ? " (CI)" : "") + " | " + x.module() + " | " + x.config() + " | "
          + expected(x.expected()) + " | " + count(x) + " | " + depth(x) + " | " + seconds(x.seconds()) + " |");
    }
    return String.join("\n", rows) + "\n";
  }

  /** The table of the models but the debug ones, which one row sums up (README.md). */
  public static String summary(Manifest m) {
    List<String> rows = new ArrayList<>();
    rows.add("| model | expected | distinct states | depth | wall time (s) | in `mvn -B verify` |");
    rows.add("|---|---|---|---|---|---|");
    List<Manifest.Model> debug = new ArrayList<>();
    for (Manifest.Model x : m.models()) {
      if (x.name().startsWith("debug_")) {
        debug.add(x);
        continue;
      }
      rows.add("| `" + x.name() + "` | " + expected(x.expected()) + " | " + count(x) + " | " + depth(x) + " | "
          + seconds(x.seconds()) + " | " + (x.ci() ? "yes" : "no") + " |");
    }
    if (!debug.isEmpty()) {
      LongSummaryStatistics states = new LongSummaryStatistics(), depths = new LongSummaryStatistics();
      List<Double> times = new ArrayList<>();
      for (Manifest.Model x : debug) {
        x.distinctStates().ifPresent(states::accept);
        x.depth().ifPresent(depths::accept);
        x.seconds().ifPresent(times::add);
      }
      rows.add("| `debug_*` (" + debug.size() + ", one `Debug…` witness each: spec/README.md) | violates its witness | "
          + range(states, true) + " | " + range(depths, false) + " | "
          + (times.isEmpty() ? "-" : seconds(OptionalDouble.of(times.stream().mapToDouble(d -> d).min().orElseThrow())) + "–"
              + seconds(OptionalDouble.of(times.stream().mapToDouble(d -> d).max().orElseThrow()))) + " | no |");
    }
    return String.join("\n", rows) + "\n";
  }

  /** The document's text with the table between the markers replaced; unchanged text if it is the same. */
  public static String replaced(String text, String table, Path file) throws IOException {
    int b = text.indexOf(BEGIN), e = text.indexOf(END);
    if (b < 0 || e < b) throw new IOException(file + ": no models table between " + BEGIN + " and " + END);
    return text.substring(0, b + BEGIN.length()) + "\n" + table + text.substring(e);
  }

  /** The table the document holds between the markers. */
  public static String held(String text, Path file) throws IOException {
    int b = text.indexOf(BEGIN), e = text.indexOf(END);
    if (b < 0 || e < b) throw new IOException(file + ": no models table between " + BEGIN + " and " + END);
    return text.substring(b + BEGIN.length() + 1, e);
  }

  /** Rewrites the table in {@code file}; true if it changed. */
  public static boolean update(Path file, String table) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String now = replaced(text, table, file);
    if (now.equals(text)) return false;
    Files.writeString(file, now, StandardCharsets.UTF_8);
    return true;
  }

  static String expected(Manifest.Expected e) {
    String p = e.property().map(s -> "`" + s + "`").orElse("");
    return switch (e.verdict()) {
      case PASSED -> "pass";
      case INVARIANT_VIOLATED, ACTION_PROPERTY_VIOLATED -> "violates " + p + " (safety)";
      case TEMPORAL_VIOLATED -> "violates " + p + " (liveness)";
      default -> e.toString();
    };
  }

  private static String count(Manifest.Model x) {
    return x.distinctStates().isPresent() ? String.format(Locale.ROOT, "%,d", x.distinctStates().getAsLong()) : "-";
  }

  private static String depth(Manifest.Model x) {
    return x.depth().isPresent() ? Integer.toString(x.depth().getAsInt()) : "-";
  }

  private static String seconds(OptionalDouble s) {
    if (s.isEmpty()) return "-";
    double v = s.getAsDouble();
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
  }

  private static String range(LongSummaryStatistics s, boolean thousands) {
    if (s.getCount() == 0) return "-";
    String f = thousands ? "%,d" : "%d";
    return String.format(Locale.ROOT, f, s.getMin()) + "–" + String.format(Locale.ROOT, f, s.getMax());
  }
}
