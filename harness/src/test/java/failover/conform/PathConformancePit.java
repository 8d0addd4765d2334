package failover.conform;

import failover.spec.Vocabulary;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import failover.tlc.TlaValue;
import failover.tlc.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Behaviours of the spec cut out of the ci, state, mirror, policy and ci_primary_b graphs that {@link PitFixtures} wrote, replayed
 * with {@link Replay} (which, unlike the exhaustive check, compares the history variable {@code act}:
 * the action the engine says it took, with its parameters). TLC writes a new state right after the
 * edge that found it, and the state it prints carries that edge's {@code act}, so the chain of
 * finding edges from the initial state to any state is a behaviour of the spec with its actions.
 * For each distinct {@code act} of the graph (action and parameters), the first {@link #PER_ACT}
 * states it leads to are replayed. Random simulation almost never takes the pair's own steps
 * (GroupRecover, StateSync, Rejoin, Preempt), and they find no state of their own in these graphs
 * (another action gets there first), so for each own step the first {@link #PER_ACT} edges are
 * replayed too: the path to the edge's source, then the edge with each instance of the action as
 * {@code act} (the dump has no parameters); one instance must conform, {@code act} included.
 */
class PathConformancePit {
  static final int PER_ACT = 3;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ci", "state", "mirror", "policy", PitFixtures.CI_PRIMARY_B})
  void pathsToEveryKindOfStepConform(String name) throws Exception {
    PitFixtures.Graph g = PitFixtures.graph(name);
    Map<Long, Map<String, TlaValue>> state = new HashMap<>();
    Map<Long, Long> parent = new HashMap<>();
    Map<String, List<Long>> byAct = new LinkedHashMap<>();
    java.util.Set<String> names = new java.util.TreeSet<>();
    long[] lastEdge = null;
    Map<String, List<long[]>> ownEdges = new LinkedHashMap<>();
    for (Object[] e : g.events()) {
      if (e.length == 3) {
        lastEdge = e[2] == null ? null : new long[] {(Long) e[0], (Long) e[1]};
        if (e[2] != null && Actions.OWN_STEPS.contains((String) e[2])) {
          List<long[]> l = ownEdges.computeIfAbsent((String) e[2], k -> new ArrayList<>());
          if (l.size() < PER_ACT) l.add(lastEdge);
        }
        continue;
      }
      long id = (Long) e[0];
      @SuppressWarnings("unchecked")
      Map<String, TlaValue> s = (Map<String, TlaValue>) e[1];
      if (state.containsKey(id)) continue;
      state.put(id, s);
      if (lastEdge != null && lastEdge[1] == id) parent.put(id, lastEdge[0]);
      List<Long> ids = byAct.computeIfAbsent(Values.canon(s.get("act")), k -> new ArrayList<>());
      if (ids.size() < PER_ACT) ids.add(id);
      names.add(Actions.name(s.get("act")));
    }
    var engine = SpecModel.engineModel(g.constants());
    int traces = 0;
    for (List<Long> ids : byAct.values()) {
      for (long id : ids) {
        List<Map<String, TlaValue>> path = new ArrayList<>();
        for (Long x = id; x != null; x = parent.get(x)) path.add(0, state.get(x));
        Itf.Trace t = new Itf.Trace(Map.of("model", name), Vocabulary.VARIABLES, path, -1);
        Replay.Outcome o = Replay.replay(t, engine, "none", null);
        traces++;
        if (!o.ok()) {
          fail(name + ": the path to state " + id + " (" + (path.size() - 1) + " steps) diverges:\n"
              + String.join("\n", o.divergence().lines()));
        }
      }
    }
    // the pair's own steps found no state of their own above: a path to an edge's source, then the edge,
    // its act one of the action's instances (the dump has no parameters): some instance must conform
    for (Map.Entry<String, List<long[]>> en : ownEdges.entrySet()) {
      for (long[] edge : en.getValue()) {
        List<Map<String, TlaValue>> path = new ArrayList<>();
        for (Long x = edge[0]; x != null; x = parent.get(x)) path.add(0, state.get(x));
        Replay.Divergence first = null;
        boolean ok = false;
        for (TlaValue.Rec act : Actions.instances(en.getKey(), SpecModel.constants(g.constants()))) {
          List<Map<String, TlaValue>> p = new ArrayList<>(path);
          Map<String, TlaValue> last = new LinkedHashMap<>(state.get(edge[1]));
          last.put("act", act);
          p.add(last);
          Replay.Outcome o = Replay.replay(new Itf.Trace(Map.of("model", name), Vocabulary.VARIABLES, p, -1), engine, "none", null);
          traces++;
          if (o.ok()) {
            ok = true;
            break;
          }
          if (first == null) first = o.divergence();
        }
        if (!ok) {
          fail(name + ": " + en.getKey() + " from state " + edge[0] + " (after " + (path.size() - 1) + " steps): no instance conforms;"
              + " first:\n" + (first == null ? "no instance" : String.join("\n", first.lines())));
        }
      }
    }
    List<String> expected = name.equals("state") ? List.of("StateSync", "Rejoin") : List.of("GroupRecover", "Rejoin", "Preempt");
    assertTrue(ownEdges.keySet().containsAll(expected), name + ": own steps " + ownEdges.keySet());
    assertTrue(traces > byAct.size(), name + ": " + traces + " paths");
  }
}
