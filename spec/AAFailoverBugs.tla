---------------------------- MODULE AAFailoverBugs ---------------------------
(***************************************************************************)
(* Deliberate, realistic mistakes, for the proofs that the checks bite:    *)
(* each bug model (MCbug.tla, MCbug_<name>.cfg) overrides the operators of *)
(* ONE bug here in its cfg (`Armable <- BugPreemptAlwaysArmable'), and the *)
(* harness builds the engine with the same mistake.  The wrong operator    *)
(* Bug<Name><Op> replaces the protocol's operator <Op> of AAFailover.tla;  *)
(* the overrides of bug <Name> are exactly the operators named so here (a  *)
(* test checks each bug cfg against them).  Each body uses only what       *)
(* AAFailover defines before <Op>, so that it can also stand in <Op>'s     *)
(* place in a copy of the spec (`play --validate --spec-bug').             *)
(***************************************************************************)
EXTENDS AAFailover

Bugs == {"none",
         "PreemptIgnoresFailed",    \* Preempt moves a group onto a unit where it is failed
         "LinkLossIsPeerDeath",     \* failover link loss taken for the death of the peer
         "ReplicateFromStandby",    \* commands replicated from the unit where the scope is standby
         "BootIgnoresActivePeer",   \* a booting unit goes active although it hears an active peer
         "FailoverToFailedStandby", \* an active group fails over onto a failed standby group
         "HttpAlwaysReplicated",    \* HTTP connections replicated without `replication http'
         "PreemptBeforeSync",       \* preemption does not wait for connection replication
         "PreemptAlways",           \* groups preempt although `preempt' is not configured
         "NoBulkSync",              \* the connection table is never bulk-copied to a standby
         "PeerDeathNeedsLink",      \* a dead peer is not detected while the failover link is down
         "PreemptStanding",         \* preemption a standing condition: a forced failover is undone
         "RejoinFromPrimary"}       \* at rejoin the secondary takes the primary's whole configuration

\* PreemptIgnoresFailed: the preferred unit is a target of preemption where the group is failed ...
BugPreemptIgnoresFailedPreemptTarget(g) == role[PrefUnit(g)][g] \in {"standby", "failed"}
\* ... and counts as available although its interfaces of the group meet the policy.
BugPreemptIgnoresFailedPrefAvailable(g) == TRUE

\* LinkLossIsPeerDeath: a failover link that is down is taken for a dead peer.
BugLinkLossIsPeerDeathPeerGone(u) == ~On(Peer(u)) \/ foLink = "down"

\* ReplicateFromStandby: a command is replicated from whichever unit it is entered on.
BugReplicateFromStandbyReplicatesFrom(u, s) == TRUE

\* BootIgnoresActivePeer: a booting unit waits its hold time and goes active even when it hears a peer.
BugBootIgnoresActivePeerBootWaits(u) == TRUE

\* FailoverToFailedStandby: an active group also fails over onto a peer where the group is failed.
BugFailoverToFailedStandbyFailoverTarget(u, g) ==
    \/ /\ role[Peer(u)][g] = "standby"
       /\ ~IfDownMeets(Peer(u), g) \/ Reading("InterfaceFailoverTarget", "anyStandby")
    \/ role[Peer(u)][g] = "failed"

\* HttpAlwaysReplicated: HTTP connections are replicated without `replication http'.
BugHttpAlwaysReplicatedConnReplicated(g, k) == TRUE

\* PreemptBeforeSync: a preemption does not wait for the connection replication.
BugPreemptBeforeSyncPreemptWaitsForSync == FALSE

\* PreemptAlways: every group is armed for preemption, `preempt' configured or not.
BugPreemptAlwaysArmable(g) == TRUE

\* NoBulkSync: the active unit never bulk-copies its connection table to the standby.
BugNoBulkSyncBulkCopies == FALSE

\* PeerDeathNeedsLink: a dead peer is not detected while the failover link is down.
BugPeerDeathNeedsLinkDeathNeedsLink == TRUE

\* PreemptStanding: preemption is due whenever the group is away from its preferred unit.
BugPreemptStandingPreemptDue(g) == TRUE

\* RejoinFromPrimary: after a dual-active group is resolved, the secondary takes the primary's
\* whole running configuration, contexts active on the secondary included.
BugRejoinFromPrimaryRejoinConfig(r, dual) ==
    IF dual # {} THEN [running EXCEPT ![Secondary] = running[Primary]] ELSE running
=============================================================================
