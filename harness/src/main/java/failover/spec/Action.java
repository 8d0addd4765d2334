package failover.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The actions of spec/AAFailover.tla's {@code Next}, in the spec's order: the environment's
 * ({@code Environment}: what happens to the pair, or what an operator types), then the pair's own
 * steps ({@code PairSteps}: what the units do by themselves, fired by the engine inside
 * {@code wait}). Each with the parameters its {@code act'} record names, in that order.
 */
public enum Action {
  PowerOn(Kind.ENVIRONMENT, p("units", Domain.UNIT_SETS)),
  PowerOff(Kind.ENVIRONMENT, unit()),
  FailoverLinkDown(Kind.ENVIRONMENT),
  FailoverLinkUp(Kind.ENVIRONMENT),
  StateLinkDown(Kind.ENVIRONMENT),
  StateLinkUp(Kind.ENVIRONMENT),
  InterfaceDown(Kind.ENVIRONMENT, unit(), group()),
  InterfaceUp(Kind.ENVIRONMENT, unit(), group(), p("iface", Domain.MONITORED_INTERFACES)),
  EnableFailover(Kind.ENVIRONMENT, unit()),
  DisableFailover(Kind.ENVIRONMENT, unit()),
  ForceActive(Kind.ENVIRONMENT, unit(), p("group", Domain.ALL_OR_GROUPS)),
  ForceStandby(Kind.ENVIRONMENT, unit(), group()),
  Reset(Kind.ENVIRONMENT, unit(), p("group", Domain.ALL_OR_GROUPS)),
  ConfigCommand(Kind.ENVIRONMENT, unit(), scope(Domain.SCOPES)),
  LocalCommand(Kind.ENVIRONMENT, unit(), scope(Domain.CONTEXTS)),
  WriteMemory(Kind.ENVIRONMENT, unit(), scope(Domain.ALL_OR_SCOPES)),
  EraseStartup(Kind.ENVIRONMENT, unit(), scope(Domain.SCOPES)),
  FileCommand(Kind.ENVIRONMENT, unit()),
  WriteStandby(Kind.ENVIRONMENT, unit(), scope(Domain.SCOPES)),
  Traffic(Kind.ENVIRONMENT, unit(), group(), p("kind", Domain.CONN_KINDS)),
  Tick(Kind.ENVIRONMENT),
  BootAlone(Kind.PAIR_STEP, unit()),
  JoinActivePeer(Kind.PAIR_STEP, unit()),
  SimultaneousBoot(Kind.PAIR_STEP),
  DetectPeerFailure(Kind.PAIR_STEP, unit()),
  DetectInterfaceFailure(Kind.PAIR_STEP, unit(), group()),
  GroupRecover(Kind.PAIR_STEP, unit(), group()),
  StateSync(Kind.PAIR_STEP, group()),
  Preempt(Kind.PAIR_STEP, group()),
  Rejoin(Kind.PAIR_STEP);

  /** Who takes the step: the environment ({@code Environment}) or the pair itself ({@code PairSteps}). */
  public enum Kind { ENVIRONMENT, PAIR_STEP }

  private final Kind kind;
  private final List<Param> params;

  Action(Kind kind, Param... params) {
    this.kind = kind;
    this.params = List.of(params);
  }

  public Kind kind() { return kind; }

  /** A step of the pair itself, which the engine takes inside {@code wait}. */
  public boolean pairStep() { return kind == Kind.PAIR_STEP; }

  /** The parameters, in the order of the action's {@code act'} record. */
  public List<Param> params() { return params; }

  /** The parameter names, in the order of the action's {@code act'} record. */
  public List<String> paramNames() { return params.stream().map(Param::name).toList(); }

  /** Every action's name, in the spec's order. */
  public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

  /** The pair's own steps' names, in the spec's order. */
  public static final List<String> PAIR_STEP_NAMES = Arrays.stream(values()).filter(Action::pairStep).map(Enum::name).toList();

  /** The action named {@code name} (as in {@code act.name}), if the spec has one ({@code "Init"} is no action). */
  public static Optional<Action> named(String name) {
    for (Action a : values()) if (a.name().equals(name)) return Optional.of(a);
    return Optional.empty();
  }

  private static Param p(String name, Domain d) { return new Param(name, d); }
  private static Param unit() { return p("unit", Domain.UNITS); }
  private static Param group() { return p("group", Domain.GROUPS); }
  private static Param scope(Domain d) { return p("scope", d); }
}
