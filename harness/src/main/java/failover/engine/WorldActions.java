package failover.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The environment actions of the world (the spec's {@code Environment} without the commands a
 * person types, which are {@link ConfigActions} and {@link FailoverActions}): PowerOn, PowerOff,
 * FailoverLinkDown/Up, StateLinkDown/Up, InterfaceDown/Up, Traffic and Tick, each a method of the
 * action's name; an action with a guard checks it once and returns the {@link Refusal} when it does
 * not hold (changing nothing). The scenario's events reach them through {@link Events}.
 */
final class WorldActions {
  private final Pair pair;

  WorldActions(Pair pair) { this.pair = pair; }

  /**
   * PowerOn(units): "boot A", "boot B", "boot A B". The box loads its startup configuration.
   * "Configuration synchronization occurs when one or both units in a failover pair boot." With
   * failover enabled its groups negotiate ("init"); with failover disabled it is a standalone unit
   * whose contexts all pass traffic (every group active). Guard: every box named is off.
   */
  Optional<Refusal> PowerOn(Set<Box> boxes) {
    for (Box bx : boxes) {
      if (pair.unit(bx).on) return Optional.of(new Refusal.AlreadyOn(bx));
    }
    for (Box bx : Box.values()) {
      if (!boxes.contains(bx)) continue;
      Unit u = pair.unit(bx);
      u.on = true;
      u.load(u.startup.copy());
      u.current = Config.SYSTEM;
      u.conns.clear();
      boolean fo = u.failoverEnabled();
      for (int g = 1; g <= 2; g++) pair.setRole(u, g, fo ? GroupState.INIT : GroupState.ACTIVE);
    }
    pair.record("PowerOn", "units", new TreeSet<>(boxes));
    return Optional.empty();
  }

  /**
   * PowerOff(unit): "The unit has a hardware failure. The unit has a power failure. The unit has a
   * software failure." Its running configuration and connection table are lost. Guard: the box is on.
   */
  Optional<Refusal> PowerOff(Box box) {
    Unit u = pair.unit(box);
    if (!u.on) return Optional.of(new Refusal.AlreadyOff(box));
    u.on = false;
    u.load(new Config());
    u.current = Config.SYSTEM;
    u.conns.clear();
    for (int g = 1; g <= 2; g++) pair.setRole(u, g, GroupState.OFF);
    pair.record("PowerOff", "unit", box);
    return Optional.empty();
  }

  /**
   * FailoverLinkDown: Table 51-2, "Failover link failed during operation — No failover — Each unit
   * marks the failover interface as failed."
   */
  void FailoverLinkDown() {
    pair.foCable = false;
    pair.linkLost = true;
    pair.record("FailoverLinkDown");
  }

  /** FailoverLinkUp: "You should restore the failover link as soon as possible." */
  void FailoverLinkUp() {
    pair.foCable = true;
    pair.record("FailoverLinkUp");
  }

  /**
   * StateLinkDown: Table 51-2, "Stateful Failover link failed — No failover — State information
   * becomes out of date, and sessions are terminated if a failover occurs."
   */
  Optional<Refusal> StateLinkDown() {
    Optional<Refusal> no = noStateCable();
    if (no.isPresent()) return no;
    pair.stCable = false;
    pair.record("StateLinkDown");
    return Optional.empty();
  }

  /** StateLinkUp: the dedicated stateful link cable is restored. */
  Optional<Refusal> StateLinkUp() {
    Optional<Refusal> no = noStateCable();
    if (no.isPresent()) return no;
    pair.stCable = true;
    pair.record("StateLinkUp");
    return Optional.empty();
  }

  /**
   * The guard of StateLinkDown/Up (engine only: the spec's stateful link is a cable of its own or
   * the failover link): SCENARIOS.md, "link state down|up  the dedicated stateful link, where one is
   * configured". A Stateful Failover link on a data interface has no cable of its own: it fails with
   * that data interface's port ("interface A GigabitEthernet0/6 down").
   */
  private Optional<Refusal> noStateCable() {
    if (pair.is.dedicatedStateLink()) return Optional.empty();
    for (Unit u : new Unit[] {pair.a, pair.b}) {
      Cfg.Named d = Cfg.statefulDataInterface(Predicates.layout(u));
      if (d != null) return Optional.of(new Refusal.NoStateCable(u.id, d));
    }
    return Optional.empty();
  }

