package failover.engine;

import java.util.ArrayList;
import java.util.List;

/** What the configuration of a box says: queries over {@link Config}, with the seed's defaults. */
final class Cfg {
  /** The memo key of a per-group fact, {@code prefix + g}: made once for groups 1 and 2 (a literal's hash is kept). */
  private static String key(String prefix, int g) {
    return g == 1 || g == 2 ? GROUP_KEYS.computeIfAbsent(prefix, p -> new String[] {null, p + 1, p + 2})[g] : prefix + g;
  }

  private static final java.util.Map<String, String[]> GROUP_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

  private Cfg() {}

  /** A monitored interface of a failover group: its context, name and port. */
  record Monitored(String ctx, String nameif, String port) {}

  static List<String> words(String line) { return Names.words(line); }

  /** "admin-context NAME". */
  static String adminContext(Config c) {
    return c.memo("admin", () -> {
      String l = c.system.top("admin-context");
      return l == null ? null : words(l).get(1);
  });
  }

  /**
   * The failover group of a context: "The admin context is always a member of failover group 1.
   * Any unassigned security contexts are also members of failover group 1 by default."
   */
  static int groupOf(Config c, String ctx) {
    return c.memo("group:" + ctx, () -> {
      if (ctx.equals(adminContext(c))) return 1;
      Config.Block b = c.system.block("context " + ctx);
      if (b == null) return 1;
      Config.Line l = b.sub("join-failover-group");
      return l == null ? 1 : Integer.parseInt(words(l.text()).get(1));
  });
  }

  /** "failover lan interface if_name phy_if": {if_name, phy_if}. */
  static String[] lanInterface(Config c) {
    return c.memo("lan", () -> {
      String l = c.system.top("failover lan interface");
      if (l == null) return null;
      List<String> w = words(l);
      return new String[] {w.get(3), w.get(4)};
  });
  }

  /**
   * "failover link if_name [phy_if]": {if_name, dedicated phy_if or null when the Stateful
   * Failover link is the failover link}; null when Stateful Failover is not configured.
   */
  static String[] statefulLink(Config c) {
    return c.memo("link", () -> {
      String l = c.system.top("failover link");
      if (l == null) return null;
      List<String> w = words(l);
      String phy = w.size() > 3 ? w.get(3) : null;
      String[] lan = lanInterface(c);
      if (lan != null && phy != null && phy.equals(lan[1])) phy = null;
      return new String[] {w.get(2), phy};
  });
  }

  /** A named interface of a context: its context, name (nameif) and (sub)interface. */
  record Named(String ctx, String nameif, String port) {}

  /**
   * The Stateful Failover link uses a data interface: "If the Stateful Failover link uses the
   * failover link or a data interface, then you only need to supply the if_name argument." The
   * link was given by if_name alone ({@code failover link state}) and that name is not the failover
   * lan interface's (the seed's own example, {@code failover link folink}, uses the failover link).
   */
  static boolean statefulOverData(Config c) {
    return c.memo("linkdata?", () -> {
      String l = c.system.top("failover link");
      if (l == null) return false;
      List<String> w = words(l);
      if (w.size() != 3) return false;
      String[] lan = lanInterface(c);
      return lan == null || !lan[0].equals(w.get(2));
  });
  }

  /**
   * The data interface the Stateful Failover link uses, or null: when it uses none, or when its
   * name does not stand for exactly one data interface (see {@link #dataInterfaces}).
   */
  static Named statefulDataInterface(Config c) {
    if (!statefulOverData(c)) return null;
    return c.memo("linkdata", () -> {
      List<Named> hits = dataInterfaces(c, words(c.system.top("failover link")).get(2));
      return hits.size() == 1 ? hits.get(0) : null;
  });
  }

