package failover.validate;

import failover.adapter.Abstraction;
import failover.tlc.StateGraph;
import failover.tlc.Values;
import failover.spec.Vocabulary;
import failover.tlc.TlaValue;
import failover.tlc.Tlc;
import failover.tlc.TlcException;
import failover.tlc.TlcRequest;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code play --validate}: has TLC check that a recording of the engine is a behaviour of the
 * spec, segment by segment ({@link Segments}), in one TLC run of a generated module
 * ({@link TraceModule}), and names the first step the spec does not allow.
 */
public final class Validation {
  private Validation() {}

  /** The generated module's name (and its cfg's). */
  public static final String MODULE = "Validate";

  /** What validating one recording came to. */
  public sealed interface Outcome {
    String name();

    /**
     * Every step of every segment is allowed by the spec. {@code distinct}: TLC's states for this
     * recording; {@code seconds}: TLC's run, shared by the {@code batch} recordings validated in it.
     */
    record Valid(String name, Segments.Split split, long distinct, double seconds, int batch) implements Outcome {
      /** Validated alone: {@code seconds} is TLC's run for this recording only. */
      public Valid(String name, Segments.Split split, long distinct, double seconds) { this(name, split, distinct, seconds, 1); }
    }

    /**
     * The spec does not allow {@code step} (of segment {@code segment}, 1-based) after the steps
     * before it; {@code nearest}: the spec's nearest successor by an action of the same name.
     */
    record Invalid(String name, Segments.Split split, int segment, Segments.Logged step, Nearest nearest,
                   long distinct, double seconds) implements Outcome {}

    /**
     * A {@code wait} ended with the pair settled in the state after {@code at} (segment
     * {@code segment}), but there the spec enables pair steps that need no timer ({@code acts}):
     * steps the spec's fairness requires and the engine never takes.
     */
    record Missed(String name, Segments.Split split, int segment, Segments.Logged at, List<String> acts,
                  long distinct, double seconds) implements Outcome {}

    /** No segment: the configuration never stands for the spec's constants while a step is taken. */
    record Nothing(String name, Segments.Split split) implements Outcome {}

    /** TLC could not check the module: {@code specProblem} when it could not parse or evaluate it, else it is missing or crashed. */
    record TlcFailed(String name, String message, boolean specProblem) implements Outcome {}
  }

  /**
   * Validates a recording: writes {@code work/Validate.tla} (and the spec module beside it), runs
   * TLC there with one worker, and reads the states it reached from its state-graph dump.
   */
  public static Outcome run(Recording r, Tlc tlc, Path specDir, Path work) {
    return run(r.name(), Segments.split(r), tlc, specDir, work);
  }

  /** Validates segments (of a recording named {@code name}); see {@link #run(Recording, Tlc, Path, Path)}. */
  public static Outcome run(String name, Segments.Split split, Tlc tlc, Path specDir, Path work) {
    return runAll(List.of(new Input(name, split, "none")), tlc, specDir, work).get(0);
  }

  /** One recording to validate: its name, its segments, and the spec's deliberate bug to check it against ("none"). */
  public record Input(String name, Segments.Split split, String bug) {
    public static Input of(Recording r, String bug) { return new Input(r.name(), Segments.split(r), bug); }
  }

