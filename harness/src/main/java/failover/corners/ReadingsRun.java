package failover.corners;

import failover.conform.Itf;
import failover.conform.Sources;
import failover.conform.SpecModel;
import failover.engine.Pair;
import failover.scenario.Scenario;
import failover.scenario.ScenarioException;
import failover.scenario.ScenarioParser;
import failover.scenario.ScenarioRunner;
import failover.scenario.Session;
import failover.spec.Constants;
import failover.spec.Readings;
import failover.spec.Vocabulary;
import failover.tlc.Manifest;
import failover.tlc.ModelConfig;
import failover.tlc.TlaValue;
import failover.tlc.Tlc;
import failover.tlc.TlcResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What {@code ./failover corners} computes for each reading, and commits: the shortest behaviour
 * where the chosen reading and the other part ({@link ReadingParting}: an ITF trace under each,
 * {@code traces/readings/parting-READING-VALUE.itf.json}), the scenario written from the chosen
 * reading's trace ({@code scenarios/readings/READING.scenario}), validated by TLC under each reading
 * ({@code play --validate --reading}, all in one TLC run: failover.pipeline.ReadingsValidation), and TLC's counterexample of the reading
 * model when the other alternative breaks a property ({@code traces/readings/MODEL.itf.json}; also
 * for the models of the readings told apart by scenarios, {@link #toldCounterexamples}). The
 * trace corpus test replays every trace of traces/readings/ on the engine under the trace's
 * readings (its {@code #meta.constants}).
 *
 * @param validation the lines of the validation: under each reading, TLC's verdict and whether the
 *                   scenario's own expectations hold
 */
public record ReadingsRun(ReadingsReport.Witness witness, ReadingParting.Result parting, Itf.Trace counterexample,
                          String scenario, List<String> validation) {

  public static final Path TRACES = Path.of("traces", "readings");
  public static final Path SCENARIOS = Path.of("scenarios", "readings");

  public static Path partingTrace(ReadingsReport.Witness w, boolean chosen) {
    return TRACES.resolve("parting-" + w.reading() + "-" + (chosen ? w.alternativeChosen() : w.alternative()) + ".itf.json");
  }

  public static Path counterexampleTrace(ReadingsReport.Witness w) { return counterexampleTrace(w.model()); }

  /** The committed counterexample of a reading model: {@code traces/readings/MODEL.itf.json}. */
  public static Path counterexampleTrace(String model) { return TRACES.resolve(model + ".itf.json"); }

  public static Path scenarioFile(ReadingsReport.Witness w) { return SCENARIOS.resolve(w.reading() + ".scenario"); }

  /**
   * Runs TLC for every reading ({@code parallel} readings at a time); the scenarios are validated
   * afterwards, all in one TLC run, by failover.pipeline.ReadingsValidation (validation is a package
   * of this one's layer).
   */
  public static List<ReadingsRun> runAll(Path root, Path work, int parallel) throws WitnessRun.WitnessException {
    Tlc tlc = tlc();
    Manifest manifest = manifest(root);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
    List<ReadingsRun> runs = new ArrayList<>();
    try {
      List<Future<ReadingsRun>> futures = new ArrayList<>();
      for (ReadingsReport.Witness w : ReadingsReport.WITNESSES) futures.add(pool.submit(() -> one(root, tlc, manifest, w, work)));
      for (Future<ReadingsRun> f : futures) {
        try {
          runs.add(f.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof WitnessRun.WitnessException x) throw x;
          throw new WitnessRun.WitnessException("readings: internal error: " + e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new WitnessRun.WitnessException("interrupted");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return runs;
  }

  private static Tlc tlc() throws WitnessRun.WitnessException {
    try {
      return Tlc.fromClasspath();
    } catch (failover.tlc.TlcException e) {
      throw new WitnessRun.WitnessException("readings: " + e.getMessage());
    }
  }

  private static Manifest manifest(Path root) throws WitnessRun.WitnessException {
    try {
      return Manifest.read(root.resolve("spec/manifest.json"));
    } catch (Manifest.ManifestException e) {
      throw new WitnessRun.WitnessException("readings: " + e.getMessage());
    }
  }

  /** One reading: the parting, its scenario (checked on the engine under both readings), the counterexample. */
  static ReadingsRun one(Path root, Tlc tlc, Manifest manifest, ReadingsReport.Witness w, Path work) throws WitnessRun.WitnessException {
    Path dir = work.resolve(w.model());
    ReadingParting.Result p;
    try {
      p = ReadingParting.find(tlc, root.resolve("spec"), w, dir.resolve("parting"));
    } catch (ReadingParting.PartingException e) {
      throw new WitnessRun.WitnessException("reading " + w.reading() + ": " + e.getMessage());
    }
    Itf.Trace cex = counterexample(root, tlc, manifest, w.model(), dir.resolve("counterexample"));
    String scenario = scenario(w, p);
    return new ReadingsRun(w, p, cex, scenario, List.of());
  }

  /** TLC's counterexample of reading model {@code name}, or null when the manifest expects every property to hold. */
  static Itf.Trace counterexample(Path root, Tlc tlc, Manifest manifest, String name, Path dir) throws WitnessRun.WitnessException {
    Manifest.Model m = manifest.model(name).orElseThrow(() -> new WitnessRun.WitnessException(name + " is not in spec/manifest.json"));
    if (!m.expected().verdict().isViolation()) return null;
    try {
      SpecModel model = SpecModel.locate(root.resolve("spec"), name);
      Sources src = new Sources(model, dir, tlc);
      src.checkOptions(manifest.tlcArgs());
      String cfg = model.cfgText();
      // TLC 2.18 names no violated temporal property: the expected one is checked alone
      if (m.expected().verdict() == failover.tlc.Verdict.TEMPORAL_VIOLATED) cfg = ModelConfig.withOnlyProperty(cfg, m.expected().property().orElseThrow());
      TlcResult r = src.check(cfg, null, x -> { });
      if (r.verdict() != m.expected().verdict()) {
        throw new WitnessRun.WitnessException(name + ": TLC " + Manifest.describe(r.verdict(), r.property())
            + ", the manifest expects " + Manifest.describe(m.expected().verdict(), m.expected().property()));
      }
      return src.counterexample(r);
    } catch (SpecModel.ModelException | Sources.SourceException e) {
      throw new WitnessRun.WitnessException(name + ": " + e.getMessage());
    }
  }

  /**
   * TLC's counterexample of each reading told apart by scenarios whose reading model breaks a property
   * ({@link ReadingsReport#TOLD}), by model name: shown in the catalogue as the witnesses' are, and
   * committed as {@code traces/readings/MODEL.itf.json}.
   */
  public static Map<String, Itf.Trace> toldCounterexamples(Path root, Path work) throws WitnessRun.WitnessException {
    Tlc tlc = tlc();
    Manifest manifest = manifest(root);
    Map<String, Itf.Trace> out = new LinkedHashMap<>();
    for (ReadingsReport.Told t : ReadingsReport.TOLD) {
      if (t.model() == null) continue;
      Itf.Trace cex = counterexample(root, tlc, manifest, t.model(), work.resolve(t.model()).resolve("counterexample"));
      if (cex != null) out.put(t.model(), cex);
    }
    return out;
  }

  /** The committed counterexamples of the told readings' models (those of {@link #toldCounterexamples} that are committed). */
  public static Map<String, Itf.Trace> committedToldCounterexamples(Path root) {
    Map<String, Itf.Trace> out = new LinkedHashMap<>();
    for (ReadingsReport.Told t : ReadingsReport.TOLD) {
      if (t.model() == null) continue;
      Path f = root.resolve(counterexampleTrace(t.model()));
      try {
        if (Files.isRegularFile(f)) out.put(t.model(), Itf.read(f));
      } catch (Itf.ItfException | RuntimeException e) {
        // not shown; ReadingsPartingTest names it
      }
    }
    return out;
  }

  /** The readings a trace was made under (its {@code #meta.constants}). */
  static Constants constants(Itf.Trace t) {
    try {
      return SpecModel.constants(Sources.constantsOf(t));
    } catch (Itf.ItfException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The scenario of the behaviour: written from the chosen reading's trace with the engine under the
   * chosen readings in the loop (ScenarioWriter). Where the other reading takes a step the chosen
   * has not, a {@code wait} follows that expects the group states to stay: under the other reading
   * the engine takes its step there and the expectation fails.
   * Decision: the scenario is written from the chosen reading's trace, so that it passes under the
   * chosen readings with every scenario of scenarios/ (AllScenariosTest, AllScenariosValidateTest);
   * the alternative, from the other reading's trace, would be a scenario that fails in the suite.
   */
  static String scenario(ReadingsReport.Witness w, ReadingParting.Result p) {
    Constants m = constants(p.chosen());
    List<SpecView> states = p.chosen().states().stream().map(SpecView::new).toList();
    ScenarioWriter.Written written = ScenarioWriter.write(m, states);
    List<String> lines = new ArrayList<>(written.lines());
    Readings other = Readings.CHOSEN.with(w.reading(), w.alternative());
    if (p.kind() == ReadingParting.Kind.OTHER_ONLY) {
      Map<String, TlaValue> last = p.chosen().states().get(p.chosen().states().size() - 1);
      Map<String, TlaValue> step = p.other().states().get(p.other().states().size() - 1);
      List<String> tail = null;
      for (int wait : List.of(1, Vocabulary.TICK_SECONDS)) {
        List<String> t = new ArrayList<>();
        t.add("");
        t.add("# step " + (p.other().states().size()) + ": under " + w.reading() + " = " + w.alternative() + " the spec takes "
            + ReadingParting.step(step) + " here; under " + w.alternativeChosen() + " it has no such step, and the groups stay");
        t.add("wait " + wait);
        SpecView v = new SpecView(last);
        for (String u : SpecView.UNITS) for (int g : SpecView.GROUPS) t.add("expect " + u + " group " + g + " " + v.role(u, g));
        List<String> all = new ArrayList<>(lines);
        all.addAll(t);
        if (passes(w.reading(), all, Readings.CHOSEN) && !passes(w.reading(), all, other)) {
          tail = t;
          break;
        }
      }
      if (tail != null) lines.addAll(tail);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Readings: where ").append(w.reading()).append(" = ").append(w.alternativeChosen()).append(" (chosen) and ")
        .append(w.alternative()).append(" part\n");
    sb.append("# Generated by ./failover corners from the shortest behaviour where they part (TLC's state graphs of model ")
        .append(w.model()).append(" under each reading, searched together); see docs/corner-cases.md, section Readings. Do not edit.\n");
    sb.append("# Written from the ").append(w.alternativeChosen()).append(" trace (").append(partingTrace(w, true))
        .append("): its expectations hold under the chosen readings and fail under ").append(w.reading()).append("=")
        .append(w.alternative()).append(" (./failover play --validate --reading ").append(w.reading()).append("=")
        .append(w.alternative()).append(").\n");
    for (String q : Readings.reading(w.reading()).seed()) sb.append("# Seed: \"").append(q).append("\"\n");
    sb.append('\n');
    for (String l : lines) sb.append(l).append('\n');
    return sb.toString();
  }

  /** The scenario's lines parsed (the catalogue's own text: a parse error is a bug of the writer). */
  public static Scenario parse(String name, List<String> lines) {
    try {
      return ScenarioParser.parse(name, lines);
    } catch (ScenarioException e) {
      throw new IllegalStateException("the catalogue wrote a scenario the parser refuses: " + e.getMessage());
    }
  }

  /** The scenario's expectations hold on the engine under {@code r}. */
  static boolean passes(String name, List<String> lines, Readings r) {
    return ScenarioRunner.run(parse(name, lines), null, new Session(new Pair("none", r))) instanceof ScenarioRunner.Outcome.Pass;
  }

  /** The scenario played on the engine under {@code r}: PASS, or FAIL with the line. */
  static String play(String name, String text, Readings r) {
    ScenarioRunner.Outcome o = ScenarioRunner.run(parse(name, text.lines().toList()), null, new Session(new Pair("none", r)));
    return ScenarioRunner.headline(o);
  }

  /** This run with the lines of its scenario's validation (failover.pipeline.ReadingsValidation). */
  public ReadingsRun withValidation(List<String> lines) {
    return new ReadingsRun(witness, parting, counterexample, scenario, List.copyOf(lines));
  }

  /** The files to commit, by path relative to the project root: the runs' and the told readings' counterexamples. */
  public static Map<Path, String> files(List<ReadingsRun> runs, Map<String, Itf.Trace> told) {
    Map<Path, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Itf.Trace> e : told.entrySet()) out.put(counterexampleTrace(e.getKey()), Itf.write(e.getValue()));
    for (ReadingsRun r : runs) {
      ReadingsReport.Witness w = r.witness();
      out.put(partingTrace(w, true), Itf.write(withSearch(r.parting().chosen(), r)));
      out.put(partingTrace(w, false), Itf.write(r.parting().other()));
      if (r.counterexample() != null) out.put(counterexampleTrace(w), Itf.write(r.counterexample()));
      out.put(scenarioFile(w), r.scenario());
    }
    return out;
  }

  /** The chosen trace with what the search found and the validation in its {@code #meta}. */
  private static Itf.Trace withSearch(Itf.Trace t, ReadingsRun r) {
    ReadingParting.Result p = r.parting();
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", p.kind().name());
    s.put("depth", r.witness().depth());
    s.put("distinctChosen", p.chosenDistinct());
    s.put("distinctOther", p.otherDistinct());
    s.put("pairs", p.pairs());
    s.put("firstDiffer", p.firstDiffer());
    s.put("differences", p.differences());
    s.put("onlyChosen", p.onlyChosen());
    s.put("onlyOther", p.onlyOther());
    return t.withMeta("search", s).withMeta("validation", r.validation());
  }

  /** The committed runs (traces/readings/, scenarios/readings/), or null for a reading not generated yet. */
  @SuppressWarnings("unchecked")
  public static ReadingsRun committed(Path root, ReadingsReport.Witness w) {
    try {
      Path c = root.resolve(partingTrace(w, true)), o = root.resolve(partingTrace(w, false)), sc = root.resolve(scenarioFile(w));
      if (!Files.isRegularFile(c) || !Files.isRegularFile(o) || !Files.isRegularFile(sc)) return null;
      Itf.Trace tc = Itf.read(c), to = Itf.read(o);
      Map<String, Object> s = (Map<String, Object>) tc.meta().get("search");
      ReadingParting.Result p = new ReadingParting.Result(w, ReadingParting.Kind.valueOf((String) s.get("kind")), tc, to,
          ((Number) s.get("distinctChosen")).longValue(), ((Number) s.get("distinctOther")).longValue(), ((Number) s.get("pairs")).longValue(),
          ((Number) s.get("firstDiffer")).intValue(), (List<String>) s.get("differences"), (List<String>) s.get("onlyChosen"),
          (List<String>) s.get("onlyOther"));
      Path cx = root.resolve(counterexampleTrace(w));
      Itf.Trace cex = Files.isRegularFile(cx) ? Itf.read(cx) : null;
      return new ReadingsRun(w, p, cex, Files.readString(sc), (List<String>) tc.meta().get("validation"));
    } catch (Itf.ItfException | IOException | RuntimeException e) {
      return null;
    }
  }
}
