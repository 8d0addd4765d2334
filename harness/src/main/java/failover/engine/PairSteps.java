package failover.engine;

import failover.spec.Action;
import java.util.ArrayList;
import java.util.List;

/**
 * The pair's own steps (the spec's {@code PairSteps}): BootAlone, JoinActivePeer, SimultaneousBoot,
 * DetectPeerFailure, DetectInterfaceFailure, GroupRecover, StateSync, Preempt, Rejoin. Each is a
 * method of the action's name, with its guard {@code NameEnabled} above it; {@link #settle} fires
 * them in {@link Pair#STEP_ORDER} inside {@code wait}, {@link #fire} one at a time for harnesses.
 */
final class PairSteps {
  private static final int MAX_STEPS_PER_INSTANT = 1000;

  private final Pair pair;
  private final Predicates is;
  private final Timers timers;

  PairSteps(Pair pair, Predicates is, Timers timers) {
    this.pair = pair;
    this.is = is;
    this.timers = timers;
  }

  /** The own steps enabled now, in {@link Pair#STEP_ORDER}. */
  List<OwnStep> enabledSteps() {
    List<OwnStep> out = new ArrayList<>();
    for (Action name : Pair.STEP_ORDER) {
      switch (name) {
        case DetectPeerFailure, JoinActivePeer, BootAlone -> {
          for (Box x : Box.values()) {
            OwnStep s = new OwnStep(name, x, 0);
            if (enabled(s)) out.add(s);
          }
        }
        case DetectInterfaceFailure, GroupRecover -> {
          for (Box x : Box.values()) {
            for (int g = 1; g <= 2; g++) {
              OwnStep s = new OwnStep(name, x, g);
              if (enabled(s)) out.add(s);
            }
          }
        }
        case SimultaneousBoot, Rejoin -> {
          OwnStep s = new OwnStep(name, null, 0);
          if (enabled(s)) out.add(s);
        }
        case StateSync, Preempt -> {
          for (int g = 1; g <= 2; g++) {
            OwnStep s = new OwnStep(name, null, g);
            if (enabled(s)) out.add(s);
          }
        }
        default -> throw new IllegalStateException(name + " is no step of the pair's own");
      }
    }
    return out;
  }

  /** Fires one own step if it is enabled now; ok=false (and no change) if it is not. */
  Result fire(OwnStep s) {
    if (s == null || !enabled(s)) return Result.error("step " + s + " is not enabled");
    run(s);
    return Result.ok("");
  }

  /** Fires enabled own steps, the first in {@link Pair#STEP_ORDER} each time, until none is enabled. */
  List<OwnStep> settle() {
    List<OwnStep> fired = new ArrayList<>();
    for (int i = 0; i < MAX_STEPS_PER_INSTANT; i++) {
      List<OwnStep> en = enabledSteps();
      if (en.isEmpty()) return fired;
      run(en.get(0));
      fired.add(en.get(0));
    }
    return fired;
  }

  private boolean enabled(OwnStep s) {
    return switch (s.action()) {
      case BootAlone -> s.unit() != null && BootAloneEnabled(pair.unit(s.unit()));
      case JoinActivePeer -> s.unit() != null && JoinActivePeerEnabled(pair.unit(s.unit()));
      case SimultaneousBoot -> SimultaneousBootEnabled();
      case DetectPeerFailure -> s.unit() != null && DetectPeerFailureEnabled(pair.unit(s.unit()));
      case DetectInterfaceFailure -> s.unit() != null && okGroup(s) && DetectInterfaceFailureEnabled(pair.unit(s.unit()), s.group());
      case GroupRecover -> s.unit() != null && okGroup(s) && GroupRecoverEnabled(pair.unit(s.unit()), s.group());
      case StateSync -> okGroup(s) && StateSyncEnabled(s.group());
      case Preempt -> okGroup(s) && PreemptEnabled(s.group());
      case Rejoin -> RejoinEnabled();
      default -> false;
    };
  }

