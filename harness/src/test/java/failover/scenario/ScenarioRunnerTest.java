package failover.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code play} prints and its exit status (SCENARIOS.md, "What play FILE... prints"). */
class ScenarioRunnerTest {
  @TempDir Path dir;

  private Path file(String name, String... lines) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, List.of(lines));
    return f;
  }

  private record Played(int exit, String out) {
    List<String> lines() { return out.lines().toList(); }
  }

  /** Runs {@code failover play ARGS} through Main, as the launcher does. */
  private static Played play(Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] a = new String[args.length + 1];
    a[0] = "play";
    for (int i = 0; i < args.length; i++) a[i + 1] = args[i].toString();
    int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(a);
    return new Played(exit, out.toString() + err);
  }

  private static final String[] BOOT_A = {"boot A", "wait 60"};

  private static String[] with(String[] head, String... tail) {
    String[] all = new String[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void passingFile() throws Exception {
    Path f = file("pass.scenario", with(BOOT_A, "expect A group 1 active", "expect A group 2 active", "expect B group 1 off"));
    Played p = play(f);
    assertEquals(List.of("PASS " + f, "1 passed, 0 failed"), p.lines());
    assertEquals(0, p.exit());
  }

  @Test
  void failingExpectationNamesLineExpectedShownAndTime() throws Exception {
    Path f = file("fail.scenario", with(BOOT_A, "# a comment", "expect A group 2 standby", "expect A group 1 active"));
    Played p = play(f);
    assertEquals("FAIL " + f + ": line 4: expected A group 2 standby, pair shows active (t=60 s)", p.lines().get(0));
    assertEquals("0 passed, 1 failed", p.lines().get(p.lines().size() - 1));
    assertEquals(1, p.exit());
    // the report: the steps that led there and what each box shows now
    assertTrue(p.out().contains("    the last 3 steps:"), p.out());
    assertTrue(p.out().contains("      line 1    boot A"), p.out());
    assertTrue(p.out().contains("      line 4    expect A group 2 standby"), p.out());
    assertTrue(p.out().contains("    the pair now (t=60 s): failover link up, stateful link up"), p.out());
    assertTrue(p.out().contains("      A: group 1 active, group 2 active; prompt "), p.out());
    assertTrue(p.out().contains("      B: off"), p.out());
  }

  @Test
  void reportShowsWhatEachStepPrinted() throws Exception {
    Path f = file("out.scenario", with(BOOT_A, "A# hostname bench1", "A# show running-config", "expect A group 1 failed"));
    Played p = play(f);
    assertEquals(1, p.exit());
    assertTrue(p.out().contains("                | hostname bench1"), p.out());
  }

  @Test
  void reportKeepsOnlyTheLastTenSteps() throws Exception {
    Path f = file("long.scenario", "boot A", "wait 1", "wait 2", "wait 3", "wait 4", "wait 5", "wait 6", "wait 7",
        "wait 8", "wait 9", "wait 10", "wait 11", "expect A group 1 standby");
    Played p = play(f);
    assertTrue(p.out().contains("    the last 10 steps:"), p.out());
    assertTrue(!p.out().contains("      line 1    boot A"), p.out());
    assertTrue(p.out().contains("      line 4    wait 3"), p.out());
    assertTrue(p.lines().get(0).endsWith("(t=66 s)"), p.out());
  }

  @Test
  void invalidFileIsAnErrorAndNothingRuns() throws Exception {
    Path f = file("typo.scenario", "boot A", "powr-off A", "expect A group 1 standby");
    Played p = play(f);
    assertEquals(List.of("ERROR " + f + ": line 2: unknown event 'powr-off'", "0 passed, 1 failed"), p.lines());
    assertEquals(2, p.exit());
  }

  @Test
  void missingFileIsAnError() {
    Path f = dir.resolve("missing.scenario");
    Played p = play(f);
    assertEquals(List.of("ERROR " + f + ": no such file", "0 passed, 1 failed"), p.lines());
    assertEquals(2, p.exit());
  }

  @Test
  void errorWinsOverFailAndEveryFileIsPlayed() throws Exception {
    Path pass = file("a.scenario", with(BOOT_A, "expect A group 1 active"));
    Path fail = file("b.scenario", with(BOOT_A, "expect A group 1 off"));
    Path error = file("c.scenario", "wait 0");
    Played p = play(error, pass, fail);
    assertEquals("ERROR " + error + ": line 1: wait: 0 is out of range 1-86400", p.lines().get(0));
    assertEquals("PASS " + pass, p.lines().get(1));
    assertTrue(p.lines().get(2).startsWith("FAIL " + fail + ": line 3: expected A group 1 off, pair shows active"));
    assertEquals("1 passed, 2 failed", p.lines().get(p.lines().size() - 1));
    assertEquals(2, p.exit());
    assertEquals(1, play(pass, fail).exit());
    assertEquals(0, play(pass, pass).exit());
  }

  @Test
  void aDirectoryPlaysItsScenarioFilesInOrder() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("d/e"));
    Files.write(sub.resolve("2.scenario"), List.of(BOOT_A));
    Files.write(dir.resolve("d/1.scenario"), List.of(BOOT_A));
    Files.write(dir.resolve("d/notes.txt"), List.of("not a scenario"));
    Played p = play(dir.resolve("d"));
    assertEquals(List.of("PASS " + dir.resolve("d/1.scenario"), "PASS " + sub.resolve("2.scenario"), "2 passed, 0 failed"), p.lines());
  }

  @Test
  void noFileIsAUsageError() {
    assertEquals(2, play().exit());
  }

  @Test
  void expectOkAndErrorReferToThePreviousCommand() throws Exception {
    // "Commands typed at a box that is off are rejected."
    Path f = file("ok.scenario", "A# show failover", "expect error", "boot A", "wait 60", "expect error",
        "A# hostname one", "expect ok", "wait 5", "expect ok");
    assertEquals(0, play(f).exit(), play(f).out());
    Path g = file("notok.scenario", "A# show failover", "expect ok");
    Played p = play(g);
    assertTrue(p.lines().get(0).startsWith("FAIL " + g + ": line 2: expected ok, 'show failover' (line 1) was rejected: "), p.out());
    Path h = file("noterr.scenario", with(BOOT_A, "A# hostname one", "expect error"));
    assertEquals("FAIL " + h + ": line 4: expected error, 'hostname one' (line 3) was accepted (t=60 s)", play(h).lines().get(0));
  }

  @Test
  void expectOutputRefersToTheLastCommandThatPrintedSomething() throws Exception {
    Path f = file("output.scenario", with(BOOT_A, "A# hostname first", "A# show running-config", "A# hostname second",
        "expect output has \"hostname first\"", "expect output lacks \"hostname second\""));
    Played p = play(f);
    assertEquals(0, p.exit(), p.out());
    Path g = file("output2.scenario", with(BOOT_A, "A# hostname first", "A# show running-config", "expect output has \"hostname nope\""));
    assertEquals("FAIL " + g + ": line 5: expected output has \"hostname nope\", the output of 'show running-config' (line 4) lacks it (t=60 s)",
        play(g).lines().get(0));
    Path h = file("output3.scenario", with(BOOT_A, "expect output lacks \"x\""));
    assertEquals("FAIL " + h + ": line 3: expected output lacks \"x\", but no command has printed anything yet (t=60 s)",
        play(h).lines().get(0));
  }

  @Test
  void configExpectationsCompareTrimmedLines() throws Exception {
    Path f = file("config.scenario", with(BOOT_A, "A# hostname first", "expect A running-config has \"hostname first\"",
        "expect A running-config lacks \"hostname firs\"", "expect A startup-config lacks \"hostname first\"",
        "A# write memory", "expect A startup-config has \"hostname first\""));
    Played p = play(f);
    assertEquals(0, p.exit(), p.out());
    Path g = file("config2.scenario", with(BOOT_A, "A# hostname first", "expect A running-config lacks \"hostname first\""));
    assertEquals("FAIL " + g + ": line 4: expected A running-config lacks \"hostname first\", pair has it (t=60 s)", play(g).lines().get(0));
    Path h = file("config3.scenario", with(BOOT_A, "A# hostname first", "expect A running-config has \"hostname second\""));
    assertEquals("FAIL " + h + ": line 4: expected A running-config has \"hostname second\", pair lacks it (it has: hostname first) (t=60 s)",
        play(h).lines().get(0));
  }

  @Test
  void traceShowsEveryLine() throws Exception {
    Path f = file("trace.scenario", with(BOOT_A, "expect A group 1 active"));
    Played p = play("--trace", f);
    assertTrue(p.out().contains("     1  boot A"), p.out());
    assertTrue(p.out().contains("     3  expect A group 1 active"), p.out());
    assertEquals(0, p.exit());
  }

  /** Session counts go past 2^31 and are compared exactly (they once stopped at 2,147,483,647). */
  @Test
  void sessionCountsPassTwoToThe31() throws Exception {
    List<String> lines = new java.util.ArrayList<>(
        Files.readAllLines(Path.of("scenarios/disable_failover_standby_groups_stay_standby.scenario")).subList(0, 97));
    for (int i = 0; i < 2200; i++) lines.add("traffic admin tcp 1000000");
    List<String> exact = new java.util.ArrayList<>(lines);
    exact.add("expect A/admin sessions 2200000000");
    Played p = play(file("many.scenario", exact.toArray(String[]::new)));
    assertEquals(0, p.exit(), p.out());
    List<String> capped = new java.util.ArrayList<>(lines);
    capped.add("expect A/admin sessions 2147483647");
    Played q = play(file("capped.scenario", capped.toArray(String[]::new)));
    assertEquals(1, q.exit(), q.out());
    assertTrue(q.out().contains("pair shows 2200000000"), q.out());
  }
}
