package failover.spec;

import java.util.List;

/**
 * The names spec/AAFailover.tla declares: its module, variables and constants; the deliberate bugs
 * of spec/AAFailoverBugs.tla; and the length of the spec's tick in the engine's time.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /** The protocol's module. */
  public static final String MODULE = "AAFailover";

  /** The spec's {@code VARIABLES}, in its order; the history variable {@code act} last. */
  public static final List<String> VARIABLES = List.of("power", "foEnabled", "foSaved", "role", "foLink", "stLink",
      "ifDown", "running", "startup", "flash", "conns", "unitTimer", "ifTimer", "preemptTimer", "preemptArmed",
      "linkLost", "act");

  /** The timers among the variables: counts of ticks no device shows (observed states leave them out). */
  public static final List<String> TIMERS = List.of("unitTimer", "ifTimer", "preemptTimer");

  /** The history variable: the last action with its parameters ({@code [name |-> "PowerOff", unit |-> "A"]}). */
  public static final String HISTORY = "act";

  /** The spec's {@code CONSTANTS}, in its order. */
  public static final List<String> CONSTANTS = List.of("Primary", "Pref", "PreemptOn", "PreemptDelay", "ReplHttp",
      "Stateful", "MonIf", "Policy", "IfHold", "UnitHold", "Contexts", "Admin", "CtxGroup", "ConnKinds");

  /**
   * The {@code Bugs} of spec/AAFailoverBugs.tla ({@link SpecBugs}): "none", then each deliberate
   * mistake (in the spec, where a bug model overrides its operators and declares its name in the
   * constant {@code Bug} of spec/MCbug.tla; in the engine; for the proofs that the checks bite).
   */
  public static final List<String> BUGS = List.of("none", "PreemptIgnoresFailed", "LinkLossIsPeerDeath",
      "ReplicateFromStandby", "BootIgnoresActivePeer", "FailoverToFailedStandby", "HttpAlwaysReplicated",
      "PreemptBeforeSync", "PreemptAlways", "NoBulkSync", "PeerDeathNeedsLink", "PreemptStanding",
      "RejoinFromPrimary");

  /**
   * A spec {@code Tick} in the engine's time, in seconds. Every hold time and delay of a model is a
   * number of ticks; the engine and the scenarios written from a model configure them as multiples of
   * this (a unit hold of 1 tick is {@code failover polltime unit 1 holdtime 5}).
   */
  public static final int TICK_SECONDS = 5;

  /** {@link #TICK_SECONDS} in milliseconds. */
  public static final long TICK_MILLIS = TICK_SECONDS * 1000L;
}
