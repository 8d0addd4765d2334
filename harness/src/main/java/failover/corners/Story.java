package failover.corners;

import failover.spec.Constants;
import failover.spec.Vocabulary;
import failover.tlc.TlaValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operator's story of a witness run: each step of the trace at its time in seconds (a spec
 * Tick is {@link Vocabulary#TICK_SECONDS} s; every other step takes no time), with what the
 * operator types or does in the lab (the scenario writer's line for the step) and what the pair does,
 * in words, and each unit's {@code show failover} group states after a step that changes them.
 */
public final class Story {
  private Story() {}

  /**
   * One line of the story.
   *
   * @param step    the trace state's index (0 is Init, not told)
   * @param seconds the time of the step since the units were first powered on
   * @param typed   what the operator types or does (scenario lines), empty for the pair's own steps
   * @param happens what happens, in words
   * @param show    the group states both units show after the step, or "" when no state changed
   */
  public record Line(int step, int seconds, List<String> typed, String happens, String show) {}

  public static final int TICK = Vocabulary.TICK_SECONDS;

  /** The story of a run; {@code w} gives the lines each environment action was written as. */
  public static List<Line> of(WitnessRun run, ScenarioWriter.Written w) {
    List<SpecView> states = run.states();
    Constants m = run.constants();
    List<Line> out = new ArrayList<>();
    int[] times = times(states);
    for (int i = 1; i < states.size(); i++) {
      SpecView before = states.get(i - 1), s = states.get(i);
      List<String> parts = new ArrayList<>();
      parts.add(happens(m, before, s));
      parts.addAll(effects(before, s));
      boolean changed = false;
      for (String u : SpecView.UNITS) for (int g : SpecView.GROUPS) changed |= !before.role(u, g).equals(s.role(u, g));
      out.add(new Line(i, times[i], w == null ? List.of() : w.typedAt(i), String.join("; ", parts),
          changed ? show(s) : ""));
    }
    return out;
  }

  /** The time in seconds of each trace state: {@link #TICK} s for each Tick up to it. */
  public static int[] times(List<SpecView> states) {
    int[] t = new int[states.size()];
    for (int i = 1; i < states.size(); i++) t[i] = t[i - 1] + (states.get(i).action().equals("Tick") ? TICK : 0);
    return t;
  }

  /** The group state as {@code show failover} names it. */
  public static String stateName(String role) {
    return switch (role) {
      case "active" -> "Active";
      case "standby" -> "Standby Ready";
      case "failed" -> "Failed";
      case "init" -> "Negotiation";
      case "off" -> "off";
      default -> role;
    };
  }

  /** "A: 1 Active, 2 Standby Ready · B: off". */
  static String show(SpecView s) {
    List<String> us = new ArrayList<>();
    for (String u : SpecView.UNITS) {
      if (!s.on(u)) {
        us.add(u + ": powered off");
        continue;
      }
      List<String> gs = new ArrayList<>();
      for (int g : SpecView.GROUPS) gs.add(g + " " + stateName(s.role(u, g)));
      us.add(u + ": " + String.join(", ", gs) + (s.foEnabled(u) ? "" : " (failover off)"));
    }
    return String.join(" · ", us);
  }

  /** The model's configuration in an operator's words, seconds for ticks. */
  public static String configuration(Constants m) {
    List<String> parts = new ArrayList<>();
    parts.add(m.primary() + " is the primary unit (`failover lan unit primary`), " + m.secondary() + " the secondary");
    for (int g : SpecView.GROUPS) {
      StringBuilder sb = new StringBuilder("group " + g + " prefers " + m.prefUnit(g));
      if (m.preemptOn().get(g)) {
        sb.append(", `preempt").append(m.preemptDelay().get(g) > 0 ? " " + TICK * m.preemptDelay().get(g) : "").append('`');
      }
      if (m.replHttp().get(g)) sb.append(", `replication http`");
      int n = m.monIf().get(g);
      if (n > 0) {
        sb.append(", ").append(n).append(" monitored interface").append(n > 1 ? "s" : "").append(" on each unit, `interface-policy ")
            .append(m.policy().get(g).asa()).append("`, interface hold time ")
            .append(TICK * m.ifHold().get(g)).append(" s");
      } else {
        sb.append(", no monitored interface");
      }
      parts.add(sb.toString());
    }
    parts.add("unit hold time " + TICK * m.unitHold() + " s");
    parts.add(m.stateful() ? "Stateful Failover on a dedicated link" : "no Stateful Failover");
    List<String> ctx = new ArrayList<>();
    for (String c : m.contexts()) ctx.add(c + " in group " + m.ctxGroup().get(c));
    ctx.sort(null);
    for (int g : SpecView.GROUPS) {
      if (!m.ctxGroup().containsValue(g)) ctx.add("ctx" + g + " in group " + g + " (added by the scenario for the group's traffic)");
    }
    parts.add("contexts: " + String.join(", ", ctx));
    return String.join("; ", parts);
  }

  // ------------------------------------------------------------------------------------------

  private static String happens(Constants m, SpecView b, SpecView s) {
    String peerOf = null;
    String u = s.params().containsKey("unit") ? s.unitParam() : null;
    if (u != null) peerOf = u.equals("A") ? "B" : "A";
    int g = s.params().containsKey("group") ? s.groupParam() : -1;
    return switch (s.action()) {
      case "PowerOn" -> {
        List<String> us = new ArrayList<>();
        for (TlaValue v : ((TlaValue.TlaSet) s.params().get("units")).elements()) us.add(TlaValue.str(v));
        us.sort(null);
        String who = us.size() == 2 ? "both units are powered on together" : us.get(0) + " is powered on";
        yield who + (us.stream().allMatch(s::foEnabled) ? " and negotiate" + (us.size() == 1 ? "s" : "") + " with the peer"
            : " (failover not in its startup configuration: a standalone unit)");
      }
      case "PowerOff" -> u + " loses power: its groups, running configuration and connections are gone";
      case "FailoverLinkDown" -> "the failover link is cut; each unit marks the failover interface failed";
      case "FailoverLinkUp" -> "the failover link is restored";
      case "StateLinkDown" -> "the Stateful Failover link is cut: connections are no longer replicated";
      case "StateLinkUp" -> "the Stateful Failover link is restored";
      case "InterfaceDown" -> "a monitored interface of group " + g + " on " + u + " loses its link (" + s.ifDown(u, g) + " of "
          + m.monIf().get(g) + " down)" + (s.ifDown(u, g) >= threshold(m, g) && b.ifDown(u, g) < threshold(m, g)
              ? ": the group's `interface-policy` is met, its interface hold time (" + TICK * m.ifHold().get(g) + " s) starts" : "");
      case "InterfaceUp" -> "the monitored interface of group " + g + " on " + u + " has its link back (" + s.ifDown(u, g) + " of "
          + m.monIf().get(g) + " down)";
      case "EnableFailover" -> "`failover` on " + u + ": it negotiates again as if booting";
      case "DisableFailover" -> "`no failover` on " + u + (!s.foEnabled(peerOf) && b.foEnabled(peerOf)
          ? ", replicated to " + peerOf + " (group 1 is active on " + u + "): both units run without failover"
          : ": " + u + " runs without failover") + "; every group keeps its state, a negotiating group becomes active";
      case "ForceActive" -> g == 0 ? "every group standby on " + u + " becomes active there, standby on " + peerOf
          : "group " + g + " becomes active on " + u + ", standby on " + peerOf;
      case "ForceStandby" -> "group " + g + " leaves " + u + " for " + peerOf;
      case "Reset" -> (g == 0 ? "the failed groups" : "group " + g) + " of " + u
          + (changedOn(b, s, peerOf) ? " and of " + peerOf : "") + " return from failed to standby";
      case "ConfigCommand" -> "a configuration command in " + scopeName(s.scopeParam()) + " on " + u;
      case "LocalCommand" -> "a command that is never replicated (`firewall`) in " + scopeName(s.scopeParam()) + " on " + u;
      case "WriteMemory" -> "`write memory" + (s.scopeParam().equals("all") ? " all" : "") + "` on " + u;
      case "EraseStartup" -> "`write erase` in " + scopeName(s.scopeParam()) + " on " + u;
      case "WriteStandby" -> "`write standby` in " + scopeName(s.scopeParam()) + " on " + u + ": " + u + " writes its "
          + (s.scopeParam().equals("system") ? "whole configuration (every context)" : "configuration of " + s.scopeParam()) + " to "
          + peerOf;
      case "Traffic" -> "a" + (TlaValue.str(s.params().get("kind")).equals("http") ? "n HTTP" : " TCP")
          + " connection opens through group " + g + " on " + u;
      case "Tick" -> timers(m, s);
      case "BootAlone" -> u + " has heard no peer for its unit hold time (" + TICK * m.unitHold() + " s): it makes both groups active";
      case "JoinActivePeer" -> u + " hears its active peer: it takes " + peerOf + "'s running configuration and holds both groups standby";
      case "SimultaneousBoot" -> "the units hear each other while both negotiate: each group becomes active on its preferred unit, "
          + "and " + m.secondary() + " takes the primary's running configuration";
      case "DetectPeerFailure" -> b.on(peerOf)
          ? u + " hears " + peerOf + " negotiating again (it rebooted and lost its groups): " + u + " makes every group active at once"
          : u + " has not heard " + peerOf + " for its unit hold time (" + TICK * m.unitHold() + " s"
              + (s.foLink().equals("down") ? ", tested over the data interfaces: the failover link is down" : "")
              + "): it makes every group active";
      case "DetectInterfaceFailure" -> "group " + g + "'s interfaces on " + u + " have been failed for the interface hold time ("
          + TICK * m.ifHold().get(g) + " s): " + (b.role(u, g).equals("standby") ? "the standby copy is marked failed, no failover"
              : "group " + g + " is marked failed on " + u + " and becomes active on " + peerOf);
      case "GroupRecover" -> "group " + g + "'s interfaces on " + u + " are back: the group returns from failed to standby";
      case "StateSync" -> "bulk replication: the standby's connection table of group " + g + " is brought up to date";
      case "Preempt" -> "group " + g + " preempts: active on its preferred unit " + m.prefUnit(g) + ", standby on "
          + (m.prefUnit(g).equals("A") ? "B" : "A");
      case "Rejoin" -> "the units hear each other again and rejoin: " + dualActive(b, m.secondary())
          + "; each configuration scope flows from the unit where its group is active";
      default -> s.actionText();
    };
  }

  /** A step in a few words, for the timeline's legend: what was typed, or what the pair did. */
  public static String shortText(Constants m, SpecView b, SpecView s, List<String> typed) {
    String u = s.params().containsKey("unit") ? s.unitParam() : null;
    int g = s.params().containsKey("group") ? s.groupParam() : -1;
    String peer = u == null ? null : u.equals("A") ? "B" : "A";
    return switch (s.action()) {
      case "BootAlone" -> u + " heard no peer: both groups active on " + u;
      case "JoinActivePeer" -> u + " joins its active peer: takes its configuration, both groups standby";
      case "SimultaneousBoot" -> "simultaneous boot: each group active on its preferred unit";
      case "DetectPeerFailure" -> u + " detects the failure of " + peer + ": every group active on " + u;
      case "DetectInterfaceFailure" -> b.role(u, g).equals("standby") ? "group " + g + " marked failed on " + u + " (standby copy)"
          : "group " + g + " marked failed on " + u + ", active on " + peer;
      case "GroupRecover" -> "group " + g + " on " + u + " recovers: failed to standby";
      case "StateSync" -> "bulk replication of group " + g + "'s connections";
      case "Preempt" -> "group " + g + " preempts to " + m.prefUnit(g);
      case "Rejoin" -> "the units rejoin";
      case "Tick" -> Story.TICK + " s pass";
      default -> typed.isEmpty() ? s.actionText() : String.join(" / ", typed.stream().map(String::trim).toList());
    };
  }

  /** At a rejoin: which groups active on both units the secondary gives up. */
  private static String dualActive(SpecView b, String secondary) {
    List<String> gs = new ArrayList<>();
    for (int g : SpecView.GROUPS) if (b.role("A", g).equals("active") && b.role("B", g).equals("active")) gs.add("group " + g);
    return gs.isEmpty() ? "no group is active on both units, none moves"
        : String.join(" and ", gs) + (gs.size() > 1 ? ", active on both units, become" : ", active on both units, becomes")
            + " standby on the secondary unit " + secondary;
  }

  private static boolean changedOn(SpecView b, SpecView s, String u) {
    for (int g : SpecView.GROUPS) if (!b.role(u, g).equals(s.role(u, g))) return true;
    return false;
  }

  /** The number of failed interfaces that meets group g's policy. */
  static int threshold(Constants m, int g) {
    int v = m.policy().get(g).val();
    if (!m.policy().get(g).percent()) return v;
    int n = m.monIf().get(g);
    return Math.max(1, (v * n + 99) / 100);
  }

  /** A Tick: the timers that run, as "5 s pass: B's unit hold time 5 of 5 s (expired)". */
  private static String timers(Constants m, SpecView s) {
    List<String> ts = new ArrayList<>();
    for (Map.Entry<String, int[]> t : runningTimers(m, s).entrySet()) {
      int v = t.getValue()[0], max = t.getValue()[1];
      ts.add(t.getKey() + " " + v + " of " + max + " s" + (v >= max ? " (expired)" : ""));
    }
    return TICK + " s pass: " + (ts.isEmpty() ? "no timer runs" : String.join(", ", ts));
  }

  /** The timers running in a state, by readable name, as {seconds run, seconds to run}. */
  public static Map<String, int[]> runningTimers(Constants m, SpecView s) {
    Map<String, int[]> out = new java.util.LinkedHashMap<>();
    for (String u : SpecView.UNITS) {
      if (s.unitTimer(u) > 0) out.put(u + "'s unit hold time", new int[] {TICK * s.unitTimer(u), TICK * m.unitHold()});
    }
    for (String u : SpecView.UNITS) {
      for (int g : SpecView.GROUPS) {
        if (s.ifTimer(u, g) > 0) {
          out.put(u + "'s interface hold time of group " + g, new int[] {TICK * s.ifTimer(u, g), TICK * m.ifHold().get(g)});
        }
      }
    }
    for (int g : SpecView.GROUPS) {
      if (s.preemptTimer(g) > 0) {
        out.put("group " + g + "'s preemption delay", new int[] {TICK * s.preemptTimer(g), TICK * m.preemptDelay().get(g)});
      }
    }
    return out;
  }

  static String scopeName(String scope) { return scope.equals("system") ? "the system space" : "context " + scope; }

  /** What else changed that an operator sees: connection tables, configuration versions, `failover` saved or not. */
  static List<String> effects(SpecView b, SpecView s) {
    List<String> out = new ArrayList<>();
    for (String u : SpecView.UNITS) {
      for (int g : SpecView.GROUPS) {
        if (!b.conns(u, g).equals(s.conns(u, g)) && !(s.action().equals("PowerOff") && !s.on(u))) {
          out.add(u + "'s connection table of group " + g + ": " + conns(s.conns(u, g)));
        }
      }
    }
    for (String u : SpecView.UNITS) {
      if (!s.on(u)) continue;
      for (String scope : s.scopes()) {
        if (b.running(u, scope) != s.running(u, scope)) {
          out.add(u + "'s running configuration of " + scopeName(scope).replace("the ", "") + ": " + version(s.running(u, scope)));
        }
        if (b.startup(u, scope) != s.startup(u, scope)) {
          out.add(u + "'s startup configuration of " + scopeName(scope).replace("the ", "") + ": " + version(s.startup(u, scope)));
        }
      }
    }
    return out;
  }

  static String conns(List<String> kinds) {
    if (kinds.isEmpty()) return "empty";
    List<String> k = new ArrayList<>();
    for (String x : kinds) k.add(x.equals("http") ? "HTTP" : "TCP");
    return String.join(", ", k);
  }

  /** Configuration version n as the catalogue names it: "v1" (0: "as loaded at boot", -1: erased). */
  public static String version(int v) { return v == 0 ? "v0 (the set-up's)" : v < 0 ? "erased" : "v" + v; }
}
