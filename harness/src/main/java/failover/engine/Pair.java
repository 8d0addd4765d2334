package failover.engine;

import failover.spec.Action;
import failover.spec.Vocabulary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference engine: two ASA boxes in Active/Active failover, in simulated time
 * (seed: Cisco ASA 5500 configuration guide, chapter 51). This class holds the pair's state and is
 * its public face; the behaviour lives in small classes, one seam each (docs/design.md):
 *
 * <ul>
 *   <li>{@link Predicates}: the spec's derived notions (Heard, Paired, IsSource, PolicyMet,
 *       IfMarked, IfFailed, PrefUnit, NewVersion, UnitWaiting, PreemptWaiting, ...);
 *   <li>{@link Timers}: the spec's timers (unit hold, interface hold per interface, preemption
 *       delay), SettleTimers, and preemption arming (ArmOn, Armed);
 *   <li>environment actions, each a method named after its TLA+ action that checks its guard once
 *       and returns a {@link Refusal}: {@link WorldActions} (PowerOn, PowerOff, FailoverLinkDown/Up,
 *       StateLinkDown/Up, InterfaceDown/Up, Traffic, Tick), {@link FailoverActions} (ForceActive,
 *       ForceStandby, Reset), {@link ConfigActions} (ConfigCommand, LocalCommand, EnableFailover,
 *       DisableFailover, WriteMemory, EraseStartup, FileCommand, WriteStandby);
 *   <li>{@link PairSteps}: the pair's own steps (BootAlone, JoinActivePeer, SimultaneousBoot,
 *       DetectPeerFailure, DetectInterfaceFailure, GroupRecover, StateSync, Preempt, Rejoin), each
 *       after its guard;
 *   <li>the inputs: {@link Commands} (the ASA command line and its families) and {@link Events}
 *       (the scenario's events); {@link Addresses} (MAC and IP addresses) and {@link Invariants}.
 * </ul>
 *
 * <p>Own steps happen only inside {@code wait} ({@link Event.Wait}): at each instant the pair fires
 * the first enabled step in {@link #STEP_ORDER} until none is enabled, then the clock jumps to the
 * next instant at which a timer expires. {@link #enabledSteps()} and {@link #fire(OwnStep)} let a
 * harness choose the interleaving itself.
 *
 * <p>Bad input never changes the pair: every command and event runs on a copy, which replaces this
 * pair's state only when it succeeded.
 */
public final class Pair {
  /**
   * The fixed order in which {@link #settle()} fires the pair's own steps: failure detection
   * first, then recovery, then boot negotiation, then state replication, then preemption.
   */
  public static final List<Action> STEP_ORDER = List.of(
      Action.DetectPeerFailure, Action.DetectInterfaceFailure, Action.GroupRecover, Action.SimultaneousBoot,
      Action.JoinActivePeer, Action.Rejoin, Action.BootAlone, Action.StateSync, Action.Preempt);

  /** A step of the history: the simulated time and the action with its parameters. */
  public record Fired(long atMillis, String action) {}

  private static final int HISTORY = 400;

  Unit a = new Unit(Box.A);
  Unit b = new Unit(Box.B);
  /** The failover link cable. */
  boolean foCable = true;
  /** The dedicated stateful failover link cable. */
  boolean stCable = true;
  long now;
  /** The spec's {@code linkLost}: the failover link has failed since the units last synchronised. */
  boolean linkLost;
  /** Start of the running timers (the spec's unitTimer, preemptTimer), ms; -1: not running (ifTimer: {@link Unit#ifSince}). */
  long[] unitSince = {-1, -1};
  long[] preemptSince = {-1, -1, -1};
  /**
   * The spec's {@code preemptArmed[g]} (index 1 and 2): the preferred unit has become available for
   * the group since the group last moved by preemption or by force. "The preempt command causes a
   * failover group to become active on the designated unit automatically when that unit becomes
   * available."
   */
  boolean[] preemptArmed = {false, false, false};
  /** The spec's history variable {@code act}: the last action with its parameters. */
  Map<String, Object> act = Map.of("name", "Init");
  List<Fired> history = new ArrayList<>();


  /** "none", or the one deliberate mistake of {@link Vocabulary#BUGS} this engine makes. */
  final String bug;

  /** The spec's readings this engine follows (the chosen ones for the reference engine). */
  final failover.spec.Readings readings;

  /** The spec's derived notions on this pair (Heard, Paired, IfFailed, PrefUnit, ...). */
  final Predicates is = new Predicates(this);
  /** The spec's timers (unit hold, interface hold per interface, preemption delay) and preemption arming. */
  final Timers timers = new Timers(this, is);
  /** The pair's own steps (BootAlone, JoinActivePeer, ..., Rejoin), each with its guard. */
  final PairSteps steps = new PairSteps(this, is, timers);
  /** The world's environment actions (power, cables, ports, traffic, time). */
  final WorldActions worldActions = new WorldActions(this);
  /** The environment actions on configurations and files (configuration commands, saves, file commands). */
  final ConfigActions configActions = new ConfigActions(this);
  /** The environment actions that move failover groups by hand (forced failover, reset). */
  final FailoverActions failoverActions = new FailoverActions(this);

  /**
   * For trace validation ({@code play --validate}): told of the pair after every spec-level step
   * (every {@link #record}), once the step's timers are settled. Null: nobody listens. Carried
   * into the working copy a command or event runs on, so it also sees steps of an input that is
   * then rejected: the listener must drop what it saw when the input's result is an error.
   */
  private java.util.function.Consumer<Pair> observer;
  /** A step was recorded and the observer has not yet been told. */
  private boolean observationPending;

  /** The world of SCENARIOS.md: both boxes off, empty startup configuration, t = 0. */
  public Pair() { this("none"); }

  /**
   * The same world, with the engine making one deliberate mistake named as in the spec's
   * {@code Bugs} (spec/AAFailoverBugs.tla, e.g. "ReplicateFromStandby"), so that conformance can show it is caught.
   */
  public Pair(String bug) { this(bug, failover.spec.Readings.CHOSEN); }

  /**
   * The same world, with the engine following {@code readings} (the spec's {@code Readings}): where
   * the seed is silent or torn, the alternative of each decision that the model or scenario names.
   */
  public Pair(String bug, failover.spec.Readings readings) {
    if (!Vocabulary.BUGS.contains(bug)) throw new IllegalArgumentException("unknown bug '" + bug + "'; one of " + Vocabulary.BUGS);
    this.bug = bug;
    this.readings = java.util.Objects.requireNonNull(readings);
  }

  boolean bug(String name) { return bug.equals(name); }

  /** This engine follows alternative {@code value} of reading {@code name} (the spec's {@code Reading(n, v)}). */
  boolean reading(String name, String value) { return readings.is(name, value); }

  /** Reading NegotiatingAddresses: a group still negotiating uses the standby addresses (else none). */
  boolean standbyWhileNegotiating() { return reading("NegotiatingAddresses", "standby"); }

  /** The readings this engine follows. */
  public failover.spec.Readings readings() { return readings; }

  /** The deliberate mistake this engine makes ("none" for the reference engine). */
  public String bug() { return bug; }

  /**
   * Sets the listener told of this pair after every spec-level step (null: none). It sees the
   * working copy an input runs on; when the input is rejected, that copy is dropped, and so must
   * be what the listener saw of it. The pair's behaviour does not change.
   */
  public void observe(java.util.function.Consumer<Pair> listener) { observer = listener; }

  /** A deep copy, so a search can branch from this state. */
  public Pair copy() {
    Pair p = new Pair(bug, readings);
    p.a = a.copy();
    p.b = b.copy();
    p.foCable = foCable;
    p.stCable = stCable;
    p.now = now;
    p.linkLost = linkLost;
    p.unitSince = unitSince.clone();
    p.preemptSince = preemptSince.clone();
    p.preemptArmed = preemptArmed.clone();
    p.act = act;
    p.history = new ArrayList<>(history);
    p.observer = observer;
    return p;
  }

  private void adopt(Pair p) {
    a = p.a;
    b = p.b;
    foCable = p.foCable;
    stCable = p.stCable;
    now = p.now;
    linkLost = p.linkLost;
    unitSince = p.unitSince;
    preemptSince = p.preemptSince;
    preemptArmed = p.preemptArmed;
    act = p.act;
    history = p.history;
  }

  /** The simulated clock, in milliseconds since the start. */
  public long nowMillis() { return now; }

  Unit unit(Box x) { return x == Box.A ? a : b; }

  Unit peer(Unit u) { return u == a ? b : a; }

  // ------------------------------------------------------------------------------------------
  // The public driving interface

  /**
   * Types a command at the console of a box: in the system execution space ({@code context ==
   * null}) or in a security context. The CLI mode is kept per box and per scope.
   */
  public Result command(Box box, String context, String line) { return take(tryCommand(box, context, line)); }

  /** Applies an event of the scenario language. A bad event gives one error line and changes nothing. */
  public Result event(Event e) { return take(tryEvent(e)); }

  /**
   * What an input did, tried on a copy of the pair: its result and the pair after it ({@code after},
   * null when the input was refused). The pair it was tried on does not change.
   */
  public record Tried(Result result, Pair after) {}

  private Result take(Tried t) {
    if (t.after() != null) adopt(t.after());
    return t.result();
  }

  /** {@link #command}, tried on a copy: this pair is left as it is (for a harness that branches). */
  public Tried tryCommand(Box box, String context, String line) {
    Pair work = copy();
    Result r;
    try {
      r = new Commands(work).run(box, context, line == null ? "" : line);
    } catch (Commands.Rejected e) {
      return new Tried(Result.error(e.getMessage()), null);
    } catch (RuntimeException e) {
      return new Tried(Result.error("ERROR: internal error on '" + line + "': " + e), null);
    }
    return new Tried(r, r.ok() ? work : null);
  }

  /** {@link #event}, tried on a copy: this pair is left as it is. */
  public Tried tryEvent(Event e) {
    Pair work = copy();
    Result r;
    try {
      r = new Events(work).apply(e);
    } catch (Commands.Rejected x) {
      return new Tried(Result.error(x.getMessage()), null);
    } catch (RuntimeException x) {
      return new Tried(Result.error("ERROR: internal error on " + e + ": " + x), null);
    }
    return new Tried(r, r.ok() ? work : null);
  }

  /** The console prompt of a box in a scope, e.g. {@code A(config)#}, {@code A/ctx1(config-if)#}. */
  public String prompt(Box box, String context) {
    Unit u = unit(box);
    String scope = context == null ? Config.SYSTEM : context;
    String name = context == null ? box.name() : box.name() + "/" + context;
    if (!u.on) return name + "(off)";
    return name + u.mode(scope).promptSuffix() + "#";
  }

  /** The scope last chosen with {@code changeto} on that box: null for the system execution space. */
  public String currentContext(Box box) {
    String c = unit(box).current;
    return Config.SYSTEM.equals(c) ? null : c;
  }

  // ------------------------------------------------------------------------------------------
  // Observations

  /** The failover state of a group (1 or 2) on a box. */
  public GroupState groupState(Box box, int group) {
    if (group < 1 || group > 2) throw new IllegalArgumentException("failover group " + group + " (1 or 2)");
    return unit(box).role[group];
  }

  /** The running configuration of a scope (null = system execution space) as show running-config prints it. */
  public List<String> runningConfig(Box box, String context) {
    Config.Scope s = unit(box).running.scope(context == null ? Config.SYSTEM : context);
    return s == null ? List.of() : Collections.unmodifiableList(s.lines());
  }

  /** The startup configuration of a scope (null = system execution space). */
  public List<String> startupConfig(Box box, String context) {
    Config.Scope s = unit(box).startup.scope(context == null ? Config.SYSTEM : context);
    return s == null ? List.of() : Collections.unmodifiableList(s.lines());
  }

  /** The contexts in the running configuration of a box. */
  public Set<String> contexts(Box box) { return Collections.unmodifiableSet(new TreeSet<>(unit(box).running.contexts.keySet())); }

  /** The MAC address the box uses on a port now ({@link Addresses#mac}); empty while it is off. */
  public Optional<String> mac(Box box, String physicalInterface) { return Addresses.mac(unit(box), physicalInterface, standbyWhileNegotiating()); }

  /** The IP address the box uses on a named interface now ({@link Addresses#ip}); context null: the failover links. */
  public Optional<String> ip(Box box, String context, String nameif) { return Addresses.ip(unit(box), context, nameif, standbyWhileNegotiating()); }

  /** Connection entries for a context on a box (active or replicated). */
  public long sessions(Box box, String context) {
    Unit u = unit(box);
    return u.tcp(context) + u.http(context);
  }

  /** The steps taken so far (environment actions and own steps), the last few hundred. */
  public List<Fired> history() { return Collections.unmodifiableList(history); }

  /** The spec's history variable {@code act}: {@code name} and the parameters of the last action. */
  public Map<String, Object> lastAction() { return act; }

  /** The abstraction function: this state as the spec's variables. */
  public SpecState abstraction() { return SpecState.of(this); }

  /** A box and its configuration, read-only. */
  public BoxView view(Box box) { return new BoxView(unit(box)); }

  /** The dedicated stateful link's cable is connected (the spec's {@code stLink} when one is configured). */
  public boolean stateCableUp() { return stCable; }

  /** The hardware's ports, in the order of their physical port numbers (GigabitEthernet0/N: N). */
  public static List<String> ports() { return Names.PORTS; }

  /**
   * Replaces a box's startup configuration with {@code lines} ({@link ConfigLine}), every scope at
   * version 0, the contexts created in the order of {@code contexts}: a box configured before the
   * pair's story begins (the spec's Init). A line naming a context not in {@code contexts} is an error.
   */
  public void installStartup(Box box, List<String> contexts, List<ConfigLine> lines) {
    Config c = new Config();
    for (String ctx : contexts) c.contexts.put(ctx, new Config.Scope());
    for (ConfigLine l : lines) {
      Config.Scope s = c.scope(l.scope());
      if (s == null) throw new IllegalArgumentException("no context " + l.scope() + " for " + l.text());
      if (l.sub() == null) s.putTop(l.top(), l.topText());
      else s.putSub(l.top(), l.topText(), l.sub(), l.subText());
    }
    unit(box).startup = c;
  }

  // ------------------------------------------------------------------------------------------
  // What every action does: set a role, drop a table, end with record

  /** Sets the role of a group on a unit (and when it became active there, for show failover). */
  void setRole(Unit u, int g, GroupState s) {
    GroupState old = u.role[g];
    if (old == s) return;
    u.role[g] = s;
    if (s == GroupState.ACTIVE) u.activeSince[g] = now;
    else u.activeSince[g] = -1;
  }

  /**
   * Ends every step: sets the history variable, appends to the history, then does the bookkeeping
   * after a step ({@link #refreshContact}, with the spec's SettleTimers).
   */
  void record(String name, Object... params) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    for (int i = 0; i + 1 < params.length; i += 2) m.put((String) params[i], params[i + 1]);
    act = Collections.unmodifiableMap(m);
    observationPending = true;
    appendHistory(name, params);
    refreshContact();
  }

  /**
   * Appends the step, as text, to the last few hundred steps ({@link #history()}: scenario errors
   * and the console's view of what happened). Not a spec variable (the spec's history variable is
   * {@code act}), so conformance cannot see it (listed in PitSummary.OUTSIDE).
   */
  private void appendHistory(String name, Object... params) {
    StringBuilder sb = new StringBuilder(name);
    if (params.length > 0) sb.append('(');
    for (int i = 0; i + 1 < params.length; i += 2) {
      if (i > 0) sb.append(", ");
      sb.append(params[i]).append('=').append(params[i + 1]);
    }
    if (params.length > 0) sb.append(')');
    if (history.size() >= HISTORY) history.subList(0, HISTORY / 4).clear();
    history.add(new Fired(now, sb.toString()));
  }

  /**
   * Bookkeeping after every step: the failover link counts as lost while both units run with
   * failover enabled and do not hear each other (cable, port, or failover interface missing);
   * then the spec's SettleTimers: "a timer whose condition no longer holds after the step
   * restarts from 0".
   */
  void refreshContact() {
    if (!foCable || (a.failoverEnabled() && b.failoverEnabled() && !is.contact())) linkLost = true;
    timers.settleArmed();
    timers.settleTimers();
    // every step ends here (record, then SettleTimers): the step is complete
    if (observationPending) {
      observationPending = false;
      if (observer != null) observer.accept(this);
    }
  }

  /** Drops a unit's connection table for a group ("sessions are terminated"). */
  static void dropConns(Unit u, int g) {
    for (String c : Predicates.contextsOf(u.running, g)) u.conns.remove(c);
  }

  // ------------------------------------------------------------------------------------------
  // For harnesses: ports, traffic on a chosen unit, time

  /** The physical port of the box has link. */
  public boolean portUp(Box box, String port) { return unit(box).portUp(port); }

  /**
   * The physical port of the spec's InterfaceUp(unit, group, iface): the iface-th of the group's
   * interfaces without link on the box, longest without link first; null if there is none.
   */
  public String downPortAt(Box box, int g, int iface) {
    List<Map.Entry<Cfg.Monitored, Long>> ts = timers.ifTimers(unit(box), g);
    return iface < 1 || iface > ts.size() ? null : Names.physicalOf(ts.get(iface - 1).getKey().port());
  }

  /** Traffic(unit, group, kind) on a chosen unit (the spec's parameter): the context must be active there. */
  public Result trafficOn(Box box, String ctx, String kind, int count) { return take(tryTrafficOn(box, ctx, kind, count)); }

  /** {@link #trafficOn}, tried on a copy: this pair is left as it is. */
  public Tried tryTrafficOn(Box box, String ctx, String kind, int count) {
    Pair work = copy();
    Optional<Refusal> no = work.worldActions.Traffic(work.unit(box), ctx, kind, count);
    if (no.isPresent()) return new Tried(Result.error("ERROR: traffic " + ctx + ": " + Commands.words(no.get())), null);
    return new Tried(Result.ok(""), work);
  }


  /**
   * For harnesses: time passes to the next timer expiry, if some timer is running (the spec's Tick
   * is enabled only then). Returns false (and changes nothing) when no timer runs. No own steps fire.
   */
  public boolean tick() {
    long next = timers.nextDeadline();
    if (next < 0) return false;
    worldActions.Tick(next);
    return true;
  }

  /**
   * For harnesses: time passes exactly {@code millis} (at least 1), no own step fires (one Tick).
   * With equal hold times of H ms, {@code advance(H)} expires every running timer, as one spec Tick
   * does with holds of one tick.
   */
  public void advance(long millis) {
    if (millis < 1) throw new IllegalArgumentException("advance " + millis + " ms: must be at least 1");
    now += millis;
    record("Tick");
  }

  // ------------------------------------------------------------------------------------------
  // The pair's own steps (PairSteps), for harnesses

  /** The own steps enabled now, in {@link #STEP_ORDER}. */
  public List<OwnStep> enabledSteps() { return steps.enabledSteps(); }

  /** Fires one own step if it is enabled now; ok=false (and no change) if it is not. */
  public Result fire(OwnStep s) { return steps.fire(s); }

  /** Fires enabled own steps, the first in {@link #STEP_ORDER} each time, until none is enabled. */
  public List<OwnStep> settle() { return steps.settle(); }

  // ------------------------------------------------------------------------------------------
  // Invariants (the spec's, checked by the randomized tests)

  /** The spec's safety invariants as they apply to the engine ({@link Invariants}): the violated one, or null. */
  public String violatedInvariant() { return Invariants.violated(this); }
}
