package failover.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.engine.Pair;
import failover.scenario.ScenarioParser;
import failover.spec.Readings;
import failover.tlc.Tlc;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code play --validate --reading}: the engine under a reading, recorded in a scenario where the
 * reading matters (the peer dies while the failover link is down), is a behaviour of the spec under
 * the same reading (the trace module instances a copy of the spec with Readings redefined), and not
 * of the spec under the chosen readings (the survivor never takes the dead peer's groups, which the
 * chosen spec makes it do): the spec's switch bites in validation too.
 */
class ReadingsValidateTest {
  @Test
  void theEngineUnderAReadingIsValidAgainstTheSpecUnderItAndNotAgainstTheChosen() throws Exception {
    Readings undetected = Readings.CHOSEN.with("PeerDeathLinkDown", "undetected");
    Recording r = Recording.of(ScenarioParser.parseFile(Path.of("scenarios/corners/link_down_then_peer_failure.scenario")),
        new Pair("none", undetected));
    Segments.Split split = Segments.split(r);
    Validation.Outcome same = Validation.run(r.name(), split, Tlc.fromClasspath(), Path.of("spec"),
        Path.of("target/validate-test/readings-same"));
    assertTrue(same instanceof Validation.Outcome.Valid, Validation.headline(same) + "\n" + String.join("\n", Validation.details(same)));
    List<Segments.Segment> chosen = split.segments().stream()
        .map(s -> new Segments.Segment(s.constants().withReadings(Readings.CHOSEN), s.log(), s.stutters(), s.ticks())).toList();
    Validation.Outcome other = Validation.run(r.name(), new Segments.Split(chosen, split.skipped()), Tlc.fromClasspath(),
        Path.of("spec"), Path.of("target/validate-test/readings-chosen"));
    assertTrue(other instanceof Validation.Outcome.Missed || other instanceof Validation.Outcome.Invalid,
        "under the chosen readings the survivor takes over: " + Validation.headline(other));
  }
}
