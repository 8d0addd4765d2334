package failover.engine;

/**
 * Why an environment action was not taken: the conjunct of its guard (as the spec writes it, or the
 * engine's own check where the spec has none) that does not hold. The action checks its guard
 * once and returns the refusal, changing nothing; the command line ({@link Commands#words}) and
 * the events ({@link Events}) word it as the ASA's message.
 */
sealed interface Refusal {
  /** {@code foEnabled[u]} is FALSE: failover is not enabled on the unit. */
  record FailoverDisabled() implements Refusal {}

  /** {@code AllInit(u)}: the unit's groups still negotiate, so the pair is not {@code Paired}. */
  record Negotiating() implements Refusal {}

  /** Not {@code Paired}: the peer is off, unheard, or not resynchronised since the failover link failed. */
  record NotPaired() implements Refusal {}

  /** ForceActive(u, g): the group is already active on the unit. */
  record ActiveHere(int group) implements Refusal {}

  /** ForceActive(u, g): the group is failed on the unit (a failed group is not forced; Reset restores it). */
  record FailedHere(int group) implements Refusal {}

  /** ForceActive(u, g): the group is not active on the peer. */
  record PeerNotActive(int group, GroupState peer) implements Refusal {}

  /** ForceActive(u, 0): no group is standby on the unit and active on the peer. */
  record NoneMoves() implements Refusal {}

  /** ForceStandby(u, g): the group is not active on the unit. */
  record NotActiveHere(int group) implements Refusal {}

  /** ForceStandby(u, g): the group is not standby on the peer. */
  record PeerNotStandby(int group, GroupState peer) implements Refusal {}

  /** Reset(u, g): no group it would restore is failed. */
  record NoneFailed() implements Refusal {}

  /** WriteStandby(u, s): {@code IsSource(u, s)} is FALSE (the scope's group is not active on the unit). */
  record NotSource(String scope, int group) implements Refusal {}

  /** A configuration change would make the unit monitor more than {@link Cfg#MAX_MONITORED} interfaces (engine only). */
  record MonitorLimit(int monitored) implements Refusal {}

  /**
   * A configuration change would leave the name of the Stateful Failover link on a data interface
   * ({@code failover link if_name}) standing for another interface, for two, or for none (engine only).
   */
  record StatefulLinkInUse(String link, Cfg.Named iface) implements Refusal {}

  /** PowerOn(us): the box is already on. */
  record AlreadyOn(Box box) implements Refusal {}

  /** PowerOff(u): the box is already off. */
  record AlreadyOff(Box box) implements Refusal {}

  /** StateLinkDown/Up: the Stateful Failover link uses a data interface, which has no cable of its own (engine only). */
  record NoStateCable(Box box, Cfg.Named iface) implements Refusal {}

  /** Traffic(u, g, k): not {@code UsesActiveAddresses(u, g)} for the context's group. */
  record NotActiveThere(Box box, String context) implements Refusal {}
}
