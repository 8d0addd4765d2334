package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Usage errors: one line naming the option or argument and the value, one line pointing at
 * {@code --help}, exit 2; never the whole usage. Arguments that select nothing are usage errors
 * naming the argument.
 */
class UsageErrorTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "check --workers abc          | failover check: Invalid value for option '--workers': 'abc' is not an int",
      "play                         | failover play: Missing required parameter: 'FILE'",
      "replay                       | failover replay: Missing required parameter: 'FILE'",
      "bogus                        | failover: Unmatched argument at index 0: 'bogus'",
      "chek                         | failover: Unmatched argument at index 0: 'chek'; did you mean check?",
      "check --nope=3               | failover check: Unknown option: '--nope=3'",
      "bench --steps x              | failover bench: Invalid value for option '--steps': 'x' is not an int",
      "conform --seed 1.5           | failover conform: Invalid value for option '--seed': '1.5' is not a long",
      "console extra                | failover console: Unmatched argument at index 1: 'extra'"})
  void aBadOptionIsOneLineAndAPointerToHelp(String args, String first) {
    Cli r = Cli.run(args.strip().split(" +"));
    assertEquals(2, r.exit(), r.out() + r.err());
    assertEquals("", r.out());
    String name = first.substring(0, first.indexOf(':'));
    assertEquals(first + "\nTry '" + name + " --help' for more information.\n", r.err());
  }

  @Test
  void anEmptyDirectoryIsAUsageErrorNamingIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "not a scenario\n");
    Cli p = Cli.run("play", dir.toString());
    assertEquals(2, p.exit(), p.out() + p.err());
    assertEquals("failover play: " + dir + ": the directory holds no scenario file (*.scenario)\n", p.err());
    assertEquals("", p.out());
    Cli v = Cli.run("play", "--validate", dir.toString());
    assertEquals(2, v.exit(), v.out() + v.err());
    assertEquals(p.err(), v.err());
    Cli r = Cli.run("replay", dir.toString());
    assertEquals(2, r.exit(), r.out() + r.err());
    assertEquals("failover replay: " + dir + ": the directory holds no ITF trace (*.itf.json)\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void anEmptyArgumentIsAUsageErrorNotTheWorkingDirectory() {
    for (String cmd : new String[] {"play", "replay"}) {
      Cli r = Cli.run(cmd, "");
      assertEquals(2, r.exit(), r.out() + r.err());
      assertEquals("failover " + cmd + ": an empty FILE argument ('') names no "
          + (cmd.equals("play") ? "scenario file" : "ITF trace") + " nor directory\n", r.err());
      assertEquals("", r.out());
    }
  }

  @Test
  void aDanglingEntryOfADirectoryIsNamedAndTheOthersStillRun(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.scenario"), "boot A\nexpect A group 1 off\n");
    Files.createSymbolicLink(dir.resolve("b.scenario"), dir.resolve("gone"));
    Cli r = Cli.run("play", dir.toString());
    assertEquals(2, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("ERROR " + dir.resolve("b.scenario") + ": no such file"), r.out());
    assertTrue(r.out().contains(dir.resolve("a.scenario").toString()), r.out());
    assertTrue(r.out().endsWith("failed\n"), r.out());
  }

  @Test
  void validateWritesUnderItsOwnDirectoryWhateverTheName() {
    Path home = Path.of("/h");
    assertEquals(Path.of("/h/target/validate/x"), PlayCommand.workDir(home, "a/b/x.scenario", "none"));
    assertEquals(Path.of("/h/target/validate/scenario___"), PlayCommand.workDir(home, "a/b/...scenario", "none"));
    assertEquals(Path.of("/h/target/validate/scenario__-NoBulkSync"), PlayCommand.workDir(home, "a/b/..scenario", "NoBulkSync"));
    assertEquals(Path.of("/h/target/validate/scenario_all"), PlayCommand.workDir(home, "all.scenario", "none"));
    assertEquals(Path.of("/h/target/validate/all"), PlayCommand.workDir(home, null, "none"));
    for (String n : new String[] {"..scenario", ".scenario", "x/...scenario", "a/.."}) {
      Path w = PlayCommand.workDir(home, n, "none");
      assertTrue(w.normalize().startsWith(home.resolve("target/validate")) && !w.normalize().equals(home.resolve("target/validate")), n + " -> " + w);
    }
    assertFalse(PlayCommand.workDir(home, "..", "none").normalize().equals(home.resolve("target")));
  }

  @Test
  void consoleWithStandardInputClosedIsExitTwo() {
    String before = System.setProperty("failover.stdin", "closed");
    try {
      Cli r = Cli.run("console");
      assertEquals(2, r.exit(), r.out() + r.err());
      assertEquals("failover console: standard input is closed: nothing to read (give it a terminal, a file or a pipe)\n", r.err());
      assertEquals("", r.out());
    } finally {
      if (before == null) System.clearProperty("failover.stdin");
      else System.setProperty("failover.stdin", before);
    }
    assertTrue(ConsoleCommand.jvmsOwn(Path.of(System.getProperty("java.home"), "lib", "modules")));
    String jar = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(e -> e.endsWith(".jar")).findFirst().orElseThrow();
    assertTrue(ConsoleCommand.jvmsOwn(Path.of(jar).toAbsolutePath().normalize()), jar);
    assertFalse(ConsoleCommand.jvmsOwn(Path.of("/somewhere/else/users.jar")));
    assertFalse(ConsoleCommand.jvmsOwn(Path.of("/dev/null")));
    assertFalse(ConsoleCommand.jvmsOwn(Path.of("/tmp/session.txt")));
  }

  @Test
  void checkRefusesMoreWorkersThanTheMachineCanRun() {
    int max = CheckCommand.maxWorkers();
    assertTrue(max >= 4 && max <= 64, "" + max);
    Cli r = Cli.run("check", "--workers", "100000");
    assertEquals(2, r.exit(), r.out() + r.err());
    assertEquals("failover check: --workers 100000: at most " + max + " on this machine (4 a processor, 64 in all)\n", r.err());
    assertEquals("", r.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "bench --runs 0                  | failover bench: --runs 0: must be 1-1000",
      "bench --steps 99                | failover bench: --steps 99: must be 100-10000000",
      "bench --conform-runs 101        | failover bench: --conform-runs 101: must be 1-100",
      "bench --quick --no-whole        | failover bench: --quick measures the engine only: not with --no-whole",
      "bench --quick --conform-runs 2  | failover bench: --quick measures the engine only: not with --conform-runs",
      "bench --quick --big             | failover bench: --quick measures the engine only: not with --big",
      "bench --growth 0                | failover bench: --growth 0: must be 1-12",
      "bench --growth 3 --quick        | failover bench: --growth measures the growth of the big model only: not with --quick",
      "bench --growth 3 --big          | failover bench: --growth measures the growth of the big model only: not with --big",
      "conform --simulate -1           | failover conform: --simulate -1: must be 0-1000000",
      "conform --depth 1               | failover conform: --depth 1: must be 2-10000",
      "conform --model ../x            | failover conform: --model '../x': not a model name (letters, digits, _)",
      "corners --only ,,,              | failover corners: --only '': name corner cases, separated by commas (A,B)",
      "corners --only a,,b             | failover corners: --only 'a,,b': name corner cases, separated by commas (A,B)",
      "corners --parallel 0            | failover corners: --parallel 0: must be 1-8"})
  void aValueOutOfRangeNamesItsOption(String args, String error) {
    Cli r = Cli.run(args.strip().split(" +"));
    assertEquals(2, r.exit(), r.out() + r.err());
    assertEquals(error.strip() + "\n", r.err());
    assertEquals("", r.out());
  }
}
