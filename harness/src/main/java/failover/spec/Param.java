package failover.spec;

/**
 * A parameter of a spec action: its name in the history variable {@code act} (and in the action's
 * {@code act'} record) and the set {@code Next} draws it from.
 */
public record Param(String name, Domain domain) {}