  private static boolean okGroup(OwnStep s) { return s.group() == 1 || s.group() == 2; }

  private void run(OwnStep s) {
    switch (s.action()) {
      case BootAlone -> BootAlone(pair.unit(s.unit()));
      case JoinActivePeer -> JoinActivePeer(pair.unit(s.unit()));
      case SimultaneousBoot -> SimultaneousBoot();
      case DetectPeerFailure -> DetectPeerFailure(pair.unit(s.unit()));
      case DetectInterfaceFailure -> DetectInterfaceFailure(pair.unit(s.unit()), s.group());
      case GroupRecover -> GroupRecover(pair.unit(s.unit()), s.group());
      case StateSync -> StateSync(s.group());
      case Preempt -> Preempt(s.group());
      case Rejoin -> Rejoin();
      default -> throw new IllegalStateException(s.name() + " is no step of the pair's own");
    }
  }

  /** The guard of BootAlone (the conjuncts of the spec's BootAlone before its primed variables). */
  private boolean BootAloneEnabled(Unit u) {
    return Predicates.negotiating(u) && u.failoverEnabled() && (!is.contact() || pair.bug("BootIgnoresActivePeer")) && timers.unitTimer(u) >= timers.unitHold(u);
  }

  /**
   * BootAlone(unit): "When a unit boots while the peer unit is not available, both failover groups
   * become active on the unit." Table 51-2: "If the failover link is down at startup, both
   * failover groups on both units become active." The unit waits its unit hold time without
   * hearing a peer.
   */
  private void BootAlone(Unit u) {
    for (int g = 1; g <= 2; g++) pair.setRole(u, g, GroupState.ACTIVE);
    pair.record("BootAlone", "unit", u.id);
  }

  /** The guard of JoinActivePeer (the conjuncts of the spec's JoinActivePeer before its primed variables). */
  private boolean JoinActivePeerEnabled(Unit u) {
    Unit p = pair.peer(u);
    return Predicates.negotiating(u) && u.failoverEnabled() && is.contact()
        && p.role[1] == GroupState.ACTIVE && p.role[2] == GroupState.ACTIVE;
  }

  /**
   * JoinActivePeer(unit): "When a unit boots while the peer unit is active (with both failover
   * groups in the active state), the failover groups remain in the active state on the active unit
   * regardless of the primary or secondary preference of the failover group"; "the booting unit
   * contacts the active unit to obtain the running configuration regardless of the primary or
   * secondary designation of the booting unit." The received configuration "exists only in running memory".
   */
  private void JoinActivePeer(Unit u) {
    Unit p = pair.peer(u);
    u.load(Cfg.received(p.running, u.running));
    for (int g = 1; g <= 2; g++) {
      pair.setRole(u, g, GroupState.STANDBY);
      // the unit has become available: preemption of the groups that prefer it is armed
      timers.armOn(u, g);
    }
    pair.linkLost = false;
    pair.record("JoinActivePeer", "unit", u.id);
  }

  /** The guard of SimultaneousBoot (the conjuncts of the spec's SimultaneousBoot before its primed variables). */
  private boolean SimultaneousBootEnabled() {
    return Predicates.negotiating(pair.a) && Predicates.negotiating(pair.b) && is.contact();
  }

  /**
   * SimultaneousBoot: "When both units boot simultaneously, the secondary unit obtains the running
   * configuration from the primary unit." "When both units boot at the same time, each failover
   * group becomes active on its preferred unit after the configurations have been synchronized."
   */
  private void SimultaneousBoot() {
    Unit pri = is.primaryUnit();
    Unit sec = pair.peer(pri);
    sec.load(Cfg.received(pri.running, sec.running));
    for (int g = 1; g <= 2; g++) {
      Unit pref = is.prefUnit(g, pri.running);
      pair.setRole(pref, g, GroupState.ACTIVE);
      pair.setRole(pair.peer(pref), g, GroupState.STANDBY);
    }
    pair.linkLost = false;
    pair.record("SimultaneousBoot");
  }

