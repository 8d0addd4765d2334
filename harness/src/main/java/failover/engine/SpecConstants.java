package failover.engine;

import java.util.ArrayList;
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
 *   <li>the failover port of every box that runs failover, and the dedicated stateful port of every
 *       running box, is enabled ({@code no shutdown}) and has link: the spec's {@code foLink} and
 *       {@code stLink} are the cables, and a port that fails them has no spec variable.
 *   <li>the Stateful Failover link is the failover link or a dedicated one, not a data interface
 *       ({@code failover link if_name} naming a context's interface): the spec's {@code stLink} is
 *       a cable, and a data interface's port is one of the interfaces {@code ifDown} counts.
 * </ul>
 *
 * <p>Timers are not compared by trace validation (the engine measures milliseconds, the spec
 * counts abstract ticks), so the holds are not constants here: {@code IfHold} and {@code UnitHold}
 * are one tick, and {@code PreemptDelay[g]} is 0 ticks for {@code preempt} without a delay and 1
 * tick with one.
 *
 * <p>The constants are a {@link SpecDriver.Model}, the one record of the spec's constants; contexts
 * sorted.
 */
public final class SpecConstants {
  private SpecConstants() {}

  /** The constants of a state, or why the state is no instance of the spec (exactly one is null). */
  public record Derived(SpecDriver.Model constants, String why) {
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
      // the spec's foLink is the cable: a failover port that is shut or without link is a failed
      // failover link the spec has no variable for (FailoverLinkDown is the cable's)
      if (u.failoverEnabled() && !Predicates.lanReady(u)) {
        String port = Cfg.lanInterface(u.running)[1];
        return new Derived(null, "box " + u.id + ": its failover port " + port + " is "
            + (Cfg.portShut(u.running, port) ? "shut (no 'no shutdown')" : "without link")
            + "; the spec's failover link is the cable");
      }
      // likewise stLink: a dedicated stateful port that is shut or without link
      String[] link = u.on ? Cfg.statefulLink(u.running) : null;
      if (link != null && link[1] != null && !Predicates.portWorks(u, link[1])) {
        return new Derived(null, "box " + u.id + ": its Stateful Failover port " + link[1] + " is "
            + (Cfg.portShut(u.running, link[1]) ? "shut (no 'no shutdown')" : "without link")
            + "; the spec's stateful link is the cable");
      }
    }
    List<Unit> deciding = new ArrayList<>();
    for (Unit u : both) if (Predicates.settled(u)) deciding.add(u);
    if (deciding.isEmpty()) for (Unit u : both) if (u.on) deciding.add(u);
    if (deciding.isEmpty()) deciding = List.of(both);
    SpecDriver.Model first = null;
    Unit firstUnit = null;
    for (Unit u : deciding) {
      Derived d = fromConfig(effective(u), primaries.get(0));
      if (!d.representable()) return new Derived(null, "box " + u.id + ": " + d.why());
      if (first == null) {
        first = d.constants();
        firstUnit = u;
        continue;
      }
      String diff = differences(first, d.constants());
      if (!diff.isEmpty()) return new Derived(null, "boxes " + firstUnit.id + " and " + u.id + " differ in " + diff);
    }
    // the readings are the engine's own (no configuration says which reading a device follows)
    return new Derived(first.withReadings(p.readings()), null);
  }

  /** The names of the constants in which two models differ, comma-separated ("" when none). */
  public static String differences(SpecDriver.Model a, SpecDriver.Model b) {
    List<String> names = new ArrayList<>();
    if (!a.primary().equals(b.primary())) names.add("Primary");
    if (!a.pref().equals(b.pref())) names.add("Pref");
    if (!a.preemptOn().equals(b.preemptOn())) names.add("PreemptOn");
    if (!a.preemptDelay().equals(b.preemptDelay())) names.add("PreemptDelay");
    if (!a.replHttp().equals(b.replHttp())) names.add("ReplHttp");
    if (a.stateful() != b.stateful()) names.add("Stateful");
    if (!a.monIf().equals(b.monIf())) names.add("MonIf");
    if (!a.policyKind().equals(b.policyKind()) || !a.policyVal().equals(b.policyVal())) names.add("Policy");
    if (!a.ifHold().equals(b.ifHold())) names.add("IfHold");
    if (a.unitHold() != b.unitHold()) names.add("UnitHold");
    if (!a.contexts().equals(b.contexts())) names.add("Contexts");
    if (!a.admin().equals(b.admin())) names.add("Admin");
    if (!a.ctxGroup().equals(b.ctxGroup())) names.add("CtxGroup");
    if (!a.readings().equals(b.readings())) names.add("Readings");
    return String.join(", ", names);
  }

  /** The configuration a box runs with: running, or startup while it is off. */
  private static Config effective(Unit u) { return u.on ? u.running : u.startup; }

  /** What one configuration says of each constant (Primary given), or why it says nothing usable. */
  private static Derived fromConfig(Config c, String primary) {
    List<String> contexts = new ArrayList<>(c.contexts.keySet());
    contexts.sort(null);
    String admin = Cfg.adminContext(c);
    if (contexts.isEmpty()) return new Derived(null, "no security context is configured");
    if (admin == null || !contexts.contains(admin)) {
      return new Derived(null, "the admin context " + (admin == null ? "is not set" : admin + " is not configured"));
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
      // an administratively down interface is no interface that can fail (Cfg.monitoredUp)
      int mon = Cfg.monitoredUp(c, g).size();
      monIf.put(g, mon);
      int[] pol = Cfg.interfacePolicy(c, g);
      kind.put(g, pol[1] == 1 ? "pct" : "num");
      val.put(g, pol[0]);
      boolean ok = pol[1] == 1 ? pol[0] >= 1 && pol[0] <= 100 : pol[0] >= 1 && pol[0] <= 250;
      if (!ok || mon > 250) {
        return new Derived(null, "failover group " + g + ": interface-policy or monitored interfaces out of the spec's ranges");
      }
    }
    if (Cfg.statefulOverData(c)) {
      return new Derived(null, "the Stateful Failover link uses a data interface (" + c.system.top("failover link")
          + "); the spec's stateful link is the failover link or a dedicated cable");
    }
    Map<String, Integer> ctxGroup = new TreeMap<>();
    for (String ctx : contexts) ctxGroup.put(ctx, Cfg.groupOf(c, ctx));
    // holds are one tick: timers are not compared (see above)
    return new Derived(new SpecDriver.Model(primary, pref, preemptOn, delay, http, Cfg.statefulLink(c) != null, monIf,
        kind, val, Map.of(1, 1, 2, 1), 1, contexts, admin, ctxGroup), null);
  }
}
