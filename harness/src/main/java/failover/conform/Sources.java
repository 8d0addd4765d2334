package failover.conform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import failover.spec.Vocabulary;
import failover.tlc.TlaValue;
import failover.tlc.Tlc;
import failover.tlc.TlcException;
import failover.tlc.TlcMessage;
import failover.tlc.TlcRequest;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where traces come from: TLC, run on a model in a work directory ({@link SpecModel#prepare}).
 * Random behaviours by simulation ({@code -simulate file=..,num=N -depth D -seed S} with one
 * worker, so that a seed gives the same behaviours again), the counterexample of a model that
 * fails (a bug model, a Debug witness), and the whole state graph of a model
 * ({@code -dump dot,actionlabels}, read by {@link StateGraph}). Every trace's {@code #meta} says
 * how to make it again: model, source, seed, TLC version, SHA-256 of the spec files, constants.
 */
public final class Sources {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Sections of a cfg left out when simulating: checks, and the state constraint (the depth bounds a behaviour). */
  static final Set<String> NOT_SIMULATED = Set.of("CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT",
      "ACTION_CONSTRAINTS", "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES");

  private final SpecModel model;
  private final Path work;
  private final Tlc tlc;
  private TlaValue.Rec constants;
  private List<String> checkOptions = List.of();
  private String tlcVersion = "";

  /** The model's runs go to {@code work} (created and filled by {@link SpecModel#prepare}). */
  public Sources(SpecModel model, Path work, Tlc tlc) throws SpecModel.ModelException {
    this.model = model;
    this.work = work;
    this.tlc = tlc;
    model.prepare(work);
  }

  public SpecModel model() { return model; }

  /** More TLC options for model checking (e.g. the manifest's {@code tlcArgs}). */
  public void checkOptions(List<String> options) { checkOptions = List.copyOf(options); }

  /** Who is told of each TLC process as soon as it runs (e.g. a progress printer reading its live counts). */
  private Consumer<ProcessHandle> started = p -> { };

  /** Tells {@code started} of each TLC process of the following runs as soon as it runs. */
  public void onStart(Consumer<ProcessHandle> started) { this.started = started == null ? p -> { } : started; }

  /** The work directory TLC runs in. */
  public Path work() { return work; }

  /** The model's constants, once a TLC run has printed them (null before). */
  public TlaValue.Rec constants() { return constants; }

  public String tlcVersion() { return tlcVersion; }

  /** A failed run: TLC could not evaluate the model ({@link Kind#SPEC}), or crashed, or its files could not be written or read ({@link Kind#TLC}). */
  public static final class SourceException extends Exception {
    /** What failed: the spec or model, or TLC and its files. */
    public enum Kind { SPEC, TLC }

    private final Kind kind;

    public SourceException(Kind kind, String message) {
      super(message);
      this.kind = kind;
    }

    /** The spec or model is wrong. */
    public SourceException(String message) { this(Kind.SPEC, message); }

    public Kind kind() { return kind; }
  }

  /** One TLC run in the work directory with its own metadir; {@code listener} sees every message. */
  public TlcResult run(String cfgFile, String tag, List<String> options, Consumer<? super TlcMessage> listener)
      throws SourceException {
    return runModule(model.rootModule(), cfgFile, tag, options, listener);
  }

  /** {@link #run} with another root module of the work directory (one that extends the model's root module). */
  public TlcResult runModule(String module, String cfgFile, String tag, List<String> options,
                             Consumer<? super TlcMessage> listener) throws SourceException {
    SpecModel.ConstantsListener cl = new SpecModel.ConstantsListener();
    Path meta = work.resolve("meta-" + tag);
    try {
      deleteTree(meta);
      TlcRequest req = new TlcRequest(work, module, cfgFile, 1, meta, options);
      TlcResult r = tlc.run(req, m -> {
        if (m instanceof TlcMessage.Output o) cl.line(o.line());
        listener.accept(m);
      }, new TlcResult.Collector(), started);
      if (!r.tlcVersion().isEmpty()) tlcVersion = r.tlcVersion().lines().findFirst().orElse("").strip();
      if (cl.constants() != null) constants = cl.constants();
      switch (r.verdict()) {
        case PARSE_ERROR, CONFIG_ERROR, EVALUATION_ERROR, ASSUMPTION_FALSE -> throw new SourceException(
            "TLC on model " + model.name() + ": " + failover.tlc.TlcErrors.describe(r, work.resolve(cfgFile), names()).orElseThrow());
        case CRASHED -> throw new SourceException(SourceException.Kind.TLC, "TLC on model " + model.name() + ": " + Manifest(r) + firstProblem(r));
        default -> { }
      }
      if (constants == null) throw new SourceException("TLC on model " + model.name() + " printed no constants");
      return r;
    } catch (TlcException e) {
      throw new SourceException(SourceException.Kind.TLC, e.getMessage());
    } catch (IOException e) {
      throw new SourceException(SourceException.Kind.TLC, "cannot clear " + meta + ": " + failover.io.Problems.of(e));
    }
  }

  private static String Manifest(TlcResult r) { return failover.tlc.Manifest.describe(r.verdict(), r.property()); }

  /** Files in messages: relative to the project root (spec/'s parent), a work copy by its original in spec/. */
  private failover.tlc.TlcErrors.Names names() {
    Path spec = model.specDir().toAbsolutePath().normalize();
    return new failover.tlc.TlcErrors.Names(spec.getParent() == null ? spec : spec.getParent(), spec);
  }

  private static String firstProblem(TlcResult r) {
    if (!r.configErrors().isEmpty()) return ": " + r.configErrors().get(0).text().lines().findFirst().orElse("");
    if (!r.problems().isEmpty()) return ": " + r.problems().get(0).lines().findFirst().orElse("");
    return "";
  }

  /** {@code #meta} common to every trace of this model. */
  public Map<String, Object> meta(String source) throws SpecModel.ModelException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", "ITF");
    m.put("format-description", "https://apalache-mc.org/docs/adr/015adr-trace.html");
    m.put("source", source);
    m.put("model", model.name());
    m.put("module", model.module());
    m.put("config", model.config());
    m.put("tlcVersion", tlcVersion);
    m.put("specHashes", model.hashes());
    if (constants != null) m.put("constants", Itf.toJson(constants));
    return m;
  }

  /** The constants recorded in a trace's {@code #meta}, or null. */
  public static TlaValue.Rec constantsOf(Itf.Trace t) throws Itf.ItfException {
    Object c = t.meta().get("constants");
    if (c == null) return null;
    JsonNode n = JSON.valueToTree(c);
    TlaValue v = Itf.value(n, "#meta.constants");
    if (!(v instanceof TlaValue.Rec r)) throw new Itf.ItfException("#meta.constants is not a record");
    return r;
  }

  // ---------------------------------------------------------------------------------------------
  // simulation

  /**
   * {@code num} random behaviours of at most {@code depth} states from {@code seed}, by TLC's
   * simulation of the model (without its checks). {@code withinModel}: every state satisfies the
   * model's state constraint (it is made part of the next-state relation, so that a behaviour
   * goes on inside the model instead of ending at its border); otherwise the constraint is
   * dropped and the behaviours range over the spec with the model's constants.
   */
  public List<Itf.Trace> simulate(int num, int depth, long seed, boolean withinModel)
      throws SourceException, SpecModel.ModelException {
    String cfg = "CF_simulate.cfg";
    String text = SpecModel.withoutSections(model.cfgText(), NOT_SIMULATED);
    if (withinModel) {
      text = SpecModel.withoutSections(text, Set.of("SPECIFICATION", "INIT", "NEXT")) + "SPECIFICATION CF_Spec\n";
    }
    SpecModel.writeCfg(work, cfg, text);
    Path dir = work.resolve("simulate");
    try {
      deleteTree(dir);
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new SourceException(SourceException.Kind.TLC, "cannot create " + dir + ": " + failover.io.Problems.of(e));
    }
    run(cfg, "simulate", List.of("-simulate", "file=" + dir.resolve("b").toAbsolutePath() + ",num=" + num,
        "-depth", Integer.toString(depth), "-seed", Long.toString(seed)), m -> { });
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("b_\\d+_\\d+"))
          .sorted(Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString().replaceAll(".*_", ""))))
          .toList();
    } catch (IOException e) {
      throw new SourceException(SourceException.Kind.TLC, "cannot list " + dir + ": " + failover.io.Problems.of(e));
    }
    List<Itf.Trace> out = new ArrayList<>();
    for (int k = 0; k < files.size(); k++) {
      Map<String, Object> meta = meta("TLC simulation");
      meta.put("seed", seed);
      meta.put("depth", depth);
      meta.put("num", num);
      meta.put("withinModel", withinModel);
      meta.put("behaviour", k);
      meta.put("reproduce", "./failover conform --model " + model.name() + " --simulate " + num + " --depth " + depth
          + " --seed " + seed + (withinModel ? " --within-model" : "") + "  (behaviour " + k + ")");
      out.add(new Itf.Trace(meta, Vocabulary.VARIABLES, readStates(files.get(k)), -1));
    }
    return out;
  }

  private static final Pattern STATE_DEF = Pattern.compile("^STATE_(\\d+)\\s*==\\s*$");

  /** The states of a simulation file: {@code STATE_i ==} definitions of {@code /\ var = value} conjuncts. */
  static List<Map<String, TlaValue>> readStates(Path file) throws SourceException {
    List<Map<String, TlaValue>> states = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Map<String, String> current = null;
      String var = null;
      StringBuilder value = null;
      for (String line; (line = r.readLine()) != null; ) {
        Matcher m = STATE_DEF.matcher(line);
        if (m.find() || line.startsWith("====")) {
          if (current != null) {
            if (var != null) current.put(var, value.toString());
            states.add(parsed(current, file));
          }
          current = m.matches() ? new LinkedHashMap<>() : null;
          var = null;
          continue;
        }
        if (current == null || line.isBlank()) continue;
        if (line.startsWith("/\\ ")) {
          if (var != null) current.put(var, value.toString());
          int eq = line.indexOf(" = ");
          if (eq < 0) throw new SourceException(file + ": unreadable line: " + line);
          var = line.substring(3, eq).strip();
          value = new StringBuilder(line.substring(eq + 3));
        } else if (value != null) {
          value.append('\n').append(line);
        }
      }
      if (current != null) {
        if (var != null) current.put(var, value.toString());
        states.add(parsed(current, file));
      }
    } catch (IOException e) {
      throw new SourceException(SourceException.Kind.TLC, "cannot read " + file + ": " + failover.io.Problems.of(e));
    }
    return states;
  }

  private static Map<String, TlaValue> parsed(Map<String, String> texts, Path file) throws SourceException {
    Map<String, TlaValue> out = new LinkedHashMap<>();
    for (String v : Vocabulary.VARIABLES) {
      String t = texts.get(v);
      if (t == null) throw new SourceException(file + ": a state without variable " + v);
      try {
        out.put(v, TlaValue.parse(t));
      } catch (IllegalArgumentException e) {
        throw new SourceException(file + ": " + v + ": " + e.getMessage());
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // model checking, counterexamples, state graph

  /**
   * Model-checks the model as its cfg says ({@code cfgText}: the model's cfg, or a variant), with
   * a fixed fingerprint seed; {@code dot} (null: none) receives the state graph.
   */
  public TlcResult check(String cfgText, Path dot, Consumer<? super TlcMessage> listener)
      throws SourceException, SpecModel.ModelException {
    String cfg = "CF_check.cfg";
    SpecModel.writeCfg(work, cfg, cfgText);
    List<String> options = new ArrayList<>(List.of("-fp", "0"));
    options.addAll(checkOptions);
    if (dot != null) options.addAll(List.of("-dump", "dot,actionlabels", dot.toAbsolutePath().toString()));
    return run(cfg, "check", options, listener);
  }

  /** The counterexample of a failed check as an ITF trace (a lasso's loop kept), or null. */
  public Itf.Trace counterexample(TlcResult r) throws SourceException, SpecModel.ModelException {
    if (r.trace().isEmpty()) return null;
    List<Map<String, TlaValue>> states = new ArrayList<>();
    for (TlcMessage.TraceState s : r.trace().states()) {
      try {
        Map<String, TlaValue> all = s.parsedValues();
        Map<String, TlaValue> st = new LinkedHashMap<>();
        for (String v : Vocabulary.VARIABLES) {
          if (!all.containsKey(v)) throw new SourceException("counterexample state " + s.number() + " has no " + v);
          st.put(v, all.get(v));
        }
        states.add(st);
      } catch (IllegalArgumentException e) {
        throw new SourceException("counterexample state " + s.number() + ": " + e.getMessage());
      }
    }
    Map<String, Object> meta = meta("TLC counterexample");
    meta.put("verdict", failover.tlc.Manifest.describe(r.verdict(), r.property()));
    meta.put("reproduce", "./failover check --model " + model.name());
    int loop = r.trace().ending() == failover.tlc.Trace.Ending.BACK_TO_STATE ? r.trace().backTo() - 1 : -1;
    return new Itf.Trace(meta, Vocabulary.VARIABLES, states, loop);
  }

  static boolean failed(TlcResult r) {
    return r.verdict() == Verdict.INVARIANT_VIOLATED || r.verdict() == Verdict.ACTION_PROPERTY_VIOLATED
        || r.verdict() == Verdict.TEMPORAL_VIOLATED || r.verdict() == Verdict.DEADLOCK;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
