package failover.pipeline;

import failover.io.Problems;
import failover.io.RunDirs;
import failover.tlc.Judge;
import failover.tlc.Manifest;
import failover.tlc.ModelConfig;
import failover.tlc.Tlc;
import failover.tlc.TlcErrors;
import failover.tlc.TlcException;
import failover.tlc.TlcRequest;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline of {@code failover check}: TLC on one model of {@code spec/manifest.json}, in a
 * directory of this run ({@code target/tlc/<model>/run-…/}), with progress; its result judged
 * against the manifest (the expected result, then the distinct state count). What happens goes to
 * a {@link Reporter}; a run that does not give what the manifest expects ends with a
 * {@link Failure} (its exit code: 2 usage, 3 spec wrong, 4 TLC failed, 1 or 10-13 unexpected).
 */
public final class CheckRun {
  /** What a check tells as it goes. */
  public interface Reporter {
    /** TLC is about to run: the model, its cfg and TLC's directory (relative to the project root), the workers. */
    void start(Manifest.Model model, String cfg, int workers, String runDir);

    /** A line while TLC runs: progress, or a note on what the check does. */
    void note(String line);

    /** TLC's result: printed whole before it is judged (also when it is not the expected one). */
    void result(Summary summary);

    /** The result is the manifest's: the closing line. */
    void ok(String line);
  }

  /**
   * TLC's result on a model: {@code alone} is the result of checking the expected temporal
   * property alone (when TLC did not say which one it found violated; else null), {@code named}
   * the violated property and trace as {@link Judge} names them.
   */
  public record Summary(Manifest.Model model, TlcResult result, TlcResult alone, Judge.Named named) {}

  /** A check that gave the manifest's result: the summary and the closing line. */
  public record Outcome(Summary summary, String line) {}

  private final Path home;
  private final Reporter reporter;

  /** Checks models of {@code home/spec/manifest.json}, telling {@code reporter}. */
  public CheckRun(Path home, Reporter reporter) {
    this.home = home;
    this.reporter = reporter;
  }

  /** Checks {@code modelName} with {@code workers} TLC workers; throws a {@link Failure} unless TLC gives what the manifest expects. */
  public Outcome run(String modelName, int workers) {
    Manifest manifest;
    try {
      manifest = Manifest.read(home.resolve("spec/manifest.json"));
    } catch (Manifest.ManifestException e) {
      throw new Failure.Usage(e.getMessage());
    }
    Manifest.Model m = manifest.model(modelName).orElseThrow(() -> new Failure.Usage(
        "unknown model '" + modelName + "'; known models: " + String.join(", ", manifest.names())));
    Path cfg = manifest.directory().resolve(m.config());
    ModelConfig checks;
    try {
      checks = ModelConfig.read(cfg);
    } catch (IOException e) {
      throw new Failure.SpecWrong("model " + m.name() + ": cannot read " + show(cfg));
    }
    Tlc tlc;
    try {
      tlc = Tlc.fromClasspath();
    } catch (TlcException e) {
      throw new Failure.TlcFailed(e.getMessage());
    }
    Path runs = home.resolve("target/tlc").resolve(m.name());
    Path metaDir;
    try {
      metaDir = RunDirs.create(runs);
    } catch (IOException e) {
      throw new Failure.TlcFailed("cannot create a run directory under " + show(runs) + ": " + Problems.of(e));
    }
    reporter.start(m, show(cfg), workers, show(metaDir));

    String[] tlcArgs = manifest.tlcArgs().toArray(new String[0]);
    TlcResult result;
    TlcResult alone = null;
    try {
      result = run(tlc, TlcRequest.check(manifest.directory(), m.module(), m.config(), workers, metaDir).withOptions(tlcArgs));
      Optional<String> p = m.expected().property();
      if (Judge.needsAloneRun(result, checks, m.expected())) {
        // TLC 2.18 does not name the temporal property it found violated: check the expected one alone.
        reporter.note(String.format("TLC does not say which of the %d temporal properties is violated; checking %s alone",
            checks.properties().size(), p.get()));
        Path onlyCfg = metaDir.resolve("only-" + p.get() + ".cfg");
        Files.writeString(onlyCfg, ModelConfig.withOnlyProperty(Files.readString(cfg), p.get()));
        alone = run(tlc, TlcRequest.check(manifest.directory(), m.module(), onlyCfg.toString(), workers,
            metaDir.resolve("only-" + p.get())).withOptions(tlcArgs));
      }
    } catch (TlcException e) {
      throw new Failure.TlcFailed(e.getMessage());
    } catch (IOException e) {
      throw new Failure.TlcFailed("cannot write a cfg under " + metaDir + ": " + Problems.of(e));
    }
    return judge(m, cfg, checks, result, alone, workers);
  }

