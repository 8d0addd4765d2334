package failover.conform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failover.tlc.StateGraph;
import failover.tlc.TlaValue;
import failover.tlc.Tlc;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The setup phase of the mutation-testing profile ({@code mvn -B -Ppit verify}, before PIT runs):
 * TLC runs once, here, so that no mutant needs TLC. Under {@code target/pit-fixtures/} it writes
 * <ul>
 *   <li>{@code ci.dot}, {@code state.dot}, {@code mirror.dot}, {@code policy.dot}: the whole state graph of
 *       the {@code ci}, {@code state}, {@code mirror} and {@code policy} models (mirror's holds last 2 and
 *       3 ticks: the engine's scaling of milliseconds to ticks; policy monitors both groups with
 *       percentage policies) ({@code -dump dot,actionlabels}, the models' cfgs without their temporal properties),
 *       each with {@code NAME.meta.json} (constants, distinct states, spec hashes);</li>
 *   <li>{@code ci_primary_b.dot}: the same for {@code ci} with B as the primary unit
 *       ({@link #CI_PRIMARY_B});</li>
 *   <li>{@code bug_X.dot}: for each bug model, the correct spec ({@code Bug = "none"}) with that
 *       model's constants, breadth first to one state deeper than its counterexample (as
 *       {@link BugsCaughtTest} does);</li>
 *   <li>{@code simulation/NAME-bK.itf.json}: random behaviours of each of those models (TLC
 *       simulation, seed {@link #SEED}, one worker, the state constraint dropped: they leave the
 *       exhaustive graph's bounds).</li>
 * </ul>
 * The tests that read them ({@link GraphConformancePit}, {@link PathConformancePit}, {@link BugsCaughtPit},
 * {@link SimulationConformancePit}) are named {@code *Pit} so that {@code mvn -B verify}'s
 * surefire does not run them: there, {@link ExhaustiveConformanceTest}, {@link BugsCaughtTest} and
 * {@link SimulationConformanceTest} do the same with TLC.
 */
public final class PitFixtures {
  public static final Path DIR = Path.of("target", "pit-fixtures");
  /** The exhaustive models. */
  public static final List<String> GRAPHS = List.of("ci", "state", "mirror", "policy");
  /**
   * The {@code ci} model with the units' designations swapped ({@code Primary = "B"}): every model
   * of spec/ makes A the primary unit, so without it nothing checks that the engine reads the
   * designation from {@code failover lan unit} (SimultaneousBoot's and Rejoin's primary, the
   * preferred unit of each group). Its whole graph, like {@link #GRAPHS}'; no simulated behaviours.
   */
  public static final String CI_PRIMARY_B = "ci_primary_b";
  public static final long SEED = 1;
  public static final int BEHAVIOURS = 60;
  public static final int DEPTH = 40;
  private static final ObjectMapper JSON = new ObjectMapper();

  private PitFixtures() {}

  public static void main(String[] args) throws Exception {
    Files.createDirectories(DIR.resolve("simulation"));
    Tlc tlc = Tlc.fromClasspath();
    for (String name : GRAPHS) {
      SpecModel model = SpecModel.locate(Path.of("spec"), name);
      Sources src = new Sources(model, DIR.resolve("work").resolve(name), tlc);
      String cfg = SpecModel.withoutSections(model.cfgText(), Set.of("PROPERTY", "PROPERTIES"));
      graph(src, name, cfg, "none", false);
      List<Itf.Trace> traces = src.simulate(BEHAVIOURS, DEPTH, SEED, false);
      for (int k = 0; k < traces.size(); k++) {
        Itf.write(traces.get(k), DIR.resolve("simulation").resolve(name + "-b" + k + ".itf.json"));
      }
      System.out.println("pit-fixtures: " + name + ": " + traces.size() + " simulated behaviours");
    }
    {
      SpecModel model = SpecModel.locate(Path.of("spec"), "ci");
      Sources src = new Sources(model, DIR.resolve("work").resolve(CI_PRIMARY_B), tlc);
      String cfg = SpecModel.withoutSections(model.cfgText(), Set.of("PROPERTY", "PROPERTIES"));
      String swapped = cfg.replaceFirst("\\bPrimary\\s*=\\s*\"A\"", "Primary = \"B\"");
      if (swapped.equals(cfg)) throw new IllegalStateException("MCci.cfg: no Primary = \"A\" to swap");
      graph(src, CI_PRIMARY_B, swapped, "none", false);
    }
    for (String name : BugsCaughtTest.names()) {
      SpecModel model = SpecModel.locate(Path.of("spec"), name);
      Sources src = new Sources(model, DIR.resolve("work").resolve(name), tlc);
      String cfg = SpecModel.withDepthBound(
          SpecModel.withoutBug(SpecModel.withoutSections(model.cfgText(), Set.of("PROPERTY", "PROPERTIES"))),
          BugsCaughtTest.depth(name));
      graph(src, name, cfg, SpecModel.bugOf(model.cfgText()), true);
    }
  }

  /** Model-checks {@code cfg}, keeps its state graph as NAME.dot and its constants in NAME.meta.json. */
  private static void graph(Sources src, String name, String cfg, String engineBug, boolean depthBounded) throws Exception {
    Path dot = DIR.resolve(name + ".dot");
    TlcResult r = src.check(cfg, dot, m -> { });
    if (r.verdict() != Verdict.PASSED) throw new IllegalStateException(name + ": TLC " + r.verdict() + ", expected a pass");
    ObjectNode meta = JSON.createObjectNode();
    meta.set("source", JSON.valueToTree(src.meta("TLC -dump dot,actionlabels (pit fixture)")));
    meta.put("distinct", r.distinct());
    meta.put("engineBug", engineBug);
    meta.put("depthBounded", depthBounded);
    meta.set("constants", Itf.toJson(src.constants()));
    JSON.writerWithDefaultPrettyPrinter().writeValue(DIR.resolve(name + ".meta.json").toFile(), meta);
    System.out.println("pit-fixtures: " + name + ": " + r.distinct() + " distinct states, " + Files.size(dot) + " bytes");
  }

  /** A fixture graph: its constants, the bug it is meant to catch, and the state graph's lines, read once. */
  public record Graph(String name, TlaValue.Rec constants, String engineBug, boolean depthBounded, long distinct,
                      List<Object[]> events) {
    /** Feeds the recorded dump to {@code l} as {@link StateGraph#read} would. */
    @SuppressWarnings("unchecked")
    public void replay(StateGraph.Listener l) {
      for (Object[] e : events) {
        if (e.length == 2) l.node((Long) e[0], (java.util.Map<String, TlaValue>) e[1]);
        else l.edge((Long) e[0], (Long) e[1], (String) e[2]);
      }
    }
  }

  private static final java.util.Map<String, Graph> GRAPH_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The fixture graph {@code name}, parsed once per JVM (PIT runs many mutants in one JVM: the
   * dump is the spec's, it does not depend on the engine).
   */
  public static Graph graph(String name) throws IOException, StateGraph.GraphException, Itf.ItfException {
    Graph g = GRAPH_CACHE.get(name);
    if (g != null) return g;
    Path dot = DIR.resolve(name + ".dot");
    Path metaFile = DIR.resolve(name + ".meta.json");
    if (!Files.exists(dot) || !Files.exists(metaFile)) {
      throw new IllegalStateException(dot + " is missing: these tests belong to the pit profile (mvn -B -Ppit verify),"
          + " whose setup (failover.conform.PitFixtures) writes it");
    }
    JsonNode meta = JSON.readTree(metaFile.toFile());
    TlaValue c = Itf.value(meta.get("constants"), metaFile + ": constants");
    List<Object[]> events = new java.util.ArrayList<>();
    StateGraph.read(dot, new StateGraph.Listener() {
      @Override public void node(long id, java.util.Map<String, TlaValue> state) { events.add(new Object[] {id, state}); }

      @Override public void edge(long from, long to, String action) { events.add(new Object[] {from, to, action}); }
    });
    g = new Graph(name, (TlaValue.Rec) c, meta.get("engineBug").asText(), meta.get("depthBounded").asBoolean(),
        meta.get("distinct").asLong(), List.copyOf(events));
    GRAPH_CACHE.put(name, g);
    return g;
  }

  /** The distinct states of fixture graph {@code name} (from its meta file, without reading the graph). */
  public static long distinct(String name) throws IOException {
    return JSON.readTree(DIR.resolve(name + ".meta.json").toFile()).get("distinct").asLong();
  }

  /** The simulated behaviours of the fixture, sorted by name. */
  public static List<Path> simulations() throws IOException {
    Path dir = DIR.resolve("simulation");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(dir + " is missing: run mvn -B -Ppit verify (failover.conform.PitFixtures writes it)");
    }
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".itf.json")).sorted().toList();
    }
  }
}
