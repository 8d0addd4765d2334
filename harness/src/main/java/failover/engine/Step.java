package failover.engine;

/**
 * One of the pair's own steps (the spec's internal actions), with its parameters:
 * {@code unit} is null and {@code group} 0 where the action has no such parameter.
 * Names: BootAlone(unit), JoinActivePeer(unit), SimultaneousBoot, DetectPeerFailure(unit),
 * DetectInterfaceFailure(unit, group), GroupRecover(unit, group), StateSync(group), Preempt(group).
 */
public record Step(String name, Box unit, int group) {
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name);
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
