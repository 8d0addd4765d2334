package failover.corners;

import failover.adapter.ConfigWriter;
import failover.spec.Constants;
import failover.engine.Box;
import failover.engine.Pair;
import failover.adapter.SpecDriver;
import failover.spec.Action;
import failover.spec.Vocabulary;
import failover.tlc.TlaValue;
import failover.scenario.ScenarioException;
import failover.scenario.ScenarioParser;
import failover.scenario.Session;
import failover.scenario.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the scenario that replays a counterexample on the engine (SCENARIOS.md), with the engine
 * in the loop: every line written is also run on a pair, so that the waits are chosen by what the
 * engine does and every {@code expect} line is one the engine meets.
 *
 * <p>The mapping. The spec's Init (both boxes off, failover configured) is a set-up: box A is
 * configured from the model's constants, box B bootstrapped and joined, the configuration saved with
 * {@code write memory all}, both boxes powered off. Then each environment action of the trace is
 * one line (docs/design.md: PowerOn {@code boot}, PowerOff {@code power-off}, the cables {@code link},
 * {@code interface}, commands, {@code traffic}). The pair's own steps (BootAlone, JoinActivePeer,
 * ..., Preempt) happen only inside {@code wait}; a run of Ticks and own steps between two
 * environment actions becomes one {@code wait}: {@value failover.spec.Vocabulary#TICK_SECONDS} s a Tick (every hold and
 * delay of the model is configured as {@value failover.spec.Vocabulary#TICK_SECONDS} s a tick, as in
 * {@link failover.adapter.SpecDriver}), at least 1 s when only own steps happen. When the engine,
 * which takes its own steps as soon as they are enabled, does not reach the spec's state after that
 * wait, a shorter or longer one is tried (the spec may take an own step later than the engine). Then
 * {@code expect} lines check every group state, configuration version and connection table that
 * changed. Where no wait makes the engine agree, the scenario says so in a comment, expects only
 * what agrees, and the difference is reported.
 *
 * <p>Configuration versions: the k-th configuration command of the trace types
 * {@code banner motd corner-k} (a single-valued line: a newer banner replaces an older one), so the
 * spec's {@code running[u][s] = k} is "has banner motd corner-k", and version 0 is "lacks" each of them.
 */
public final class ScenarioWriter {

  /**
   * The scenario text, the places where the engine did not reach the spec's state, and the own
   * steps the engine takes at once after the trace's last state (the trace stops before them).
   */
  public record Written(List<String> lines, List<String> divergences, List<String> continuation,
                        Map<Integer, List<String>> typed) {
    public Written {
      lines = List.copyOf(lines);
      divergences = List.copyOf(divergences);
      continuation = List.copyOf(continuation);
      typed = Map.copyOf(typed);
    }

    /** The scenario lines of trace state {@code index}'s environment action (a command, {@code boot}, {@code link} ...), or none. */
    public List<String> typedAt(int index) { return typed.getOrDefault(index, List.of()); }
  }


  private static final java.util.Set<String> OWN_STEPS = java.util.Set.copyOf(Action.PAIR_STEP_NAMES);

  private final List<SpecView> states;
  private final Constants m;
  /**
   * Spec mode (a divergence's scenario): every {@code expect} line says what the SPEC shows, also
   * where the engine disagrees, and the trace's last state is expected whole (group states,
   * failover in the running and startup configurations, configuration versions, connection tables),
   * so that playing the scenario fails on the engine at the divergence.
   */
  private final boolean specMode;
  private final List<String> lines = new ArrayList<>();
  private final List<String> divergences = new ArrayList<>();
  private final List<String> continuation = new ArrayList<>();
  /** By trace state: the lines its environment action was written as (no expectations, no comments). */
  private final Map<Integer, List<String>> typed = new LinkedHashMap<>();
  /** The trace has ended and the engine went on: expectations that no longer hold are notes, not differences. */
  private boolean continuing;
  /** The trace's own steps since the last environment action, as {@link #stepKey} gives them. */
  private final List<String> pendingOwn = new ArrayList<>();
  private final ScenarioParser parser = new ScenarioParser();
  private Session session;
  /** The context that carries group g's traffic and monitored ports. */
  private final Map<Integer, String> groupContext = new LinkedHashMap<>();
  private final Map<Integer, List<String>> ports = new LinkedHashMap<>();
  /** The banner number that stands for each configuration version (the version itself). */
  private int versions;
  /** The largest flash version of the trace so far: the k-th file command makes directory corner-k. */
  private int flashVersions;
  /** What the last expectations said (or the set-up left): unit/group roles, versions, sessions. */
  private final Map<String, String> expected = new LinkedHashMap<>();

  private ScenarioWriter(Constants m, List<SpecView> states, Pair engine, boolean specMode) {
    this.states = List.copyOf(states);
    this.m = m;
    this.session = new Session(engine);
    this.specMode = specMode;
  }

  /** The scenario for a witness run. */
  public static Written write(WitnessRun run) {
    return write(new ScenarioWriter(run.constants(), run.states(), new Pair(), false));
  }

  /**
   * The scenario of a spec trace that an engine diverges from, in spec mode: its expectations are
   * the spec's, so that {@code play} of it fails at the divergence on an engine that differs there.
   * The waits are chosen, as for the catalogue, on the engine as built (no deliberate mistake), so
   * that where it agrees with the spec the scenario passes on it. {@code states}: the trace, first
   * the spec's Init.
   */
  public static Written writeSpec(Constants m, List<SpecView> states) {
    return write(new ScenarioWriter(m, states, new Pair(), true));
  }

  /**
   * The scenario of a spec trace under the trace's readings ({@code m.readings()}): as for the
   * catalogue, with the engine built under the same readings in the loop (ReadingsReport: the
   * behaviour where two readings part, written from the chosen reading's trace).
   */
  public static Written write(Constants m, List<SpecView> states) {
    return write(new ScenarioWriter(m, states, new Pair("none", m.readings()), false));
  }

  private static Written write(ScenarioWriter w) {
    w.setUp();
    w.replay();
    return new Written(w.lines, w.divergences, w.continuation, w.typed);
  }

  // ------------------------------------------------------------------------------------------
  // The set-up: the spec's Init

  private void setUp() {
    for (int g = 1; g <= 2; g++) {
      final int gg = g;
      String ctx = m.contexts().stream().filter(c -> m.ctxGroup().get(c) == gg).sorted(
          (a, b) -> a.equals(m.admin()) ? -1 : b.equals(m.admin()) ? 1 : a.compareTo(b)).findFirst()
          .orElse(g == 1 ? m.admin() : "ctx" + g);
      groupContext.put(g, ctx);
    }
    ports.putAll(ConfigWriter.monitoredPorts(m));
    String a = m.primary();
    String b = m.secondary();
    comment("Set-up (the spec's Init): both boxes configured like the model, saved, and powered off.");
    comment("Model: " + describeModel());
    comment("A spec tick is " + Vocabulary.TICK_SECONDS + " s: unit hold " + Vocabulary.TICK_SECONDS * m.unitHold()
        + " s, interface hold " + Vocabulary.TICK_SECONDS * m.ifHold().get(1) + "/" + Vocabulary.TICK_SECONDS * m.ifHold().get(2)
        + " s, preemption delay " + Vocabulary.TICK_SECONDS * m.preemptDelay().get(1) + "/" + Vocabulary.TICK_SECONDS * m.preemptDelay().get(2) + " s.");
    run("boot " + a);
    run("wait 60");
    List<String> contexts = new ArrayList<>();
    contexts.add(m.admin());
    for (String c : m.contexts()) if (!contexts.contains(c)) contexts.add(c);
    for (int g = 1; g <= 2; g++) if (!contexts.contains(groupContext.get(g))) contexts.add(groupContext.get(g));
    for (String line : ConfigWriter.typedPrimary(m, contexts, this::groupOf, groupContext)) run(line);
    run("wait 60");
    run("expect " + a + " group 1 active");
    run("expect " + a + " group 2 active");
    run("boot " + b);
    run("wait 60");
    for (String line : ConfigWriter.typedSecondary(m)) run(line);
    run("wait 60");
    // the joining unit takes every group standby; a group with preemption then moves to its preferred unit
    for (int g = 1; g <= 2; g++) {
      boolean moves = m.preemptOn().get(g) && m.prefUnit(g).equals(b);
      run("expect " + b + " group " + g + " " + (moves ? "active" : "standby"));
    }
    run(a + "# write memory all");
    run("expect ok");
    run("expect " + b + " startup-config has \"failover\"");
    run("power-off " + a);
    run("power-off " + b);
    for (String u : SpecView.UNITS) for (int g = 1; g <= 2; g++) expected.put(u + " group " + g, "off");
  }

  private int groupOf(String ctx) {
    if (m.ctxGroup().containsKey(ctx)) return m.ctxGroup().get(ctx);
    for (int g = 1; g <= 2; g++) if (groupContext.get(g).equals(ctx)) return g;
    return 1;
  }

  private String describeModel() {
    List<String> parts = new ArrayList<>();
    parts.add("primary unit " + m.primary());
    for (int g = 1; g <= 2; g++) {
      String s = "group " + g + " prefers " + m.pref().get(g)
          + (m.preemptOn().get(g) ? ", preempt" + (m.preemptDelay().get(g) > 0 ? " " + m.preemptDelay().get(g) + " tick(s)" : "") : "")
          + (m.replHttp().get(g) ? ", replication http" : "")
          + ", " + m.monIf().get(g) + " monitored interface(s), interface-policy " + m.policy().get(g).asa();
      parts.add(s);
    }
    parts.add(m.stateful() ? "Stateful Failover on a dedicated link" : "no Stateful Failover");
    return String.join("; ", parts);
  }

  // ------------------------------------------------------------------------------------------
  // The trace

  private void replay() {
    int ticks = 0;
    boolean own = false;
    List<String> pendingNames = new ArrayList<>();
    for (int i = 1; i < states.size(); i++) {
      SpecView s = states.get(i);
      String name = s.action();
      if (name.equals("Tick")) {
        ticks++;
        pendingNames.add("Tick");
        continue;
      }
      if (OWN_STEPS.contains(name)) {
        own = true;
        pendingNames.add(s.actionText());
        pendingOwn.add(stepKey(s));
        continue;
      }
      if (ticks > 0 || own) flush(i - 1, ticks, pendingNames);
      ticks = 0;
      own = false;
      pendingNames.clear();
      pendingOwn.clear();
      lines.add("");
      comment("step " + (i + 1) + ": " + s.actionText());
      int from = lines.size();
      environment(states.get(i - 1), s);
      typed.put(i, lines.subList(from, lines.size()).stream()
          .filter(l -> !l.startsWith("expect ") && !l.startsWith("#") && !l.isBlank()).toList());
      expectChanges(i, s);
    }
    if (ticks > 0 || own) flush(states.size() - 1, ticks, pendingNames);
  }

  /** One wait for a run of Ticks and own steps that ends in trace state {@code index}. */
  private void flush(int index, int ticks, List<String> names) {
    SpecView target = states.get(index);
    int base = ticks == 0 ? 1 : ticks * Vocabulary.TICK_SECONDS;
    List<Integer> tries = new ArrayList<>();
    for (int w = base; w >= 1; w--) tries.add(w);
    for (int w = base + 1; w <= base + Vocabulary.TICK_SECONDS; w++) tries.add(w);
    Integer chosen = null;
    for (int w : tries) {
      Pair copy = session.pair().copy();
      new Session(copy).execute(parse("wait " + w));
      if (Observations.mismatches(copy, target, groupContext).isEmpty()) {
        chosen = w;
        break;
      }
    }
    lines.add("");
    comment("step" + (names.size() > 1 ? "s " : " ") + stepRange(index - names.size() + 2, index + 1) + ": "
        + compress(names));
    if (chosen == null && index == states.size() - 1) {
      // the trace stops here; the engine may take further own steps at the same instant
      for (int w : tries) {
        Pair copy = session.pair().copy();
        List<String> fired = ownStepsDuring(copy, w);
        if (fired.size() > pendingOwn.size()
            && new java.util.TreeSet<>(fired.subList(0, pendingOwn.size())).equals(new java.util.TreeSet<>(pendingOwn))
            && sortedEquals(fired.subList(0, pendingOwn.size()), pendingOwn)) {
          run("wait " + w);
          List<String> more = fired.subList(pendingOwn.size(), fired.size());
          continuation.addAll(more);
          comment("The trace stops here; the engine goes on at once with " + String.join(", ", more)
              + ": only what that leaves as the trace has it is expected.");
          continuing = true;
          expectChanges(index, target);
          return;
        }
      }
    }
    if (chosen == null) {
      run("wait " + base);
      List<String> diff = Observations.mismatches(session.pair(), target, groupContext);
      String d = "after step " + (index + 1) + " the engine shows " + String.join(", ", diff);
      divergences.add(d);
      comment("The engine differs from the spec here: " + String.join(", ", diff) + ".");
    } else {
      run("wait " + chosen);
    }
    expectChanges(index, target);
  }

  /** An own step as "Name(k=v, ...)", parameters sorted, units bare: the same for a trace state and the engine's history. */
  static String stepKey(SpecView s) {
    List<String> ps = new ArrayList<>();
    s.params().forEach((k, v) -> ps.add(k + "=" + v.toString().replace("\"", "")));
    ps.sort(null);
    return s.action() + (ps.isEmpty() ? "" : "(" + String.join(", ", ps) + ")");
  }

  static String engineKey(String fired) {
    int open = fired.indexOf('(');
    if (open < 0) return fired;
    List<String> ps = new ArrayList<>(List.of(fired.substring(open + 1, fired.length() - 1).split(", ")));
    ps.sort(null);
    return fired.substring(0, open) + "(" + String.join(", ", ps) + ")";
  }

  private static boolean sortedEquals(List<String> a, List<String> b) {
    List<String> x = new ArrayList<>(a), y = new ArrayList<>(b);
    x.sort(null);
    y.sort(null);
    return x.equals(y);
  }

  /** The own steps the engine takes during {@code wait w} on this copy, as {@link #engineKey} gives them. */
  private List<String> ownStepsDuring(Pair copy, int w) {
    List<Pair.Fired> before = copy.history();
    Pair.Fired last = before.isEmpty() ? null : before.get(before.size() - 1);
    new Session(copy).execute(parse("wait " + w));
    List<Pair.Fired> after = copy.history();
    int from = 0;
    if (last != null) {
      for (int i = after.size() - 1; i >= 0; i--) {
        if (after.get(i).equals(last)) {
          from = i + 1;
          break;
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (Pair.Fired f : after.subList(from, after.size())) {
      String name = f.action().contains("(") ? f.action().substring(0, f.action().indexOf('(')) : f.action();
      if (OWN_STEPS.contains(name)) out.add(engineKey(f.action()));
    }
    return out;
  }

  private static String stepRange(int from, int to) { return from == to ? Integer.toString(from) : from + "-" + to; }

  /** "Tick, Tick, BootAlone(unit: "A")" as "2 x Tick, BootAlone(unit: "A")". */
  private static String compress(List<String> names) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); ) {
      int j = i;
      while (j < names.size() && names.get(j).equals(names.get(i))) j++;
      out.add((j - i > 1 ? (j - i) + " x " : "") + names.get(i));
      i = j;
    }
    return String.join(", ", out);
  }

  /** The scenario line(s) of one environment action. */
  private void environment(SpecView before, SpecView s) {
    String name = s.action();
    switch (name) {
      case "PowerOn" -> {
        List<String> us = new ArrayList<>();
        for (var v : ((TlaValue.TlaSet) s.params().get("units")).elements()) us.add(TlaValue.str(v));
        us.sort(null);
        run("boot " + String.join(" ", us));
      }
      case "PowerOff" -> run("power-off " + s.unitParam());
      case "FailoverLinkDown" -> run("link failover down");
      case "FailoverLinkUp" -> run("link failover up");
      case "StateLinkDown" -> run("link state down");
      case "StateLinkUp" -> run("link state up");
      case "InterfaceDown" -> {
        String u = s.unitParam();
        int g = s.groupParam();
        String port = ports.get(g).stream().filter(p -> session.pair().portUp(Box.valueOf(u), p)).findFirst()
            .orElseThrow(() -> new IllegalStateException("InterfaceDown: every port of group " + g + " is down"));
        run("interface " + u + " " + port + " down");
      }
      case "InterfaceUp" -> {
        String u = s.unitParam();
        int g = s.groupParam();
        // the spec's iface-th interface without link, longest without link first
        String port = session.pair().downPortAt(Box.valueOf(u), g, TlaValue.num(s.params().get("iface")));
        if (port == null) throw new IllegalStateException("InterfaceUp: no such interface without link");
        run("interface " + u + " " + port + " up");
      }
      case "EnableFailover" -> command(s.unitParam(), null, "failover");
      case "DisableFailover" -> command(s.unitParam(), null, "no failover");
      case "ForceActive" -> command(s.unitParam(), null, s.groupParam() == 0 ? "failover active" : "failover active group " + s.groupParam());
      case "ForceStandby" -> command(s.unitParam(), null, "no failover active group " + s.groupParam());
      case "Reset" -> command(s.unitParam(), null, s.groupParam() == 0 ? "failover reset" : "failover reset group " + s.groupParam());
      case "ConfigCommand" -> {
        String u = s.unitParam();
        String scope = s.scopeParam();
        int v = s.running(u, scope);
        versions = Math.max(versions, v);
        command(u, scope.equals("system") ? null : scope, "banner motd corner-" + v);
      }
      case "LocalCommand" -> command(s.unitParam(), s.scopeParam(),
          SpecDriver.localCommand(session.pair(), Box.valueOf(s.unitParam()), s.scopeParam()));
      case "EraseStartup" -> {
        String scope = s.scopeParam();
        command(s.unitParam(), scope.equals("system") ? null : scope, "write erase");
      }
      case "WriteMemory" -> {
        String scope = s.scopeParam();
        if (scope.equals("all")) command(s.unitParam(), null, "write memory all");
        else command(s.unitParam(), scope.equals("system") ? null : scope, "write memory");
      }
      case "FileCommand" -> {
        String u = s.unitParam();
        int v = TlaValue.num(s.var("flash").apply(u));
        flashVersions = Math.max(flashVersions, v);
        command(u, null, "mkdir flash:/corner-" + v);
      }
      case "WriteStandby" -> {
        String scope = s.scopeParam();
        command(s.unitParam(), scope.equals("system") ? null : scope, "write standby");
      }
      case "Traffic" -> run("traffic " + groupContext.get(s.groupParam()) + " " + TlaValue.str(s.params().get("kind")) + " 1");
      default -> throw new IllegalStateException("no scenario line for spec action " + name);
    }
  }

  private void command(String unit, String context, String text) {
    run(unit + (context == null ? "" : "/" + context) + "# " + text);
    Session.Done last = lastDone;
    run(last != null && last.ok() ? "expect ok" : "expect error");
  }

  // ------------------------------------------------------------------------------------------
  // Expectations

  private void expectChanges(int index, SpecView s) {
    boolean last = index == states.size() - 1;
    for (Map.Entry<String, String> e : Observations.of(s, specMode).entrySet()) {
      String before = expected.get(e.getKey());
      boolean changed = !Objects.equals(before, e.getValue());
      boolean always = last && (specMode || e.getKey().contains(" group "));
      if (!changed && !always) continue;
      if (e.getKey().contains(" running ") && before == null && e.getValue().equals("0") && versions == 0) {
        expected.put(e.getKey(), e.getValue());
        continue;
      }
      if (e.getKey().contains(" sessions ") && before == null && e.getValue().equals("0")) {
        expected.put(e.getKey(), e.getValue());
        continue;
      }
      for (String line : Observations.expectLines(e.getKey(), e.getValue(), versions, flashVersions, groupContext)) {
        Session.Done d = session.execute(parse(line));
        if (d.ok()) {
          lines.add(line);
        } else if (continuing) {
          comment("(the trace ends with: " + line.substring("expect ".length()) + "; the engine has moved on)");
        } else {
          String why = d.failure().orElse("?");
          divergences.add("after step " + (index + 1) + ": " + line + ": " + why);
          comment("The engine differs from the spec here: " + why);
          if (specMode) lines.add(line); // the spec's word: play fails here on this engine
        }
      }
      expected.put(e.getKey(), e.getValue());
    }
  }

  // ------------------------------------------------------------------------------------------

  private Session.Done lastDone;

  /** Writes a scenario line and runs it on the engine (comments and blank lines are only written). */
  private void run(String line) {
    lines.add(line);
    Step step = parse(line);
    if (step == null) return;
    lastDone = session.execute(step);
    if (lastDone.failure().isPresent() || (step instanceof Step.EventStep && !lastDone.ok())) {
      divergences.add("line '" + line + "': " + lastDone.failure().orElse("rejected"));
    }
  }

  private Step parse(String line) {
    try {
      return parser.parseLine(lines.size(), line);
    } catch (ScenarioException e) {
      throw new IllegalStateException("the catalogue wrote a line the scenario parser refuses: '" + line + "': " + e.getMessage());
    }
  }

  private void comment(String text) { lines.add("# " + text); }
}
