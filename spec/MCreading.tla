------------------------------ MODULE MCreading ------------------------------
(***************************************************************************)
(* The reading models: the spec under one alternative reading of a        *)
(* decision where the seed is silent or torn (see Readings in              *)
(* AAFailover.tla).  Each MCreading_<name>.cfg overrides the definition    *)
(* Readings with one of the MCReadings... below and checks every           *)
(* invariant and property; the manifest records whether they all hold     *)
(* under that reading, or which one breaks first.  The models are the bug  *)
(* models' small pair (group 1 prefers the primary A, no preemption,       *)
(* `replication http'; group 2 the secondary B, preemption, no delay),     *)
(* with what the reading needs to matter.                                  *)
(***************************************************************************)
EXTENDS AAFailover

CONSTANTS MaxVersion, \* bound on configuration versions
          MaxFlash    \* bound on flash versions (file commands)

\* One alternative reading, the others chosen.
ReadingAlt(n, v) == [ChosenReadings EXCEPT ![n] = v]
MCReadingsPreemptionStanding      == ReadingAlt("Preemption", "standing")
MCReadingsRejoinConfigFromPrimary == ReadingAlt("RejoinConfig", "fromPrimary")
MCReadingsInterfaceFailoverAnyStandby == ReadingAlt("InterfaceFailoverTarget", "anyStandby")
MCReadingsNoFailoverAllActive     == ReadingAlt("NoFailover", "allActive")
MCReadingsThresholdAbove          == ReadingAlt("Threshold", "above")
MCReadingsPreemptStateLinkProceed == ReadingAlt("PreemptStateLinkDown", "proceed")
MCReadingsPeerDeathUndetected     == ReadingAlt("PeerDeathLinkDown", "undetected")
MCReadingsNegotiatingAddressesStandby == ReadingAlt("NegotiatingAddresses", "standby")
MCReadingsNoLinkNever             == ReadingAlt("NoLink", "never")

MCPref         == [g \in Groups |-> IF g = 1 THEN "primary" ELSE "secondary"]
MCPreemptOn    == [g \in Groups |-> g = 2]
MCPreemptDelay == [g \in Groups |-> 0]
MCReplHttp     == [g \in Groups |-> g = 1]
MCMonIf0       == [g \in Groups |-> 0]
\* One monitored interface in each group.
MCMonIf1       == [g \in Groups |-> 1]
\* Two monitored interfaces in group 1, policy one interface: "meets" fails
\* the group with one, "above" with two.
MCMonIf2       == [g \in Groups |-> IF g = 1 THEN 2 ELSE 0]
MCPolicy       == [g \in Groups |-> [kind |-> "num", val |-> 1]]
MCIfHold       == [g \in Groups |-> 1]
MCContexts     == {"admin"}
MCCtxGroup     == [c \in MCContexts |-> 1]
MCContexts2    == {"admin", "ctx1"}
MCCtxGroup2    == [c \in MCContexts2 |-> IF c = "ctx1" THEN 2 ELSE 1]

\* As MCbug's constraint: versions up to MaxVersion in the system space and
\* group 2's contexts, 0 in group 1's; flash up to MaxFlash.
MCVersions ==
    /\ \A u \in Units, s \in Scopes :
         /\ running[u][s] <= (IF ScopeGroup(s) = 2 \/ s = "system" THEN MaxVersion ELSE 0)
         /\ startup[u][s] \in 0..(IF ScopeGroup(s) = 2 \/ s = "system" THEN MaxVersion ELSE 0)
    /\ \A u \in Units : flash[u] <= MaxFlash
\* Failover held enabled.
MCConstraint == MCVersions /\ \A u \in Units : foEnabled[u]
\* `failover' and `no failover' free (reading NoFailover).
MCConstraintFo == MCVersions
=============================================================================
