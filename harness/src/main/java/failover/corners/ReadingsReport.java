package failover.corners;

import failover.engine.Pair;
import failover.scenario.Scenario;
import failover.scenario.ScenarioException;
import failover.scenario.ScenarioParser;
import failover.scenario.Session;
import failover.scenario.Step;
import failover.spec.Readings;
import failover.tlc.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The readings of the spec (spec/AAFailover.tla, {@code Readings}; {@link Readings}) as a reviewer
 * needs them: for each, the seed sentences it weighs, each alternative in one line (the chosen one
 * marked), what TLC says of the reading model of the other alternative (spec/MCreading_*.cfg: every
 * property holds, or which breaks first, with the command that prints the counterexample), and a
 * behaviour where the readings part: a scenario of scenarios/ played on two engines in lock step,
 * one under each reading, its group states side by side up to the first step where they differ.
 * Printed by {@code ./failover readings}, and a section of docs/corner-cases.md.
 */
public final class ReadingsReport {
  private ReadingsReport() {}

  /**
   * The alternative of a reading that its model checks, and the scenario where it parts from the
   * chosen one (the shortest found among scenarios/ by {@code ./failover play --which-readings}).
   */
  public record Witness(String reading, String alternative, String model, String scenario) {}

  public static final List<Witness> WITNESSES = List.of(
      new Witness("Preemption", "standing", "reading_preemption_standing", "scenarios/preempt_forced_failover_stays_without_delay.scenario"),
      new Witness("RejoinConfig", "fromPrimary", "reading_rejoin_config_from_primary", "scenarios/corners/rejoin_context_from_secondary.scenario"),
      new Witness("InterfaceFailoverTarget", "anyStandby", "reading_interface_failover_any_standby", "scenarios/corners/same_interface_fails_on_both.scenario"),
      new Witness("NoFailover", "allActive", "reading_no_failover_all_active", "scenarios/corners/no_failover_split.scenario"),
      new Witness("Threshold", "above", "reading_threshold_above", "scenarios/corners/policy_exact_threshold_number.scenario"),
      new Witness("PreemptStateLinkDown", "proceed", "reading_preempt_state_link_proceed", "scenarios/corners/preempt_held_by_state_link.scenario"),
      new Witness("PeerDeathLinkDown", "undetected", "reading_peer_death_undetected", "scenarios/corners/link_down_then_peer_failure.scenario"));

  /** One step of the lock-step run: the line, what it says, both readings' group states, whether they differ. */
  public record Row(int line, String source, String chosen, String other, boolean differ,
      Map<String, Map<Integer, String>> chosenRoles, Map<String, Map<Integer, String>> otherRoles) {}

  /**
   * The scenario's commands and events (not its expectations, which are the chosen reading's) on
   * two engines, the chosen readings and {@code other}: a row for every step after which either
   * engine's group states changed, up to and including the first where they differ.
   */
  public static List<Row> part(Scenario s, Readings other) {
    Session a = new Session(new Pair("none", Readings.CHOSEN));
    Session b = new Session(new Pair("none", other));
    List<Row> rows = new ArrayList<>();
    String lastA = groups(a.pair()), lastB = groups(b.pair());
    for (Step step : s.steps()) {
      if (step instanceof Step.Expectation) continue;
      a.execute(step);
      b.execute(step);
      String ga = groups(a.pair()), gb = groups(b.pair());
      boolean differ = !ga.equals(gb);
      // a reading of the configuration (RejoinConfig) parts in the running configurations, not the roles
      Map<String, Map<String, Long>> ra = a.pair().abstraction().running(), rb = b.pair().abstraction().running();
      if (!differ && !ra.equals(rb)) {
        differ = true;
        ga += "; running " + versions(ra, rb);
        gb += "; running " + versions(rb, ra);
      }
      // the set-up (configure, save, power off both) is left out: the story starts with both units off
      if (ga.equals(BOTH_OFF) && gb.equals(BOTH_OFF)) rows.clear();
      else if (!ga.equals(lastA) || !gb.equals(lastB) || differ) {
        rows.add(new Row(step.line(), step.source(), ga, gb, differ, a.pair().abstraction().role(), b.pair().abstraction().role()));
      }
      lastA = ga;
      lastB = gb;
      if (differ) break;
    }
    return rows;
  }

  private static final String BOTH_OFF = "A off; B off";

  /** The group states of both units, as {@code show failover} names them: "A 1 active, 2 standby; B 1 standby, 2 active". */
  static String groups(Pair p) {
    Map<String, Map<Integer, String>> role = p.abstraction().role();
    List<String> out = new ArrayList<>();
    for (String u : List.of("A", "B")) {
      Map<Integer, String> r = role.get(u);
      out.add(u + " " + (r.get(1).equals("off") ? "off" : "1 " + r.get(1) + ", 2 " + r.get(2)));
    }
    return String.join("; ", out);
  }

