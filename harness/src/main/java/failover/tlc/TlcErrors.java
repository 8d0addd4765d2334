package failover.tlc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line for a TLC run that could not check the spec, the same in every command that runs TLC
 * ({@code check}, {@code conform}, {@code play --validate}): a TLA+ parse or semantic error, a
 * {@code .cfg} error, a false ASSUME or an evaluation error, each naming the file, line and
 * column where TLC found it, with TLC's message (without the Java of TLC's own classes). TLC reads
 * copies of the spec in a work directory ({@code target/...}); a copy is named by its original
 * in {@code spec/}, whose lines are the same.
 */
public final class TlcErrors {
  private TlcErrors() {}

  /** How files are named: relative to the project root, a work copy by its original in {@code specDir}. */
  public record Names(Path home, Path specDir) {
    public String show(Path file) {
      Path p = file.toAbsolutePath().normalize();
      Path h = home.toAbsolutePath().normalize();
      Path spec = specDir.toAbsolutePath().normalize();
      if (p.getFileName() != null && !p.startsWith(spec) && Files.isRegularFile(spec.resolve(p.getFileName()))) {
        p = spec.resolve(p.getFileName());
      }
      return p.startsWith(h) ? h.relativize(p).toString() : p.toString();
    }

    /** A module's file: the path SANY gave, else the module's name in {@code specDir}, else "module M". */
    String module(String module, Optional<String> file) {
      if (file.isPresent()) return show(Path.of(file.get()));
      Path inSpec = specDir.resolve(module + ".tla");
      return Files.isRegularFile(inSpec) ? show(inSpec) : "module " + module;
    }
  }

  /**
   * The line for a result whose verdict is an error of the spec or the model (parse, cfg,
   * evaluation, assumption), or empty for any other verdict. {@code cfg} is the cfg file TLC read.
   */
  public static Optional<String> describe(TlcResult r, Path cfg, Names names) {
    return switch (r.verdict()) {
      case PARSE_ERROR -> Optional.of(parse(r, names));
      case CONFIG_ERROR -> Optional.of(config(r, cfg, names));
      case EVALUATION_ERROR -> Optional.of("TLC cannot evaluate " + evaluation(r, names));
      case ASSUMPTION_FALSE -> Optional.of("an ASSUME is false" + at(r.problems(), names) + message(r.problems()));
      default -> Optional.empty();
    };
  }

  private static String parse(TlcResult r, Names names) {
    if (r.parseErrors().isEmpty()) return "TLA+ parse error (TLC gave no location)";
    Set<String> distinct = new LinkedHashSet<>();
    for (TlcMessage.ParseError e : r.parseErrors()) {
      distinct.add("TLA+ " + (e.message().startsWith("Unknown operator") || e.message().contains("ultiply-defined") ? "semantic" : "parse")
          + " error in " + names.module(e.module(), e.file())
          + (e.line() > 0 ? " line " + e.line() + ", column " + e.column() : "") + ": " + oneLine(e.message(), 240));
    }
    List<String> all = new ArrayList<>(distinct);
    return all.get(0) + (all.size() > 1 ? " (and " + (all.size() - 1) + " more)" : "");
  }

  private static String config(TlcResult r, Path cfg, Names names) {
    TlcMessage.ConfigError e = r.configErrors().isEmpty() ? null : r.configErrors().get(0);
    String text = e == null ? String.join(" ", r.problems()) : e.text();
    return "error in " + names.show(cfg) + (e != null && e.line() > 0 ? " line " + e.line() : "") + ": "
        + (text.isBlank() ? "TLC gave no message" : oneLine(clean(oneLine(text, 100_000)), 240));
  }

  private static final Pattern POSITION =
      Pattern.compile("\\d+\\. Line (\\d+), column (\\d+) to line \\d+, column \\d+ in (\\w+)");

  /** "FILE line L, column C: message": the innermost position TLC lists, else the first location in its messages. */
  private static String evaluation(TlcResult r, Names names) {
    String where = "the spec";
    for (String p : r.problems()) {
      Matcher m = POSITION.matcher(p);
      String last = null;
      while (m.find()) last = names.module(m.group(3), Optional.empty()) + " line " + m.group(1) + ", column " + m.group(2);
      if (last != null) {
        where = last;
        break;
      }
    }
    if (where.equals("the spec")) {
      String at = at(r.problems(), names);
      if (!at.isEmpty()) where = at.substring(" at ".length());
    }
    return where + message(r.problems());
  }

