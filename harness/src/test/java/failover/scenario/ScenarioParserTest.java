package failover.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.engine.Box;
import failover.engine.Event;
import failover.engine.GroupState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every line form of SCENARIOS.md, and every way a line can be wrong. */
class ScenarioParserTest {
  private static List<Step> parse(String... lines) throws ScenarioException {
    return ScenarioParser.parse("t.scenario", List.of(lines)).steps();
  }

  private static Step one(String line) throws ScenarioException {
    List<Step> steps = parse("A# show failover", line);
    assertEquals(2, steps.size());
    return steps.get(1);
  }

  private static ScenarioException error(String... lines) {
    return assertThrows(ScenarioException.class, () -> parse(lines));
  }

  @Test
  void blankLinesAndCommentsAreIgnored() throws Exception {
    assertEquals(List.of(), parse("", "   ", "\t", "# a comment", "#expect A group 1 active"));
  }

  @Test
  void systemCommand() throws Exception {
    Step.Command c = (Step.Command) parse("A# failover lan unit primary").get(0);
    assertEquals(new Step.Command(1, "A# failover lan unit primary", Box.A, null, "failover lan unit primary", false), c);
  }

  @Test
  void contextCommandWithoutSpaceAfterHash() throws Exception {
    Step.Command c = (Step.Command) parse("B/ctx1#show running-config").get(0);
    assertEquals(Box.B, c.box());
    assertEquals("ctx1", c.context());
    assertEquals("show running-config", c.text());
  }

  @Test
  void commandTextKeepsInnerSpacingAndHashes() throws Exception {
    Step.Command c = (Step.Command) parse("A# description a # b").get(0);
    assertEquals("description a # b", c.text());
  }

  @Test
  void indentedLinesGoToThePromptOfTheLastCommandLineAbove() throws Exception {
    List<Step> steps = parse(
        "A/ctx1# interface GigabitEthernet0/4",
        " nameif outside",
        "wait 5",
        "expect ok",
        "\tsecurity-level 0",
        "B# failover group 1",
        "   preempt 10");
    Step.Command nameif = (Step.Command) steps.get(1);
    assertEquals(new Step.Command(2, " nameif outside", Box.A, "ctx1", "nameif outside", true), nameif);
    Step.Command level = (Step.Command) steps.get(4);
    assertEquals(Box.A, level.box());
    assertEquals("ctx1", level.context());
    assertEquals("security-level 0", level.text());
    assertTrue(level.continuation());
    Step.Command preempt = (Step.Command) steps.get(6);
    assertEquals(Box.B, preempt.box());
    assertNull(preempt.context());
    assertEquals("preempt 10", preempt.text());
  }

  @Test
  void lineNumbersCountEveryLine() throws Exception {
    List<Step> steps = parse("# c", "", "boot A", "", "wait 60");
    assertEquals(3, steps.get(0).line());
    assertEquals(5, steps.get(1).line());
  }

  @Test
  void events() throws Exception {
    assertEquals(new Event.Boot(Set.of(Box.A)), ((Step.EventStep) one("boot A")).event());
    assertEquals(new Event.Boot(Set.of(Box.A, Box.B)), ((Step.EventStep) one("boot A B")).event());
    assertEquals(new Event.Boot(Set.of(Box.A, Box.B)), ((Step.EventStep) one("boot B A")).event());
    assertEquals(new Event.PowerOff(Box.B), ((Step.EventStep) one("power-off B")).event());
    assertEquals(new Event.FailoverLink(false), ((Step.EventStep) one("link failover down")).event());
    assertEquals(new Event.FailoverLink(true), ((Step.EventStep) one("link failover up")).event());
    assertEquals(new Event.StateLink(false), ((Step.EventStep) one("link state down")).event());
    assertEquals(new Event.StateLink(true), ((Step.EventStep) one("link state up")).event());
    assertEquals(new Event.Interface(Box.A, "GigabitEthernet0/4", false),
        ((Step.EventStep) one("interface A GigabitEthernet0/4 down")).event());
    assertEquals(new Event.Interface(Box.B, "GigabitEthernet0/2", true),
        ((Step.EventStep) one("interface B GigabitEthernet0/2 up")).event());
    assertEquals(new Event.Traffic("ctx1", "tcp", 5), ((Step.EventStep) one("traffic ctx1 tcp 5")).event());
    assertEquals(new Event.Traffic("admin", "http", 1), ((Step.EventStep) one("traffic admin http 1")).event());
    assertEquals(new Event.Wait(1), ((Step.EventStep) one("wait 1")).event());
    assertEquals(new Event.Wait(86400), ((Step.EventStep) one("wait 86400")).event());
  }

  @Test
  void eventAndExpectationLinesMayEndWithAComment() throws Exception {
    assertEquals(new Event.Wait(60), ((Step.EventStep) one("wait 60   # let the pair settle")).event());
    assertEquals("x # y", ((Step.ExpectOutput) one("expect output has \"x # y\" #comment")).text());
    assertEquals(GroupState.ACTIVE, ((Step.ExpectGroup) one("expect A group 1 active #primary")).state());
  }