  /**
   * The data interfaces a name typed in the system execution space can stand for: the interfaces
   * of every context whose nameif is that name and that are allocated to it. The system execution
   * space names no data interface itself ("nameif" is configured within a context), and each
   * context names its interfaces on its own: the seed's example names an interface "outside" in
   * both admin and ctx1. So a name stands for a data interface only when exactly one context uses
   * it; two or more hits are ambiguous and the caller refuses them.
   */
  static List<Named> dataInterfaces(Config c, String nameif) {
    List<Named> out = new ArrayList<>();
    for (String ctx : c.contexts.keySet()) {
      for (String[] i : contextInterfaces(c, ctx)) {
        if (!nameif.equals(i[1])) continue;
        // only an interface allocated to the context is one of its data interfaces
        String port = resolveInContext(c, ctx, i[0]);
        if (port != null && Names.onHardware(port)) out.add(new Named(ctx, nameif, port));
      }
    }
    return out;
  }

  /** "failover interface ip if_name ip mask standby ip" (or IPv6): {active, standby}. */
  static String[] failoverInterfaceIp(Config c, String name) {
    String l = c.system.top("failover interface ip " + name);
    if (l == null) return null;
    List<String> w = words(l);
    int s = w.indexOf("standby");
    if (w.get(4).contains("/")) return new String[] {w.get(4).substring(0, w.get(4).indexOf('/')), w.get(s + 1)};
    return new String[] {w.get(4), w.get(s + 1)};
  }

  /** Unit poll and hold times in ms: "failover polltime [unit] [msec] N [holdtime [msec] M]"; 1 s / 15 s by default. */
  static long[] unitPollHold(Config c) {
    return c.memo("unitpoll", () -> {
      String l = c.system.top("failover polltime unit");
      if (l == null) return new long[] {1000, 15000};
      return pollHold(words(l), 2, 1000, 15000, 3);
  });
  }

  /** Parses "[unit|interface] [msec] N [holdtime [msec] M]" from index i: {poll ms, hold ms}. */
  static long[] pollHold(List<String> w, int i, long defPoll, long defHold, int factor) {
    if (i < w.size() && (w.get(i).equals("unit") || w.get(i).equals("interface"))) i++;
    long poll;
    if (w.get(i).equals("msec")) {
      poll = Long.parseLong(w.get(i + 1));
      i += 2;
    } else {
      poll = Long.parseLong(w.get(i)) * 1000;
      i += 1;
    }
    long hold = -1;
    if (i < w.size() && w.get(i).equals("holdtime")) {
      if (w.get(i + 1).equals("msec")) hold = Long.parseLong(w.get(i + 2));
      else hold = Long.parseLong(w.get(i + 1)) * 1000;
    }
    if (hold < 0) hold = Math.max(defHold * poll / defPoll, factor * poll);
    return new long[] {poll, hold};
  }

  /**
   * The interface hold time a poll time implies when no hold time is given. "Valid values for the
   * hold time are from 5 to 75 seconds. You cannot enter a hold time that is less than 5 times the
   * poll time." Decision: the implied hold time is five poll times ("testing begins on an interface
   * if 5 consecutive hellos are not heard on that interface (25 seconds)", the default 5 s / 25 s),
   * but never below 5 s, the least valid hold time: the seed's own example pairs a 500 ms poll time
   * with a 5 s hold time ("The interface poll time is set to 500 milliseconds and the hold time to 5
   * seconds"). Not taken: five poll times alone (2.5 s for msec 500, a hold time the command itself
   * refuses), and refusing a short poll time without a hold time (the seed makes the hold time optional).
   */
  static long impliedInterfaceHold(long pollMs) { return Math.max(5000, 5 * pollMs); }

  static Config.Block group(Config c, int g) { return c.system.block("failover group " + g); }

  static String groupSub(Config c, int g, String key) {
    Config.Block b = group(c, g);
    if (b == null) return null;
    Config.Line l = b.sub(key);
    return l == null ? null : l.text();
  }

  /** "primary | secondary" preference of the group; primary by default. */
  static boolean prefersPrimary(Config c, int g) {
    return c.memo(key("pref:", g), () -> { return !"secondary".equals(groupSub(c, g, "pref")); });
  }

