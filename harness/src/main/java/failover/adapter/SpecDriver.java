package failover.adapter;

import failover.engine.Box;
import failover.engine.Event;
import failover.engine.OwnStep;
import failover.engine.Pair;
import failover.engine.Result;
import failover.spec.Action;
import failover.spec.Constants;
import failover.spec.Vocabulary;
import failover.tlc.TlaValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Drives the engine by the actions of spec/AAFailover.tla, for the conformance harness: a model's
 * constants become the boxes' startup configuration ({@link ConfigWriter#startup}), each spec
 * action with its parameters becomes engine input ({@link #apply(Map)}), and {@link #vars()} gives
 * the engine's state as the spec's variables ({@link Abstraction#vars}), timers in ticks; the
 * spec's Tick is {@link Pair#advance(long)} by {@link Vocabulary#TICK_MILLIS}.
 */
public final class SpecDriver {
  /** Name prefix of the placeholder context of a group the model gives no context (see {@link #engineConstants}). */
  public static final String PLACEHOLDER = "conform-g";

  private final Constants m;
  private final Pair pair;
  /** Monitored ports of each group, in order (the same on both boxes); never changed, so copies share it. */
  private final Map<Integer, List<String>> ports;
  /** Numbers the banners ConfigCommand types: the engine counts a command that changes the configuration. */
  private int serial;

  /** The engine in the spec's Init: both boxes off, the model as their startup configuration (versions 0). */
  public SpecDriver(Constants m, String bug) {
    check(m);
    this.m = m;
    this.pair = new Pair(bug, m.readings());
    this.ports = java.util.Collections.unmodifiableMap(new TreeMap<>(ConfigWriter.monitoredPorts(m)));
    for (Box b : Box.values()) {
      ConfigWriter.Startup s = ConfigWriter.startup(m, b);
      pair.installStartup(b, s.contexts(), s.lines());
    }
  }

  private SpecDriver(Constants m, Pair pair, Map<Integer, List<String>> ports, int serial) {
    this.m = m;
    this.pair = pair;
    this.ports = ports;
    this.serial = serial;
  }

  /** A copy to branch from (the engine is copied deeply). */
  public SpecDriver copy() { return new SpecDriver(m, pair.copy(), ports, serial); }

  public Pair pair() { return pair; }

  public Constants model() { return m; }

  /** The model's constants within what the engine can configure. */
  private static void check(Constants m) {
    if (!m.primary().equals("A") && !m.primary().equals("B")) throw new IllegalArgumentException("Primary must be A or B");
    if (m.unitHold() < 1 || m.unitHold() > 9) throw new IllegalArgumentException("UnitHold " + m.unitHold() + " ticks: the engine needs 1-9 (5-45 s)");
    for (int g = 1; g <= 2; g++) {
      int h = m.ifHold().get(g);
      if (h < 1 || h > 15) throw new IllegalArgumentException("IfHold[" + g + "] " + h + " ticks: the engine needs 1-15 (5-75 s)");
      if (m.preemptDelay().get(g) < 0 || m.preemptDelay().get(g) > 240) throw new IllegalArgumentException("PreemptDelay[" + g + "] out of 0-240 ticks");
    }
    if (!m.contexts().contains(m.admin()) || m.ctxGroup().get(m.admin()) != 1) throw new IllegalArgumentException("the admin context must be in group 1");
    int ports = m.monIf().get(1) + m.monIf().get(2);
    if (ports > 30) throw new IllegalArgumentException("at most 30 monitored interfaces in all");
  }

  /**
   * The constants the engine is driven with: {@code m}, contexts sorted, and a placeholder context
   * for a group the model gives none. The spec lets a group without contexts have monitored
   * interfaces and traffic; on the ASA a group's interfaces and connections belong to its contexts.
   * Such a group gets a placeholder context on the engine, whose configuration scope the
   * abstraction leaves out.
   */
  public static Constants engineConstants(Constants m) {
    List<String> contexts = new ArrayList<>(m.contexts());
    contexts.sort(null);
    Map<String, Integer> ctxGroup = new LinkedHashMap<>();
    for (String ctx : contexts) ctxGroup.put(ctx, m.ctxGroup().get(ctx));
    for (int g = 1; g <= 2; g++) {
      if (!ctxGroup.containsValue(g)) {
        contexts.add(PLACEHOLDER + g);
        ctxGroup.put(PLACEHOLDER + g, g);
      }
    }
    return m.withContexts(contexts, ctxGroup);
  }

  /** A context {@link #engineConstants} made up. */
  static boolean placeholder(String context) { return context.startsWith(PLACEHOLDER); }

  /** The spec's action {@code act} (name and parameters, as in the spec's history variable) applied to the engine. */
  public Result apply(Map<String, Object> act) {
    int next = numbered(act) ? serial + 1 : serial;
    Input in = input(act, next);
    serial = next;
    if (in instanceof Input.Command c) return pair.command(c.unit(), c.context(), c.line());
    if (in instanceof Input.Happens e) return pair.event(e.event());
    if (in instanceof Input.Traffic t) return pair.trafficOn(t.unit(), t.context(), t.kind(), 1);
    if (in instanceof Input.Fire f) return pair.fire(f.step());
    if (in instanceof Input.Tick) {
      pair.advance(Vocabulary.TICK_MILLIS);
      return Result.ok("");
    }
    return Result.error(((Input.Refused) in).why());
  }

  /**
   * The spec's action {@code act} applied to a copy of the engine, as {@link #apply} would apply
   * it: the driver after it, or null when the engine refused it. This driver is left as it is (the
   * exhaustive check branches from one state into every instance of an action).
   */
  public SpecDriver applied(Map<String, Object> act) {
    int next = numbered(act) ? serial + 1 : serial;
    Input in = input(act, next);
    Pair after;
    if (in instanceof Input.Command c) after = pair.tryCommand(c.unit(), c.context(), c.line()).after();
    else if (in instanceof Input.Happens e) after = pair.tryEvent(e.event()).after();
    else if (in instanceof Input.Traffic t) after = pair.tryTrafficOn(t.unit(), t.context(), t.kind(), 1).after();
    else if (in instanceof Input.Fire f) {
      after = pair.copy();
      if (!after.fire(f.step()).ok()) after = null;
    } else if (in instanceof Input.Tick) {
      after = pair.copy();
      after.advance(Vocabulary.TICK_MILLIS);
    } else after = null;
    return after == null ? null : new SpecDriver(m, after, ports, next);
  }

  /** The engine input a spec action is: a command typed, an event, traffic, an own step fired, time passing, or none (refused). */
  private sealed interface Input {
    record Command(Box unit, String context, String line) implements Input {}
    record Happens(Event event) implements Input {}
    record Traffic(Box unit, String context, String kind) implements Input {}
    record Fire(OwnStep step) implements Input {}
    record Tick() implements Input {}
    record Refused(String why) implements Input {}
  }

  /** The actions whose command carries a fresh number (a banner, a directory no box has yet): {@link #serial} counts them. */
  private static boolean numbered(Map<String, Object> act) {
    Object name = act.get("name");
    return "ConfigCommand".equals(name) || "FileCommand".equals(name);
  }

  /** The engine input for {@code act} in the engine's state now; {@code number}: the serial a numbered command carries. */
  private Input input(Map<String, Object> act, int number) {
    String name = (String) act.get("name");
    Box u = act.containsKey("unit") ? Box.valueOf(String.valueOf(act.get("unit"))) : null;
    int g = act.containsKey("group") ? ((Number) act.get("group")).intValue() : 0;
    String scope = act.containsKey("scope") ? String.valueOf(act.get("scope")) : null;
    String ctx = scope == null || scope.equals("system") || scope.equals("all") ? null : scope;
    switch (name) {
      case "PowerOn" -> {
        Set<Box> us = new TreeSet<>();
        for (Object x : (Iterable<?>) act.get("units")) us.add(Box.valueOf(String.valueOf(x)));
        return new Input.Happens(new Event.Boot(us));
      }
      case "PowerOff" -> { return new Input.Happens(new Event.PowerOff(u)); }
      case "FailoverLinkDown" -> { return new Input.Happens(new Event.FailoverLink(false)); }
      case "FailoverLinkUp" -> { return new Input.Happens(new Event.FailoverLink(true)); }
      case "StateLinkDown" -> { return new Input.Happens(new Event.StateLink(false)); }
      case "StateLinkUp" -> { return new Input.Happens(new Event.StateLink(true)); }
      case "InterfaceDown" -> {
        for (String port : ports.get(g)) {
          if (pair.portUp(u, port)) return new Input.Happens(new Event.Interface(u, port, false));
        }
        return new Input.Refused(name + "(" + u + ", " + g + "): no monitored interface of group " + g + " is up");
      }
      case "InterfaceUp" -> {
        int iface = ((Number) act.get("iface")).intValue();
        String port = pair.downPortAt(u, g, iface);
        if (port == null) return new Input.Refused(name + "(" + u + ", " + g + ", " + iface + "): group " + g + " has no such interface without link");
        return new Input.Happens(new Event.Interface(u, port, true));
      }
      case "EnableFailover" -> { return new Input.Command(u, null, "failover"); }
      case "DisableFailover" -> { return new Input.Command(u, null, "no failover"); }
      case "ForceActive" -> { return new Input.Command(u, null, g == 0 ? "failover active" : "failover active group " + g); }
      case "ForceStandby" -> { return new Input.Command(u, null, "no failover active group " + g); }
      case "Reset" -> { return new Input.Command(u, null, g == 0 ? "failover reset" : "failover reset group " + g); }
      case "ConfigCommand" -> { return new Input.Command(u, ctx, "banner motd conform-" + number); }
      case "LocalCommand" -> { return new Input.Command(u, ctx, localCommand(pair, u, ctx)); }
      case "WriteMemory" -> { return new Input.Command(u, ctx, "all".equals(scope) ? "write memory all" : "write memory"); }
      case "EraseStartup" -> { return new Input.Command(u, ctx, "write erase"); }
      case "WriteStandby" -> { return new Input.Command(u, ctx, "write standby"); }
      // a directory no box has yet: the command succeeds on the unit and on the peer it reaches
      case "FileCommand" -> { return new Input.Command(u, null, "mkdir flash:/conform-" + number); }
      case "Traffic" -> { return new Input.Traffic(u, ConfigWriter.contextsOf(m, g).get(0), String.valueOf(act.get("kind"))); }
      case "Tick" -> { return new Input.Tick(); }
      case "BootAlone", "JoinActivePeer", "DetectPeerFailure", "DetectInterfaceFailure", "GroupRecover",
          "SimultaneousBoot", "Rejoin", "StateSync", "Preempt" -> { return new Input.Fire(new OwnStep(Action.valueOf(name), u, g)); }
      default -> { return new Input.Refused("unknown spec action " + name); }
    }
  }

  /**
   * The command typed for the spec's LocalCommand(unit, context): {@code firewall} is never
   * replicated (Table 51-1), so it toggles the context's firewall mode on that box.
   */
  public static String localCommand(Pair pair, Box u, String context) {
    return pair.runningConfig(u, context).contains("firewall transparent") ? "no firewall transparent"
        : "firewall transparent";
  }

  /** The spec's action names of the own steps enabled in the engine now, with their parameters. */
  public List<Map<String, Object>> enabledSteps() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (OwnStep s : pair.enabledSteps()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("name", s.name());
      if (s.unit() != null) a.put("unit", s.unit().name());
      if (s.group() != 0) a.put("group", s.group());
      out.add(a);
    }
    return out;
  }

  /** The engine's state as the spec's variables ({@link Abstraction#vars}). */
  public Map<String, Object> vars() { return Abstraction.vars(pair, m, ports); }

  /** The engine's state as a TLA+ record of the spec's variables ({@link Abstraction#state}). */
  public TlaValue.Rec state() { return Abstraction.state(pair, m, ports); }
}
