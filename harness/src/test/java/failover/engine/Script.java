package failover.engine;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small driver of the scenario line language for the engine's own tests (the real runner is
 * {@code failover play}, written on top of the same API). Fails the test with the line number.
 */
final class Script {
  final Pair pair;

  Script() { this("none"); }

  /** A driver of an engine built with one deliberate mistake (see {@link failover.spec.Vocabulary#BUGS}). */
  Script(String bug) { pair = new Pair(bug); }

  /** Runs the lines on an engine with a deliberate mistake; invariants are not checked. */
  static Script runWithBug(String bug, String text) {
    Script s = new Script(bug);
    s.checkInvariants = false;
    s.lines(text);
    return s;
  }

  private boolean checkInvariants = true;
  private Result last = Result.ok("");
  private String lastOutput = "";
  private Box lastBox;
  private String lastCtx;
  private final List<String> trace = new ArrayList<>();

  private static final Pattern CMD = Pattern.compile("^([AB])(?:/([^#\\s]+))?#\\s?(.*)$");
  private static final Pattern QUOTED = Pattern.compile("\"(.*)\"");

  static Script run(String text) {
    Script s = new Script();
    s.lines(text);
    return s;
  }

  static Script file(Path p) throws Exception { return run(Files.readString(p)); }

  Script lines(String text) {
    String[] ls = text.split("\n", -1);
    for (int i = 0; i < ls.length; i++) line(i + 1, ls[i]);
    return this;
  }

  Result last() { return last; }

  String output() { return lastOutput; }

  void line(int n, String raw) {
    String line = raw.stripTrailing();
    if (line.isBlank() || line.startsWith("#")) return;
    trace.add(n + ": " + line);
    Matcher m = CMD.matcher(line);
    if (m.matches()) {
      lastBox = Box.valueOf(m.group(1));
      lastCtx = m.group(2);
      command(m.group(3));
      return;
    }
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (lastBox == null) fail("line " + n + ": indented line with no command above");
      command(line.trim());
      return;
    }
    List<String> w = Names.words(line);
    switch (w.get(0)) {
      case "boot" -> {
        Set<Box> boxes = new java.util.TreeSet<>();
        for (String x : w.subList(1, w.size())) boxes.add(Box.valueOf(x));
        event(n, new Event.Boot(boxes));
      }
      case "power-off" -> event(n, new Event.PowerOff(Box.valueOf(w.get(1))));
      case "link" -> event(n, w.get(1).equals("failover") ? new Event.FailoverLink(w.get(2).equals("up")) : new Event.StateLink(w.get(2).equals("up")));
      case "interface" -> event(n, new Event.Interface(Box.valueOf(w.get(1)), w.get(2), w.get(3).equals("up")));
      case "traffic" -> event(n, new Event.Traffic(w.get(1), w.get(2), Integer.parseInt(w.get(3))));
      case "wait" -> event(n, new Event.Wait(Integer.parseInt(w.get(1))));
      case "expect" -> expect(n, line, w);
      default -> fail("line " + n + ": unknown line " + line);
    }
  }

  private void command(String cmd) {
    last = pair.command(lastBox, lastCtx, cmd);
    if (!last.output().isEmpty()) lastOutput = last.output();
  }

  private void event(int n, Event e) {
    Result r = pair.event(e);
    if (!r.ok()) fail("line " + n + ": event rejected: " + r.output());
    String v = checkInvariants ? pair.violatedInvariant() : null;
    if (v != null) fail("line " + n + " (" + e + "): invariant violated: " + v + "\n" + String.join("\n", tail()));
  }

  private void expect(int n, String line, List<String> w) {
    String where = "line " + n + " (" + line + ") t=" + pair.nowMillis() / 1000 + "s\n" + String.join("\n", tail());
    if (w.get(1).equals("ok")) {
      if (!last.ok()) fail(where + ": expected ok, got " + last.output());
      return;
    }
    if (w.get(1).equals("error")) {
      if (last.ok()) fail(where + ": expected error, got ok");
      return;
    }
    if (w.get(1).equals("output")) {
      String text = quoted(line);
      boolean has = lastOutput.contains(text);
      if (has != w.get(2).equals("has")) fail(where + ": output " + w.get(2) + " '" + text + "':\n" + lastOutput);
      return;
    }
    String[] bc = w.get(1).split("/");
    Box box = Box.valueOf(bc[0]);
    String ctx = bc.length > 1 ? bc[1] : null;
    switch (w.get(2)) {
      case "group" -> {
        GroupState s = pair.groupState(box, Integer.parseInt(w.get(3)));
        if (!s.spec().equals(w.get(4))) fail(where + ": expected " + w.get(1) + " group " + w.get(3) + " " + w.get(4) + ", got " + s.spec());
      }
      case "running-config", "startup-config" -> {
        List<String> cfg = w.get(2).startsWith("running") ? pair.runningConfig(box, ctx) : pair.startupConfig(box, ctx);
        String text = quoted(line);
        boolean has = cfg.stream().anyMatch(l -> l.trim().equals(text));
        if (has != w.get(3).equals("has")) fail(where + ": " + w.get(2) + " " + w.get(3) + " '" + text + "':\n" + String.join("\n", cfg));
      }
      case "interface" -> {
        if (w.get(4).equals("mac")) {
          String mac = pair.mac(box, w.get(3)).orElse("none");
          if (!mac.equals(w.get(5))) fail(where + ": expected mac " + w.get(5) + ", got " + mac);
        } else {
          String ip = pair.ip(box, ctx, w.get(3)).orElse("none");
          if (!ip.equals(w.get(5))) fail(where + ": expected ip " + w.get(5) + ", got " + ip);
        }
      }
      case "sessions" -> {
        long s = pair.sessions(box, ctx);
        if (s != Long.parseLong(w.get(3))) fail(where + ": expected sessions " + w.get(3) + ", got " + s);
      }
      default -> fail("line " + n + ": unknown expectation " + line);
    }
  }

  private List<String> tail() {
    List<String> h = new ArrayList<>();
    for (Pair.Fired f : pair.history()) h.add("  t=" + f.atMillis() / 1000 + " " + f.action());
    return h.subList(Math.max(0, h.size() - 15), h.size());
  }

  private static String quoted(String line) {
    Matcher m = QUOTED.matcher(line);
    if (!m.find()) fail("no quoted text in " + line);
    return m.group(1);
  }
}
