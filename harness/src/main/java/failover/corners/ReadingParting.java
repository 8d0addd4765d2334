package failover.corners;

import failover.conform.Itf;
import failover.conform.Sources;
import failover.conform.SpecModel;
import failover.spec.Vocabulary;
import failover.tlc.StateGraph;
import failover.tlc.TlaValue;
import failover.tlc.Tlc;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shortest behaviour where two readings part, found by search in TLC's own state graphs: the
 * reading model's constants (spec/MCreading_*.cfg) checked twice with its state graph dumped
 * ({@code -dump dot,actionlabels}, read by {@link StateGraph}), once under the chosen readings and
 * once under the other alternative, then a breadth-first search over the product of the two graphs
 * from their (equal) initial states, following only edges with the same label (the action and its
 * parameters: the history variable {@code act}), to the first pair of states whose group states
 * ({@code role}) differ.
 *
 * <p>Both graphs are dumped without the model's {@code VIEW} (which leaves {@code act} out, so that
 * TLC merges states reached by different steps and the dump shows the {@code act} of a state's
 * first visit only): every state of the dump then carries the step that led to it, which is the
 * edge's label with its parameters. The checks are left out too (TLC must explore the whole model,
 * and a reading model breaks a property): only the model's state constraint bounds the graph.
 *
 * <p>The graphs are dumped to a depth ({@code CF_MaxDepth}, {@link ReadingsReport.Witness#depth}):
 * a state at the bound is not expanded (TLC dumps no step out of it, not even its stuttering
 * step), so the search neither follows nor compares the steps out of it.
 *
 * <p>Breadth-first search makes the behaviour a shortest one: fewest steps (a {@code Tick} counts
 * as a step) from Init, among the behaviours of the spec under both readings within the model's
 * bounds (its constants and its state constraint).
 *
 * <p>Decision: where a reading only changes a guard (Preemption, InterfaceFailoverTarget,
 * Threshold, PreemptStateLinkDown, PeerDeathLinkDown, NoLink), no step of the same label parts the group
 * states: under one reading a step is enabled that the other lacks. The search then also ends at a
 * pair of equal group states where one graph has a step the other has not ({@link Kind#CHOSEN_ONLY},
 * {@link Kind#OTHER_ONLY}) and that step changes the group states: the behaviour is one of the spec
 * under each reading up to its last state, and its last step is one of the spec under one reading
 * only. (The alternative, same-label steps only, finds nothing for six of the eight readings.)
 * A step of the same label that parts them is preferred at equal length. Where neither is found
 * within the bounds ({@link Kind#NONE}), the behaviour returned is the shortest to the first pair
 * of states that differ at all (a timer, preemption armed, a configuration version) or enable
 * different steps.
 */
public final class ReadingParting {
  private ReadingParting() {}

  /** How the behaviour ends. */
  public enum Kind {
    /** a step of the same label in both graphs leads to different group states */
    SAME_STEP,
    /** a step of the chosen reading, which the other has not there, changes the group states */
    CHOSEN_ONLY,
    /** a step of the other reading, which the chosen has not there, changes the group states */
    OTHER_ONLY,
    /** no parting of the group states within the model's bounds: the first difference of any kind */
    NONE
  }

  /**
   * The behaviour found. {@code chosen}, {@code other}: its states under each reading (ITF, first
   * the initial state); for {@link Kind#CHOSEN_ONLY} the chosen list is one state longer, for
   * {@link Kind#OTHER_ONLY} the other list. {@code firstDiffer}: the index of the first state where
   * the two differ in a variable other than {@code act} (-1: none), and what differs there.
   * {@code onlyChosen}, {@code onlyOther}: the steps one graph has in the last common state and the
   * other has not.
   */
  public record Result(ReadingsReport.Witness witness, Kind kind, Itf.Trace chosen, Itf.Trace other,
                       long chosenDistinct, long otherDistinct, long pairs, int firstDiffer, List<String> differences,
                       List<String> onlyChosen, List<String> onlyOther) {
    /** The number of steps of the behaviour (the longer of the two). */
    public int steps() { return Math.max(chosen.states().size(), other.states().size()) - 1; }
  }

  /** A run failed: TLC, the model, or the graph. */
  public static final class PartingException extends Exception {
    public PartingException(String message) { super(message); }
  }

  /** The cfg of the reading model without checks and VIEW; under the chosen readings when {@code chosen}. */
  static String graphCfg(String cfgText, boolean chosen) {
    String t = SpecModel.withoutSections(cfgText, Set.of("INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES", "VIEW"));
    if (chosen) t = t.replaceAll("(?m)^[ \\t]*Readings[ \\t]*<-[ \\t]*\\w+[ \\t]*\\n", "");
    return t;
  }

  /**
   * A dumped graph, lean (a reading model's graph without its VIEW has tens of thousands of
   * states): each state's group states, label and the rest of it as text, and its successors; the
   * states of the behaviour found are read again from the dump ({@link #states}).
   */
  static final class Graph implements StateGraph.Listener {
    final Map<Long, String> roles = new HashMap<>(), label = new HashMap<>(), rest = new HashMap<>();
    final Map<Long, List<Long>> next = new HashMap<>();
    final List<Long> init = new ArrayList<>();
    /** The states TLC expanded (it adds a stuttering edge to each): not those at the depth bound, whose successors are not in the dump. */
    final java.util.Set<Long> expanded = new java.util.HashSet<>();
    private final Map<String, String> interned = new HashMap<>();

    private String intern(String s) { return interned.computeIfAbsent(s, k -> k); }

    @Override
    public void node(long id, Map<String, TlaValue> state) {
      if (roles.containsKey(id)) return;
      String l = label(state);
      roles.put(id, intern(String.valueOf(state.get("role"))));
      label.put(id, intern(l));
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, TlaValue> e : state.entrySet()) if (!e.getKey().equals("act")) sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
      rest.put(id, sb.toString());
      if (l.equals("Init")) init.add(id);
    }

    @Override
    public void edge(long from, long to, String action) {
      expanded.add(from);
      if (action == null) return;
      next.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
    }

    /** The successors of {@code id} by label, labels sorted. */
    TreeMap<String, List<Long>> byLabel(long id) {
      TreeMap<String, List<Long>> out = new TreeMap<>();
      for (long t : next.getOrDefault(id, List.of())) {
        String l = label.get(t);
        if (l == null) continue; // beyond the constraint
        List<Long> ts = out.computeIfAbsent(l, k -> new ArrayList<>());
        if (!ts.contains(t)) ts.add(t);
      }
      return out;
    }

    String roles(long id) { return roles.get(id); }

    int size() { return roles.size(); }
  }

  /** The states {@code ids} of a dump, read again, in the order of {@code ids}. */
  static List<Map<String, TlaValue>> states(Path dot, List<Long> ids) throws IOException, StateGraph.GraphException {
    Map<Long, Map<String, TlaValue>> found = new HashMap<>();
    java.util.Set<Long> want = new java.util.HashSet<>(ids);
    StateGraph.read(dot, new StateGraph.Listener() {
      @Override public void node(long id, Map<String, TlaValue> state) { if (want.contains(id)) found.putIfAbsent(id, state); }
      @Override public void edge(long from, long to, String action) { }
    });
    List<Map<String, TlaValue>> out = new ArrayList<>();
    for (long id : ids) out.add(found.get(id));
    return out;
  }

  /** The step that led to a state: its {@code act}, printed as TLA+. */
  static String label(Map<String, TlaValue> state) {
    TlaValue act = state.get("act");
    if (act instanceof TlaValue.Rec r && r.fields().size() == 1) return String.valueOf(r.get("name")).replace("\"", "");
    return String.valueOf(act);
  }

  /** The variables (but {@code act}) in which two states differ, with both values. */
  static List<String> differences(Map<String, TlaValue> a, Map<String, TlaValue> b, String chosen, String other) {
    List<String> out = new ArrayList<>();
    for (String v : Vocabulary.VARIABLES) {
      if (v.equals("act")) continue;
      if (!java.util.Objects.equals(a.get(v), b.get(v))) out.add(v + ": " + chosen + " " + a.get(v) + ", " + other + " " + b.get(v));
    }
    return out;
  }

  private record P(long a, long b) {}

  /** Runs TLC twice on the witness's model and searches the product of its two graphs. */
  public static Result find(Tlc tlc, Path specDir, ReadingsReport.Witness w, Path work) throws PartingException {
    try {
      SpecModel model = SpecModel.locate(specDir, w.model());
      String cfg = model.cfgText();
      Sources cs = new Sources(model, work.resolve("chosen"), tlc);
      Sources os = new Sources(model, work.resolve("other"), tlc);
      Graph gc = new Graph(), go = new Graph();
      TlcResult rc = dump(cs, SpecModel.withDepthBound(graphCfg(cfg, true), w.depth()), gc, w.model() + " (chosen readings)");
      TlcResult ro = dump(os, SpecModel.withDepthBound(graphCfg(cfg, false), w.depth()), go, w.model());
      if (!SpecModel.readings(cs.constants()).chosenAll()) throw new PartingException(w.model() + ": the chosen variant is not under the chosen readings");
      if (!SpecModel.readings(os.constants()).is(w.reading(), w.alternative())) {
        throw new PartingException(w.model() + " does not take " + w.reading() + " = " + w.alternative());
      }
      Search s = search(gc, go, true);
      if (s == null) s = search(gc, go, false);
      if (s == null) throw new PartingException(w.model() + ": the two graphs never differ within the model's bounds");
      List<Long> ia = new ArrayList<>(), ib = new ArrayList<>();
      for (P p : s.path) {
        ia.add(p.a);
        ib.add(p.b);
      }
      if (s.lastA != null) ia.add(s.lastA);
      if (s.lastB != null) ib.add(s.lastB);
      List<Map<String, TlaValue>> ca = states(cs.work().resolve("graph.dot"), ia), ob = states(os.work().resolve("graph.dot"), ib);
      int first = -1;
      List<String> diff = List.of();
      for (int i = 0; i < Math.min(ca.size(), ob.size()); i++) {
        diff = differences(ca.get(i), ob.get(i), w.alternativeChosen(), w.alternative());
        if (!diff.isEmpty()) {
          first = i;
          break;
        }
      }
      if (first < 0) diff = List.of();
      P end = s.path.get(s.path.size() - 1);
      // the steps enabled at the end are known only where TLC expanded both states (not at the depth bound)
      boolean known = gc.expanded.contains(end.a) && go.expanded.contains(end.b);
      TreeMap<String, List<Long>> la = gc.byLabel(end.a), lb = go.byLabel(end.b);
      List<String> onlyC = known ? la.keySet().stream().filter(l -> !lb.containsKey(l)).toList() : List.of();
      List<String> onlyO = known ? lb.keySet().stream().filter(l -> !la.containsKey(l)).toList() : List.of();
      Itf.Trace tc = trace(cs, ca, w, true, s.kind), to = trace(os, ob, w, false, s.kind);
      return new Result(w, s.kind, tc, to, rc.distinct(), ro.distinct(), s.pairs, first, diff, onlyC, onlyO);
    } catch (SpecModel.ModelException | Sources.SourceException | StateGraph.GraphException e) {
      throw new PartingException(w.model() + ": " + e.getMessage());
    } catch (IOException e) {
      throw new PartingException(w.model() + ": cannot read the state graph: " + failover.io.Problems.of(e));
    }
  }

  private static TlcResult dump(Sources src, String cfg, Graph g, String what)
      throws Sources.SourceException, SpecModel.ModelException, IOException, StateGraph.GraphException, PartingException {
    Path dot = src.work().resolve("graph.dot");
    TlcResult r = src.check(cfg, dot, m -> { });
    if (r.verdict() != Verdict.PASSED) throw new PartingException(what + ": TLC " + r.verdict() + " (expected the whole graph)");
    StateGraph.read(dot, g);
    if (g.size() != r.distinct()) throw new PartingException(what + ": " + g.size() + " states in the dump, TLC found " + r.distinct());
    return r;
  }

  private static Itf.Trace trace(Sources src, List<Map<String, TlaValue>> states, ReadingsReport.Witness w, boolean chosen, Kind kind)
      throws SpecModel.ModelException {
    Map<String, Object> meta = src.meta("TLC state graphs, product search");
    meta.put("reading", w.reading() + " = " + (chosen ? w.alternativeChosen() : w.alternative()));
    meta.put("parting", switch (kind) {
      case SAME_STEP -> "the last step, the same in both readings, leaves different group states";
      case CHOSEN_ONLY -> chosen ? "the last step is the chosen reading's only: it changes the group states"
          : "the trace stops where the chosen reading takes a step this reading has not";
      case OTHER_ONLY -> chosen ? "the trace stops where the other reading takes a step this reading has not"
          : "the last step is this reading's only: it changes the group states";
      case NONE -> "no parting of the group states within the model's bounds: the trace stops at the first difference";
    });
    meta.put("reproduce", "./failover corners (ReadingParting: the product of the state graphs of model " + w.model()
        + " under " + w.reading() + " = " + w.alternativeChosen() + " and " + w.alternative() + ")");
    return new Itf.Trace(meta, Vocabulary.VARIABLES, states, -1);
  }

  /** The search's result: the common path (pairs), the one-sided or same-label last states, and how many pairs it saw. */
  private record Search(List<P> path, Long lastA, Long lastB, Kind kind, long pairs) {}

  /**
   * Breadth-first over the product from the pairs of equal initial states. {@code roles}: look for
   * parting group states (a same-label step or a one-sided step); otherwise for the first pair that
   * differs at all or enables different steps (then the path ends at that pair).
   */
  private static Search search(Graph gc, Graph go, boolean roles) {
    Map<P, P> parent = new HashMap<>();
    ArrayDeque<P> queue = new ArrayDeque<>();
    for (long a : gc.init) {
      for (long b : go.init) {
        if (gc.rest.get(a).equals(go.rest.get(b))) {
          P p = new P(a, b);
          parent.put(p, null);
          queue.add(p);
        }
      }
    }
    while (!queue.isEmpty()) {
      P p = queue.poll();
      if (!roles && !gc.rest.get(p.a).equals(go.rest.get(p.b))) return new Search(path(parent, p), null, null, Kind.NONE, parent.size());
      // a state at the depth bound has no successors in the dump: nothing to compare there
      if (!gc.expanded.contains(p.a) || !go.expanded.contains(p.b)) continue;
      TreeMap<String, List<Long>> la = gc.byLabel(p.a), lb = go.byLabel(p.b);
      if (!roles && !la.keySet().equals(lb.keySet())) return new Search(path(parent, p), null, null, Kind.NONE, parent.size());
      List<P> fresh = new ArrayList<>();
      for (Map.Entry<String, List<Long>> e : la.entrySet()) {
        List<Long> bs = lb.get(e.getKey());
        if (bs == null) continue;
        for (long a2 : e.getValue()) {
          for (long b2 : bs) {
            if (roles && !gc.roles(a2).equals(go.roles(b2))) return new Search(path(parent, p), a2, b2, Kind.SAME_STEP, parent.size());
            P q = new P(a2, b2);
            if (!parent.containsKey(q)) fresh.add(q);
          }
        }
      }
      if (roles) {
        for (Map.Entry<String, List<Long>> e : la.entrySet()) {
          if (lb.containsKey(e.getKey())) continue;
          for (long a2 : e.getValue()) {
            if (!gc.roles(a2).equals(gc.roles(p.a))) return new Search(path(parent, p), a2, null, Kind.CHOSEN_ONLY, parent.size());
          }
        }
        for (Map.Entry<String, List<Long>> e : lb.entrySet()) {
          if (la.containsKey(e.getKey())) continue;
          for (long b2 : e.getValue()) {
            if (!go.roles(b2).equals(go.roles(p.b))) return new Search(path(parent, p), null, b2, Kind.OTHER_ONLY, parent.size());
          }
        }
      }
      for (P q : fresh) {
        if (parent.containsKey(q)) continue;
        parent.put(q, p);
        queue.add(q);
      }
    }
    return null;
  }

  private static List<P> path(Map<P, P> parent, P end) {
    List<P> out = new ArrayList<>();
    for (P p = end; p != null; p = parent.get(p)) out.add(0, p);
    return out;
  }

  /** {@code act} of a trace state as the catalogue prints it: {@code ForceActive(unit: "A", group: 2)}. */
  public static String step(Map<String, TlaValue> state) { return new SpecView(state).actionText(); }

  /** The group states of a trace state, as {@link ReadingsReport} prints them. */
  public static String groups(Map<String, TlaValue> state) {
    SpecView v = new SpecView(state);
    List<String> out = new ArrayList<>();
    for (String u : SpecView.UNITS) {
      out.add(u + " " + (v.role(u, 1).equals("off") && v.role(u, 2).equals("off") ? "off" : "1 " + v.role(u, 1) + ", 2 " + v.role(u, 2)));
    }
    return String.join("; ", out);
  }

  /** The unit/group roles of a trace state: unit → group → role. */
  public static Map<String, Map<Integer, String>> roles(Map<String, TlaValue> state) {
    SpecView v = new SpecView(state);
    Map<String, Map<Integer, String>> out = new LinkedHashMap<>();
    for (String u : SpecView.UNITS) {
      Map<Integer, String> g = new LinkedHashMap<>();
      for (int x : SpecView.GROUPS) g.put(x, v.role(u, x));
      out.put(u, g);
    }
    return out;
  }
}
