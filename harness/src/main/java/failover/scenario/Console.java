package failover.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code failover console}: the scenario line language typed one line at a time, at a terminal or
 * piped in. Each command prints its output and the box's prompt; each event prints what the pair
 * shows after it; each expectation prints {@code ok} or why it failed. A bad line prints one
 * error line and the session goes on. Three words of its own (at column 0, no box prefix):
 * {@code save FILE} writes the session so far as a scenario file, {@code status} shows both
 * boxes, {@code help} the language; {@code quit} (or end of input) ends it.
 */
public final class Console {
  private final BufferedReader in;
  private final PrintWriter out;
  private final PrintWriter err;
  /** The files {@code save} wrote in this session (absolute): only these it overwrites. */
  private final java.util.Set<Path> written = new java.util.HashSet<>();
  private final boolean echo;
  private final Session session = new Session();
  private final ScenarioParser parser = new ScenarioParser();
  private final List<String> saved = new ArrayList<>();
  private int lineNo;

  /**
   * @param echo print each input line as a transcript would (the prompt, then the command) —
   *     for piped input; at a terminal the user's own typing is the echo, and the prompt after
   *     each command is printed instead
   */
  public Console(BufferedReader in, PrintWriter out, boolean echo) { this(in, out, out, echo); }

  /** Likewise, with the error line of unreadable input on {@code err}. */
  public Console(BufferedReader in, PrintWriter out, PrintWriter err, boolean echo) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.echo = echo;
  }

  /** Reads to the end of input or {@code quit}; returns the exit status (0, or 2 when input cannot be read). */
  public int run() {
    if (!echo) {
      out.println("failover console: scenario lines, one a line ('help' for the language, 'save FILE', 'quit').");
      out.println(status());
    }
    out.flush();
    try {
      String raw;
      while ((raw = in.readLine()) != null) {
        lineNo++;
        if (!handle(raw)) break;
        out.flush();
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      out.flush();
      err.println("failover console: cannot read standard input (line " + (lineNo + 1) + "): " + failover.io.Problems.of(e));
      err.flush();
      return 2;
    }
    out.flush();
    return 0;
  }

  /** One input line; false when the session ends. */
  boolean handle(String raw) {
    String word = raw.strip().toLowerCase(Locale.ROOT);
    if (!raw.isEmpty() && raw.charAt(0) != ' ' && raw.charAt(0) != '\t') {
      if (word.equals("quit")) return false;
      if (word.equals("help")) { help(); return true; }
      if (word.equals("status")) { out.println(status()); return true; }
      if (word.equals("save") || word.startsWith("save ")) { save(raw.strip().substring(4).strip()); return true; }
    }
    Step step;
    try {
      step = parser.parseLine(lineNo, raw);
    } catch (ScenarioException e) {
      if (echo) out.println(raw);
      out.println("error: " + e.where());
      return true;
    }
    if (step == null) { // blank or comment
      if (echo) out.println(raw);
      saved.add(raw);
      return true;
    }
    if (step instanceof Step.Command c) {
      if (echo) out.println(session.prompt(c.box(), c.context()) + " " + c.text());
      Session.Done done = session.execute(step);
      if (!done.printed().isEmpty()) out.println(done.printed());
      if (done.failure().isPresent()) {
        out.println("error: " + done.failure().get());
        return true;
      }
      if (!echo) out.println(session.prompt(c.box(), c.context()));
      saved.add(raw);
      return true;
    }
    if (echo) out.println(raw);
    Session.Done done = session.execute(step);
    if (!done.printed().isEmpty() && done.failure().isEmpty()) out.println(done.printed());
    if (step instanceof Step.EventStep) {
      if (done.failure().isPresent()) {
        out.println("error: " + done.failure().get());
      } else {
        saved.add(raw);
        out.println(status());
      }
      return true;
    }
    if (done.failure().isPresent()) {
      out.println("  FAIL: " + done.failure().get() + " (t=" + session.time() + ")");
      saved.add("# failed in the console at t=" + session.time() + ": " + raw.strip());
    } else {
      out.println("  ok");
      saved.add(raw);
    }
    return true;
  }

  /** Time, cables and both boxes on one line. */
  String status() {
    return "  t=" + session.time() + " | " + String.join(" | ", session.boxes()) + " | " + session.links();
  }

  /**
   * Writes the session as a scenario file. A file that exists and was not written by {@code save}
   * in this session is never overwritten: the line says so and nothing is written.
   */
  private void save(String file) {
    if (file.isEmpty()) {
      out.println("error: save needs a file name; write: save FILE");
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("# saved by 'failover console' at t=" + session.time());
    lines.addAll(saved);
    Path path;
    try {
      path = Path.of(file).toAbsolutePath().normalize();
    } catch (java.nio.file.InvalidPathException e) {
      out.println("error: cannot write " + file + ": " + failover.io.Problems.of(e));
      return;
    }
    boolean ours = written.contains(path);
    if (!ours && (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
      out.println("error: " + file + " exists and was not saved by this session: not overwritten (save to a new name)");
      return;
    }
    try {
      if (ours) {
        Files.write(path, lines, StandardCharsets.UTF_8);
      } else {
        Files.write(path, lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
      }
      written.add(path);
      out.println("saved " + saved.size() + " lines to " + file);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      out.println("error: " + file + " exists and was not saved by this session: not overwritten (save to a new name)");
    } catch (IOException | RuntimeException e) {
      out.println("error: cannot write " + file + ": " + failover.io.Problems.of(e));
    }
  }

  private void help() {
    out.println(String.join("\n",
        "  A# CMD | A/ctx1# CMD       a command at box A (system space | context ctx1)",
        "   CMD                      (indented) typed at the prompt of the last command line",
        "  boot A|B|A B, power-off A, link failover|state down|up,",
        "  interface A PORT down|up, traffic CTX tcp|http N, wait N (1-86400)",
        "  expect ok|error, expect A group 1|2 active|standby|failed|off,",
        "  expect A[/ctx] running-config|startup-config has|lacks \"LINE\",",
        "  expect A interface PORT mac H.H.H, expect A/ctx interface NAME ip X.X.X.X,",
        "  expect A/ctx sessions N, expect output has|lacks \"TEXT\"",
        "  # comment | status | save FILE | help | quit"));
  }
}
