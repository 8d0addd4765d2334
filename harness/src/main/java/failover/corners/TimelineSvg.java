package failover.corners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The timeline picture of a counterexample, as SVG text: one column a step; rows for where each
 * group is active, each unit's role for each group, the failover link and (with Stateful Failover)
 * the stateful link; the actions under the chart. Plain SVG 1.1, no scripts, same text every run.
 */
public final class TimelineSvg {
  private TimelineSvg() {}

  static final int LABEL_W = 150, COL_W = 64, ROW_H = 22, TOP = 46, PAD = 10;
  static final Map<String, String> FILL = Map.of(
      "active", "#4caf50", "standby", "#90caf9", "failed", "#e53935", "init", "#fff176", "off", "#bdbdbd",
      "up", "#c8e6c9", "down", "#e53935", "A", "#7e57c2", "B", "#ff9800", "A+B", "#e53935");

  /** The picture of a run; {@code title} goes on its first line. */
  public static String render(String title, WitnessRun run) {
    List<SpecView> states = run.states();
    List<String[]> rows = new ArrayList<>(); // label, then one value a state
    for (int g = 1; g <= 2; g++) {
      String[] r = new String[states.size() + 1];
      r[0] = "group " + g + " active on";
      for (int i = 0; i < states.size(); i++) {
        SpecView s = states.get(i);
        boolean a = s.role("A", g).equals("active"), b = s.role("B", g).equals("active");
        r[i + 1] = a && b ? "A+B" : a ? "A" : b ? "B" : "none";
      }
      rows.add(r);
    }
    for (String u : SpecView.UNITS) {
      for (int g = 1; g <= 2; g++) {
        String[] r = new String[states.size() + 1];
        r[0] = "unit " + u + ", group " + g;
        for (int i = 0; i < states.size(); i++) r[i + 1] = states.get(i).role(u, g);
        rows.add(r);
      }
    }
    String[] fo = new String[states.size() + 1];
    fo[0] = "failover link";
    for (int i = 0; i < states.size(); i++) fo[i + 1] = states.get(i).foLink();
    rows.add(fo);
    if (run.constants().stateful()) {
      String[] st = new String[states.size() + 1];
      st[0] = "stateful link";
      for (int i = 0; i < states.size(); i++) st[i + 1] = states.get(i).stLink();
      rows.add(st);
    }
    int chartH = TOP + rows.size() * ROW_H;
    int legendH = 8 + states.size() * 16;
    int width = LABEL_W + states.size() * COL_W + PAD;
    int height = chartH + legendH + PAD;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    sb.append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    sb.append("  <text x=\"").append(PAD).append("\" y=\"16\" font-size=\"13\" font-weight=\"bold\">").append(esc(title)).append("</text>\n");
    for (int i = 0; i < states.size(); i++) {
      int x = LABEL_W + i * COL_W + COL_W / 2;
      sb.append("  <text x=\"").append(x).append("\" y=\"").append(TOP - 8).append("\" text-anchor=\"middle\">step ")
          .append(i + 1).append("</text>\n");
    }
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      int y = TOP + r * ROW_H;
      sb.append("  <text x=\"").append(PAD).append("\" y=\"").append(y + 15).append("\">").append(esc(row[0])).append("</text>\n");
      for (int i = 1; i < row.length; i++) {
        int x = LABEL_W + (i - 1) * COL_W;
        String fill = FILL.getOrDefault(row[i], "#ffffff");
        sb.append("  <rect x=\"").append(x + 1).append("\" y=\"").append(y + 2).append("\" width=\"").append(COL_W - 2)
            .append("\" height=\"").append(ROW_H - 4).append("\" fill=\"").append(fill).append("\" stroke=\"#616161\" stroke-width=\"0.5\"/>\n");
        sb.append("  <text x=\"").append(x + COL_W / 2).append("\" y=\"").append(y + 15).append("\" text-anchor=\"middle\">")
            .append(esc(row[i])).append("</text>\n");
      }
    }
    for (int i = 0; i < states.size(); i++) {
      int y = chartH + 18 + i * 16;
      String what = i == 0 ? "Init: both boxes off, failover configured, cables connected" : states.get(i).actionText();
      sb.append("  <text x=\"").append(PAD).append("\" y=\"").append(y).append("\">step ").append(i + 1).append(": ")
          .append(esc(what)).append("</text>\n");
    }
    sb.append("</svg>\n");
    return sb.toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
