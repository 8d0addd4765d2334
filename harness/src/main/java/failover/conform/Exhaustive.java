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
  private final Map<String, List<Instance>> instances = new java.util.concurrent.ConcurrentHashMap<>();
  private long pendingFrom, pendingTo;
  private String pendingAction;
  private boolean pending;
  private boolean hasSource;
  /** The current source state's edges (read by {@link #node} and {@link #edge}). */
  private Block block;

  private record EdgeKey(long to, String action) {}

  /**
   * One source state's edges being checked: its engine (null: the engine never reached it), the
   * instances of each action applied there (a state has several edges of one action: each is
   * checked against the same applications), how often its edges so far went to each target by
   * each action, and the own steps the spec takes from it (canonical text to the instance).
   */
  private static final class Block {
    final long source;
    final SpecDriver here;
    final Map<String, List<Applied>> applied = new HashMap<>();
    final Map<EdgeKey, Integer> edgeCopies = new HashMap<>();
    final Map<String, TlaValue.Rec> ownMatched = new HashMap<>();

    Block(long source, SpecDriver here) {
      this.source = source;
      this.here = here;
    }
  }

  /**
   * What checking one edge found: the spec's target state is unknown, no instance of the action
   * takes the engine there (the closest instance, its differences, or why none), or a match (the
   * instance credited, the engine after it, and whether several instances matched).
   */
  private record Outcome(long to, String action, int kind, Instance credited, SpecDriver matched, boolean ambiguous,
                         TlaValue act, List<Values.Difference> differences, String detail) {
    static final int UNKNOWN = 0, NO_MATCH = 1, MATCH = 2;
  }

  /** What the own-step check of a source state found: an engine step the spec lacks ({@code notAllowed}), or a spec step the engine does not list. */
  private record Own(boolean notAllowed, TlaValue act) {}
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

  /** Keeps a state's canonical text without {@code act}, and its {@code act}'s, by its id in the graph. */
  private void remember(long id, Map<String, TlaValue> state) {
    stateView.put(id, Canon.without(state, "act"));
    TlaValue act = state.get("act");
    if (act != null) stateAct.put(id, Canon.of(act));
  }

  @Override
  public void node(long id, Map<String, TlaValue> state) {
    states++;
    remember(id, state);
    if (pending && pendingTo == id) {
      pending = false;
      process(pendingFrom, pendingTo, pendingAction);
    } else if (states == 1) { // the initial state
      initial(id, state);
    } else {
      flush();
    }
  }

  @Override
  public void edge(long from, long to, String action) {
    flush();
    if (!hasSource || from != block.source) finishSource(from);
    if (action == null) return;
    pending = true;
    pendingFrom = from;
    pendingTo = to;
    pendingAction = action;
  }

  /**
   * Reads the state graph {@code dot} and checks it whole, as {@link StateGraph#read} with this
   * listener and {@link #finish()} do, the edges of {@code threads} source states at once (the
   * reader hands each state's edges to a worker once the engine reached the state, and counts what
   * the workers found in the order of the graph, so the figures, coverage and findings are those of
   * one thread, in the same order). {@code threads} 1: in this thread.
   */
  public void check(java.nio.file.Path dot, int threads) throws java.io.IOException, StateGraph.GraphException {
    if (threads <= 1) {
      StateGraph.read(dot, this);
      finish();
      return;
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "exhaustive");
      t.setDaemon(true);
      return t;
    });
    try {
      Parallel p = new Parallel(pool);
      StateGraph.read(dot, p);
      p.end();
    } finally {
      pool.shutdownNow();
    }
    finish();
  }

  /** The threads {@link #check} uses on this machine: one a processor, at most 4. */
  public static int defaultThreads() { return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())); }

  /** One source state's edges as read, each with its target's text as it was known then, for a worker. */
  private static final class Read {
    final long source;
    final List<long[]> to = new ArrayList<>();
    final List<String> actions = new ArrayList<>();
    final List<String> views = new ArrayList<>();
    SpecDriver here;
    java.util.concurrent.Future<Object[]> result;

    Read(long source) { this.source = source; }
  }

  /**
   * The reader of {@link #check} with workers: the node and edge bookkeeping of {@link #node} and
   * {@link #edge} in the reading thread; each source state's edges, once all read and once the
   * engine reached the state (the edge that discovered it is counted), checked by a worker; what
   * they found counted strictly in the order of the graph.
   */
  private final class Parallel implements StateGraph.Listener {
    private static final int AHEAD = 4096;
    private final java.util.concurrent.ExecutorService pool;
    private final java.util.ArrayDeque<Read> queue = new java.util.ArrayDeque<>();
    private final Map<Long, List<Read>> waiting = new HashMap<>();
    private Read current;
    private long pFrom, pTo;
    private String pAction;
    private boolean pPending;

    Parallel(java.util.concurrent.ExecutorService pool) { this.pool = pool; }

    @Override
    public void node(long id, Map<String, TlaValue> state) {
      states++;
      remember(id, state);
      if (pPending && pTo == id) resolve();
      else if (states == 1) initial(id, state);
      else resolve();
    }

    @Override
    public void edge(long from, long to, String action) {
      resolve();
      if (current == null || from != current.source) close(new Read(from));
      if (action == null) return;
      pPending = true;
      pFrom = from;
      pTo = to;
      pAction = action;
    }

    /** The pending edge: its target's text as known now. */
    private void resolve() {
      if (!pPending) return;
      pPending = false;
      current.to.add(new long[] {pTo});
      current.actions.add(pAction);
      current.views.add(stateView.get(pTo));
    }

    /** The current state's edges are all read; {@code next}'s follow (null: the end). */
    private void close(Read next) {
      Read done = current;
      current = next;
      if (done == null) return;
      queue.add(done);
      SpecDriver here = engines.get(done.source);
      if (here != null) submit(done, here);
      else waiting.computeIfAbsent(done.source, k -> new ArrayList<>()).add(done);
      drain(queue.size() > AHEAD);
    }

    private void submit(Read r, SpecDriver here) {
      r.here = here;
      r.result = pool.submit(() -> {
        Block b = new Block(r.source, here);
        Outcome[] out = new Outcome[r.actions.size()];
        for (int i = 0; i < out.length; i++) out[i] = compute(b, r.to.get(i)[0], r.actions.get(i), r.views.get(i));
        return new Object[] {out, own(here, b.ownMatched)};
      });
    }

    void end() {
      resolve();
      close(null);
      drain(true);
    }

    /** Counts the states whose edges are checked, in the order of the graph; {@code block}: waits for the first, then until at most half of {@link #AHEAD} are left. */
    private void drain(boolean block) {
      int until = block && current == null ? 0 : AHEAD / 2;
      while (!queue.isEmpty()) {
        Read r = queue.peek();
        SpecDriver here = engines.get(r.source);
        if (r.result == null && here != null) submit(r, here);
        if (r.result != null && !r.result.isDone() && !(block && queue.size() > until)) return;
        queue.poll();
        Object[] found;
        try {
          found = r.result == null ? null : r.result.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof RuntimeException x) throw x;
          if (e.getCause() instanceof Error x) throw x;
          throw new IllegalStateException(e.getCause());
        }
        commitRead(r, found, here != null && here == r.here);
      }
    }

    /** What one thread would have done with the state's edges and at its end ({@link #process}, {@link #finishSource}). */
    private void commitRead(Read r, Object[] found, boolean live) {
      Outcome[] out = live ? (Outcome[]) found[0] : null;
      for (int i = 0; i < r.actions.size(); i++) {
        edges++;
        if (live) {
          Outcome o = out[i];
          commit(r.source, o);
          if (o.kind() == Outcome.MATCH) {
            List<Read> w = waiting.remove(o.to());
            if (w != null && engines.containsKey(o.to())) for (Read x : w) submit(x, engines.get(o.to()));
            else if (w != null) waiting.put(o.to(), w);
          }
        }
      }
      expanded++;
      SpecDriver d = engines.remove(r.source);
      @SuppressWarnings("unchecked")
      List<Own> own = live ? (List<Own>) found[1] : null;
      if (d != null && live) commitOwn(r.source, own);
    }
  }

  /** The initial state: the engine built, compared with it. */
  private void initial(long id, Map<String, TlaValue> state) {
    SpecDriver d = new SpecDriver(model, bug);
    List<Values.Difference> diffs = Replay.compare(state, d.state(), true);
    depth.put(id, 1);
    maxDepth = 1;
    if (diffs.isEmpty()) engines.put(id, d);
    else finding("initial state differs", id, state.get("act"), diffs, null);
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
    if (block.here == null) return; // the engine never reached this state (a divergence on the way)
    commit(from, compute(block, to, action, stateView.get(to)));
  }

  /** Checks one edge of {@code b}'s source state (no state of this object but the instances is read or written: a worker may run it). */
  private Outcome compute(Block b, long to, String action, String targetView) {
    if (targetView == null) return new Outcome(to, action, Outcome.UNKNOWN, null, null, false, null, null, null);
    List<Applied> applied = b.applied.computeIfAbsent(action, a -> apply(b.here, a));
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
      return new Outcome(to, action, Outcome.NO_MATCH, null, null, false,
          closestAct == null ? cands.isEmpty() ? new TlaValue.Str(action) : cands.get(0).act() : closestAct,
          closest == null ? List.of() : closest, closestAct == null ? "the engine refused every instance of " + action : null);
    }
    // TLC dumps an edge once for every instance of the action that leads there (ForceActive(A, 0)
    // and ForceActive(A, 1) reaching the same state are two edges): the k-th copy of an edge is
    // taken as the k-th instance the engine matches, so each instance that both take is counted.
    int copy = b.edgeCopies.merge(new EdgeKey(to, action), 1, Integer::sum);
    Instance credited = matchedActs.get(Math.min(copy, matchedActs.size()) - 1);
    if (Actions.OWN_STEPS.contains(action)) b.ownMatched.put(credited.canon(), credited.act());
    return new Outcome(to, action, Outcome.MATCH, credited, matched, matches > 1, null, null, null);
  }

  /** Counts what checking an edge from {@code from} found, in the order of the graph: divergences, coverage, the engine of a state first reached. */
  private void commit(long from, Outcome o) {
    if (o.kind() == Outcome.UNKNOWN) {
      finding("spec step to an unknown state", from, new TlaValue.Str(o.action()), List.of(), "state " + o.to() + " not in the dump");
      return;
    }
    if (o.kind() == Outcome.NO_MATCH) {
      finding("spec step the engine does not make", from, o.act(), o.differences(), o.detail());
      return;
    }
    if (o.ambiguous()) ambiguous++;
    if (coverage != null) coverage.count(o.credited().act());
    long to = o.to();
    if (!engines.containsKey(to) && !parent.containsKey(to) && to != from) {
      engines.put(to, o.matched());
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

  /** Every instance of the action applied to a copy of the engine {@code here}. */
  private List<Applied> apply(SpecDriver here, String action) {
    List<Applied> out = new ArrayList<>();
    for (Instance act : instances(action)) {
      SpecDriver d = here.applied(act.java());
      if (d == null) {
        out.add(new Applied(act, null, null, false));
        continue;
      }
      Map<String, Object> after = d.vars();
      out.add(new Applied(act, d, Canon.without(after, "act"), Canon.of(after.get("act")).equals(act.canon())));
    }
    return out;
  }

  /** The current source state's edges are all read: check the engine's own steps there, then forget its engine; {@code next}'s edges follow. */
  private void finishSource(long next) {
    if (hasSource) {
      expanded++;
      SpecDriver d = engines.remove(block.source);
      if (d != null) commitOwn(block.source, own(d, block.ownMatched));
    }
    block = new Block(next, engines.get(next));
    hasSource = true;
  }

  /**
   * The own-step check of a state whose edges are all checked: every own step the engine {@code d}
   * has enabled there is a spec step from there ({@code ownMatched}), and every own step the spec
   * takes from there is one the engine lists as enabled (a harness chooses the interleaving from
   * that list: the engine makes it when fired, but a harness that picks from the list must see it).
   */
  private static List<Own> own(SpecDriver d, Map<String, TlaValue.Rec> ownMatched) {
    List<Own> out = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (Map<String, Object> step : d.enabledSteps()) {
      TlaValue act = Values.of(step);
      String key = Values.canon(act);
      listed.add(key);
      if (!ownMatched.containsKey(key)) out.add(new Own(true, act));
    }
    for (Map.Entry<String, TlaValue.Rec> own : ownMatched.entrySet()) {
      if (!listed.contains(own.getKey())) out.add(new Own(false, own.getValue()));
    }
    return out;
  }

  private void commitOwn(long source, List<Own> own) {
    for (Own o : own) {
      if (!o.notAllowed()) {
        finding("spec step the engine does not list as enabled", source, o.act(), List.of(),
            "the engine makes it when fired, but SpecDriver.enabledSteps leaves it out");
      } else if (depthBounded) {
        ownFindings.add(new Object[] {source, o.act()});
      } else {
        finding("engine step the spec does not allow", source, o.act(), List.of(), "enabled in the engine, no such step of the spec");
      }
    }
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
