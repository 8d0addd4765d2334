package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failover.tlc.Tlc;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's exit-code tables, produced: for every (command, code) pair the README documents,
 * one invocation that exits with it ({@link #CASES}); {@link #everyDocumentedCodeHasAnInvocation}
 * fails when a documented code has none. The other direction, that no command exits with an
 * undocumented code, is checked by every run of {@link Cli} (it fails on a code the command's help
 * does not list; ExitCodesDocumentedTest: the help and the README agree).
 *
 * <p>The ways in: a toy project (failover.home) for check's TLC results; copies of spec/ with a
 * broken cfg, a broken spec module or a manifest that expects another result; TLC that crashes
 * (the child JVM given an option it does not know); an internal error (failover.home a path no file
 * system has, so that the project root cannot be found: a RuntimeException inside the command);
 * for {@code worker 0}, a {@code check --distributed} server of the toy model in a thread of this
 * JVM with the worker run against it (about 10 s).
 * {@code conform}'s 0 needs every spec action and parameter value exercised, which only the default
 * run (five models, about 10 min) reaches: that case runs with {@code -Dfailover.slow=true} only.
 * {@code readings}' 1 checks one reading model ({@code --only}) against a manifest that expects it to pass.
 */
class ExitCodesProducedTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The smallest bug model (40 states) and corner case (29 states), and a small scenario. */
  private static final String BUG = "bug_replicate_from_standby";
  private static final String CORNER = "simultaneous_boot_same_preference";
  private static final String SCENARIO = "scenarios/boot_peer_absent.scenario";
  /** Cases that take minutes: run with -Dfailover.slow=true only. */
  private static final java.util.Set<String> SLOW_CASES = java.util.Set.of("conform 0");
  /** Not a path on any file system: finding the project root throws (an internal error). */
  private static final String NO_HOME = "bad\u0000home";
  private static final boolean SLOW = Boolean.getBoolean("failover.slow");

  static final String TOY_MANIFEST = """
      {"schema": 1, "tlcArgs": ["-lncheck", "final"], "models": [
        {"name": "pass", "module": "Toy", "cfg": "ToyPass.cfg", "expected": "pass", "distinctStates": 142},
        {"name": "wrong-count", "module": "Toy", "cfg": "ToyPass.cfg", "expected": "pass", "distinctStates": 141},
        {"name": "parse", "module": "ToyParse", "cfg": "ToyParse.cfg", "expected": "pass"},
        {"name": "assume", "module": "ToyAssume", "cfg": "ToyAssume.cfg", "expected": "pass"},
        {"name": "deadlock", "module": "ToyDeadlock", "cfg": "ToyDeadlock.cfg", "expected": "pass"},
        {"name": "inv-unexpected", "module": "Toy", "cfg": "ToyInvariant.cfg", "expected": "pass"},
        {"name": "live-unexpected", "module": "Toy", "cfg": "ToyLiveness.cfg", "expected": "pass"}
      ]}
      """;

  @TempDir static Path dir;
  /** The toy project; a copy of spec/ with a broken cfg and a manifest expecting BUG to pass; one with a broken spec module; one without a manifest; one with an edited corner scenario. */
  static Path toy, wrongSpec, brokenSpec, empty, staleCorner;
  static Path failing, malformed;
  /** A copy of spec/ (and the readings' scenarios) whose manifest expects READING_MODEL to pass. */
  static Path wrongReading;
  /** The smallest reading model (84 states), of the reading NoFailover. */
  private static final String READING = "NoFailover", READING_MODEL = "reading_no_failover_all_active";

  /** One documented exit code of a command and an invocation that produces it. */
  record Case(String command, int code, String how, Supplier<Cli> run) {
    @Override public String toString() { return command + " " + code + ": " + how; }
  }

  @BeforeAll
  static void homes() throws IOException {
    toy = ToyHome.create(dir.resolve("toy"), TOY_MANIFEST);

    wrongSpec = copySpec(dir.resolve("wrong-spec"));
    Files.writeString(wrongSpec.resolve("spec/MCbug_broken.cfg"),
        Files.readString(Path.of("spec/MC" + BUG + ".cfg")) + "\nINVARIANT NoSuchInvariant\n");
    ObjectNode manifest = (ObjectNode) JSON.readTree(Path.of("spec/manifest.json").toFile());
    for (var m : (ArrayNode) manifest.get("models")) {
      if (m.get("name").asText().equals(BUG)) ((ObjectNode) m).put("expected", "pass");
    }
    JSON.writeValue(wrongSpec.resolve("spec/manifest.json").toFile(), manifest);
    copyTree("scenarios", wrongSpec);

    brokenSpec = copySpec(dir.resolve("broken-spec"));
    Path module = brokenSpec.resolve("spec/AAFailover.tla");
    String text = Files.readString(module);
    assertTrue(text.contains("\nTypeOK =="), "spec/AAFailover.tla defines TypeOK");
    Files.writeString(module, text.replaceFirst("\nTypeOK ==", "\nTypeOK == NoSuchOperator /\\\\"));

    empty = Files.createDirectories(dir.resolve("empty"));

    staleCorner = copySpec(dir.resolve("stale-corner"));
    copyTree("scenarios", staleCorner);
    copyTree("docs", staleCorner);
    Files.writeString(staleCorner.resolve("scenarios/corners/" + CORNER + ".scenario"), "# edited by hand\n", java.nio.file.StandardOpenOption.APPEND);

    wrongReading = copySpec(dir.resolve("wrong-reading"));
    ObjectNode readingManifest = (ObjectNode) JSON.readTree(Path.of("spec/manifest.json").toFile());
    for (var m : (ArrayNode) readingManifest.get("models")) {
      if (m.get("name").asText().equals(READING_MODEL)) ((ObjectNode) m).put("expected", "pass");
    }
    JSON.writeValue(wrongReading.resolve("spec/manifest.json").toFile(), readingManifest);
    for (failover.corners.ReadingsReport.Witness w : failover.corners.ReadingsReport.WITNESSES) {
      if (!Files.isRegularFile(Path.of(w.scenario()))) continue; // generated by ./failover corners
      Files.createDirectories(wrongReading.resolve(w.scenario()).getParent());
      Files.copy(Path.of(w.scenario()), wrongReading.resolve(w.scenario()));
    }

    failing = dir.resolve("failing.scenario");
    Files.writeString(failing, Files.readString(Path.of(SCENARIO)).replaceFirst("expect A group 1 active", "expect A group 1 standby"));
    malformed = dir.resolve("malformed.scenario");
    Files.writeString(malformed, "boot A\npowr-off A\n");
  }

  /** Copies the project's folder {@code folder} (with its subfolders) into {@code home}. */
  private static void copyTree(String folder, Path home) throws IOException {
    try (Stream<Path> s = Files.walk(Path.of(folder))) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        Files.createDirectories(home.resolve(f).getParent());
        Files.copy(f, home.resolve(f));
      }
    }
  }

  private static Path copySpec(Path home) throws IOException {
    Path spec = Files.createDirectories(home.resolve("spec"));
    try (Stream<Path> s = Files.list(Path.of("spec"))) {
      for (Path f : s.filter(Files::isRegularFile).toList()) Files.copy(f, spec.resolve(f.getFileName()));
    }
    return home;
  }

  private static Cli in(Path home, String... args) { return Cli.runIn(home, args); }

  private static Cli here(String... args) { return Cli.run(args); }

  /** The run with TLC's child JVM given an option it does not know: TLC does not start (as if it crashed). */
  private static Cli tlcCrashes(Supplier<Cli> run) {
    String before = System.setProperty(Tlc.MORE_JVM_OPTIONS, "-XX:+NoSuchFailoverOption");
    try {
      return run.get();
    } finally {
      if (before == null) System.clearProperty(Tlc.MORE_JVM_OPTIONS);
      else System.setProperty(Tlc.MORE_JVM_OPTIONS, before);
    }
  }

  private static Cli internalError(String... args) { return Cli.runWithHome(NO_HOME, args); }

  /** The console with this standard input. */
  private static Cli console(InputStream in, boolean closed) {
    InputStream before = System.in;
    String stdin = closed ? System.setProperty("failover.stdin", "closed") : System.getProperty("failover.stdin");
    System.setIn(in);
    try {
      return Cli.run("console");
    } finally {
      System.setIn(before);
      if (stdin == null) System.clearProperty("failover.stdin");
      else System.setProperty("failover.stdin", stdin);
    }
  }

  static final List<Case> CASES = List.of(
      new Case("check", 0, "the toy model that passes with its distinct states", () -> in(toy, "check", "--model", "pass")),
      new Case("check", 1, "another distinct state count", () -> in(toy, "check", "--model", "wrong-count")),
      new Case("check", 2, "an unknown model", () -> in(toy, "check", "--model", "nope")),
      new Case("check", 3, "a TLA+ parse error", () -> in(toy, "check", "--model", "parse")),
      new Case("check", 4, "TLC crashes", () -> tlcCrashes(() -> in(toy, "check", "--model", "pass"))),
      new Case("check", 10, "an ASSUME is false", () -> in(toy, "check", "--model", "assume")),
      new Case("check", 11, "a deadlock", () -> in(toy, "check", "--model", "deadlock")),
      new Case("check", 12, "an invariant violated where the manifest expects a pass", () -> in(toy, "check", "--model", "inv-unexpected")),
      new Case("check", 13, "a temporal property violated where the manifest expects a pass", () -> in(toy, "check", "--model", "live-unexpected")),

      new Case("conform", 0, "the default run: every action and parameter value (slow: -Dfailover.slow=true)", () -> here("conform")),
      new Case("conform", 1, "the bug model's counterexample on the correct engine", () -> here("conform", "--model", BUG, "--simulate", "0", "--engine-bug", "none")),
      new Case("conform", 2, "an unknown model", () -> here("conform", "--model", "nope")),
      new Case("conform", 3, "a cfg naming an invariant the spec does not define", () -> in(wrongSpec, "conform", "--model", "bug_broken", "--simulate", "0")),
      new Case("conform", 4, "TLC crashes", () -> tlcCrashes(() -> here("conform", "--model", BUG, "--simulate", "0"))),
      new Case("conform", 5, "one bug model alone exercises only some actions", () -> here("conform", "--model", BUG, "--simulate", "0")),
      new Case("conform", 6, "the manifest expects a pass of a bug model", () -> in(wrongSpec, "conform", "--model", BUG, "--simulate", "0")),

      new Case("replay", 0, "a bug model's counterexample on the engine with that bug", () -> here("replay", "traces/bugs/" + BUG + ".itf.json")),
      new Case("replay", 1, "the same on the correct engine", () -> here("replay", "--engine-bug", "none", "traces/bugs/" + BUG + ".itf.json")),
      new Case("replay", 2, "an empty argument", () -> here("replay", "")),
      new Case("replay", 4, "an internal error", () -> internalError("replay", "traces/bugs/" + BUG + ".itf.json")),

      new Case("readings", 0, "one reading's model as the manifest says", () -> here("readings", "--check", "--only", READING)),
      new Case("readings", 1, "a manifest expecting that reading model to pass", () -> in(wrongReading, "readings", "--check", "--only", READING)),
      new Case("readings", 2, "an unknown reading", () -> here("readings", "--check", "--only", "NoSuchReading")),
      new Case("readings", 4, "an internal error", () -> internalError("readings")),
      new Case("models", 0, "the manifest's models", () -> here("models")),
      new Case("models", 2, "no spec/manifest.json", () -> in(empty, "models")),
      new Case("models", 4, "an internal error", () -> internalError("models")),

      new Case("play", 0, "a scenario that passes", () -> here("play", SCENARIO)),
      new Case("play", 1, "an expectation that fails", () -> here("play", failing.toString())),
      new Case("play", 2, "a scenario that does not parse", () -> here("play", malformed.toString())),
      new Case("play", 3, "--validate against a spec module TLC cannot parse", () -> in(brokenSpec, "play", "--validate", SCENARIO)),
      new Case("play", 4, "--validate when TLC crashes", () -> tlcCrashes(() -> here("play", "--validate", SCENARIO))),
      new Case("play", 5, "--validate of a scenario that never configures a whole pair", () -> here("play", "--validate", "scenarios/range_mac_address.scenario")),

      new Case("console", 0, "end of input", () -> console(new ByteArrayInputStream("status\n".getBytes()), false)),
      new Case("console", 2, "standard input closed", () -> console(new ByteArrayInputStream(new byte[0]), true)),
      new Case("console", 4, "standard input fails unexpectedly (an internal error)", () -> console(new InputStream() {
        @Override public int read() { throw new IllegalStateException("broken stream"); }
      }, false)),

      new Case("corners", 0, "one corner case, its files up to date", () -> here("corners", "--check", "--only", CORNER)),
      new Case("corners", 1, "one corner case whose scenario was edited", () -> in(staleCorner, "corners", "--check", "--only", CORNER)),
      new Case("corners", 2, "an unknown corner case", () -> here("corners", "--only", "nope")),
      new Case("corners", 3, "TLC crashes", () -> tlcCrashes(() -> here("corners", "--check", "--only", CORNER))),
      new Case("corners", 4, "an internal error", () -> internalError("corners", "--check", "--only", CORNER)),

      new Case("bench", 0, "the engine's figures, small", () -> here("bench", "--quick", "--steps", "100", "--runs", "1")),
      new Case("bench", 1, "a conformance figure when TLC crashes", () -> tlcCrashes(() -> here("bench", "--steps", "100", "--runs", "1",
          "--no-whole", "--conform-runs", "1"))),
      new Case("bench", 2, "a value out of range", () -> here("bench", "--runs", "0")),
      new Case("bench", 4, "an internal error", () -> internalError("bench", "--steps", "100", "--runs", "1", "--no-whole")),

      new Case("readings", 0, "the readings printed", () -> here("readings")),
      new Case("readings", 2, "not in the project directory", () -> in(empty, "readings")),

      new Case("worker", 0, "a worker (in a directory with no project) for a 'check --distributed' server of the toy model"
          + " expecting one worker thread, to the end", ExitCodesProducedTest::workerForAServer),
      new Case("worker", 1, "no server on the port within --wait", () -> here("worker", "127.0.0.1", "--port", freePort(), "--wait", "1", "--threads", "1")),
      new Case("worker", 2, "no HOST", () -> here("worker")),
      new Case("worker", 4, "the worker's child JVM does not start", () -> tlcCrashes(() -> here("worker", "127.0.0.1", "--port", freePort(),
          "--wait", "1", "--threads", "1"))));

  /**
   * {@code worker localhost} for the server of {@code check --distributed --workers-expected 1} (no
   * local workers) on a free port, both in this JVM: the server in a thread of its own, the worker
   * started once the server listens on its port (by then the server has read failover.home, which the
   * worker's run sets to a directory without a project). The server must end with 0 too.
   */
  private static Cli workerForAServer() {
    String port = freePort();
    String home = System.getProperty("failover.home");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      java.util.concurrent.Future<Cli> server = pool.submit(() -> in(toy, "check", "--distributed", "--model", "pass",
          "--port", port, "--workers-expected", "1"));
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
      while (!listening(Integer.parseInt(port)) && !server.isDone()) {
        if (System.nanoTime() > deadline) throw new AssertionError("the server never took port " + port);
        Thread.sleep(100);
      }
      Cli worker = in(empty, "worker", "localhost", "--port", port, "--threads", "1", "--wait", "120");
      Cli s = server.get(5, java.util.concurrent.TimeUnit.MINUTES);
      assertEquals(0, s.exit(), "the server:\n" + s.out() + s.err() + "\nthe worker:\n" + worker.out() + worker.err());
      assertTrue(s.out().contains("Worker threads:   1 registered"), s.out());
      assertTrue(s.out().contains("TLC's files: target/tlc/pass-distributed/run-"), s.out());
      return worker;
    } catch (Exception e) {
      throw new AssertionError("the server of 'check --distributed' and its worker: " + e, e);
    } finally {
      pool.shutdownNow();
      if (home == null) System.clearProperty("failover.home");
      else System.setProperty("failover.home", home);
    }
  }

  /** Whether something listens on the port (a connection, not a bind: the server's own probe binds it). */
  private static boolean listening(int port) {
    try (java.net.Socket s = new java.net.Socket()) {
      s.connect(new java.net.InetSocketAddress("localhost", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return Integer.toString(s.getLocalPort());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Case> cases() { return CASES.stream(); }

  @Test
  void everyDocumentedCodeHasAnInvocation() throws Exception {
    Map<String, TreeSet<Integer>> documented = ExitCodesDocumentedTest.readme();
    List<String> missing = new ArrayList<>(), undocumented = new ArrayList<>();
    documented.forEach((command, codes) -> codes.forEach(code -> {
      if (CASES.stream().noneMatch(c -> c.command().equals(command) && c.code() == code)) missing.add(command + " " + code);
    }));
    for (Case c : CASES) {
      if (!documented.getOrDefault(c.command(), new TreeSet<>()).contains(c.code())) undocumented.add(c.toString());
    }
    assertEquals(List.of(), missing, "documented exit codes no invocation produces");
    assertEquals(List.of(), undocumented, "cases of exit codes the README does not document");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void producesIt(Case c) {
    assumeTrue(SLOW || !SLOW_CASES.contains(c.command() + " " + c.code()), "minutes: -Dfailover.slow=true");
    Cli r = c.run().get();
    assertEquals(c.code(), r.exit(), c + "\nout:\n" + r.out() + "\nerr:\n" + r.err());
    if (c.code() == 4 && c.how().contains("internal error")) assertTrue(r.err().contains("internal error"), r.err());
  }
}
