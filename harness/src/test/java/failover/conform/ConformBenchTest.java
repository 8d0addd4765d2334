package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The replay figure of {@code bench --conform}: the corpus replayed, the median printed (no speed asserted). */
class ConformBenchTest {
  @Test
  void replayFigureOnTheCorpus() throws Exception {
    StringWriter out = new StringWriter();
    double rate = ConformBench.replay(new PrintWriter(out, true), Path.of("").toAbsolutePath(), 1, 300);
    assertTrue(rate > 0, out.toString());
    String s = out.toString();
    assertTrue(s.startsWith("replay: "), s);
    assertTrue(s.contains(" steps/s (median of 1 runs, each the corpus traces/bugs + traces/simulation ("), s);
  }

  @Test
  void anEmptyCorpusIsOneClearError(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
    Files.createDirectories(home.resolve("traces/bugs"));
    ConformBench.BenchException e = assertThrows(ConformBench.BenchException.class,
        () -> ConformBench.replay(new PrintWriter(new StringWriter()), home, 1, 300));
    assertEquals("no ITF traces in traces/bugs, traces/simulation", e.getMessage());
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(2.0, ConformBench.median(new double[] {1, 2, 9}));
    assertEquals(2.5, ConformBench.median(new double[] {1, 2, 3, 9}));
  }
}