  /** The guard of DetectPeerFailure (the conjuncts of the spec's DetectPeerFailure before its primed variables). */
  private boolean DetectPeerFailureEnabled(Unit u) {
    if (!Predicates.settled(u) || !u.failoverEnabled() || !Predicates.hasBackup(u)) return false;
    Unit p = pair.peer(u);
    boolean gone = is.peerGone(u) && timers.unitTimer(u) >= timers.unitHold(u) && (!is.peerDeathNeedsLink() || pair.foCable);
    boolean rebooting = is.contact() && Predicates.negotiating(p);
    return gone || rebooting;
  }

  /**
   * DetectPeerFailure(unit): Table 51-2, "A unit experiences a power or software failure —
   * Failover — Standby Group Action: Become active; Mark active as failed. When a unit in a failover
   * pair fails, any active failover groups on that unit are marked as failed and become active on
   * the peer unit." Detected when the peer stays silent for the unit hold time (tested also over the
   * data interfaces, so a failover link failure alone is not a peer failure), or at once when the
   * peer is heard rebooting. A group marked failed on the surviving unit becomes active too.
   */
  private void DetectPeerFailure(Unit u) {
    for (int g = 1; g <= 2; g++) pair.setRole(u, g, GroupState.ACTIVE);
    pair.record("DetectPeerFailure", "unit", u.id);
  }

  /** The guard of DetectInterfaceFailure (the conjuncts of the spec's DetectInterfaceFailure before its primed variables). */
  private boolean DetectInterfaceFailureEnabled(Unit u, int g) {
    // "Failover occurs if the number of failed interfaces meets the failover criteria": an active
    // or standby group (a failed one is already marked)
    if (!Predicates.ifMonitored(u, g) || u.role[g] == GroupState.FAILED || !is.ifFailed(u, g)) return false;
    if (u.role[g] == GroupState.STANDBY) return true;
    Unit p = pair.peer(u);
    GroupState pr = p.role[g];
    // the spec's Decision at DetectInterfaceFailure: no failover onto a standby whose interfaces of
    // the group meet the policy too ("Failed—No traffic is received on the interface, yet traffic is
    // heard on the peer interface")
    // reading InterfaceFailoverTarget = "anyStandby": a standby not yet marked failed is a standby like any other
    boolean target = !is.ifDownMeets(p, g) || pair.reading("InterfaceFailoverTarget", "anyStandby");
    return is.paired() && ((pr == GroupState.STANDBY && target) || (pair.bug("FailoverToFailedStandby") && pr == GroupState.FAILED));
  }

  /**
   * DetectInterfaceFailure(unit, group): Table 51-2, "Interface failure on active failover group
   * above threshold — Failover — Mark active group as failed — Become active." "Interface failure
   * on standby failover group above threshold — No failover — No action — Mark standby group as
   * failed. When the standby failover group is marked as failed, the active failover group does not
   * attempt to fail over, even if the interface failure threshold is surpassed." The failover needs
   * the pair: "the unit cannot fail over to the standby unit while the failover link is down."
   */
  private void DetectInterfaceFailure(Unit u, int g) {
    if (u.role[g] == GroupState.ACTIVE) {
      Unit p = pair.peer(u);
      pair.setRole(p, g, GroupState.ACTIVE);
      pair.setRole(u, g, GroupState.FAILED);
      Pair.dropConns(u, g);
    } else {
      pair.setRole(u, g, GroupState.FAILED);
    }
    pair.record("DetectInterfaceFailure", "unit", u.id, "group", g);
  }

  /** The guard of GroupRecover (the conjuncts of the spec's GroupRecover before its primed variables). */
  private boolean GroupRecoverEnabled(Unit u, int g) {
    return u.on && u.failoverEnabled() && u.role[g] == GroupState.FAILED && !is.ifFailed(u, g);
  }

