package failover.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The spec's derived notions (its state predicates, spec/AAFailover.tla before {@code TypeOK}) on
 * the engine's state: {@code Heard} ({@link #contact}), {@code Settled}, {@code Paired}, {@code
 * StateLinkWorks}, {@code AllInit}, {@code HasBackup}, {@code PolicyMet}, {@code IfMarked}, {@code
 * IfFailed}, {@code IfDownMeets}, {@code IfMonitored}, {@code PrefUnit}, {@code IsSource}, {@code
 * NewVersion}, {@code PeerGone}, {@code UnitWaiting}, {@code PreemptWaiting}. They read the pair and
 * change nothing; every action's guard is written with them.
 */
final class Predicates {
  private final Pair p;

  Predicates(Pair p) { this.p = p; }

  /**
   * The failover lan interface of a box is configured, its port enabled ("interface phy_if / no
   * shutdown — Enables the interface") and with link. A shut failover port is a failed failover
   * link: Table 51-2, "Failover link failed during operation — No failover — Each unit marks the
   * failover interface as failed"; at startup, "If the failover link is down at startup, both
   * failover groups on both units become active."
   */
  static boolean lanReady(Unit u) {
    String[] lan = Cfg.lanInterface(u.running);
    return lan != null && u.portUp(lan[1]) && !Cfg.portShut(u.running, lan[1]);
  }

  /** The port of a running box has link and is enabled. */
  static boolean portWorks(Unit u, String port) { return u.portUp(port) && !Cfg.portShut(u.running, port); }

  /**
   * The units hear each other over the failover link (the spec's {@code Heard}): both on, failover
   * enabled on both, the failover interface configured on both with its port up, the cable connected.
   */
  boolean contact() {
    return p.foCable && p.a.failoverEnabled() && p.b.failoverEnabled() && lanReady(p.a) && lanReady(p.b);
  }

  /** The spec's {@code Settled(u)}: on, every group active, standby or failed. */
  static boolean settled(Unit u) {
    if (!u.on) return false;
    for (int g = 1; g <= 2; g++) {
      GroupState r = u.role[g];
      if (r != GroupState.ACTIVE && r != GroupState.STANDBY && r != GroupState.FAILED) return false;
    }
    return true;
  }

  /**
   * The spec's {@code Paired}: both units run with failover enabled and negotiated roles, over a
   * working failover link, resynchronised since the link last failed. Replication, failover between
   * the units, forced failover and preemption need it.
   */
  boolean paired() { return contact() && settled(p.a) && settled(p.b) && !p.linkLost; }

  /** Stateful Failover is configured ("failover link") on the box. */
  static boolean stateful(Unit u) { return Cfg.statefulLink(u.running) != null; }

  /**
   * The spec's {@code StateLinkWorks}: Stateful Failover configured, the pair working, and the
   * dedicated stateful link (where one is configured) connected with its ports up. A Stateful
   * Failover link on a data interface ("If the Stateful Failover link uses the failover link or a
   * data interface, then you only need to supply the if_name argument") works while that data
   * interface's port has link on both units; when it fails, Table 51-2: "Stateful Failover link
   * failed — No failover — State information becomes out of date, and sessions are terminated if
   * a failover occurs." (Engine only: the spec's stateful link is the failover link or a cable.)
   */
  boolean statePathUp() {
    Unit a = p.a, b = p.b;
    if (!paired() || !stateful(a) || !stateful(b)) return false;
    if (Cfg.statefulOverData(a.running) || Cfg.statefulOverData(b.running)) {
      Cfg.Named da = Cfg.statefulDataInterface(a.running), db = Cfg.statefulDataInterface(b.running);
      return da != null && db != null && a.portUp(da.port()) && b.portUp(db.port())
          && !Cfg.adminDown(a.running, da.ctx(), da.nameif(), da.port()) && !Cfg.adminDown(b.running, db.ctx(), db.nameif(), db.port());
    }
    String[] la = Cfg.statefulLink(a.running), lb = Cfg.statefulLink(b.running);
    boolean dedicated = la[1] != null || lb[1] != null;
    if (!dedicated) return true;
    // a shut stateful port ("Step 6 interface phy_if no shutdown — Enables the interface") is a
    // failed Stateful Failover link (Table 51-2: "Stateful Failover link failed — No failover")
    return p.stCable && (la[1] == null || portWorks(a, la[1])) && (lb[1] == null || portWorks(b, lb[1]));
  }

