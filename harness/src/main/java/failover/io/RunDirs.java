package failover.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Every run of a command works in a directory of its own, so that two runs in one checkout (two
 * users, two terminals, two test threads) never share or delete each other's files:
 * {@code <parent>/run-<yyyyMMdd-HHmmss>-<pid>-<n>/}, e.g. {@code target/tlc/ci/run-20261205-130501-4242-1/}.
 * The directory is created with {@link Files#createDirectory}, which fails when it exists, so
 * that no two runs get the same one, even in one JVM at once.
 *
 * <p>Old runs: when a run starts, the runs under the same parent beyond the newest {@link #KEEP}
 * are deleted, except those of a process still running (the name carries its pid); {@code mvn
 * clean} deletes them all. A file users are told to look at outside the run directory (e.g.
 * {@code target/conform/<model>/counterexample.itf.json}) is {@linkplain #publish published}:
 * copied beside the file and moved over it in one step, so that a reader sees one whole run's file.
 */
public final class RunDirs {
  /** The runs kept under one parent (the newest, counting the one being created). */
  public static final int KEEP = 5;
  /** Names of run directories start so. */
  public static final String PREFIX = "run-";

  private static final AtomicLong NEXT = new AtomicLong();
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private RunDirs() {}

  /** A new, empty directory of this run under {@code parent} (created with its parents); older runs pruned. */
  public static Path create(Path parent) throws IOException {
    Files.createDirectories(parent);
    long pid = ProcessHandle.current().pid();
    String stamp = LocalDateTime.now().format(STAMP);
    for (int tries = 0; ; tries++) {
      Path dir = parent.resolve(PREFIX + stamp + "-" + pid + "-" + NEXT.incrementAndGet());
      try {
        Files.createDirectory(dir);
        prune(parent, dir);
        return dir;
      } catch (FileAlreadyExistsException taken) {
        if (tries > 1000) throw taken;
      }
    }
  }

  /** The run directories under {@code parent}, oldest first. */
  static List<Path> runs(Path parent) throws IOException {
    try (Stream<Path> s = Files.list(parent)) {
      return s.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p))
          .sorted(Comparator.comparing(RunDirs::order)).toList();
    }
  }

  /** Sorts by the time in the name, then the pid, then the run number. */
  private static String order(Path run) {
    String[] f = run.getFileName().toString().split("-");
    if (f.length != 5) return run.getFileName().toString();
    return f[1] + f[2] + String.format("%020d%020d", number(f[3]), number(f[4]));
  }

  private static long number(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The pid in a run directory's name, or -1. */
  static long pid(Path run) {
    String[] f = run.getFileName().toString().split("-");
    return f.length == 5 ? number(f[3]) : -1;
  }

  /** Deletes the runs beyond the newest {@link #KEEP}, but never {@code own} nor a run whose process is alive. */
  private static void prune(Path parent, Path own) {
    try {
      List<Path> all = runs(parent);
      long self = ProcessHandle.current().pid();
      for (Path old : all.subList(0, Math.max(0, all.size() - KEEP))) {
        long pid = pid(old);
        if (old.equals(own) || pid == self) continue;
        if (pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
        deleteTree(old);
      }
    } catch (IOException | RuntimeException e) {
      // best effort: an old run left behind is harmless (mvn clean removes it)
    }
  }

  /**
   * Puts {@code file} at {@code stable} in one step: a copy beside {@code stable} under a name of
   * its own, then moved over it (atomically where the file system can), so that two runs
   * publishing at once leave one whole file.
   */
  public static void publish(Path file, Path stable) throws IOException {
    Path dir = stable.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + stable.getFileName() + "-", ".tmp");
    try {
      Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
      try {
        Files.move(tmp, stable, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, stable, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Deletes a directory with everything in it; what vanishes meanwhile (another run pruning) is no error. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    List<Path> paths;
    try (Stream<Path> s = Files.walk(dir)) {
      paths = s.sorted(Comparator.reverseOrder()).toList();
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) return;
      throw e.getCause();
    }
    for (Path p : paths) Files.deleteIfExists(p);
  }
}
