package failover.spec;

/**
 * A set an action's parameter ranges over in {@code Next}, as spec/AAFailover.tla writes it in the
 * quantifier ({@code \E u \in Units, g \in {0} \cup Groups : ForceActive(u, g)}).
 */
public enum Domain {
  /** {@code SUBSET Units}: the units powered on together (the empty set enables nothing). */
  UNIT_SETS("SUBSET Units"),
  UNITS("Units"),
  GROUPS("Groups"),
  /** {@code {0} \cup Groups}: 0 stands for every group ({@code failover active}, {@code failover reset}). */
  ALL_OR_GROUPS("{0} \\cup Groups"),
  /** The system space and every context. */
  SCOPES("Scopes"),
  /** {@code write memory all}, or one scope. */
  ALL_OR_SCOPES("{\"all\"} \\cup Scopes"),
  CONTEXTS("Contexts"),
  CONN_KINDS("ConnKinds"),
  /** The monitored interfaces of the action's group: {@code 1..MonIf[g]}. */
  MONITORED_INTERFACES("1..MonIf[g]");

  /** The set as the spec writes it. */
  public final String tla;

  Domain(String tla) { this.tla = tla; }
}
