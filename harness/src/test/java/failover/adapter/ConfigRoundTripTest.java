package failover.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.conform.Conform;
import failover.conform.Itf;
import failover.engine.Pair;
import failover.scenario.ScenarioParser;
import failover.scenario.Session;
import failover.spec.Constants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer and the reader of a model's constants agree: for the constants of every model with a
 * trace under traces/ (bug models, the Debug models' witnesses, simulations), reading the
 * configuration {@link ConfigWriter} wrote gives the constants back, read(write(m)) = m, up to
 * what the reader does not read ({@link ConfigReader}: holds are one tick, a delay is 0 or 1 tick,
 * contexts sorted, every connection kind, no bug).
 */
public class ConfigRoundTripTest {
  static Stream<Path> traces() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of("traces"))) {
      return s.filter(p -> p.toString().endsWith(".itf.json")).sorted().toList().stream();
    }
  }

  /** What the reader gives for constants {@code m}. */
  static Constants readable(Constants m) {
    Map<Integer, Integer> delay = new TreeMap<>();
    for (int g = 1; g <= 2; g++) delay.put(g, m.preemptOn().get(g) && m.preemptDelay().get(g) > 0 ? 1 : 0);
    return new Constants(m.primary(), m.pref(), m.preemptOn(), delay, m.replHttp(), m.stateful(), m.monIf(),
        m.policy(), Map.of(1, 1, 2, 1), 1, m.contexts().stream().sorted().toList(), m.admin(), m.ctxGroup(),
        Constants.ALL_CONN_KINDS, "none", m.readings()); // the readings are the engine's own, which the driver gives it
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("traces")
  void theStartupConfigurationReadsBackAsTheConstants(Path file) throws Exception {
    assertReadsBack(Conform.setupOf(Itf.read(file), null).model());
  }

  /**
   * read(write(m)) = m for the engine's constants {@code m} ({@link SpecDriver#engineConstants}),
   * up to what the reader does not read; also for the models the exhaustive conformance test has TLC
   * print the constants of.
   */
  public static void assertReadsBack(Constants m) {
    SpecDriver d = new SpecDriver(m, "none");
    ConfigReader.Derived read = ConfigReader.of(d.pair());
    assertTrue(read.representable(), read.why());
    assertEquals(readable(m), read.constants(), Constants.differences(readable(m), read.constants()));
    // and the reader's image is a fixed point: read(write(read(write(m)))) = read(write(m))
    Constants again = ConfigReader.of(new SpecDriver(read.constants(), "none").pair()).constants();
    assertEquals(read.constants(), again);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("traces")
  void theTypedConfigurationReadsBackAsTheConstants(Path file) throws Exception {
    Constants m = Conform.setupOf(Itf.read(file), null).model();
    // the readings are how the engine behaves, not configuration: the pair is built with the trace's
    Session s = new Session(new Pair("none", m.readings()));
    ScenarioParser parser = new ScenarioParser();
    int n = 0;
    List<String> contexts = new java.util.ArrayList<>(m.contexts());
    Map<Integer, String> groupContext = new TreeMap<>();
    for (int g = 1; g <= 2; g++) groupContext.put(g, ConfigWriter.contextsOf(m, g).get(0));
    List<String> lines = new java.util.ArrayList<>(List.of("boot " + m.primary(), "wait 60"));
    lines.addAll(ConfigWriter.typedPrimary(m, contexts, c -> m.ctxGroup().get(c), groupContext));
    lines.add("boot " + m.secondary());
    lines.add("wait 60");
    lines.addAll(ConfigWriter.typedSecondary(m));
    lines.add("wait 60");
    for (String l : lines) {
      Session.Done done = s.execute(parser.parseLine(++n, l));
      assertTrue(done.ok(), l + ": " + done.printed());
    }
    ConfigReader.Derived read = ConfigReader.of(s.pair());
    assertTrue(read.representable(), read.why());
    assertEquals(readable(m), read.constants(), Constants.differences(readable(m), read.constants()));
  }
}