  private TlcResult run(Tlc tlc, TlcRequest request) throws TlcException {
    try (Progress progress = new Progress(reporter::note, "")) {
      return tlc.run(request, progress::seen, new TlcResult.Collector(), progress::started);
    }
  }

  /** The result against the manifest: reported, then the outcome or the failure. */
  private Outcome judge(Manifest.Model m, Path cfgFile, ModelConfig checks, TlcResult r, TlcResult alone, int workers) {
    switch (r.verdict()) {
      case PARSE_ERROR, CONFIG_ERROR -> throw new Failure.SpecWrong(describe(r, cfgFile));
      case CRASHED -> throw new Failure.TlcFailed("TLC crashed (exit " + r.exitCode() + "): " + oneLine(r.problems()));
      default -> { }
    }
    // TLC 2.18 does not name the temporal property a counterexample violates (Judge names it).
    Judge.Named named = Judge.name(r, checks, m.expected(), alone);
    Summary summary = new Summary(m, r, alone, named);
    reporter.result(summary);
    if (r.verdict() == Verdict.EVALUATION_ERROR) throw new Failure.SpecWrong(describe(r, cfgFile));

    Manifest.Expected expected = m.expected();
    Optional<String> property = named.property();
    if (!Judge.asExpected(expected, r.verdict(), property)) {
      throw new Failure.Unexpected(r.verdict(), "model " + m.name() + ": expected " + expected + ", but TLC found "
          + Manifest.describe(r.verdict(), property) + named.note());
    }
    String line;
    if (m.distinctStates().isEmpty()) {
      line = String.format("OK: model %s: %s, as expected (the manifest records no distinct state count).", m.name(), expected);
    } else {
      long want = m.distinctStates().getAsLong();
      if (r.verdict().isViolation() && workers > 1) {
        // with several workers, how many states TLC has found when one of them hits the violation varies
        line = String.format("OK: model %s: %s, as expected. Distinct states not compared: with %d workers TLC stops at a"
            + " violation after a varying number of states (the manifest's %,d is for 1 worker).", m.name(), expected, workers, want);
      } else if (r.distinct() != want) {
        throw new Failure.Unexpected(null, String.format("model %s: %s as expected, but %,d distinct states where the"
            + " manifest says %,d", m.name(), expected, r.distinct(), want));
      } else {
        line = String.format("OK: model %s: %s, as expected, with %,d distinct states.", m.name(), expected, want);
      }
    }
    reporter.ok(line);
    return new Outcome(summary, line);
  }

  private String describe(TlcResult r, Path cfgFile) {
    return TlcErrors.describe(r, cfgFile, new TlcErrors.Names(home, home.resolve("spec"))).orElseThrow();
  }

  /** {@code path} relative to the project root when it is inside it, for messages. */
  private String show(Path path) {
    Path p = path.toAbsolutePath().normalize();
    return p.startsWith(home) ? home.relativize(p).toString() : p.toString();
  }

  /** The first lines of TLC's messages, folded to one line. */
  private static String oneLine(List<String> texts) {
    String all = String.join(" ", texts).replaceAll("\\s+", " ").strip();
    if (all.isEmpty()) return "no message";
    return all.length() <= 300 ? all : all.substring(0, 297) + "...";
  }
}
