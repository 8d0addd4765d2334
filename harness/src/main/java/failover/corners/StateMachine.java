package failover.corners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The states of a failover group on one unit (the spec's {@code role[u][g]}) and the spec actions
 * that move it from one to another, each with whose word defines it: the seed's (decision 0) or a
 * numbered decision of spec/README.md. Tests check the table against the spec's action names and
 * the actions that change {@code role}; the catalogue's generator checks that every change of state
 * in a witness trace is a transition of the table. {@link #svg} draws it.
 */
public final class StateMachine {
  private StateMachine() {}

  /** Every state but "off": "from every state" in a transition. */
  public static final String ANY = "*";

  /**
   * One transition.
   *
   * @param from     the group's state on the unit before ({@link #ANY}: every state of a running unit)
   * @param to       after
   * @param action   the spec action
   * @param decision 0 when the seed defines the transition, else the number of the decision in spec/README.md
   * @param when     when it happens, a few words
   */
  public record Transition(String from, String to, String action, int decision, String when) {
    public boolean seed() { return decision == 0; }
  }

  public static final List<String> ROLES = List.of("off", "init", "active", "standby", "failed");

  public static final List<Transition> TRANSITIONS = List.of(
      new Transition("off", "init", "PowerOn", 0, "boots with failover enabled"),
      new Transition("off", "active", "PowerOn", 5, "boots with failover disabled (standalone)"),
      new Transition(ANY, "off", "PowerOff", 0, "power or software failure"),
      new Transition("init", "active", "BootAlone", 0, "no peer heard within the unit hold time"),
      new Transition("init", "active", "SimultaneousBoot", 0, "both boot: on the preferred unit"),
      new Transition("init", "active", "DisableFailover", 5, "no failover while negotiating"),
      new Transition("init", "standby", "JoinActivePeer", 0, "the peer is active"),
      new Transition("init", "standby", "SimultaneousBoot", 0, "both boot: on the other unit"),
      new Transition(ANY, "init", "EnableFailover", 13, "failover entered again"),
      new Transition("standby", "active", "Preempt", 0, "preempt: the preferred unit (when armed: decision 1)"),
      new Transition("standby", "active", "ForceActive", 0, "failover active here"),
      new Transition("standby", "active", "ForceStandby", 0, "no failover active group on the peer"),
      new Transition("standby", "active", "DetectPeerFailure", 0, "the peer failed (unit hold time; decisions 9, 10)"),
      new Transition("standby", "active", "DetectInterfaceFailure", 0, "the peer's copy failed (onto healthy only: decision 3)"),
      new Transition("failed", "active", "DetectPeerFailure", 10, "the peer failed: the only place left"),
      new Transition("active", "failed", "DetectInterfaceFailure", 0, "interfaces fail the policy: failover"),
      new Transition("standby", "failed", "DetectInterfaceFailure", 0, "its own interfaces fail the policy"),
      new Transition("failed", "standby", "GroupRecover", 12, "its interfaces are back"),
      new Transition("failed", "standby", "Reset", 0, "failover reset"),
      new Transition("active", "standby", "ForceActive", 0, "failover active on the peer"),
      new Transition("active", "standby", "ForceStandby", 0, "no failover active group here"),
      new Transition("active", "standby", "Preempt", 0, "preempt: the other unit"),
      new Transition("active", "standby", "Rejoin", 2, "active on both: the secondary yields"));

  /** Whether the table has a transition from {@code from} to {@code to} by {@code action}. */
  public static boolean allows(String from, String to, String action) {
    for (Transition t : TRANSITIONS) {
      if (!t.action().equals(action) || !t.to().equals(to)) continue;
      if (t.from().equals(from) || t.from().equals(ANY) && !from.equals("off") && !from.equals(to)) return true;
    }
    return false;
  }

  /** The changes of state in a trace that the table lacks, as "A group 1: standby -> active by X (step n)". */
  public static List<String> unknownChanges(List<SpecView> states) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < states.size(); i++) {
      SpecView b = states.get(i - 1), s = states.get(i);
      for (String u : SpecView.UNITS) {
        for (int g : SpecView.GROUPS) {
          String from = b.role(u, g), to = s.role(u, g);
          if (!from.equals(to) && !allows(from, to, s.action())) {
            out.add(u + " group " + g + ": " + from + " -> " + to + " by " + s.action() + " (step " + (i + 1) + ")");
          }
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------
  // The picture

  static final int W = 1100, H = 680, NODE_W = 120, NODE_H = 40, LINE = 14;
  static final String SEED = "#2e7d32", DECISION = "#e65100", MIXED = "#546e7a";
  /** Where each state is drawn (centre). */
  static final Map<String, int[]> AT = Map.of(
      "off", new int[] {90, 350}, "init", new int[] {330, 350}, "active", new int[] {680, 110},
      "standby", new int[] {680, 590}, "failed", new int[] {1000, 350});

  /**
   * Where an edge's labels go: the fraction along the edge, and the offset of the first line from
   * that point. Edges between the same two states in both directions are drawn apart. An edge
   * without a place is told in a note under its source state.
   */
  record Place(double along, int dx, int dy, String anchor) {}

  static final Map<String, Place> PLACES = Map.of(
      "off>init", new Place(0.5, 0, -10, "middle"),
      "init>active", new Place(0.5, -10, -30, "end"),
      "init>standby", new Place(0.5, -10, 24, "end"),
      "active>standby", new Place(0.4, -14, 0, "end"),
      "standby>active", new Place(0.8, 14, 0, "start"),
      "active>failed", new Place(0.75, -10, 22, "end"),
      "failed>active", new Place(0.5, 12, -14, "start"),
      "standby>failed", new Place(0.5, 12, 22, "start"),
      "failed>standby", new Place(0.3, -10, -16, "end"));

  /** The diagram as SVG text. */
  public static String svg() {
    Map<String, List<Transition>> edges = new LinkedHashMap<>();
    Map<String, List<String>> notes = new LinkedHashMap<>();
    for (Transition t : TRANSITIONS) {
      String key = t.from() + ">" + t.to();
      if (t.from().equals(ANY)) notes.computeIfAbsent(t.to(), k -> new ArrayList<>()).add("from every state: " + label(t));
      else if (!PLACES.containsKey(key)) {
        notes.computeIfAbsent(t.from(), k -> new ArrayList<>()).add("to " + Story.stateName(t.to()) + ": " + label(t));
      } else edges.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
    }
    StringBuilder sb = new StringBuilder();
    int legendY = H - 44;
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
        .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    sb.append("  <desc>the states of a failover group on one unit and the spec actions between them</desc>\n");
    sb.append("  <defs>\n");
    for (String[] c : new String[][] {{"seed", SEED}, {"decision", DECISION}, {"mixed", MIXED}}) {
      sb.append("    <marker id=\"arrow-").append(c[0]).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
          + "markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(c[1]).append("\"/></marker>\n");
    }
    sb.append("  </defs>\n");
    sb.append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    sb.append("  <text x=\"10\" y=\"20\" font-size=\"13\" font-weight=\"bold\">The states of a failover group on one unit "
        + "(as show failover names them) and the spec actions between them</text>\n");
    for (Map.Entry<String, List<Transition>> e : edges.entrySet()) {
      String[] ft = e.getKey().split(">");
      Place p = PLACES.get(e.getKey());
      boolean back = edges.containsKey(ft[1] + ">" + ft[0]);
      double[] seg = segment(AT.get(ft[0]), AT.get(ft[1]), back ? 9 : 0);
      String kind = kind(e.getValue());
      sb.append(String.format(java.util.Locale.ROOT,
          "  <line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"%s\" stroke-width=\"1.6\" marker-end=\"url(#arrow-%s)\"/>%n",
          seg[0], seg[1], seg[2], seg[3], colour(kind), kind));
      int lx = (int) Math.round(seg[0] + (seg[2] - seg[0]) * p.along() + p.dx());
      int ly = (int) Math.round(seg[1] + (seg[3] - seg[1]) * p.along() + p.dy());
      for (int i = 0; i < e.getValue().size(); i++) {
        Transition t = e.getValue().get(i);
        text(sb, lx, ly + i * LINE, p.anchor(), t.seed() ? SEED : DECISION, bold(t.action()) + " (" + who(t) + ")");
      }
    }
    for (String r : ROLES) {
      int[] at = AT.get(r);
      sb.append("  <rect x=\"").append(at[0] - NODE_W / 2).append("\" y=\"").append(at[1] - NODE_H / 2).append("\" width=\"")
          .append(NODE_W).append("\" height=\"").append(NODE_H).append("\" rx=\"10\" fill=\"").append(TimelineSvg.FILL.get(Story.stateName(r)))
          .append("\" stroke=\"#212121\"/>\n");
      sb.append("  <text x=\"").append(at[0]).append("\" y=\"").append(at[1] - 2).append("\" text-anchor=\"middle\" font-weight=\"bold\">")
          .append(Story.stateName(r)).append("</text>\n");
      sb.append("  <text x=\"").append(at[0]).append("\" y=\"").append(at[1] + 12).append("\" text-anchor=\"middle\" fill=\"#424242\">")
          .append("(spec: ").append(r).append(")</text>\n");
      List<String> ns = notes.getOrDefault(r, List.of());
      for (int i = 0; i < ns.size(); i++) {
        String n = ns.get(i);
        text(sb, at[0] - NODE_W / 2, at[1] + NODE_H / 2 + 16 + i * LINE, "start", n.contains("(seed)") ? SEED : DECISION, n);
      }
    }
    text(sb, 10, legendY, "start", SEED, "green: the seed defines the transition");
    text(sb, 10, legendY + LINE, "start", DECISION, "orange: a decision of the spec (its number in spec/README.md), where the seed "
        + "is silent or torn");
    text(sb, 10, legendY + 2 * LINE, "start", MIXED, "grey arrow: both on one edge. When each transition happens: the table "
        + "under the picture in docs/corner-cases.md");
    sb.append("</svg>\n");
    return sb.toString();
  }

  static String who(Transition t) { return t.seed() ? "seed" : "decision " + t.decision(); }

  private static String bold(String s) { return "<tspan font-weight=\"bold\">" + s + "</tspan>"; }

  private static String label(Transition t) { return bold(t.action()) + " (" + who(t) + ")"; }

  private static void text(StringBuilder sb, int x, int y, String anchor, String fill, String content) {
    sb.append("  <text x=\"").append(x).append("\" y=\"").append(y).append('"')
        .append(anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"").append(" fill=\"").append(fill).append("\">")
        .append(content).append("</text>\n");
  }

  /** The table of transitions as markdown rows, for the catalogue. */
  public static String markdownTable() {
    StringBuilder sb = new StringBuilder("| from | to | action | defined by | when |\n|---|---|---|---|---|\n");
    for (Transition t : TRANSITIONS) {
      sb.append("| ").append(t.from().equals(ANY) ? "every state" : Story.stateName(t.from())).append(" | ")
          .append(Story.stateName(t.to())).append(" | `").append(t.action()).append("` | ")
          .append(t.seed() ? "the seed" : Decisions.cite(t.decision())).append(" | ").append(t.when()).append(" |\n");
    }
    return sb.toString();
  }

  private static String kind(List<Transition> ts) {
    boolean seed = ts.stream().anyMatch(Transition::seed), decision = ts.stream().anyMatch(t -> !t.seed());
    return seed && decision ? "mixed" : seed ? "seed" : "decision";
  }

  private static String colour(String kind) {
    return switch (kind) {
      case "seed" -> SEED;
      case "decision" -> DECISION;
      default -> MIXED;
    };
  }

  /** The segment between two node boxes' borders, shifted sideways by {@code shift} px (to its right). */
  static double[] segment(int[] a, int[] b, int shift) {
    double dx = b[0] - a[0], dy = b[1] - a[1], len = Math.hypot(dx, dy);
    double nx = -dy / len * shift, ny = dx / len * shift;
    double ax = a[0] + nx, ay = a[1] + ny, bx = b[0] + nx, by = b[1] + ny;
    double ta = exit(dx, dy), tb = exit(-dx, -dy);
    return new double[] {ax + dx * ta, ay + dy * ta, bx - dx * tb, by - dy * tb};
  }

  /** The fraction of (dx, dy) at which a ray from a box's centre leaves the box. */
  private static double exit(double dx, double dy) {
    double tx = dx == 0 ? Double.MAX_VALUE : (NODE_W / 2.0 + 4) / Math.abs(dx);
    double ty = dy == 0 ? Double.MAX_VALUE : (NODE_H / 2.0 + 4) / Math.abs(dy);
    return Math.min(tx, ty);
  }
}
