package failover.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One box as users outside the engine may read it: whether it runs, its failover state, its ports,
 * and what its configuration says ({@link Configuration}), in the engine's own terms (the readers of
 * the spec's constants interpret them). A view of the pair as it is when asked ({@link Pair#view}).
 */
public final class BoxView {
  private final Unit u;

  BoxView(Unit u) { this.u = u; }

  public Box box() { return u.id; }

  /** The box is powered and its software runs. */
  public boolean on() { return u.on; }

  /** The spec's {@code Settled(u)}: on, every group active, standby or failed. */
  public boolean settled() { return Predicates.settled(u); }

  /** {@code failover} is in the running configuration of a box that runs. */
  public boolean failoverEnabled() { return u.failoverEnabled(); }

  /** The port of the running configuration's {@code failover lan interface}, or null. */
  public String lanPort() {
    String[] lan = Cfg.lanInterface(u.running);
    return lan == null ? null : lan[1];
  }

  /** The failover lan interface is configured, its port enabled and with link. */
  public boolean lanReady() { return Predicates.lanReady(u); }

  /** The dedicated port of the running configuration's Stateful Failover link ({@code failover link name port}), or null. */
  public String statefulPort() {
    String[] link = Cfg.statefulLink(u.running);
    return link == null ? null : link[1];
  }

  /** The port has link and the running configuration enables it. */
  public boolean portWorks(String port) { return Predicates.portWorks(u, port); }

  /** The running configuration shuts the port ({@code shutdown}, or no {@code no shutdown}). */
  public boolean portShut(String port) { return Cfg.portShut(u.running, port); }

  /** The configuration the box runs with: running, or startup while it is off. */
  public Configuration effective() { return new Configuration(u.on ? u.running : u.startup); }

  /** What one configuration says, read-only. */
  public static final class Configuration {
    private final Config c;

    Configuration(Config c) { this.c = c; }

    /** The system's top-level line with that key ({@code failover lan unit}, {@code failover link}), or null. */
    public String top(String key) { return c.system.top(key); }

    /** The contexts, in creation order. */
    public List<String> contexts() { return new ArrayList<>(c.contexts.keySet()); }

    /** {@code admin-context}: its name, or null. */
    public String adminContext() { return Cfg.adminContext(c); }

    /** The failover group a context joins ({@code join-failover-group}, 1 by default). */
    public int groupOf(String ctx) { return Cfg.groupOf(c, ctx); }

    /** The group prefers the primary unit ({@code primary}, the default). */
    public boolean prefersPrimary(int g) { return Cfg.prefersPrimary(c, g); }

    /** The group's {@code preempt} delay in seconds: -1 without {@code preempt}, 0 without a delay. */
    public int preemptDelay(int g) { return Cfg.preemptDelay(c, g); }

    /** The group has {@code replication http}. */
    public boolean replicationHttp(int g) { return Cfg.replicationHttp(c, g); }

    /** The monitored interfaces of the group that are not administratively down. */
    public int monitoredUp(int g) { return Cfg.monitoredUp(c, g).size(); }

    /** The group's {@code interface-policy}: {value, 1 when in percent else 0}. */
    public int[] interfacePolicy(int g) { return Cfg.interfacePolicy(c, g); }

    /** Stateful Failover is configured ({@code failover link}). */
    public boolean statefulLink() { return Cfg.statefulLink(c) != null; }

    /** The Stateful Failover link uses a data interface. */
    public boolean statefulOverData() { return Cfg.statefulOverData(c); }
  }
}
