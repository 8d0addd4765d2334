package failover.engine;

/** The two boxes of the pair. The hostname of each box is its name. */
public enum Box {
  A, B
}
