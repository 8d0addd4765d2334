------------------------------- MODULE MCfull -------------------------------
(***************************************************************************)
(* The full model: every feature at once.  Group 1 (admin context) prefers *)
(* the primary A, two monitored interfaces, policy 50%, `replication       *)
(* http'; group 2 (context ctx1) prefers the secondary B, preemption after *)
(* 1 tick, one monitored interface, policy 1 interface, no HTTP            *)
(* replication.  Stateful Failover with TCP and HTTP connections;          *)
(* configuration commands in every scope up to version 1 (not the commands *)
(* Table 51-1 does not replicate); `failover'/`no failover'.  Unit hold 1  *)
(* tick, interface hold 1 tick.  The state space is bounded by the depth   *)
(* of the breadth-first search (MaxDepth steps from the initial state):    *)
(* every behaviour of at most MaxDepth steps is checked against every      *)
(* invariant and action property.                                          *)
(***************************************************************************)
EXTENDS AAFailover

CONSTANTS MaxVersion, MaxDepth

MCPref         == [g \in Groups |-> IF g = 1 THEN "primary" ELSE "secondary"]
MCPreemptOn    == [g \in Groups |-> g = 2]
MCPreemptDelay == [g \in Groups |-> IF g = 2 THEN 1 ELSE 0]
MCReplHttp     == [g \in Groups |-> g = 1]
MCMonIf        == [g \in Groups |-> IF g = 1 THEN 2 ELSE 1]
MCPolicy       == [g \in Groups |-> IF g = 1 THEN [kind |-> "pct", val |-> 50]
                                    ELSE [kind |-> "num", val |-> 1]]
MCIfHold       == [g \in Groups |-> 1]
MCContexts     == {"admin", "ctx1"}
MCCtxGroup     == [c \in MCContexts |-> IF c = "admin" THEN 1 ELSE 2]

MCConstraint ==
    /\ \A u \in Units, s \in Scopes : running[u][s] <= MaxVersion /\ startup[u][s] <= MaxVersion
    /\ \A u \in Units : flash[u] = 0
    /\ TLCGet("level") < MaxDepth

\* The commands Table 51-1 does not replicate (LocalCommand, EraseStartup)
\* are left to the state model, which checks them exhaustively with every
\* property: here they add configuration versions to every state and multiply
\* the bounded search (an earlier form of EraseStartup passed 740,000
\* distinct states at depth 9, 570,000 more queued, against 906,498 in all).
MCActionConstraint == act'.name \notin {"LocalCommand", "EraseStartup"}
=============================================================================
