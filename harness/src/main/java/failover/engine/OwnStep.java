package failover.engine;

import failover.spec.Action;

/**
 * One of the pair's own steps (the spec's {@code PairSteps}), with its parameters: {@code unit} is
 * null and {@code group} 0 where the action has no such parameter. BootAlone(unit),
 * JoinActivePeer(unit), SimultaneousBoot, DetectPeerFailure(unit), DetectInterfaceFailure(unit,
 * group), GroupRecover(unit, group), StateSync(group), Preempt(group), Rejoin.
 */
public record OwnStep(Action action, Box unit, int group) {
  public OwnStep {
    if (!action.pairStep()) throw new IllegalArgumentException(action + " is no step of the pair's own");
  }

  /** The action's name, as the spec's {@code act.name}. */
  public String name() { return action.name(); }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(action.name());
    if (unit != null || group != 0) {
      sb.append('(');
      if (unit != null) sb.append(unit);
      if (unit != null && group != 0) sb.append(", ");
      if (group != 0) sb.append(group);
      sb.append(')');
    }
    return sb.toString();
  }
}
