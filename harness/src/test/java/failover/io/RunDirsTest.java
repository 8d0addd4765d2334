package failover.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirsTest {
  /** A pid no process has (beyond Linux's pid_max). */
  private static final long DEAD = 999_999_999L;

  @Test
  void everyRunGetsADirectoryOfItsOwnEvenAtOnce(@TempDir Path parent) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Path>> f = new ArrayList<>();
      for (int i = 0; i < 40; i++) f.add(pool.submit(() -> RunDirs.create(parent.resolve("m"))));
      Set<Path> seen = new HashSet<>();
      for (Future<Path> x : f) {
        Path p = x.get();
        assertTrue(Files.isDirectory(p), p.toString());
        assertTrue(p.getFileName().toString().startsWith(RunDirs.PREFIX + "2"), p.toString());
        assertEquals(ProcessHandle.current().pid(), RunDirs.pid(p));
        assertTrue(seen.add(p), "twice: " + p);
      }
      // runs of this (living) process are never pruned
      assertEquals(40, RunDirs.runs(parent.resolve("m")).size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oldRunsOfFinishedProcessesArePruned(@TempDir Path parent) throws Exception {
    for (int i = 1; i <= 7; i++) Files.createDirectories(parent.resolve("run-20200101-00000" + i + "-" + DEAD + "-1").resolve("meta"));
    Path alive = Files.createDirectory(parent.resolve("run-20190101-000000-" + ProcessHandle.current().pid() + "-1"));
    Path other = Files.createDirectory(parent.resolve("counterexample.itf.json.d"));
    Path mine = RunDirs.create(parent);
    List<Path> left = RunDirs.runs(parent);
    assertTrue(left.contains(mine) && left.contains(alive), left.toString());
    assertEquals(RunDirs.KEEP + 1, left.size(), "the newest " + RunDirs.KEEP + " and the living one: " + left);
    assertFalse(Files.exists(parent.resolve("run-20200101-000001-" + DEAD + "-1")), "the oldest is gone");
    assertTrue(Files.exists(parent.resolve("run-20200101-000007-" + DEAD + "-1")));
    assertTrue(Files.isDirectory(other), "only run directories are pruned");
  }

  @Test
  void publishReplacesTheFileWhole(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a"), "first");
    Path stable = dir.resolve("out/stable.json");
    RunDirs.publish(a, stable);
    assertEquals("first", Files.readString(stable));
    Files.writeString(a, "second");
    RunDirs.publish(a, stable);
    assertEquals("second", Files.readString(stable));
    try (var s = Files.list(stable.getParent())) {
      assertEquals(List.of(stable), s.toList(), "no temporary file left");
    }
  }
}
