package failover.cli;

import failover.pipeline.Failure;
import failover.corners.Catalogue;
import failover.corners.Corner;
import failover.corners.Generator;
import failover.corners.WitnessRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code failover corners}: regenerates the corner-case catalogue (docs/corner-cases.md,
 * docs/corners/*.svg, scenarios/corners/*.scenario) from the spec's Debug witnesses, or with
 * {@code --check} tells whether the committed catalogue is what the spec gives now.
 */
@Command(
    name = "corners",
    mixinStandardHelpOptions = true,
    description = {
      "Runs TLC (breadth-first, so the counterexample is a shortest one) on the Debug witness of",
      "every corner case and writes docs/corner-cases.md, docs/corners/NAME.svg and",
      "scenarios/corners/NAME.scenario (each scenario replays its trace on the engine).",
      "Run it in the project directory."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the catalogue was written (with --check: it is up to date)",
      "1:with --check: some file differs from what the spec gives now (none is written; with --only, the files of those cases); with --only: a scenario differs from its trace on the engine",
      "2:bad arguments, or not in the project directory",
      "3:TLC failed, or a witness is not violated (no file is written)",
      "4:internal error (a bug of failover)"
    })
public final class CornersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--check", description = "write nothing; exit 1 when a file of the catalogue is out of date (with --only: the pictures and scenarios of those cases)")
  boolean check;

  @Option(names = "--only", paramLabel = "NAME", split = ",",
      description = "run only these corner cases and print their scenarios' differences from the traces; write nothing")
  List<String> only;

  @Option(names = "--parallel", paramLabel = "N", description = "TLC runs at a time (default: ${DEFAULT-VALUE})")
  int parallel = 2;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path root = ProjectHome.find();
    if (!Files.isRegularFile(root.resolve("spec").resolve("AAFailover.tla"))) {
      throw new Failure.Usage("spec/AAFailover.tla not found in " + root + ": run in the project directory");
    }
    if (parallel < 1 || parallel > 8) throw new Failure.Usage("--parallel " + parallel + ": must be 1-8");
    List<Corner> corners = Catalogue.CORNERS;
    if (only != null) {
      if (only.isEmpty() || only.stream().anyMatch(String::isBlank)) {
        throw new Failure.Usage("--only '" + String.join(",", only) + "': name corner cases, separated by commas (A,B)");
      }
      List<Corner> some = new ArrayList<>();
      for (String name : only) {
        var c = corners.stream().filter(x -> x.name().equals(name)).findFirst();
        if (c.isEmpty()) throw new Failure.Usage("--only " + name + ": no such corner case");
        some.add(c.get());
      }
      corners = some;
    }
    out.println("corners: running TLC on " + corners.size() + " witnesses ...");
    out.flush();
    Map<Path, String> files;
    List<Generator.Entry> entries;
    Generator.ReadingsPart readings = null;
    try {
      // the readings' part (without --only) runs beside the witnesses: its TLC runs are long
      java.util.concurrent.CompletableFuture<Generator.ReadingsPart> rs = null;
      if (only == null) {
        out.println("corners: and the readings: TLC's state graphs under each reading, the counterexamples, the scenarios validated ...");
        out.flush();
        rs = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
          try {
            Path work = failover.io.RunDirs.create(root.resolve("target").resolve("corners-readings"));
            List<failover.corners.ReadingsRun> runs = Generator.readings(root, work, parallel);
            runs = failover.pipeline.ReadingsValidation.validate(runs, failover.tlc.Tlc.fromClasspath(), root, work.resolve("validate"));
            return new Generator.ReadingsPart(runs, failover.corners.ReadingsRun.toldCounterexamples(root, work));
          } catch (WitnessRun.WitnessException e) {
            throw new java.util.concurrent.CompletionException(e);
          } catch (IOException | failover.tlc.TlcException e) {
            throw new java.util.concurrent.CompletionException(new WitnessRun.WitnessException("readings: " + e.getMessage()));
          }
        });
      }
      entries = Generator.generate(root, corners, parallel);
      if (rs != null) {
        try {
          readings = rs.join();
        } catch (java.util.concurrent.CompletionException e) {
          if (e.getCause() instanceof WitnessRun.WitnessException w) throw w;
          throw e;
        }
      }
      files = Generator.files(root, entries, readings);
    } catch (WitnessRun.WitnessException e) {
      err.println("failover corners: " + e.getMessage());
      return 3;
    } catch (IOException e) {
      err.println("failover corners: cannot read the spec: " + failover.io.Problems.of(e));
      return 3;
    }
    for (Generator.Entry e : entries) {
      out.println(String.format(java.util.Locale.ROOT, "  %-36s %2d states, %6d distinct%s", e.run().corner().name(),
          e.run().states().size(), e.run().distinct(),
          e.scenario().divergences().isEmpty() ? "" : "  (engine differs: " + e.scenario().divergences().size() + ")"));
    }
    if (only != null) {
      for (Generator.Entry e : entries) {
        e.scenario().divergences().forEach(d -> out.println("  " + e.run().corner().name() + ": " + d));
      }
      boolean agree = entries.stream().allMatch(e -> e.scenario().divergences().isEmpty());
      if (!check) return agree ? 0 : 1;
      // --check --only: these corner cases' own files (the catalogue page needs every case)
      List<Path> differ = new ArrayList<>();
      for (Map.Entry<Path, String> f : files.entrySet()) {
        if (f.getKey().equals(Generator.CATALOGUE)) continue;
        if (!same(root.resolve(f.getKey()), f.getValue())) differ.add(f.getKey());
      }
      differ.forEach(p -> out.println("out of date: " + p));
      out.println(differ.isEmpty() ? "corners: the files of " + String.join(", ", only) + " are up to date"
          : "corners: " + differ.size() + " file(s) out of date; run ./failover corners");
      return agree && differ.isEmpty() ? 0 : 1;
    }
    List<Path> differ = new ArrayList<>();
    for (Map.Entry<Path, String> f : files.entrySet()) {
      if (!same(root.resolve(f.getKey()), f.getValue())) differ.add(f.getKey());
    }
    List<Path> stale = staleFiles(root, files);
    if (check) {
      differ.forEach(p -> out.println("out of date: " + p));
      stale.forEach(p -> out.println("not in the catalogue: " + p));
      out.println(differ.isEmpty() && stale.isEmpty() ? "corners: the catalogue is up to date"
          : "corners: " + (differ.size() + stale.size()) + " file(s) out of date; run ./failover corners");
      return differ.isEmpty() && stale.isEmpty() ? 0 : 1;
    }
    try {
      for (Path p : stale) Files.delete(root.resolve(p));
      for (Map.Entry<Path, String> f : files.entrySet()) {
        Path p = root.resolve(f.getKey());
        Files.createDirectories(p.toAbsolutePath().getParent());
        Files.writeString(p, f.getValue());
      }
    } catch (IOException e) {
      err.println("failover corners: cannot write: " + failover.io.Problems.of(e));
      return 3;
    }
    out.println("corners: wrote " + Generator.CATALOGUE + ", " + entries.size() + " pictures, " + entries.size()
        + " scenarios (" + differ.size() + " changed)");
    if (readings != null) {
      for (failover.corners.ReadingsRun r : readings.runs()) {
        out.println(String.format(java.util.Locale.ROOT, "  reading %-24s %s, %d steps", r.witness().reading(), r.parting().kind(), r.parting().steps()));
        r.validation().forEach(v -> out.println("    " + v));
      }
    }
    return 0;
  }

  /** Does the file hold exactly this text? */
  private static boolean same(Path p, String text) {
    try {
      return Files.isRegularFile(p) && Files.readString(p).equals(text);
    } catch (IOException e) {
      return false;
    }
  }

  /** Files in docs/corners/ and scenarios/corners/ that the catalogue no longer has. */
  static List<Path> staleFiles(Path root, Map<Path, String> files) {
    List<Path> out = new ArrayList<>();
    List<Path> dirs = new ArrayList<>(List.of(Generator.PICTURES, Generator.SCENARIOS));
    if (files.keySet().stream().anyMatch(p -> p.startsWith(failover.corners.ReadingsRun.TRACES))) {
      dirs.addAll(List.of(failover.corners.ReadingsRun.TRACES, failover.corners.ReadingsRun.SCENARIOS, Path.of("docs", "readings")));
    }
    for (Path dir : dirs) {
      Path d = root.resolve(dir);
      if (!Files.isDirectory(d)) continue;
      try (var s = Files.list(d)) {
        s.map(p -> dir.resolve(p.getFileName().toString())).filter(p -> !files.containsKey(p)).sorted().forEach(out::add);
      } catch (IOException e) {
        // nothing to clean
      }
    }
    return out;
  }
}
