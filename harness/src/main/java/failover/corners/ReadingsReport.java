package failover.corners;

import failover.spec.Readings;
import failover.tlc.Manifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The readings of the spec (spec/AAFailover.tla, {@code Readings}; {@link Readings}) as a reviewer
 * needs them: for each, the seed sentences it weighs, each alternative in one line (the chosen one
 * marked), what TLC says of the reading model of the other alternative (spec/MCreading_*.cfg: every
 * property holds, or which breaks first, with TLC's counterexample as a table of steps), and the
 * shortest behaviour where the readings part ({@link ReadingParting}, committed by {@link ReadingsRun}):
 * both readings' group states side by side up to the step where they differ, and its timeline.
 * Printed by {@code ./failover readings} (from the committed traces), and a section of
 * docs/corner-cases.md.
 */
public final class ReadingsReport {
  private ReadingsReport() {}

  /**
   * The alternative of a reading that its model checks, the scenario written where it parts from the
   * chosen one ({@link ReadingsRun}), and the depth of the search ({@link ReadingParting}: the state
   * graphs are dumped to TLC depth {@code depth}: behaviours of at most that many states).
   */
  public record Witness(String reading, String alternative, String model, String scenario, int depth) {
    /** The chosen alternative of the reading. */
    public String alternativeChosen() { return Readings.reading(reading).chosen(); }
  }

  public static final List<Witness> WITNESSES = List.of(
      new Witness("Preemption", "standing", "reading_preemption_standing", "scenarios/readings/Preemption.scenario", 12),
      new Witness("RejoinConfig", "fromPrimary", "reading_rejoin_config_from_primary", "scenarios/readings/RejoinConfig.scenario", 8),
      new Witness("InterfaceFailoverTarget", "anyStandby", "reading_interface_failover_any_standby", "scenarios/readings/InterfaceFailoverTarget.scenario", 8),
      new Witness("NoFailover", "allActive", "reading_no_failover_all_active", "scenarios/readings/NoFailover.scenario", 12),
      new Witness("Threshold", "above", "reading_threshold_above", "scenarios/readings/Threshold.scenario", 8),
      new Witness("PreemptStateLinkDown", "proceed", "reading_preempt_state_link_proceed", "scenarios/readings/PreemptStateLinkDown.scenario", 10),
      new Witness("PeerDeathLinkDown", "undetected", "reading_peer_death_undetected", "scenarios/readings/PeerDeathLinkDown.scenario", 12),
      new Witness("NoLink", "never", "reading_no_link_never", "scenarios/readings/NoLink.scenario", 10));

  /**
   * A reading whose alternatives are told apart by scenarios written from the seed, one for each
   * alternative ({@link #scenario}: it passes on the engine under that alternative and fails under
   * the other), not by a searched parting: {@code model} is the reading model of the other
   * alternative, or null for an engine-only reading ({@link Readings.Reading#engineOnly}: the spec
   * has no such reading, so no model).
   *
   * <p>Decision: {@code NegotiatingAddresses} is one: its alternative changes no variable and no
   * guard of the spec, only the derived {@code UsesStandbyAddresses} (which {@code MacIpUniqueInv}
   * reads), so TLC's state graphs under both alternatives are the same graph and the product search
   * of {@link ReadingParting} finds no parting; where it differs is the addresses the engine shows,
   * which a scenario expects ({@code expect A interface ... mac}). Not taken: a parting search over
   * the addresses derived under each reading (it would part at the first {@code PowerOn}, and the
   * scenario written from it would expect only group states, which are the same under both).
   */
  public record Told(String reading, String model) {
    /** The scenario of alternative {@code value}: {@code readings/READING-VALUE.scenario}. */
    public Path scenario(String value) { return Path.of("readings", reading + "-" + value + ".scenario"); }

    /** The reading's other alternative (the one its model takes). */
    public String alternative() { return Readings.reading(reading).alternatives().get(1).value(); }
  }

  /** The readings told apart by scenarios, in the order of {@link Readings#ALL}. */
  public static final List<Told> TOLD = List.of(
      new Told("NegotiatingAddresses", "reading_negotiating_addresses_standby"),
      new Told("PollTimeRange", null));

  /** The reading told apart by scenarios called {@code reading}, or null. */
  public static Told told(String reading) {
    for (Told t : TOLD) if (t.reading().equals(reading)) return t;
    return null;
  }

  /** A reading model: the reading, the alternative it takes, the model's name in spec/manifest.json. */
  public record ReadingModel(String reading, String alternative, String model) {}

  /** Every reading model (the witnesses' and the told readings' that have one), in the order of {@link Readings#ALL}. */
  public static List<ReadingModel> models() {
    List<ReadingModel> out = new ArrayList<>();
    for (Readings.Reading r : Readings.ALL) {
      Witness w = witness(r.name());
      Told t = told(r.name());
      if (w != null) out.add(new ReadingModel(w.reading(), w.alternative(), w.model()));
      else if (t != null && t.model() != null) out.add(new ReadingModel(t.reading(), t.alternative(), t.model()));
    }
    return out;
  }

  /**
   * One step of the behaviour where the readings part: its number, the action under each reading
   * (null: this reading has no such step there, its state stays), both readings' group states,
   * whether they differ.
   */
  public record Row(int step, String chosenStep, String otherStep, String chosen, String other, boolean differ,
      Map<String, Map<Integer, String>> chosenRoles, Map<String, Map<Integer, String>> otherRoles) {
    public String label() { return "step " + step; }
  }

  /** The rows of a parting: every state of the behaviour, the side without the last step staying where it was. */
  public static List<Row> rows(ReadingParting.Result p) {
    List<Map<String, failover.tlc.TlaValue>> c = p.chosen().states(), o = p.other().states();
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < Math.max(c.size(), o.size()); i++) {
      var cs = c.get(Math.min(i, c.size() - 1));
      var os = o.get(Math.min(i, o.size() - 1));
      String gc = ReadingParting.groups(cs), go = ReadingParting.groups(os);
      out.add(new Row(i, i < c.size() ? ReadingParting.step(cs) : null, i < o.size() ? ReadingParting.step(os) : null, gc, go,
          !gc.equals(go), ReadingParting.roles(cs), ReadingParting.roles(os)));
    }
    return out;
  }

  /** The witness of a reading's other alternative, or null. */
  public static Witness witness(String reading) {
    for (Witness w : WITNESSES) if (w.reading().equals(reading)) return w;
    return null;
  }

  /** The report as markdown from the committed traces and scenarios (traces/readings/, scenarios/readings/). */
  public static String markdown(Path root, String level) throws IOException {
    return markdown(root, level, committed(root), ReadingsRun.committedToldCounterexamples(root));
  }

  /** The committed runs of every reading (null where a reading has none yet). */
  public static Map<String, ReadingsRun> committed(Path root) {
    Map<String, ReadingsRun> out = new java.util.LinkedHashMap<>();
    for (Witness w : WITNESSES) out.put(w.reading(), ReadingsRun.committed(root, w));
    return out;
  }

  /** The report as markdown (a section of docs/corner-cases.md, headings from {@code level}). */
  public static String markdown(Path root, String level, Map<String, ReadingsRun> runs, Map<String, failover.conform.Itf.Trace> toldCounterexamples)
      throws IOException {
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
        + "Where the other alternative breaks a property, TLC's counterexample is shown as a table of steps and committed "
        + "as an ITF trace under `traces/readings/` (the trace corpus test replays it on the engine under that reading). "
        + "Some readings are told apart by a scenario per alternative, written from the seed (`readings/READING-VALUE.scenario`: "
        + "it passes on the engine under that alternative and fails under the other; `./failover play --reading NAME=VALUE FILE`): "
        + "an **engine-only** reading, which the spec cannot express (it counts time in ticks, not seconds), so it has "
        + "no reading model, and a reading that changes no state of the spec, only what is derived from it, whose "
        + "reading model shows the property it breaks but whose state graphs never part.\n\n"
        + "**Where they part** is found by search, from TLC's own output: the reading model's constants are checked twice, "
        + "under each alternative, with the state graph dumped (`-dump dot`, without the model's checks and its `VIEW`, so "
        + "that every state carries the step that led to it, and to a given depth); then a "
        + "breadth-first search over the product of the two graphs, from their initial states, follows only steps with the "
        + "same action and parameters (the history variable `act`) to the first pair of states whose group states (`role`) "
        + "differ. Breadth-first makes it a **shortest** behaviour: fewest steps from `Init` (a `Tick` is a step), within "
        + "the model's constants, its state constraint and that depth (TLC's: states from `Init`). Where a reading changes a guard, not an effect, no "
        + "step of the same label parts the group states; the search then ends where one reading takes a step that the "
        + "other has not there and that step changes the group states (the behaviour is the spec's under both readings up "
        + "to its last state, and its last step is one reading's only). "
        + "Decision: that one-sided last step is accepted as the parting (the alternative, same-label steps only, finds "
        + "no parting for six of the eight readings). Where the group states never part within the bounds, the search "
        + "names the first difference of any kind instead. The behaviour is committed as an ITF trace per reading "
        + "(`traces/readings/parting-READING-VALUE.itf.json`) and as a scenario written from the chosen reading's trace "
        + "(`scenarios/readings/READING.scenario`), validated by TLC under each reading in one run: its expectations "
        + "must hold under the chosen reading and fail under the other.\n\n");
    sb.append("| reading | decision | chosen | other | under the other (reading model) | where they part |\n|---|---|---|---|---|---|\n");
    for (Readings.Reading r : Readings.ALL) {
      Witness w = witness(r.name());
      Told t = told(r.name());
      if (w == null && t != null) {
        String result = t.model() == null ? "engine only (the spec counts time in ticks): no reading model"
            : manifest.model(t.model()).map(m -> "`" + t.model() + "`: " + holds(m)).orElse("");
        sb.append("| `").append(r.name()).append("` | ").append(r.decision()).append(" | `").append(r.chosen())
            .append("` | `").append(t.alternative()).append("` | ").append(result).append(" | told apart by a scenario per alternative: ")
            .append(String.join(", ", r.alternatives().stream().map(a -> "`" + t.scenario(a.value()).toString().replace('\\', '/') + "`").toList()))
            .append(" |\n");
        continue;
      }
      String result = w == null ? "" : manifest.model(w.model()).map(m -> "`" + w.model() + "`: " + holds(m)).orElse("");
      ReadingsRun run = w == null ? null : runs.get(r.name());
      sb.append("| `").append(r.name()).append("` | ").append(r.decision()).append(" | `").append(r.chosen())
          .append("` | `").append(w == null ? "" : w.alternative()).append("` | ").append(result).append(" | ")
          .append(run == null ? "not generated yet (`./failover corners`)" : summary(run)).append(" |\n");
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
      if (w == null && told(r.name()) != null) {
        told(sb, root, manifest, r, told(r.name()), toldCounterexamples);
        continue;
      }
      if (w == null) {
        sb.append('\n');
        continue;
      }
      ReadingsRun run = runs.get(r.name());
      manifest.model(w.model()).ifPresent(m -> sb.append("\nUnder `").append(w.alternative()).append("` (model `")
          .append(w.model()).append("`, ").append(String.format("%,d", m.distinctStates().orElse(0L))).append(" distinct states): ")
          .append(holds(m)).append(m.expected().verdict().isViolation() ? "." : ".").append('\n'));
      if (run != null && run.counterexample() != null) counterexample(sb, w.reading(), w.alternative(), w.model(), run.counterexample());
      if (run == null) {
        sb.append("\nWhere they part: not generated yet (run `./failover corners`).\n\n");
        continue;
      }
      parting(sb, w, run);
    }
    return sb.toString();
  }

  /**
   * A reading told apart by scenarios: engine only, or its reading model's result; then each
   * alternative's scenario, played on the engine under every alternative of the reading (the
   * verdicts computed here, from the committed scenarios).
   */
  static void told(StringBuilder sb, Path root, Manifest manifest, Readings.Reading r, Told t, Map<String, failover.conform.Itf.Trace> counterexamples)
      throws IOException {
    if (t.model() == null) {
      sb.append("\nEngine only: the spec counts time in ticks, so it has no such reading and no reading model; the engine "
          + "takes the switch (`failover.spec.Readings`, left out of the spec's `Readings` record), and a scenario per "
          + "alternative tells them apart.\n");
    } else {
      manifest.model(t.model()).ifPresent(m -> sb.append("\nUnder `").append(t.alternative()).append("` (model `")
          .append(t.model()).append("`, ").append(String.format("%,d", m.distinctStates().orElse(0L))).append(" distinct states): ")
          .append(holds(m)).append(".\n"));
      failover.conform.Itf.Trace cex = counterexamples.get(t.model());
      if (cex != null) counterexample(sb, t.reading(), t.alternative(), t.model(), cex);
      sb.append("\nWhere they part: the alternative changes no variable and no guard of the spec, only the addresses "
          + "derived from the roles, so TLC's state graphs under both are the same and no behaviour parts their group "
          + "states; the scenarios below expect the addresses the engine shows.\n");
    }
    sb.append("\n| scenario (written from the seed) | ").append(String.join(" | ", r.alternatives().stream()
        .map(a -> "under `" + a.value() + "`" + (a.value().equals(r.chosen()) ? " (chosen)" : "")).toList())).append(" |\n|---|");
    for (int i = 0; i < r.alternatives().size(); i++) sb.append("---|");
    sb.append('\n');
    for (Readings.Alternative a : r.alternatives()) {
      Path f = t.scenario(a.value());
      String link = f.toString().replace('\\', '/');
      sb.append("| [").append(link).append("](../").append(link).append(") |");
      if (!java.nio.file.Files.isRegularFile(root.resolve(f))) {
        for (int i = 0; i < r.alternatives().size(); i++) sb.append(" missing |");
        sb.append('\n');
        continue;
      }
      String text = java.nio.file.Files.readString(root.resolve(f));
      for (Readings.Alternative b : r.alternatives()) {
        String v = ReadingsRun.play(f.toString(), text, Readings.CHOSEN.with(r.name(), b.value()));
        sb.append(' ').append(cell(v.startsWith("PASS") ? "PASS" : v.replaceFirst("^FAIL [^:]*: ", "FAIL at "))).append(" |");
      }
      sb.append('\n');
    }
    sb.append('\n');
  }

  /** The summary cell: "4 steps: `Preempt(group: 2)` under `standing` only". */
  static String summary(ReadingsRun run) {
    ReadingParting.Result p = run.parting();
    Witness w = run.witness();
    List<Row> rows = rows(p);
    Row last = rows.get(rows.size() - 1);
    return switch (p.kind()) {
      case SAME_STEP -> p.steps() + " steps: `" + last.chosenStep() + "` leaves different group states";
      case CHOSEN_ONLY -> p.steps() + " steps: `" + last.chosenStep() + "` under `" + w.alternativeChosen() + "` only";
      case OTHER_ONLY -> p.steps() + " steps: `" + last.otherStep() + "` under `" + w.alternative() + "` only";
      case NONE -> "group states do not part within depth " + w.depth() + "; first difference after " + p.steps() + " steps: "
          + p.differences().stream().map(d -> "`" + d.substring(0, d.indexOf(':')) + "`").distinct().reduce((a, b) -> a + ", " + b).orElse("the steps enabled");
    };
  }

  private static String cell(String s) { return s.replace("|", "\\|"); }

  /** TLC's counterexample as a compact table: action with parameters, what changed. */
  static void counterexample(StringBuilder sb, String reading, String alternative, String model, failover.conform.Itf.Trace t) {
    Object verdict = t.meta().get("verdict");
    String file = ReadingsRun.counterexampleTrace(model).toString().replace('\\', '/');
    sb.append("\nTLC's counterexample (").append(verdict == null ? "" : verdict + ", ").append(t.states().size())
        .append(" states; [").append(file).append("](../").append(file)
        .append("), replayed by the trace corpus test on the engine under `")
        .append(reading).append("=").append(alternative).append("`; `./failover check --model ").append(model)
        .append("` prints it too):\n\n");
    sb.append("| step | action | what changed |\n|---|---|---|\n");
    for (int i = 0; i < t.states().size(); i++) {
      var s = t.states().get(i);
      List<String> ch = i == 0 ? List.of("both units off, failover configured, cables up") : changes(t.states().get(i - 1), s);
      sb.append("| ").append(i).append(" | `").append(cell(i == 0 ? "Init" : ReadingParting.step(s))).append("` | ")
          .append(ch.isEmpty() ? "(no change)" : (i == 0 ? ch.get(0) : "`" + cell(String.join("`, `", ch)) + "`")).append(" |\n");
    }
    if (t.loop() >= 0) sb.append("\nThen back to state ").append(t.loop()).append(" for ever (a lasso: the property is a liveness property).\n");
  }

  /** What changed from one state to the next, variable by variable down to the changed entries: {@code role["B"][2]: standby → active}. */
  static List<String> changes(Map<String, failover.tlc.TlaValue> a, Map<String, failover.tlc.TlaValue> b) {
    List<String> out = new ArrayList<>();
    for (String v : failover.spec.Vocabulary.VARIABLES) {
      if (v.equals("act")) continue;
      diff(v, a.get(v), b.get(v), out);
    }
    return out;
  }

  private static void diff(String path, failover.tlc.TlaValue x, failover.tlc.TlaValue y, List<String> out) {
    if (java.util.Objects.equals(x, y)) return;
    if (x instanceof failover.tlc.TlaValue.Rec rx && y instanceof failover.tlc.TlaValue.Rec ry && rx.fields().keySet().equals(ry.fields().keySet())) {
      for (String k : rx.fields().keySet()) diff(path + "[\"" + k + "\"]", rx.fields().get(k), ry.fields().get(k), out);
      return;
    }
    if (x instanceof failover.tlc.TlaValue.Seq sx && y instanceof failover.tlc.TlaValue.Seq sy && sx.elements().size() == sy.elements().size()
        && !path.startsWith("ifTimer[\"A\"][") && !path.startsWith("ifTimer[\"B\"][")) {
      for (int i = 0; i < sx.elements().size(); i++) diff(path + "[" + (i + 1) + "]", sx.elements().get(i), sy.elements().get(i), out);
      return;
    }
    out.add(path + ": " + x + " → " + y);
  }

  /** Where the readings part: how it was found, the table of steps, the picture, the traces and the scenario. */
  static void parting(StringBuilder sb, Witness w, ReadingsRun run) {
    ReadingParting.Result p = run.parting();
    Readings.Reading r = Readings.reading(w.reading());
    sb.append("\n**Where they part.** TLC dumped the state graph of `").append(w.model()).append("`'s constants under `")
        .append(r.chosen()).append("` (").append(String.format("%,d", p.chosenDistinct())).append(" distinct states) and under `")
        .append(w.alternative()).append("` (").append(String.format("%,d", p.otherDistinct())).append("), to depth ").append(w.depth())
        .append(" (behaviours of at most ").append(w.depth()).append(" states); the search over their product visited ").append(String.format("%,d", p.pairs())).append(" pairs of states. ");
    List<Row> rows = rows(p);
    Row last = rows.get(rows.size() - 1);
    switch (p.kind()) {
      case SAME_STEP -> sb.append("The shortest behaviour where they part has **").append(p.steps()).append(" steps**: its last step, `")
          .append(last.chosenStep()).append("`, is taken under both readings and leaves different group states.");
      case CHOSEN_ONLY -> sb.append("The shortest behaviour where they part has **").append(p.steps()).append(" steps**: both readings "
          + "take the first ").append(p.steps() - 1).append(", then under `").append(r.chosen()).append("` the spec takes `")
          .append(last.chosenStep()).append("`, which it has not under `").append(w.alternative()).append("` (there it enables ")
          .append(enabledText(p.onlyOther())).append(" that the other lacks).");
      case OTHER_ONLY -> sb.append("The shortest behaviour where they part has **").append(p.steps()).append(" steps**: both readings "
          + "take the first ").append(p.steps() - 1).append(", then under `").append(w.alternative()).append("` the spec takes `")
          .append(last.otherStep()).append("`, which it has not under `").append(r.chosen()).append("`.");
      case NONE -> sb.append("The group states never part within the model's bounds and depth ").append(w.depth())
          .append(" (the reading changes no group state there); what differs first, after **").append(p.steps())
          .append(" steps**, is shown instead").append(p.onlyChosen().isEmpty() && p.onlyOther().isEmpty() ? ""
              : " (the steps enabled there differ too: under `" + r.chosen() + "` only " + enabledText(p.onlyChosen())
                + ", under `" + w.alternative() + "` only " + enabledText(p.onlyOther()) + ")").append('.');
    }
    if (p.firstDiffer() >= 0) {
      sb.append(" The states first differ after step ").append(p.firstDiffer()).append(": `")
          .append(cell(String.join("`; `", p.differences()))).append("`.");
    } else {
      sb.append(" The states are equal up to the parting step.");
    }
    sb.append("\n\n| step | action | ").append(r.name()).append(" = `").append(r.chosen()).append("` | ")
        .append(r.name()).append(" = `").append(w.alternative()).append("` |\n|---|---|---|---|\n");
    for (Row row : rows) {
      String action = row.chosenStep() != null && row.otherStep() != null && row.chosenStep().equals(row.otherStep())
          ? "`" + cell(row.chosenStep()) + "`"
          : row.chosenStep() == null ? "`" + cell(row.otherStep()) + "` (`" + w.alternative() + "` only)"
          : row.otherStep() == null ? "`" + cell(row.chosenStep()) + "` (`" + r.chosen() + "` only)"
          : "`" + cell(row.chosenStep()) + "` / `" + cell(row.otherStep()) + "`";
      String c = row.chosenStep() == null ? "no such step: " + row.chosen() : row.chosen();
      String o = row.otherStep() == null ? "no such step: " + row.other() : row.other();
      sb.append("| ").append(row.step()).append(" | ").append(action.replace("`Init`", "`Init`")).append(" | ")
          .append(row.differ() ? "**" + c + "**" : c).append(" | ").append(row.differ() ? "**" + o + "**" : o).append(" |\n");
    }
    sb.append("\n![the timeline of both readings](../").append(picture(r.name()).toString().replace('\\', '/')).append(")\n\n");
    String tc = ReadingsRun.partingTrace(w, true).toString().replace('\\', '/'), to = ReadingsRun.partingTrace(w, false).toString().replace('\\', '/');
    String sc = ReadingsRun.scenarioFile(w).toString().replace('\\', '/');
    sb.append("The behaviour under each reading: [").append(tc).append("](../").append(tc).append("), [").append(to).append("](../")
        .append(to).append(") (the trace corpus test replays each on the engine under its reading). The scenario [").append(sc)
        .append("](../").append(sc).append("), written from the `").append(r.chosen()).append("` trace")
        .append(p.kind() == ReadingParting.Kind.OTHER_ONLY ? " and a `wait` that expects the group states to stay" : "")
        .append(", validated by TLC (`./failover play --validate --reading NAME=VALUE`):\n\n");
    for (String v : run.validation()) sb.append("- ").append(v).append('\n');
    sb.append('\n');
  }

  private static String enabledText(List<String> labels) {
    if (labels.isEmpty()) return "no step";
    return String.join(", ", labels.stream().map(l -> "`" + l + "`").toList());
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
      sb.append("<text x=\"").append(x + 4).append("\" y=\"").append(top - 8).append("\">").append(row.label()).append("</text>\n");
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

  /** The pictures of every reading that has a run, by path relative to the project root. */
  public static Map<Path, String> pictures(Map<String, ReadingsRun> runs) {
    Map<Path, String> out = new java.util.LinkedHashMap<>();
    for (Readings.Reading r : Readings.ALL) {
      ReadingsRun run = runs.get(r.name());
      if (run == null) continue;
      out.put(picture(r.name()), svg(r, run.witness().alternative(), rows(run.parting())));
    }
    return out;
  }

  /** "every invariant and property holds", or which one breaks. */
  static String holds(Manifest.Model m) {
    return m.expected().verdict().isViolation() ? "breaks " + m.expected().property().orElse("?") : "every invariant and property holds";
  }

  /** The inputs of the report that are not the spec's: the witnesses (models, depths) and the reading models' manifest entries. */
  public static String inputs(Path root) throws IOException {
    StringBuilder sb = new StringBuilder(WITNESSES.toString());
    try {
      Manifest m = Manifest.read(root.resolve("spec/manifest.json"));
      for (Witness w : WITNESSES) sb.append(m.model(w.model()).map(x -> x.expected() + "/" + x.distinctStates()).orElse(""));
    } catch (Manifest.ManifestException e) {
      sb.append("no manifest");
    }
    sb.append(Readings.ALL);
    sb.append(TOLD);
    try {
      Manifest m = Manifest.read(root.resolve("spec/manifest.json"));
      for (Told t : TOLD) if (t.model() != null) sb.append(m.model(t.model()).map(x -> x.expected() + "/" + x.distinctStates()).orElse(""));
      for (Told t : TOLD) {
        for (Readings.Alternative a : Readings.reading(t.reading()).alternatives()) {
          Path f = root.resolve(t.scenario(a.value()));
          sb.append(java.nio.file.Files.isRegularFile(f) ? java.nio.file.Files.readString(f) : "no " + f);
        }
      }
    } catch (Manifest.ManifestException e) {
      sb.append("no manifest");
    }
    return sb.toString();
  }
}
