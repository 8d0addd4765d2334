package failover.cli;

import java.nio.file.Path;

/** The project root: the system property {@code failover.home} (the launcher sets it), else the working directory. */
final class ProjectHome {
  private ProjectHome() {}

  static Path find() {
    String home = System.getProperty("failover.home");
    return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
  }

  /** {@code path} relative to the project root when it is inside it, for messages. */
  static String show(Path home, Path path) {
    Path p = path.toAbsolutePath().normalize();
    return p.startsWith(home) ? home.relativize(p).toString() : p.toString();
  }
}
