package failover.scenario;

import failover.engine.Box;
import failover.engine.Event;
import failover.engine.GroupState;
import failover.engine.Pair;
import failover.engine.Result;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A pair of boxes driven by scenario steps: what {@code play} runs a file on and what the console
 * types into. It remembers what the expectations refer to (the previous command's result, the
 * last output printed) and the last steps run, for the report under a FAIL.
 */
public final class Session {
  /** How many of the last steps the FAIL report shows. */
  public static final int REPORT_STEPS = 10;

  /** How many lines of one step's output the FAIL report shows. */
  public static final int REPORT_OUTPUT_LINES = 12;

  /**
   * What one step did: whether the pair accepted it (a command or an event; an expectation: it
   * held), what it printed (may be empty), and for a failed expectation, a rejected event or an
   * engine that threw, why (without the time). A rejected command is not a failure.
   */
  public record Done(Step step, boolean ok, String printed, Optional<String> failure) {
    /** A command or event the pair rejected. */
    public boolean rejected() { return !ok && !(step instanceof Step.Expectation); }
  }

  private final Pair pair;
  private Step.Command lastCommand;
  private Result lastResult;
  private Step.Command lastPrintingCommand;
  private String lastOutput;
  private boolean failoverLinkUp = true;
  private boolean stateLinkUp = true;
  private final TreeSet<String> portsDown = new TreeSet<>();
  private final Deque<Done> recent = new ArrayDeque<>();

  public Session() { this(new Pair()); }

  public Session(Pair pair) { this.pair = pair; }

  public Pair pair() { return pair; }

