package failover.conform;

import failover.spec.Constants;
import failover.spec.Vocabulary;
import failover.tlc.TlaValue;
import failover.tlc.Values;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays traces on the engine and reports: the shared core of {@code failover conform} and
 * {@code failover replay}. Prints a progress line at most every {@link #PROGRESS_NANOS} during long
 * work, and each divergence with the trace file, step, action, differing fields, seed and the one
 * command that reproduces it.
 */
public final class Conform {
  static final long PROGRESS_NANOS = 10_000_000_000L;

  private final PrintWriter out;
  private final Path home;
  private final Coverage coverage = new Coverage();
  private long traces, steps, divergences, nanos;
  private long lastProgress = System.nanoTime();
  /** Divergences by kind (the action and the differing variables), with the first one's trace label. */
  private final java.util.Map<String, long[]> kinds = new java.util.LinkedHashMap<>();
  private final int detailed;

  /** Prints the first {@code detailed} divergences of each kind in full, then counts them. */
  public Conform(PrintWriter out, Path home, int detailed) {
    this.out = out;
    this.home = home;
    this.detailed = detailed;
  }

  public Conform(PrintWriter out, Path home) { this(out, home, Integer.MAX_VALUE); }

  /** The kind of a divergence: its action's name and the variables that differ (or "refused"). */
  public static String kind(Replay.Divergence d) {
    java.util.Set<String> vars = new java.util.TreeSet<>();
    for (Values.Difference x : d.differences()) vars.add(x.path().replaceAll("\\[.*", ""));
    return Actions.name(d.act()) + (d.refused() != null ? " refused by the engine" : " differs in " + String.join(", ", vars));
  }

  /** Is this the first divergence of its kind (then it is shown in full and saved)? */
  public boolean firstOfKind(Replay.Divergence d) {
    long[] n = kinds.get(kind(d));
    return n == null || n[0] < detailed;
  }

  public void resetProgressClock() { lastProgress = System.nanoTime(); }

  /** One line a kind of divergence, with its count. */
  public List<String> kindLines() {
    List<String> out = new ArrayList<>();
    kinds.forEach((k, n) -> out.add(String.format(java.util.Locale.ROOT, "%,6d x %s", n[0], k)));
    return out;
  }

  public Coverage coverage() { return coverage; }
  public long traces() { return traces; }
  public long steps() { return steps; }
  public long divergences() { return divergences; }
  /** Seconds spent replaying. */
  public double seconds() { return nanos / 1e9; }

  public void addDivergences(long n) { divergences += n; }

  /** Adds what another run counted (a model run in a lane of its own): traces, steps, divergences by kind, time, coverage. */
  public void addAll(Conform other) {
    traces += other.traces;
    steps += other.steps;
    divergences += other.divergences;
    nanos += other.nanos;
    other.kinds.forEach((k, n) -> kinds.computeIfAbsent(k, x -> new long[1])[0] += n[0]);
    coverage.addAll(other.coverage);
  }

  /**
   * Replays one trace; on a divergence prints it and, when {@code saveAs} is not null, saves the
   * trace cut after the divergent step there (the file the reproduce command names). The engine is
   * built with {@code bug}. Returns the outcome.
   */
  public Replay.Outcome replay(Itf.Trace t, String label, Constants m, String bug, Path saveAs) {
    return replay(t, label, m, bug, saveAs, true);
  }

  private Replay.Outcome replay(Itf.Trace t, String label, Constants m, String bug, Path saveAs, boolean save) {
    long t0 = System.nanoTime();
    Replay.Outcome o = Replay.replay(t, m, bug, coverage);
    return record(o, t, label, bug, saveAs, save, System.nanoTime() - t0);
  }

  /**
   * Counts and reports a replay done elsewhere ({@link Replay.Run}, a trace read as a stream from
   * {@code file}, whose {@code #meta} is {@code header}'s), taking {@code nanos}.
   */
  public Replay.Outcome recordReplayed(Replay.Outcome o, Itf.Trace header, Path file, long nanos) {
    return record(o, header, show(file), null, file, false, nanos);
  }

  private Replay.Outcome record(Replay.Outcome o, Itf.Trace t, String label, String bug, Path saveAs, boolean save, long took) {
    nanos += took;
    traces++;
    steps += o.steps();
    if (!o.ok()) {
      divergences++;
      boolean show = firstOfKind(o.divergence());
      kinds.computeIfAbsent(kind(o.divergence()), k -> new long[1])[0]++;
      if (!show) {
        progress();
        return o;
      }
      Path file = saveAs;
      if (saveAs != null && save) {
        try {
          Itf.write(t.prefix(o.divergence().step() + 1).withMeta("divergence", String.join("\n", o.divergence().lines()))
              .withMeta("engineBug", bug), saveAs);
        } catch (IOException e) {
          out.println("  (cannot save " + saveAs + ": " + failover.io.Problems.of(e) + ")");
          file = null;
        }
      }
      report(label, t, o.divergence(), file);
    }
    progress();
    return o;
  }

  /** The divergence report. */
  public void report(String label, Itf.Trace t, Replay.Divergence d, Path file) {
    out.println("DIVERGENCE in " + label + (bugNote(t)));
    for (String l : d.lines()) out.println("  " + l);
    Object seed = t.meta().get("seed");
    out.println("  model " + t.meta().getOrDefault("model", "?") + (seed == null ? "" : ", seed " + seed)
        + (t.meta().containsKey("behaviour") ? ", behaviour " + t.meta().get("behaviour") : ""));
    if (file != null) out.println("  reproduce: ./failover replay " + show(file));
    else if (t.meta().get("reproduce") != null) out.println("  reproduce: " + t.meta().get("reproduce"));
    out.flush();
  }

  private static String bugNote(Itf.Trace t) {
    Object b = t.meta().get("engineBug");
    return b == null || "none".equals(b) ? "" : " (engine built with bug " + b + ")";
  }

  /** Prints a finding of exhaustive conformance and saves its path as a trace. */
  public void report(Exhaustive.Finding f, String model, Itf.Trace pathTrace, Path file) {
    out.println("DIVERGENCE in the state graph of model " + model);
    for (String l : f.lines()) out.println("  " + l);
    if (file != null) {
      try {
        Itf.write(pathTrace, file);
        out.println("  the path to that state: " + show(file) + " (reproduce: ./failover replay " + show(file) + ")");
      } catch (IOException e) {
        out.println("  (cannot save " + file + ": " + failover.io.Problems.of(e) + ")");
      }
    }
    out.flush();
  }

  public void progress() {
    long now = System.nanoTime();
    if (now - lastProgress < PROGRESS_NANOS) return;
    lastProgress = now;
    out.printf(java.util.Locale.ROOT, "  ... %,d traces, %,d steps replayed, %d divergences%n", traces, steps, divergences);
    out.flush();
  }

  public String show(Path p) {
    Path a = p.toAbsolutePath().normalize();
    return a.startsWith(home) ? home.relativize(a).toString() : a.toString();
  }

  /** The summary lines. */
  public List<String> summary() {
    List<String> s = new ArrayList<>();
    double sec = seconds();
    s.add(String.format(java.util.Locale.ROOT, "replayed: %,d traces, %,d steps in %.1f s (%,.0f steps/s)", traces, steps, sec,
        sec > 0 ? steps / sec : 0.0));
    s.add("divergences: " + divergences);
    return s;
  }

  /** The model's constants and engine bug for a trace read from a file ({@code #meta}). */
  public record Setup(Constants model, String bug, TlaValue.Rec constants) {}

  public static Setup setupOf(Itf.Trace t, String bugOverride) throws Itf.ItfException {
    TlaValue.Rec c = Sources.constantsOf(t);
    if (c == null) throw new Itf.ItfException("no #meta.constants (the model's constants): cannot build the engine");
    try {
      SpecTypes.checkConstants(c);
    } catch (SpecTypes.Bad e) {
      throw new Itf.ItfException("#meta.constants: " + e.getMessage());
    }
    Constants m;
    try {
      m = SpecModel.engineModel(c);
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new Itf.ItfException("#meta.constants: " + failover.io.Problems.of(e));
    }
    Constants spec = SpecModel.constants(c);
    for (int i = 1; i < t.states().size(); i++) checkAct(t.states().get(i).get("act"), "state " + i, spec);
    Object engineBug = t.meta().get("engineBug");
    if (engineBug != null && !failover.spec.Vocabulary.BUGS.contains(String.valueOf(engineBug))) {
      throw new Itf.ItfException("#meta.engineBug: '" + engineBug + "' is none of the engine's bugs (" + String.join(", ", failover.spec.Vocabulary.BUGS) + ")");
    }
    String bug = bugOverride != null ? bugOverride
        : t.meta().get("engineBug") != null ? String.valueOf(t.meta().get("engineBug")) : SpecModel.bug(c);
    return new Setup(m, bug, c);
  }

  /**
   * A trace's {@code act} must be an action of Next with the parameters the model gives it (a unit
   * A or B, a group 1 or 2 or, for ForceActive and Reset, 0, a scope of the model, ...).
   */
  public static void checkAct(TlaValue act, String at, TlaValue.Rec constants) throws Itf.ItfException {
    checkAct(act, at, SpecModel.constants(constants));
  }

  private static void checkAct(TlaValue act, String at, Constants c) throws Itf.ItfException {
    String where = at + ", act";
    if (!(act instanceof TlaValue.Rec r)) throw new Itf.ItfException(where + ": not a record with a name: " + Values.show(act));
    String name = Actions.name(act);
    if (!Actions.ALL.contains(name)) throw new Itf.ItfException(where + ".name: " + Values.show(r.fields().get("name")) + " is no action of the spec");
    List<String> params = Actions.parameters(name);
    for (String f : r.fields().keySet()) {
      if (!f.equals("name") && !params.contains(f)) throw new Itf.ItfException(where + "." + f + ": " + name + " has no such parameter");
    }
    for (String p : params) {
      TlaValue v = r.fields().get(p);
      if (v == null) throw new Itf.ItfException(where + ": " + name + " lacks its parameter " + p);
      List<String> domain = new ArrayList<>(), shown = new ArrayList<>();
      for (TlaValue d : Actions.domain(name, p, c)) {
        domain.add(Values.canon(d));
        shown.add(Values.show(d));
      }
      if (!domain.contains(Values.canon(v))) {
        throw new Itf.ItfException(where + "." + p + ": " + Values.show(v) + " is not one of " + String.join(", ", shown));
      }
    }
  }
}
