package failover.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The constants of spec/AAFailover.tla that the engine's configuration stands for now, for trace
 * validation ({@code play --validate}). The spec's constants are fixed; the engine's configuration
 * is typed in while a scenario runs. A state of the engine is an instance of the spec when the
 * configuration that decides its behaviour says one thing for every constant:
 *
 * <ul>
 *   <li>{@code Primary}: the one box whose configuration (running, or startup while it is off)
 *       says {@code failover lan unit primary}, the other saying secondary;
 *   <li>every other constant from the configuration of the boxes that decide the pair's behaviour:
 *       the boxes that run with negotiated roles (active, standby or failed); if none, the boxes
 *       that run; if none, both startup configurations. Those boxes must agree. A booting box (its
 *       groups still negotiating) or a box that is off only waits: the configuration it will run
 *       with is the one it receives from its peer, or its own once it boots alone, and then it
 *       decides too.
 *   <li>every box that runs failover has a {@code failover lan interface} (the spec's failover link
 *       is a cable and nothing else).
 * </ul>
 *
 * <p>Timers are not compared by trace validation (the engine measures milliseconds, the spec
 * counts abstract ticks), so the holds are not constants here: {@code IfHold} and {@code UnitHold}
 * are one tick, and {@code PreemptDelay[g]} is 0 ticks for {@code preempt} without a delay and 1
 * tick with one.
 *
 * @param primary      "A" or "B"
 * @param pref         [Groups -> "primary"|"secondary"]
 * @param preemptOn    [Groups -> BOOLEAN]
 * @param preemptDelay [Groups -> 0|1] in ticks (see above)
 * @param replHttp     [Groups -> BOOLEAN]
 * @param stateful     {@code failover link} configured
 * @param monIf        [Groups -> monitored interfaces of the group]
 * @param policyKind   [Groups -> "num"|"pct"]
 * @param policyVal    [Groups -> the interface-policy number]
 * @param contexts     the security contexts, sorted
 * @param admin        the admin context
 * @param ctxGroup     [Contexts -> Groups]
 */
