package failover.cli;

import failover.pipeline.Failure;
import failover.engine.Pair;
import failover.io.Problems;
import failover.io.RunDirs;
import failover.io.Selection;
import failover.scenario.Scenario;
import failover.scenario.ScenarioException;
import failover.scenario.ScenarioParser;
import failover.scenario.ScenarioRunner;
import failover.spec.Vocabulary;
import failover.tlc.Tlc;
import failover.tlc.TlcException;
import failover.validate.Recording;
import failover.validate.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code failover play FILE...}: runs scenario files on the engine (SCENARIOS.md), or validates the engine's behaviour in them against the spec. */
@Command(
    name = "play",
    mixinStandardHelpOptions = true,
    description = {
      "Plays scenario files on the Java engine, each on a fresh pair, and prints",
      "one line a file (PASS, FAIL with the steps that led there, or ERROR), then",
      "'N passed, N failed'. A directory stands for every *.scenario file under it.",
      "",
      "With --validate: records the engine's behaviour in each scenario and has",
      "TLC check that it is a behaviour of spec/AAFailover.tla, in segments during",
      "which the configuration stands for the spec's constants (the configuration",
      "prefix is skipped). Prints VALID, INVALID (the first step the spec does not",
      "allow: line, action, where the spec's nearest step differs; or a wait that",
      "ends without a step the spec enables), NOTHING or ERROR a file, with its",
      "segments and the lines not checked.",
      "Timers are not compared (the engine counts ms, the spec abstract ticks)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every file passed (--validate: every file VALID)",
      "1:an expectation failed (or the pair rejected an event); --validate: the spec does not allow a step, or a wait ends with a step the spec enables and the engine never takes",
      "2:a file is not a valid scenario or cannot be read, or bad arguments (2 wins over the others)",
      "3:--validate: TLC cannot parse or evaluate the generated trace module",
      "4:--validate: TLC is missing or crashed; or an internal error (a bug of failover)",
      "5:--validate: nothing to validate (no step ran while the configuration stood for the spec's constants)"
    },
    footer = {"%n--validate writes the trace module Validate.tla into a directory of this run,",
        "target/validate/<scenario>/run-<yyyyMMdd-HHmmss>-<pid>-<n>/ (several files: target/validate/all/run-.../,",
        "with --spec-bug target/validate/all-BUG/run-.../), printed last, and runs TLC there once, with one",
        "worker, for all the files. The last " + RunDirs.KEEP + " runs of each are kept; mvn clean deletes them."})
