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
 * reading matters ({@code no failover} on a pair with the groups split), is a behaviour of the spec
 * under the same reading (the trace module instances a copy of the spec with Readings redefined),
 * and not of the spec under the chosen readings (there the standby groups stay standby): the spec's
 * switch bites in validation too. (A reading whose alternative only leaves out a step after a hold
 * time, as PeerDeathLinkDown = "undetected" does, validates under both: validation does not compare
 * timers, so the chosen spec need not take the step either.)
 */
class ReadingsValidateTest {
  @Test
  void theEngineUnderAReadingIsValidAgainstTheSpecUnderItAndNotAgainstTheChosen() throws Exception {
    Readings allActive = Readings.CHOSEN.with("NoFailover", "allActive");
    // the corner case's steps without its expectations (which are the chosen reading's): the engine
    // under the reading plays it to the end
    List<String> lines = java.nio.file.Files.readAllLines(Path.of("scenarios/corners/no_failover_split.scenario")).stream()
        .filter(l -> !l.startsWith("expect ")).toList();
    Recording r = Recording.of(ScenarioParser.parse("no_failover_split", lines), new Pair("none", allActive));
    Segments.Split split = Segments.split(r);
    Validation.Outcome same = Validation.run(r.name(), split, Tlc.fromClasspath(), Path.of("spec"),
        Path.of("target/validate-test/readings-same"));
    assertTrue(same instanceof Validation.Outcome.Valid, Validation.headline(same) + "\n" + String.join("\n", Validation.details(same)));
    List<Segments.Segment> chosen = split.segments().stream()
        .map(s -> new Segments.Segment(s.constants().withReadings(Readings.CHOSEN), s.log(), s.stutters(), s.ticks())).toList();
    Validation.Outcome other = Validation.run(r.name(), new Segments.Split(chosen, split.skipped()), Tlc.fromClasspath(),
        Path.of("spec"), Path.of("target/validate-test/readings-chosen"));
    assertTrue(other instanceof Validation.Outcome.Missed || other instanceof Validation.Outcome.Invalid,
        "under the chosen readings `no failover` leaves the standby groups standby: " + Validation.headline(other));
  }
}