  /**
   * Validates any number of recordings in ONE TLC run: the segments of all of them are the
   * segments of one generated module (segment k of the module is a segment of one input; TLC's
   * states carry {@code seg = k}, so its state graph tells the inputs apart), each instance of the
   * spec with its input's {@code Bug}. The outcomes are in the order of the inputs. TLC's start
   * (a few seconds) is paid once.
   */
  public static List<Outcome> runAll(List<Input> inputs, Tlc tlc, Path specDir, Path work) {
    List<TraceModule.Part> parts = new ArrayList<>();
    int[] first = new int[inputs.size()]; // the module's number of an input's first segment
    for (int n = 0; n < inputs.size(); n++) {
      Input in = inputs.get(n);
      first[n] = parts.size() + 1;
      for (Segments.Segment s : in.split().segments()) parts.add(new TraceModule.Part(in.name(), in.bug(), s));
    }
    Outcome[] out = new Outcome[inputs.size()];
    for (int n = 0; n < inputs.size(); n++) {
      if (inputs.get(n).split().segments().isEmpty()) out[n] = new Outcome.Nothing(inputs.get(n).name(), inputs.get(n).split());
    }
    if (parts.isEmpty()) return List.of(out);
    Path dot = work.resolve("states.dot");
    String problem = null;
    boolean specProblem = false;
    TlcResult res = null;
    try {
      Files.createDirectories(work);
      deleteTree(work.resolve("meta"));
      Files.deleteIfExists(dot);
      Files.copy(specDir.resolve(Vocabulary.MODULE + ".tla"), work.resolve(Vocabulary.MODULE + ".tla"),
          StandardCopyOption.REPLACE_EXISTING);
      // the spec under each other readings a segment stands for, as a module of its own
      String specText = Files.readString(specDir.resolve(Vocabulary.MODULE + ".tla"));
      // ... and with a spec bug: the bug's operators of AAFailoverBugs.tla in place of the protocol's
      failover.spec.SpecBugs bugs = parts.stream().allMatch(p -> p.bug().equals("none")) ? null
          : failover.spec.SpecBugs.parse(Files.readString(specDir.resolve(failover.spec.SpecBugs.MODULE + ".tla")));
      for (TraceModule.Part p : parts) {
        failover.spec.Readings rd = p.segment().constants().readings().specPart();
        if (!rd.chosenAll() || !p.bug().equals("none")) {
          Files.writeString(work.resolve(TraceModule.moduleName(rd, p.bug()) + ".tla"), TraceModule.variant(specText, rd, p.bug(), bugs));
        }
      }
      String title = inputs.size() == 1 ? inputs.get(0).name() : inputs.size() + " scenarios";
      Files.writeString(work.resolve(MODULE + ".tla"), TraceModule.module(MODULE, title, parts, inputs.size() > 1));
      Files.writeString(work.resolve(MODULE + ".cfg"), TraceModule.config());
    } catch (IOException e) {
      problem = "cannot write the trace module under " + work + ": " + failover.io.Problems.of(e);
    }
    if (problem == null) {
      TlcRequest req = TlcRequest.check(work, MODULE, MODULE + ".cfg", 1, work.resolve("meta")).withStateGraphDump(dot);
      try {
        res = tlc.run(req, m -> { });
        if (res.verdict() != Verdict.PASSED) {
          specProblem = switch (res.verdict()) {
            case PARSE_ERROR, CONFIG_ERROR, EVALUATION_ERROR, ASSUMPTION_FALSE -> true;
            default -> false;
          };
          Path spec = specDir.toAbsolutePath().normalize();
          problem = failover.tlc.TlcErrors.describe(res, work.resolve(MODULE + ".cfg"),
                  new failover.tlc.TlcErrors.Names(spec.getParent() == null ? spec : spec.getParent(), spec))
              .map(d -> "TLC: " + d)
              .orElse("TLC on " + work.resolve(MODULE + ".tla") + ": " + failover.tlc.Manifest.describe(res.verdict(), res.property()) + firstProblem(res));
        }
      } catch (TlcException e) {
        problem = e.getMessage();
      }
    }
    Reached reached = new Reached();
    if (problem == null) {
      try {
        StateGraph.read(dot, reached);
      } catch (IOException | StateGraph.GraphException e) {
        problem = "cannot read TLC's state graph " + dot + ": " + failover.io.Problems.of(e);
      }
    }
    for (int n = 0; n < inputs.size(); n++) {
      if (out[n] != null) continue;
      Input in = inputs.get(n);
      out[n] = problem != null ? new Outcome.TlcFailed(in.name(), problem, specProblem)
          : outcome(in, first[n] - 1, reached, res.wallTime().toMillis() / 1000.0, inputs.size());
    }
    return List.of(out);
  }

  /** The outcome of one input whose segment k is segment {@code offset + k} of the module. */
  private static Outcome outcome(Input in, int offset, Reached reached, double seconds, int batch) {
    String name = in.name();
    Segments.Split split = in.split();
    long distinct = 0;
    for (int k = 1; k <= split.segments().size(); k++) distinct += reached.nodes.getOrDefault(offset + k, 0L);
    for (int k = 1; k <= split.segments().size(); k++) {
      Segments.Segment s = split.segments().get(k - 1);
      int g = offset + k;
      int max = reached.maxI.getOrDefault(g, 0);
      for (int i = 1; i <= max; i++) {
        List<String> acts = reached.missed.get(g + "/" + i);
        if (acts != null) {
          return new Outcome.Missed(name, split, k, s.log().get(i - 1), List.copyOf(new java.util.TreeSet<>(acts)),
              distinct, seconds);
        }
      }
      if (max >= s.log().size()) continue;
      if (max == 0) {
        return new Outcome.TlcFailed(name, "TLC found no initial state for segment " + k + " (lines "
            + s.firstLine() + "-" + s.lastLine() + ")", true);
      }
      Segments.Logged step = s.log().get(max);
      List<Map<String, TlaValue>> probes = reached.probes.getOrDefault(g + "/" + max, List.of());
      return new Outcome.Invalid(name, split, k, step, nearest(probes, step), distinct, seconds);
    }
    return new Outcome.Valid(name, split, distinct, seconds, batch);
  }

