package failover.scenario;

import failover.engine.Box;
import failover.engine.Event;
import failover.engine.GroupState;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the line language of SCENARIOS.md into {@link Step}s. It is stateful only in what the
 * contract makes stateful: the prompt (box and context) of the last command line, at which an
 * indented line is typed, and whether a command came before an {@code expect ok|error}. The
 * console feeds it one line at a time; {@link #parse} feeds it a whole file.
 */
public final class ScenarioParser {
  /** {@code wait N}: "advance simulated time N seconds (1-86400)". */
  public static final int MAX_WAIT = 86_400;

  /** {@code traffic ctx kind N}: N new connections; our bound, the contract gives none. */
  public static final int MAX_TRAFFIC = 1_000_000;

  private static final Pattern CONTEXT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");
  private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{1,4}\\.[0-9A-Fa-f]{1,4}\\.[0-9A-Fa-f]{1,4}");
  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private Box lastBox;
  private String lastContext;
  private boolean commandSeen;

  /** Parses a whole file; the name is what {@code play} prints for it. */
  public static Scenario parse(String name, List<String> lines) throws ScenarioException {
    ScenarioParser parser = new ScenarioParser();
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Step step = parser.parseLine(i + 1, lines.get(i));
      if (step != null) steps.add(step);
    }
    return new Scenario(name, steps);
  }

  /** Reads and parses a file; an unreadable file is a {@link ScenarioException} on line 0. */
  public static Scenario parseFile(Path file) throws ScenarioException {
    List<String> lines;
    try {
      if (Files.isDirectory(file)) throw new ScenarioException(0, "is a directory, not a scenario file");
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ScenarioException(0, "no such file");
    } catch (MalformedInputException e) {
      throw new ScenarioException(0, "not a UTF-8 text file");
    } catch (IOException | RuntimeException e) {
      throw new ScenarioException(0, "cannot read: " + failover.io.Problems.of(e));
    }
    return parse(file.toString(), lines);
  }

  /**
   * One line: a step, or null for a blank line or a {@code #} comment. The parser's state (the
   * prompt of the last command line) moves only when the line is valid.
   */
  public Step parseLine(int line, String raw) throws ScenarioException {
    String text = stripLineEnd(raw);
    if (text.isBlank()) return null;
    if (text.startsWith("#")) return null;
    if (text.charAt(0) == ' ' || text.charAt(0) == '\t') return continuation(line, text);
    String first = text.split("[ \\t]+", 2)[0];
    if (first.contains("#")) return command(line, text);
    String[] t = withoutTrailingComment(tokens(line, text));
    String keyword = t[0].toLowerCase(Locale.ROOT);
    return switch (keyword) {
      case "expect" -> expectation(line, text, t);
      case "boot", "power-off", "link", "interface", "traffic", "wait" ->
          new Step.EventStep(line, text, event(line, keyword, t));
      default -> throw new ScenarioException(line, "unknown event '" + t[0] + "'");
    };
  }

  private static String stripLineEnd(String raw) {
    String s = raw;
    if (s.startsWith("\uFEFF")) s = s.substring(1);
    return s.stripTrailing();
  }

  // ---- commands ----

  private Step command(int line, String text) throws ScenarioException {
    int hash = text.indexOf('#');
    String prefix = text.substring(0, hash);
    String command = text.substring(hash + 1).strip();
    String boxName = prefix;
    String context = null;
    int slash = prefix.indexOf('/');
    if (slash >= 0) {
      boxName = prefix.substring(0, slash);
      context = prefix.substring(slash + 1);
      if (!CONTEXT_NAME.matcher(context).matches())
        throw new ScenarioException(line, "bad context name '" + context + "' in '" + prefix + "#'");
    }
    Box box = box(line, boxName);
    if (command.isEmpty()) throw new ScenarioException(line, "no command after '" + prefix + "#'");
    lastBox = box;
    lastContext = context;
    commandSeen = true;
    return new Step.Command(line, text, box, context, command, false);
  }

  private Step continuation(int line, String text) throws ScenarioException {
    if (lastBox == null)
      throw new ScenarioException(line, "indented line with no command line above it (start the block with 'A# …')");
    commandSeen = true;
    return new Step.Command(line, text, lastBox, lastContext, text.strip(), true);
  }

  // ---- events ----

  private static Event event(int line, String keyword, String[] t) throws ScenarioException {
    switch (keyword) {
      case "boot" -> {
        if (t.length < 2 || t.length > 3) throw new ScenarioException(line, "boot needs A, B or A B");
        Set<Box> boxes = EnumSet.noneOf(Box.class);
        for (int i = 1; i < t.length; i++)
          if (!boxes.add(box(line, t[i]))) throw new ScenarioException(line, "boot names box " + t[i] + " twice");
        return new Event.Boot(Set.copyOf(boxes));
      }
      case "power-off" -> {
        arity(line, t, 2, "power-off A|B");
        return new Event.PowerOff(box(line, t[1]));
      }
      case "link" -> {
        arity(line, t, 3, "link failover|state down|up");
        boolean up = upDown(line, t[2], "link failover|state down|up");
        return switch (t[1].toLowerCase(Locale.ROOT)) {
          case "failover" -> new Event.FailoverLink(up);
          case "state" -> new Event.StateLink(up);
          default -> throw new ScenarioException(line, "unknown link '" + t[1] + "' (failover or state)");
        };
      }
      case "interface" -> {
        arity(line, t, 4, "interface A|B PORT down|up");
        return new Event.Interface(box(line, t[1]), t[2], upDown(line, t[3], "interface A|B PORT down|up"));
      }
      case "traffic" -> {
        arity(line, t, 4, "traffic CONTEXT tcp|http N");
        if (!CONTEXT_NAME.matcher(t[1]).matches())
          throw new ScenarioException(line, "bad context name '" + t[1] + "'");
        String kind = t[2].toLowerCase(Locale.ROOT);
        if (!kind.equals("tcp") && !kind.equals("http"))
          throw new ScenarioException(line, "unknown traffic kind '" + t[2] + "' (tcp or http)");
        return new Event.Traffic(t[1], kind, number(line, t[3], 1, MAX_TRAFFIC, "traffic count"));
      }
      case "wait" -> {
        arity(line, t, 2, "wait N");
        return new Event.Wait(number(line, t[1], 1, MAX_WAIT, "wait"));
      }
      default -> throw new ScenarioException(line, "unknown event '" + t[0] + "'");
    }
  }

  // ---- expectations ----

  private Step expectation(int line, String text, String[] t) throws ScenarioException {
    if (t.length < 2) throw malformed(line, "nothing after 'expect'");
    String second = t[1].toLowerCase(Locale.ROOT);
    switch (second) {
      case "ok", "error" -> {
        if (t.length != 2) throw malformed(line, "'expect " + second + "' takes nothing after it");
        if (!commandSeen) throw new ScenarioException(line, "'expect " + second + "' with no command before it");
        return new Step.ExpectResult(line, text, second.equals("ok"));
      }
      case "output" -> {
        if (t.length != 4) throw malformed(line, "write: expect output has|lacks \"TEXT\"");
        return new Step.ExpectOutput(line, text, hasLacks(line, t[2]), quoted(line, t[3]));
      }
      default -> { }
    }
    // expect BOX[/ctx] …
    String target = t[1];
    Box box;
    String context = null;
    int slash = target.indexOf('/');
    if (slash >= 0) {
      box = box(line, target.substring(0, slash));
      context = target.substring(slash + 1);
      if (!CONTEXT_NAME.matcher(context).matches())
        throw new ScenarioException(line, "bad context name '" + context + "'");
    } else {
      box = box(line, target);
    }
    if (t.length < 3) throw malformed(line, "nothing after 'expect " + target + "'");
    String what = t[2].toLowerCase(Locale.ROOT);
    switch (what) {
      case "group" -> {
        if (context != null) throw malformed(line, "group states belong to the box: write 'expect " + box + " group N STATE'");
        if (t.length != 5) throw malformed(line, "write: expect " + box + " group 1|2 active|standby|failed|off");
        int group = number(line, t[3], 1, 2, "group");
        GroupState state;
        try {
          state = GroupState.valueOf(t[4].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw malformed(line, "unknown group state '" + t[4] + "' (active, standby, failed, off or init)");
        }
        return new Step.ExpectGroup(line, text, box, group, state);
      }
      case "running-config", "startup-config" -> {
        if (t.length != 5) throw malformed(line, "write: expect " + target + " " + what + " has|lacks \"LINE\"");
        return new Step.ExpectConfig(line, text, box, context, what.equals("startup-config"),
            hasLacks(line, t[3]), quoted(line, t[4]).strip());
      }
      case "interface" -> {
        if (t.length != 6) throw malformed(line, "write: expect A interface PORT mac H.H.H, or expect A/ctx interface NAME ip X.X.X.X");
        String kind = t[4].toLowerCase(Locale.ROOT);
        if (kind.equals("mac")) {
          if (!MAC.matcher(t[5]).matches()) throw malformed(line, "'" + t[5] + "' is not a MAC address in H.H.H form");
          return new Step.ExpectMac(line, text, box, t[3], normalizeMac(t[5]));
        }
        if (kind.equals("ip")) {
          if (!IPV4.matcher(t[5]).matches() && !IPV6.matcher(t[5]).matches())
            throw malformed(line, "'" + t[5] + "' is not an IP address");
          return new Step.ExpectIp(line, text, box, context, t[3], t[5]);
        }
        throw malformed(line, "unknown interface property '" + t[4] + "' (mac or ip)");
      }
      case "sessions" -> {
        if (context == null) throw malformed(line, "sessions are counted per context: write 'expect " + box + "/CONTEXT sessions N'");
        if (t.length != 4) throw malformed(line, "write: expect " + target + " sessions N");
        return new Step.ExpectSessions(line, text, box, context, longNumber(line, t[3], 0, Long.MAX_VALUE, "sessions"));
      }
      default -> throw malformed(line, "unknown expectation '" + t[2] + "' (group, running-config, startup-config, interface, sessions)");
    }
  }

  /** A MAC in H.H.H form, each H padded to 4 lower-case hex digits, so that 0.a0.c9 equals 0000.00a0.00c9. */
  public static String normalizeMac(String mac) {
    String[] parts = mac.toLowerCase(Locale.ROOT).split("\\.");
    if (parts.length != 3) return mac.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (b.length() > 0) b.append('.');
      b.append("0".repeat(Math.max(0, 4 - p.length()))).append(p);
    }
    return b.toString();
  }

  // ---- small helpers ----

  private static ScenarioException malformed(int line, String why) {
    return new ScenarioException(line, "malformed expectation: " + why);
  }

  static Box box(int line, String name) throws ScenarioException {
    return switch (name) {
      case "A", "a" -> Box.A;
      case "B", "b" -> Box.B;
      default -> throw new ScenarioException(line, "unknown box '" + name + "' (A or B)");
    };
  }

  private static void arity(int line, String[] t, int n, String form) throws ScenarioException {
    if (t.length != n) {
      throw new ScenarioException(line, "'" + t[0] + "' " + (t.length < n ? "lacks an argument" : "has too many arguments") + "; write: " + form);
    }
  }

  private static boolean upDown(int line, String word, String form) throws ScenarioException {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "up" -> true;
      case "down" -> false;
      default -> throw new ScenarioException(line, "'" + word + "' is neither down nor up (" + form + ")");
    };
  }

  private static boolean hasLacks(int line, String word) throws ScenarioException {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "has" -> true;
      case "lacks" -> false;
      default -> throw malformed(line, "'" + word + "' where 'has' or 'lacks' belongs");
    };
  }

  private static String quoted(int line, String token) throws ScenarioException {
    if (token.length() < 2 || token.charAt(0) != '"' || token.charAt(token.length() - 1) != '"')
      throw malformed(line, "the text must be in double quotes: " + token);
    return token.substring(1, token.length() - 1);
  }

  static int number(int line, String word, int min, int max, String what) throws ScenarioException {
    if (!word.matches("\\d{1,10}"))
      throw new ScenarioException(line, what + ": '" + word + "' is not a number");
    return (int) longNumber(line, word, min, max, what);
  }

  static long longNumber(int line, String word, long min, long max, String what) throws ScenarioException {
    if (!word.matches("\\d{1,19}"))
      throw new ScenarioException(line, what + ": '" + word + "' is not a number");
    java.math.BigInteger n = new java.math.BigInteger(word);
    if (n.compareTo(java.math.BigInteger.valueOf(min)) < 0 || n.compareTo(java.math.BigInteger.valueOf(max)) > 0)
      throw new ScenarioException(line, what + ": " + word + " is out of range " + min + "-" + max);
    return n.longValueExact();
  }

  /**
   * An event or expectation line may end with a comment: the tokens from the first one that starts
   * with {@code #} (outside double quotes) are dropped. (Command lines keep theirs: a {@code #} may
   * belong to the command.)
   */
  private static String[] withoutTrailingComment(String[] t) {
    for (int i = 1; i < t.length; i++)
      if (t[i].startsWith("#")) return java.util.Arrays.copyOf(t, i);
    return t;
  }

  /**
   * Splits on spaces and tabs; a token that starts with a double quote runs to the next double
   * quote and keeps its quotes (inside it, {@code \"} is a quote and {@code \\} a backslash).
   */
  static String[] tokens(int line, String text) throws ScenarioException {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') { i++; continue; }
      if (c == '"') {
        StringBuilder b = new StringBuilder("\"");
        int j = i + 1;
        boolean closed = false;
        while (j < n) {
          char d = text.charAt(j);
          if (d == '\\' && j + 1 < n && (text.charAt(j + 1) == '"' || text.charAt(j + 1) == '\\')) {
            b.append(text.charAt(j + 1));
            j += 2;
            continue;
          }
          if (d == '"') { closed = true; j++; break; }
          b.append(d);
          j++;
        }
        if (!closed) throw malformed(line, "a double quote is not closed");
        if (j < n && text.charAt(j) != ' ' && text.charAt(j) != '\t')
          throw malformed(line, "text after the closing double quote");
        out.add(b.append('"').toString());
        i = j;
        continue;
      }
      int j = i;
      while (j < n && text.charAt(j) != ' ' && text.charAt(j) != '\t') j++;
      out.add(text.substring(i, j));
      i = j;
    }
    return out.toArray(String[]::new);
  }
}
