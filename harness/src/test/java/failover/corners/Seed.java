package failover.corners;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The seed chapter as the tests compare quotes with it: emphasis marks removed, whitespace collapsed. */
final class Seed {
  static final Path FILE = Path.of("../shared/seed/000_b940beba17a72ddc.txt");

  private Seed() {}

  static String raw() throws IOException { return Files.readString(FILE); }

  /** Emphasis, HTML tags and link markup ({@code [text](#)} becomes text) removed, whitespace collapsed. */
  static String normalize(String s) {
    return s.replace("*", "").replaceAll("<[^>]+>", "").replaceAll("\\[([^\\]]*)\\]\\(#\\)", "$1")
        .replace("\\(", "(").replace("\\)", ")").replaceAll("\\s+", " ").trim();
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

  static final Pattern LABEL = Pattern.compile("^(- |\\d+\\. |Step \\d+ ?|Note (?=[A-Z(]))+");
  static final Pattern NAVIGATION = Pattern.compile("^\\(?(See |For information|For more information)|\\bpage \\d+-\\d+|Figure 51-1");

  /**
   * The requirement sentences of the seed, in the chapter's order, by the rule that docs/traceability.md
   * states in its header (and which this method is the machine form of).
   */
  static List<String> requirementSentences(String raw) {
    List<String> out = new ArrayList<>();
    String[] lines = raw.split("\n", -1);
    boolean code = false, skip = false;
    String table = null; // "51-1" or "51-2" while in the body of those tables
    boolean header = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      // a page break inside a sentence: the line ends in a word and the next non-blank line goes on in lower case
      while (!line.contains("\t") && line.matches(".*[a-z]\\s*") && nextNonBlank(lines, i).matches("[a-z].*")) {
        String next = nextNonBlank(lines, i);
        while (!lines[++i].trim().equals(next)) { }
        line = line + " " + next;
      }
      String t = line.trim();
      if (t.startsWith("```")) { code = !code; continue; }
      if (code) continue;
      if (t.equals("Licensing Requirements for Active/Active Failover") || t.equals("Feature History for Active/Active Failover")) skip = true;
      if (t.equals("Prerequisites for Active/Active Failover")) skip = false;
      if (skip) continue;
      if (t.matches("Table 51-[12] [^.\t]*")) { table = t.substring(6, 10); header = true; continue; }
      if (table != null && !line.contains("\t") && !t.isEmpty()) table = null;
      if (nextNonBlank(lines, i).startsWith("- [")) continue; // a paragraph introducing a list of links
      if (t.matches("\\d+\\. .*")) continue; // the numbered walk-through of Figure 51-1
      String[] cells = line.split("[\t|]");
      if (table != null && line.contains("\t")) {
        if (header) { header = false; continue; }
        if (table.equals("51-1")) {
          for (String c : cells) if (!normalize(c).isEmpty()) out.add(normalize(c));
          continue;
        }
        out.add(normalize(String.join(" ", java.util.Arrays.copyOf(cells, 4))));
        cells = new String[] {cells[4]};
      }
      boolean item = t.startsWith("- ") && cells.length == 1; // a list item counts whole, even without a full stop
      for (String cell : cells) {
        for (String s : split(normalize(cell))) {
          s = LABEL.matcher(s).replaceFirst("").trim();
          boolean sentence = s.matches(".*[.:?!][”\")]*") && s.contains(" ");
          if (!(sentence || item && !s.isEmpty()) || NAVIGATION.matcher(s).find()) continue;
          out.add(s);
        }
      }
    }
    return out;
  }

  static String nextNonBlank(String[] lines, int i) {
    for (int j = i + 1; j < lines.length; j++) if (!lines[j].isBlank()) return lines[j].trim();
    return "";
  }

  /** Sentences end at . : ? or ! (with closing quotes or brackets) outside quotes, before a space and a capital, quote or bracket. */
  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int start = 0, quotes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“') quotes++;
      if (c == '”') quotes = Math.max(0, quotes - 1);
      if (".:?!".indexOf(c) < 0) continue;
      int j = i + 1;
      int q = quotes;
      while (j < s.length() && "”\")".indexOf(s.charAt(j)) >= 0) { if (s.charAt(j) == '”') q = Math.max(0, q - 1); j++; }
      if (q == 0 && j + 1 < s.length() && s.charAt(j) == ' ' && (Character.isUpperCase(s.charAt(j + 1)) || "“\"(".indexOf(s.charAt(j + 1)) >= 0)) {
        out.add(s.substring(start, j).trim());
        start = j + 1;
        quotes = 0;
        i = j;
      }
    }
    if (start < s.length()) out.add(s.substring(start).trim());
    return out;
  }
}