  /** A dedicated stateful link is configured on a box (running configuration, or startup while off). */
  boolean dedicatedStateLink() {
    String[] la = Cfg.statefulLink(layout(p.a)), lb = Cfg.statefulLink(layout(p.b));
    return (la != null && la[1] != null) || (lb != null && lb[1] != null);
  }

  /** The spec's {@code AllInit(u)} on a running box. */
  static boolean negotiating(Unit u) { return u.on && u.role[1] == GroupState.INIT && u.role[2] == GroupState.INIT; }

  /** The spec's {@code HasBackup(u)}: a group standby or failed on the box. */
  static boolean hasBackup(Unit u) {
    return u.role[1] == GroupState.STANDBY || u.role[1] == GroupState.FAILED
        || u.role[2] == GroupState.STANDBY || u.role[2] == GroupState.FAILED;
  }

  /** The configuration a box's interfaces are read from: running, or startup while it is off (cables stay). */
  static Config layout(Unit u) { return u.on ? u.running : u.startup; }

  /**
   * Monitored interfaces of the group on the box with no link (the spec's {@code ifDown}); an
   * administratively down interface ("Link Down") is no failed interface ({@link Cfg#monitoredUp}).
   */
  static int downInterfaces(Unit u, int g) {
    int n = 0;
    for (Cfg.Monitored m : Cfg.monitoredUp(layout(u), g)) if (!u.portUp(m.port())) n++;
    return n;
  }

  /** The monitored interfaces of the group on the box with no link. */
  static List<Cfg.Monitored> downMonitored(Unit u, int g) {
    List<Cfg.Monitored> out = new ArrayList<>();
    for (Cfg.Monitored m : Cfg.monitoredUp(layout(u), g)) if (!u.portUp(m.port())) out.add(m);
    return out;
  }

  /** The spec's {@code PolicyMet(g, n)}: "interface-policy num[%]" is met by n interfaces. */
  boolean policyMet(Unit u, int g, int n) {
    if (n == 0) return false;
    int[] pol = Cfg.interfacePolicy(u.running, g);
    int total = Cfg.monitoredUp(u.running, g).size();
    // reading Threshold: "meets" (the chosen: "Failover occurs if the number of failed interfaces
    // meets the failover criteria") or "above" (Table 51-2: "Interface failure on active failover
    // group above threshold")
    if (p.reading("Threshold", "above")) return pol[1] == 0 ? n > pol[0] : n * 100L > (long) pol[0] * total;
    if (pol[1] == 0) return n >= pol[0];
    return n * 100L >= (long) pol[0] * total;
  }

  /**
   * A monitored interface without link is marked failed: "If a hello packet or a successful test
   * result is not received within the specified hold time, the interface is marked as failed."
   * Reading NoLink (decision 7): under "never" ("No Link—The physical link for the interface is
   * down" is not "Failed") it never is.
   */
  boolean marked(Unit u, int g, Cfg.Monitored m) { return !p.reading("NoLink", "never") && p.timers.marked(u, g, m); }

  /** The spec's {@code IfMarked(u, g)}: the group's interfaces on the box marked failed. */
  int ifMarked(Unit u, int g) {
    int n = 0;
    for (Cfg.Monitored m : downMonitored(u, g)) if (marked(u, g, m)) n++;
    return n;
  }

  /** The spec's {@code IfFailed(u, g)}: "Failover occurs if the number of failed interfaces meets the failover criteria." */
  boolean ifFailed(Unit u, int g) { return policyMet(u, g, ifMarked(u, g)); }

  /** The spec's {@code IfDownMeets(u, g)}: the interfaces without link meet the policy, marked failed or not yet. */
  boolean ifDownMeets(Unit u, int g) { return !p.reading("NoLink", "never") && policyMet(u, g, downInterfaces(u, g)); }

  /** The spec's {@code IfMonitored(u, g)}: the box monitors the group's interfaces (their timers run). */
  static boolean ifMonitored(Unit u, int g) {
    return u.on && u.failoverEnabled()
        && (u.role[g] == GroupState.ACTIVE || u.role[g] == GroupState.STANDBY || u.role[g] == GroupState.FAILED);
  }

  /** The unit with {@code failover lan unit primary} (if the designations do not tell: box A). */
  Unit primaryUnit() { return (p.b.primary() && !p.a.primary()) ? p.b : p.a; }

  /** The spec's {@code PrefUnit(g)}: "primary" or "secondary" in the failover group (primary by default). */
  Unit prefUnit(int g, Config cfg) {
    Unit pri = primaryUnit();
    return Cfg.prefersPrimary(cfg, g) ? pri : p.peer(pri);
  }

