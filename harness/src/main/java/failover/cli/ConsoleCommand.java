package failover.cli;

import failover.pipeline.Failure;
import failover.scenario.Console;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code failover console}: the scenario line language, typed interactively or piped in. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = {
      "Drives a fresh pair with scenario lines read from standard input, one a",
      "line, printing each command's output and the box's prompt, the pair's state",
      "after each event, and ok or FAIL for each expectation. A bad line prints one",
      "error line; the session goes on. Console words: 'save FILE' writes the",
      "session so far as a scenario file; 'status', 'help', 'quit'."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:end of input or quit", "2:standard input is closed or cannot be read, or bad arguments",
        "4:internal error (a bug of failover)"})
public final class ConsoleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--echo", negatable = true,
      description = "print each input line as a transcript (default: on when input is not a terminal)")
  Boolean echo;

  @Override
  public Integer call() {
    if (standardInputClosed()) {
      throw new Failure.Usage("standard input is closed: nothing to read (give it a terminal, a file or a pipe)");
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    return new Console(in, spec.commandLine().getOut(), spec.commandLine().getErr(), echo != null ? echo : System.console() == null).run();
  }

  /**
   * Was the process started with file descriptor 0 closed? The launcher says so
   * ({@code -Dfailover.stdin=closed}, having reopened it on /dev/null); started otherwise, the JVM
   * takes descriptor 0 for a file of its own (its modules, a jar), which is then no input of the
   * user's (Linux: /proc/self/fd/0).
   */
  static boolean standardInputClosed() {
    if ("closed".equals(System.getProperty("failover.stdin"))) return true;
    try {
      Path fd0 = Path.of("/proc/self/fd/0");
      if (!Files.isSymbolicLink(fd0)) return false;
      return jvmsOwn(Files.readSymbolicLink(fd0));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A file the JVM opens itself: under java.home, or a jar of its class path (or beside the first, the -jar's libraries). */
  static boolean jvmsOwn(Path target) {
    String javaHome = System.getProperty("java.home");
    if (javaHome != null && target.startsWith(Path.of(javaHome))) return true;
    if (!target.toString().endsWith(".jar")) return false;
    String[] classPath = System.getProperty("java.class.path", "").split(java.io.File.pathSeparator);
    for (String entry : classPath) {
      if (!entry.isEmpty() && Path.of(entry).toAbsolutePath().normalize().equals(target)) return true;
    }
    if (classPath.length > 0 && classPath[0].endsWith(".jar")) {
      Path dir = Path.of(classPath[0]).toAbsolutePath().normalize().getParent();
      return dir != null && target.startsWith(dir);
    }
    return false;
  }
}