  /**
   * Where the spec's nearest successor differs from the logged step: among the probes (the spec's
   * successors by the logged action's name), those with the logged act first, then the fewest
   * differing leaves. Empty when there is no probe: the spec does not enable the action at all.
   */
  static Nearest nearest(List<Map<String, TlaValue>> probes, Segments.Logged step) {
    Nearest best = null;
    for (Map<String, TlaValue> p : probes) {
      List<String> d = new ArrayList<>();
      boolean sameAct = Values.equal(p.get("act"), step.act());
      for (Values.Difference x : Values.diff("act", p.get("act"), step.act())) d.add(x.describe("spec", "engine"));
      for (String v : Abstraction.OBSERVED) {
        for (Values.Difference x : Values.diff(v, p.get(v), step.obs().get(v))) d.add(x.describe("spec", "engine"));
      }
      Nearest n = new Nearest(sameAct, List.copyOf(d));
      if (best == null || (n.sameAct() && !best.sameAct())
          || (n.sameAct() == best.sameAct() && n.differences().size() < best.differences().size())) best = n;
    }
    return best == null ? new Nearest(false, List.of()) : best;
  }

  /**
   * The spec's nearest successor: {@code sameAct} when the spec takes the logged action with the
   * logged parameters (then only the state differs), and where it differs from the engine's.
   */
  public record Nearest(boolean sameAct, List<String> differences) {}

  /** The largest i reached per segment, and the probe states by segment and i. */
  private static final class Reached implements StateGraph.Listener {
    final Map<Integer, Integer> maxI = new HashMap<>();
    final Map<Integer, Long> nodes = new HashMap<>();
    final Map<String, List<Map<String, TlaValue>>> probes = new HashMap<>();
    final Map<String, List<String>> missed = new HashMap<>();

    @Override
    public void node(long id, Map<String, TlaValue> state) {
      int seg = (int) ((TlaValue.Int) state.get("seg")).value();
      int i = (int) ((TlaValue.Int) state.get("i")).value();
      nodes.merge(seg, 1L, Long::sum);
      if (((TlaValue.Bool) state.get("missed")).value()) {
        missed.computeIfAbsent(seg + "/" + i, x -> new ArrayList<>()).add(describe(state.get("act")));
      } else if (((TlaValue.Bool) state.get("probe")).value()) {
        probes.computeIfAbsent(seg + "/" + i, x -> new ArrayList<>()).add(state);
      } else {
        maxI.merge(seg, i, Math::max);
      }
    }

    @Override
    public void edge(long from, long to, String action) { }
  }

  // ------------------------------------------------------------------------------------------
  // Report

  /** A spec act record as "StateSync(group=2)". */
  static String describe(TlaValue act) {
    if (!(act instanceof TlaValue.Rec r)) return String.valueOf(act);
    StringBuilder sb = new StringBuilder(Values.show(r.fields().get("name")));
    List<String> ps = new ArrayList<>();
    r.fields().forEach((k, v) -> { if (!k.equals("name")) ps.add(k + "=" + Values.show(v)); });
    if (!ps.isEmpty()) sb.append('(').append(String.join(", ", ps)).append(')');
    return sb.toString();
  }

