package failover.adapter;

import failover.engine.Result;
import failover.spec.Constants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The spec-level driver: spec actions in, spec variables out, on the ci model. */
class SpecDriverTest {
  /** MCci's constants, but with a context and a monitored interface in each group and Stateful Failover. */
  static final Constants MODEL = new Constants("A", Map.of(1, "primary", 2, "secondary"),
      Map.of(1, false, 2, true), Map.of(1, 0, 2, 1), Map.of(1, false, 2, false), true, Map.of(1, 1, 2, 1),
      Map.of(1, new Constants.Policy("num", 1), 2, new Constants.Policy("num", 1)), Map.of(1, 1, 2, 1), 1,
      List.of("admin", "ctx1"), "admin", Map.of("admin", 1, "ctx1", 2), Constants.ALL_CONN_KINDS, "none");

  private static Map<String, Object> act(String name, Object... kv) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("name", name);
    for (int i = 0; i + 1 < kv.length; i += 2) a.put((String) kv[i], kv[i + 1]);
    return a;
  }

  private static void ok(SpecDriver d, Map<String, Object> a) {
    Result r = d.apply(a);
    assertTrue(r.ok(), a + " -> " + r.output());
    assertEquals(a, d.vars().get("act"), "act after " + a);
  }

  @SuppressWarnings("unchecked")
  private static Object at(SpecDriver d, String var, Object... keys) {
    Object x = d.vars().get(var);
    for (Object k : keys) x = ((Map<Object, Object>) x).get(k);
    return x;
  }

  @Test
  void theInitialStateIsTheSpecsInit() {
    SpecDriver d = new SpecDriver(MODEL, "none");
    Map<String, Object> v = d.vars();
    assertEquals(Map.of("A", "off", "B", "off"), v.get("power"));
    assertEquals(Map.of("A", true, "B", true), v.get("foEnabled"));
    assertEquals(Map.of("A", true, "B", true), v.get("foSaved"));
    assertEquals(Map.of("A", Map.of(1, "off", 2, "off"), "B", Map.of(1, "off", 2, "off")), v.get("role"));
    assertEquals(Map.of("A", Map.of("system", 0L, "admin", 0L, "ctx1", 0L), "B", Map.of("system", 0L, "admin", 0L, "ctx1", 0L)), v.get("startup"));
    assertEquals("up", v.get("foLink"));
    assertEquals(false, v.get("linkLost"));
  }

  @Test
  void aBehaviourOfTheCiModel() {
    SpecDriver d = new SpecDriver(MODEL, "none");
    ok(d, act("PowerOn", "units", Set.of("A")));
    assertEquals("init", at(d, "role", "A", 1));
    assertEquals(0L, at(d, "unitTimer", "A"));
    assertFalse(d.enabledSteps().contains(act("BootAlone", "unit", "A")));
    ok(d, act("Tick"));
    assertEquals(1L, at(d, "unitTimer", "A"));
    assertEquals(List.of(act("BootAlone", "unit", "A")), d.enabledSteps());
    ok(d, act("BootAlone", "unit", "A"));
    ok(d, act("PowerOn", "units", Set.of("B")));
    assertEquals(List.of(act("JoinActivePeer", "unit", "B")), d.enabledSteps());
    ok(d, act("JoinActivePeer", "unit", "B"));
    assertEquals("standby", at(d, "role", "B", 2));
    ok(d, act("ConfigCommand", "unit", "A", "scope", "ctx1"));
    assertEquals(1L, at(d, "running", "A", "ctx1"));
    assertEquals(1L, at(d, "running", "B", "ctx1"));
    ok(d, act("ConfigCommand", "unit", "B", "scope", "system"));
    assertEquals(1L, at(d, "running", "B", "system"));
    assertEquals(0L, at(d, "running", "A", "system"));
    ok(d, act("Traffic", "unit", "A", "group", 2, "kind", "tcp"));
    assertEquals(Set.of("tcp"), at(d, "conns", "B", 2));
    // group 2 prefers the secondary unit B and has preempt 1 tick
    assertEquals(List.of(), d.enabledSteps());
    ok(d, act("Tick"));
    assertEquals(1L, at(d, "preemptTimer", 2));
    ok(d, act("Preempt", "group", 2));
    assertEquals("active", at(d, "role", "B", 2));
    assertEquals(Set.of(), at(d, "conns", "A", 2));
    ok(d, act("StateSync", "group", 2));
    assertEquals(Set.of("tcp"), at(d, "conns", "A", 2));
    ok(d, act("InterfaceDown", "unit", "B", "group", 2));
    assertEquals(1, at(d, "ifDown", "B", 2));
    ok(d, act("Tick"));
    ok(d, act("DetectInterfaceFailure", "unit", "B", "group", 2));
    assertEquals("failed", at(d, "role", "B", 2));
    ok(d, act("InterfaceUp", "unit", "B", "group", 2, "iface", 1));
    ok(d, act("GroupRecover", "unit", "B", "group", 2));
    ok(d, act("FailoverLinkDown"));
    assertEquals(true, d.vars().get("linkLost"));
    ok(d, act("FailoverLinkUp"));
    ok(d, act("Rejoin"));
    assertEquals(false, d.vars().get("linkLost"));
    ok(d, act("ForceStandby", "unit", "A", "group", 2));
    ok(d, act("WriteMemory", "unit", "B", "scope", "all"));
    ok(d, act("StateLinkDown"));
    assertEquals("down", d.vars().get("stLink"));
    ok(d, act("DisableFailover", "unit", "A"));
    // replicated: A is where group 1 is active
    assertEquals(false, at(d, "foEnabled", "A"));
    assertEquals(false, at(d, "foEnabled", "B"));
    ok(d, act("PowerOff", "unit", "A"));
    // the unsaved `no failover' is lost: A will boot with its startup configuration
    assertEquals(true, at(d, "foEnabled", "A"));
    assertEquals(true, at(d, "foSaved", "A"));
    assertEquals(false, at(d, "foEnabled", "B"));
  }

  @Test
  void writeMemorySavesNoFailoverSoThatItSurvivesAPowerCycle() {
    // "To save replicated commands to flash memory on both units, use the write memory or copy
    // running-config startup-config command" (spec: WriteMemory sets foSaved, PowerOff restores it)
    SpecDriver d = new SpecDriver(MODEL, "none");
    ok(d, act("PowerOn", "units", Set.of("A")));
    ok(d, act("DisableFailover", "unit", "A"));
    assertEquals(false, at(d, "foEnabled", "A"));
    assertEquals(true, at(d, "foSaved", "A"));
    ok(d, act("WriteMemory", "unit", "A", "scope", "all"));
    assertEquals(false, at(d, "foSaved", "A"));
    assertEquals(true, at(d, "foSaved", "B"));
    ok(d, act("PowerOff", "unit", "A"));
    assertEquals(false, at(d, "foEnabled", "A"));
    ok(d, act("PowerOn", "units", Set.of("A")));
    assertEquals(false, at(d, "foEnabled", "A"));
    assertEquals("active", at(d, "role", "A", 1));
    ok(d, act("EnableFailover", "unit", "A"));
    ok(d, act("PowerOff", "unit", "A"));
    // the unsaved `failover' is lost too
    assertEquals(false, at(d, "foEnabled", "A"));
    assertEquals(false, at(d, "foSaved", "A"));
  }

  @Test
  void aStepTheEngineDoesNotAllowIsRefused() {
    SpecDriver d = new SpecDriver(MODEL, "none");
    assertFalse(d.apply(act("BootAlone", "unit", "A")).ok());
    assertFalse(d.apply(act("NoSuchAction")).ok());
    assertFalse(d.apply(act("Traffic", "unit", "A", "group", 1, "kind", "tcp")).ok());
  }
}