  /** "preempt [delay]": -1 without preemption, else the delay in seconds (0 without a delay). */
  static int preemptDelay(Config c, int g) {
    return c.memo(key("preempt:", g), () -> {
      String l = groupSub(c, g, "preempt");
      if (l == null) return -1;
      List<String> w = words(l);
      return w.size() > 1 ? Integer.parseInt(w.get(1)) : 0;
  });
  }

  /** "replication http" in the group. */
  static boolean replicationHttp(Config c, int g) {
    return c.memo(key("http:", g), () -> { return groupSub(c, g, "replication http") != null; });
  }

  /** "interface-policy num[%]": {num, 1 if percent}; 1 interface by default. */
  static int[] interfacePolicy(Config c, int g) {
    return c.memo(key("policy:", g), () -> {
      String l = groupSub(c, g, "interface-policy");
      if (l == null) return new int[] {1, 0};
      String v = words(l).get(1);
      if (v.endsWith("%")) return new int[] {Integer.parseInt(v.substring(0, v.length() - 1)), 1};
      return new int[] {Integer.parseInt(v), 0};
  });
  }

  /** "polltime interface [msec] N [holdtime N]": {poll ms, hold ms}; 5 s / 25 s by default. */
  static long[] interfacePollHold(Config c, int g) {
    return c.memo(key("ifpoll:", g), () -> {
      String l = groupSub(c, g, "polltime interface");
      if (l == null) return new long[] {5000, 25000};
      long[] ph = pollHold(words(l), 1, 5000, 25000, 5);
      if (!words(l).contains("holdtime")) ph[1] = impliedInterfaceHold(ph[0]);
      return ph;
  });
  }

  /** "mac address phy_if active_mac standby_mac" in the group: {active, standby}. */
  static String[] groupMac(Config c, int g, String port) {
    String l = groupSub(c, g, "mac address " + port);
    if (l == null) return null;
    List<String> w = words(l);
    return new String[] {w.get(3), w.get(4)};
  }

  /** The configured active and standby MAC of a port are the same address (the administrator's doing). */
  static boolean sameMacConfigured(Config c, String port) {
    String ctx = contextOfPort(c, port);
    if (ctx == null) return false;
    String[] m = groupMac(c, groupOf(c, ctx), port);
    return m != null && m[0].equals(m[1]);
  }

  /** The context a port (or subinterface) is allocated to, or null. */
  static String contextOfPort(Config c, String port) {
    return c.memo("port:" + port, () -> {
      for (Config.Block b : c.system.blocks) {
        if (!b.key.startsWith("context ")) continue;
        if (b.sub("allocate-interface " + port) != null) return b.key.substring(8);
      }
      return null;
  });
  }

  /**
   * The context of the port, or else the first context that has one of its subinterfaces
   * ({@code port.N}), whose link goes with the port's; null when none.
   */
  static String contextOfPortOrSubinterface(Config c, String port) {
    String own = contextOfPort(c, port);
    if (own != null) return own;
    for (Config.Block b : c.system.blocks) {
      if (!b.key.startsWith("context ")) continue;
      for (Config.Line l : b.subs) {
        if (l.key().startsWith("allocate-interface " + port + ".")) return b.key.substring(8);
      }
    }
    return null;
  }

  /** {physical, mapped name or null} of each interface allocated to a context. */
  static List<String[]> allocated(Config c, String ctx) {
    List<String[]> out = new ArrayList<>();
    Config.Block b = c.system.block("context " + ctx);
    if (b == null) return out;
    for (Config.Line l : b.subs) {
      if (!l.key().startsWith("allocate-interface ")) continue;
      List<String> w = words(l.text());
      String map = w.size() > 2 && !w.get(2).equals("visible") && !w.get(2).equals("invisible") ? w.get(2) : null;
      out.add(new String[] {w.get(1), map});
    }
    return out;
  }

  /** The physical (sub)interface a name typed in a context stands for, if allocated to it; else null. */
  static String resolveInContext(Config c, String ctx, String typed) {
    String canon = Names.canonicalInterface(typed);
    for (String[] al : allocated(c, ctx)) {
      if (al[1] != null && al[1].equals(typed)) return al[0];
      if (al[1] == null && al[0].equals(canon)) return al[0];
    }
    return null;
  }