  @Test
  void reportNamesPortsOneWay() {
    assertEquals("GigabitEthernet0/4", Session.portName("Gi0/4"));
    assertEquals("GigabitEthernet0/4", Session.portName("gigabitethernet0/4"));
    assertEquals("GigabitEthernet1/0.10", Session.portName("GigabitEthernet1/0.10"));
    assertEquals("Management0/0", Session.portName("m0/0"));
    assertEquals("Ethernet1", Session.portName("Ethernet1"));
  }

  @Test
  void expectOkAndError() throws Exception {
    assertEquals(new Step.ExpectResult(2, "expect ok", true), one("expect ok"));
    assertEquals(new Step.ExpectResult(2, "expect error", false), one("expect error"));
  }

  @Test
  void expectGroupState() throws Exception {
    assertEquals(new Step.ExpectGroup(2, "expect B group 2 standby", Box.B, 2, GroupState.STANDBY),
        one("expect B group 2 standby"));
    assertEquals(GroupState.ACTIVE, ((Step.ExpectGroup) one("expect A group 1 active")).state());
    assertEquals(GroupState.FAILED, ((Step.ExpectGroup) one("expect A group 1 failed")).state());
    assertEquals(GroupState.OFF, ((Step.ExpectGroup) one("expect A group 1 off")).state());
  }

  @Test
  void expectConfigLines() throws Exception {
    assertEquals(new Step.ExpectConfig(2, "expect A running-config has \"preempt 10\"", Box.A, null, false, true, "preempt 10"),
        one("expect A running-config has \"preempt 10\""));
    assertEquals(new Step.ExpectConfig(2, "expect B/ctx1 running-config lacks \" nameif outside \"", Box.B, "ctx1", false, false, "nameif outside"),
        one("expect B/ctx1 running-config lacks \" nameif outside \""));
    Step.ExpectConfig s = (Step.ExpectConfig) one("expect A startup-config has \"failover\"");
    assertTrue(s.startup());
    assertNull(s.context());
    Step.ExpectConfig c = (Step.ExpectConfig) one("expect A/admin startup-config lacks \"hostname x\"");
    assertTrue(c.startup());
    assertEquals("admin", c.context());
    assertFalse(c.has());
  }

  @Test
  void quotedTextMayHoldEscapedQuotes() throws Exception {
    Step.ExpectOutput o = (Step.ExpectOutput) one("expect output has \"say \\\"hi\\\"\"");
    assertEquals("say \"hi\"", o.text());
  }

  @Test
  void expectMacIsNormalised() throws Exception {
    assertEquals(new Step.ExpectMac(2, "expect A interface GigabitEthernet0/2 mac 00A0.C902.101", Box.A, "GigabitEthernet0/2", "00a0.c902.0101"),
        one("expect A interface GigabitEthernet0/2 mac 00A0.C902.101"));
  }

  @Test
  void expectIp() throws Exception {
    assertEquals(new Step.ExpectIp(2, "expect A/ctx1 interface inside ip 10.2.20.1", Box.A, "ctx1", "inside", "10.2.20.1"),
        one("expect A/ctx1 interface inside ip 10.2.20.1"));
    assertEquals("2001:a0a:b00::a0a:b70", ((Step.ExpectIp) one("expect A interface folink ip 2001:a0a:b00::a0a:b70")).ip());
  }

  @Test
  void expectSessions() throws Exception {
    assertEquals(new Step.ExpectSessions(2, "expect B/ctx1 sessions 0", Box.B, "ctx1", 0), one("expect B/ctx1 sessions 0"));
  }

  @Test
  void expectOutput() throws Exception {
    assertEquals(new Step.ExpectOutput(2, "expect output lacks \"Failed\"", false, "Failed"), one("expect output lacks \"Failed\""));
    assertEquals(new Step.ExpectOutput(2, "expect output has \"Active unit Failover EXEC is at config mode\"", true,
        "Active unit Failover EXEC is at config mode"), one("expect output has \"Active unit Failover EXEC is at config mode\""));
  }

  // ---- errors ----

