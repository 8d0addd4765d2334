package failover.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The spec's readings (spec/AAFailover.tla, {@code ReadingValues}): decisions where the seed is
 * silent or says two things, each with the alternatives the seed supports, the chosen one first.
 * A value of this class is one choice for every reading, as the spec's {@code Readings} (a record
 * from reading name to alternative); {@link #CHOSEN} is the spec's {@code ChosenReadings}. The
 * engine takes the same switches ({@code new Pair(bug, readings)}), so that conformance holds
 * under every reading, and {@code play --validate --reading NAME=VALUE} checks a scenario against
 * the spec under a reading.
 *
 * <p>An engine-only reading ({@link Reading#engineOnly}, e.g. {@code PollTimeRange}, decision 4:
 * the poll time in seconds, where the spec counts ticks) is in {@link #ALL} but not in
 * {@link #SPEC}: it is no field of the spec's {@code Readings} record ({@link #specNames},
 * {@link #toTla} and {@link #specPart} leave it out), so the spec/engine correspondence checks
 * (ReadingsTest, SpecTypes, the trace module) see the spec's readings only, while the engine,
 * {@code play --reading} and {@code --which-readings} take it as any other. Decision: one list with
 * a flag. Not taken: a separate list of engine readings (every command would consult two), or a
 * field of the spec's record that no action reads (a reading model that can show nothing).
 */
public record Readings(Map<String, String> values) {

  /**
   * One reading: its name, the decision of spec/README.md it is, and its alternatives (the chosen
   * first). {@code engineOnly}: the spec has no such reading (it cannot express the difference, as
   * the poll time in seconds where the spec counts ticks); the engine alone takes it, and scenarios,
   * not a reading model, tell its alternatives apart.
   */
  public record Reading(String name, int decision, String question, List<Alternative> alternatives, List<String> seed,
                        boolean engineOnly) {
    /** A reading of the spec (and so of the engine). */
    public Reading(String name, int decision, String question, List<Alternative> alternatives, List<String> seed) {
      this(name, decision, question, alternatives, seed, false);
    }

    /** The chosen alternative's value. */
    public String chosen() { return alternatives.get(0).value(); }

    /** The alternative called {@code value}, or null. */
    public Alternative alternative(String value) {
      for (Alternative a : alternatives) if (a.value().equals(value)) return a;
      return null;
    }
  }

  /** One alternative of a reading: its value (as in the spec) and what it means, in one line. */
  public record Alternative(String value, String meaning) {}

  /** The readings, in the order of the spec's {@code ReadingValues} comment. */
  public static final List<Reading> ALL = List.of(
      new Reading("Preemption", 1, "Is preemption an event or a standing condition?", List.of(
          new Alternative("event", "armed when the preferred unit becomes available; a forced failover or the preemption itself disarms it"),
          new Alternative("standing", "a group with preempt returns to its available preferred unit whenever it is away, a forced failover included")),
          List.of("You configured preemption for the failover group, which causes the failover group to automatically become active on the preferred unit when the unit becomes available.",
              "The preempt command causes a failover group to become active on the designated unit automatically when that unit becomes available.")),
      new Reading("RejoinConfig", 2, "Whose configuration wins when the failover link returns after a split?", List.of(
          new Alternative("perScope", "each scope from the unit where its group is active after the rejoin"),
          new Alternative("fromPrimary", "after a dual-active group is resolved, the secondary takes the primary's whole configuration")),
          List.of("When both units boot simultaneously, the secondary unit obtains the running configuration from the primary unit.",
              "Commands entered within a security context are replicated from the unit on which the security context appears in the active state to the peer unit.",
              "Configuration synchronization occurs when one or both units in a failover pair boot.")),
      new Reading("InterfaceFailoverTarget", 3, "Does an active group fail over onto a standby whose same interfaces have failed too, before that standby is marked failed?", List.of(
          new Alternative("healthy", "no: the group stays active until the peer's interfaces recover or its copy is marked failed"),
          new Alternative("anyStandby", "yes: a standby not yet marked failed is a standby like any other")),
          List.of("Failed—No traffic is received on the interface, yet traffic is heard on the peer interface.",
              "Interface failure on active failover group above threshold",
              "When the standby failover group is marked as failed, the active failover group does not attempt to fail over, even if the interface failure threshold is surpassed.")),
      new Reading("NoFailover", 5, "What does `no failover` do to the standby groups?", List.of(
          new Alternative("keepRoles", "every group keeps its role (a negotiating one becomes active); standby groups stay standby"),
          new Alternative("allActive", "the unit becomes a standalone unit: every group on it becomes active")),
          List.of("Disabling failover on an Active/Active failover pair causes the failover groups to remain in the active state on whichever unit they are active, no matter which unit they are configured to prefer.")),
      new Reading("Threshold", 6, "Does a group fail when its failed interfaces meet the policy, or only above it?", List.of(
          new Alternative("meets", "the failed interfaces meet the policy (interface-policy 1: one failed interface fails the group)"),
          new Alternative("above", "the failed interfaces exceed the policy (interface-policy 1: two are needed)")),
          List.of("Interface failure on active failover group above threshold",
              "Failover occurs if the number of failed interfaces meets the failover criteria.",
              "You configure the failover threshold for each failover group by specifying the number or percentage of interfaces within the failover group that must fail before the group fails.")),
      new Reading("PreemptStateLinkDown", 8, "Does preemption wait while the stateful link is down?", List.of(
          new Alternative("hold", "the preemption waits until the stateful link is back and the connections are replicated"),
          new Alternative("proceed", "nothing can be replicated, so the preemption does not wait (the sessions not replicated are lost)")),
          List.of("If Stateful Failover is enabled, the preemption is delayed until the connections are replicated from the unit on which the failover group is currently active.",
              "State information becomes out of date, and sessions are terminated if a failover occurs.")),
      new Reading("PeerDeathLinkDown", 9, "Is a dead peer detected while the failover link is down?", List.of(
          new Alternative("detect", "a peer that is off is detected after the unit hold time, failover link or not"),
          new Alternative("undetected", "no takeover while the failover link is down, even when the peer is off")),
          List.of("You should restore the failover link as soon as possible because the unit cannot fail over to the standby unit while the failover link is down.",
              "When a unit in a failover pair fails, any active failover groups on that unit are marked as failed and become active on the peer unit.")),
      new Reading("NegotiatingAddresses", 21, "Which MAC and IP addresses does a failover group use while its unit still negotiates its role?", List.of(
          new Alternative("none", "neither: its ports keep their burned-in MAC and it has no IP address until its role is known"),
          new Alternative("standby", "the standby addresses: a unit is not the active unit until a group becomes active on it")),
          List.of("The interfaces in the failover group that becomes active assume the MAC and IP addresses of the interfaces in the failover group that failed.",
              "The interfaces in the failover group that is now in the standby state take over the standby MAC and IP addresses.",
              "The standby IP address is used on the security appliance that is currently the standby unit, and it must be in the same subnet as the active IP address.",
              "Active unit default MAC address: 00a0.c9*physical_port_number.failover_group_id*01",
              "Standby unit default MAC address: 00a0.c9*physical_port_number.failover_group_id*02")),
      new Reading("NoLink", 7, "Does a monitored interface without link count as a failed interface?", List.of(
          new Alternative("counts", "yes: once it has stayed down for the hold time it is marked failed and counts toward the policy"),
          new Alternative("never", "no: only Failed is named as failed, so an interface without link never fails its group over")),
          List.of("No Link—The physical link for the interface is down.",
              "Failed—No traffic is received on the interface, yet traffic is heard on the peer interface.",
              "If a hello packet or a successful test result is not received within the specified hold time, the interface is marked as failed.",
              "Failover occurs if the number of failed interfaces meets the failover criteria.")),
      new Reading("PollTimeRange", 4, "Which interface poll times does `polltime interface` accept? (engine only: the spec counts time in ticks)", List.of(
          new Alternative("wide", "the command's own range: 1 to 15 seconds, or msec 500 to 999"),
          new Alternative("narrow", "3 to 15 seconds: 1 and 2 seconds and every msec value are refused as out of range")),
          List.of("The failover interface poll time is 3 to 15 seconds.",
              "Valid values for the poll time are from 1 to 15 seconds or, if the optional msec keyword is used, from 500 to 999 milliseconds.",
              "The interface poll time is set to 500 milliseconds and the hold time to 5 seconds for data interfaces in failover group 1."),
          true));

  /** The readings of the spec ({@code ReadingValues}), in its order: every reading but the engine-only ones. */
  public static final List<Reading> SPEC = ALL.stream().filter(r -> !r.engineOnly()).toList();

  /** The chosen readings (the spec's {@code ChosenReadings}). */
  public static final Readings CHOSEN = chosen();

  public Readings {
    Objects.requireNonNull(values);
    Map<String, String> v = new LinkedHashMap<>();
    for (Reading r : ALL) {
      String x = values.getOrDefault(r.name(), r.chosen());
      if (r.alternative(x) == null) throw new IllegalArgumentException("reading " + r.name() + " has no alternative '" + x + "'; one of " + valuesOf(r));
      v.put(r.name(), x);
    }
    for (String n : values.keySet()) if (reading(n) == null) throw new IllegalArgumentException("unknown reading '" + n + "'; one of " + names());
    values = java.util.Collections.unmodifiableMap(v);
  }

  private static Readings chosen() { return new Readings(Map.of()); }

  /** The reading called {@code name}, or null. */
  public static Reading reading(String name) {
    for (Reading r : ALL) if (r.name().equals(name)) return r;
    return null;
  }

  /** The readings' names. */
  public static List<String> names() { return ALL.stream().map(Reading::name).toList(); }

  /** The names of the spec's readings (the fields of its {@code Readings} record): no engine-only reading. */
  public static List<String> specNames() { return SPEC.stream().map(Reading::name).toList(); }

  private static List<String> valuesOf(Reading r) { return r.alternatives().stream().map(Alternative::value).toList(); }

  /** These readings with reading {@code name} set to {@code value}. */
  public Readings with(String name, String value) {
    Map<String, String> v = new LinkedHashMap<>(values);
    v.put(name, value);
    return new Readings(v);
  }

  /** These readings with each {@code NAME=VALUE} applied, in order. */
  public Readings with(List<String> assignments) {
    Readings out = this;
    for (String a : assignments) {
      int eq = a.indexOf('=');
      if (eq <= 0) throw new IllegalArgumentException("a reading is NAME=VALUE, not '" + a + "'; readings: " + names());
      out = out.with(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
    }
    return out;
  }

  /** This engine (or model) takes alternative {@code value} of reading {@code name}. */
  public boolean is(String name, String value) { return value.equals(values.get(name)); }

  /** Every reading is at its chosen alternative. */
  public boolean chosenAll() { return equals(CHOSEN); }

  /** The readings that differ from the chosen ones, as {@code NAME=VALUE}. */
  public List<String> differences() {
    List<String> out = new ArrayList<>();
    for (Reading r : ALL) if (!r.chosen().equals(values.get(r.name()))) out.add(r.name() + "=" + values.get(r.name()));
    return out;
  }

  /** "chosen readings", or the differences, comma-separated. */
  public String label() { return chosenAll() ? "chosen readings" : String.join(", ", differences()); }

  /** The spec's value: a TLA+ record {@code [Preemption |-> "event", ...]} (the spec's readings only, not the engine-only ones). */
  public String toTla() {
    StringBuilder sb = new StringBuilder("[");
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (reading(e.getKey()).engineOnly()) continue;
      sb.append(sb.length() == 1 ? "" : ", ").append(e.getKey()).append(" |-> \"").append(e.getValue()).append('"');
    }
    return sb.append(']').toString();
  }

  /** These readings with every engine-only reading at its chosen alternative: what the spec can be told of them. */
  public Readings specPart() {
    Map<String, String> v = new LinkedHashMap<>(values);
    for (Reading r : ALL) if (r.engineOnly()) v.put(r.name(), r.chosen());
    return new Readings(v);
  }

  /** From the spec's record (reading name to value); a reading the record lacks is chosen. */
  public static Readings of(Map<String, String> record) { return new Readings(record); }
}
