package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code failover conform} on a liveness bug model of spec/: TLC 2.18 does not name the violated
 * temporal property, and conform takes the decision of {@code check} (failover.tlc.Judge): the
 * expected violation, its counterexample replayed on the engine built with the same bug. Before,
 * it exited 6 (unexpected TLC result).
 */
class ConformCommandTest {
  static Cli conform(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "conform";
    System.arraycopy(args, 0, all, 1, args.length);
    return Cli.run(all);
  }

  @Test
  void anUnnamedLivenessViolationIsTheExpectedOneAndItsCounterexampleIsReplayed() {
    Cli r = conform("--model", "bug_peer_death_needs_link", "--simulate", "0");
    assertEquals("", r.err());
    assertTrue(r.out().contains("TLC: temporal property ActiveSomewhereProp violated (the cfg's only PROPERTY; TLC does not name it);"), r.out());
    assertFalse(r.out().contains("NOT AS EXPECTED"), r.out());
    assertTrue(r.out().contains("replayed on the engine built with bug PeerDeathNeedsLink: conforms"), r.out());
    // one bug model alone exercises only some of the spec's actions: incomplete coverage, not 6
    assertEquals(ConformCommand.INCOMPLETE, r.exit(), r.out());
  }
}
