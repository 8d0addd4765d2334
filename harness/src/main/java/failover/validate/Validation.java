package failover.validate;

import failover.conform.StateGraph;
import failover.conform.Values;
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

    /** Every step of every segment is allowed by the spec. */
    record Valid(String name, Segments.Split split, long distinct, double seconds) implements Outcome {}

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
    if (split.segments().isEmpty()) return new Outcome.Nothing(name, split);
    Path dot = work.resolve("states.dot");
    try {
      Files.createDirectories(work);
      deleteTree(work.resolve("meta"));
      Files.deleteIfExists(dot);
      Files.copy(specDir.resolve(TraceModule.SPEC_MODULE + ".tla"), work.resolve(TraceModule.SPEC_MODULE + ".tla"),
          StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(work.resolve(MODULE + ".tla"), TraceModule.module(MODULE, name, split.segments()));
      Files.writeString(work.resolve(MODULE + ".cfg"), TraceModule.config());
    } catch (IOException e) {
      return new Outcome.TlcFailed(name, "cannot write the trace module under " + work + ": " + e.getMessage(), false);
    }
    TlcRequest req = TlcRequest.check(work, MODULE, MODULE + ".cfg", 1, work.resolve("meta")).withStateGraphDump(dot);
    TlcResult res;
    try {
      res = tlc.run(req, m -> { });
    } catch (TlcException e) {
      return new Outcome.TlcFailed(name, e.getMessage(), false);
    }
    double seconds = res.wallTime().toMillis() / 1000.0;
    if (res.verdict() != Verdict.PASSED) {
      boolean spec = switch (res.verdict()) {
        case PARSE_ERROR, CONFIG_ERROR, EVALUATION_ERROR, ASSUMPTION_FALSE -> true;
        default -> false;
      };
      return new Outcome.TlcFailed(name, "TLC on " + work.resolve(MODULE + ".tla") + ": " + res.verdict()
          + firstProblem(res), spec);
    }
    Reached reached = new Reached();
    try {
      StateGraph.read(dot, reached);
    } catch (IOException | StateGraph.GraphException e) {
      return new Outcome.TlcFailed(name, "cannot read TLC's state graph " + dot + ": " + e.getMessage(), false);
    }
    for (int k = 1; k <= split.segments().size(); k++) {
      Segments.Segment s = split.segments().get(k - 1);
      int max = reached.maxI.getOrDefault(k, 0);
      for (int i = 1; i <= max; i++) {
        List<String> acts = reached.missed.get(k + "/" + i);
        if (acts != null) {
          return new Outcome.Missed(name, split, k, s.log().get(i - 1), List.copyOf(new java.util.TreeSet<>(acts)),
              res.distinct(), seconds);
        }
      }
      if (max >= s.log().size()) continue;
      if (max == 0) {
        return new Outcome.TlcFailed(name, "TLC found no initial state for segment " + k + " (lines "
            + s.firstLine() + "-" + s.lastLine() + ")", true);
      }
      Segments.Logged step = s.log().get(max);
      List<Map<String, TlaValue>> probes = reached.probes.getOrDefault(k + "/" + max, List.of());
      return new Outcome.Invalid(name, split, k, step, nearest(probes, step), res.distinct(), seconds);
    }
    return new Outcome.Valid(name, split, res.distinct(), seconds);
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
      for (String v : Segments.OBSERVED) {
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
    final Map<String, List<Map<String, TlaValue>>> probes = new HashMap<>();
    final Map<String, List<String>> missed = new HashMap<>();

    @Override
    public void node(long id, Map<String, TlaValue> state) {
      int seg = (int) ((TlaValue.Int) state.get("seg")).value();
      int i = (int) ((TlaValue.Int) state.get("i")).value();
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
          + seconds(v.seconds()) + ")";
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
    if (!r.parseErrors().isEmpty()) return ": " + r.parseErrors().get(0);
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
