package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.conform.Itf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two runs of the same command on the same model or scenario, in one checkout, at once: both
 * succeed, each in its own run directory, and neither writes into a tracked folder. (Before the
 * run directories, a second {@code check}, {@code conform} or {@code play --validate} on the same
 * target failed with exit 4 nearly every time: the first run's TLC files were cleared or
 * overwritten under it.) The smallest targets, so that it stays fast: the 40-state bug model and
 * a scenario of one box booting alone.
 */
class ConcurrentRunsTest {
  private static final String MODEL = "bug_replicate_from_standby";
  private static final String SCENARIO = "scenarios/boot_peer_absent.scenario";
  private static final List<String> TRACKED = List.of("spec", "traces", "scenarios", "readings", "docs");
  private static String cache;

  /** Both runs run TLC: not one of them answered from the other's run by the cache of TLC runs (pom.xml). */
  @org.junit.jupiter.api.BeforeAll
  static void withoutTheCache() { cache = System.clearProperty(failover.tlc.TlcCache.PROPERTY); }

  @org.junit.jupiter.api.AfterAll
  static void cacheAgain() { if (cache != null) System.setProperty(failover.tlc.TlcCache.PROPERTY, cache); }

  /** Runs {@code args} twice at once (released together), in-process; the two results. */
  private static List<Cli> twiceAtOnce(String... args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Cli>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(pool.submit(() -> {
          go.await();
          return Cli.run(args);
        }));
      }
      go.countDown();
      List<Cli> out = new ArrayList<>();
      for (Future<Cli> f : runs) out.add(f.get(10, TimeUnit.MINUTES));
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The run directory a run printed after {@code label}. */
  private static String runDir(Cli r, String label) {
    Matcher m = Pattern.compile(Pattern.quote(label) + "\\s*(\\S+/run-[0-9-]+)").matcher(r.out());
    assertTrue(m.find(), "no run directory after '" + label + "' in:\n" + r.out());
    return m.group(1);
  }

  private static Set<String> trackedFiles() throws IOException {
    Set<String> out = new TreeSet<>();
    for (String d : TRACKED) {
      try (Stream<Path> s = Files.walk(Path.of(d))) {
        s.filter(Files::isRegularFile).forEach(p -> out.add(p.toString()));
      }
    }
    return out;
  }

  @Test
  void twoChecksOfTheSameModel() throws Exception {
    Set<String> before = trackedFiles();
    List<Cli> r = twiceAtOnce("check", "--model", MODEL);
    for (Cli c : r) {
      assertEquals(0, c.exit(), c.out() + c.err());
      assertTrue(c.out().contains("OK: model " + MODEL), c.out());
    }
    String a = runDir(r.get(0), "TLC's files:"), b = runDir(r.get(1), "TLC's files:");
    assertNotEquals(a, b, "each run in its own directory");
    assertTrue(a.startsWith("target/tlc/" + MODEL + "/run-") && Files.isDirectory(Path.of(a)), a);
    assertEquals(before, trackedFiles(), "nothing written into a tracked folder");
  }

  @Test
  void twoConformsOfTheSameModel() throws Exception {
    Set<String> before = trackedFiles();
    List<Cli> r = twiceAtOnce("conform", "--model", MODEL, "--simulate", "3", "--depth", "6");
    for (Cli c : r) {
      // 5: no divergence, but one bug model alone does not exercise every action (README)
      assertEquals(5, c.exit(), c.out() + c.err());
      assertTrue(c.out().contains("counterexample (") && c.out().contains("conforms"), c.out());
      assertTrue(c.out().contains("divergences: 0"), c.out());
    }
    String a = runDir(r.get(0), "this run's files in"), b = runDir(r.get(1), "this run's files in");
    assertNotEquals(a, b, "each run in its own directory");
    assertTrue(Files.isRegularFile(Path.of(a, "counterexample.itf.json")), a);
    // the published counterexample is one run's whole file
    Itf.Trace cex = Itf.read(Path.of("target/conform", MODEL, "counterexample.itf.json"));
    assertEquals(MODEL, cex.meta().get("model"));
    assertEquals(before, trackedFiles(), "nothing written into a tracked folder");
  }

  @Test
  void twoValidationsOfTheSameScenario() throws Exception {
    Set<String> before = trackedFiles();
    List<Cli> r = twiceAtOnce("play", "--validate", SCENARIO);
    for (Cli c : r) {
      assertEquals(0, c.exit(), c.out() + c.err());
      assertTrue(c.out().startsWith("VALID " + SCENARIO), c.out());
    }
    String a = runDir(r.get(0), "trace module:"), b = runDir(r.get(1), "trace module:");
    assertNotEquals(a, b, "each run in its own directory");
    assertTrue(a.startsWith("target/validate/boot_peer_absent/run-"), a);
    assertTrue(Files.isRegularFile(Path.of(a, "Validate.tla")), a);
    assertEquals(before, trackedFiles(), "nothing written into a tracked folder");
  }
}
