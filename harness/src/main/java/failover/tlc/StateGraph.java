package failover.tlc;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the state graph TLC dumps with {@code -dump dot,actionlabels FILE}, line by line (the
 * file is never held in memory): a node line {@code ID [label="/\\ var = value\n..."]} gives a
 * state, an edge line {@code ID -> ID [label="Action",..]} a step by a disjunct of {@code Next}
 * (by name; its parameters are not in the dump), {@code [style="dashed"]} the stuttering step TLC
 * adds to every state it expands. TLC writes a new state's node line right after the first edge
 * that reaches it, and (with one worker) the edges of a state together, breadth first.
 */
public final class StateGraph {
  private StateGraph() {}

  /** What the reader finds, in file order. */
  public interface Listener {
    void node(long id, Map<String, TlaValue> state);

    /** {@code action} is null for TLC's stuttering edge. */
    void edge(long from, long to, String action);
  }

  /** A line of the dump that is neither a node, an edge nor DOT's frame. */
  public static final class GraphException extends Exception {
    public GraphException(String message) { super(message); }
  }

  public static void read(Path dot, Listener l) throws IOException, GraphException {
    try (BufferedReader r = Files.newBufferedReader(dot, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        line(line, n, dot, l);
      }
    }
  }

  static void line(String line, int n, Path dot, Listener l) throws GraphException {
    if (line.isEmpty() || !(line.charAt(0) == '-' || Character.isDigit(line.charAt(0)))) return; // DOT frame
    int sp = line.indexOf(' ');
    if (sp < 0) throw new GraphException(dot + ":" + n + ": unreadable line");
    long from = Long.parseLong(line.substring(0, sp));
    if (line.startsWith("-> ", sp + 1)) {
      int sp2 = line.indexOf(' ', sp + 4);
      long to = Long.parseLong(line.substring(sp + 4, sp2));
      String attrs = line.substring(sp2 + 1);
      if (attrs.contains("style=\"dashed\"")) {
        l.edge(from, to, null);
        return;
      }
      int at = attrs.indexOf("label=\"");
      if (at < 0) throw new GraphException(dot + ":" + n + ": an edge without an action label");
      int end = attrs.indexOf('"', at + 7);
      l.edge(from, to, attrs.substring(at + 7, end));
      return;
    }
    int at = line.indexOf("[label=\"", sp);
    if (at < 0) throw new GraphException(dot + ":" + n + ": unreadable line");
    int end = line.lastIndexOf("\"");
    if (end <= at + 7) throw new GraphException(dot + ":" + n + ": unreadable node label");
    l.node(from, state(unescape(line.substring(at + 8, end)), dot + ":" + n));
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char e = s.charAt(++i);
        sb.append(e == 'n' ? '\n' : e);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A state as TLC prints it: {@code /\ var = value} conjuncts. */
  static Map<String, TlaValue> state(String text, String where) throws GraphException {
    Map<String, TlaValue> out = new LinkedHashMap<>();
    String var = null;
    StringBuilder value = null;
    for (String line : text.split("\n")) {
      if (line.startsWith("/\\ ")) {
        if (var != null) put(out, var, value, where);
        int eq = line.indexOf(" = ");
        if (eq < 0) throw new GraphException(where + ": unreadable state line " + line);
        var = line.substring(3, eq).strip();
        value = new StringBuilder(line.substring(eq + 3));
      } else if (value != null) {
        value.append('\n').append(line);
      }
    }
    if (var != null) put(out, var, value, where);
    return out;
  }

  private static void put(Map<String, TlaValue> out, String var, StringBuilder value, String where) throws GraphException {
    try {
      out.put(var, TlaValue.parse(value.toString()));
    } catch (IllegalArgumentException e) {
      throw new GraphException(where + ": " + var + ": " + e.getMessage());
    }
  }
}
