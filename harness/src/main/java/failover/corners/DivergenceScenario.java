package failover.corners;

import failover.conform.Itf;
import failover.conform.Replay;
import failover.conform.Sources;
import failover.conform.SpecModel;
import failover.engine.Pair;
import failover.scenario.Scenario;
import failover.scenario.ScenarioException;
import failover.scenario.ScenarioParser;
import failover.scenario.ScenarioRunner;
import failover.scenario.Session;
import failover.tlc.TlaValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A divergent (shrunk) trace as a scenario file (issue 4: "Shrinking: a divergent trace is cut to
 * a shortest one that still diverges, ... and saved under {@code traces/} and as a scenario
 * file"). The scenario is written by {@link ScenarioWriter#writeSpec} in spec mode: its
 * {@code expect} lines say what the SPEC shows, so {@code ./failover play} of it fails on the
 * engine that diverged, at the divergence, and passes on an engine that does what the spec does.
 * Written next to the ITF trace, in the conform run's directory ({@code shrunk/NAME.itf.json} and
 * {@code NAME.scenario}), both moved into {@code traces/divergences/} to keep them as a known divergence.
 */
public final class DivergenceScenario {
  private DivergenceScenario() {}

  /**
   * The scenario's lines, and what playing it on the engine built with the trace's bug gave: a
   * FAIL at the divergence, or PASS when the divergence is in what a scenario cannot see (a timer,
   * {@code linkLost}).
   */
  public record Written(List<String> lines, ScenarioRunner.Outcome onEngine) {
    /** Does playing it on the engine that diverged fail, as it should? */
    public boolean failsOnEngine() { return onEngine instanceof ScenarioRunner.Outcome.Fail; }
  }

  /**
   * The scenario of {@code t} (a spec trace cut after its divergent step, with the model's
   * constants in {@code #meta}), diverging as {@code d} on the engine built with {@code bug};
   * {@code itf} is where its ITF trace is (named in the header, may be null).
   */
  public static Written write(Itf.Trace t, Replay.Divergence d, String bug, String itf) throws Itf.ItfException {
    TlaValue.Rec constants = Sources.constantsOf(t);
    if (constants == null) throw new Itf.ItfException("no #meta.constants: cannot configure the boxes like the model");
    List<SpecView> states = new ArrayList<>();
    for (Map<String, TlaValue> s : t.states()) states.add(new SpecView(s));
    ScenarioWriter.Written w = ScenarioWriter.writeSpec(SpecModel.constants(constants), states);
    List<String> lines = new ArrayList<>();
    lines.add("# Divergence of the engine from the spec, found by ./failover conform (model "
        + t.meta().getOrDefault("model", "?") + ("none".equals(bug) ? "" : ", engine built with bug " + bug) + ").");
    lines.add("# A behaviour of the spec, " + (t.states().size() - 1) + " steps; every expect line is what the SPEC shows,");
    lines.add("# so playing this on the engine fails at the divergence:");
    for (String l : d.lines()) lines.add("#   " + l);
    if (itf != null) lines.add("# The trace: " + itf + " (./failover replay " + itf + ")");
    lines.add("# (The comments below number the trace's states from 1, the spec's Init: trace step N is comment step N+1.)");
    lines.add("");
    lines.addAll(w.lines());
    return new Written(List.copyOf(lines), play(lines, bug));
  }

  /** Plays the scenario's lines on the engine built with {@code bug}. */
  public static ScenarioRunner.Outcome play(List<String> lines, String bug) {
    Scenario s;
    try {
      s = ScenarioParser.parse("divergence", lines);
    } catch (ScenarioException e) {
      return new ScenarioRunner.Outcome.Error("divergence", e.where());
    }
    return ScenarioRunner.run(s, null, new Session(new Pair(bug)));
  }

  /** Writes the scenario to {@code file}. */
  public static void save(Written w, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, w.lines());
  }
}
