package failover.corners;

import failover.corners.Corner.Quote;
import failover.corners.Corner.Ruling;
import java.util.List;

/**
 * The corner cases of the catalogue, in the order docs/corner-cases.md lists them: first those a
 * reviewer asks about most (issue 5), then the plain behaviours of Table 51-2. Each names its
 * witness and model; the quotes are the seed's own words (a test checks that each stands verbatim
 * in the seed chapter, under the section named). Each says whose word its answer is ({@link Ruling}:
 * the quote that decides it, or the numbered decisions of spec/README.md with the reading not taken),
 * what it costs an operator, and which rows of the seed's Tables 51-1 and 51-2 it answers
 * ({@link SeedIndex}); {@link #problems} is what the generator and the tests refuse.
 */
public final class Catalogue {
  private Catalogue() {}

  static final String OVERVIEW = "Active/Active Failover Overview";
  static final String PRI_SEC = "Primary/Secondary Status and Active/Standby Status";
  static final String SYNC = "Device Initialization and Configuration Synchronization";
  static final String REPLICATION = "Command Replication";
  static final String ACTIONS = "Failover Actions";
  static final String TRIGGERS = "Failover Triggers";
  static final String PREEMPT = "Configuring Failover Group Preemption";
  static final String HTTP = "Enabling HTTP Replication with Stateful Failover";
  static final String HEALTH = "Configuring Interface Health Monitoring";
  static final String CRITERIA = "Configuring Failover Criteria";
  static final String FORCING = "Forcing Failover";
  static final String DISABLING = "Disabling Failover";
  static final String RESTORING = "Restoring a Failed Unit or Failover Group";
  static final String ASR = "Configuring Support for Asymmetrically Routed Packets";
  static final String REMOTE = "Remote Command Execution";
  static final String MONITORING = "Disabling and Enabling Interface Monitoring";
  static final String TESTING = "Testing the Failover Functionality";

  static Corner c(String name, String title, String witness, String config, String question, String answer, Ruling ruling,
                  String cost, List<String> covers, Quote... quotes) {
    return new Corner(name, title, witness, config, question, List.of(quotes), answer, ruling, cost, covers);
  }

  /** The seed decides the answer: quote {@code i} of the case says it. */
  static Ruling seed(int i) { return new Ruling(i, List.of(), null); }

  /** The seed is silent or torn: the spec's decisions (numbers of spec/README.md) decide, and the reading not taken. */
  static Ruling decision(String notTaken, Integer... decisions) { return new Ruling(-1, List.of(decisions), notTaken); }

  /** Quote {@code i} decides the outcome; the spec's decisions decide the rest, and the reading not taken. */
  static Ruling seedAnd(int i, String notTaken, Integer... decisions) { return new Ruling(i, List.of(decisions), notTaken); }

  static Quote q(String section, String text) { return new Quote(section, text); }

  /**
   * What keeps a case from saying whose word its answer is and what it costs (empty: nothing): the
   * answer rests on a seed sentence of the case or on decisions of spec/README.md (then with the
   * reading not taken), the cost is told, and the rows it answers are rows of the seed's tables.
   */
  public static List<String> problems(Corner c) {
    List<String> out = new java.util.ArrayList<>();
    Ruling r = c.ruling();
    if (r == null) return List.of("no ruling: neither a seed sentence nor a decision");
    if (!r.seedDecides() && r.decisions().isEmpty()) out.add("neither a seed sentence nor a decision decides the answer");
    if (r.seedQuote() >= c.quotes().size()) out.add("the deciding quote " + r.seedQuote() + " is not one of the case's quotes");
    for (int d : r.decisions()) if (!Decisions.TITLES.containsKey(d)) out.add("no decision " + d + " in spec/README.md");
    if (!r.decisions().isEmpty() && (r.notTaken() == null || r.notTaken().isBlank())) {
      out.add("rests on a decision but names no reading not taken");
    }
    if (r.decisions().isEmpty() && r.notTaken() != null) out.add("a reading not taken without a decision");
    if (c.cost() == null || c.cost().isBlank()) out.add("no cost to the operator");
    for (String k : c.covers()) if (!SeedIndex.isKey(k)) out.add("no row " + k + " in Table 51-1 or 51-2");
    return out;
  }

