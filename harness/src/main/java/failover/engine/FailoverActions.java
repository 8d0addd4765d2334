package failover.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The environment actions that move failover groups by hand, typed at a console: ForceActive,
 * ForceStandby and Reset, each a method of the action's name that checks its guard once and
 * returns the {@link Refusal} when it does not hold (changing nothing). The command line ({@link
 * ExecCommands}) parses the commands and words the refusals.
 */
final class FailoverActions {
  private final Pair pair;

  FailoverActions(Pair pair) { this.pair = pair; }

  /**
   * The spec's {@code Paired}, the first conjunct of a forced failover, as seen from unit {@code u}:
   * failover enabled there, negotiated, and the peer heard and synchronised.
   */
  private Optional<Refusal> unpaired(Unit u) {
    if (!u.failoverEnabled()) return Optional.of(new Refusal.FailoverDisabled());
    if (Predicates.negotiating(u)) return Optional.of(new Refusal.Negotiating());
    if (!pair.is.paired()) return Optional.of(new Refusal.NotPaired());
    return Optional.empty();
  }

  /**
   * ForceActive(unit, group): "Enter the following command in the system execution space of the
   * unit where the failover group is in the standby state: failover active group group_id";
   * "Entering the following command in the system execution space causes all failover groups to
   * become active: failover active" (group 0). Only standby groups move (the spec's {@code moving}:
   * standby here, active on the peer); the peer's table for a moved group is dropped, the new active
   * keeps what was replicated to it.
   */
  Optional<Refusal> ForceActive(Unit u, int group) {
    Optional<Refusal> no = unpaired(u);
    if (no.isPresent()) return no;
    Unit p = pair.peer(u);
    List<Integer> moving = new ArrayList<>();
    for (int g = 1; g <= 2; g++) {
      if (group != 0 && g != group) continue;
      if (u.role[g] == GroupState.STANDBY && p.role[g] == GroupState.ACTIVE) moving.add(g);
      else if (group != 0) {
        if (u.role[g] == GroupState.ACTIVE) return Optional.of(new Refusal.ActiveHere(g));
        if (u.role[g] == GroupState.FAILED) return Optional.of(new Refusal.FailedHere(g));
        return Optional.of(new Refusal.PeerNotActive(g, p.role[g]));
      }
    }
    if (moving.isEmpty()) return Optional.of(new Refusal.NoneMoves());
    for (int g : moving) handOver(p, u, g);
    pair.record("ForceActive", "unit", u.id, "group", group);
    return Optional.empty();
  }

  /**
   * The forced failover of group {@code g} from unit {@code from} (active, becomes standby and drops
   * the group's connections) to unit {@code to} (becomes active). A forced failover disarms
   * preemption until the preferred unit becomes available again.
   */
  private void handOver(Unit from, Unit to, int g) {
    pair.setRole(to, g, GroupState.ACTIVE);
    pair.setRole(from, g, GroupState.STANDBY);
    Pair.dropConns(from, g);
    pair.preemptArmed[g] = false;
  }

  /**
   * ForceStandby(unit, group): "enter the following command in the system execution space of the
   * unit where the failover group is in the active state: no failover active group group_id". The
   * group must be active here and standby on the peer.
   */
  Optional<Refusal> ForceStandby(Unit u, int g) {
    Optional<Refusal> no = unpaired(u);
    if (no.isPresent()) return no;
    Unit p = pair.peer(u);
    if (u.role[g] != GroupState.ACTIVE) return Optional.of(new Refusal.NotActiveHere(g));
    if (p.role[g] != GroupState.STANDBY) return Optional.of(new Refusal.PeerNotStandby(g, p.role[g]));
    handOver(u, p, g);
    pair.record("ForceStandby", "unit", u.id, "group", g);
    return Optional.empty();
  }

  /**
   * Reset(unit, group): "Restoring a failed unit or failover group moves the unit or failover
   * group from the failed state to the standby state; it does not automatically make the failover
   * group or unit active." ({@code failover reset [group N]}; group 0 = the unit). Entered on a
   * unit with failover enabled, it resets the failed groups there and, over a working failover
   * link, on the peer; with none failed there is nothing to do.
   */
  Optional<Refusal> Reset(Unit u, int group) {
    if (!u.failoverEnabled()) return Optional.of(new Refusal.FailoverDisabled());
    boolean heard = pair.is.contact();
    record Restored(Unit unit, int group) {}
    List<Restored> restored = new ArrayList<>();
    for (Unit x : new Unit[] {u, pair.peer(u)}) {
      if (x != u && !heard) continue;
      for (int g = 1; g <= 2; g++) {
        if ((group == 0 || g == group) && x.role[g] == GroupState.FAILED) restored.add(new Restored(x, g));
      }
    }
    if (restored.isEmpty()) return Optional.of(new Refusal.NoneFailed());
    for (Restored r : restored) {
      pair.setRole(r.unit(), r.group(), GroupState.STANDBY);
      // "An exception is a failover group configured with failover preemption."
      pair.timers.armOn(r.unit(), r.group());
    }
    pair.record("Reset", "unit", u.id, "group", group);
    return Optional.empty();
  }
}