public record SpecConstants(
    String primary,
    Map<Integer, String> pref,
    Map<Integer, Boolean> preemptOn,
    Map<Integer, Integer> preemptDelay,
    Map<Integer, Boolean> replHttp,
    boolean stateful,
    Map<Integer, Integer> monIf,
    Map<Integer, String> policyKind,
    Map<Integer, Integer> policyVal,
    List<String> contexts,
    String admin,
    Map<String, Integer> ctxGroup) {

  /** The constants of a state, or why the state is no instance of the spec (exactly one is null). */
  public record Derived(SpecConstants constants, String why) {
    public boolean representable() { return constants != null; }
  }

  /** The constants the pair's configuration stands for now, or why it stands for none. */
  public static Derived of(Pair p) {
    Unit[] both = {p.a, p.b};
    // Primary: from the designation of both boxes
    List<String> primaries = new ArrayList<>();
    for (Unit u : both) {
      if ("failover lan unit primary".equals(effective(u).system.top("failover lan unit"))) primaries.add(u.id.name());
    }
    if (primaries.isEmpty()) return new Derived(null, "no box is the primary unit (failover lan unit primary)");
    if (primaries.size() == 2) return new Derived(null, "both boxes say failover lan unit primary");
    for (Unit u : both) {
      if (u.failoverEnabled() && Cfg.lanInterface(u.running) == null) {
        return new Derived(null, "box " + u.id + " runs failover without a failover lan interface");
      }
    }
    List<Unit> deciding = new ArrayList<>();
    for (Unit u : both) if (Pair.settled(u)) deciding.add(u);
    if (deciding.isEmpty()) for (Unit u : both) if (u.on) deciding.add(u);
    if (deciding.isEmpty()) deciding = List.of(both);
    Map<String, Object> first = null;
    Unit firstUnit = null;
    for (Unit u : deciding) {
      Map<String, Object> c = fields(effective(u));
      if (c.get("why") != null) return new Derived(null, "box " + u.id + ": " + c.get("why"));
      if (first == null) {
        first = c;
        firstUnit = u;
        continue;
      }
      for (String k : first.keySet()) {
        if (!first.get(k).equals(c.get(k))) {
          return new Derived(null, "boxes " + firstUnit.id + " and " + u.id + " differ in " + k + " (" + first.get(k)
              + " / " + c.get(k) + ")");
        }
      }
    }
    @SuppressWarnings("unchecked")
    SpecConstants sc = new SpecConstants(primaries.get(0), (Map<Integer, String>) first.get("Pref"),
        (Map<Integer, Boolean>) first.get("PreemptOn"), (Map<Integer, Integer>) first.get("PreemptDelay"),
        (Map<Integer, Boolean>) first.get("ReplHttp"), (Boolean) first.get("Stateful"),
        (Map<Integer, Integer>) first.get("MonIf"), (Map<Integer, String>) first.get("PolicyKind"),
        (Map<Integer, Integer>) first.get("PolicyVal"), (List<String>) first.get("Contexts"),
        (String) first.get("Admin"), (Map<String, Integer>) first.get("CtxGroup"));
    return new Derived(sc, null);
  }

  /** The configuration a box runs with: running, or startup while it is off. */
  private static Config effective(Unit u) { return u.on ? u.running : u.startup; }

  /** What one configuration says of each constant but Primary, by constant name; "why" when it says nothing usable. */
  private static Map<String, Object> fields(Config c) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<String> contexts = new ArrayList<>(c.contexts.keySet());
    contexts.sort(null);
    String admin = Cfg.adminContext(c);
    if (contexts.isEmpty()) {
      out.put("why", "no security context is configured");
      return out;
    }
    if (admin == null || !contexts.contains(admin)) {
      out.put("why", "the admin context " + (admin == null ? "is not set" : admin + " is not configured"));
      return out;
    }
    Map<Integer, String> pref = new TreeMap<>(), kind = new TreeMap<>();
    Map<Integer, Boolean> preemptOn = new TreeMap<>(), http = new TreeMap<>();
    Map<Integer, Integer> delay = new TreeMap<>(), monIf = new TreeMap<>(), val = new TreeMap<>();
    for (int g = 1; g <= 2; g++) {
      pref.put(g, Cfg.prefersPrimary(c, g) ? "primary" : "secondary");
      int d = Cfg.preemptDelay(c, g);
      preemptOn.put(g, d >= 0);
      delay.put(g, d > 0 ? 1 : 0);
      http.put(g, Cfg.replicationHttp(c, g));
      int mon = Cfg.monitored(c, g).size();
      monIf.put(g, mon);
      int[] pol = Cfg.interfacePolicy(c, g);
      kind.put(g, pol[1] == 1 ? "pct" : "num");
      val.put(g, pol[0]);
      boolean ok = pol[1] == 1 ? pol[0] >= 1 && pol[0] <= 100 : pol[0] >= 1 && pol[0] <= 250;
      if (!ok || mon > 250) {
        out.put("why", "failover group " + g + ": interface-policy or monitored interfaces out of the spec's ranges");
        return out;
      }
    }
    Map<String, Integer> ctxGroup = new TreeMap<>();
    for (String ctx : contexts) ctxGroup.put(ctx, Cfg.groupOf(c, ctx));
    out.put("Pref", pref);
    out.put("PreemptOn", preemptOn);
    out.put("PreemptDelay", delay);
    out.put("ReplHttp", http);
    out.put("Stateful", Cfg.statefulLink(c) != null);
    out.put("MonIf", monIf);
    out.put("PolicyKind", kind);
    out.put("PolicyVal", val);
    out.put("Contexts", contexts);
    out.put("Admin", admin);
    out.put("CtxGroup", ctxGroup);
    return out;
  }
}