  /** The unit where the group is active, if exactly one. */
  Unit activeUnit(int g) {
    boolean ia = p.a.on && p.a.role[g] == GroupState.ACTIVE, ib = p.b.on && p.b.role[g] == GroupState.ACTIVE;
    if (ia && !ib) return p.a;
    if (ib && !ia) return p.b;
    return null;
  }

  /**
   * The spec's {@code UsesActiveAddresses(u, g)} for the group of a context: the box is on, the
   * context configured there, and its group active there (where new connections through it arrive).
   */
  static boolean activeFor(Unit u, String ctx) {
    return u.on && u.running.contexts.containsKey(ctx) && u.role[Cfg.groupOf(u.running, ctx)] == GroupState.ACTIVE;
  }

  /** The spec's {@code ScopeGroup(s)}: the failover group of a scope, group 1 for the system execution space. */
  static int scopeGroup(Unit u, String scope) {
    return Config.SYSTEM.equals(scope) ? 1 : Cfg.groupOf(u.running, scope);
  }

  /**
   * The spec's {@code IsSource(u, s)}: the scope's group is active on the unit. "Commands entered
   * within a security context are replicated from the unit on which the security context appears in
   * the active state to the peer unit." "Commands entered in the system execution space are
   * replicated from the unit on which failover group 1 is in the active state to the unit on which
   * failover group 1 is in the standby state."
   */
  static boolean isSource(Unit u, String scope) { return u.role[scopeGroup(u, scope)] == GroupState.ACTIVE; }

  /** The spec's {@code NewVersion(s)}: one more than every version of the scope on either unit. */
  long newVersion(String scope) {
    long max = 0;
    for (Unit u : new Unit[] {p.a, p.b}) {
      for (Config c : new Config[] {u.running, u.startup}) {
        Config.Scope s = c.scope(scope);
        if (s != null) max = Math.max(max, s.version);
      }
    }
    return max + 1;
  }

  /** The contexts of the group in a configuration (unassigned contexts and the admin context: group 1). */
  static List<String> contextsOf(Config cfg, int g) {
    List<String> out = new ArrayList<>();
    for (String c : cfg.contexts.keySet()) if (Cfg.groupOf(cfg, c) == g) out.add(c);
    return out;
  }

  /**
   * The spec's {@code PeerGone(u)}: the peer is powered off. "A unit tells a dead peer from a
   * failed failover link by testing over its data interfaces, so a failover link failure alone
   * does not make the peer gone."
   */
  boolean peerGone(Unit u) { return !p.peer(u).on || (p.bug("LinkLossIsPeerDeath") && !p.foCable); }

  /** The spec's {@code UnitWaiting(u)}: booting without hearing the peer, or holding backup groups while the peer is gone. */
  boolean unitWaiting(Unit u) {
    if (!u.on || !u.failoverEnabled()) return false;
    if (negotiating(u)) return !contact() || p.bug("BootIgnoresActivePeer");
    return settled(u) && hasBackup(u) && peerGone(u) && (!peerDeathNeedsLink() || p.foCable);
  }

  /**
   * A dead peer is detected only over a working failover link: bug PeerDeathNeedsLink, or reading
   * PeerDeathLinkDown = "undetected" (Table 51-2: "the unit cannot fail over to the standby unit
   * while the failover link is down").
   */
  boolean peerDeathNeedsLink() { return p.bug("PeerDeathNeedsLink") || p.reading("PeerDeathLinkDown", "undetected"); }

  /** The spec's {@code PreemptWaiting(g)}: preempt configured, the pair working, the preferred unit holding the group in standby. */
  boolean preemptWaiting(int g) {
    Unit x = activeUnit(g);
    if (x == null || !paired() || (Cfg.preemptDelay(x.running, g) < 0 && !p.bug("PreemptAlways"))) return false;
    // reading Preemption = "standing" (or bug PreemptStanding): no availability event needed
    if (!p.preemptArmed[g] && !p.bug("PreemptStanding") && !p.reading("Preemption", "standing")) return false;
    Unit pu = prefUnit(g, x.running);
    // the preferred unit counts as available for the group only while the group's interfaces there
    // are below the policy (a group reset to standby with its interfaces still failed does not preempt)
    boolean healthy = !ifDownMeets(pu, g) || p.bug("PreemptIgnoresFailed");
    return pu != x && healthy && (pu.role[g] == GroupState.STANDBY || (p.bug("PreemptIgnoresFailed") && pu.role[g] == GroupState.FAILED));
  }
}