  /** The configuration versions of {@code x} in the scopes where it differs from {@code y}: "B ctx1 v2". */
  static String versions(Map<String, Map<String, Long>> x, Map<String, Map<String, Long>> y) {
    List<String> out = new ArrayList<>();
    for (String u : List.of("A", "B")) {
      for (Map.Entry<String, Long> e : new java.util.TreeMap<>(x.get(u)).entrySet()) {
        if (!e.getValue().equals(y.get(u).get(e.getKey()))) out.add(u + " " + e.getKey() + " v" + e.getValue());
      }
    }
    return String.join(", ", out);
  }

  /** The witness of a reading's other alternative, or null. */
  public static Witness witness(String reading) {
    for (Witness w : WITNESSES) if (w.reading().equals(reading)) return w;
    return null;
  }

  /** The report as markdown (a section of docs/corner-cases.md, headings from {@code level}). */
  public static String markdown(Path root, String level) throws IOException {
    StringBuilder sb = new StringBuilder();
    Manifest manifest;
    try {
      manifest = Manifest.read(root.resolve("spec/manifest.json"));
    } catch (Manifest.ManifestException e) {
      throw new IOException(e.getMessage());
    }
    sb.append(level).append(" Readings: where the seed is silent or torn\n\n");
    sb.append("Each reading is a decision of the spec (numbered in [spec/README.md](../spec/README.md)) that the seed "
        + "supports more than one way. The spec takes the first alternative (*chosen*); a reading model "
        + "(`spec/MCreading_*.cfg`, which overrides the spec's `Readings`) checks every invariant and property under "
        + "the other, and the engine takes the same switch (`./failover play --validate --reading NAME=VALUE`; "
        + "`./failover play --which-readings FILE` tells under which alternatives a scenario's expectations hold). "
        + "The table under each reading is a scenario played on two engines in lock step, one under each "
        + "alternative, from the end of its set-up (both units configured, saved and off) up to the first step where "
        + "their group states (or, for a reading of the configuration, their running configurations) differ, in bold; "
        + "a row for each step that changes a group's state.\n\n");
    sb.append("| reading | decision | chosen | other | under the other (reading model) |\n|---|---|---|---|---|\n");
    for (Readings.Reading r : Readings.ALL) {
      Witness w = witness(r.name());
      String result = w == null ? "" : manifest.model(w.model()).map(m -> "`" + w.model() + "`: " + holds(m)).orElse("");
      sb.append("| `").append(r.name()).append("` | ").append(r.decision()).append(" | `").append(r.chosen())
          .append("` | `").append(w == null ? "" : w.alternative()).append("` | ").append(result).append(" |\n");
    }
    sb.append('\n');
    for (Readings.Reading r : Readings.ALL) {
      sb.append(level).append("# `").append(r.name()).append("`: ").append(r.question()).append("\n\n");
      sb.append("Decision ").append(r.decision()).append(". The seed:\n\n");
      for (String q : r.seed()) sb.append("> \"").append(q).append("\"\n>\n");
      sb.setLength(sb.length() - 2);
      sb.append("\n");
      for (Readings.Alternative a : r.alternatives()) {
        sb.append("- `").append(a.value()).append("`").append(a.value().equals(r.chosen()) ? " (chosen)" : "")
            .append(": ").append(a.meaning()).append('\n');
      }
      Witness w = witness(r.name());
      if (w == null) {
        sb.append('\n');
        continue;
      }
      manifest.model(w.model()).ifPresent(m -> sb.append("\nUnder `").append(w.alternative()).append("` (model `")
          .append(w.model()).append("`, ").append(String.format("%,d", m.distinctStates().orElse(0L))).append(" distinct states): ")
          .append(holds(m)).append(m.expected().verdict().isViolation()
              ? "; the counterexample: `./failover check --model " + w.model() + "` (or `./failover readings --check`)." : ".")
          .append('\n'));
      sb.append("\nWhere they part: [").append(w.scenario()).append("](../").append(w.scenario()).append(")\n\n");
      try {
        Scenario s = ScenarioParser.parseFile(root.resolve(w.scenario()));
        List<Row> rows = part(s, Readings.CHOSEN.with(r.name(), w.alternative()));
        sb.append("| line | step | ").append(r.name()).append(" = `").append(r.chosen()).append("` | ")
            .append(r.name()).append(" = `").append(w.alternative()).append("` |\n|---|---|---|---|\n");
        for (Row row : rows) {
          sb.append("| ").append(row.line()).append(" | `").append(row.source().replace("|", "\\|")).append("` | ")
              .append(row.chosen()).append(" | ").append(row.differ() ? "**" + row.other() + "**" : row.other()).append(" |\n");
        }
        sb.append("\n![the timeline of both readings](../").append(picture(r.name()).toString().replace('\\', '/'))
            .append(")\n\n");
      } catch (ScenarioException e) {
        sb.append("(the scenario does not parse: ").append(e.getMessage()).append(")\n\n");
      }
    }
    return sb.toString();
  }

