package failover.cli;

import failover.pipeline.Failure;
import failover.io.Problems;
import failover.tlc.Manifest;
import failover.tlc.ModelsTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code failover models}: the models of spec/manifest.json with their expected results and state counts. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = "List the models of spec/manifest.json with their expected results and distinct state counts.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {" 0:listed (or the tables written)", " 2:no readable spec/manifest.json, or a document without its table markers",
        " 4:internal error (a bug of failover)"})
public final class ModelsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--markdown", description = "print the models table of spec/README.md (Markdown) instead")
  boolean markdown;

  @Option(names = "--update-docs", description = "rewrite the models tables of README.md and spec/README.md from the manifest")
  boolean updateDocs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Manifest manifest;
    try {
      manifest = Manifest.read(ProjectHome.find().resolve("spec/manifest.json"));
    } catch (Manifest.ManifestException e) {
      throw new Failure.Usage(e.getMessage());
    }
    if (markdown) {
      out.print(ModelsTable.full(manifest));
      return 0;
    }
    if (updateDocs) {
      Path home = ProjectHome.find();
      try {
        for (Path doc : new Path[] {home.resolve("README.md"), home.resolve("spec/README.md")}) {
          String table = doc.endsWith("spec/README.md") ? ModelsTable.full(manifest) : ModelsTable.summary(manifest);
          out.println((ModelsTable.update(doc, table) ? "wrote " : "up to date: ") + home.relativize(doc));
        }
      } catch (IOException e) {
        throw new Failure.Usage(Problems.of(e));
      }
      return 0;
    }
    int name = "model".length(), expect = "expected result".length();
    for (Manifest.Model m : manifest.models()) {
      name = Math.max(name, m.name().length());
      expect = Math.max(expect, m.expected().toString().length());
    }
    String row = "%-" + name + "s  %-" + expect + "s  %15s  %5s  %8s  %-3s  %s%n";
    out.printf(row, "model", "expected result", "distinct states", "depth", "time (s)", "CI", "module (cfg)");
    for (Manifest.Model m : manifest.models()) {
      out.printf(row, m.name(), m.expected(),
          m.distinctStates().isPresent() ? String.format("%,d", m.distinctStates().getAsLong()) : "-",
          m.depth().isPresent() ? Integer.toString(m.depth().getAsInt()) : "-",
          m.seconds().isPresent() ? String.format("%.1f", m.seconds().getAsDouble()) : "-",
          m.ci() ? "yes" : "no", m.module() + " (" + m.config() + ")");
    }
    out.println("Counts and times as the manifest records them (times measured with 1 worker);"
        + " `failover check --model NAME` checks one.");
    return 0;
  }
}