public final class PlayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files or directories")
  List<Path> files;

  @Option(names = "--trace", description = "print every line as it runs, with what it printed")
  boolean trace;

  @Option(names = "--validate", description = "have TLC check that the engine's behaviour is a behaviour of the spec")
  boolean validate;

  @Option(names = "--engine-bug", paramLabel = "BUG", defaultValue = "none",
      description = "with --validate: build the engine with one of the spec's deliberate bugs (e.g. PreemptAlways), to see it caught")
  String engineBug;

  @Option(names = "--spec-bug", paramLabel = "BUG", defaultValue = "none",
      description = "with --validate: check against the spec with one of its deliberate bugs switched on (its operators of spec/AAFailoverBugs.tla in a copy of the spec; the engine stays correct), to see which scenarios the bug contradicts")
  String specBug;

  @Option(names = "--reading", paramLabel = "NAME=VALUE",
      description = "the engine (with --validate: and the spec) follows this reading of a decision where the seed is silent or torn (repeatable; e.g. Threshold=above; ./failover readings lists them)")
  List<String> readingArgs = new ArrayList<>();

  @Option(names = "--which-readings",
      description = "play each scenario under every alternative of every reading (one varied at a time) and print under which its expectations hold: which reading the pair the scenario describes follows")
  boolean whichReadings;

  /** Severity of the exit codes of --validate, lowest first: the worst file decides. */
  private static final List<Integer> ORDER = List.of(0, 5, 1, 3, 4, 2);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!validate && !(engineBug.equals("none") && specBug.equals("none"))) {
      throw new Failure.Usage((engineBug.equals("none") ? "--spec-bug" : "--engine-bug") + " needs --validate");
    }
    failover.spec.Readings readings;
    try {
      readings = failover.spec.Readings.CHOSEN.with(readingArgs);
    } catch (IllegalArgumentException e) {
      throw new Failure.Usage("--reading: " + e.getMessage());
    }
    List<Selection.Entry> entries;
    try {
      entries = Selection.of(files, ".scenario", "scenario file");
    } catch (Selection.NothingSelected e) {
      throw new Failure.Usage(e.getMessage());
    }
    if (whichReadings) return ScenarioRunner.whichReadings(entries, out);
    if (!validate) return ScenarioRunner.play(entries, out, trace, readings);
    if (!Vocabulary.BUGS.contains(engineBug)) {
      throw new Failure.Usage("unknown --engine-bug '" + engineBug + "'; one of " + String.join(", ", Vocabulary.BUGS));
    }
    if (!Vocabulary.BUGS.contains(specBug)) {
      throw new Failure.Usage("unknown --spec-bug '" + specBug + "'; one of " + String.join(", ", Vocabulary.BUGS));
    }
    Tlc tlc;
    try {
      tlc = Tlc.fromClasspath();
    } catch (TlcException e) {
      throw new Failure.TlcFailed(e.getMessage());
    }
    Path home = ProjectHome.find();
    List<Path> all = entries.stream().map(Selection.Entry::path).toList();
    // each file parsed and played first; then every recording in ONE TLC run
    List<String> errors = new ArrayList<>();       // per file: its ERROR line, or null
    List<Integer> errorCodes = new ArrayList<>();
    List<Recording> recordings = new ArrayList<>(); // per file: its recording, or null
    for (Selection.Entry entry : entries) {
      Path file = entry.path();
      String error = null;
      int code = 0;
      Recording r = null;
      if (!entry.readable()) {
        errors.add("ERROR " + file + ": " + entry.problem());
        errorCodes.add(2);
        recordings.add(null);
        continue;
      }
      try {
        Scenario scenario = ScenarioParser.parseFile(file);
        r = Recording.of(scenario, new Pair(engineBug, readings));
      } catch (ScenarioException e) {
        error = "ERROR " + file + ": " + e.where();
        code = 2;
      } catch (RuntimeException e) {
        error = "ERROR " + file + ": the engine failed: " + Problems.of(e);
        code = 4;
      }
      errors.add(error);
      errorCodes.add(code);
      recordings.add(r);
    }
    List<Validation.Input> inputs = new ArrayList<>();
    for (Recording r : recordings) if (r != null) inputs.add(Validation.Input.of(r, specBug));
    Path runs = workDir(home, inputs.size() == 1 ? inputs.get(0).name() : null, specBug);
    Path work;
    try {
      work = RunDirs.create(runs);
    } catch (java.io.IOException e) {
      throw new Failure.TlcFailed("cannot create a run directory under " + ProjectHome.show(home, runs) + ": " + Problems.of(e));
    }
    List<Validation.Outcome> outcomes = Validation.runAll(inputs, tlc, home.resolve("spec"), work);
    int exit = 0;
    int valid = 0, next = 0;
    for (int n = 0; n < all.size(); n++) {
      int code;
      if (errors.get(n) != null) {
        out.println(errors.get(n));
        code = errorCodes.get(n);
      } else {
        Validation.Outcome o = outcomes.get(next++);
        out.println(Validation.headline(o));
        Validation.details(o).forEach(out::println);
        Recording r = recordings.get(n);
        if (r.firstFailure() != null) out.println("  (the scenario's own expectations: FAIL at " + r.firstFailure() + ")");
        code = code(o);
      }
      if (code == 0) valid++;
      if (ORDER.indexOf(code) > ORDER.indexOf(exit)) exit = code;
    }
    out.println(valid + " valid, " + (all.size() - valid) + " not" + (specBug.equals("none") ? "" : " (spec bug " + specBug + ")")
        + (readings.chosenAll() ? "" : " (readings " + readings.label() + ")"));
    if (java.nio.file.Files.exists(work.resolve("Validate.tla"))) {
      out.println("trace module: " + ProjectHome.show(home, work.resolve("Validate.tla")));
    } else {
      try {
        java.nio.file.Files.deleteIfExists(work); // nothing was validated: no run to keep
      } catch (java.io.IOException leftBehind) {
        // harmless: an empty run directory
      }
    }
    out.flush();
    return exit;
  }

  /**
   * Where the runs of --validate go (each in a {@link RunDirs run directory} under it):
   * {@code target/validate/<scenario>} for one file ({@code name}), else
   * {@code target/validate/all}; {@code -BUG} appended with a spec bug. Always a directory of its
   * own under {@code target/validate/}, whatever the file's name ({@code ..scenario} included).
   */
  static Path workDir(Path home, String name, String specBug) {
    String base = "all";
    if (name != null) {
      base = name.replaceAll("^.*/", "").replaceAll("\\.scenario$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
      if (base.isEmpty() || base.chars().allMatch(ch -> ch == '.') || base.equals("all")) base = "scenario_" + base.replace('.', '_');
    }
    return home.resolve("target/validate").resolve(base + (specBug.equals("none") ? "" : "-" + specBug));
  }

  private static int code(Validation.Outcome o) {
    if (o instanceof Validation.Outcome.Valid) return 0;
    if (o instanceof Validation.Outcome.Invalid || o instanceof Validation.Outcome.Missed) return 1;
    if (o instanceof Validation.Outcome.Nothing) return 5;
    return ((Validation.Outcome.TlcFailed) o).specProblem() ? 3 : 4;
  }
}
