package failover.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files a command's {@code FILE...} arguments stand for: a file as given, a directory as every
 * file under it whose name ends in the command's suffix ({@code .scenario}, {@code .itf.json}),
 * in path order. An entry of a directory that cannot be listed is kept with its problem, so that
 * the command names it and goes on with the others. An argument that stands for nothing (the
 * empty string, a directory without a single such file) is a usage error naming it.
 */
public final class Selection {
  private Selection() {}

  /** One selected file, or an entry that cannot be read ({@code problem} not null). */
  public record Entry(Path path, String problem) {
    public boolean readable() { return problem == null; }
  }

  /** An argument that stands for nothing: one line naming it. */
  public static final class NothingSelected extends Exception {
    public NothingSelected(String message) { super(message, null, false, false); }
  }

  /**
   * The entries of {@code args}; {@code what} names a file of the kind ("scenario file",
   * "ITF trace") for the message of an argument that selects nothing.
   */
  public static List<Entry> of(List<Path> args, String suffix, String what) throws NothingSelected {
    List<Entry> out = new ArrayList<>();
    for (Path p : args) {
      if (p.toString().isEmpty()) throw new NothingSelected("an empty FILE argument ('') names no " + what + " nor directory");
      if (!Files.isDirectory(p)) {
        out.add(new Entry(p, null));
        continue;
      }
      List<Entry> found = walk(p, suffix);
      if (found.isEmpty()) throw new NothingSelected(p + ": the directory holds no " + what + " (*" + suffix + ")");
      out.addAll(found);
    }
    return out;
  }

  /** The files under {@code dir} ending in {@code suffix}, and the entries that could not be listed. */
  static List<Entry> walk(Path dir, String suffix) {
    List<Entry> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
          if (f.getFileName() != null && f.getFileName().toString().endsWith(suffix) && !a.isDirectory()) found.add(new Entry(f, null));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          found.add(new Entry(f, (f.equals(dir) ? "cannot list the directory: " : "cannot read this entry of " + dir + ": ") + Problems.of(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.add(new Entry(dir, "cannot list the directory: " + Problems.of(e)));
    }
    found.sort(Comparator.comparing(Entry::path));
    return found;
  }
}
