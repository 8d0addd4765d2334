package failover.tlc;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TLC's {@code -tool} output line by line and hands each message, typed, to a consumer as
 * soon as its frame closes: nothing but the message being read is held in memory (and SANY's
 * output between "Starting SANY" and "SANY finished", to find parse errors in it).
 *
 * <p>Frames nest: TLC wraps some errors in a 1000 "unexpected exception" frame whose body holds
 * another frame, starting mid-line. The inner message is delivered first (with the outer one's
 * error severity), then the outer one, whose text includes the inner text.
 */
public final class TlcOutputParser {
  private static final Pattern MARKER =
      Pattern.compile("@!@!@(?:STARTMSG (\\d+):(\\d+)|ENDMSG (\\d+)) @!@!@");
  private static final Pattern PROGRESS = Pattern.compile(
      "Progress\\((-?\\d+)\\).*?: (-?[\\d,]+) states generated.*?, (-?[\\d,]+) distinct states found.*?,"
      + " (-?[\\d,]+) states left on queue");
  private static final Pattern STATS = Pattern.compile(
      "([\\d,]+) states generated, ([\\d,]+) distinct states found, ([\\d,]+) states left on queue");
  private static final Pattern DEPTH = Pattern.compile("search is (\\d+)");
  private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|min|s|h|d)\\b");
  private static final Pattern INVARIANT = Pattern.compile("Invariant (\\S+) is violated");
  private static final Pattern ACTION_PROPERTY = Pattern.compile("Action property (\\S+) ");
  private static final Pattern STATE_HEADER = Pattern.compile("^(\\d+): <(.*)>\\s*$");
  private static final Pattern BACK_TO = Pattern.compile("^(\\d+): Back to state: <(.*)>");
  private static final Pattern STUTTER = Pattern.compile("^(\\d+): Stuttering");
  private static final Pattern CONFIG_LINE = Pattern.compile("at line (\\d+)");

  private final Consumer<? super TlcMessage> sink;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private List<String> sany; // SANY's unframed output while SANY runs, else null

  private static final class Frame {
    final int code, severity;
    final StringBuilder body = new StringBuilder();
    Frame(int code, int severity) { this.code = code; this.severity = severity; }
  }

  public TlcOutputParser(Consumer<? super TlcMessage> sink) { this.sink = sink; }

  /** Parses a whole stream, line by line. */
  public static void parse(BufferedReader reader, Consumer<? super TlcMessage> sink) throws IOException {
    TlcOutputParser parser = new TlcOutputParser(sink);
    for (String line; (line = reader.readLine()) != null; ) parser.accept(line);
    parser.finish();
  }

  /** Parses a captured output file into a list (for tests and small outputs). */
  public static List<TlcMessage> parse(Path file) throws IOException {
    List<TlcMessage> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) { parse(r, out::add); }
    return out;
  }

  /** Feeds one line of output (without its line terminator). */
  public void accept(String line) {
    Matcher m = MARKER.matcher(line);
    int at = 0;
    boolean endedOnMarker = false;
    while (m.find()) {
      text(line.substring(at, m.start()), false);
      if (m.group(1) != null) {
        int severity = Integer.parseInt(m.group(2));
        // a message nested in an error (TLC's 1000 "unexpected exception") is part of that error
        if (!frames.isEmpty() && frames.peek().severity == TlcMessage.SEVERITY_ERROR) severity = TlcMessage.SEVERITY_ERROR;
        frames.push(new Frame(Integer.parseInt(m.group(1)), severity));
      } else {
        close(Integer.parseInt(m.group(3)));
      }
      at = m.end();
      endedOnMarker = at == line.length();
    }
    if (!endedOnMarker) text(line.substring(at), true);
  }

  /** Ends the output: a frame left open (TLC killed mid-message) is delivered as it is. */
  public void finish() {
    while (!frames.isEmpty()) close(frames.peek().code);
    if (sany != null) sanyFinished();
  }

  private void text(String s, boolean endOfLine) {
    if (frames.isEmpty()) {
      if (!endOfLine && s.isEmpty()) return;
      if (sany != null && sany.size() < 100_000) sany.add(s);
      sink.accept(new TlcMessage.Output(s));
    } else {
      frames.peek().body.append(s);
      if (endOfLine) frames.peek().body.append('\n');
    }
  }

  private void close(int code) {
    if (frames.isEmpty()) return; // an ENDMSG without its STARTMSG: ignore it
    Frame f = frames.pop();
    String body = f.body.toString().strip();
    if (!frames.isEmpty()) frames.peek().body.append(body);
    if (f.code != code) { // mismatched end: deliver what we have, then close the right frame
      deliver(f.code, f.severity, body);
      close(code);
      return;
    }
    deliver(f.code, f.severity, body);
  }

  private void deliver(int code, int severity, String body) {
    switch (code) {
      case TlcMessage.SANY_START -> { sany = new ArrayList<>(); emit(new TlcMessage.Info(code, body)); }
      case TlcMessage.SANY_END -> { emit(new TlcMessage.Info(code, body)); sanyFinished(); }
      case TlcMessage.VERSION -> emit(new TlcMessage.Version(body));
      case TlcMessage.PROGRESS, TlcMessage.PROGRESS_SIMULATION -> {
        Matcher m = PROGRESS.matcher(body);
        if (m.find()) {
          emit(new TlcMessage.Progress(code, Integer.parseInt(m.group(1)), number(m.group(2)),
              number(m.group(3)), number(m.group(4))));
        } else {
          emit(new TlcMessage.Info(code, body));
        }
      }
      case TlcMessage.STATS -> {
        Matcher m = STATS.matcher(body);
        if (m.find()) {
          emit(new TlcMessage.Stats(number(m.group(1)), number(m.group(2)), number(m.group(3))));
        } else {
          emit(new TlcMessage.Info(code, body));
        }
      }
      case TlcMessage.SEARCH_DEPTH -> {
        Matcher m = DEPTH.matcher(body);
        emit(m.find() ? new TlcMessage.Depth(Integer.parseInt(m.group(1))) : new TlcMessage.Info(code, body));
      }
      case TlcMessage.SUCCESS -> emit(new TlcMessage.Success());
      case TlcMessage.FINISHED -> emit(new TlcMessage.Finished(millis(body)));
      case TlcMessage.INVARIANT_VIOLATED, TlcMessage.INVARIANT_VIOLATED_INITIAL -> {
        Matcher m = INVARIANT.matcher(body);
        emit(new TlcMessage.InvariantViolated(code, m.find() ? m.group(1) : ""));
        if (code == TlcMessage.INVARIANT_VIOLATED_INITIAL) {
          int nl = body.indexOf('\n');
          String state = nl < 0 ? "" : body.substring(nl + 1);
          emit(new TlcMessage.TraceState(1, TlcMessage.TraceState.INITIAL, Optional.empty(), values(state)));
        }
      }
      case TlcMessage.ACTION_PROPERTY_VIOLATED -> {
        Matcher m = ACTION_PROPERTY.matcher(body);
        emit(new TlcMessage.ActionPropertyViolated(m.find() ? m.group(1) : ""));
      }
      case TlcMessage.TEMPORAL_VIOLATED -> emit(new TlcMessage.TemporalViolated());
      case TlcMessage.DEADLOCK -> emit(new TlcMessage.Deadlock());
      case TlcMessage.ASSUMPTION_FALSE -> emit(new TlcMessage.AssumptionFalse(TlcMessage.Location.find(body), body));
      case TlcMessage.ASSERT_FAILED -> {
        int nl = body.indexOf('\n');
        emit(new TlcMessage.AssertFailed(nl < 0 ? body : body.substring(nl + 1).strip()));
      }
      case TlcMessage.BEHAVIOR_UP_TO_THIS_POINT, TlcMessage.COUNTER_EXAMPLE -> emit(new TlcMessage.TraceStart(code));
      case TlcMessage.STATE -> state(body);
      case TlcMessage.BACK_TO_STATE -> {
        Matcher m = BACK_TO.matcher(body);
        if (m.find()) emit(new TlcMessage.BackToState(Integer.parseInt(m.group(1)), actionName(m.group(2))));
        else emit(new TlcMessage.Problem(code, severity, body));
      }
      case TlcMessage.STUTTERING -> {
        Matcher m = STUTTER.matcher(body);
        emit(m.find() ? new TlcMessage.Stuttering(Integer.parseInt(m.group(1)))
            : new TlcMessage.Problem(code, severity, body));
      }
      default -> {
        if ((code >= 2222 && code <= 2243) || (code >= 5000 && code < 6000)) {
          Matcher m = CONFIG_LINE.matcher(body);
          emit(new TlcMessage.ConfigError(code, m.find() ? Integer.parseInt(m.group(1)) : 0, body));
        } else if (severity == TlcMessage.SEVERITY_INFO) {
          emit(new TlcMessage.Info(code, body));
        } else {
          emit(new TlcMessage.Problem(code, severity, body));
        }
      }
    }
  }

  private void emit(TlcMessage m) { sink.accept(m); }

  /** A 2217 state: "N: <Action line .. of module M>" then "/\ var = value" lines (or one "var = value"). */
  private void state(String body) {
    int nl = body.indexOf('\n');
    String header = nl < 0 ? body : body.substring(0, nl);
    Matcher m = STATE_HEADER.matcher(header);
    if (!m.find()) {
      emit(new TlcMessage.Problem(TlcMessage.STATE, TlcMessage.SEVERITY_STATE, body));
      return;
    }
    emit(new TlcMessage.TraceState(Integer.parseInt(m.group(1)), actionName(m.group(2)),
        TlcMessage.Location.find(m.group(2)), values(nl < 0 ? "" : body.substring(nl + 1))));
  }

  /** "Inc line 15, col 11 to .. of module Toy" gives "Inc"; "Initial predicate" stays as it is. */
  private static String actionName(String inBrackets) {
    int at = inBrackets.indexOf(" line ");
    return (at < 0 ? inBrackets : inBrackets.substring(0, at)).strip();
  }

  /**
   * The variables of a printed state. With several variables TLC prints a conjunction, one
   * {@code /\ var = value} per variable, a long value continued on indented lines; with one
   * variable just {@code var = value}.
   */
  static Map<String, String> values(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> entries = new ArrayList<>();
    StringBuilder current = null;
    for (String line : text.split("\n")) {
      if (line.isBlank()) continue;
      if (line.startsWith("/\\ ") || current == null) {
        if (current != null) entries.add(current.toString());
        current = new StringBuilder(line.startsWith("/\\ ") ? line.substring(3).strip() : line.strip());
      } else {
        current.append(' ').append(line.strip());
      }
    }
    if (current != null) entries.add(current.toString());
    for (String e : entries) {
      int eq = e.indexOf(" = ");
      if (eq > 0) out.put(e.substring(0, eq).strip(), e.substring(eq + 3).strip());
    }
    return out;
  }

  private static long number(String s) { return Long.parseLong(s.replace(",", "")); }

  /** "Finished in 825ms at (..)", "Finished in 01min 05s at (..)": the duration in milliseconds. */
  static long millis(String body) {
    int at = body.indexOf(" at ");
    Matcher m = DURATION_PART.matcher(at < 0 ? body : body.substring(0, at));
    long total = 0;
    while (m.find()) {
      long n = Long.parseLong(m.group(1));
      total += switch (m.group(2)) {
        case "ms" -> n;
        case "s" -> n * 1000;
        case "min" -> n * 60_000;
        case "h" -> n * 3_600_000;
        default -> n * 86_400_000;
      };
    }
    return total;
  }

  // --- SANY: its errors are plain text between "Starting SANY..." and "SANY finished." ----------

  private static final Pattern AT_LINE_COLUMN = Pattern.compile("at line (\\d+), column (\\d+)");
  private static final Pattern SEMANTIC_LOCATION =
      Pattern.compile("^line (\\d+), col (\\d+) to line \\d+, col \\d+ of module (\\w+)\\s*$");
  private static final Pattern MISSING_MODULE =
      Pattern.compile("Cannot find source file for module (\\w+)( imported in module (\\w+))?");

  private void sanyFinished() {
    List<String> lines = sany;
    sany = null;
    Map<String, String> files = new LinkedHashMap<>();
    String module = "";
    boolean semanticErrors = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      Matcher m;
      if (line.startsWith("Parsing file ")) {
        String path = line.substring("Parsing file ".length()).strip();
        String name = Path.of(path).getFileName().toString().replaceFirst("\\.tla$", "");
        files.put(name, path);
        module = name;
      } else if (line.equals("***Parse Error***")) {
        String message = nextNonBlank(lines, i + 1);
        Matcher at = AT_LINE_COLUMN.matcher(message);
        boolean found = at.find();
        emit(parseError(files, module, found ? Integer.parseInt(at.group(1)) : 0,
            found ? Integer.parseInt(at.group(2)) : 0, message));
      } else if (line.startsWith("Lexical error")) {
        Matcher at = AT_LINE_COLUMN.matcher(line);
        boolean found = at.find();
        emit(parseError(files, module, found ? Integer.parseInt(at.group(1)) : 0,
            found ? Integer.parseInt(at.group(2)) : 0, line));
      } else if (line.startsWith("*** Errors:")) {
        semanticErrors = true;
      } else if (line.startsWith("*** Warnings:")) {
        semanticErrors = false;
      } else if (semanticErrors && (m = SEMANTIC_LOCATION.matcher(line)).find()) {
        StringBuilder message = new StringBuilder();
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) j++;
        while (j < lines.size() && !lines.get(j).isBlank()) message.append(message.isEmpty() ? "" : " ").append(lines.get(j++).strip());
        emit(parseError(files, m.group(3), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), message.toString()));
        i = j - 1;
      } else if ((m = MISSING_MODULE.matcher(line)).find()) {
        String importer = m.group(3) != null ? m.group(3) : m.group(1);
        emit(parseError(files, importer, 0, 0, line));
      }
    }
  }

  private static TlcMessage.ParseError parseError(Map<String, String> files, String module, int line, int column, String message) {
    return new TlcMessage.ParseError(module, Optional.ofNullable(files.get(module)), line, column, message.strip());
  }

  private static String nextNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) if (!lines.get(i).isBlank()) return lines.get(i).strip();
    return "";
  }
}
