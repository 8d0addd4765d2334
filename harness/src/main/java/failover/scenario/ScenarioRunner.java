package failover.scenario;

import failover.io.Problems;
import failover.io.Selection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Plays scenario files on a fresh pair each and prints what SCENARIOS.md asks: one line a file
 * ({@code PASS f}, {@code FAIL f: line N: … (t=… s)} with a report under it, {@code ERROR f: line N: …}),
 * then {@code N passed, N failed}. Exit status 0 when every file passed, 1 when an expectation
 * failed, 2 when a file is not a valid scenario (2 wins over 1).
 */
public final class ScenarioRunner {
  public static final int EXIT_PASS = 0;
  public static final int EXIT_FAIL = 1;
  public static final int EXIT_ERROR = 2;

  /** What playing one file came to. */
  public sealed interface Outcome {
    String name();

    /** Every line ran and every expectation held. */
    record Pass(String name) implements Outcome {}

    /** An expectation failed (or the pair rejected an event, or the engine threw) at {@code line}. */
    record Fail(String name, int line, String message, List<String> report) implements Outcome {}

    /** Not a valid scenario: nothing of it ran. */
    record Error(String name, String message) implements Outcome {}
  }

  private ScenarioRunner() {}

  /** Runs a parsed scenario on a fresh pair, stopping at the first failure. */
  public static Outcome run(Scenario scenario) { return run(scenario, null); }

  /** Likewise, printing every step and its output to {@code trace} when it is not null. */
  public static Outcome run(Scenario scenario, PrintWriter trace) {
    return run(scenario, trace, new Session());
  }

  /** Runs a scenario on the given session (a pair built otherwise, e.g. with one of the spec's deliberate bugs). */
  public static Outcome run(Scenario scenario, PrintWriter trace, Session session) {
    for (Step step : scenario.steps()) {
      Session.Done done = session.execute(step);
      if (trace != null) {
        trace.println(String.format("  %4d  %s", step.line(), step.source()));
        done.printed().lines().forEach(l -> trace.println("        | " + l));
      }
      if (done.failure().isPresent())
        return new Outcome.Fail(scenario.name(), step.line(),
            done.failure().get() + " (t=" + session.time() + ")", session.report());
    }
    return new Outcome.Pass(scenario.name());
  }

  /** Reads, parses and runs one file. */
  public static Outcome runFile(Path file, PrintWriter trace) { return runFile(file, trace, failover.spec.Readings.CHOSEN); }

  /** Reads, parses and runs one file on a pair that follows {@code readings}. */
  public static Outcome runFile(Path file, PrintWriter trace, failover.spec.Readings readings) {
    Scenario scenario;
    try {
      scenario = ScenarioParser.parseFile(file);
    } catch (ScenarioException e) {
      return new Outcome.Error(file.toString(), e.where());
    }
    try {
      return run(scenario, trace, readings.chosenAll() ? new Session() : new Session(new failover.engine.Pair("none", readings)));
    } catch (RuntimeException e) { // the engine failed outside a step (creating the pair): no stack trace
      return new Outcome.Fail(file.toString(), 0, "the engine failed: " + Problems.of(e), List.of());
    }
  }

  /** The line {@code play} prints for an outcome (without the report). */
  public static String headline(Outcome o) {
    if (o instanceof Outcome.Pass p) return "PASS " + p.name();
    if (o instanceof Outcome.Fail f) return "FAIL " + f.name() + ": line " + f.line() + ": " + f.message();
    Outcome.Error e = (Outcome.Error) o;
    return "ERROR " + e.name() + ": " + e.message();
  }

  /**
   * {@code play FILE...} of the selected files ({@link Selection}: a directory stands for every
   * {@code *.scenario} file under it, in path order; an entry that cannot be read is an ERROR).
   * Prints one line a file (and the report under a FAIL), then the closing line.
   */
  public static int play(List<Selection.Entry> entries, PrintWriter out, boolean trace) {
    return play(entries, out, trace, failover.spec.Readings.CHOSEN);
  }

  /** {@code play --reading NAME=VALUE FILE...}: likewise, on a pair that follows {@code readings}; the closing line names them. */
  public static int play(List<Selection.Entry> entries, PrintWriter out, boolean trace, failover.spec.Readings readings) {
    int passed = 0;
    int failed = 0;
    int exit = EXIT_PASS;
    for (Selection.Entry entry : entries) {
      Path file = entry.path();
      if (trace) out.println("---- " + file);
      Outcome o = entry.readable() ? runFile(file, trace ? out : null, readings) : new Outcome.Error(file.toString(), entry.problem());
      out.println(headline(o));
      if (o instanceof Outcome.Pass) {
        passed++;
      } else {
        failed++;
        if (o instanceof Outcome.Fail f) {
          f.report().forEach(out::println);
          exit = Math.max(exit, EXIT_FAIL);
        } else {
          exit = EXIT_ERROR;
        }
      }
      out.flush();
    }
    out.println(passed + " passed, " + failed + " failed" + (readings.chosenAll() ? "" : " (readings " + readings.label() + ")"));
    out.flush();
    return exit;
  }

  /**
   * Under which readings each scenario's expectations hold: the scenario played on an engine
   * following each alternative of each reading (the others chosen), one line per alternative,
   * PASS or where it fails. A scenario written from what a real pair did thus tells which
   * alternative the device follows (the engine conforms to the spec under every reading).
   * Exit: 0 when every file passes under the chosen readings, else 1 (2 for an unreadable file).
   */
  public static int whichReadings(List<Selection.Entry> entries, PrintWriter out) {
    int exit = EXIT_PASS;
    for (Selection.Entry entry : entries) {
      Path file = entry.path();
      Scenario sc;
      try {
        if (!entry.readable()) throw new ScenarioException(0, entry.problem());
        sc = ScenarioParser.parseFile(file);
      } catch (ScenarioException e) {
        out.println("ERROR " + file + ": " + e.getMessage());
        exit = EXIT_ERROR;
        continue;
      }
      out.println(file + ":");
      for (failover.spec.Readings.Reading r : failover.spec.Readings.ALL) {
        for (failover.spec.Readings.Alternative a : r.alternatives()) {
          failover.spec.Readings rd = failover.spec.Readings.CHOSEN.with(r.name(), a.value());
          Outcome o = run(sc, null, new Session(new failover.engine.Pair("none", rd)));
          String verdict = o instanceof Outcome.Pass ? "PASS"
              : o instanceof Outcome.Fail f ? "FAIL at line " + f.line() + ": " + f.message()
              : "ERROR: " + ((Outcome.Error) o).message();
          out.printf("  %-32s %s%n", r.name() + "=" + a.value() + (a.value().equals(r.chosen()) ? " (chosen)" : "")
              + (r.engineOnly() ? " (engine only)" : ""), verdict);
          if (rd.chosenAll() && !(o instanceof Outcome.Pass)) exit = Math.max(exit, EXIT_FAIL);
        }
      }
      out.flush();
    }
    return exit;
  }

  /** Files as given; a directory becomes its {@code *.scenario} files, recursively, sorted. */
  public static List<Path> expand(List<Path> args) {
    List<Path> files = new ArrayList<>();
    for (Path p : args) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> f.toString().endsWith(".scenario") && Files.isRegularFile(f)).sorted().forEach(files::add);
        } catch (IOException | RuntimeException e) {
          files.add(p); // reported as an ERROR when read
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }
}
