------------------------------ MODULE MCdebug -------------------------------
(***************************************************************************)
(* The Debug models: one MCdebug_<Name>.cfg per witness Debug<Name> of     *)
(* AAFailover.tla (a few witnesses have two cfgs).  Each witness is meant  *)
(* to FAIL: TLC's breadth-first search then prints the shortest behaviour  *)
(* reaching the corner case.  The cfgs pick the constants below so that    *)
(* the search stays small.                                                 *)
(***************************************************************************)
EXTENDS AAFailoverDebug

CONSTANTS MaxVersion,  \* bound on configuration versions
          FixFailover  \* TRUE: `failover' stays enabled on both units

MCPrefSplit    == [g \in Groups |-> IF g = 1 THEN "primary" ELSE "secondary"]
MCPrefSame     == [g \in Groups |-> "primary"]
MCPreemptOn    == [g \in Groups |-> g = 2]
MCPreemptDelay0 == [g \in Groups |-> 0]
MCPreemptDelay2 == [g \in Groups |-> IF g = 2 THEN 2 ELSE 0]
MCReplHttp     == [g \in Groups |-> g = 1]
MCMonIf0       == [g \in Groups |-> 0]
MCMonIf1       == [g \in Groups |-> 1]
MCMonIf2       == [g \in Groups |-> 2]
MCPolicyNum1   == [g \in Groups |-> [kind |-> "num", val |-> 1]]
MCPolicyNum2   == [g \in Groups |-> [kind |-> "num", val |-> 2]]
MCPolicyPct50  == [g \in Groups |-> [kind |-> "pct", val |-> 50]]
MCIfHold       == [g \in Groups |-> 1]
MCIfHold2      == [g \in Groups |-> 2]
MCPreemptDelay1 == [g \in Groups |-> IF g = 2 THEN 1 ELSE 0]
MCMonIfGroup2  == [g \in Groups |-> IF g = 2 THEN 1 ELSE 0]
MCContexts     == {"admin"}
MCCtxGroup     == [c \in MCContexts |-> 1]
MCContexts2    == {"admin", "ctx1"}
MCCtxGroup2    == [c \in MCContexts2 |-> IF c = "ctx1" THEN 2 ELSE 1]

\* Versions up to MaxVersion; no erased startup configuration (EraseStartup):
\* no witness needs a unit that cannot boot.
MCConstraint ==
    /\ \A u \in Units, s \in Scopes : running[u][s] <= MaxVersion /\ startup[u][s] \in 0..MaxVersion
    /\ \A u \in Units : flash[u] = 0
    /\ FixFailover => \A u \in Units : foEnabled[u]
\* A natural order for the shortest traces (MCdebug_<Name>.cfg files that
\* name it as ACTION_CONSTRAINT): interfaces and the stateful link fail only
\* once every unit that is on has negotiated its roles.  Breadth-first
\* search otherwise puts the failure before the units boot, where the trace
\* is just as short but reads oddly ("the interface fails, then A and B
\* boot"); with it, the same corner case is reached as an operator meets it.
NaturalOrder ==
    act'.name \in {"InterfaceDown", "StateLinkDown"} => \A u \in Units : On(u) => Settled(u)
\* For DebugStandbyFailedThenActiveFails: no interface failover of an active
\* group, so that a failed group can only be a standby group marked failed
\* (otherwise BFS finds a shorter race: a failover onto a standby whose
\* failed interfaces were not yet detected).
MCNoActiveInterfaceFailover ==
    ~(act'.name = "DetectInterfaceFailure" /\ role[act'.unit][act'.group] = "active")
=============================================================================