  /**
   * GroupRecover(unit, group): the monitored interfaces are back below the policy; the failed group
   * returns to standby. Table 51-2: "Formerly active failover group recovers — No failover — No
   * action. Unless failover group preemption is configured, the failover groups remain active on
   * their current unit." "Restored units or groups remain in the standby state until made active by
   * failover (forced or natural)."
   */
  private void GroupRecover(Unit u, int g) {
    pair.setRole(u, g, GroupState.STANDBY);
    // "If previously active, a failover group becomes active if it is configured with preemption
    // and if the unit on which it failed is the preferred unit."
    timers.armOn(u, g);
    pair.record("GroupRecover", "unit", u.id, "group", g);
  }

  /** The part of the active unit's connection table for a context that Stateful Failover replicates. */
  private static long[] replicable(Unit active, int g, String ctx) {
    boolean http = Cfg.replicationHttp(active.running, g);
    return new long[] {active.tcp(ctx), http ? active.http(ctx) : 0};
  }

  /**
   * The standby copy of the group's table differs from the replicable part of the active's. Asked
   * only on a working pair (StateSync) or while preemption waits, where the group is active on
   * exactly one unit (PairedActiveInv) and in standby or failed on the other.
   */
  private boolean tableStale(int g) {
    Unit x = is.activeUnit(g);
    Unit y = pair.peer(x);
    return tableDiffers(x, y, g) || entriesOnlyOnStandby(x, y, g);
  }

  private static boolean tableDiffers(Unit x, Unit y, int g) {
    for (String c : Predicates.contextsOf(x.running, g)) {
      long[] want = replicable(x, g, c);
      if (y.tcp(c) != want[0] || y.http(c) != want[1]) return true;
    }
    return false;
  }

  /**
   * The standby {@code y} holds entries of a context of the group that the active {@code x} does
   * not have. The spec's {@code Contexts} are the same on both units, so this serves scenarios only
   * (a context created or removed on one unit; listed in PitSummary.OUTSIDE).
   */
  private static boolean entriesOnlyOnStandby(Unit x, Unit y, int g) {
    for (String c : Predicates.contextsOf(y.running, g)) {
      if (!x.running.contexts.containsKey(c) && (y.tcp(c) != 0 || y.http(c) != 0)) return true;
    }
    return false;
  }

  /** The guard of StateSync (the conjuncts of the spec's StateSync before its primed variables). */
  private boolean StateSyncEnabled(int g) { return !pair.bug("NoBulkSync") && is.statePathUp() && tableStale(g); }

  /**
   * StateSync(group): bulk state replication. "Stateful Failover—Passes state information for
   * sessions on interfaces in the active failover group to the standby failover group." The
   * standby's table becomes the replicable part of the active's (after a join, a failover, or the
   * stateful link's return): the group's entries there are dropped, the active's replicated.
   */
  private void StateSync(int g) {
    Unit x = is.activeUnit(g);
    Unit y = pair.peer(x);
    Pair.dropConns(y, g);
    for (String c : Predicates.contextsOf(x.running, g)) y.conns.put(c, replicable(x, g, c));
    pair.record("StateSync", "group", g);
  }

  /** The guard of Preempt (the conjuncts of the spec's Preempt before its primed variables). */
  private boolean PreemptEnabled(int g) {
    if (!is.preemptWaiting(g) || timers.preemptTimer(g) < timers.preemptDelayMs(g)) return false;
    // "If Stateful Failover is enabled, the preemption is delayed until the connections are
    // replicated from the unit on which the failover group is currently active."
    Unit x = is.activeUnit(g);
    // reading PreemptStateLinkDown = "proceed": with the stateful link down nothing can be
    // replicated, so the preemption does not wait for it
    boolean proceed = pair.reading("PreemptStateLinkDown", "proceed") && is.dedicatedStateLink() && !pair.stCable;
    return !(Predicates.stateful(x) && tableStale(g)) || pair.bug("PreemptBeforeSync") || proceed;
  }

