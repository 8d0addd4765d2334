package failover.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spec's timers and preemption arming: {@code unitTimer} (the unit hold time), {@code
 * ifTimer} (one hold time per monitored interface without link), {@code preemptTimer} (the
 * preemption delay), {@code preemptArmed}, and {@code SettleTimers}, which every step ends with
 * (the spec's configuration and connection steps say {@code TimersKept} instead: they change
 * nothing a timer's condition reads, so SettleTimers keeps every timer there, as it does here). A
 * timer counts, in engine milliseconds, how long its condition has held without interruption; the
 * start of each running timer is kept ({@link Pair#unitSince}, {@link Pair#preemptSince}, {@link
 * Unit#ifSince}; -1 or absent: not running).
 */
final class Timers {
  private final Pair p;
  private final Predicates is;

  Timers(Pair p, Predicates is) {
    this.p = p;
    this.is = is;
  }

  /** The key of a monitored interface's timer in {@link Unit#ifSince}. */
  static String key(Cfg.Monitored m) { return m.ctx() + "|" + m.nameif(); }

  /** The unit hold time, ms: "failover polltime unit ... holdtime". */
  long unitHold(Unit u) { return Cfg.unitPollHold(u.running)[1]; }

  /** The group's interface hold time, ms: "polltime interface ... holdtime" in the failover group. */
  long ifHold(Unit u, int g) { return Cfg.interfacePollHold(u.running, g)[1]; }

  /** The group's preemption delay, ms, as the unit where it is active has it configured (0: none). */
  long preemptDelayMs(int g) {
    Unit x = is.activeUnit(g);
    return x == null ? 0 : Math.max(0, Cfg.preemptDelay(x.running, g)) * 1000L;
  }

  /** ms the unit timer has run (0 when not running). */
  long unitTimer(Unit u) { long s = p.unitSince[u.id.ordinal()]; return s < 0 ? 0 : p.now - s; }

  /** ms the group's preemption timer has run (0 when not running). */
  long preemptTimer(int g) { return p.preemptSince[g] < 0 ? 0 : p.now - p.preemptSince[g]; }

  /**
   * ms the timer of a monitored interface has run, capped at the group's hold time (0: not running).
   * "If a hello packet or a successful test result is not received within the specified hold time,
   * the interface is marked as failed."
   */
  long ifTimer(Unit u, int g, Cfg.Monitored m) {
    Long since = u.ifSince.get(key(m));
    return since == null ? 0 : Math.min(p.now - since, ifHold(u, g));
  }

  /** The interface is marked failed: its timer has run the hold time. */
  boolean marked(Unit u, int g, Cfg.Monitored m) {
    Long since = u.ifSince.get(key(m));
    return since != null && p.now - since >= ifHold(u, g);
  }

  /**
   * The spec's {@code ifTimer[u][g]}: the timers of the group's interfaces without link, longest
   * first, each with its interface (ties in configuration order).
   */
  List<Map.Entry<Cfg.Monitored, Long>> ifTimers(Unit u, int g) {
    List<Map.Entry<Cfg.Monitored, Long>> out = new ArrayList<>();
    for (Cfg.Monitored m : Predicates.downMonitored(u, g)) out.add(Map.entry(m, ifTimer(u, g, m)));
    out.sort((x, y) -> Long.compare(y.getValue(), x.getValue()));
    return out;
  }

  /**
   * The spec's {@code ArmOn(u, {g})}: the group became available on unit {@code u}; when that is its
   * preferred unit and the group preempts ({@code Armable(g)}: {@code preempt} in u's configuration),
   * preemption is armed.
   */
  void armOn(Unit u, int g) {
    boolean armable = Cfg.preemptDelay(u.running, g) >= 0 || p.bug("PreemptAlways");
    if (armable && is.prefUnit(g, u.running) == u) p.preemptArmed[g] = true;
  }

  /**
   * The spec's {@code Armed}: preemption stays armed only while it is pending ({@code
   * PreemptPending(g)}: the group is active on the unit it does not prefer, and its preferred unit
   * holds it in standby or failed); a step that ends that clears it.
   */
  void settleArmed() {
    for (int g = 1; g <= 2; g++) {
      if (!p.preemptArmed[g]) continue;
      Unit x = is.activeUnit(g);
      Unit pu = x == null ? null : is.prefUnit(g, x.running);
      boolean pending = pu != null && pu != x && (pu.role[g] == GroupState.STANDBY || pu.role[g] == GroupState.FAILED);
      if (!pending) p.preemptArmed[g] = false;
    }
  }

  /** The spec's {@code SettleTimers}: "a timer whose condition no longer holds after the step restarts from 0". */
  void settleTimers() {
    for (Unit u : new Unit[] {p.a, p.b}) {
      int i = u.id.ordinal();
      boolean w = is.unitWaiting(u);
      if (!w) p.unitSince[i] = -1;
      else if (p.unitSince[i] < 0) p.unitSince[i] = p.now;
      // SettleIfTimers: the timer of each monitored interface without link keeps running while the
      // box monitors its group, starts now if it was not running, and stops otherwise
      Map<String, Long> since = new TreeMap<>();
      for (int g = 1; g <= 2; g++) {
        if (!Predicates.ifMonitored(u, g)) continue;
        for (Cfg.Monitored m : Predicates.downMonitored(u, g)) since.put(key(m), u.ifSince.getOrDefault(key(m), p.now));
      }
      u.ifSince = since;
    }
    for (int g = 1; g <= 2; g++) {
      if (!is.preemptWaiting(g)) p.preemptSince[g] = -1;
      else if (p.preemptSince[g] < 0) p.preemptSince[g] = p.now;
    }
  }

  /** The earliest future instant at which a running timer expires, or -1. */
  long nextDeadline() {
    long best = -1;
    for (Unit u : new Unit[] {p.a, p.b}) {
      int i = u.id.ordinal();
      if (p.unitSince[i] >= 0) best = earliest(best, p.unitSince[i] + unitHold(u));
      for (int g = 1; g <= 2; g++) {
        for (Cfg.Monitored m : Predicates.downMonitored(u, g)) {
          Long since = u.ifSince.get(key(m));
          if (since != null) best = earliest(best, since + ifHold(u, g));
        }
      }
    }
    for (int g = 1; g <= 2; g++) {
      if (p.preemptSince[g] >= 0) best = earliest(best, p.preemptSince[g] + preemptDelayMs(g));
    }
    return best;
  }

  private long earliest(long best, long t) {
    if (t <= p.now) return best;
    return best < 0 || t < best ? t : best;
  }
}
