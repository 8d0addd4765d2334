package failover.adapter;

import failover.engine.Box;
import failover.engine.ConfigLine;
import failover.engine.Pair;
import failover.spec.Constants;
import failover.spec.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * The one writer of ASA configuration from a model's constants, in two forms: {@link #startup} (a
 * box's stored startup configuration, as the driver installs it in the spec's Init) and
 * {@link #typedPrimary}/{@link #typedSecondary} (the commands a person types to configure the pair,
 * as the scenarios written from spec traces do). Each constant is written by one method here:
 * {@link #unitPolltime}, {@link #preempt}, {@link #interfacePolicy}, {@link #interfacePolltime},
 * the links ({@link #LAN_INTERFACE}, {@link #STATE_LINK}) and the monitored ports
 * ({@link #monitoredPorts}). {@link ConfigReader} reads the constants back.
 *
 * <p>Time: every hold of the model is a number of ticks, and a tick is
 * {@link Vocabulary#TICK_SECONDS} s ({@code failover polltime unit 1 holdtime 5n} on A,
 * {@code failover polltime unit msec 500 holdtime 5n} on B, {@code polltime interface 1 holdtime 5n}
 * in group 1, {@code polltime interface n} in group 2, {@code preempt 5n}).
 */
public final class ConfigWriter {
  private ConfigWriter() {}

  /** The failover link: a cable of its own, GigabitEthernet0/1. */
  public static final String LAN_INTERFACE = "failover lan interface folink GigabitEthernet0/1";

  /** The dedicated stateful link ({@code Stateful}): a cable of its own, GigabitEthernet0/0. */
  public static final String STATE_LINK = "failover link statelink GigabitEthernet0/0";

  /**
   * The ports whose interfaces each group monitors, MonIf[g] of them: the data ports in order from
   * GigabitEthernet0/2 (0/0 and 0/1 are the failover and stateful links), group 1's first. The
   * driver cables them so and the scenarios written from a model name them so.
   */
  public static Map<Integer, List<String>> monitoredPorts(Constants m) {
    Map<Integer, List<String>> out = new TreeMap<>();
    int next = 2;
    for (int g = 1; g <= 2; g++) {
      List<String> ps = new ArrayList<>();
      for (int i = 0; i < m.monIf().get(g); i++) ps.add(Pair.ports().get(next++));
      out.put(g, List.copyOf(ps));
    }
    return out;
  }

  /** {@code failover polltime unit}: the unit hold, in seconds or (msec) with a poll time in milliseconds. */
  public static String unitPolltime(Constants m, boolean msec) {
    return (msec ? "failover polltime unit msec 500 holdtime " : "failover polltime unit 1 holdtime ")
        + Vocabulary.TICK_SECONDS * m.unitHold();
  }

  /** {@code preempt [delay]} of a group with PreemptOn[g]. */
  public static String preempt(Constants m, int g) {
    int d = m.preemptDelay().get(g);
    return d == 0 ? "preempt" : "preempt " + Vocabulary.TICK_SECONDS * d;
  }

  /** {@code interface-policy N} or {@code interface-policy N%}. */
  public static String interfacePolicy(Constants m, int g) { return "interface-policy " + m.policy().get(g).asa(); }

  /** {@code polltime interface}: the interface hold as {@code holdtime} (or left to five times the poll time). */
  public static String interfacePolltime(Constants m, int g, boolean holdtime) {
    return holdtime ? "polltime interface 1 holdtime " + Vocabulary.TICK_SECONDS * m.ifHold().get(g)
        : "polltime interface " + m.ifHold().get(g);
  }

  // ---------------------------------------------------------------------------------------------
  // the stored form: a box's startup configuration

  /** A box's startup configuration: its contexts, in order, and its lines. */
  public record Startup(List<String> contexts, List<ConfigLine> lines) {
    public Startup {
      contexts = List.copyOf(contexts);
      lines = List.copyOf(lines);
    }
  }

  /**
   * A box's startup configuration: what the model's constants say, and nothing the spec does not
   * model (no addresses). Each command that has several forms in the seed is written in one form for
   * group 1 and another for group 2 (and box B's unit poll time in milliseconds), so that
   * conformance also checks that the engine reads each form alike.
   */
  public static Startup startup(Constants m, Box box) {
    Stored s = new Stored(m);
    s.system(box, unitPolltime(m, box == Box.B));
    s.plainGroup(1);
    s.variedGroup(2);
    return new Startup(m.contexts(), s.lines);
  }

  private static final String SYSTEM = "system";

  private static final class Stored {
    final Constants m;
    final Map<Integer, List<String>> ports;
    final List<ConfigLine> lines = new ArrayList<>();

    Stored(Constants m) {
      this.m = m;
      this.ports = monitoredPorts(m);
    }

    /**
     * The system configuration both boxes share: the designation, the failover and stateful links,
     * the unit poll time as given, the groups' preemption and HTTP replication, the contexts with an
     * empty configuration each, and failover enabled.
     */
    void system(Box box, String unitPoll) {
      top("failover lan unit", "failover lan unit " + (box.name().equals(m.primary()) ? "primary" : "secondary"));
      top("failover lan interface", LAN_INTERFACE);
      // a dedicated stateful link, so that the spec's stLink is a cable of its own
      if (m.stateful()) top("failover link", STATE_LINK);
      top("failover polltime unit", unitPoll);
      // every port the model uses is enabled ("interface phy_if / no shutdown — Enables the
      // interface"): the links, the monitored ports and the spare subinterface's port
      List<String> used = new ArrayList<>(List.of("GigabitEthernet0/0", "GigabitEthernet0/1"));
      for (int g = 1; g <= 2; g++) used.addAll(ports.get(g));
      used.add(sparePort());
      for (String port : used) lines.add(ConfigLine.sub(SYSTEM, "interface " + port, "shutdown", "no shutdown"));
      for (int g = 1; g <= 2; g++) {
        String head = group(g);
        lines.add(ConfigLine.block(SYSTEM, head));
        if (m.preemptOn().get(g)) lines.add(ConfigLine.sub(SYSTEM, head, "preempt", preempt(m, g)));
        if (m.replHttp().get(g)) lines.add(ConfigLine.sub(SYSTEM, head, "replication http", "replication http"));
      }
      top("admin-context", "admin-context " + m.admin());
      top("failover", "failover");
    }

    /**
     * Group 1 in plain forms: every default written out, the interface hold time as {@code holdtime},
     * interfaces allocated by their port's name.
     */
    void plainGroup(int g) {
      lines.add(ConfigLine.sub(SYSTEM, group(g), "pref", m.pref().get(g)));
      lines.add(ConfigLine.sub(SYSTEM, group(g), "interface-policy", interfacePolicy(m, g)));
      lines.add(ConfigLine.sub(SYSTEM, group(g), "polltime interface", interfacePolltime(m, g, true)));
      for (String ctx : contextsOf(m, g)) {
        lines.add(ConfigLine.sub(SYSTEM, "context " + ctx, "join-failover-group", "join-failover-group " + g));
        for (String port : portsOf(ctx)) {
          lines.add(ConfigLine.sub(SYSTEM, "context " + ctx, "allocate-interface " + port, "allocate-interface " + port));
          lines.add(ConfigLine.sub(ctx, "interface " + port, "nameif", "nameif " + nameif(port)));
        }
      }
    }

    /**
     * Group 2 in other forms: the defaults left out ({@code primary}, {@code interface-policy 1}), the
     * interface hold time left to its default, five times the poll time ({@code polltime interface
     * N}). Its first context's first monitored interface is allocated under a mapped name ({@code
     * allocate-interface GigabitEthernet0/2 inside2}); the others are subinterfaces of their ports,
     * monitored by {@code monitor-interface} ("By default, monitoring physical interfaces is enabled
     * and monitoring subinterfaces is disabled"); and one more subinterface, on a port of its own, is
     * not monitored.
     */
    void variedGroup(int g) {
      String head = group(g);
      if (m.pref().get(g).equals("secondary")) lines.add(ConfigLine.sub(SYSTEM, head, "pref", "secondary"));
      Constants.Policy p = m.policy().get(g);
      if (!"num".equals(p.kind()) || p.val() != 1) lines.add(ConfigLine.sub(SYSTEM, head, "interface-policy", interfacePolicy(m, g)));
      lines.add(ConfigLine.sub(SYSTEM, head, "polltime interface", interfacePolltime(m, g, false)));
      for (String ctx : contextsOf(m, g)) {
        String cb = "context " + ctx;
        lines.add(ConfigLine.sub(SYSTEM, cb, "join-failover-group", "join-failover-group " + g));
        List<String> ps = portsOf(ctx);
        if (ps.isEmpty()) continue;
        String mapped = "inside" + Pair.ports().indexOf(ps.get(0));
        lines.add(ConfigLine.sub(SYSTEM, cb, "allocate-interface " + ps.get(0), "allocate-interface " + ps.get(0) + " " + mapped));
        lines.add(ConfigLine.sub(ctx, "interface " + mapped, "nameif", "nameif " + nameif(ps.get(0))));
        for (String port : ps.subList(1, ps.size())) {
          subinterface(ctx, port + ".1", nameif(port));
          lines.add(ConfigLine.top(ctx, "monitor-interface " + nameif(port), "monitor-interface " + nameif(port)));
        }
        subinterface(ctx, sparePort() + ".1", "spare");
      }
    }

    private void subinterface(String ctx, String sub, String nameif) {
      lines.add(ConfigLine.sub(SYSTEM, "context " + ctx, "allocate-interface " + sub, "allocate-interface " + sub));
      lines.add(ConfigLine.sub(ctx, "interface " + sub, "nameif", "nameif " + nameif));
    }

    private void top(String key, String text) { lines.add(ConfigLine.top(SYSTEM, key, text)); }

    /** The port of the unmonitored subinterface: the first after the monitored ones. */
    private String sparePort() { return Pair.ports().get(2 + ports.get(1).size() + ports.get(2).size()); }

    /** The monitored ports of a context: those of its group, if it is the group's first context. */
    private List<String> portsOf(String ctx) {
      int g = m.ctxGroup().get(ctx);
      return contextsOf(m, g).get(0).equals(ctx) ? ports.get(g) : List.of();
    }

    private static String nameif(String port) { return "if" + Pair.ports().indexOf(port); }
  }

  private static String group(int g) { return "failover group " + g; }

  /** The contexts of group g, in the order of the constants. */
  static List<String> contextsOf(Constants m, int g) {
    List<String> out = new ArrayList<>();
    for (String ctx : m.contexts()) if (m.ctxGroup().get(ctx) == g) out.add(ctx);
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // the typed form: the commands that configure the pair

  /**
   * The commands that configure the primary unit (logged in on it, the system execution space,
   * failover not yet enabled) like the model, with addresses: the failover and stateful links, the
   * unit poll time, the monitored ports enabled, the groups, the contexts ({@code contexts}, in that
   * order, each in group {@code groupOf}; the ports of group g allocated to {@code groupContext[g]})
   * and the monitored interfaces' names and addresses; {@code failover} last. A line without prompt
   * is typed in the mode the line before entered.
   */
  public static List<String> typedPrimary(Constants m, List<String> contexts, ToIntFunction<String> groupOf,
      Map<Integer, String> groupContext) {
    Map<Integer, List<String>> ports = monitoredPorts(m);
    String a = m.primary() + "# ";
    List<String> out = new ArrayList<>();
    out.add(a + "failover lan unit primary");
    out.add(a + LAN_INTERFACE);
    out.add(a + "failover interface ip folink 10.0.4.1 255.255.255.0 standby 10.0.4.11");
    out.add(a + "interface GigabitEthernet0/1");
    out.add(" no shutdown");
    if (m.stateful()) {
      out.add(a + STATE_LINK);
      out.add(a + "failover interface ip statelink 10.0.5.1 255.255.255.0 standby 10.0.5.2");
      out.add(a + "interface GigabitEthernet0/0");
      out.add(" no shutdown");
    }
    out.add(a + unitPolltime(m, false));
    for (int g = 1; g <= 2; g++) {
      for (String p : ports.get(g)) {
        out.add(a + "interface " + p);
        out.add(" no shutdown");
      }
    }
    for (int g = 1; g <= 2; g++) {
      out.add(a + group(g));
      out.add(" " + m.pref().get(g));
      if (m.preemptOn().get(g)) out.add(" " + preempt(m, g));
      if (m.replHttp().get(g)) out.add(" replication http");
      out.add(" " + interfacePolicy(m, g));
      out.add(" " + interfacePolltime(m, g, true));
      out.add(" exit");
    }
    out.add(a + "admin-context " + m.admin());
    for (String c : contexts) {
      int g = groupOf.applyAsInt(c);
      out.add(a + "context " + c);
      if (groupContext.get(g).equals(c)) for (String p : ports.get(g)) out.add(" allocate-interface " + p);
      out.add(" config-url flash:/" + c + ".cfg");
      out.add(" join-failover-group " + g);
      out.add(" exit");
    }
    for (int g = 1; g <= 2; g++) {
      int k = 0;
      for (String p : ports.get(g)) {
        k++;
        int net = 10 * g + k;
        out.add(m.primary() + "/" + groupContext.get(g) + "# interface " + p);
        out.add(" nameif if" + k);
        out.add(" security-level 50");
        out.add(" ip address 10." + net + ".0.1 255.255.255.0 standby 10." + net + ".0.2");
      }
    }
    out.add(a + "failover");
    return out;
  }

  /** The commands that make the secondary unit join: the failover link, its designation, {@code failover}. */
  public static List<String> typedSecondary(Constants m) {
    String b = m.secondary() + "# ";
    return List.of(b + LAN_INTERFACE, b + "failover interface ip folink 10.0.4.1 255.255.255.0 standby 10.0.4.11",
        b + "interface GigabitEthernet0/1", " no shutdown", b + "failover lan unit secondary", b + "failover");
  }
}