  /**
   * Preempt(group): "The preempt command causes a failover group to become active on the designated
   * unit automatically when that unit becomes available", after the optional delay ("the number of
   * seconds the failover group remains active on the current unit before automatically becoming
   * active on the designated unit"). Also after recovery: "If previously active, a failover group
   * becomes active if it is configured with preemption and if the unit on which it failed is the
   * preferred unit."
   */
  private void Preempt(int g) {
    Unit x = is.activeUnit(g);
    Unit p = pair.peer(x);
    pair.setRole(p, g, GroupState.ACTIVE);
    pair.setRole(x, g, GroupState.STANDBY);
    Pair.dropConns(x, g);
    // the event is consumed
    pair.preemptArmed[g] = false;
    pair.record("Preempt", "group", g);
  }

  /** The guard of Rejoin (the conjuncts of the spec's Rejoin before its primed variables). */
  private boolean RejoinEnabled() {
    return pair.linkLost && is.contact() && Predicates.settled(pair.a) && Predicates.settled(pair.b);
  }

  /**
   * Rejoin: the failover link is back after a failure and both units run: they negotiate again.
   * The seed does not say how a group active on both units is resolved; the spec's decision: it
   * becomes standby on the secondary unit (which arms its preemption where the secondary is its
   * preferred unit); every table of a group not active on its unit is dropped (StateSync refills
   * the standby tables from the active). Configuration then flows scope by scope from the unit
   * where the scope's group is active after the rejoin: "Commands entered within a security
   * context are replicated from the unit on which the security context appears in the active
   * state to the peer unit"; "Commands entered in the system execution space are replicated from
   * the unit on which failover group 1 is in the active state".
   */
  private void Rejoin() {
    Unit pri = is.primaryUnit();
    Unit sec = pair.peer(pri);
    boolean dual = false;
    for (int g = 1; g <= 2; g++) {
      if (pri.role[g] == GroupState.ACTIVE && sec.role[g] == GroupState.ACTIVE) {
        pair.setRole(sec, g, GroupState.STANDBY);
        timers.armOn(sec, g);
        dual = true;
      }
    }
    // every standby table is refilled by StateSync from the active
    for (Unit x : new Unit[] {pri, sec}) {
      for (int g = 1; g <= 2; g++) if (x.role[g] != GroupState.ACTIVE) Pair.dropConns(x, g);
    }
    // reading RejoinConfig = "fromPrimary" (or bug RejoinFromPrimary): as at a simultaneous boot
    if (pair.bug("RejoinFromPrimary") || pair.reading("RejoinConfig", "fromPrimary")) {
      if (dual) sec.load(Cfg.received(pri.running, sec.running));
    } else {
      Config fromPri = pri.running, fromSec = sec.running;
      Config p = rejoined(pri, fromPri, fromSec), q = rejoined(sec, fromSec, fromPri);
      if (p != null) pri.load(p);
      if (q != null) sec.load(q);
    }
    pair.linkLost = false;
    pair.record("Rejoin");
  }

  /**
   * The running configuration of unit {@code x} after a rejoin ({@code mine}: its configuration
   * before, {@code theirs}: the peer's): each scope from the unit where its group is active now,
   * the system execution space (and with it the list of contexts) from the unit where group 1 is.
   * The spec's {@code RejoinConfig}. Null when no scope comes from the peer (the unit keeps its
   * configuration, and its console its modes).
   */
  private Config rejoined(Unit x, Config mine, Config theirs) {
    Unit y = pair.peer(x);
    boolean[] fromPeer = new boolean[3];
    for (int g = 1; g <= 2; g++) fromPeer[g] = y.role[g] == GroupState.ACTIVE && x.role[g] != GroupState.ACTIVE;
    if (!fromPeer[1] && !fromPeer[2]) return null;
    Config out = fromPeer[1] ? Cfg.received(theirs, mine) : mine.copy();
    for (String c : new ArrayList<>(out.contexts.keySet())) {
      Config.Scope src = (fromPeer[Cfg.groupOf(out, c)] ? theirs : mine).contexts.get(c);
      if (src != null) out.contexts.put(c, src.copy());
    }
    out.touch();
    return out;
  }
}