  /** Where the timeline of a reading is drawn, relative to the project root. */
  public static Path picture(String reading) { return Path.of("docs/readings/" + reading + ".svg"); }

  private static final Map<String, String> COLOUR = Map.of("active", "#2e7d32", "standby", "#1565c0", "failed", "#c62828",
      "init", "#9e9e9e", "off", "#eeeeee");

  /**
   * The timeline of both readings in one picture: a column per row of {@link #part}, a band per
   * unit and group, each band split in the chosen reading (upper half) and the other (lower half),
   * coloured by the group's state; the column where they part framed.
   */
  public static String svg(Readings.Reading r, String other, List<Row> rows) {
    int left = 150, col = 64, band = 30, top = 56;
    int w = left + col * Math.max(1, rows.size()) + 20, h = top + 4 * (band + 8) + 60;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(h)
        .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    sb.append("<text x=\"8\" y=\"18\" font-size=\"13\" font-weight=\"bold\">").append(r.name()).append(": upper half ")
        .append(r.chosen()).append(" (chosen), lower half ").append(other).append("</text>\n");
    int x = left;
    for (Row row : rows) {
      sb.append("<text x=\"").append(x + 4).append("\" y=\"").append(top - 8).append("\">line ").append(row.line()).append("</text>\n");
      x += col;
    }
    int y = top;
    for (String u : List.of("A", "B")) {
      for (int g = 1; g <= 2; g++) {
        sb.append("<text x=\"8\" y=\"").append(y + band / 2 + 4).append("\">unit ").append(u).append(", group ").append(g).append("</text>\n");
        x = left;
        for (Row row : rows) {
          String sa = row.chosenRoles().get(u).get(g), so = row.otherRoles().get(u).get(g);
          rect(sb, x, y, col - 2, band / 2, COLOUR.getOrDefault(sa, "#ffffff"), sa);
          rect(sb, x, y + band / 2, col - 2, band / 2, COLOUR.getOrDefault(so, "#ffffff"), so);
          x += col;
        }
        y += band + 8;
      }
    }
    if (!rows.isEmpty() && rows.get(rows.size() - 1).differ()) {
      int fx = left + col * (rows.size() - 1) - 2;
      sb.append("<rect x=\"").append(fx).append("\" y=\"").append(top - 4).append("\" width=\"").append(col + 2)
          .append("\" height=\"").append(4 * (band + 8)).append("\" fill=\"none\" stroke=\"black\" stroke-width=\"2\"/>\n");
    }
    int lx = 8;
    for (String st : List.of("active", "standby", "failed", "init", "off")) {
      rect(sb, lx, h - 30, 14, 14, COLOUR.get(st), st);
      sb.append("<text x=\"").append(lx + 18).append("\" y=\"").append(h - 19).append("\">").append(st).append("</text>\n");
      lx += 80;
    }
    return sb.append("</svg>\n").toString();
  }

  private static void rect(StringBuilder sb, int x, int y, int w, int h, String fill, String title) {
    sb.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w).append("\" height=\"")
        .append(h).append("\" fill=\"").append(fill).append("\" stroke=\"white\"><title>").append(title).append("</title></rect>\n");
  }

  /** The pictures of every reading that has a witness, by path relative to the project root. */
  public static Map<Path, String> pictures(Path root) throws IOException {
    Map<Path, String> out = new java.util.LinkedHashMap<>();
    for (Readings.Reading r : Readings.ALL) {
      Witness w = witness(r.name());
      if (w == null) continue;
      try {
        List<Row> rows = part(ScenarioParser.parseFile(root.resolve(w.scenario())), Readings.CHOSEN.with(r.name(), w.alternative()));
        out.put(picture(r.name()), svg(r, w.alternative(), rows));
      } catch (ScenarioException e) {
        throw new IOException(w.scenario() + ": " + e.getMessage());
      }
    }
    return out;
  }

  /** "every invariant and property holds", or which one breaks. */
  static String holds(Manifest.Model m) {
    return m.expected().verdict().isViolation() ? "breaks " + m.expected().property().orElse("?") : "every invariant and property holds";
  }

  /** The inputs of the report that are not the spec's: the scenarios and the reading models' manifest entries. */
  public static String inputs(Path root) throws IOException {
    StringBuilder sb = new StringBuilder(WITNESSES.toString());
    // the corner cases' scenarios are made from the spec, which the fingerprint covers
    for (Witness w : WITNESSES) {
      if (!w.scenario().startsWith("scenarios/corners/")) sb.append(Files.readString(root.resolve(w.scenario())).replace("\r\n", "\n"));
    }
    try {
      Manifest m = Manifest.read(root.resolve("spec/manifest.json"));
      for (Witness w : WITNESSES) sb.append(m.model(w.model()).map(x -> x.expected() + "/" + x.distinctStates()).orElse(""));
    } catch (Manifest.ManifestException e) {
      sb.append("no manifest");
    }
    sb.append(Readings.ALL);
    return sb.toString();
  }
}
