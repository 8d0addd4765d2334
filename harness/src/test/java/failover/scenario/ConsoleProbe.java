package failover.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.io.StringWriter;

/** A console session driven one line at a time, for tests outside this package: what each line printed and did. */
public final class ConsoleProbe {
  /** One line: what it printed, whether the console refused it (an error line), whether it ended the session, the pair before and after. */
  public record Step(String printed, boolean refused, boolean quit, String before, String after) {}

  private final StringWriter out = new StringWriter();
  private final PrintWriter writer = new PrintWriter(out, true);
  private final Console console = new Console(new BufferedReader(new StringReader("")), writer, true);
  /** Where the probe has the console {@code save} the session, to see the lines it would write. */
  private final Path saved;

  public ConsoleProbe() {
    try {
      Path dir = Files.createTempDirectory("console-probe");
      dir.toFile().deleteOnExit();
      saved = dir.resolve("session.scenario");
      saved.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Step step(String line) {
    String before = state();
    int mark = out.getBuffer().length();
    boolean goOn = console.handle(line);
    writer.flush();
    String printed = out.getBuffer().substring(mark);
    boolean refused = printed.lines().anyMatch(l -> l.startsWith("error:"));
    return new Step(printed, refused, !goOn, before, state());
  }

  /**
   * What the console shows of the pair (time, cables, both boxes) and the lines {@code save} writes
   * (the console saves the session, as a user would; what save prints is not part of any step).
   */
  private String state() {
    console.handle("save " + saved);
    writer.flush();
    try {
      return console.status() + "\n" + Files.readString(saved);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
