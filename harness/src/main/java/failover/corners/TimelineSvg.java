package failover.corners;

import failover.spec.Constants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The timeline picture of a counterexample, as SVG text, on a time axis in seconds (a spec Tick is
 * {@link Story#TICK} s; the steps that take no time are drawn a narrow column apart). Rows: each
 * unit's state for each group (as {@code show failover} names it), the failover link and (with
 * Stateful Failover) the stateful link, the monitored interfaces down, the timers that run (unit
 * hold, interface hold, preemption delay; the span of a tick shows what the timer reaches at its
 * end), and, when the trace changes them, the connection tables
 * and the configuration versions. Each step that is not a Tick is a numbered marker, told under the
 * chart (the numbers are the trace's steps, as the scenario's comments count them). Plain SVG 1.1,
 * no scripts, same text every run.
 */
public final class TimelineSvg {
  private TimelineSvg() {}

  static final int LABEL_W = 230, TICK_W = 90, STEP_W = 26, TAIL_W = 60, ROW_H = 22, PAD = 10, MIN_W = 900;
  static final int AXIS_Y = 56, TOP = 76;
  static final Map<String, String> FILL = Map.ofEntries(
      Map.entry("Active", "#4caf50"), Map.entry("Standby Ready", "#90caf9"), Map.entry("Failed", "#e53935"),
      Map.entry("Negotiation", "#fff176"), Map.entry("off", "#bdbdbd"), Map.entry("up", "#c8e6c9"), Map.entry("down", "#e53935"));

  /** One row: a label and a value for each state (null: nothing to show), and the value's fill. */
  record Row(String label, List<String> values, Function<String, String> fill) {}

  /** The picture of a run; {@code title} goes on its first line; {@code story} tells the steps (may be null). */
  public static String render(String title, WitnessRun run, List<Story.Line> story) {
    List<SpecView> states = run.states();
    Constants m = run.constants();
    int n = states.size();
    List<Row> rows = rows(m, states);
    // x of each state's column, from state 1 (the first after Init) on
    int[] x = new int[n + 1];
    x[1] = LABEL_W;
    for (int i = 2; i < n; i++) x[i] = x[i - 1] + (states.get(i).action().equals("Tick") ? TICK_W : STEP_W);
    x[n] = x[n - 1] + TAIL_W;
    int[] t = Story.times(states);
    List<String> legend = new ArrayList<>();
    List<Integer> marked = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (states.get(i).action().equals("Tick")) continue;
      marked.add(i);
      legend.add((i + 1) + " · t = " + t[i] + " s · " + Story.shortText(run.constants(), states.get(i - 1), states.get(i),
          story == null ? List.of() : story.get(i - 1).typed()));
    }
    int chartBottom = TOP + rows.size() * ROW_H;
    int width = Math.max(MIN_W, x[n] + PAD);
    int height = chartBottom + 30 + legend.size() * 16 + PAD;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    sb.append("  <desc>timeline of a shortest trace of ").append(n).append(" states, ").append(t[n - 1]).append(" s</desc>\n");
    sb.append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    text(sb, PAD, 18, "start", esc(title), " font-size=\"13\" font-weight=\"bold\"");
    text(sb, PAD, 36, "start", "one tick = " + Story.TICK + " s; steps that take no time are drawn " + STEP_W
        + " px apart; numbered markers: the trace's steps, told below", " fill=\"#616161\"");
    // the time axis
    text(sb, PAD, AXIS_Y + 4, "start", "time", " font-weight=\"bold\"");
    line(sb, LABEL_W, AXIS_Y, x[n], AXIS_Y, "#616161", "");
    int lastLabel = -1;
    for (int i = 1; i < n; i++) {
      if (t[i] == lastLabel) continue;
      lastLabel = t[i];
      line(sb, x[i], AXIS_Y - 4, x[i], AXIS_Y + 4, "#616161", "");
      text(sb, x[i], AXIS_Y - 7, "middle", t[i] + " s", "");
    }
    // the rows: first the cells, then their values over them (a value may run on over equal cells)
    StringBuilder values = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      int y = TOP + r * ROW_H;
      text(sb, PAD, y + 15, "start", esc(row.label()), "");
      for (int i = 1; i < n; i++) {
        String v = row.values().get(i);
        if (v == null) continue;
        int w = x[i + 1] - x[i];
        sb.append("  <rect x=\"").append(x[i]).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
            .append("\" height=\"").append(ROW_H - 4).append("\" fill=\"").append(row.fill().apply(v))
            .append("\" stroke=\"#616161\" stroke-width=\"0.5\"/>\n");
        boolean starts = i == 1 || !v.equals(row.values().get(i - 1));
        int room = w;
        for (int j = i + 1; j < n && v.equals(row.values().get(j)); j++) room += x[j + 1] - x[j];
        if (starts && room >= 20) {
          String shown = v.length() * 6.5 > room - 4 ? abbreviate(v) : v;
          if (shown.length() * 6.5 <= room - 2) text(values, x[i] + 3, y + 15, "start", esc(shown), "");
        }
      }
    }
    sb.append(values);
    // the markers of the steps
    for (int k = 0; k < marked.size(); k++) {
      int i = marked.get(k);
      line(sb, x[i], TOP, x[i], chartBottom, "#212121", " stroke-dasharray=\"3,3\"");
      sb.append("  <circle cx=\"").append(x[i]).append("\" cy=\"").append(TOP - 6).append("\" r=\"7\" fill=\"#212121\"/>\n");
      text(sb, x[i], TOP - 3, "middle", Integer.toString(i + 1), " fill=\"white\" font-size=\"9\"");
    }
    for (int k = 0; k < legend.size(); k++) {
      text(sb, PAD, chartBottom + 24 + k * 16, "start", "step " + esc(legend.get(k)), "");
    }
    sb.append("</svg>\n");
    return sb.toString();
  }

  /** The rows the trace needs: what it is about, and nothing that stays empty. */
  static List<Row> rows(Constants m, List<SpecView> states) {
    List<Row> rows = new ArrayList<>();
    Function<String, String> state = v -> FILL.getOrDefault(v, "#ffffff");
    for (String u : SpecView.UNITS) {
      for (int g : SpecView.GROUPS) rows.add(row(u + ": group " + g, states, s -> Story.stateName(s.role(u, g)), state));
    }
    rows.add(row("failover link", states, SpecView::foLink, state));
    if (m.stateful()) rows.add(row("stateful link", states, SpecView::stLink, state));
    for (String u : SpecView.UNITS) {
      for (int g : SpecView.GROUPS) {
        int mon = m.monIf().get(g);
        if (mon == 0) continue;
        int th = Story.threshold(m, g);
        rows.add(row(u + ": group " + g + " interfaces down", states,
            s -> s.on(u) ? s.ifDown(u, g) + " of " + mon : null,
            v -> Integer.parseInt(v.substring(0, v.indexOf(' '))) >= th ? "#ef9a9a"
                : v.startsWith("0 ") ? "#c8e6c9" : "#fff59d"));
      }
    }
    Function<String, String> timer = v -> v.endsWith("(expired)") ? "#ffb74d" : "#ffe0b2";
    for (String u : SpecView.UNITS) {
      if (states.stream().anyMatch(s -> s.unitTimer(u) > 0)) {
        rows.add(timerRow(u + ": unit hold time", states, s -> s.unitTimer(u), m.unitHold(), timer));
      }
      for (int g : SpecView.GROUPS) {
        if (states.stream().anyMatch(s -> s.ifTimer(u, g) > 0)) {
          rows.add(timerRow(u + ": group " + g + " interface hold time", states, s -> s.ifTimer(u, g), m.ifHold().get(g), timer));
        }
      }
    }
    for (int g : SpecView.GROUPS) {
      if (m.preemptOn().get(g) && states.stream().anyMatch(s -> s.preemptTimer(g) > 0)) {
        rows.add(timerRow("group " + g + " preemption delay", states, s -> s.preemptTimer(g), m.preemptDelay().get(g), timer));
      }
    }
    for (String u : SpecView.UNITS) {
      for (int g : SpecView.GROUPS) {
        if (states.stream().anyMatch(s -> !s.conns(u, g).isEmpty())) {
          rows.add(row(u + ": group " + g + " connections", states,
              s -> s.on(u) ? (s.conns(u, g).isEmpty() ? "none" : Story.conns(s.conns(u, g))) : null,
              v -> v.equals("none") ? "#eeeeee" : "#b2dfdb"));
        }
      }
    }
    List<String> scopes = states.get(0).scopes();
    for (String u : SpecView.UNITS) {
      for (String sc : scopes) {
        if (states.stream().anyMatch(s -> s.running(u, sc) != 0)) {
          rows.add(row(u + ": configuration of " + sc, states, s -> s.on(u) ? "v" + s.running(u, sc) : null,
              v -> v.equals("v0") ? "#eeeeee" : "#d1c4e9"));
        }
      }
    }
    return rows;
  }

  /** A timer's cell: null while it does not run; "5/10 s", or "10/10 s (expired)". */
  static String timerValue(int ticks, int max) {
    if (ticks == 0) return null;
    return Story.TICK * ticks + "/" + Story.TICK * max + " s" + (ticks >= max ? " (expired)" : "");
  }

  /**
   * A timer's row: during the ticks a timer runs, the span before the Tick shows the value the Tick
   * brings it to ("5/10 s": it runs from 0 to 5 s of 10 there); after an instant step, its value.
   */
  private static Row timerRow(String label, List<SpecView> states, Function<SpecView, Integer> ticks, int max,
                              Function<String, String> fill) {
    List<String> vs = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      int v = ticks.apply(states.get(i));
      if (i + 1 < states.size() && states.get(i + 1).action().equals("Tick") && ticks.apply(states.get(i + 1)) > v) {
        v = ticks.apply(states.get(i + 1));
      }
      vs.add(timerValue(v, max));
    }
    return new Row(label, vs, fill);
  }

  private static Row row(String label, List<SpecView> states, Function<SpecView, String> value, Function<String, String> fill) {
    List<String> vs = new ArrayList<>();
    for (SpecView s : states) vs.add(value.apply(s));
    return new Row(label, vs, fill);
  }

  static String abbreviate(String v) {
    return switch (v) {
      case "Standby Ready" -> "Stby";
      case "Negotiation" -> "Neg.";
      case "Active" -> "Act";
      case "Failed" -> "Fail";
      default -> v.replace(" (expired)", "").replace("Standby Ready", "Stby").replace("Negotiation", "Neg.");
    };
  }

  private static void text(StringBuilder sb, int x, int y, String anchor, String s, String attrs) {
    sb.append("  <text x=\"").append(x).append("\" y=\"").append(y).append("\"")
        .append(anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"").append(attrs).append('>').append(s).append("</text>\n");
  }

  private static void line(StringBuilder sb, int x1, int y1, int x2, int y2, String stroke, String attrs) {
    sb.append("  <line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2).append("\" y2=\"").append(y2)
        .append("\" stroke=\"").append(stroke).append('"').append(attrs).append("/>\n");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
