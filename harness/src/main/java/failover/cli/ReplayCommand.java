package failover.cli;

import failover.conform.Conform;
import failover.conform.Itf;
import failover.engine.Pair;
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
      "(or #meta.engineBug). A directory stands for every *.itf.json file under it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every trace conforms",
      "1:some trace diverges",
      "2:bad arguments, or a file is not a readable ITF trace of this spec (2 wins over 1)",
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
    try {
      if (engineBug != null && !Pair.BUGS.contains(engineBug)) {
        err.println("failover replay: unknown --engine-bug '" + engineBug + "'; one of " + String.join(", ", Pair.BUGS));
        return 2;
      }
      Path home = ProjectHome.find();
      Conform c = new Conform(out, home);
      List<Selection.Entry> entries;
      try {
        entries = Selection.of(files, ".itf.json", "ITF trace");
      } catch (Selection.NothingSelected e) {
        err.println("failover replay: " + e.getMessage());
        return 2;
      }
      boolean bad = false;
      for (Selection.Entry entry : entries) {
        Path f = entry.path();
        if (!entry.readable()) {
          err.println("failover replay: " + c.show(f) + ": " + entry.problem());
          bad = true;
          continue;
        }
        String label = c.show(f);
        Itf.Trace t;
        Conform.Setup s;
        try {
          t = Itf.read(f);
          s = Conform.setupOf(t, engineBug);
        } catch (Itf.ItfException e) {
          err.println("failover replay: " + (e.getMessage().startsWith(f.toString()) ? e.getMessage() : label + ": " + e.getMessage()));
          bad = true;
          continue;
        }
        long before = c.divergences();
        try {
          var o = c.replayFile(t, f, s.model(), s.bug());
          if (c.divergences() == before) out.println("OK " + label + " (" + o.steps() + " steps)");
        } catch (IllegalArgumentException e) {
          err.println("failover replay: " + label + ": " + e.getMessage());
          bad = true;
        }
      }
      for (String l : c.summary()) out.println(l);
      out.flush();
      return bad ? 2 : c.divergences() > 0 ? 1 : 0;
    } catch (RuntimeException e) {
      err.println("failover replay: internal error: " + e);
      return 4;
    }
  }
}
