package failover.adapter;

import failover.engine.Box;
import failover.engine.BoxView;
import failover.engine.Pair;
import failover.spec.Constants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reader of a model's constants from the engine: the constants of spec/AAFailover.tla that
 * the engine's configuration stands for now, for trace
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
 * <p>The constants are a {@link Constants}, the one record of the spec's constants; contexts
 * sorted, {@code ConnKinds} every kind, {@code Bug} "none" (the configuration says nothing of
 * them). {@link ConfigWriter} writes constants as configuration: for constants with holds of one tick
 * and sorted contexts, reading what it wrote gives them back.
 */
public final class ConfigReader {
  private ConfigReader() {}

  /** The constants of a state, or why the state is no instance of the spec (exactly one is null). */
  public record Derived(Constants constants, String why) {
    public boolean representable() { return constants != null; }
  }

  /** The constants the pair's configuration stands for now, or why it stands for none. */
  public static Derived of(Pair p) {
    List<BoxView> both = List.of(p.view(Box.A), p.view(Box.B));
    // Primary: from the designation of both boxes
    List<String> primaries = new ArrayList<>();
    for (BoxView u : both) {
      if ("failover lan unit primary".equals(u.effective().top("failover lan unit"))) primaries.add(u.box().name());
    }
    if (primaries.isEmpty()) return new Derived(null, "no box is the primary unit (failover lan unit primary)");
    if (primaries.size() == 2) return new Derived(null, "both boxes say failover lan unit primary");
    for (BoxView u : both) {
      if (u.failoverEnabled() && u.lanPort() == null) {
        return new Derived(null, "box " + u.box() + " runs failover without a failover lan interface");
      }
      // the spec's foLink is the cable: a failover port that is shut or without link is a failed
      // failover link the spec has no variable for (FailoverLinkDown is the cable's)
      if (u.failoverEnabled() && !u.lanReady()) {
        String port = u.lanPort();
        return new Derived(null, "box " + u.box() + ": its failover port " + port + " is "
            + (u.portShut(port) ? "shut (no 'no shutdown')" : "without link")
            + "; the spec's failover link is the cable");
      }
      // likewise stLink: a dedicated stateful port that is shut or without link
      String link = u.on() ? u.statefulPort() : null;
      if (link != null && !u.portWorks(link)) {
        return new Derived(null, "box " + u.box() + ": its Stateful Failover port " + link + " is "
            + (u.portShut(link) ? "shut (no 'no shutdown')" : "without link")
            + "; the spec's stateful link is the cable");
      }
    }
    List<BoxView> deciding = new ArrayList<>();
    for (BoxView u : both) if (u.settled()) deciding.add(u);
    if (deciding.isEmpty()) for (BoxView u : both) if (u.on()) deciding.add(u);
    if (deciding.isEmpty()) deciding = both;
    Constants first = null;
    BoxView firstUnit = null;
    for (BoxView u : deciding) {
      Derived d = fromConfig(u.effective(), primaries.get(0));
      if (!d.representable()) return new Derived(null, "box " + u.box() + ": " + d.why());
      if (first == null) {
        first = d.constants();
        firstUnit = u;
        continue;
      }
      String diff = Constants.differences(first, d.constants());
      if (!diff.isEmpty()) return new Derived(null, "boxes " + firstUnit.box() + " and " + u.box() + " differ in " + diff);
    }
    // the readings are the engine's own (no configuration says which reading a device follows)
    return new Derived(first.withReadings(p.readings()), null);
  }

  /** What one configuration says of each constant (Primary given), or why it says nothing usable. */
  private static Derived fromConfig(BoxView.Configuration c, String primary) {
    List<String> contexts = c.contexts();
    contexts.sort(null);
    String admin = c.adminContext();
    if (contexts.isEmpty()) return new Derived(null, "no security context is configured");
    if (admin == null || !contexts.contains(admin)) {
      return new Derived(null, "the admin context " + (admin == null ? "is not set" : admin + " is not configured"));
    }
    Map<Integer, String> pref = new TreeMap<>();
    Map<Integer, Boolean> preemptOn = new TreeMap<>(), http = new TreeMap<>();
    Map<Integer, Integer> delay = new TreeMap<>(), monIf = new TreeMap<>();
    Map<Integer, Constants.Policy> policy = new TreeMap<>();
    for (int g = 1; g <= 2; g++) {
      pref.put(g, c.prefersPrimary(g) ? "primary" : "secondary");
      int d = c.preemptDelay(g);
      preemptOn.put(g, d >= 0);
      delay.put(g, d > 0 ? 1 : 0);
      http.put(g, c.replicationHttp(g));
      // an administratively down interface is no interface that can fail (Cfg.monitoredUp)
      int mon = c.monitoredUp(g);
      monIf.put(g, mon);
      int[] pol = c.interfacePolicy(g);
      policy.put(g, new Constants.Policy(pol[1] == 1 ? "pct" : "num", pol[0]));
      boolean ok = pol[1] == 1 ? pol[0] >= 1 && pol[0] <= 100 : pol[0] >= 1 && pol[0] <= 250;
      if (!ok || mon > 250) {
        return new Derived(null, "failover group " + g + ": interface-policy or monitored interfaces out of the spec's ranges");
      }
    }
    if (c.statefulOverData()) {
      return new Derived(null, "the Stateful Failover link uses a data interface (" + c.top("failover link")
          + "); the spec's stateful link is the failover link or a dedicated cable");
    }
    Map<String, Integer> ctxGroup = new TreeMap<>();
    for (String ctx : contexts) ctxGroup.put(ctx, c.groupOf(ctx));
    // holds are one tick: timers are not compared (see above)
    return new Derived(new Constants(primary, pref, preemptOn, delay, http, c.statefulLink(), monIf,
        policy, Map.of(1, 1, 2, 1), 1, contexts, admin, ctxGroup, Constants.ALL_CONN_KINDS, "none"), null);
  }
}
