package failover.spec;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec's {@code CONSTANTS} ({@link Vocabulary#CONSTANTS}), typed, in the spec's order: one
 * model of spec/AAFailover.tla. Maps by group are indexed by 1 and 2; holds and delays are ticks.
 *
 * @param primary      {@code Primary}: "A" or "B"
 * @param pref         {@code Pref[g]}: "primary" or "secondary"
 * @param preemptOn    {@code PreemptOn[g]}
 * @param preemptDelay {@code PreemptDelay[g]}, ticks
 * @param replHttp     {@code ReplHttp[g]}
 * @param stateful     {@code Stateful}: a dedicated stateful failover link
 * @param monIf        {@code MonIf[g]}: monitored interfaces of the group per unit
 * @param policy       {@code Policy[g]}: {@code [kind |-> "num"|"pct", val |-> n]}
 * @param ifHold       {@code IfHold[g]}, ticks
 * @param unitHold     {@code UnitHold}, ticks
 * @param contexts     {@code Contexts}, in the order the model's reader gives them
 * @param admin        {@code Admin}
 * @param ctxGroup     {@code CtxGroup}
 * @param connKinds    {@code ConnKinds}: a subset of {"tcp", "http"}
 * @param bug          the model's deliberate bug: "none", or one of {@link Vocabulary#BUGS} (the
 *                     constant {@code Bug} of spec/MCbug.tla, whose cfgs override that bug's
 *                     operators; no constant of spec/AAFailover.tla)
 * @param readings     {@code Readings}: the model's readings (a definition of the spec a reading
 *                     model overrides, not a declared constant; {@link Readings#CHOSEN} elsewhere)
 */
public record Constants(
    String primary,
    Map<Integer, String> pref,
    Map<Integer, Boolean> preemptOn,
    Map<Integer, Integer> preemptDelay,
    Map<Integer, Boolean> replHttp,
    boolean stateful,
    Map<Integer, Integer> monIf,
    Map<Integer, Policy> policy,
    Map<Integer, Integer> ifHold,
    int unitHold,
    List<String> contexts,
    String admin,
    Map<String, Integer> ctxGroup,
    Set<String> connKinds,
    String bug,
    Readings readings) {

  /** The constants under the chosen readings (the spec's {@code ChosenReadings}). */
  public Constants(String primary, Map<Integer, String> pref, Map<Integer, Boolean> preemptOn, Map<Integer, Integer> preemptDelay,
      Map<Integer, Boolean> replHttp, boolean stateful, Map<Integer, Integer> monIf, Map<Integer, Policy> policy,
      Map<Integer, Integer> ifHold, int unitHold, List<String> contexts, String admin, Map<String, Integer> ctxGroup,
      Set<String> connKinds, String bug) {
    this(primary, pref, preemptOn, preemptDelay, replHttp, stateful, monIf, policy, ifHold, unitHold, contexts, admin,
        ctxGroup, connKinds, bug, Readings.CHOSEN);
  }

  /** These constants under other readings. */
  public Constants withReadings(Readings r) {
    return new Constants(primary, pref, preemptOn, preemptDelay, replHttp, stateful, monIf, policy, ifHold, unitHold,
        contexts, admin, ctxGroup, connKinds, bug, r);
  }

  /** {@code Policy[g]}: failover when {@code val} interfaces ({@code "num"}) or percent of them ({@code "pct"}) fail. */
  public record Policy(String kind, int val) {
    public boolean percent() { return "pct".equals(kind); }

    /** As the ASA writes it: {@code 2} or {@code 50%}. */
    public String asa() { return val + (percent() ? "%" : ""); }
  }

  /** Every kind of connection the spec knows. */
  public static final Set<String> ALL_CONN_KINDS = Set.of("tcp", "http");

  /** The unit that is not the primary. */
  public String secondary() { return primary.equals("A") ? "B" : "A"; }

  /** The unit a group prefers ("Each failover group in the configuration is configured with a primary or secondary unit preference."). */
  public String prefUnit(int g) { return pref.get(g).equals("primary") ? primary : secondary(); }

  /** These constants with other contexts (and their groups). */
  public Constants withContexts(List<String> contexts, Map<String, Integer> ctxGroup) {
    return new Constants(primary, pref, preemptOn, preemptDelay, replHttp, stateful, monIf, policy, ifHold, unitHold,
        contexts, admin, ctxGroup, connKinds, bug, readings);
  }

  /** The names of the constants in which two models differ, comma-separated ("" when none), in the spec's order. */
  public static String differences(Constants a, Constants b) {
    List<String> names = new java.util.ArrayList<>();
    if (!a.primary().equals(b.primary())) names.add("Primary");
    if (!a.pref().equals(b.pref())) names.add("Pref");
    if (!a.preemptOn().equals(b.preemptOn())) names.add("PreemptOn");
    if (!a.preemptDelay().equals(b.preemptDelay())) names.add("PreemptDelay");
    if (!a.replHttp().equals(b.replHttp())) names.add("ReplHttp");
    if (a.stateful() != b.stateful()) names.add("Stateful");
    if (!a.monIf().equals(b.monIf())) names.add("MonIf");
    if (!a.policy().equals(b.policy())) names.add("Policy");
    if (!a.ifHold().equals(b.ifHold())) names.add("IfHold");
    if (a.unitHold() != b.unitHold()) names.add("UnitHold");
    if (!a.contexts().equals(b.contexts())) names.add("Contexts");
    if (!a.admin().equals(b.admin())) names.add("Admin");
    if (!a.ctxGroup().equals(b.ctxGroup())) names.add("CtxGroup");
    if (!a.connKinds().equals(b.connKinds())) names.add("ConnKinds");
    if (!a.bug().equals(b.bug())) names.add("Bug");
    if (!a.readings().equals(b.readings())) names.add("Readings");
    return String.join(", ", names);
  }
}