  public static final List<Corner> CORNERS = List.of(
      c("dual_active_at_startup", "Failover link down at startup", "DebugDualActiveAtStartupWithFailover",
          "MCcorners_DualActiveAtStartupWithFailover.cfg",
          "What happens when the failover link is down while the two units start?",
          "Neither unit hears the other within its unit hold time, so each one makes both groups active: "
              + "both groups are active on both units (dual active) until the link returns.",
          seed(0),
          "Both units answer for both groups' IP and MAC addresses on every data network (duplicate addresses, "
              + "traffic split at random) for as long as the failover link stays down. When it returns, the units "
              + "rejoin: the secondary gives its copies up (case 29) and the connections through them on the "
              + "secondary are lost.",
          List.of("51-2/5"),
          q(ACTIONS, "If the failover link is down at startup, both failover groups on both units become active."),
          q(PRI_SEC, "When a unit boots while the peer unit is not available, both failover groups become active on the unit.")),
      c("link_down_then_peer_failure", "Failover link lost, then a real unit failure", "DebugLinkDownPeerFailure",
          "MCcorners_LinkDownThenPeerFailure.cfg",
          "The failover link fails during operation and afterwards a unit really fails: does the survivor take its groups over?",
          "Losing the failover link alone causes no failover. When the peer then dies, the survivor tells a "
              + "dead peer from a dead link by testing over its data interfaces and, after the unit hold time, makes "
              + "every group active although the failover link is still down.",
          seedAnd(1, "no takeover at all while the failover link is down, so the dead unit's groups are active "
              + "nowhere (bug model bug_peer_death_needs_link); or the loss of the link taken for the peer's "
              + "death, so that the standby groups take over at once while the peer still runs (bug model "
              + "bug_link_loss_is_peer_death)", 9),
          "Group 1 carries no traffic from A's power failure until B's unit hold time expires (5 s here); its "
              + "connections are lost (no Stateful Failover in this model). The failover link is still down: when A "
              + "boots again it hears no peer and makes both groups active too (dual active, as in case 1) until the "
              + "link is restored.",
          List.of("51-2/1", "51-2/7"),
          q(ACTIONS, "Each unit marks the failover interface as failed. You should restore the failover link as soon as possible "
              + "because the unit cannot fail over to the standby unit while the failover link is down."),
          q(ACTIONS, "When a unit in a failover pair fails, any active failover groups on that unit are marked as failed and become "
              + "active on the peer unit.")),
      c("link_down_interface_failure", "Failover link lost, then the active group's interfaces fail",
          "DebugLinkDownInterfaceFailure", "MCdebug_LinkDownInterfaceFailure.cfg",
          "The failover link is down and the active group's monitored interfaces fail beyond the policy: does the group fail over?",
          "No: the interface hold time expires, the group's interfaces meet the policy, but with the failover link down "
              + "no failover between the units is possible; the group stays active where it is.",
          seed(0),
          "Group 1's traffic through the failed interface is lost for as long as the failover link is down, "
              + "although B's interfaces of the group are healthy. Once the link is back and the units have "
              + "rejoined, the group fails over to B at once (its interface hold time has already expired); its "
              + "connections are lost then (no Stateful Failover here).",
          List.of("51-2/7", "51-2/2"),
          q(ACTIONS, "You should restore the failover link as soon as possible because the unit cannot fail over to the standby "
              + "unit while the failover link is down.")),
      c("standby_failed_then_active_fails", "Standby group failed, then the active group's interfaces fail",
          "DebugActiveFailsAfterStandbyFailed", "MCcorners_ActiveFailsAfterStandbyFailed.cfg",
          "The standby copy of a group is already marked failed when the active copy's interfaces fail too: does the group move?",
          "No: the standby group is marked failed first (no failover, Table 51-2 row 3); when the active group's interface "
              + "hold time then expires, it does not fail over onto the failed standby group and stays active.",
          seed(0),
          "Group 1 has no working copy: its active copy on A has lost its monitored interface and no failover "
              + "can help. Traffic returns when the interfaces recover on either unit: on A the group simply goes "
              + "on; on B the failed copy returns to standby (decision 12) and the active group, whose hold time has "
              + "expired, fails over to it at once.",
          List.of("51-2/3", "51-2/2"),
          q(ACTIONS, "When the standby failover group is marked as failed, the active failover group does not attempt to fail "
              + "over, even if the interface failure threshold is surpassed.")),
      c("no_failover_onto_failing_standby", "The active group's interfaces fail while the standby's fail too",
          "DebugNoFailoverOntoFailingStandby", "MCcorners_NoFailoverOntoFailingStandby.cfg",
          "The same monitored interface fails on both units (the segment is down): when the active group's interface hold "
              + "time expires first, does the group fail over onto the standby, which is not yet marked failed?",
          "No. The group fails over only onto a unit whose interfaces of the group are below the policy: it "
              + "stays active on A; the standby copy on B is marked failed when its own hold time expires (Table "
              + "51-2, row 3), and if B's interfaces recover first the group fails over at once.",
          decision("fail over onto the standby, which is not yet marked failed although the same interfaces are "
              + "just as dead there: a failover that gains nothing, and back again if the active's interfaces "
              + "recover first (the spec before)", 3),
          "The segment is down on both units, so group 1's traffic on it is lost either way; the pair does not "
              + "add a failover. The standby copy is marked failed when its own hold time expires (Table 51-2 row "
              + "3). When B's interfaces recover first, the group fails over to B at once; when A's recover first, "
              + "nothing moves.",
          List.of("51-2/2", "51-2/3"),
          q(HEALTH, "If a hello packet or a successful test result is not received within the specified hold time, the interface "
              + "is marked as failed."),
          q(ACTIONS, "When the standby failover group is marked as failed, the active failover group does not attempt to fail "
              + "over, even if the interface failure threshold is surpassed.")),
      c("preempt_interrupted", "A preemption delay interrupted by a failure", "DebugPreemptInterrupted",
          "MCdebug_PreemptInterrupted.cfg",
          "A group waits out its preemption delay to return to its preferred unit when a failure happens: does it still move?",
          "The delay only runs while the group is active on the other unit and its preferred unit is a healthy standby; "
              + "the failure ends that, the delay is cancelled and the group does not preempt.",
          decision("a delay that, once started, runs to its end and then moves the group wherever the pair stands; "
              + "or preemption as a standing condition that starts the delay again whenever the pair is back in "
              + "that shape (bug model bug_preempt_standing)", 1),
          "A's power failure is a unit failure (Table 51-2 row 1): after B's unit hold time both groups are "
              + "active on B, group 1's connections through A are lost (no Stateful Failover here). Group 2 ends up "
              + "on B, its preferred unit, by the failover and not by the preemption; when A comes back it joins as "
              + "standby for both groups.",
          List.of("51-2/1"),
          q(PREEMPT, "You can enter an optional delay value, which specifies the number of seconds the failover group remains "
              + "active on the current unit before automatically becoming active on the designated unit.")),
      c("preempt_after_reset", "Preemption after failover reset", "DebugPreemptAfterReset",
          "MCcorners_PreemptAfterRepairedReset.cfg",
          "A group failed on its preferred unit; its interfaces are repaired and `failover reset` restores it: does it become active there again?",
          "Yes, with preemption configured: `failover reset` makes the failed group standby, and the group preempts back "
              + "to its preferred unit (here without a delay).",
          seedAnd(1, "`failover reset group N` restores only the unit it is entered on, so that it must be entered "
              + "on the unit where the group failed", 12, 1),
          "Group 2 moves twice: to A when its interface fails on B, and back to B at the preemption right "
              + "after the reset (no delay configured). Each move loses the group's connections (no Stateful "
              + "Failover here); with `preempt N` the move back comes N seconds after the reset.",
          List.of("51-2/2"),
          q(RESTORING, "Restoring a failed unit or failover group moves the unit or failover group from the failed state to the "
              + "standby state; it does not automatically make the failover group or unit active."),
          q(RESTORING, "An exception is a failover group configured with failover preemption. If previously active, a failover "
              + "group becomes active if it is configured with preemption and if the unit on which it failed is the preferred unit.")),
      c("rejoin_after_reload", "Failover link lost, then the primary reloads", "DebugRejoinAfterReload",
          "MCcorners_RejoinAfterReload.cfg",
          "The failover link fails while the pair runs and then one unit reloads: who wins when the link returns?",
          "The primary unit, although the secondary ran the pair alone meanwhile. Here A (the primary) reloads: B takes "
              + "every group over after its unit hold time, A boots with the failover link still down and makes both "
              + "groups active too. When the link returns, B gives up every group active on both units, and each scope's "
              + "configuration flows from the unit where its group is now active: A, which runs its startup "
              + "configuration, so the command entered before the link failed and never saved is gone from both units.",
          decision("the unit that held every group while the other rebooted keeps them and provides the configuration, "
              + "as a booting unit takes the running configuration of an active peer (\"regardless of the primary or "
              + "secondary designation of the booting unit\"); or the configurations stay apart until `write standby`", 2, 9),
          "Both units answer for both groups' IP and MAC addresses from A's boot until the link returns (dual "
              + "active, as in case 1). At the rejoin B's copies become standby and the connections through them are "
              + "dropped, and the change v1 entered on A before the link failed, which B had kept all along, is "
              + "replaced on B by A's startup configuration: it is lost on both units unless it was saved. Group 2, "
              + "which prefers B and has `preempt`, then moves back to B (the rejoin makes B available for it), a "
              + "second move that costs its connections again. Had B (the "
              + "secondary) reloaded instead, the primary would have kept its running configuration and nothing would "
              + "be lost: which unit reloads decides.",
          List.of("51-2/7", "51-2/5", "51-2/1", "51-1/configuration commands"),
          q(ACTIONS, "You should restore the failover link as soon as possible because the unit cannot fail over to the standby "
              + "unit while the failover link is down."),
          q(PRI_SEC, "When a unit boots while the peer unit is not available, both failover groups become active on the unit."),
          q(PRI_SEC, "Determines which unit provides the running configuration to the pair when they boot simultaneously."),
          q(SYNC, "When a unit boots while the peer unit is active (with both failover groups active on it), the booting unit "
              + "contacts the active unit to obtain the running configuration regardless of the primary or secondary "
              + "designation of the booting unit.")),
      c("stale_primary_simultaneous_boot", "Both units lose power while the primary's saved configuration is stale",
          "DebugStalePrimaryAtSimultaneousBoot", "MCcorners_StalePrimaryAtSimultaneousBoot.cfg",
          "Both units lose power while the primary unit's saved configuration is older than the secondary's: whose "
              + "configuration runs when they boot together?",
          "The primary's: at a simultaneous boot the secondary takes the primary's running configuration, which is the "
              + "primary's stale startup configuration. Here the change was entered on A and replicated, but `write "
              + "memory` was entered on B, where the context is standby, so it saved the change on B only; after the "
              + "power failure B's newer saved configuration is replaced in its running memory by A's older one.",
          seedAnd(0, "`write memory` entered on the unit where its scope is standby is replicated too, so that the "
              + "primary's saved configuration cannot fall behind; or the unit with the newer saved configuration "
              + "provides it at a simultaneous boot", 14),
          "The change v1 is gone from both running configurations after the boot, though nothing warns of it; it "
              + "survives only in B's startup configuration, until the next `write memory` on A (where group 1 is "
              + "active) is replicated and overwrites it there too. Save with `write memory all` on the unit where "
              + "group 1 is active, as the seed says, not on the standby side.",
          List.of("51-1/write memory", "51-1/configuration commands"),
          q(SYNC, "When both units boot simultaneously, the secondary unit obtains the running configuration from the primary unit."),
          q(PRI_SEC, "Determines which unit provides the running configuration to the pair when they boot simultaneously."),
          q(SYNC, "To save the configuration to flash memory after synchronization enter the write memory all command in the "
              + "system execution space on the unit that has failover group 1 in the active state."),
          q(REPLICATION, "To save replicated commands to flash memory on both units, use the write memory or copy "
              + "running-config startup-config command on the unit that you made the changes on.")),
      c("same_interface_fails_on_both", "The same monitored interface fails on both units at once",
          "DebugSameInterfaceFailsOnBoth", "MCcorners_SameInterfaceFailsOnBoth.cfg",
          "The segment behind a monitored interface dies, so the interface loses its link on both units at the same "
              + "instant: what happens when the hold time expires?",
          "No failover. Both hold times expire together: the standby copy on B is marked failed, and the active copy "
              + "on A, whose interface has failed too, stays active, because a group fails over only onto a unit whose "
              + "interfaces of the group are below the policy. When the segment returns, B's copy recovers to standby "
              + "and nothing moves; had B's interface returned first, the group would have failed over to B at once.",
          seedAnd(1, "the active copy fails over in the same instant onto B, whose copy is not yet marked failed although "
              + "its interface is just as dead (the spec before); or \"No Link\" never counts as a failed interface, so "
              + "that nothing at all is marked failed", 3, 7),
          "Group 1's traffic through that segment is lost whatever the pair does; the pair adds no failover, and "
              + "group 1's traffic through its other interfaces goes on on A. Group 1 has no backup (B's copy failed) "
              + "until the segment returns; B's copy then recovers by itself (decision 12).",
          List.of("51-2/2", "51-2/3"),
          q(HEALTH, "If a hello packet or a successful test result is not received within the specified hold time, the interface "
              + "is marked as failed."),
          q(ACTIONS, "When the standby failover group is marked as failed, the active failover group does not attempt to fail "
              + "over, even if the interface failure threshold is surpassed."),
          q(MONITORING, "No Link—The physical link for the interface is down."),
          q(MONITORING, "Failed—No traffic is received on the interface, yet traffic is heard on the peer interface.")),
      c("active_dies_before_join", "The active unit dies during configuration replication", "DebugActiveDiesBeforeJoin",
          "MCcorners_ActiveDiesBeforeJoin.cfg",
          "A unit boots and is about to take the running configuration from its active peer when the active unit dies: "
              + "which configuration does it run?",
          "Its own startup configuration. The spec takes the configuration at the join in one step, so an active unit "
              + "that dies during the replication dies before the join: the booting unit no longer hears an active "
              + "peer, waits its unit hold time and makes both groups active with the configuration it booted with, "
              + "here older than the one the dead unit had saved. A configuration half received is not modelled.",
          seedAnd(2, "the booting unit keeps the part of the configuration it received before the peer died (a "
              + "configuration half replaced); or it waits for the peer instead of becoming active", 11),
          "The pair runs on B with B's old configuration (v0), without the change A had saved (v1). When A comes "
              + "back it hears B active with both groups and takes B's running configuration (\"regardless of the "
              + "primary or secondary designation\"): A's newer configuration survives only in A's startup "
              + "configuration, until `write memory` on B, where group 1 is active, is replicated and overwrites it. "
              + "Enter the change again on B, where group 1 is active now.",
          List.of(),
          q(SYNC, "Depending upon the size of the configuration, replication can take from a few seconds to several minutes."),
          q(SYNC, "When a unit boots while the peer unit is active (with both failover groups active on it), the booting unit "
              + "contacts the active unit to obtain the running configuration regardless of the primary or secondary "
              + "designation of the booting unit."),
          q(PRI_SEC, "When a unit boots while the peer unit is not available, both failover groups become active on the unit.")),
      c("test_procedure_with_preempt", "The seed's failover test on a group with preemption", "DebugTestProcedureWithPreempt",
          "MCcorners_TestProcedureWithPreempt.cfg",
          "In the seed's failover test, a group configured with `preempt` and a delay is forced off its preferred unit with "
              + "`no failover active group N`: does preemption bring it back before the operator restores it?",
          "No: `no failover active group N` is a forced failover, which disarms the group's preemption, so no delay "
              + "starts; the group stays where it was forced until the operator restores it with `failover active group "
              + "N` on the unit it was forced off (the test's last step), or until its preferred unit becomes available "
              + "again (it reboots and joins, or the group there recovers or is reset). The seed's last step says to "
              + "enter the command \"on the unit where the failover group ... is active\", which after the forced "
              + "failover is the other unit, where it changes nothing: it is entered on B, where group 2 is standby.",
          decision("preemption as a standing condition: the delay runs whenever the group is active on the other "
              + "unit and its preferred unit is a healthy standby, so the group returns by itself after the delay, in "
              + "the middle of the test (the spec before; bug model bug_preempt_standing)", 1),
          "The test's own: group 2's connections are lost at each forced move (no Stateful Failover here). If the "
              + "operator forgets the last step, group 2 stays on A, the unit it does not prefer, until B reboots or "
              + "B's copy of the group recovers from a failure; `preempt` does not end the test by itself.",
          List.of(),
          q(TESTING, "Force a failover to the standby unit by entering the following command on the unit where the failover "
              + "group containing the interface connecting your hosts is active:"),
          q(TESTING, "When you are finished, you can restore the unit or failover group to active status by enter the following "
              + "command on the unit where the failover group containing the interface connecting your hosts is active:"),
          q(PREEMPT, "The preempt command causes a failover group to become active on the designated unit automatically when that "
              + "unit becomes available.")),
      c("peer_dies_while_failed", "The peer dies while the survivor's copy of the group is failed", "DebugPeerDiesWhileFailed",
          "MCcorners_PeerDiesWhileFailed.cfg",
          "The peer dies while the surviving unit's copy of a group is marked failed: does the group become active on the survivor?",
          "Yes: after its unit hold time the survivor makes every group active, the failed one too, since it is the "
              + "only place left for the group. Here group 1 had failed over from A to B (A's interface failed); B "
              + "then dies, and A makes group 1 active again although its interface is still down.",
          seedAnd(0, "the failed copy stays failed, as a failed standby group blocks an interface failover (\"the active "
              + "failover group does not attempt to fail over\"), so the group is active nowhere until its interfaces "
              + "recover or `failover reset`", 10),
          "Group 1 carries no traffic from B's failure until A's unit hold time expires (5 s here); then it runs on "
              + "A without the interface that failed: traffic through that interface is still lost, through the others "
              + "it is back (its connections were lost at each move: no Stateful Failover here). When B returns it joins "
              + "as standby; group 1, whose interface on A is still failed, fails over to the healthy B at once, and "
              + "group 2 (`preempt`, prefers B) returns to B.",
          List.of("51-2/1", "51-2/2"),
          q(ACTIONS, "When a unit in a failover pair fails, any active failover groups on that unit are marked as failed and "
              + "become active on the peer unit."),
          q(ACTIONS, "When the standby failover group is marked as failed, the active failover group does not attempt to fail "
              + "over, even if the interface failure threshold is surpassed.")),
      c("write_standby_with_preempt", "The seed's write standby procedure with preemption", "DebugWriteStandbyAfterFailoverActive",
          "MCdebug_WriteStandbyAfterFailoverActive.cfg",
          "As the seed advises, `failover active` is entered on the unit providing the configuration before `write "
              + "standby`, and a group that prefers the peer has `preempt`: does preemption move it back first, so that "
              + "`write standby` terminates its connections after all?",
          "No: the forced failover disarms the group's preemption, so it stays active on the unit providing the "
              + "configuration, and `write standby` terminates no connection: the connections opened through it meanwhile "
              + "are kept. The operator moves the group back afterwards (`failover active group 2` on B).",
          seedAnd(0, "preemption as a standing condition: with no delay the group returns to B before the next command, "
              + "and `write standby` terminates its connections (bug model bug_preempt_standing)", 1),
          "None from preemption: group 2's connections through A survive `write standby` (with Stateful Failover "
              + "they are also on B's standby copy). Group 2 runs on A, the unit it does not prefer, until the operator "
              + "forces it back; with Stateful Failover that move keeps the replicated connections.",
          List.of(),
          q(REPLICATION, "If there are security contexts in the active state on the peer unit, the write standby command causes "
              + "active connections through those contexts to be terminated. Use the failover active command on the unit "
              + "providing the configuration to make sure all contexts are active on that unit before entering the write "
              + "standby command."),
          q(PREEMPT, "The preempt command causes a failover group to become active on the designated unit automatically when that "
              + "unit becomes available.")),
      c("no_failover_lost_at_reload", "no failover on the standby side, not saved, then a reload", "DebugNoFailoverLostAtReload",
          "MCcorners_NoFailoverLostAtReload.cfg",
          "`no failover` is entered on the unit where group 1 is standby and not saved, and that unit then reloads: what happens?",
          "`no failover` is not replicated from the unit where group 1 is standby, so only B leaves failover: its groups "
              + "keep their states (group 2 active, group 1 standby) and A, which still runs failover, takes nothing over "
              + "while B is alive. The reload undoes the unsaved `no failover`: A takes every group over after its unit "
              + "hold time, and B boots with failover enabled, joins A as standby and takes A's running configuration.",
          seedAnd(0, "`no failover` replicated from either unit, so that both units leave failover; or the peer of a unit "
              + "with failover disabled takes its groups over after the unit hold time (both units active for the "
              + "groups that unit holds)", 13, 5),
          "While `no failover` stands on B the pair protects nothing: neither unit would take over if the other "
              + "died, and commands entered on A are not replicated to B. The reload ends it at a price: group 2, "
              + "active on B, carries no traffic from B's power-off until A's unit hold time expires (5 s here), and "
              + "its connections are lost; it returns to B by preemption as soon as B has joined. To leave failover "
              + "on both units, enter `no failover` where group 1 is active and save it.",
          List.of("51-2/1"),
          q(REPLICATION, "Commands entered in the system execution space are replicated from the unit on which failover group 1 is "
              + "in the active state to the unit on which failover group 1 is in the standby state."),
          q(REPLICATION, "To save replicated commands to flash memory on both units, use the write memory or copy "
              + "running-config startup-config command on the unit that you made the changes on."),
          q(DISABLING, "Disabling failover on an Active/Active failover pair causes the failover groups to remain in the active "
              + "state on whichever unit they are active, no matter which unit they are configured to prefer."),
          q(SYNC, "When a unit boots while the peer unit is active (with both failover groups active on it), the booting unit "
              + "contacts the active unit to obtain the running configuration regardless of the primary or secondary "
              + "designation of the booting unit.")),
      c("preempt_delay_shorter_than_hold", "A preemption delay shorter than the interface hold time",
          "DebugPreemptDelayShorterThanHold", "MCcorners_PreemptDelayShorterThanHold.cfg",
          "A group's preemption delay is shorter than its interface hold time, and its preferred unit's monitored "
              + "interface loses its link while the group waits to preempt there: does the group preempt onto that unit "
              + "before the interface is marked failed?",
          "No: the preferred unit counts as available for the group only while its interfaces of the group without link "
              + "are below the policy, marked failed or not yet. When the delay (5 s) is over the group stays on A; when "
              + "the hold time (10 s) expires, B's standby copy is marked failed. Once B's interface is back the copy "
              + "recovers to standby and the group preempts after its delay.",
          decision("only interfaces marked failed count, so the group preempts to B when its 5 s delay is over, onto an "
              + "interface that has no link, and fails back to A when the 10 s hold time marks it failed: two failovers, "
              + "each losing the group's connections", 20, 1),
          "Nothing is lost: group 2 stays on A, whose interfaces work, instead of moving to B and back. It has no "
              + "backup while B's copy is failed; when B's interface returns the copy recovers (decision 12) and group 2 "
              + "moves to B after its preemption delay.",
          List.of("51-2/3"),
          q(PREEMPT, "You can enter an optional delay value, which specifies the number of seconds the failover group remains "
              + "active on the current unit before automatically becoming active on the designated unit."),
          q(HEALTH, "If a hello packet or a successful test result is not received within the specified hold time, the interface "
              + "is marked as failed."),
          q(PREEMPT, "The preempt command causes a failover group to become active on the designated unit automatically when that "
              + "unit becomes available.")),
      c("simultaneous_boot_same_preference", "Simultaneous boot, both groups preferring one unit", "DebugSimultaneousBoot",
          "MCdebug_SimultaneousBoot.cfg",
          "Both units boot together and both groups prefer the primary unit: where do the groups become active?",
          "Both groups become active on the primary unit and standby on the secondary, which takes the primary's configuration.",
          seed(1),
          "Nothing is lost: a deliberate design. B carries no traffic while both groups run on A, which must "
              + "carry the combined traffic of both groups.",
          List.of(),
          q(PRI_SEC, "You can configure both failover groups be in the active state on a single unit in the pair, with the other "
              + "unit containing the failover groups in the standby state."),
          q(PRI_SEC, "When both units boot at the same time, each failover group becomes active on its preferred unit after the "
              + "configurations have been synchronized.")),
      c("boot_config_overwritten", "The booting unit's configuration overwritten", "DebugBootConfigOverwritten",
          "MCdebug_BootConfigOverwritten.cfg",
          "A unit boots while its peer is active, and the two running configurations differ: whose configuration survives?",
          "The active unit's: the booting unit joins as standby and replaces its running configuration with the active "
              + "unit's, whatever its own designation.",
          seed(0),
          "Every change in B's own running configuration that A does not have is gone (B's startup "
              + "configuration is not touched until `write memory`). A's changes now exist on B in running memory "
              + "only: save them with `write memory all` on the unit where group 1 is active.",
          List.of(),
          q(SYNC, "When a unit boots while the peer unit is active (with both failover groups active on it), the booting unit "
              + "contacts the active unit to obtain the running configuration regardless of the primary or secondary "
              + "designation of the booting unit.")),
      c("standby_command_lost", "A command entered on the standby side is lost", "DebugStandbyCommandLost",
          "MCdebug_StandbyCommandLost.cfg",
          "A command is typed in a context on the unit where that context is standby: what becomes of it at the next synchronisation?",
          "It is applied only there (not replicated to the active side); the next synchronisation from the active side "
              + "(here `write standby` in the context) overwrites it: the change is lost.",
          seed(0),
          "The command typed on B is silently gone from B's running configuration; nothing warns the operator. "
              + "The fix is to enter commands on the unit where the context is active (here A).",
          List.of("51-1/configuration commands"),
          q(REPLICATION, "Failure to enter the commands on the appropriate unit for command replication to occur causes the "
              + "configurations to be out of synchronization. Those changes may be lost the next time the initial configuration "
              + "synchronization occurs.")),
      c("write_standby_terminates", "write standby terminates connections on the peer", "DebugWriteStandbyTerminates",
          "MCdebug_WriteStandbyTerminates.cfg",
          "`write standby` is entered in the system space while a context is active on the peer: what happens to its connections?",
          "The peer's configuration is rewritten, and the connections through the contexts active on the peer are terminated.",
          seed(0),
          "Every connection through the contexts active on B (group 2) is terminated; group 2 stays active on "
              + "B. The seed's advice: `failover active` on A first, so that every context is active on the unit "
              + "providing the configuration.",
          List.of(),
          q(REPLICATION, "If there are security contexts in the active state on the peer unit, the write standby command causes "
              + "active connections through those contexts to be terminated.")),
      c("http_lost_at_failover", "HTTP connections lost at failover without replication http", "DebugHttpLostAtFailover",
          "MCdebug_HttpLostAtFailover.cfg",
          "A group without `replication http` carries HTTP connections when it fails over: are they kept?",
          "No: HTTP state is not replicated to the standby group without `replication http`, so the unit taking the "
              + "group over has none of those connections.",
          seed(0),
          "The HTTP connections through group 2 are dropped at the failover and the clients must retry (the "
              + "seed's reason for not replicating them); replicated TCP connections survive. `replication http` in "
              + "the group keeps them.",
          List.of(),
          q(HTTP, "Because HTTP connections are typically short-lived, and because HTTP clients typically retry failed connection "
              + "attempts, HTTP connections are not automatically included in the replicated state information.")),
      c("stale_failover", "Stateful link down, then failover", "DebugStaleFailover", "MCdebug_StaleFailover.cfg",
          "The Stateful Failover link is down when a group fails over: what happens to connections opened meanwhile?",
          "They were never replicated: the new active unit lacks them (the sessions are terminated).",
          seed(0),
          "The connections opened while the stateful link was down are terminated by the failover; the rest "
              + "survive. After the stateful link is restored, bulk replication brings the standby table up to date "
              + "again.",
          List.of("51-2/6"),
          q(ACTIONS, "State information becomes out of date, and sessions are terminated if a failover occurs.")),
      c("policy_exact_threshold_number", "interface-policy at exactly its threshold (number)", "DebugPolicyExactThreshold",
          "MCdebug_PolicyExactThresholdNum.cfg",
          "With `interface-policy 2`, exactly two monitored interfaces of the active group fail: does the group fail over?",
          "Yes: the policy is met at the threshold itself (\"meets the failover criteria\"), not only above it.",
          seedAnd(0, "strictly more failed interfaces than the threshold (Table 51-2: \"Interface failure on active "
              + "failover group above threshold\"), so that `interface-policy 2` needs three", 6),
          "Group 1 fails over as soon as the second of its monitored interfaces has been down for the "
              + "interface hold time (5 s here): its connections are lost (no Stateful Failover here); group 2 stays "
              + "where it is.",
          List.of("51-2/2"),
          q(HEALTH, "Failover occurs if the number of failed interfaces meets the failover criteria."),
          q(CRITERIA, "You can specify a specific number of interfaces or a percentage of monitored interfaces that must fail "
              + "before a failover occurs.")),
      c("policy_exact_threshold_percent", "interface-policy at exactly its threshold (percentage)", "DebugPolicyExactThreshold",
          "MCdebug_PolicyExactThresholdPct.cfg",
          "With `interface-policy 50%` and two monitored interfaces, exactly one fails: does the group fail over?",
          "Yes: one of two is 50 %, which meets the policy.",
          seedAnd(0, "strictly more than the percentage (Table 51-2: \"above threshold\"), so that `interface-policy "
              + "50%` with two monitored interfaces needs both to fail", 6),
          "Group 1 fails over as soon as one of its two monitored interfaces has been down for the interface "
              + "hold time (5 s here): its connections are lost (no Stateful Failover here).",
          List.of("51-2/2"),
          q(HEALTH, "Failover occurs if the number of failed interfaces meets the failover criteria."),
          q(CRITERIA, "You can specify a specific number of interfaces or a percentage of monitored interfaces that must fail "
              + "before a failover occurs.")),
      c("preempt_waits_for_sync", "Preemption held back until connections are replicated", "DebugPreemptWaitsForSync",
          "MCdebug_PreemptWaitsForSync.cfg",
          "With Stateful Failover, a group's preemption delay is over but its connections are not yet on the preferred unit: does it move now?",
          "Not yet: the preemption waits until the bulk replication has copied the connections to the preferred unit.",
          seedAnd(0, "preemption as a standing condition: the delay runs whenever the group is active on the other "
              + "unit and its preferred unit is a healthy standby, so a forced failover is undone after the "
              + "delay (the spec before; bug model bug_preempt_standing)", 1),
          "Nothing is lost: group 2 stays on A until B has its connection table, then moves with its "
              + "connections.",
          List.of(),
          q(PREEMPT, "If Stateful Failover is enabled, the preemption is delayed until the connections are replicated from the "
              + "unit on which the failover group is currently active.")),
      c("preempt_held_by_state_link", "Preemption held back while the stateful link is down", "DebugPreemptHeldByStateLink",
          "MCcorners_PreemptHeldByStateLink.cfg",
          "The stateful link is down when a group's preemption delay ends, and its connections are not on the preferred unit: does the group move?",
          "No: the delay is over, but the connections cannot be replicated to the preferred unit, so the group stays "
              + "active where it is; it preempts only after the stateful link is back and the bulk replication is done.",
          seedAnd(0, "preempt when the delay is over anyway, terminating the connections that were not replicated, "
              + "as a failover would (\"sessions are terminated if a failover occurs\")", 8, 1),
          "Group 2 stays on A, the unit it does not prefer, for as long as the stateful link is down: its "
              + "traffic is not interrupted, but A carries both groups. The operator repairs the stateful link (the "
              + "group then moves with its connections) or forces the group over and loses the connections not "
              + "replicated.",
          List.of("51-2/6"),
          q(PREEMPT, "If Stateful Failover is enabled, the preemption is delayed until the connections are replicated from the "
              + "unit on which the failover group is currently active."),
          q(ACTIONS, "State information becomes out of date, and sessions are terminated if a failover occurs.")),
      c("no_failover_split", "no failover with the groups split across the units", "DebugNoFailoverSplit",
          "MCdebug_NoFailoverSplit.cfg",
          "`no failover` is entered while group 1 is active on one unit and group 2 on the other: where do the groups end up?",
          "Where they are: each group stays active on its unit, and both units now run without failover.",
          seedAnd(0, "every group active on both units at once (the standby copies too)", 5),
          "The pair no longer protects anything. `no failover` entered on A, where group 1 is active, is "
              + "replicated, so both units run without failover: if a unit then dies, its active groups stay down "
              + "until `failover` is entered again on the survivor (decision 5). Unsaved, `no failover` is undone at "
              + "the next reload (decision 13).",
          List.of(),
          q(DISABLING, "Disabling failover on an Active/Active failover pair causes the failover groups to remain in the active "
              + "state on whichever unit they are active, no matter which unit they are configured to prefer.")),
      c("dual_active", "A group active on both units", "DebugDualActive", "MCdebug_DualActive.cfg",
          "What is the shortest way to a group active on both units at once?",
          "A unit with failover disabled is a standalone unit: it makes every group active although its peer holds them.",
          seedAnd(0, "a unit still negotiating its groups when failover is disabled keeps them out of service "
              + "instead of making them active; or every group active on both units for a pair that had settled", 5),
          "Both units answer for both groups' IP and MAC addresses on every data network (duplicate addresses, "
              + "traffic split at random) until `failover` is entered again on B: B then negotiates as at boot and "
              + "joins A as standby (decision 5).",
          List.of(),
          q(DISABLING, "Disabling failover on an Active/Active failover pair causes the failover groups to remain in the active "
              + "state on whichever unit they are active, no matter which unit they are configured to prefer.")),
      c("rejoin_after_link_returns", "The failover link returns while a group is active on both units", "DebugRejoin",
          "MCdebug_Rejoin.cfg",
          "The failover link comes back while groups are active on both units: which unit keeps them?",
          "The secondary unit gives up every group active on both units, as the primary wins at a simultaneous "
              + "boot. Then each scope's configuration flows from the unit where its group is active now, as "
              + "commands are replicated (the system space and group 1's contexts from the unit holding group 1).",
          decision("the secondary takes the primary's whole running configuration (bug model "
              + "bug_rejoin_from_primary); or the configurations stay apart until `write standby`", 2),
          "B's copies of both groups become standby: the connections through them on B are dropped (B's tables "
              + "are emptied and refilled from A). Changes made on B while the link was down, in scopes whose group "
              + "is now active on A, are lost.",
          List.of("51-2/5", "51-2/7"),
          q(ACTIONS, "You should restore the failover link as soon as possible because the unit cannot fail over to the standby "
              + "unit while the failover link is down."),
          q(PRI_SEC, "Determines which unit provides the running configuration to the pair when they boot simultaneously.")),
      c("rejoin_context_from_secondary", "At a rejoin, a context active on the secondary keeps its configuration",
          "DebugRejoinContextFromSecondary", "MCdebug_RejoinContextFromSecondary.cfg",
          "While the failover link is down, a command is entered in a context on the primary unit, where that context's group "
              + "is standby; then the link returns. Whose configuration of the context survives?",
          "The secondary's, where the context is active: at the rejoin each scope flows from the unit where "
              + "its group is active, so the command entered on the primary's standby copy is lost (the primary does "
              + "not impose its whole configuration).",
          seedAnd(1, "the configurations stay apart until an administrator enters `write standby`; or the secondary "
              + "takes the primary's whole configuration, contexts active on the secondary included (bug model "
              + "bug_rejoin_from_primary)", 2),
          "The command entered on A in ctx1 while the link was down is silently replaced by B's configuration "
              + "of ctx1. Enter commands on the unit where the context is active, also while the failover link is "
              + "down.",
          List.of("51-2/7", "51-1/configuration commands"),
          q(REPLICATION, "Commands entered within a security context are replicated from the unit on which the security context "
              + "appears in the active state to the peer unit."),
          q(REPLICATION, "Failure to enter the commands on the appropriate unit for command replication to occur causes the "
              + "configurations to be out of synchronization. Those changes may be lost the next time the initial configuration "
              + "synchronization occurs.")),
      c("standby_group_failed", "A standby group marked failed", "DebugStandbyMarkedFailed", "MCcorners_StandbyMarkedFailed.cfg",
          "The monitored interfaces of a standby group fail: what happens?",
          "No failover: the standby group is marked failed, the active group stays active (Table 51-2, row 3).",
          seed(0),
          "No traffic is lost (the active copy on A is healthy), but group 1 has no backup: a failure on A now "
              + "takes it down. When B's interface recovers the failed copy returns to standby by itself (decision "
              + "12); `failover reset group 1` does so too once the interface is repaired.",
          List.of("51-2/3"),
          q(ACTIONS, "When the standby failover group is marked as failed, the active failover group does not attempt to fail "
              + "over, even if the interface failure threshold is surpassed.")),
      c("interface_failover", "An interface failover", "DebugInterfaceFailover", "MCdebug_InterfaceFailover.cfg",
          "The monitored interfaces of an active group fail beyond the policy: what happens?",
          "The group fails over: marked failed on its unit, active on the peer; the other group stays where it is.",
          seed(0),
          "Group 1's connections are lost (no Stateful Failover here); group 2 is not touched. Group 1 stays "
              + "on B after A's interface recovers (Table 51-2 row 4) unless it has `preempt` and prefers A.",
          List.of("51-2/2"),
          q(OVERVIEW, "When an active failover group fails, it changes to the standby state while the standby failover group "
              + "becomes active."),
          q(ACTIONS, "For example, if you designate both failover groups as active on the primary unit, and failover group 1 fails, "
              + "then failover group 2 remains active on the primary unit while failover group 1 becomes active on the secondary unit.")),
      c("unit_failover", "A unit failure taken over by the peer", "DebugUnitFailover", "MCdebug_UnitFailover.cfg",
          "A unit fails while the failover link works: what does its peer do?",
          "It takes every group over. Here the failed unit is already rebooting: the peer hears it negotiating again and "
              + "takes over at once.",
          seedAnd(0, "the survivor waits out its unit hold time even when it hears the peer negotiating again", 10),
          "Group 1 carries no traffic from A's failure until B takes it over (here at once, because A is heard "
              + "rebooting; otherwise after B's unit hold time); its connections are lost (no Stateful Failover "
              + "here). A then joins B as standby for both groups, which stay on B unless they have `preempt`.",
          List.of("51-2/1"),
          q(ACTIONS, "When a unit in a failover pair fails, any active failover groups on that unit are marked as failed and "
              + "become active on the peer unit.")),
      c("group_recovered", "A failed group recovers", "DebugGroupRecovered", "MCdebug_GroupRecovered.cfg",
          "The interfaces of a failed group come back: does the group become active again?",
          "It returns to standby and stays there (no preemption for this group): no failover.",
          seedAnd(0, "a failed group stays failed until `failover reset`, although its interfaces are back", 12),
          "Nothing at the recovery itself; group 1 stays on B (the earlier failover cost its connections). It "
              + "returns to A only by a forced failover, or by preemption if it had `preempt`.",
          List.of("51-2/4"),
          q(ACTIONS, "Unless failover group preemption is configured, the failover groups remain active on their current unit.")),
      c("preempted", "A group preempted to its preferred unit", "DebugPreempted", "MCdebug_Preempted.cfg",
          "A group with preemption is active on the unit it does not prefer when its preferred unit becomes available "
              + "(it boots and joins, or the group there recovers): what happens?",
          "The group becomes active on its preferred unit (here at once: no delay).",
          seedAnd(0, "preemption as a standing condition: the delay runs whenever the group is active on the other "
              + "unit and its preferred unit is a healthy standby, so a forced failover is undone after the "
              + "delay (the spec before; bug model bug_preempt_standing)", 1),
          "Group 2 moves a second time, from A to B, as soon as B has joined (no delay configured): its "
              + "connections through A are lost (no Stateful Failover here). `preempt N` delays the move by N "
              + "seconds.",
          List.of(),
          q(PREEMPT, "The preempt command causes a failover group to become active on the designated unit automatically when that "
              + "unit becomes available.")),
      c("preempt_forced_failover_stays", "A forced failover of a group with preemption stays", "DebugForcedFailoverStays",
          "MCdebug_ForcedFailoverStays.cfg",
          "A group configured with `preempt` is forced away from its healthy preferred unit (`no failover active group N`, "
              + "or `failover active` on the other unit): is the failover undone after the preemption delay?",
          "No: preemption is an event, not a standing condition. It is armed when the preferred unit becomes available (it "
              + "joins, or the group there recovers or is reset) and a forced failover disarms it, so no preemption delay starts "
              + "and the group stays where it was forced until it is forced back or the preferred unit becomes available "
              + "again. The seed's own test procedure (force with `no failover active group`, restore with `failover active "
              + "group`) thus works with `preempt` configured.",
          decision("preemption as a standing condition: the delay runs whenever the group is active on the other "
              + "unit and its preferred unit is a healthy standby, so a forced failover is undone after the "
              + "delay (the spec before; bug model bug_preempt_standing)", 1),
          "Nothing beyond the forced failover's own: group 2 stays on A, where it was forced, and the operator "
              + "moves it back with `failover active group 2` on B when the test is done, as the seed's test "
              + "procedure does.",
          List.of(),
          q(PREEMPT, "The preempt command causes a failover group to become active on the designated unit automatically when that "
              + "unit becomes available."),
          q(PRI_SEC, "You configured preemption for the failover group, which causes the failover group to automatically become "
              + "active on the preferred unit when the unit becomes available."),
          q(RESTORING, "Restored units or groups remain in the standby state until made active by failover (forced or natural).")),
      c("forced_failover", "A forced failover", "DebugForcedFailover", "MCdebug_ForcedFailover.cfg",
          "What does `failover active` do on a unit where a group is standby?",
          "Every group standby on that unit becomes active there; the peer's copies become standby.",
          seed(0),
          "Group 2 moves from B to A: its connections are lost (no Stateful Failover here; with it, replicated "
              + "connections survive). Group 1 was already active on A and is not touched.",
          List.of(),
          q(FORCING, "Entering the following command in the system execution space causes all failover groups to become active:")),
      c("config_diverged", "Configurations out of sync on a working pair", "DebugConfigDiverged", "MCdebug_ConfigDiverged.cfg",
          "Can the two running configurations differ while the pair works?",
          "Yes: a command entered on the unit where its context is standby is not replicated.",
          seed(0),
          "B's change exists only on B, in running memory. It is lost at the next synchronisation from A "
              + "(`write standby`, a rejoin, or B rebooting and joining), and a failover of group 1 to B would run "
              + "the configuration A does not have.",
          List.of("51-1/configuration commands"),
          q(REPLICATION, "Commands entered within a security context are replicated from the unit on which the security context "
              + "appears in the active state to the peer unit."),
          q(REMOTE, "Do not use the failover exec command to send configuration commands to the standby unit or context; those "
              + "configuration changes are not replicated to the active unit and the two configurations will no longer be synchronized.")),
      c("stale_table", "The standby's connection table out of date", "DebugStaleTable", "MCdebug_StaleTable.cfg",
          "Can the standby's connection table lag behind the active's?",
          "Yes: with the stateful link down, new connections are not replicated.",
          seed(0),
          "Nothing yet: the connections work on A. They are terminated if group 1 fails over before the "
              + "stateful link is restored (case 22); after it is restored, bulk replication refills the standby.",
          List.of("51-2/6"),
          q(ACTIONS, "State information becomes out of date, and sessions are terminated if a failover occurs."),
          q(ASR, "Stateful Failover—Passes state information for sessions on interfaces in the active failover group to the "
              + "standby failover group.")));
}
