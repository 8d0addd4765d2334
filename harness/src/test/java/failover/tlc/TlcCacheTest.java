package failover.tlc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of TLC runs ({@link TlcCache}) on the toy specs: a run with the same inputs is TLC's
 * run again (messages, result, files), in another directory too; any input changed is a run of
 * its own; runs whose result is not determined by their inputs, and crashes, are never kept.
 */
class TlcCacheTest {
  @TempDir Path tmp;
  Path toy, cacheDir;
  TlcCache cache;
  Tlc tlc;
  int runs;

  @BeforeEach
  void setUp() throws Exception {
    toy = copyToy(tmp.resolve("toy"));
    // a module of its own extending another of the directory, so that a change to the one it extends is a change of the run
    Files.writeString(toy.resolve("Base.tla"), "---- MODULE Base ----\nEXTENDS Naturals\nLimit == 3\n====\n");
    Files.writeString(toy.resolve("Top.tla"), """
        ---- MODULE Top ----
        EXTENDS Base,
                TLC
        VARIABLE x
        Init == x = 0
        Next == x' = (x + 1) % (Limit + 1)
        Small == x <= 3
        ====
        """);
    Files.writeString(toy.resolve("Top.cfg"), "INIT Init\nNEXT Next\nINVARIANT Small\n");
    cacheDir = tmp.resolve("cache");
    cache = TlcCache.at(cacheDir);
    tlc = Tlc.fromClasspath().withCache(cache);
  }