  /** The first line play prints for an outcome. */
  public static String headline(Outcome o) {
    if (o instanceof Outcome.Valid v) {
      Totals t = totals(v.split());
      return "VALID " + v.name() + ": " + t.segments + " segment" + (t.segments == 1 ? "" : "s") + ", " + t.steps
          + " steps (lines " + t.ranges + "), every step allowed by the spec (TLC: " + v.distinct() + " states, "
          + seconds(v.seconds()) + (v.batch() > 1 ? " for " + v.batch() + " scenarios in one run" : "") + ")";
    }
    if (o instanceof Outcome.Invalid x) {
      Recording.Entry e = x.step().entry();
      String name = ((TlaValue.Str) x.step().act().get("name")).value();
      if (name.equals(Recording.UNRECORDED)) {
        return "INVALID " + x.name() + ": line " + e.line() + ": the engine changed the spec's variables without taking a spec action";
      }
      List<String> d = x.nearest().differences();
      String why;
      if (d.isEmpty()) why = " (the spec does not enable " + name + " here)";
      else if (x.nearest().sameAct()) why = " (" + String.join("; ", d.subList(0, Math.min(4, d.size()))) + (d.size() > 4 ? "; ..." : "") + ")";
      else why = " (the spec does not enable it with these parameters; nearest " + name + ": "
          + String.join("; ", d.subList(0, Math.min(4, d.size()))) + (d.size() > 4 ? "; ..." : "") + ")";
      return "INVALID " + x.name() + ": line " + e.line() + ": " + Recording.describe(e.act())
          + ": the spec does not allow this step" + why;
    }
    if (o instanceof Outcome.Missed m) {
      return "INVALID " + m.name() + ": line " + m.at().settledAt() + ": the pair settled after "
          + Recording.describe(m.at().entry().act()) + " (line " + m.at().entry().line() + "), but the spec enables "
          + String.join(", ", m.acts()) + " there: a step the engine never takes";
    }
    if (o instanceof Outcome.Nothing n) {
      return "NOTHING " + n.name() + ": no step ran while the configuration stood for the spec's constants"
          + n.split().skipped().stream().reduce((a, b) -> b).map(s -> " (last: line " + s.toLine() + ": " + s.why() + ")").orElse("");
    }
    Outcome.TlcFailed f = (Outcome.TlcFailed) o;
    return "ERROR " + f.name() + ": " + f.message();
  }

  /** The lines under the headline: the segments, and what was not checked. */
  public static List<String> details(Outcome o) {
    Segments.Split split;
    if (o instanceof Outcome.Valid v) split = v.split();
    else if (o instanceof Outcome.Invalid x) split = x.split();
    else if (o instanceof Outcome.Nothing n) split = n.split();
    else if (o instanceof Outcome.Missed m) split = m.split();
    else return List.of();
    List<String> out = new ArrayList<>();
    int k = 0;
    for (Segments.Segment s : split.segments()) {
      k++;
      String mark = (o instanceof Outcome.Invalid x && x.segment() == k) || (o instanceof Outcome.Missed m && m.segment() == k)
          ? "  <- not a behaviour of the spec" : "";
      out.add("  segment " + k + ": lines " + s.firstLine() + "-" + s.lastLine() + ", " + s.steps() + " steps checked ("
          + s.stutters() + " stuttering, " + s.ticks() + " ticks not logged), Primary " + s.constants().primary()
          + ", contexts " + String.join(" ", s.constants().contexts()) + mark);
    }
    List<Segments.Skipped> skipped = new ArrayList<>(split.skipped());
    skipped.sort(Comparator.comparingInt(Segments.Skipped::fromLine));
    for (Segments.Skipped s : skipped) {
      out.add("  not checked: line" + (s.fromLine() == s.toLine() ? " " + s.fromLine() : "s " + s.fromLine() + "-" + s.toLine())
          + ", " + s.steps() + " step" + (s.steps() == 1 ? "" : "s") + ": " + s.why());
    }
    if (o instanceof Outcome.Invalid x && x.nearest().differences().size() > 4) {
      for (String d : x.nearest().differences()) out.add("  differs: " + d);
    }
    return out;
  }

  private record Totals(int segments, int steps, String ranges) {}

  private static Totals totals(Segments.Split split) {
    int steps = 0;
    List<String> ranges = new ArrayList<>();
    for (Segments.Segment s : split.segments()) {
      steps += s.steps();
      ranges.add(s.firstLine() + "-" + s.lastLine());
    }
    return new Totals(split.segments().size(), steps, String.join(", ", ranges));
  }

  private static String seconds(double s) { return String.format(Locale.ROOT, "%.1f s", s); }

  private static String firstProblem(TlcResult r) {
    if (!r.configErrors().isEmpty()) return ": " + r.configErrors().get(0).text().lines().findFirst().orElse("");
    if (!r.problems().isEmpty()) return ": " + r.problems().get(0).lines().findFirst().orElse("");
    return "";
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }
}
