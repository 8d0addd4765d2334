package failover.cli;

import failover.corners.ReadingsReport;
import failover.spec.Readings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code failover readings}: the spec's readings (decisions where the seed is silent or torn): the
 * seed sentences each weighs, each alternative in one line, what TLC says under the other
 * alternative with its counterexample, and where the readings part (the shortest behaviour, found
 * by {@code ./failover corners} in TLC's state graphs under each reading and committed under
 * traces/readings/ and scenarios/readings/). The same text is a section of docs/corner-cases.md.
 */
@Command(
    name = "readings",
    mixinStandardHelpOptions = true,
    description = {
      "Prints, for each reading of the spec (a decision where the seed is silent or says two things):",
      "the seed sentences it weighs, each alternative in one line (the chosen one marked), what TLC",
      "says of the reading model of the other alternative (its counterexample as a table), and the",
      "shortest behaviour where the two readings' group states part, side by side (found by",
      "./failover corners in TLC's state graphs under each reading; read from traces/readings/).",
      "A reading whose state graphs cannot part, and an engine-only reading (the spec counts time",
      "in ticks: no reading model), are told apart by a scenario per alternative (readings/), each",
      "played here under every alternative.",
      "--check also runs TLC on every reading model and prints each counterexample. Run it in the",
      "project directory."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed (with --check: every reading model gave the manifest's result)",
      "1:with --check: some reading model did not give the manifest's result",
      "2:not in the project directory, or --only names no reading",
      "4:internal error (a bug of failover)"
    })
public final class ReadingsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--check", description = "also run TLC on each reading model (check --model), printing its counterexample")
  boolean check;

  @Option(names = "--only", split = ",", paramLabel = "READING",
      description = "with --check: only these readings' models (names as the spec's Readings, e.g. NoFailover,Threshold)")
  java.util.List<String> only;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path root = Path.of(System.getProperty("failover.home", ""));
    if (!Files.isRegularFile(root.resolve("spec/manifest.json"))) {
      throw new failover.pipeline.Failure.Usage("run it in the project directory (no spec/manifest.json in " + root.toAbsolutePath() + ")");
    }
    java.util.List<ReadingsReport.ReadingModel> models = ReadingsReport.models();
    if (only != null) {
      if (!check) throw new failover.pipeline.Failure.Usage("--only needs --check");
      for (String name : only) {
        if (models.stream().noneMatch(w -> w.reading().equals(name))) {
          throw new failover.pipeline.Failure.Usage("--only " + name + ": no such reading with a reading model (the readings: "
              + String.join(", ", models.stream().map(ReadingsReport.ReadingModel::reading).toList()) + ")");
        }
      }
      models = models.stream().filter(w -> only.contains(w.reading())).toList();
    }
    out.print(ReadingsReport.markdown(root, "#"));
    out.flush();
    if (!check) return 0;
    int exit = 0;
    for (ReadingsReport.ReadingModel w : models) {
      out.println("---- " + w.reading() + " = " + w.alternative() + ": ./failover check --model " + w.model());
      out.flush();
      CommandLine cl = Main.commandLine();
      cl.setOut(out);
      cl.setErr(err);
      if (cl.execute("check", "--model", w.model()) != 0) exit = 1;
    }
    out.println(models.size() + " of " + Readings.ALL.size() + " readings' models checked ("
        + (Readings.ALL.size() - Readings.SPEC.size()) + " engine only, without a model); " + (exit == 0 ? "every reading model gave the manifest's result" : "SOME READING MODEL DIFFERS"));
    return exit;
  }
}