  private static Path copyToy(Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> s = Files.list(TlcTest.TOY)) {
      for (Path f : s.toList()) Files.copy(f, to.resolve(f.getFileName()));
    }
    return to;
  }

  private TlcRequest request(Path dir, String module, String cfg) {
    return TlcRequest.check(dir, module, cfg, 1, tmp.resolve("meta-" + runs++));
  }

  private record Run(TlcResult result, List<TlcMessage> messages) {}

  private Run run(Tlc t, TlcRequest r) throws TlcException {
    List<TlcMessage> seen = new ArrayList<>();
    TlcResult result = t.run(r, seen::add);
    return new Run(result, seen);
  }

  /** The messages without the lines that hold paths or times (which differ from run to run of TLC itself). */
  private static List<TlcMessage> stable(List<TlcMessage> ms) {
    return ms.stream().filter(m -> !(m instanceof TlcMessage.Output || m instanceof TlcMessage.Info
        || m instanceof TlcMessage.Finished || m instanceof TlcMessage.Progress)).toList();
  }

  private void counts(int hits, int misses, int bypassed) {
    assertEquals(List.of(hits, misses, bypassed), List.of(cache.hits(), cache.misses(), cache.bypassed()), "hits, misses, runs not cached");
  }

  @Test
  void theSameRunAgainIsTlcsRunFromTheCache() throws Exception {
    TlcRequest r1 = request(toy, "Toy", "ToyInvariant.cfg"), r2 = request(toy, "Toy", "ToyInvariant.cfg");
    Run first = run(tlc, r1);
    counts(0, 1, 0);
    Run again = run(tlc, r2);
    counts(1, 1, 0);
    assertEquals(Verdict.INVARIANT_VIOLATED, again.result().verdict());
    assertEquals(first.result().exitCode(), again.result().exitCode());
    assertEquals(first.result().property(), again.result().property());
    assertEquals(first.result().distinct(), again.result().distinct());
    assertEquals(first.result().generated(), again.result().generated());
    assertEquals(first.result().trace(), again.result().trace());
    assertEquals(first.result().wallTime(), again.result().wallTime(), "the time TLC took");
    // every message again, in order; the paths of TLC's files those of the run's own metadir
    String meta1 = r1.metaDir().toAbsolutePath().normalize().toString(), meta2 = r2.metaDir().toAbsolutePath().normalize().toString();
    List<TlcMessage> expected = first.messages().stream().map(m -> m instanceof TlcMessage.Output o
        ? new TlcMessage.Output(o.line().replace(meta1, meta2)) : m).toList();
    assertEquals(expected, again.messages());
    assertTrue(outputs(again.messages()).contains(meta2 + "/Naturals.tla"), outputs(again.messages()));
    // and the same as TLC without the cache
    Run cold = run(Tlc.fromClasspath().withCache(TlcCache.at(tmp.resolve("other-cache"))), request(toy, "Toy", "ToyInvariant.cfg"));
    assertEquals(stable(cold.messages()), stable(again.messages()));
  }

  @Test
  void aCopyOfTheModelElsewhereGetsTheRunWithItsOwnPaths() throws Exception {
    Run first = run(tlc, request(toy, "Toy", "ToyPass.cfg"));
    Path copy = copyToy(tmp.resolve("elsewhere/toy"));
    Run there = run(tlc, request(copy, "Toy", "ToyPass.cfg"));
    counts(1, 1, 0);
    assertEquals(142, there.result().distinct());
    assertEquals(stable(first.messages()), stable(there.messages()));
    String out = outputs(there.messages());
    assertTrue(out.contains("Parsing file " + copy.toAbsolutePath().normalize().resolve("Toy.tla")), out);
    assertFalse(out.contains(toy.toAbsolutePath().normalize().toString() + "/"), out);
    assertFalse(out.contains("\u0001"), out);
  }

  private static String outputs(List<TlcMessage> ms) {
    StringBuilder sb = new StringBuilder();
    for (TlcMessage m : ms) if (m instanceof TlcMessage.Output o) sb.append(o.line()).append('\n');
    return sb.toString();
  }

  @Test
  void aStateGraphDumpIsWrittenAgainByteForByte() throws Exception {
    Path dot1 = tmp.resolve("a/graph.dot"), dot2 = tmp.resolve("b/g.dot");
    Files.createDirectories(dot1.getParent());
    Run first = run(tlc, request(toy, "Toy", "ToyLiveness.cfg").withStateGraphDump(dot1));
    assertEquals(Verdict.TEMPORAL_VIOLATED, first.result().verdict());
    Run again = run(tlc, request(toy, "Toy", "ToyLiveness.cfg").withStateGraphDump(dot2));
    counts(1, 1, 0);
    assertEquals(first.result().trace(), again.result().trace());
    assertArrayEquals(Files.readAllBytes(dot1), Files.readAllBytes(dot2));
    try (Stream<Path> s = Files.list(dot2.getParent())) {
      assertEquals(List.of(dot2), s.toList(), "the dump alone");
    }
  }

  @Test
  void simulatedBehavioursAreWrittenAgain() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("sa")).resolve("b"), b = Files.createDirectories(tmp.resolve("sb")).resolve("b");
    Run first = run(tlc, request(toy, "Toy", "ToyPass.cfg").withSimulation(3, 6, 7, a));
    Run again = run(tlc, request(toy, "Toy", "ToyPass.cfg").withSimulation(3, 6, 7, b));
    counts(1, 1, 0);
    assertEquals(19, again.result().generated(), "same seed, same behaviours as the captured simulate.out");
    List<String> na = names(a.getParent()), nb = names(b.getParent());
    assertEquals(3, na.size(), na.toString());
    assertEquals(na, nb);
    for (String n : na) assertArrayEquals(Files.readAllBytes(a.resolveSibling(n)), Files.readAllBytes(b.resolveSibling(n)), n);
    // another seed is another run
    run(tlc, request(toy, "Toy", "ToyPass.cfg").withSimulation(3, 6, 8, b));
    counts(1, 2, 0);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void everyInputIsPartOfTheKey() throws Exception {
    TlcRequest top = request(toy, "Top", "Top.cfg");
    assertEquals(Verdict.PASSED, run(tlc, top).result().verdict());
    counts(0, 1, 0);
    // a file the run does not read: the same run
    Files.writeString(toy.resolve("Unrelated.tla"), "---- MODULE Unrelated ----\n====\n");
    Files.writeString(toy.resolve("Unrelated.cfg"), "INIT Init\n");
    run(tlc, request(toy, "Top", "Top.cfg"));
    counts(1, 1, 0);
    // the module it extends changed
    Files.writeString(toy.resolve("Base.tla"), "---- MODULE Base ----\nEXTENDS Naturals\nLimit == 4\n====\n");
    assertEquals(Verdict.INVARIANT_VIOLATED, run(tlc, request(toy, "Top", "Top.cfg")).result().verdict());
    counts(1, 2, 0);
    // a standard module shadowed by one in the directory
    Files.writeString(toy.resolve("TLC.tla"), Files.readString(toy.resolve("Base.tla")).replace("MODULE Base", "MODULE TLC"));
    TlcResult shadowed = run(tlc, request(toy, "Top", "Top.cfg")).result();
    counts(1, 3, 0);
    Files.delete(toy.resolve("TLC.tla"));
    // the cfg's content, not its name
    Files.writeString(toy.resolve("Top2.cfg"), Files.readString(toy.resolve("Top.cfg")));
    run(tlc, request(toy, "Top", "Top2.cfg"));
    counts(2, 3, 0);
    Files.writeString(toy.resolve("Top2.cfg"), "INIT Init\nNEXT Next\n");
    assertEquals(Verdict.PASSED, run(tlc, request(toy, "Top", "Top2.cfg")).result().verdict());
    counts(2, 4, 0);
    // TLC's options
    run(tlc, request(toy, "Top", "Top.cfg").withOptions("-deadlock"));
    counts(2, 5, 0);
    // the child's JVM options
    String before = System.setProperty(Tlc.MORE_JVM_OPTIONS, "-Xss4m");
    try {
      run(tlc, request(toy, "Top", "Top.cfg"));
      counts(2, 6, 0);
    } finally {
      if (before == null) System.clearProperty(Tlc.MORE_JVM_OPTIONS);
      else System.setProperty(Tlc.MORE_JVM_OPTIONS, before);
    }
    assertNotEquals(Verdict.CRASHED, shadowed.verdict());
  }

  @Test
  void runsWhoseResultTheInputsDoNotFixAreNotKept() throws Exception {
    run(tlc, new TlcRequest(toy, "Toy", "ToyPass.cfg", 2, tmp.resolve("m1"), List.of("-fp", "0")));
    run(tlc, new TlcRequest(toy, "Toy", "ToyPass.cfg", 1, tmp.resolve("m2"), List.of()));
    run(tlc, request(toy, "Toy", "ToyPass.cfg").withOptions("-simulate", "num=2", "-depth", "5"));
    run(tlc, request(toy, "Toy", "ToyPass.cfg").withOptions("-checkpoint", "0"));
    counts(0, 0, 4);
  }

  @Test
  void aCrashIsNeverKept() throws Exception {
    String before = System.setProperty(Tlc.MORE_JVM_OPTIONS, "-XX:+NoSuchFailoverOption");
    try {
      assertEquals(Verdict.CRASHED, run(tlc, request(toy, "Toy", "ToyPass.cfg")).result().verdict());
      assertEquals(Verdict.CRASHED, run(tlc, request(toy, "Toy", "ToyPass.cfg")).result().verdict());
    } finally {
      if (before == null) System.clearProperty(Tlc.MORE_JVM_OPTIONS);
      else System.setProperty(Tlc.MORE_JVM_OPTIONS, before);
    }
    counts(0, 0, 2);
    try (Stream<Path> s = Files.list(cacheDir)) {
      assertTrue(s.noneMatch(Files::isDirectory), "no entry");
    }
  }

  @Test
  void identicalRunsAtOnceRunTlcOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<TlcResult>> fs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        TlcRequest r = request(toy, "Toy", "ToyPass.cfg");
        fs.add(pool.submit(() -> {
          go.await();
          return tlc.run(r, m -> { });
        }));
      }
      go.countDown();
      for (Future<TlcResult> f : fs) assertEquals(142, f.get(2, TimeUnit.MINUTES).distinct());
    } finally {
      pool.shutdownNow();
    }
    counts(1, 1, 0);
  }

  @Test
  void theSystemPropertyTurnsItOn() {
    String before = System.clearProperty(TlcCache.PROPERTY);
    try {
      assertEquals(null, TlcCache.configured());
      System.setProperty(TlcCache.PROPERTY, cacheDir.toString());
      assertTrue(TlcCache.configured() == cache);
    } finally {
      if (before == null) System.clearProperty(TlcCache.PROPERTY);
      else System.setProperty(TlcCache.PROPERTY, before);
    }
  }
}
