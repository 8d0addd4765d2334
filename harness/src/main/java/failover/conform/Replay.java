package failover.conform;

import failover.spec.Constants;
import failover.engine.Result;
import failover.adapter.SpecDriver;
import failover.tlc.TlaValue;
import failover.tlc.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replays a trace of the spec on the engine: the engine starts in the spec's Init (the model's
 * constants as both boxes' startup configuration), then each state's history variable
 * {@code act} (the action just taken, with its parameters) is applied to the engine
 * ({@link SpecDriver#apply}) and the engine's state, abstracted to the spec's variables
 * ({@link SpecDriver#state}), is compared with the trace's state. The first difference ends the
 * replay: a {@link Divergence}.
 */
public final class Replay {
  private Replay() {}

  /**
   * The first divergence: at {@code step} (the index of the trace state the engine should have
   * reached; 0 is the initial state), after {@code act}; the differing variables, or the engine's
   * error line when it refused the action.
   */
  public record Divergence(int step, TlaValue act, List<Values.Difference> differences, String refused) {
    public Divergence { differences = List.copyOf(differences); }

    /** The report lines (without the trace file and the command to reproduce it). */
    public List<String> lines() {
      List<String> out = new ArrayList<>();
      out.add("step " + step + ": " + (step == 0 ? "the initial state" : Actions.show(act)));
      if (refused != null) out.add("  the engine refused it: " + refused);
      for (Values.Difference d : differences) out.add("  " + d.describe("spec", "engine"));
      return out;
    }
  }

  /** The outcome: steps replayed (actions applied) and the divergence, or null. */
  public record Outcome(int steps, Divergence divergence) {
    public boolean ok() { return divergence == null; }
  }

  /** The differences between a spec state and the engine's, variable by variable (the trace's variables). */
  public static List<Values.Difference> compare(Map<String, TlaValue> spec, TlaValue.Rec engine, boolean withAct) {
    List<Values.Difference> out = new ArrayList<>();
    for (Map.Entry<String, TlaValue> e : spec.entrySet()) {
      if (!withAct && e.getKey().equals("act")) continue;
      out.addAll(Values.diff(e.getKey(), e.getValue(), engine.fields().get(e.getKey())));
    }
    return out;
  }

  /**
   * {@link #compare} of a spec state with the engine's variables ({@link SpecDriver#vars}): each
   * variable compared as values ({@link Canon#surelySame}) or, where that cannot tell, by its
   * canonical text ({@link Canon}: equal texts, equal values), and only where a text differs the
   * differences, as {@link #compare} names them.
   */
  public static List<Values.Difference> compare(Map<String, TlaValue> spec, Map<String, Object> engine, boolean withAct) {
    StringBuilder a = null, b = null;
    for (Map.Entry<String, TlaValue> e : spec.entrySet()) {
      if (!withAct && e.getKey().equals("act")) continue;
      Object x = engine.get(e.getKey());
      if (x == null) return compare(spec, (TlaValue.Rec) Values.of(engine), withAct);
      if (Canon.surelySame(e.getValue(), x)) continue;
      if (a == null) {
        a = new StringBuilder(256);
        b = new StringBuilder(256);
      }
      a.setLength(0);
      b.setLength(0);
      Canon.write(e.getValue(), a);
      Canon.write(x, b);
      if (a.compareTo(b) != 0) return compare(spec, (TlaValue.Rec) Values.of(engine), withAct);
    }
    return List.of();
  }

  /** Replays {@code t} on a fresh engine of model {@code m} built with {@code bug}; counts actions in {@code cov}. */
  public static Outcome replay(Itf.Trace t, Constants m, String bug, Coverage cov) {
    Run run = new Run(m, bug, cov);
    for (Map<String, TlaValue> s : t.states()) {
      if (run.next(s) != null) break;
    }
    return run.outcome();
  }

  /**
   * A replay fed one state at a time (a trace read as a stream): the first state is compared with
   * the engine's initial state, each further one's {@code act} applied, then compared. After the
   * first divergence further states are ignored.
   */
  public static final class Run {
    private final SpecDriver d;
    private final Coverage cov;
    private int states, steps;
    private Divergence divergence;

    public Run(Constants m, String bug, Coverage cov) {
      this.d = new SpecDriver(m, bug);
      this.cov = cov;
    }

    /** Feeds the next state; returns the divergence (the first one, also on later calls) or null. */
    public Divergence next(Map<String, TlaValue> s) {
      if (divergence != null) return divergence;
      int i = states++;
      if (i == 0) {
        List<Values.Difference> init = compare(s, d.vars(), true);
        if (!init.isEmpty()) divergence = new Divergence(0, s.get("act"), init, null);
        return divergence;
      }
      TlaValue act = s.get("act");
      if (cov != null) cov.count(act);
      @SuppressWarnings("unchecked")
      Map<String, Object> javaAct = (Map<String, Object>) Values.toJava(act);
      Result r = d.apply(javaAct);
      steps++;
      if (!r.ok()) {
        divergence = new Divergence(i, act, List.of(), r.output());
        return divergence;
      }
      List<Values.Difference> diffs = compare(s, d.vars(), true);
      if (!diffs.isEmpty()) divergence = new Divergence(i, act, diffs, null);
      return divergence;
    }

    public Outcome outcome() { return new Outcome(steps, divergence); }
  }
}
