package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The regression corpus under traces/: counterexamples of the bug models (traces/bugs/, replayed on
 * the engine built with the same mistake), the witnesses of the Debug models (traces/witnesses/,
 * the corner cases), simulation traces (traces/simulation/) and the readings' traces
 * (traces/readings/, written by ./failover corners: the reading models' counterexamples and, for
 * each reading, the behaviour where it parts from the chosen one, replayed on the engine under the
 * trace's readings, #meta.constants) must conform;
 * known divergences (traces/divergences/) must still diverge -- when one stops diverging, the engine
 * or spec was fixed: move the trace to traces/fixed/, where divergences once found must conform
 * (e.g. a box switched off after {@code write erase}: the harness abstracted its monitored
 * interfaces and its stateful link from the erased configuration).
 */
class TraceCorpusTest {
  static Stream<Path> traces() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of("traces"))) {
      List<Path> all = s.filter(p -> p.toString().endsWith(".itf.json")).sorted().toList();
      return all.stream();
    }
  }

  /** The folders of the corpus, one a kind of trace. */
  static final Set<String> KINDS = Set.of("bugs", "witnesses", "simulation", "fixed", "divergences", "readings");

  /**
   * Every trace lies in the folder of its kind, and only a known divergence carries divergence
   * metadata: a trace that diverged once and conforms now is a regression trace of traces/fixed/
   * without it. (Two traces {@code conform} had written into traces/ itself, with the divergence of
   * an engine fixed since, were committed by mistake and replayed as conforming; conform now writes
   * into its run's directory under target/.)
   */
  @Test
  void everyTraceIsInTheFolderOfItsKind() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Path file : traces().toList()) {
      Path rel = Path.of("traces").relativize(file);
      if (rel.getNameCount() < 2 || !KINDS.contains(rel.getName(0).toString())) {
        wrong.add(file + ": not in a folder of its kind " + new TreeSet<>(KINDS));
      } else if (Itf.read(file).meta().containsKey("divergence") && !rel.getName(0).toString().equals("divergences")) {
        wrong.add(file + ": divergence metadata outside traces/divergences/");
      }
    }
    assertEquals(List.of(), wrong);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("traces")
  void replays(Path file) throws Exception {
    Itf.Trace t = Itf.read(file);
    Conform.Setup s = Conform.setupOf(t, null);
    Replay.Outcome o = Replay.replay(t, s.model(), s.bug(), null);
    boolean knownDivergence = file.startsWith(Path.of("traces", "divergences"));
    if (knownDivergence) {
      assertFalse(o.ok(), file + " no longer diverges: the divergence was fixed; move the trace out of traces/divergences/");
      assertTrue(o.divergence().step() == t.states().size() - 1, "it diverges at its last step, as recorded");
    } else if (!o.ok()) {
      fail(file + " diverges:\n" + String.join("\n", o.divergence().lines()) + "\nreproduce: ./failover replay " + file);
    }
  }
}
