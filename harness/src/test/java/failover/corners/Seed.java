package failover.corners;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed chapter as the tests compare quotes with it: emphasis marks removed, whitespace collapsed. */
final class Seed {
  static final Path FILE = Path.of("../shared/seed/000_b940beba17a72ddc.txt");

  private Seed() {}

  static String raw() throws IOException { return Files.readString(FILE); }

  static String normalize(String s) {
    return s.replace("*", "").replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim();
  }

  /** The normalised text of the section whose heading (a line of its own) is {@code heading}, up to the next heading line of {@code headings}. */
  static String section(String raw, String heading, java.util.List<String> headings) {
    String[] lines = raw.split("\n");
    int start = -1;
    for (int i = 0; i < lines.length; i++) if (lines[i].trim().equals(heading)) { start = i; break; }
    if (start < 0) return null;
    StringBuilder sb = new StringBuilder();
    for (int i = start + 1; i < lines.length; i++) {
      if (headings.contains(lines[i].trim())) break;
      sb.append(lines[i]).append('\n');
    }
    return normalize(sb.toString());
  }
}
