package failover.corners;

import failover.spec.Vocabulary;
import failover.tlc.Tlc;
import failover.tlc.TraceTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code ./failover corners}: runs TLC on every corner case's witness and writes the catalogue:
 * {@code docs/corner-cases.md}, {@code docs/corners/NAME.svg} and {@code scenarios/corners/NAME.scenario}.
 * Everything written is a function of the spec files and {@link Catalogue} (no times, no paths of
 * this machine), so a second run writes the same bytes. The catalogue records a fingerprint of its
 * inputs ({@link #fingerprint}), which the tests compare with the spec as it is now.
 */
public final class Generator {
  /** Bump when the generated text changes for the same inputs. */
  public static final int FORMAT = 3;

  public static final Path CATALOGUE = Path.of("docs", "corner-cases.md");
  public static final Path PICTURES = Path.of("docs", "corners");
  public static final Path SCENARIOS = Path.of("scenarios", "corners");
  public static final String FINGERPRINT_PREFIX = "<!-- inputs: ";

  private Generator() {}

  /** One corner's generated files: its run, scenario, story and timeline. */
  public record Entry(WitnessRun run, ScenarioWriter.Written scenario, List<Story.Line> story, String svg) {}

  /** The picture of the group's state machine, next to the timelines. */
  public static final Path STATE_MACHINE = PICTURES.resolve("state-machine.svg");

  /** Runs and renders every corner; {@code root} is the project directory. */
  public static List<Entry> generate(Path root, List<Corner> corners, int parallel) throws WitnessRun.WitnessException {
    for (Corner c : corners) {
      List<String> bad = Catalogue.problems(c);
      if (!bad.isEmpty()) throw new WitnessRun.WitnessException(c.name() + ": " + String.join("; ", bad));
    }
    Tlc tlc;
    try {
      tlc = Tlc.fromClasspath();
    } catch (failover.tlc.TlcException e) {
      throw new WitnessRun.WitnessException(e.getMessage());
    }
    Path work;
    try {
      work = failover.io.RunDirs.create(root.resolve("target").resolve("corners"));
    } catch (java.io.IOException e) {
      throw new WitnessRun.WitnessException("cannot create a run directory under target/corners: " + failover.io.Problems.of(e));
    }
    List<WitnessRun> runs = WitnessRun.runAll(tlc, root.resolve("spec"), corners, work, parallel);
    List<Entry> out = new ArrayList<>();
    for (WitnessRun r : runs) {
      List<String> unknown = StateMachine.unknownChanges(r.states());
      if (!unknown.isEmpty()) {
        throw new WitnessRun.WitnessException(r.corner().name() + ": the trace changes a group's state in a way "
            + "StateMachine.TRANSITIONS does not have: " + String.join("; ", unknown));
      }
      ScenarioWriter.Written w = ScenarioWriter.write(r);
      List<Story.Line> story = Story.of(r, w);
      out.add(new Entry(r, w, story, TimelineSvg.render(r.corner().title(), r, story)));
    }
    return out;
  }

  /**
   * The readings' part of the catalogue ({@link ReadingsRun}): TLC's state graphs under each
   * reading, the parting, its scenario, the reading models' counterexamples, in {@code work}
   * (the scenarios are validated by the caller: failover.pipeline.ReadingsValidation).
   */
  public static List<ReadingsRun> readings(Path root, Path work, int parallel) throws WitnessRun.WitnessException {
    return ReadingsRun.runAll(root, work, parallel);
  }

  /**
   * The readings' part of the catalogue as generated: the witnesses' runs (validated) and TLC's
   * counterexamples of the models of the readings told apart by scenarios, by model name.
   */
  public record ReadingsPart(List<ReadingsRun> runs, Map<String, failover.conform.Itf.Trace> told) {}

  /**
   * Every file of the catalogue, by path relative to the project root, in a fixed order. With
   * {@code readings} null (a sample of corners), the readings' section is made from the committed
   * traces and scenarios and their files are left out.
   */
  public static Map<Path, String> files(Path root, List<Entry> entries) throws IOException { return files(root, entries, null); }

  public static Map<Path, String> files(Path root, List<Entry> entries, ReadingsPart readings) throws IOException {
    Map<Path, String> files = new LinkedHashMap<>();
    Map<String, ReadingsRun> byReading;
    Map<String, failover.conform.Itf.Trace> told;
    if (readings == null) {
      byReading = ReadingsReport.committed(root);
      told = ReadingsRun.committedToldCounterexamples(root);
    } else {
      byReading = new LinkedHashMap<>();
      for (ReadingsRun r : readings.runs()) byReading.put(r.witness().reading(), r);
      told = readings.told();
    }
    files.put(CATALOGUE, markdown(entries, fingerprint(root, Catalogue.CORNERS)) + ReadingsReport.markdown(root, "##", byReading, told));
    files.put(STATE_MACHINE, StateMachine.svg());
    if (readings != null) {
      files.putAll(ReadingsReport.pictures(byReading));
      files.putAll(ReadingsRun.files(readings.runs(), readings.told()));
    }
    for (Entry e : entries) {
      files.put(PICTURES.resolve(e.run().corner().name() + ".svg"), e.svg());
      files.put(SCENARIOS.resolve(e.run().corner().name() + ".scenario"), scenarioText(e));
    }
    return files;
  }

  static String scenarioText(Entry e) {
    Corner c = e.run().corner();
    StringBuilder sb = new StringBuilder();
    sb.append("# Corner case: ").append(c.title()).append('\n');
    sb.append("# ").append(c.question()).append('\n');
    sb.append("# Generated by ./failover corners from the shortest counterexample of ").append(c.witness())
        .append(" (spec/").append(c.config()).append("); see docs/corner-cases.md. Do not edit.\n");
    for (Corner.Quote q : c.quotes()) sb.append("# Seed, \"").append(q.section()).append("\": \"").append(q.text()).append("\"\n");
    sb.append('\n');
    for (String l : e.scenario().lines()) sb.append(l).append('\n');
    return sb.toString();
  }

  /**
   * A digest of what the catalogue is made from: the spec module, the MC modules TLC loads, every cfg
   * the catalogue uses, the catalogue's own definition and {@link #FORMAT}.
   */
  public static String fingerprint(Path root, List<Corner> corners) throws IOException {
    TreeSet<String> files = new TreeSet<>(List.of("AAFailover.tla", "AAFailoverDebug.tla", "MCdebug.tla", "MCcorners.tla"));
    for (Corner c : corners) files.add(c.config());
    files.add("MCreading.tla");
    for (ReadingsReport.Witness w : ReadingsReport.WITNESSES) files.add("MC" + w.model() + ".cfg");
    // the told readings' models: their counterexamples are shown too
    for (ReadingsReport.Told t : ReadingsReport.TOLD) if (t.model() != null) files.add("MC" + t.model() + ".cfg");
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String f : files) {
        md.update(f.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        // line ends normalised, so that a checkout with CRLF gives the same digest
        String text = Files.readString(root.resolve("spec").resolve(f)).replace("\r\n", "\n");
        md.update(text.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      md.update(corners.toString().getBytes(StandardCharsets.UTF_8));
      md.update((StateMachine.TRANSITIONS.toString() + SeedIndex.TABLE_51_2 + SeedIndex.TABLE_51_1 + SeedIndex.SECTIONS
          + Decisions.TITLES).getBytes(StandardCharsets.UTF_8));
      md.update(Integer.toString(FORMAT).getBytes(StandardCharsets.UTF_8));
      md.update(ReadingsReport.inputs(root).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fingerprint the committed catalogue records, or null. */
  public static String recordedFingerprint(String markdown) {
    for (String line : markdown.split("\n")) {
      if (line.startsWith(FINGERPRINT_PREFIX)) return line.substring(FINGERPRINT_PREFIX.length()).replace(" -->", "").trim();
    }
    return null;
  }

  // ------------------------------------------------------------------------------------------

  static String markdown(List<Entry> entries, String fingerprint) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Corner cases: what happens when…\n\n");
    sb.append(FINGERPRINT_PREFIX).append(fingerprint).append(" -->\n");
    sb.append("<!-- Generated by `./failover corners` from spec/AAFailover.tla and its Debug witnesses. Do not edit: "
        + "change the spec or harness/src/main/java/failover/corners/Catalogue.java and run `./failover corners`. -->\n\n");
    sb.append("Each case answers one reviewer's question with the **shortest** behaviour of the spec that reaches it, told "
        + "first as an operator would live it: in seconds, with the commands typed and what each unit's `show failover` "
        + "shows. Then the answer, whether **the seed** decides it (its sentence quoted) or **a decision of the spec** "
        + "(numbered in [spec/README.md](../spec/README.md), with the reading not taken), and what it costs the operator. "
        + "Each case has a timeline and a scenario that replays it on the Java engine (`./failover play scenarios/corners/`); "
        + "TLC's trace and statistics are in a collapsed block at the end of the case.\n\n");
    sb.append("**Every case starts the same way.** Both units are configured as the case's *set-up* says (box A as the "
        + "primary unit, box B joined to it), the configuration saved with `write memory all`, the cables connected, and "
        + "both units powered off; t = 0 s is the first step after that. Time passes in ticks of "
        + Vocabulary.TICK_SECONDS + " s (every hold time and delay is a multiple of " + Vocabulary.TICK_SECONDS
        + " s); the pair's own steps take no time. A configuration command of the story is typed as `banner motd corner-N`, "
        + "which makes configuration version vN.\n\n");
    sb.append("## The cases\n\n");
    sb.append("| # | case | the answer rests on | Table 51-2 | scenario |\n|---|---|---|---|---|\n");
    int n = 0;
    for (Entry e : entries) {
      n++;
      Corner c = e.run().corner();
      sb.append("| ").append(n).append(" | [").append(c.title()).append("](#").append(anchor(n, c)).append(") | ")
          .append(restsOn(c)).append(" | ").append(rows(c)).append(" | ")
          .append(e.scenario().divergences().isEmpty() ? "replays" : "**differs**").append(" |\n");
    }
    sb.append('\n');
    index(sb, entries);
    sb.append("## The group's state machine\n\n");
    sb.append("The states of a failover group on one unit, as `show failover` names them (the spec's `role`), and the spec "
        + "actions that move it, green where the seed defines the transition, orange where a decision of the spec does. "
        + "The generator checks every change of state in the traces below against this diagram's table "
        + "(`StateMachine.TRANSITIONS`).\n\n");
    sb.append("![the group's state machine](corners/state-machine.svg)\n\n");
    sb.append(StateMachine.markdownTable()).append('\n');
    n = 0;
    for (Entry e : entries) {
      n++;
      entry(sb, n, e);
    }
    return sb.toString();
  }

  static String anchor(int n, Corner c) { return "c" + n + "-" + c.name().replace('_', '-'); }

  /** "seed", "decision 3", "seed; decisions 8, 1". */
  static String restsOn(Corner c) {
    List<Integer> d = c.ruling().decisions();
    String ds = d.isEmpty() ? "" : (d.size() == 1 ? "decision " : "decisions ")
        + String.join(", ", d.stream().map(String::valueOf).toList());
    if (!c.ruling().seedDecides()) return ds;
    return d.isEmpty() ? "seed" : "seed; " + ds;
  }

  static String rows(Corner c) {
    List<String> out = new ArrayList<>();
    for (String k : new java.util.TreeSet<>(c.covers())) if (k.startsWith("51-2/")) out.add("row " + k.substring(5));
    return out.isEmpty() ? "" : String.join(", ", out);
  }

  /** The index by the seed: Table 51-2 by row, Table 51-1 by command, the chapter by section, the decisions. */
  private static void index(StringBuilder sb, List<Entry> entries) {
    List<Corner> cs = entries.stream().map(e -> e.run().corner()).toList();
    sb.append("## Index by the seed\n\n");
    sb.append("### Table 51-2, Failover Behavior for Active/Active Failover\n\n");
    sb.append("| row | failure event | policy | active group | standby group | cases |\n|---|---|---|---|---|---|\n");
    List<String> uncovered = new ArrayList<>();
    for (SeedIndex.Row r : SeedIndex.TABLE_51_2) {
      String cases = casesFor(cs, c -> c.covers().contains(r.key()));
      if (cases.isEmpty()) uncovered.add("row " + r.key().substring(5));
      sb.append("| ").append(r.key().substring(5)).append(" | ").append(r.event()).append(" | ").append(r.policy()).append(" | ")
          .append(r.activeAction()).append(" | ").append(r.standbyAction()).append(" | ")
          .append(cases.isEmpty() ? "**no case yet**" : cases).append(" |\n");
    }
    sb.append('\n').append(uncovered.isEmpty() ? "Every row of Table 51-2 has a case."
        : "Rows no case answers yet: " + String.join(", ", uncovered) + ".").append("\n\n");
    sb.append("### Table 51-1, Command Replication\n\n");
    sb.append("| command | replicated to the standby unit | cases |\n|---|---|---|\n");
    int none = 0;
    for (SeedIndex.Command k : SeedIndex.TABLE_51_1) {
      String cases = casesFor(cs, c -> c.covers().contains(k.key()));
      if (cases.isEmpty()) none++;
      sb.append("| ").append(k.text()).append(" | ").append(k.replicated() ? "yes" : "no").append(" | ")
          .append(cases.isEmpty() ? "no case yet" : cases).append(" |\n");
    }
    sb.append('\n').append(none).append(" of ").append(SeedIndex.TABLE_51_1.size())
        .append(" cells of Table 51-1 have no case yet (the scenarios under `scenarios/` check them on the engine; "
            + "docs/traceability.md says which).\n\n");
    sb.append("### By section of the chapter\n\n");
    sb.append("A case is listed under a section when it quotes a sentence of it.\n\n");
    sb.append("| section | cases |\n|---|---|\n");
    List<String> silent = new ArrayList<>();
    for (String section : SeedIndex.SECTIONS) {
      String cases = casesFor(cs, c -> c.quotes().stream().anyMatch(q -> q.section().equals(section)));
      if (cases.isEmpty()) silent.add(section);
      sb.append("| ").append(section).append(" | ").append(cases.isEmpty() ? "no case yet" : cases).append(" |\n");
    }
    sb.append('\n').append("Sections no case quotes yet: ").append(String.join("; ", silent)).append(".\n\n");
    sb.append("### By decision of the spec\n\n");
    sb.append("The decisions of [spec/README.md](../spec/README.md) (\"Decisions where the seed is silent or torn\") the "
        + "answers rest on.\n\n| decision | cases |\n|---|---|\n");
    for (Map.Entry<Integer, String> d : Decisions.TITLES.entrySet()) {
      String cases = casesFor(cs, c -> c.ruling().decisions().contains(d.getKey()));
      sb.append("| ").append(d.getKey()).append(". ").append(d.getValue()).append(" | ")
          .append(cases.isEmpty() ? "no case" : cases).append(" |\n");
    }
    sb.append('\n');
  }

  private static String casesFor(List<Corner> cs, java.util.function.Predicate<Corner> p) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cs.size(); i++) {
      if (p.test(cs.get(i))) out.add("[" + (i + 1) + "](#" + anchor(i + 1, cs.get(i)) + ")");
    }
    return String.join(", ", out);
  }

  private static String cell(String s) { return s.replace("|", "\\|"); }

  private static void entry(StringBuilder sb, int n, Entry e) {
    Corner c = e.run().corner();
    sb.append("<a id=\"").append(anchor(n, c)).append("\"></a>\n");
    sb.append("## ").append(n).append(". ").append(c.title()).append("\n\n");
    sb.append("**Question.** ").append(c.question()).append("\n\n");
    sb.append("**Set-up.** ").append(Story.configuration(e.run().constants())).append(".\n\n");
    sb.append("| t | typed or done | what happens | `show failover`: the groups afterwards |\n|---|---|---|---|\n");
    for (Story.Line l : e.story()) {
      sb.append("| ").append(l.seconds()).append(" s | ")
          .append(l.typed().isEmpty() ? "" : "`" + cell(String.join("` `", l.typed().stream().map(String::trim).toList())) + "`")
          .append(" | ").append(cell(l.happens())).append(" | ").append(cell(l.show())).append(" |\n");
    }
    sb.append("\n![timeline of ").append(c.name()).append("](corners/").append(c.name()).append(".svg)\n\n");
    sb.append("**Answer.** ").append(c.answer()).append("\n\n");
    sb.append("**Seed or decision.** ");
    Corner.Quote q = c.decidingQuote();
    List<Integer> ds = c.ruling().decisions();
    if (q != null && ds.isEmpty()) {
      sb.append("The seed decides it (*").append(q.section()).append("*): \"").append(q.text()).append("\"");
    } else if (q != null) {
      sb.append("The seed decides the outcome (*").append(q.section()).append("*): \"").append(q.text())
          .append("\" The spec decided the rest: ").append(cites(ds)).append(". The reading not taken: ")
          .append(c.ruling().notTaken()).append('.');
    } else {
      sb.append("The seed does not decide it; the spec did: ").append(cites(ds)).append(". The reading not taken: ")
          .append(c.ruling().notTaken()).append('.');
    }
    sb.append("\n\n");
    sb.append("**What it costs the operator.** ").append(c.cost()).append("\n\n");
    sb.append("**The seed's words.**\n\n");
    for (Corner.Quote x : c.quotes()) {
      sb.append("> \"").append(x.text()).append("\" — *").append(x.section()).append("*\n>\n");
    }
    sb.setLength(sb.length() - 2);
    sb.append("\n");
    List<String> answers = new ArrayList<>();
    for (String k : new java.util.TreeSet<>(c.covers())) {
      for (SeedIndex.Row r : SeedIndex.TABLE_51_2) {
        if (r.key().equals(k)) answers.add("Table 51-2 row " + k.substring(5) + " (" + r.event() + ")");
      }
      for (SeedIndex.Command x : SeedIndex.TABLE_51_1) {
        if (x.key().equals(k)) answers.add("Table 51-1: " + x.text() + " (" + (x.replicated() ? "" : "not ") + "replicated)");
      }
    }
    if (!answers.isEmpty()) sb.append("**In the seed's tables.** ").append(String.join("; ", answers)).append(".\n\n");
    sb.append("**Scenario.** [`scenarios/corners/").append(c.name()).append(".scenario`](../scenarios/corners/")
        .append(c.name()).append(".scenario)");
    if (e.scenario().divergences().isEmpty()) {
      sb.append(" replays the story on the engine; its `expect` lines check every group state, configuration "
          + "version and connection count the trace reaches.");
      if (!e.scenario().continuation().isEmpty()) {
        sb.append(" The trace stops at the corner case; the engine, at the same instant, goes on with `")
            .append(String.join("`, `", e.scenario().continuation())).append("`.");
      }
      sb.append("\n\n");
    } else {
      sb.append(" replays the story, but the engine does not reach every state of the trace:\n\n");
      for (String d : e.scenario().divergences()) sb.append("- ").append(d).append('\n');
      sb.append('\n');
    }
    sb.append("<details><summary>TLC: the witness, its statistics and the trace</summary>\n\n");
    sb.append("Witness `").append(c.witness()).append("`, model `spec/").append(c.config())
        .append("` (module `").append(WitnessRun.MODULE).append("`): TLC reports ")
        .append(e.run().verdict() == failover.tlc.Verdict.INVARIANT_VIOLATED ? "the invariant" : "the action property")
        .append(" violated after ").append(e.run().distinct()).append(" distinct states (")
        .append(e.run().generated()).append(" generated); the shortest behaviour has ").append(e.run().states().size())
        .append(" states.\n\n");
    sb.append("| step | action | changed variables |\n|---|---|---|\n");
    List<TraceTable.Row> rows = TraceTable.rows(e.run().trace(), "act");
    for (int i = 0; i < rows.size(); i++) {
      TraceTable.Row r = rows.get(i);
      String action = i == 0 ? "Init" : e.run().states().get(i).actionText();
      List<String> changes = i == 0 ? List.of("both boxes off, failover configured, cables up, nothing else") : r.changes();
      sb.append("| ").append(r.step()).append(" | `").append(action).append("` | ")
          .append(changes.isEmpty() ? "(no change)" : "`" + String.join("`<br>`", changes).replace("|", "\\|") + "`")
          .append(" |\n");
    }
    sb.append("\n</details>\n\n");
  }

  private static String cites(List<Integer> ds) {
    return String.join(" and ", ds.stream().map(Decisions::cite).toList());
  }
}
