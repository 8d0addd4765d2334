package failover.validate;

import failover.adapter.Abstraction;
import failover.spec.Constants;
import failover.spec.Vocabulary;
import failover.tlc.Values;
import failover.adapter.ConfigReader;
import failover.engine.SpecState;
import failover.tlc.TlaValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recording cut into segments the spec can check. The spec's constants are fixed; a scenario
 * configures the boxes while it runs. A segment is a maximal run of steps during which the
 * constants the configuration stands for ({@link ConfigReader}) stay the same: its first state is
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
  public record Segment(Constants constants, List<Logged> log, int stutters, int ticks) {
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
    Constants current = null;
    List<Logged> log = null;
    int stutters = 0, ticks = 0;
    Skipped pendingSkip = null;
    for (int n = 0; n < r.entries().size(); n++) {
      Recording.Entry e = r.entries().get(n);
      Constants c = e.constants().constants();
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
            + (c == null ? e.constants().why() : Constants.differences(current, c))));
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

  static Logged logged(Recording.Entry e, Constants c) {
    return new Logged(e, Abstraction.observed(e.state(), c), act(e.act()));
  }

  /** The spec's act for an engine act: its name and the spec's parameters. */
  static TlaValue.Rec act(Map<String, Object> engineAct) {
    return (TlaValue.Rec) Values.of(Abstraction.specAct(engineAct));
  }
}