  private static void assertError(int line, String messagePart, String... lines) {
    ScenarioException e = error(lines);
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains(messagePart), () -> "'" + e.getMessage() + "' lacks '" + messagePart + "'");
  }

  @Test
  void unknownEvent() {
    assertError(2, "unknown event 'powr-off'", "boot A", "powr-off A");
    assertError(1, "unknown event 'exit'", "exit");
  }

  @Test
  void unknownBox() {
    assertError(1, "unknown box 'C'", "C# show failover");
    assertError(1, "unknown box 'C'", "boot A C");
    assertError(1, "unknown box 'C'", "power-off C");
    assertError(1, "unknown box 'C'", "interface C GigabitEthernet0/1 down");
    assertError(1, "unknown box 'C'", "expect C group 1 active");
    assertError(1, "unknown box 'AB'", "AB/ctx1# show failover");
  }

  @Test
  void badNumbers() {
    assertError(1, "wait: 0 is out of range 1-86400", "wait 0");
    assertError(1, "wait: 86401 is out of range 1-86400", "wait 86401");
    assertError(1, "wait: '-5' is not a number", "wait -5");
    assertError(1, "wait: '1.5' is not a number", "wait 1.5");
    assertError(1, "wait: '99999999999' is not a number", "wait 99999999999");
    assertError(1, "traffic count: 0 is out of range", "traffic ctx1 tcp 0");
    assertError(1, "traffic count: 'many' is not a number", "traffic ctx1 tcp many");
    assertError(1, "group: 3 is out of range 1-2", "expect A group 3 active");
    assertError(1, "sessions: 'x' is not a number", "expect A/ctx1 sessions x");
  }

  @Test
  void malformedEvents() {
    assertError(1, "boot needs A, B or A B", "boot");
    assertError(1, "boot names box A twice", "boot A A");
    assertError(1, "write: power-off A|B", "power-off A B");
    assertError(1, "unknown link 'stateful'", "link stateful down");
    assertError(1, "'sideways' is neither down nor up", "link failover sideways");
    assertError(1, "write: interface A|B PORT down|up", "interface A down");
    assertError(1, "unknown traffic kind 'udp'", "traffic ctx1 udp 4");
    assertError(1, "write: wait N", "wait");
  }

  @Test
  void malformedCommands() {
    assertError(1, "no command after 'A#'", "A#");
    assertError(1, "no command after 'A/ctx1#'", "A/ctx1#   ");
    assertError(1, "bad context name ''", "A/# show failover");
    assertError(1, "indented line with no command line above it", " nameif inside");
  }

  @Test
  void malformedExpectations() {
    assertError(1, "malformed expectation: nothing after 'expect'", "expect");
    assertError(1, "malformed expectation: unknown group state 'primary'", "expect A group 1 primary");
    assertError(1, "malformed expectation", "expect A group 1");
    assertError(1, "malformed expectation: group states belong to the box", "expect A/ctx1 group 1 active");
    assertError(1, "malformed expectation: the text must be in double quotes", "expect A running-config has preempt");
    assertError(1, "malformed expectation", "expect A running-config has preempt 10");
    assertError(1, "malformed expectation: 'contains' where 'has' or 'lacks' belongs", "expect A running-config contains \"x\"");
    assertError(1, "malformed expectation: a double quote is not closed", "expect output has \"abc");
    assertError(1, "malformed expectation: text after the closing double quote", "expect output has \"abc\"def");
    assertError(1, "malformed expectation", "expect output has \"a\" \"b\"");
    assertError(1, "malformed expectation: 'zz.1' is not a MAC address", "expect A interface GigabitEthernet0/2 mac zz.1");
    assertError(1, "malformed expectation: '10.1.300.1' is not an IP address", "expect A/ctx1 interface inside ip 10.1.300.1");
    assertError(1, "malformed expectation: unknown interface property 'speed'", "expect A interface Gi0/1 speed 100");
    assertError(1, "malformed expectation: sessions are counted per context", "expect A sessions 3");
    assertError(1, "malformed expectation: unknown expectation 'memory'", "expect A memory has \"x\"");
    assertError(2, "malformed expectation: 'expect ok' takes nothing after it", "A# failover", "expect ok please");
  }

  @Test
  void expectOkNeedsACommandBefore() {
    assertError(2, "'expect ok' with no command before it", "boot A", "expect ok");
    assertError(1, "'expect error' with no command before it", "expect error");
  }

  @Test
  void firstErrorWins() {
    assertError(2, "unknown event", "boot A", "reboot A", "wait 0");
  }

  @Test
  void missingFileIsAnErrorWithoutLine(@TempDir Path dir) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parseFile(dir.resolve("nope.scenario")));
    assertEquals(0, e.line());
    assertEquals("no such file", e.where());
    ScenarioException d = assertThrows(ScenarioException.class, () -> ScenarioParser.parseFile(dir));
    assertEquals("is a directory, not a scenario file", d.where());
  }

  @Test
  void binaryFileIsAnError(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bin.scenario");
    Files.write(f, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parseFile(f));
    assertEquals("not a UTF-8 text file", e.where());
  }

  @Test
  void fileParsesWithItsName(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("ok.scenario");
    Files.writeString(f, "\uFEFFboot A\r\nwait 60\r\nexpect A group 1 active\r\n");
    Scenario s = ScenarioParser.parseFile(f);
    assertEquals(f.toString(), s.name());
    assertEquals(3, s.steps().size());
    assertInstanceOf(Step.ExpectGroup.class, s.steps().get(2));
  }

  @Test
  void theSharedExamplesParse() throws Exception {
    try (var files = Files.list(Path.of("../shared/scenarios/examples"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".scenario")).toList()) ScenarioParser.parseFile(f);
    }
  }
}
