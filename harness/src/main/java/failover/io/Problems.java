package failover.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * What went wrong, in the user's words: a file system or other failure as a short phrase without
 * Java's class names or the file's path ("permission denied", "no such file", "is a directory"),
 * for messages that name the file themselves: {@code FILE: cannot read: permission denied}.
 */
public final class Problems {
  private Problems() {}

  /** The failure as a phrase (lower case, no path, no class name). */
  public static String of(Throwable e) {
    if (e instanceof UncheckedIOException u && u.getCause() != null) return of(u.getCause());
    if (e instanceof NoSuchFileException) return "no such file";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof FileAlreadyExistsException) return "the file already exists";
    if (e instanceof NotDirectoryException) return "not a directory";
    if (e instanceof DirectoryNotEmptyException) return "the directory is not empty";
    if (e instanceof FileSystemLoopException) return "a link loops back to a directory above it";
    if (e instanceof CharacterCodingException) return "not UTF-8 text";
    if (e instanceof InvalidPathException p) return "not a valid path (" + lower(p.getReason()) + ")";
    if (e instanceof FileSystemException f) return f.getReason() == null ? "cannot be accessed" : lower(f.getReason());
    if (e instanceof OutOfMemoryError) return "out of memory";
    if (e instanceof StackOverflowError) return "nested too deeply";
    String m = e.getMessage();
    if (m == null || m.isBlank() || looksLikeJava(m)) {
      return e instanceof IOException ? "input/output error" : "unexpected failure";
    }
    m = m.strip().replaceAll("\\s*\\R\\s*", " ");
    return e instanceof IOException ? lower(m) : m;
  }

  /** Does a message speak Java (qualified class names, exception names) rather than of the user's input? */
  static boolean looksLikeJava(String m) {
    return m.matches("(?s).*\\b(java|javax|com|sun|jdk)\\.[a-z]+\\..*") || m.matches("(?s).*\\b[A-Z][A-Za-z]*(Exception|Error)\\b.*")
        || m.contains("because \"") || m.contains("Cannot invoke");
  }

  private static String lower(String s) {
    s = s.strip();
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  /** A JSON parser's message without its feature names, source descriptions and code points in parentheses. */
  public static String json(String m) {
    if (m.startsWith("Trailing token")) return "more data after the first JSON value";
    String s = m.replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
        .replaceAll("\\s*\\((?:start marker at|for [A-Za-z]+ starting at)[^)]*\\)*", "")
        .replaceAll("[;:,]?\\s*(?:\\()?(?:[Ee]nable|[Dd]isable|[Uu]se)[^;)]*`[^`]*`[^;)]*\\)?", "")
        .replaceAll("\\s*\\(code \\d+\\)", "")
        .replaceAll("\\s*,?\\s*from\\s+`[^`]*`\\)?", ")")
        .replaceAll("\\(\\)", "")
        .replaceAll("\\s*\\R\\s*", " ")
        .strip();
    s = s.replaceAll("\\s*\\(bound as `[^`]*`\\)", "").replaceAll("[:;,]?\\s*not allowed as per.*$", "").replaceAll("`[^`]*`", "").strip();
    int feature = s.indexOf("Feature");
    if (feature >= 0) s = s.substring(0, Math.max(0, s.lastIndexOf(' ', feature))).strip();
    if (s.isEmpty()) s = "unexpected input";
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }

}
