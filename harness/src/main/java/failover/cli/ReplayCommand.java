package failover.cli;

import failover.pipeline.Failure;
import failover.conform.Conform;
import failover.conform.Itf;
import failover.conform.ItfReader;
import failover.conform.Replay;
import failover.conform.SpecTypes;
import failover.io.Problems;
import failover.spec.Vocabulary;
import failover.tlc.TlaValue;
import java.util.Map;
import failover.io.Selection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code failover replay FILE...}: replays ITF traces of the spec on the engine. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Replays ITF traces (*.itf.json) of the spec on the Java engine: each step's action, with its",
      "parameters from the history variable act, is applied to the engine, and the engine's state,",
      "abstracted to the spec's variables, is compared with the trace's. Prints one line a trace",
      "(OK, or DIVERGENCE with the step, the action and each differing field), then a summary.",
      "The engine is built from the model's constants in the trace's #meta, with the spec's Bug",
      "(or #meta.engineBug). A directory stands for every *.itf.json file under it.",
      "A trace is read as a stream and strictly; values outside the spec's TypeOK, constants",
      "outside its ASSUMEs, JSON that is not one object are one line naming the file and where."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every trace conforms",
      "1:some trace diverges",
      "2:bad arguments, or a file is not a readable ITF trace of this spec: unreadable, malformed (2 wins over 1)",
      "4:internal error"
    })
public final class ReplayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "ITF trace files or directories")
  List<Path> files;

  @Option(names = "--engine-bug", paramLabel = "NAME", description = "build the engine with this deliberate mistake instead")
  String engineBug;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (engineBug != null && !Vocabulary.BUGS.contains(engineBug)) {
      throw new Failure.Usage("unknown --engine-bug '" + engineBug + "'; one of " + String.join(", ", Vocabulary.BUGS));
    }
    Path home = ProjectHome.find();
    Conform c = new Conform(out, home);
    List<Selection.Entry> entries;
    try {
      entries = Selection.of(files, ".itf.json", "ITF trace");
    } catch (Selection.NothingSelected e) {
      throw new Failure.Usage(e.getMessage());
    }
    int exit = 0;
    SpecHashes hashes = new SpecHashes(home.resolve("spec"));
    for (Selection.Entry entry : entries) {
      Path f = entry.path();
      int code;
      if (!entry.readable()) {
        err.println("failover replay: " + c.show(f) + ": " + entry.problem());
        code = 2;
      } else {
        code = replayOne(f, c, hashes, out, err);
      }
      if (ORDER.indexOf(code) > ORDER.indexOf(exit)) exit = code;
      out.flush();
      err.flush();
    }
    for (String l : c.summary()) out.println(l);
    out.flush();
    return exit;
  }

  /** Severity of the exit codes, lowest first: the worst file decides. */
  private static final List<Integer> ORDER = List.of(0, 1, 4, 2);

  /**
   * Reads one trace as a stream and replays it state by state; the whole file is read (and
   * checked) before its result is printed, so that a malformed trace is never a divergence. Returns
   * 0 (conforms), 1 (diverges), 2 (malformed or unreadable: one line on err) or 4 (internal error).
   */
  private int replayOne(Path f, Conform c, SpecHashes hashes, PrintWriter out, PrintWriter err) {
    String label = c.show(f);
    try (ItfReader r = ItfReader.open(f)) {
      ItfReader.Header h = r.header();
      Itf.Trace header = new Itf.Trace(h.meta(), h.vars(), List.of(), -1);
      Conform.Setup s = Conform.setupOf(header, engineBug);
      SpecTypes types = SpecTypes.of(s.constants());
      try {
        types.checkVars(h.vars());
      } catch (SpecTypes.Bad e) {
        throw new Itf.ItfException("malformed trace: " + e.getMessage());
      }
      Replay.Run run;
      try {
        run = new Replay.Run(s.model(), s.bug(), null);
      } catch (IllegalArgumentException e) { // a model the engine cannot represent: the message names the constant
        throw new Itf.ItfException(Problems.of(e));
      }
      long nanos = 0;
      int i = 0;
      for (Map<String, TlaValue> state; (state = r.next()) != null; i++) {
        try {
          types.checkState(state);
        } catch (SpecTypes.Bad e) {
          throw new Itf.ItfException("malformed trace: " + r.stateAt() + ", " + e.getMessage());
        }
        if (i > 0) {
          try {
            Conform.checkAct(state.get("act"), r.stateAt(), s.constants());
          } catch (Itf.ItfException e) {
            throw new Itf.ItfException("malformed trace: " + e.getMessage());
          }
        }
        long t0 = System.nanoTime();
        try {
          run.next(state);
        } catch (IllegalArgumentException e) { // the engine cannot take the step as the trace gives it
          throw new Itf.ItfException(r.stateAt() + ": " + Problems.of(e));
        }
        nanos += System.nanoTime() - t0;
      }
      long before = c.divergences();
      Replay.Outcome o = c.recordReplayed(run.outcome(), header, f, nanos);
      if (c.divergences() == before) out.println("OK " + label + " (" + o.steps() + " steps)");
      String other = hashes.differing(h.meta().get("specHashes"));
      if (other != null) out.println("  warning: recorded with other spec files than spec/ holds now (" + other + ")");
      return c.divergences() == before ? 0 : 1;
    } catch (Itf.ItfException e) {
      err.println("failover replay: " + label + ": " + e.getMessage());
      return 2;
    } catch (RuntimeException | StackOverflowError e) {
      err.println("failover replay: " + label + ": internal error: " + Problems.of(e));
      return 4;
    }
  }

  /** The SHA-256 of spec/'s files, computed once a file, against a trace's {@code #meta.specHashes}. */
  static final class SpecHashes {
    private final Path specDir;
    private final Map<String, String> known = new java.util.HashMap<>();

    SpecHashes(Path specDir) { this.specDir = specDir; }

    /** The files whose hash differs from the checkout's ("AAFailover.tla differs, MCx.tla missing"), or null when all agree. */
    String differing(Object recorded) {
      if (!(recorded instanceof Map<?, ?> m)) return null;
      List<String> out = new java.util.ArrayList<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String name = String.valueOf(e.getKey());
        String now = known.computeIfAbsent(name, this::sha256);
        if (now == null) out.add(name + " missing");
        else if (!now.equals(String.valueOf(e.getValue()))) out.add(name + " differs");
        if (out.size() == 4) {
          out.add("...");
          break;
        }
      }
      return out.isEmpty() ? null : String.join(", ", out);
    }

    private String sha256(String name) {
      if (!name.matches("[A-Za-z0-9_.-]+") || name.startsWith(".")) return null;
      try {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
            .digest(java.nio.file.Files.readAllBytes(specDir.resolve(name))));
      } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
        return null;
      }
    }
  }
}
