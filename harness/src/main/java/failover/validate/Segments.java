package failover.validate;

import failover.spec.Vocabulary;
import failover.tlc.Values;
import failover.engine.SpecConstants;
import failover.engine.SpecDriver;
import failover.engine.SpecState;
import failover.tlc.TlaValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recording cut into segments the spec can check. The spec's constants are fixed; a scenario
 * configures the boxes while it runs. A segment is a maximal run of steps during which the
 * constants the configuration stands for ({@link SpecConstants}) stay the same: its first state is
 * the state after the step that began it, and each further step is checked by TLC. A step that
 * changes the constants ends a segment and is not checked (the spec has no such step); steps while
 * the configuration stands for no constants are skipped. Within a segment the engine's Tick steps
 * are dropped (the spec's Ticks are free between logged steps: timers are not compared), and so are
 * steps that change none of the spec's variables (a stuttering step, which every TLA+ spec allows).
 */
public final class Segments {
  private Segments() {}

  /**
   * One logged step of a segment: the recorded entry and its spec values; {@code settledAt} is the
   * line of a {@code wait} that ended in this state (the pair settled), or 0.
   */
  public record Logged(Recording.Entry entry, TlaValue.Rec obs, TlaValue.Rec act, int settledAt) {
    public Logged(Recording.Entry entry, TlaValue.Rec obs, TlaValue.Rec act) { this(entry, obs, act, 0); }

    Logged settled(int line) { return new Logged(entry, obs, act, line); }
  }

  /**
   * @param log       the first state, then the steps TLC checks
   * @param stutters  steps that changed no spec variable (allowed, not logged)
   * @param ticks     engine Ticks dropped
   */
  public record Segment(SpecDriver.Model constants, List<Logged> log, int stutters, int ticks) {
    public int firstLine() { return log.get(0).entry().line(); }

    public int lastLine() { return log.get(log.size() - 1).entry().line(); }

    public int steps() { return log.size() - 1; }
  }

  /** A step that was not checked: it left a segment's constants, or it ran while none applied. */
  public record Skipped(int fromLine, int toLine, int steps, String why) {}

  /** The segments with at least one step, and what was not checked. */
  public record Split(List<Segment> segments, List<Skipped> skipped) {}

  public static Split split(Recording r) {
    List<Segment> out = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    SpecDriver.Model current = null;
    List<Logged> log = null;
    int stutters = 0, ticks = 0;
    Skipped pendingSkip = null;
    for (int n = 0; n < r.entries().size(); n++) {
      Recording.Entry e = r.entries().get(n);
      SpecDriver.Model c = e.constants().constants();
      Integer waitLine = r.settled().get(n);
      boolean tick = "Tick".equals(e.act().get("name"));
      if (current != null && current.equals(c)) {
        if (tick) {
          ticks++;
        } else {
          Logged l = logged(e, c);
          if (Values.equal(log.get(log.size() - 1).obs(), l.obs())) stutters++;
          else log.add(l);
        }
        // the first wait that ended in this state names it
        if (waitLine != null && log.get(log.size() - 1).settledAt() == 0) log.set(log.size() - 1, log.get(log.size() - 1).settled(waitLine));
        continue;
      }
      // the constants change here (or none apply): close the segment
      if (current != null) {
        if (checkable(log)) out.add(new Segment(current, List.copyOf(log), stutters, ticks));
        skipped.add(new Skipped(e.line(), e.line(), 1, Recording.describe(e.act()) + " changes the constants: "
            + (c == null ? e.constants().why() : SpecConstants.differences(current, c))));
        current = null;
      }
      if (c != null) {
        if (pendingSkip != null) {
          skipped.add(pendingSkip);
          pendingSkip = null;
        }
        current = c;
        log = new ArrayList<>();
        log.add(waitLine == null ? logged(e, c) : logged(e, c).settled(waitLine));
        stutters = 0;
        ticks = 0;
      } else if (!tick && e.line() > 0) {
        pendingSkip = pendingSkip == null ? new Skipped(e.line(), e.line(), 1, e.constants().why())
            : new Skipped(pendingSkip.fromLine(), e.line(), pendingSkip.steps() + 1, e.constants().why());
      }
    }
    if (current != null && checkable(log)) out.add(new Segment(current, List.copyOf(log), stutters, ticks));
    if (pendingSkip != null) skipped.add(pendingSkip);
    return new Split(List.copyOf(out), List.copyOf(skipped));
  }

  /** A segment TLC can check something in: a step, or a state a wait ended in. */
  private static boolean checkable(List<Logged> log) { return log.size() > 1 || log.get(0).settledAt() > 0; }

  static Logged logged(Recording.Entry e, SpecDriver.Model c) {
    return new Logged(e, observed(e.state(), c), act(e.act()));
  }

  /** The spec's act for an engine act: its name and the spec's parameters. */
  static TlaValue.Rec act(Map<String, Object> engineAct) {
    return (TlaValue.Rec) Values.of(SpecDriver.specAct(engineAct));
  }

  /** The observed variables (every spec variable but the timers and act) of a state, under constants {@code c}. */
  public static TlaValue.Rec observed(SpecState s, SpecDriver.Model c) {
    Map<String, TlaValue> f = new LinkedHashMap<>();
    f.put("power", byUnit(u -> new TlaValue.Str(s.power().get(u))));
    f.put("foEnabled", byUnit(u -> new TlaValue.Bool(s.foEnabled().get(u))));
    f.put("foSaved", byUnit(u -> new TlaValue.Bool(s.foSaved().get(u))));
    f.put("role", byUnit(u -> byGroup(g -> new TlaValue.Str(s.role().get(u).get(g)))));
    f.put("foLink", new TlaValue.Str(s.foLink()));
    f.put("stLink", new TlaValue.Str(s.stLink()));
    f.put("ifDown", byUnit(u -> byGroup(g -> new TlaValue.Int(s.ifDown().get(u).get(g)))));
    f.put("running", byUnit(u -> scopes(s.running().get(u), c)));
    f.put("startup", byUnit(u -> scopes(s.startup().get(u), c)));
    f.put("flash", byUnit(u -> new TlaValue.Int(s.flash().get(u))));
    f.put("conns", byUnit(u -> byGroup(g -> Values.of(s.conns().get(u).get(g)))));
    f.put("preemptArmed", byGroup(g -> new TlaValue.Bool(s.preemptArmed().get(g))));
    f.put("linkLost", new TlaValue.Bool(s.linkLost()));
    return new TlaValue.Rec(f);
  }

  /** The spec's variables but its timers and history, in the spec's order (the order of {@link #observed}). */
  public static final List<String> OBSERVED = Vocabulary.VARIABLES.stream().filter(v -> !Vocabulary.TIMERS.contains(v) && !v.equals(Vocabulary.HISTORY)).toList();

  private static TlaValue byUnit(java.util.function.Function<String, TlaValue> f) {
    Map<String, TlaValue> m = new LinkedHashMap<>();
    m.put("A", f.apply("A"));
    m.put("B", f.apply("B"));
    return new TlaValue.Rec(m);
  }

  private static TlaValue byGroup(java.util.function.IntFunction<TlaValue> f) {
    return new TlaValue.Seq(List.of(f.apply(1), f.apply(2)));
  }

  /** [Scopes -> version]: the system space and the constants' contexts (a scope a box lacks: 0). */
  private static TlaValue scopes(Map<String, Long> versions, SpecDriver.Model c) {
    Map<TlaValue, TlaValue> m = new LinkedHashMap<>();
    m.put(new TlaValue.Str("system"), new TlaValue.Int(versions.getOrDefault("system", 0L)));
    for (String ctx : c.contexts()) m.put(new TlaValue.Str(ctx), new TlaValue.Int(versions.getOrDefault(ctx, 0L)));
    return new TlaValue.Fun(m);
  }
}
