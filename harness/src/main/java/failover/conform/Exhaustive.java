package failover.conform;

import failover.spec.Constants;
import failover.adapter.SpecDriver;
import failover.spec.Vocabulary;
import failover.tlc.StateGraph;
import failover.tlc.TlaValue;
import failover.tlc.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exhaustive conformance over a model's whole state graph ({@link StateGraph}), both ways:
 * <ul>
 *   <li>every edge of the spec is produced by the engine: from the engine in the edge's source
 *       state, one instance of the edge's action (its parameters are not in the dump: each
 *       instance of the action in the model is tried, {@link Actions#instances}) makes the engine
 *       reach the edge's target state (the spec's variables but the history variable; the
 *       parameters come from the instance that matches, and an edge two instances match is
 *       counted as ambiguous; TLC dumps such an edge once per instance, and the k-th copy is
 *       credited to the k-th matching instance in the coverage);</li>
 *   <li>the engine enables no own step the spec does not: in each state, every own step the
 *       engine has enabled ({@link SpecDriver#enabledSteps}) is an edge of the spec from that
 *       state, with the same parameters; and every own step the spec takes from there is in that
 *       list (the engine makes it when fired, but a harness that picks from the list must see it).</li>
 * </ul>
 * The engine reaches each state along the edge that discovered it (breadth first); an engine per
 * state is kept only until that state's edges are done. For a divergence the harness keeps, per
 * state, its canonical text and the state it was discovered from, to write the path as a trace.
 */
public final class Exhaustive implements StateGraph.Listener {
  /** One divergence: the path to the state where it happens, and what happened there. */
  public record Finding(String kind, List<Map<String, TlaValue>> path, TlaValue act, List<Values.Difference> differences,
                        String detail) {
    public List<String> lines() {
      List<String> out = new ArrayList<>();
      out.add(kind + ": " + Actions.show(act) + " after " + (path.size() - 1) + " steps" + (detail == null ? "" : ": " + detail));
      for (Values.Difference d : differences) out.add("  " + d.describe("spec", "engine"));
      return out;
    }
  }

  private final Constants model;
  private final String bug;
  /** The model's constants as the spec has them (no placeholder contexts): the domains of the actions' parameters. */
  private final Constants constants;
  private final Coverage coverage;
  private final int maxFindings;
  /** The search was bounded in depth: the own steps of the deepest states lead out of the graph. */
  private boolean depthBounded;
  private final Map<Long, Integer> depth = new HashMap<>();
  private int maxDepth;
  private final List<Object[]> ownFindings = new ArrayList<>();

  /** Each state's canonical text without the history variable ({@link Canon#without}), and that of its act. */
  private final Map<Long, String> stateView = new HashMap<>();
  private final Map<Long, String> stateAct = new HashMap<>();
  private final Map<Long, Long> parent = new HashMap<>();
  private final Map<Long, SpecDriver> engines = new HashMap<>();
  private final Map<String, List<Instance>> instances = new HashMap<>();
  private long pendingFrom, pendingTo;
  private String pendingAction;
  private boolean pending;
  private long source;
  private boolean hasSource;
  /** The own steps the spec takes from the current source state (canonical text to the instance). */
  private final Map<String, TlaValue.Rec> ownMatched = new HashMap<>();
  /** How often the current source state's edges so far went to each target by each action. */
  private final Map<EdgeKey, Integer> edgeCopies = new HashMap<>();

  private record EdgeKey(long to, String action) {}
  private final List<Finding> findings = new ArrayList<>();
  private long divergences, edges, ambiguous, states, expanded;

  public Exhaustive(Constants model, String bug, TlaValue.Rec constants, Coverage coverage, int maxFindings) {
    this.model = model;
    this.bug = bug;
    this.constants = SpecModel.constants(constants);
    this.coverage = coverage;
    this.maxFindings = maxFindings;
  }

  /** Says that TLC's search was bounded in depth (the deepest states' own steps are not checked). */
  public Exhaustive depthBounded() {
    depthBounded = true;
    return this;
  }

  public List<Finding> findings() { return findings; }
  public long divergences() { return divergences; }
  public long edges() { return edges; }
  public long ambiguous() { return ambiguous; }
  public long states() { return states; }

  /**
   * The divergences found so far that the rest of the graph cannot take back: {@link #divergences()}
   * and, in a depth-bounded search, the engine's own steps the spec lacks in states shallower than
   * the deepest state read so far (those {@link #finish()} counts). For a reader that stops once
   * the engine has diverged.
   */
  public long divergencesSoFar() {
    long n = divergences;
    for (Object[] f : ownFindings) if (depth.getOrDefault((Long) f[0], 0) < maxDepth) n++;
    return n;
  }

  @Override
  public void node(long id, Map<String, TlaValue> state) {
    states++;
    stateView.put(id, Canon.without(state, "act"));
    TlaValue act = state.get("act");
    if (act != null) stateAct.put(id, Canon.of(act));
    if (pending && pendingTo == id) {
      pending = false;
      process(pendingFrom, pendingTo, pendingAction);
    } else if (states == 1) { // the initial state
      SpecDriver d = new SpecDriver(model, bug);
      List<Values.Difference> diffs = Replay.compare(state, d.state(), true);
      depth.put(id, 1);
      maxDepth = 1;
      if (diffs.isEmpty()) engines.put(id, d);
      else finding("initial state differs", id, state.get("act"), diffs, null);
    } else {
      flush();
    }
  }

  @Override
  public void edge(long from, long to, String action) {
    flush();
    if (!hasSource || from != source) finishSource(from);
    if (action == null) return;
    pending = true;
    pendingFrom = from;
    pendingTo = to;
    pendingAction = action;
  }

  /** Call after the last line. */
  public void finish() {
    flush();
    if (hasSource) finishSource(Long.MIN_VALUE);
    for (Object[] f : ownFindings) {
      long at = (Long) f[0];
      if (depth.getOrDefault(at, 0) < maxDepth) {
        finding("engine step the spec does not allow", at, (TlaValue) f[1], List.of(), "enabled in the engine, no such step of the spec");
      }
    }
    ownFindings.clear();
  }

  private void flush() {
    if (!pending) return;
    pending = false;
    process(pendingFrom, pendingTo, pendingAction);
  }

  private void process(long from, long to, String action) {
    edges++;
    SpecDriver here = engines.get(from);
    if (here == null) return; // the engine never reached this state (a divergence on the way)
    String targetView = stateView.get(to);
    if (targetView == null) {
      finding("spec step to an unknown state", from, new TlaValue.Str(action), List.of(), "state " + to + " not in the dump");
      return;
    }
    List<Applied> applied = appliedFrom(from, here, action);
    SpecDriver matched = null;
    List<Instance> matchedActs = new ArrayList<>();
    int matches = 0;
    for (Applied x : applied) {
      // the state matches, and the engine recorded the step under the spec's name and parameters
      // (the history variable: TLC's dump shows the act of a state's first visit only, so the
      // engine's act is compared with the instance applied)
      if (x.engine() != null && x.actMatches() && x.view().equals(targetView)) {
        matches++;
        matchedActs.add(x.instance());
        if (matched == null) matched = x.engine();
      }
    }
    if (matched == null) {
      TlaValue.Rec closestAct = null;
      List<Values.Difference> closest = null;
      for (Applied x : applied) {
        if (x.engine() == null) continue;
        List<Values.Difference> diffs = new ArrayList<>(Replay.compare(parse(targetView, null), x.after(), false));
        if (!x.actMatches()) diffs.add(new Values.Difference("act", x.act(), x.after().get("act")));
        if (closest == null || diffs.size() < closest.size()) {
          closest = diffs;
          closestAct = x.act();
        }
      }
      List<Instance> cands = instances(action);
      finding("spec step the engine does not make", from, closestAct == null ? cands.isEmpty() ? new TlaValue.Str(action) : cands.get(0).act() : closestAct,
          closest == null ? List.of() : closest, closestAct == null ? "the engine refused every instance of " + action : null);
      return;
    }
    if (matches > 1) ambiguous++;
    // TLC dumps an edge once for every instance of the action that leads there (ForceActive(A, 0)
    // and ForceActive(A, 1) reaching the same state are two edges): the k-th copy of an edge is
    // taken as the k-th instance the engine matches, so each instance that both take is counted.
    int copy = edgeCopies.merge(new EdgeKey(to, action), 1, Integer::sum);
    Instance matchedAct = matchedActs.get(Math.min(copy, matchedActs.size()) - 1);
    if (coverage != null) coverage.count(matchedAct.act());
    if (Actions.OWN_STEPS.contains(action)) ownMatched.put(matchedAct.canon(), matchedAct.act());
    if (!engines.containsKey(to) && !parent.containsKey(to) && to != from) {
      engines.put(to, matched);
      parent.put(to, from);
      int dt = depth.getOrDefault(from, 1) + 1;
      depth.put(to, dt);
      maxDepth = Math.max(maxDepth, dt);
    }
  }

  /** An instance of an action: its act record, that record's canonical text, and the record as the driver takes it. */
  private record Instance(TlaValue.Rec act, String canon, Map<String, Object> java) {}

  /**
   * Every instance of the action applied to the engine in one state: the engine after it (null when
   * refused), the state's canonical text without the history variable, and whether the engine
   * recorded the instance applied.
   */
  private record Applied(Instance instance, SpecDriver engine, String view, boolean actMatches) {
    TlaValue.Rec act() { return instance.act(); }

    /** The engine's state after the step (for a divergence's differences only). */
    TlaValue.Rec after() { return engine.state(); }
  }

  /** The instances of each action applied in the current source state (a state has several edges of one action: each is checked against the same applications). */
  private final Map<String, List<Applied>> appliedHere = new HashMap<>();
  private long appliedFrom = Long.MIN_VALUE;

  @SuppressWarnings("unchecked")
  private List<Instance> instances(String action) {
    return instances.computeIfAbsent(action, a -> {
      List<Instance> out = new ArrayList<>();
      for (TlaValue.Rec act : Actions.instances(a, constants)) {
        out.add(new Instance(act, Canon.of(act), java.util.Collections.unmodifiableMap((Map<String, Object>) Values.toJava(act))));
      }
      return out;
    });
  }

  private List<Applied> appliedFrom(long from, SpecDriver here, String action) {
    if (from != appliedFrom) {
      appliedHere.clear();
      appliedFrom = from;
    }
    return appliedHere.computeIfAbsent(action, a -> {
      List<Applied> out = new ArrayList<>();
      for (Instance act : instances(a)) {
        SpecDriver d = here.applied(act.java());
        if (d == null) {
          out.add(new Applied(act, null, null, false));
          continue;
        }
        Map<String, Object> after = d.vars();
        out.add(new Applied(act, d, Canon.without(after, "act"), Canon.of(after.get("act")).equals(act.canon())));
      }
      return out;
    });
  }

  /** The state {@code from}'s edges are all read: check the engine's own steps there, then forget its engine. */
  private void finishSource(long next) {
    if (hasSource) {
      expanded++;
      SpecDriver d = engines.remove(source);
      if (d != null) {
        Set<String> listed = new HashSet<>();
        for (Map<String, Object> step : d.enabledSteps()) {
          TlaValue act = Values.of(step);
          String key = Values.canon(act);
          listed.add(key);
          if (!ownMatched.containsKey(key)) {
            if (depthBounded) ownFindings.add(new Object[] {source, act});
            else finding("engine step the spec does not allow", source, act, List.of(), "enabled in the engine, no such step of the spec");
          }
        }
        // and the other way: every own step the spec takes from here, which the engine made when it
        // was fired, is one the engine lists as enabled (a harness chooses the interleaving from that list)
        for (Map.Entry<String, TlaValue.Rec> own : ownMatched.entrySet()) {
          if (!listed.contains(own.getKey())) {
            finding("spec step the engine does not list as enabled", source, own.getValue(), List.of(),
                "the engine makes it when fired, but SpecDriver.enabledSteps leaves it out");
          }
        }
      }
    }
    ownMatched.clear();
    edgeCopies.clear();
    appliedHere.clear();
    appliedFrom = Long.MIN_VALUE;
    source = next;
    hasSource = true;
  }

  private void finding(String kind, long at, TlaValue act, List<Values.Difference> diffs, String detail) {
    divergences++;
    if (findings.size() >= maxFindings) return;
    findings.add(new Finding(kind, path(at), act, diffs, detail));
  }

  /** The states from the initial one to {@code id}, along the edges that discovered them. */
  private List<Map<String, TlaValue>> path(long id) {
    List<Map<String, TlaValue>> out = new ArrayList<>();
    Long x = id;
    Set<Long> seen = new HashSet<>();
    while (x != null && seen.add(x)) {
      String t = stateView.get(x);
      if (t != null) out.add(0, parse(t, stateAct.get(x)));
      x = parent.get(x);
    }
    return out;
  }

  /** A state's canonical text (without the history variable) and its act's back as a map of variables (act null: without it). */
  private static Map<String, TlaValue> parse(String view, String act) {
    Map<String, TlaValue> out = new LinkedHashMap<>();
    TlaValue all = TlaValue.parse(view);
    Map<String, TlaValue> f = Values.isFunction(all) ? Values.asFunction(all) : Map.of();
    for (String v : Vocabulary.VARIABLES) {
      TlaValue x = v.equals("act") ? act == null ? null : TlaValue.parse(act) : f.get(new TlaValue.Str(v).toString());
      if (x != null) out.put(v, x);
    }
    return out;
  }
}
