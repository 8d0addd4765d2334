package failover.engine;

/**
 * The failover state of one failover group on one box (the spec's {@code role} values).
 * {@code INIT}: the box is booting or has just enabled failover and is still negotiating;
 * {@code OFF}: the box is powered off.
 */
public enum GroupState {
  OFF, INIT, ACTIVE, STANDBY, FAILED;

  /** The spec's spelling: "off", "init", "active", "standby", "failed". */
  public String spec() { return name().toLowerCase(java.util.Locale.ROOT); }
}