  /** " at FILE line L, column C" for the first TLA+ location in the texts, or "". */
  private static String at(List<String> texts, Names names) {
    for (String t : texts) {
      Optional<TlcMessage.Location> l = TlcMessage.Location.find(t);
      if (l.isPresent()) return " at " + names.module(l.get().module(), Optional.empty()) + " line " + l.get().line() + ", column " + l.get().column();
    }
    return "";
  }

  /** ": TLC's message": the first that says what went wrong (not the frame around it, not the positions). */
  private static String message(List<String> texts) {
    for (String t : texts) {
      String s = t.strip();
      if (s.isEmpty() || s.startsWith("TLC threw an unexpected exception") || s.startsWith("The error occurred when TLC was evaluating")
          || s.startsWith("TLC was unable to fingerprint")) {
        continue;
      }
      return ": " + oneLine(clean(oneLine(s.replaceAll("(?s)\\s*The exception was a java\\.\\S+", ""), 100_000)), 240);
    }
    for (String t : texts) {
      if (t.startsWith("TLC was unable to fingerprint")) {
        int reason = t.indexOf("Reason:");
        if (reason >= 0 && !t.substring(reason + 7).isBlank()) return ": " + oneLine(clean(oneLine(t.substring(reason + 7), 100_000)), 240);
      }
    }
    return "";
  }

  private static final Pattern OVERRIDDEN = Pattern.compile(
      "Attempted to apply the operator overridden by the Java method\\s+public static \\S+ tlc2\\.module\\.(\\w+)\\.(\\w+)\\([^)]*\\),?\\s*"
      + "but it produced the following error:\\s*Cannot cast tlc2\\.value\\.impl\\.(\\w+?)Value to tlc2\\.value\\.impl\\.(\\w+?)Value");
  private static final Map<String, String> OPERATORS = Map.ofEntries(Map.entry("Plus", "+"), Map.entry("Minus", "-"),
      Map.entry("Times", "*"), Map.entry("LT", "<"), Map.entry("LE", "<="), Map.entry("GT", ">"), Map.entry("GEQ", ">="),
      Map.entry("DotDot", ".."), Map.entry("Divide", "\\div"), Map.entry("Mod", "%"), Map.entry("Expt", "^"),
      Map.entry("Len", "Len"), Map.entry("Append", "Append"), Map.entry("Head", "Head"), Map.entry("Tail", "Tail"),
      Map.entry("Cardinality", "Cardinality"), Map.entry("SubSeq", "SubSeq"));

  /** TLC's message without the Java of TLC's classes. */
  public static String clean(String message) {
    Matcher m = OVERRIDDEN.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String op = OPERATORS.getOrDefault(m.group(2), m.group(2));
      m.appendReplacement(sb, Matcher.quoteReplacement(op + " (of module " + m.group(1) + ") applied to " + kind(m.group(3))
          + " where " + kind(m.group(4)) + " belongs"));
    }
    m.appendTail(sb);
    return sb.toString().replaceAll("\\btlc2\\.(?:[a-z0-9]+\\.)+([A-Z]\\w*?)(?:Value)?\\b", "$1")
        .replaceAll("\\bjava\\.(?:[a-z]+\\.)+([A-Z]\\w*)", "$1");
  }

  private static String kind(String valueClass) {
    return switch (valueClass) {
      case "Int" -> "an integer";
      case "String" -> "a string";
      case "Bool" -> "a Boolean";
      case "Record" -> "a record";
      case "Fcn", "FcnRcd", "FcnLambda" -> "a function";
      case "Set", "SetEnum", "SetOfFcns", "SetOfRcds", "SetOfTuples", "SubsetOfSet" -> "a set";
      case "Tuple" -> "a sequence";
      case "Interval" -> "an interval";
      case "Model" -> "a model value";
      default -> "a " + valueClass.toLowerCase(Locale.ROOT) + " value";
    };
  }

  private static String oneLine(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max - 3) + "...";
  }
}
