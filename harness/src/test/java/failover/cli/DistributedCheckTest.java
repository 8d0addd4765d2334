package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --distributed} and {@code worker}: TLC's distributed mode, a server and two local
 * workers (child JVMs) on a free port, judged against spec/manifest.json.
 */
class DistributedCheckTest {
  private static String freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return Integer.toString(s.getLocalPort());
    }
  }

  @Test
  void ciWithTwoLocalWorkersFindsTheManifestsDistinctStates() throws IOException {
    // ci exercises the worker's repair: without it, the first state after InterfaceUp fails on a worker
    Cli r = Cli.run("check", "--distributed", "--model", "ci", "--local-workers", "2", "--port", freePort());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("Distinct states:  1,254 (manifest: 1,254)"), r.out());
    assertTrue(r.out().contains("Worker threads:   2 registered"), r.out());
    assertTrue(r.out().contains("liveness NOT checked (distributed mode does not): ActiveSomewhereProp, PreemptProp"), r.out());
    assertTrue(r.out().contains("OK: model ci: no violation of its invariants and action properties, with the manifest's 1,254"
        + " distinct states; liveness (ActiveSomewhereProp, PreemptProp) NOT checked."), r.out());
  }

  @Test
  void anInvariantViolationIsNamedByTheLocalWorkerThatFoundIt() throws IOException {
    Cli r = Cli.run("check", "--distributed", "--model", "bug_boot_ignores_active_peer", "--local-workers", "2", "--port", freePort());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("Result:           violates NoDualActiveInv (safety; named by a local worker)"), r.out());
    assertTrue(r.out().contains("BootAlone(unit: \"B\")"), r.out());
  }

  @Test
  void whatDistributedModeCannotDoIsAUsageErrorNamingTheReason() {
    Cli live = Cli.run("check", "--distributed", "--model", "bug_no_bulk_sync");
    assertEquals(2, live.exit(), live.err());
    assertTrue(live.err().contains("is expected to violate StateSyncProp (liveness), which TLC's distributed mode does not check"), live.err());
    Cli full = Cli.run("check", "--distributed", "--model", "full");
    assertEquals(2, full.exit(), full.err());
    assertTrue(full.err().contains("uses TLCGet(\"level\") in MCfull.tla, which TLC's distributed mode does not support"), full.err());
  }

  @Test
  void distributedOptionsNeedDistributed() {
    for (String[] args : new String[][] {{"--port", "12000"}, {"--local-workers", "2"}, {"--workers-expected", "3"}}) {
      Cli r = Cli.run("check", args[0], args[1]);
      assertEquals(2, r.exit(), r.err());
      assertEquals("failover check: " + args[0] + " needs --distributed", r.err().strip());
    }
    Cli w = Cli.run("check", "--distributed", "--workers", "2");
    assertEquals(2, w.exit(), w.err());
    Cli port = Cli.run("check", "--distributed", "--port", "70000");
    assertEquals("failover check: --port must be 1 to 65535, not 70000", port.err().strip());
  }

  @Test
  void twoDistributedChecksOfOneModelAtOnceEachWorkInARunDirectoryOfTheirOwn(@TempDir Path dir) throws Exception {
    Path toy = ToyHome.create(dir.resolve("toy"), """
        {"schema": 1, "models": [{"name": "pass", "module": "Toy", "cfg": "ToyPass.cfg", "expected": "pass", "distinctStates": 142}]}
        """);
    String home = System.getProperty("failover.home");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Cli>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        String port = freePort();
        runs.add(pool.submit(() -> ToyHome.run(toy, "check", "--distributed", "--model", "pass", "--local-workers", "1", "--port", port)));
      }
      Set<String> dirs = new HashSet<>();
      for (Future<Cli> f : runs) {
        Cli r = f.get(5, TimeUnit.MINUTES);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Distinct states:  142 (manifest: 142)"), r.out());
        Matcher m = Pattern.compile("TLC's files: (target/tlc/pass-distributed/run-[0-9-]+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Files.isRegularFile(toy.resolve(m.group(1)).resolve("spec/ToyPass_safety.cfg")), m.group(1));
        dirs.add(m.group(1));
      }
      assertEquals(2, dirs.size(), "each run its own directory: " + dirs);
    } finally {
      pool.shutdownNow();
      if (home == null) System.clearProperty("failover.home");
      else System.setProperty("failover.home", home);
    }
  }

  @Test
  void aWorkerWithoutAServerGivesUp() throws IOException {
    Cli r = Cli.run("worker", "127.0.0.1", "--port", freePort(), "--wait", "1", "--threads", "1");
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.err().startsWith("failover worker: no TLC server at 127.0.0.1:"), r.err());
    Cli usage = Cli.run("worker");
    assertEquals(2, usage.exit(), usage.err());
  }

  @Test
  void aWorkerWhoseJvmDoesNotStartFailsRatherThanFindingNoServer() throws IOException {
    String before = System.setProperty(failover.tlc.Tlc.MORE_JVM_OPTIONS, "-XX:+NoSuchFailoverOption");
    try {
      Cli r = Cli.run("worker", "127.0.0.1", "--port", freePort(), "--wait", "1", "--threads", "1");
      assertEquals(4, r.exit(), r.out() + r.err());
      assertEquals("failover worker: the worker failed (exit 1)", r.err().strip());
      assertTrue(r.out().contains("NoSuchFailoverOption"), r.out());
    } finally {
      if (before == null) System.clearProperty(failover.tlc.Tlc.MORE_JVM_OPTIONS);
      else System.setProperty(failover.tlc.Tlc.MORE_JVM_OPTIONS, before);
    }
  }
}