  /** InterfaceDown(unit, group): "No Link—The physical link for the interface is down." */
  void InterfaceDown(Box box, String port) {
    Unit u = pair.unit(box);
    u.portDownSince.putIfAbsent(port, pair.now);
    pair.record("InterfaceDown", "unit", box, "group", groupOfPort(u, port), "port", port);
  }

  /**
   * InterfaceUp(unit, group, iface): the port regains link. {@code iface} is the spec's index of its
   * interface among the group's interfaces without link, longest without link first (of equal
   * timers the first): its timer, and with it its mark as failed, is gone.
   */
  void InterfaceUp(Box box, String port) {
    Unit u = pair.unit(box);
    int g = groupOfPort(u, port);
    int iface = 0;
    if (g > 0) {
      List<Map.Entry<Cfg.Monitored, Long>> ts = pair.timers.ifTimers(u, g);
      for (Map.Entry<Cfg.Monitored, Long> e : ts) {
        if (!Names.physicalOf(e.getKey().port()).equals(port)) continue;
        iface = 1;
        for (Map.Entry<Cfg.Monitored, Long> o : ts) if (o.getValue() > e.getValue()) iface++;
        break;
      }
    }
    u.portDownSince.remove(port);
    if (iface > 0) pair.record("InterfaceUp", "unit", box, "group", g, "port", port, "iface", iface);
    else pair.record("InterfaceUp", "unit", box, "group", g, "port", port);
  }

  private int groupOfPort(Unit u, String port) {
    Config c = Predicates.layout(u);
    String ctx = Cfg.contextOfPortOrSubinterface(c, port);
    return ctx == null ? 0 : Cfg.groupOf(c, ctx);
  }

  /**
   * Tick: time passes up to the next instant at which a running timer (unit hold, interface hold,
   * preemption delay) expires, but not beyond {@code limit}. The spec's Tick advances every running
   * timer by one abstract tick.
   */
  void Tick(long limit) {
    long next = pair.timers.nextDeadline();
    pair.now = (next < 0 || next > limit) ? limit : next;
    pair.record("Tick");
  }

  /**
   * Traffic(unit, group, kind): "traffic ctx1 tcp|http N": new connections through the context, on
   * the unit where its group is active. "Stateful Failover—Passes state information for sessions
   * on interfaces in the active failover group to the standby failover group." "HTTP connections
   * are not automatically included in the replicated state information" (only with
   * "replication http"). Guard: the context's group is active on the unit ({@code UsesActiveAddresses(u, g)}).
   */
  Optional<Refusal> Traffic(Unit x, String ctx, String kind, int count) {
    if (!Predicates.activeFor(x, ctx)) return Optional.of(new Refusal.NotActiveThere(x.id, ctx));
    int g = Cfg.groupOf(x.running, ctx);
    int k = "tcp".equals(kind) ? 0 : 1;
    Unit p = pair.peer(x);
    long[] t = x.conns.computeIfAbsent(ctx, c -> new long[2]);
    t[k] += count;
    // SCENARIOS.md: "the replication of new connections take[s] effect before the next line runs",
    // also to a standby whose copy is still out of date (StateSync brings the rest)
    boolean replicate = pair.is.statePathUp() && (k == 0 || Cfg.replicationHttp(x.running, g) || pair.bug("HttpAlwaysReplicated"))
        && (p.role[g] == GroupState.STANDBY || p.role[g] == GroupState.FAILED)
        && p.running.contexts.containsKey(ctx);
    if (replicate) p.conns.computeIfAbsent(ctx, c -> new long[2])[k] += count;
    pair.record("Traffic", "unit", x.id, "group", g, "kind", kind);
    return Optional.empty();
  }
}
