package failover.engine;

import failover.spec.Action;
import failover.spec.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Drives the engine by the actions of spec/AAFailover.tla, for the conformance harness: a model's
 * constants become the boxes' startup configuration ({@link #SpecDriver(Model, String)}), each spec
 * action with its parameters becomes engine input ({@link #apply(Map)}), and {@link #vars()} gives
 * the engine's state as the spec's variables, timers in ticks.
 *
 * <p>Time: every hold of the model is a number of ticks, and a tick is {@link Vocabulary#TICK_MILLIS} of engine
 * time ({@code failover polltime unit 1 holdtime 5n} on A, {@code failover polltime unit msec 500
 * holdtime 5n} on B, {@code polltime interface 1 holdtime 5n} in group 1, {@code polltime interface
 * n} in group 2, {@code preempt 5n}); the spec's Tick is {@link Pair#advance(long)} by one tick.
 */
public final class SpecDriver {
  /** Engine milliseconds per spec tick. */

  /**
   * The constants of the spec (see its CONSTANTS section): {@code primary} is "A" or "B"; maps are
   * indexed by group 1 and 2; {@code policyKind} "num" or "pct"; holds and delays in ticks.
   */
  public record Model(
      String primary,
      Map<Integer, String> pref,
      Map<Integer, Boolean> preemptOn,
      Map<Integer, Integer> preemptDelay,
      Map<Integer, Boolean> replHttp,
      boolean stateful,
      Map<Integer, Integer> monIf,
      Map<Integer, String> policyKind,
      Map<Integer, Integer> policyVal,
      Map<Integer, Integer> ifHold,
      int unitHold,
      List<String> contexts,
      String admin,
      Map<String, Integer> ctxGroup,
      failover.spec.Readings readings) {

    /** The constants with the chosen readings (the spec's {@code ChosenReadings}). */
    public Model(String primary, Map<Integer, String> pref, Map<Integer, Boolean> preemptOn, Map<Integer, Integer> preemptDelay,
        Map<Integer, Boolean> replHttp, boolean stateful, Map<Integer, Integer> monIf, Map<Integer, String> policyKind,
        Map<Integer, Integer> policyVal, Map<Integer, Integer> ifHold, int unitHold, List<String> contexts, String admin,
        Map<String, Integer> ctxGroup) {
      this(primary, pref, preemptOn, preemptDelay, replHttp, stateful, monIf, policyKind, policyVal, ifHold, unitHold,
          contexts, admin, ctxGroup, failover.spec.Readings.CHOSEN);
    }

    /** These constants under other readings. */
    public Model withReadings(failover.spec.Readings r) {
      return new Model(primary, pref, preemptOn, preemptDelay, replHttp, stateful, monIf, policyKind, policyVal, ifHold,
          unitHold, contexts, admin, ctxGroup, r);
    }

    public String secondary() { return primary.equals("A") ? "B" : "A"; }

    /**
     * The ports whose interfaces each group monitors, MonIf[g] of them: the data ports in order from
     * GigabitEthernet0/2 (0/0 and 0/1 are the failover and stateful links), group 1's first. The
     * driver cables them so and the scenarios written from a model name them so.
     */
    public Map<Integer, List<String>> monitoredPorts() {
      Map<Integer, List<String>> out = new TreeMap<>();
      int next = 2;
      for (int g = 1; g <= 2; g++) {
        List<String> ps = new ArrayList<>();
        for (int i = 0; i < monIf.get(g); i++) ps.add(Names.PORTS.get(next++));
        out.put(g, List.copyOf(ps));
      }
      return out;
    }

    /** The unit a group prefers ("Each failover group in the configuration is configured with a primary or secondary unit preference."). */
    public String prefUnit(int g) { return pref.get(g).equals("primary") ? primary : secondary(); }

    void check() {
      if (!primary.equals("A") && !primary.equals("B")) throw new IllegalArgumentException("Primary must be A or B");
      if (unitHold < 1 || unitHold > 9) throw new IllegalArgumentException("UnitHold " + unitHold + " ticks: the engine needs 1-9 (5-45 s)");
      for (int g = 1; g <= 2; g++) {
        int h = ifHold.get(g);
        if (h < 1 || h > 15) throw new IllegalArgumentException("IfHold[" + g + "] " + h + " ticks: the engine needs 1-15 (5-75 s)");
        if (preemptDelay.get(g) < 0 || preemptDelay.get(g) > 240) throw new IllegalArgumentException("PreemptDelay[" + g + "] out of 0-240 ticks");
      }
      if (!contexts.contains(admin) || ctxGroup.get(admin) != 1) throw new IllegalArgumentException("the admin context must be in group 1");
      int ports = monIf.get(1) + monIf.get(2);
      if (ports > 30) throw new IllegalArgumentException("at most 30 monitored interfaces in all");
    }
  }

  private final Model m;
  private final Pair pair;
  /** Monitored ports of each group, in order (the same on both boxes). */
  private final Map<Integer, List<String>> ports = new TreeMap<>();
  /** Numbers the banners ConfigCommand types: the engine counts a command that changes the configuration. */
  private int serial;

  /** The engine in the spec's Init: both boxes off, the model as their startup configuration (versions 0). */
  public SpecDriver(Model m, String bug) {
    m.check();
    this.m = m;
    this.pair = new Pair(bug, m.readings());
    ports.putAll(m.monitoredPorts());
    pair.unit(Box.A).startup = startup(Box.A, "failover polltime unit 1 holdtime ");
    pair.unit(Box.B).startup = startup(Box.B, "failover polltime unit msec 500 holdtime ");
  }

  private SpecDriver(Model m, Pair pair, Map<Integer, List<String>> ports, int serial) {
    this.m = m;
    this.pair = pair;
    this.ports.putAll(ports);
    this.serial = serial;
  }

  /** A copy to branch from (the engine is copied deeply). */
  public SpecDriver copy() { return new SpecDriver(m, pair.copy(), ports, serial); }

  public Pair pair() { return pair; }

  public Model model() { return m; }

  /**
   * A box's startup configuration: what the model's constants say, and nothing the spec does not
   * model (no addresses). Each command that has several forms in the seed is written in one form for
   * group 1 and another for group 2 (and box B's unit poll time in milliseconds), so that
   * conformance also checks that the engine reads each form alike.
   */
  private Config startup(Box box, String unitPoll) {
    Config c = system(box, unitPoll + m.unitHold() * 5);
    plainGroup(c, 1);
    variedGroup(c, 2);
    return c;
  }

  /**
   * Group 1 in plain forms: every default written out, the interface hold time as {@code holdtime},
   * interfaces allocated by their port's name.
   */
  private void plainGroup(Config c, int g) {
    Config.Block b = Cfg.group(c, g);
    b.putSub("pref", m.pref().get(g));
    b.putSub("interface-policy", policy(g));
    b.putSub("polltime interface", "polltime interface 1 holdtime " + m.ifHold().get(g) * 5);
    for (String ctx : contextsOf(g)) {
      Config.Block cb = contextBlock(c, ctx);
      cb.putSub("join-failover-group", "join-failover-group " + g);
      Config.Scope cs = c.contexts.get(ctx);
      for (String port : portsOf(ctx)) {
        cb.putSub("allocate-interface " + port, "allocate-interface " + port);
        cs.ensureBlock("interface " + port, "interface " + port).putSub("nameif", "nameif " + nameif(port));
      }
    }
  }

  /**
   * Group 2 in other forms: the defaults left out ({@code primary}, {@code interface-policy 1}), the
   * interface hold time left to its default, five times the poll time ({@code polltime interface
   * N}). Its first context's first monitored interface is allocated under a mapped name ({@code
   * allocate-interface GigabitEthernet0/2 inside2}); the others are subinterfaces of their ports,
   * monitored by {@code monitor-interface} ("By default, monitoring physical interfaces is enabled
   * and monitoring subinterfaces is disabled"); and one more subinterface, on a port of its own, is
   * not monitored.
   */
  private void variedGroup(Config c, int g) {
    Config.Block b = Cfg.group(c, g);
    if (m.pref().get(g).equals("secondary")) b.putSub("pref", "secondary");
    if (!"num".equals(m.policyKind().get(g)) || m.policyVal().get(g) != 1) b.putSub("interface-policy", policy(g));
    b.putSub("polltime interface", "polltime interface " + m.ifHold().get(g));
    for (String ctx : contextsOf(g)) {
      Config.Block cb = contextBlock(c, ctx);
      cb.putSub("join-failover-group", "join-failover-group " + g);
      Config.Scope cs = c.contexts.get(ctx);
      List<String> ps = portsOf(ctx);
      if (ps.isEmpty()) continue;
      String mapped = "inside" + Names.portNumber(ps.get(0));
      cb.putSub("allocate-interface " + ps.get(0), "allocate-interface " + ps.get(0) + " " + mapped);
      cs.ensureBlock("interface " + mapped, "interface " + mapped).putSub("nameif", "nameif " + nameif(ps.get(0)));
      for (String port : ps.subList(1, ps.size())) {
        subinterface(cb, cs, port + ".1", nameif(port));
        cs.putTop("monitor-interface " + nameif(port), "monitor-interface " + nameif(port));
      }
      subinterface(cb, cs, Names.PORTS.get(2 + ports.get(1).size() + ports.get(2).size()) + ".1", "spare");
    }
  }

  private String policy(int g) {
    return "interface-policy " + m.policyVal().get(g) + ("pct".equals(m.policyKind().get(g)) ? "%" : "");
  }

  private List<String> contextsOf(int g) {
    List<String> out = new ArrayList<>();
    for (String ctx : m.contexts()) if (m.ctxGroup().get(ctx) == g) out.add(ctx);
    return out;
  }

  private static void subinterface(Config.Block context, Config.Scope cs, String sub, String nameif) {
    context.putSub("allocate-interface " + sub, "allocate-interface " + sub);
    cs.ensureBlock("interface " + sub, "interface " + sub).putSub("nameif", "nameif " + nameif);
  }

  private static String nameif(String port) { return "if" + Names.portNumber(port); }

  /**
   * The system configuration both boxes share: the designation, the failover and stateful links,
   * the unit poll time as given, the groups' preemption and HTTP replication, the contexts with an
   * empty configuration each, and failover enabled.
   */
  private Config system(Box box, String unitPoll) {
    Config c = new Config();
    Config.Scope s = c.system;
    s.putTop("failover lan unit", "failover lan unit " + (box.name().equals(m.primary()) ? "primary" : "secondary"));
    s.putTop("failover lan interface", "failover lan interface folink GigabitEthernet0/1");
    // a dedicated stateful link, so that the spec's stLink is a cable of its own
    if (m.stateful()) s.putTop("failover link", "failover link statelink GigabitEthernet0/0");
    s.putTop("failover polltime unit", unitPoll);
    // every port the model uses is enabled ("interface phy_if / no shutdown — Enables the
    // interface"): the links, the monitored ports and the spare subinterface's port
    List<String> used = new ArrayList<>(List.of("GigabitEthernet0/0", "GigabitEthernet0/1"));
    for (int g = 1; g <= 2; g++) used.addAll(ports.get(g));
    used.add(Names.PORTS.get(2 + ports.get(1).size() + ports.get(2).size()));
    for (String port : used) s.ensureBlock("interface " + port, "interface " + port).putSub("shutdown", "no shutdown");
    for (int g = 1; g <= 2; g++) {
      String head = "failover group " + g;
      Config.Block b = s.ensureBlock(head, head);
      if (m.preemptOn().get(g)) b.putSub("preempt", m.preemptDelay().get(g) == 0 ? "preempt" : "preempt " + m.preemptDelay().get(g) * 5);
      if (m.replHttp().get(g)) b.putSub("replication http", "replication http");
    }
    s.putTop("admin-context", "admin-context " + m.admin());
    for (String ctx : m.contexts()) c.contexts.put(ctx, new Config.Scope());
    s.putTop("failover", "failover");
    return c;
  }

  private static Config.Block contextBlock(Config c, String ctx) {
    String head = "context " + ctx;
    return c.system.ensureBlock(head, head);
  }

  /** The monitored ports of a context: those of its group, if it is the group's first context. */
  private List<String> portsOf(String ctx) {
    int g = m.ctxGroup().get(ctx);
    return contextsOf(g).get(0).equals(ctx) ? ports.get(g) : List.of();
  }

  /** The spec's action {@code act} (name and parameters, as in the spec's history variable) applied to the engine. */
  public Result apply(Map<String, Object> act) {
    String name = (String) act.get("name");
    Box u = act.containsKey("unit") ? Box.valueOf(String.valueOf(act.get("unit"))) : null;
    int g = act.containsKey("group") ? ((Number) act.get("group")).intValue() : 0;
    String scope = act.containsKey("scope") ? String.valueOf(act.get("scope")) : null;
    String ctx = scope == null || scope.equals("system") || scope.equals("all") ? null : scope;
    switch (name) {
      case "PowerOn" -> {
        Set<Box> us = new TreeSet<>();
        for (Object x : (Iterable<?>) act.get("units")) us.add(Box.valueOf(String.valueOf(x)));
        return pair.event(new Event.Boot(us));
      }
      case "PowerOff" -> { return pair.event(new Event.PowerOff(u)); }
      case "FailoverLinkDown" -> { return pair.event(new Event.FailoverLink(false)); }
      case "FailoverLinkUp" -> { return pair.event(new Event.FailoverLink(true)); }
      case "StateLinkDown" -> { return pair.event(new Event.StateLink(false)); }
      case "StateLinkUp" -> { return pair.event(new Event.StateLink(true)); }
      case "InterfaceDown" -> {
        for (String port : ports.get(g)) {
          if (pair.unit(u).portUp(port)) return pair.event(new Event.Interface(u, port, false));
        }
        return Result.error(name + "(" + u + ", " + g + "): no monitored interface of group " + g + " is up");
      }
      case "InterfaceUp" -> {
        int iface = ((Number) act.get("iface")).intValue();
        String port = pair.downPortAt(u, g, iface);
        if (port == null) return Result.error(name + "(" + u + ", " + g + ", " + iface + "): group " + g + " has no such interface without link");
        return pair.event(new Event.Interface(u, port, true));
      }
      case "EnableFailover" -> { return pair.command(u, null, "failover"); }
      case "DisableFailover" -> { return pair.command(u, null, "no failover"); }
      case "ForceActive" -> { return pair.command(u, null, g == 0 ? "failover active" : "failover active group " + g); }
      case "ForceStandby" -> { return pair.command(u, null, "no failover active group " + g); }
      case "Reset" -> { return pair.command(u, null, g == 0 ? "failover reset" : "failover reset group " + g); }
      case "ConfigCommand" -> { return pair.command(u, ctx, "banner motd conform-" + (++serial)); }
      case "LocalCommand" -> { return pair.command(u, ctx, localCommand(pair, u, ctx)); }
      case "WriteMemory" -> { return pair.command(u, ctx, "all".equals(scope) ? "write memory all" : "write memory"); }
      case "EraseStartup" -> { return pair.command(u, ctx, "write erase"); }
      case "WriteStandby" -> { return pair.command(u, ctx, "write standby"); }
      // a directory no box has yet: the command succeeds on the unit and on the peer it reaches
      case "FileCommand" -> { return pair.command(u, null, "mkdir flash:/conform-" + (++serial)); }
      case "Traffic" -> { return pair.trafficOn(u, contextsOf(g).get(0), String.valueOf(act.get("kind")), 1); }
      case "Tick" -> {
        pair.advance(Vocabulary.TICK_MILLIS);
        return Result.ok("");
      }
      case "BootAlone", "JoinActivePeer", "DetectPeerFailure", "DetectInterfaceFailure", "GroupRecover",
          "SimultaneousBoot", "Rejoin", "StateSync", "Preempt" -> { return pair.fire(new OwnStep(Action.valueOf(name), u, g)); }
      default -> { return Result.error("unknown spec action " + name); }
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


  /**
   * ifDown: a running box's own count; for a box that is off, the model's monitored ports without
   * link (the engine counts the monitored interfaces of the configuration the box would boot with,
   * which {@code write erase} may have emptied; the spec does not boot such a box).
   */
  private Map<String, Map<Integer, Integer>> ifDown(SpecState s) {
    Map<String, Map<Integer, Integer>> out = new TreeMap<>();
    for (Box b : Box.values()) {
      Unit un = pair.unit(b);
      if (un.on) {
        out.put(b.name(), s.ifDown().get(b.name()));
        continue;
      }
      Map<Integer, Integer> byGroup = new TreeMap<>();
      for (int g = 1; g <= 2; g++) {
        int down = 0;
        for (String port : ports.get(g)) if (!un.portUp(port)) down++;
        byGroup.put(g, down);
      }
      out.put(b.name(), byGroup);
    }
    return out;
  }

  /**
   * The engine's state as the spec's variables: power, foEnabled, foSaved, role, foLink, stLink, ifDown,
   * running, startup, flash, conns, unitTimer, ifTimer, preemptTimer (in ticks, capped at their holds),
   * preemptArmed, linkLost and act (the spec's parameters only; units as "A"/"B", scope "system" or a context).
   */
  public Map<String, Object> vars() {
    SpecState s = pair.abstraction();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("power", s.power());
    v.put("foEnabled", s.foEnabled());
    v.put("foSaved", s.foSaved());
    v.put("role", s.role());
    v.put("foLink", s.foLink());
    // the model's dedicated stateful link (a constant: the startup configuration of a box that is
    // off may have been erased, and with it the link's configuration): its cable
    v.put("stLink", m.stateful() && !pair.stCable ? "down" : "up");
    Map<String, Map<Integer, Integer>> down = ifDown(s);
    v.put("ifDown", down);
    v.put("running", scopes(s.running()));
    v.put("startup", scopes(s.startup()));
    v.put("flash", s.flash());
    // conns and preemptTimer as SpecState abstracts them, the abstraction play --validate reads too
    v.put("conns", s.conns());
    Map<String, Long> ut = new TreeMap<>();
    // each timer list as a map 1..n, the form of a TLA+ sequence (a Java list is a set)
    Map<String, Map<Integer, Map<Integer, Long>>> it = new TreeMap<>();
    for (Box b : Box.values()) {
      ut.put(b.name(), Math.min(s.unitTimer().get(b.name()) / Vocabulary.TICK_MILLIS, m.unitHold()));
      Map<Integer, Map<Integer, Long>> x = new TreeMap<>();
      for (int g = 1; g <= 2; g++) {
        List<Long> ticks = new ArrayList<>();
        if (pair.unit(b).on) {
          for (long ms : s.ifTimer().get(b.name()).get(g)) ticks.add(Math.min(ms / Vocabulary.TICK_MILLIS, m.ifHold().get(g)));
        } else {
          // a box that is off monitors nothing: a timer at 0 for each of the model's ports without link
          for (int k = 0; k < down.get(b.name()).get(g); k++) ticks.add(0L);
        }
        Map<Integer, Long> seq = new TreeMap<>();
        for (int k = 0; k < ticks.size(); k++) seq.put(k + 1, ticks.get(k));
        x.put(g, seq);
      }
      it.put(b.name(), x);
    }
    v.put("unitTimer", ut);
    v.put("ifTimer", it);
    Map<Integer, Long> pt = new TreeMap<>();
    for (int g = 1; g <= 2; g++) pt.put(g, s.preemptTimer().get(g) / Vocabulary.TICK_MILLIS);
    v.put("preemptTimer", pt);
    v.put("preemptArmed", s.preemptArmed());
    v.put("linkLost", s.linkLost());
    v.put("act", specAct(s.act()));
    return v;
  }

  private Map<String, Map<String, Long>> scopes(Map<String, Map<String, Long>> byUnit) {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    byUnit.forEach((u, byScope) -> {
      Map<String, Long> x = new TreeMap<>();
      x.put("system", byScope.getOrDefault(Config.SYSTEM, 0L));
      for (String c : m.contexts()) x.put(c, byScope.getOrDefault(c, 0L));
      out.put(u, x);
    });
    return out;
  }

  /** The engine's history variable as the spec's {@code act}: name and the spec's parameters only (units as "A"/"B"). */
  public static Map<String, Object> specAct(Map<String, Object> act) {
    Map<String, Object> out = new LinkedHashMap<>();
    String name = String.valueOf(act.get("name"));
    out.put("name", name);
    for (String p : Action.named(name).map(Action::paramNames).orElse(List.of())) {
      Object x = act.get(p);
      // the spec's WriteMemory(u, s): s = "all" for `write memory all`, else the scope it was entered in
      if (name.equals("WriteMemory") && p.equals("scope") && Boolean.TRUE.equals(act.get("all"))) x = "all";
      if (x instanceof Box b) x = b.name();
      if (x instanceof Set<?> set) {
        Set<String> names = new TreeSet<>();
        for (Object o : set) names.add(String.valueOf(o));
        x = names;
      }
      if (x != null) out.put(p, x);
    }
    return out;
  }
}
