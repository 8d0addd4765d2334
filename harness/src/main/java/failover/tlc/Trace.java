package failover.tlc;

import java.util.List;

/**
 * A counterexample as TLC printed it: its states in order, and how it ends. A safety trace (an
 * invariant, a deadlock, an assertion) ends in the bad state; a liveness trace is a lasso that
 * either loops back to an earlier state ({@link Ending#BACK_TO_STATE}, {@code backTo} is that
 * state's 1-based number) or stutters for ever in its last state ({@link Ending#STUTTERING}).
 */
public record Trace(List<TlcMessage.TraceState> states, Ending ending, int backTo) {
  public enum Ending { NONE, FINAL_STATE, BACK_TO_STATE, STUTTERING }

  public static final Trace EMPTY = new Trace(List.of(), Ending.NONE, 0);

  public Trace { states = List.copyOf(states); }

  public boolean isEmpty() { return states.isEmpty(); }
}
