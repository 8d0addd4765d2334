------------------------------- MODULE MCbug --------------------------------
(***************************************************************************)
(* The bug models: the spec with ONE deliberate, realistic mistake.  Each  *)
(* MCbug_<name>.cfg overrides protocol operators of AAFailover.tla with    *)
(* the wrong ones of one bug of AAFailoverBugs.tla (for instance           *)
(* `Armable <- BugPreemptAlwaysArmable'), names that bug in the constant   *)
(* Bug (the harness builds the engine with the same mistake and labels    *)
(* its traces with it; a test checks that the overrides are exactly the   *)
(* bug's operators), and checks every invariant and the property expected *)
(* to catch the mistake; TLC must report exactly that property.            *)
(* Group 1 prefers the primary A (no preemption, `replication http'),      *)
(* group 2 the secondary B (preemption, no delay, no HTTP replication);    *)
(* MaxVersion bounds the configuration versions.                           *)
(***************************************************************************)
EXTENDS AAFailoverBugs

CONSTANTS MaxVersion, \* bound on configuration versions
          MaxFlash,   \* bound on flash versions (file commands)
          Bug         \* the name of the bug whose operators the cfg overrides

ASSUME BugType == Bug \in Bugs

MCPref         == [g \in Groups |-> IF g = 1 THEN "primary" ELSE "secondary"]
MCPreemptOn    == [g \in Groups |-> g = 2]
MCPreemptDelay == [g \in Groups |-> 0]
MCReplHttp     == [g \in Groups |-> g = 1]
MCMonIf1       == [g \in Groups |-> 1]
MCMonIf0       == [g \in Groups |-> 0]
MCPolicy       == [g \in Groups |-> [kind |-> "num", val |-> 1]]
MCIfHold       == [g \in Groups |-> 1]
MCContexts     == {"admin"}
MCCtxGroup     == [c \in MCContexts |-> 1]
\* A second context, in group 2 (for bugs of context replication).
MCContexts2    == {"admin", "ctx1"}
MCCtxGroup2    == [c \in MCContexts2 |-> IF c = "ctx1" THEN 2 ELSE 1]

\* Versions up to MaxVersion in the system space and group 2's contexts, 0 in
\* group 1's contexts; no erased
\* startup configuration (EraseStartup).  The states past that border are
\* left to simulation (`failover conform' simulates beyond the constraint).
MCConstraint ==
    /\ \A u \in Units, s \in Scopes :
         /\ running[u][s] <= (IF ScopeGroup(s) = 2 \/ s = "system" THEN MaxVersion ELSE 0)
         /\ startup[u][s] \in 0..(IF ScopeGroup(s) = 2 \/ s = "system" THEN MaxVersion ELSE 0)
    /\ \A u \in Units : foEnabled[u]
    /\ \A u \in Units : flash[u] <= MaxFlash
=============================================================================