  /**
   * {@link #resolveInContext} for many names of one context: the allocations are read once. The
   * first allocation that matches wins, as there.
   */
  static java.util.function.Function<String, String> resolver(Config c, String ctx) {
    java.util.Map<String, Integer> mapped = new java.util.HashMap<>(), unmapped = new java.util.HashMap<>();
    List<String[]> al = allocated(c, ctx);
    for (int k = 0; k < al.size(); k++) {
      if (al.get(k)[1] != null) mapped.putIfAbsent(al.get(k)[1], k);
      else unmapped.putIfAbsent(al.get(k)[0], k);
    }
    return typed -> {
      Integer m = mapped.get(typed);
      String canon = Names.canonicalInterface(typed);
      Integer u = canon == null ? null : unmapped.get(canon);
      if (m == null && u == null) return null;
      return al.get(m == null ? u : u == null ? m : Math.min(m, u))[0];
    };
  }

  /** The interface blocks of a context: {head port as written, nameif or null}. */
  static List<String[]> contextInterfaces(Config c, String ctx) {
    List<String[]> out = new ArrayList<>();
    Config.Scope s = c.contexts.get(ctx);
    if (s == null) return out;
    for (Config.Block b : s.blocks) {
      if (!b.key.startsWith("interface ")) continue;
      Config.Line n = b.sub("nameif");
      out.add(new String[] {b.key.substring(10), n == null ? null : words(n.text()).get(1)});
    }
    return out;
  }

  static List<String> nameifs(Config c, String ctx) {
    List<String> out = new ArrayList<>();
    for (String[] i : contextInterfaces(c, ctx)) if (i[1] != null) out.add(i[1]);
    return out;
  }

  /**
   * Monitored interfaces of a failover group: the named interfaces of its contexts. "By default,
   * monitoring physical interfaces is enabled and monitoring subinterfaces is disabled."
   */
  static List<Monitored> monitored(Config c, int g) {
    return c.memo(key("mon:", g), () -> {
      List<Monitored> out = new ArrayList<>();
      for (String ctx : c.contexts.keySet()) {
        if (groupOf(c, ctx) != g) continue;
        Config.Scope s = c.contexts.get(ctx);
        // one pass over the allocations and the monitor-interface lines of the context (the unit's
        // limit of 250 is checked after every configuration change: linear, not quadratic)
        java.util.function.Function<String, String> resolve = resolver(c, ctx);
        java.util.Map<String, String> monLines = new java.util.HashMap<>();
        for (Config.Block b : s.blocks) if (b.key.startsWith("monitor-interface ")) monLines.putIfAbsent(b.key, b.head);
        for (String[] i : contextInterfaces(c, ctx)) {
          if (i[1] == null) continue;
          String port = resolve.apply(i[0]);
          if (port == null) port = Names.canonicalInterface(i[0]);
          if (port == null || !Names.onHardware(port)) continue;
          String mon = monLines.get("monitor-interface " + i[1]);
          boolean on = Names.isSubinterface(port) ? (mon != null && !mon.startsWith("no ")) : (mon == null || !mon.startsWith("no "));
          if (on) out.add(new Monitored(ctx, i[1], port));
        }
      }
      return out;
  });
  }

  /**
   * The port (a physical port, or a subinterface) is administratively down. "interface phy_if / no
   * shutdown — Enables the interface." Decision: a box starts with an empty configuration
   * (SCENARIOS.md), and as on an ASA every physical port of an empty configuration is shut: a port
   * is enabled only by {@code no shutdown} in its {@code interface} block of the system execution
   * space (the seed's procedures enable every port they use: "Step 3 interface phy_if no shutdown",
   * "Step 6 ... no shutdown"). A subinterface is down with its physical port, or when it is shut
   * itself; the seed enables physical ports only ("phy_if"), so a created subinterface is not shut
   * unless its block says {@code shutdown}. Not taken: ports enabled by default, which would make
   * the seed's Step 3 and Step 6 ("Enables the interface") do nothing.
   */
  static boolean portShut(Config c, String port) {
    Config.Block b = c.system.block("interface " + Names.physicalOf(port));
    Config.Line l = b == null ? null : b.sub("shutdown");
    if (l == null || !l.text().equals("no shutdown")) return true;
    if (Names.isSubinterface(port)) {
      Config.Block sb = c.system.block("interface " + port);
      Config.Line sl = sb == null ? null : sb.sub("shutdown");
      return sl != null && sl.text().equals("shutdown");
    }
    return false;
  }