  /** Runs one step on the pair. An exception thrown by the engine is a failure, never thrown on. */
  public Done execute(Step step) {
    Done done;
    try {
      if (step instanceof Step.Command c) done = command(c);
      else if (step instanceof Step.EventStep e) done = event(e);
      else {
        Optional<String> failure = check((Step.Expectation) step);
        done = new Done(step, failure.isEmpty(), "", failure);
      }
    } catch (RuntimeException | StackOverflowError e) {
      done = new Done(step, false, "", Optional.of("the engine threw " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))));
    }
    recent.addLast(done);
    while (recent.size() > REPORT_STEPS) recent.removeFirst();
    return done;
  }

  private Done command(Step.Command c) {
    Result r = pair.command(c.box(), c.context(), c.text());
    lastCommand = c;
    lastResult = r;
    String out = r.output() == null ? "" : r.output();
    if (!out.isEmpty()) {
      lastPrintingCommand = c;
      lastOutput = out;
    }
    return new Done(c, r.ok(), out, Optional.empty());
  }

  private Done event(Step.EventStep e) {
    Result r = pair.event(e.event());
    String out = r.output() == null ? "" : r.output();
    if (!r.ok()) return new Done(e, false, out, Optional.of("the pair rejected '" + e.source().strip() + "': " + out));
    if (e.event() instanceof Event.FailoverLink l) failoverLinkUp = l.up();
    if (e.event() instanceof Event.StateLink l) stateLinkUp = l.up();
    if (e.event() instanceof Event.Interface i) {
      String port = i.box() + " " + portName(i.physical());
      if (i.up()) portsDown.remove(port);
      else portsDown.add(port);
    }
    return new Done(e, true, out, Optional.empty());
  }

  /** Empty when the expectation holds, else what was expected and what the pair shows. */
  private Optional<String> check(Step.Expectation x) {
    if (x instanceof Step.ExpectResult r) {
      if (lastResult == null)
        return Optional.of("expected " + (r.ok() ? "ok" : "error") + ", but no command has run yet");
      if (lastResult.ok() == r.ok()) return Optional.empty();
      String what = "'" + lastCommand.text() + "' (line " + lastCommand.line() + ")";
      return Optional.of(r.ok()
          ? "expected ok, " + what + " was rejected: " + firstLine(lastResult.output())
          : "expected error, " + what + " was accepted");
    }
    if (x instanceof Step.ExpectGroup g) {
      GroupState now = pair.groupState(g.box(), g.group());
      return now == g.state() ? Optional.empty() : Optional.of("expected " + g.box() + " group " + g.group()
          + " " + name(g.state()) + ", pair shows " + name(now));
    }
    if (x instanceof Step.ExpectConfig c) {
      List<String> lines = c.startup() ? pair.startupConfig(c.box(), c.context()) : pair.runningConfig(c.box(), c.context());
      boolean has = lines.stream().anyMatch(l -> l.strip().equals(c.text()));
      if (has == c.has()) return Optional.empty();
      return Optional.of("expected " + where(c.box(), c.context()) + " "
          + (c.startup() ? "startup-config" : "running-config") + (c.has() ? " has" : " lacks") + " \"" + c.text()
          + "\", pair " + (has ? "has it" : "lacks it" + similar(lines, c.text())));
    }
    if (x instanceof Step.ExpectMac m) {
      Optional<String> now = pair.mac(m.box(), m.physical()).map(ScenarioParser::normalizeMac);
      return now.equals(Optional.of(m.mac())) ? Optional.empty() : Optional.of("expected " + m.box() + " interface "
          + m.physical() + " mac " + m.mac() + ", pair shows " + now.orElse("no MAC"));
    }
    if (x instanceof Step.ExpectIp i) {
      Optional<String> now = pair.ip(i.box(), i.context(), i.nameif());
      return now.equals(Optional.of(i.ip())) ? Optional.empty() : Optional.of("expected " + where(i.box(), i.context())
          + " interface " + i.nameif() + " ip " + i.ip() + ", pair shows " + now.orElse("no address"));
    }
    if (x instanceof Step.ExpectSessions s) {
      long now = pair.sessions(s.box(), s.context());
      return now == s.count() ? Optional.empty() : Optional.of("expected " + where(s.box(), s.context())
          + " sessions " + s.count() + ", pair shows " + now);
    }
    if (x instanceof Step.ExpectOutput o) {
      String wanted = (o.has() ? "has" : "lacks") + " \"" + o.text() + "\"";
      if (lastOutput == null) return Optional.of("expected output " + wanted + ", but no command has printed anything yet");
      boolean has = lastOutput.contains(o.text());
      return has == o.has() ? Optional.empty() : Optional.of("expected output " + wanted + ", the output of '"
          + lastPrintingCommand.text() + "' (line " + lastPrintingCommand.line() + ") " + (has ? "has it" : "lacks it"));
    }
    throw new IllegalStateException("unknown expectation " + x);
  }

  /** Simulated time as play prints it: "210 s", or "210.5 s" when not a whole second. */
  public String time() {
    long ms;
    try {
      ms = pair.nowMillis();
    } catch (RuntimeException e) {
      return "? s";
    }
    return (ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(java.util.Locale.ROOT, "%.3f", ms / 1000.0).replaceAll("0+$", "")) + " s";
  }

  /** One line a box: its group states and the prompts of the system space. */
  public List<String> boxes() {
    try {
      return boxLines();
    } catch (RuntimeException e) {
      return List.of("(the engine threw " + e.getClass().getSimpleName() + " while showing the boxes)");
    }
  }

  /** The prompt of a box (and context) now; never throws. */
  public String prompt(Box box, String context) {
    try {
      return pair.prompt(box, context);
    } catch (RuntimeException e) {
      return where(box, context) + "#";
    }
  }

  private List<String> boxLines() {
    List<String> out = new ArrayList<>();
    for (Box b : Box.values()) {
      GroupState g1 = pair.groupState(b, 1);
      GroupState g2 = pair.groupState(b, 2);
      if (g1 == GroupState.OFF && g2 == GroupState.OFF) {
        out.add(b + ": off");
      } else {
        out.add(b + ": group 1 " + name(g1) + ", group 2 " + name(g2) + "; prompt " + pair.prompt(b, null));
      }
    }
    return out;
  }

  /** The world the scenario controls: the cables and the ports it took down. */
  public String links() {
    return "failover link " + (failoverLinkUp ? "up" : "down") + ", stateful link " + (stateLinkUp ? "up" : "down")
        + (portsDown.isEmpty() ? "" : ", ports down: " + String.join(", ", portsDown));
  }

  /** The report under a FAIL: the last steps run with what each printed, and what each box shows now. */
  public List<String> report() {
    List<String> out = new ArrayList<>();
    out.add("    the last " + recent.size() + " steps:");
    for (Done d : recent) {
      out.add(String.format("      line %-4d %s", d.step().line(), d.step().source()));
      List<String> printed = d.printed().lines().toList();
      for (int i = 0; i < printed.size() && i < REPORT_OUTPUT_LINES; i++) out.add("                | " + printed.get(i));
      if (printed.size() > REPORT_OUTPUT_LINES)
        out.add("                | … (" + (printed.size() - REPORT_OUTPUT_LINES) + " more lines)");
    }
    out.add("    the pair now (t=" + time() + "): " + links());
    for (String b : boxes()) out.add("      " + b);
    return out;
  }

  /** Port names as the report shows them: Gi0/4, gigabitethernet0/4 and GigabitEthernet0/4 are one port. */
  static String portName(String typed) {
    java.util.regex.Matcher g = java.util.regex.Pattern.compile("(?i)g(?:i(?:g(?:abit(?:ethernet)?)?)?)?\\s*(\\d.*)").matcher(typed);
    if (g.matches()) return "GigabitEthernet" + g.group(1);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)m(?:a(?:n(?:agement)?)?)?\\s*(\\d.*)").matcher(typed);
    if (m.matches()) return "Management" + m.group(1);
    return typed;
  }

  static String name(GroupState s) { return s.name().toLowerCase(java.util.Locale.ROOT); }

  static String where(Box box, String context) { return box + (context == null ? "" : "/" + context); }

  /** Up to three lines that begin with the same word as the one looked for: " (it has: …)". */
  private static String similar(List<String> lines, String wanted) {
    String word = wanted.split("\\s+", 2)[0];
    List<String> near = lines.stream().map(String::strip)
        .filter(l -> !word.isEmpty() && l.split("\\s+", 2)[0].equals(word)).limit(3).toList();
    return near.isEmpty() ? "" : " (it has: " + String.join(" | ", near) + ")";
  }

  private static String firstLine(String s) {
    return s == null || s.isEmpty() ? "(no message)" : s.lines().findFirst().orElse("");
  }
}
