package failover.corners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operator's story of a captured trace (no TLC run): the standby copy of group 1 on B fails,
 * then the active copy's interface on A fails too. Times in seconds from the Ticks, the lines typed
 * from the scenario writer, the group states in {@code show failover}'s words.
 */
class StoryTest {
  @Test
  void theStoryIsToldInSecondsAndCommands() throws Exception {
    WitnessRun run = ScenarioWriterTest.captured();
    List<Story.Line> story = Story.of(run, ScenarioWriter.write(run));
    assertEquals(run.states().size() - 1, story.size(), "one line a step after Init");
    Story.Line boot = story.get(0);
    assertEquals(0, boot.seconds());
    assertEquals(List.of("boot A B"), boot.typed());
    assertEquals("A: 1 Negotiation, 2 Negotiation · B: 1 Negotiation, 2 Negotiation", boot.show());
    Story.Line sim = story.get(1);
    assertTrue(sim.typed().isEmpty(), "the pair's own step is typed by nobody");
    assertEquals("A: 1 Active, 2 Standby Ready · B: 1 Standby Ready, 2 Active", sim.show());
    Story.Line down = story.get(4);
    assertEquals(List.of("interface A GigabitEthernet0/2 down"), down.typed());
    assertEquals(5, down.seconds(), "after one tick");
    assertTrue(down.happens().contains("interface hold time (5 s) starts"), down.happens());
    Story.Line failed = story.get(5);
    assertTrue(failed.happens().contains("the standby copy is marked failed"), failed.happens());
    assertEquals("A: 1 Active, 2 Standby Ready · B: 1 Failed, 2 Active", failed.show());
    Story.Line last = story.get(6);
    assertEquals(10, last.seconds());
    assertTrue(last.happens().startsWith("5 s pass: A's interface hold time of group 1 5 of 5 s (expired)"), last.happens());
    assertEquals("", last.show(), "no group changed state");
  }

  @Test
  void theConfigurationIsToldInSeconds() throws Exception {
    String c = Story.configuration(ScenarioWriterTest.captured().constants());
    assertTrue(c.contains("group 2 prefers B, `preempt`"), c);
    assertTrue(c.contains("interface hold time 5 s"), c);
    assertTrue(c.contains("unit hold time 5 s"), c);
  }

  @Test
  void theTimelineShowsTimeInterfacesAndTimers() throws Exception {
    WitnessRun run = ScenarioWriterTest.captured();
    String svg = TimelineSvg.render("t", run, Story.of(run, ScenarioWriter.write(run)));
    for (String s : List.of(">0 s<", ">5 s<", ">10 s<", ">A: group 1 interfaces down<", ">B: group 1 interface hold time<",
        ">A: group 1 interface hold time<", ">failover link<", ">A: group 1<")) {
      assertTrue(svg.contains(s), "the timeline lacks " + s);
    }
    assertTrue(!svg.contains("preemption delay"), "no row for a timer that never runs");
    assertTrue(svg.contains("step 7 · t = 5 s · group 1 marked failed on B (standby copy)"), svg);
  }
}