  /**
   * A named interface of a context is administratively down: its port is ({@link #portShut}), or
   * the context shut it ({@code shutdown} in its {@code interface} block). "Link Down—The interface
   * or VLAN is administratively down."
   */
  static boolean adminDown(Config c, String ctx, String nameif, String port) {
    if (portShut(c, port)) return true;
    Config.Block b = namedInterface(c, ctx, nameif);
    Config.Line sh = b == null ? null : b.sub("shutdown");
    return sh != null && sh.text().equals("shutdown");
  }

  /** The interface block of a context whose {@code nameif} is the given name, or null. */
  private static Config.Block namedInterface(Config c, String ctx, String nameif) {
    Config.Scope s = c.contexts.get(ctx);
    if (s == null) return null;
    for (Config.Block b : s.blocks) {
      if (!b.key.startsWith("interface ")) continue;
      Config.Line n = b.sub("nameif");
      if (n != null && words(n.text()).get(1).equals(nameif)) return b;
    }
    return null;
  }

  static boolean adminDown(Config c, Monitored m) { return adminDown(c, m.ctx(), m.nameif(), m.port()); }

  /**
   * The monitored interfaces of a group that can fail: those not administratively down. Decision
   * (Link Down and the interface policy): "Failover occurs if the number of failed interfaces meets
   * the failover criteria"; "the number or percentage of interfaces within the failover group that
   * must fail before the group fails"; "Link Down—The interface or VLAN is administratively down"
   * and "Failed—No traffic is received on the interface, yet traffic is heard on the peer interface"
   * are two statuses. An interface the administrator shut has not failed: it counts neither toward
   * the policy nor among the interfaces a percentage is taken of (a shut interface is as if not
   * monitored, until {@code no shutdown}). Not taken: Link Down as a failure (shutting an interface
   * for maintenance would fail the group over), and Link Down counted in the percentage's base
   * (shutting interfaces would make a percentage policy harder to meet than the interfaces in use say).
   */
  static List<Monitored> monitoredUp(Config c, int g) {
    return c.memo(key("monup:", g), () -> {
      List<Monitored> out = new ArrayList<>();
      for (Monitored m : monitored(c, g)) if (!adminDown(c, m)) out.add(m);
      return out;
    });
  }

  /** "You can monitor up to 250 interfaces on a unit." */
  static final int MAX_MONITORED = 250;

  /** The interfaces the unit monitors: those of both failover groups, in all its contexts. */
  static int monitoredOnUnit(Config c) { return monitored(c, 1).size() + monitored(c, 2).size(); }

  /** "ip address ip mask [standby ip]" of the named interface of a context: {active, standby or null}. */
  static String[] interfaceIp(Config c, String ctx, String nameif) {
    Config.Block b = namedInterface(c, ctx, nameif);
    Config.Line ip = b == null ? null : b.sub("ip address");
    if (ip == null) return null;
    List<String> w = words(ip.text());
    int st = w.indexOf("standby");
    return new String[] {w.get(2), st > 0 ? w.get(st + 1) : null};
  }

  /**
   * The configuration a unit has after receiving the peer's running configuration: the sender's,
   * except the receiver keeps its own designation ("failover lan unit" is never replicated).
   */
  static Config received(Config sender, Config receiver) {
    Config out = sender.copy();
    String mine = receiver.system.top("failover lan unit");
    if (mine == null) out.system.remove("failover lan unit");
    else out.system.putTop("failover lan unit", mine);
    out.touch();
    return out;
  }
}
