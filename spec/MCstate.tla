------------------------------ MODULE MCstate ------------------------------
(***************************************************************************)
(* The state model: configuration and connection replication, checked      *)
(* exhaustively (safety and liveness).  Stateful Failover with TCP and     *)
(* HTTP connections (`replication http' in group 1 only), group 2          *)
(* preempting to the secondary B at once; configuration commands in the    *)
(* system space up to version 1; `write memory' and `write standby'.  Left *)
(* to the core model: monitored interfaces.                                *)
(***************************************************************************)
EXTENDS AAFailover

MCPref         == [g \in Groups |-> IF g = 1 THEN "primary" ELSE "secondary"]
MCPreemptOn    == [g \in Groups |-> g = 2]
MCPreemptDelay == [g \in Groups |-> 0]
MCReplHttp     == [g \in Groups |-> g = 1]
MCMonIf        == [g \in Groups |-> 0]
MCPolicy       == [g \in Groups |-> [kind |-> "num", val |-> 1]]
MCIfHold       == [g \in Groups |-> 1]
MCContexts     == {"admin"}
MCCtxGroup     == [c \in MCContexts |-> 1]

MaxVersion == 1
\* Versions up to MaxVersion in the system space, 0 in contexts; no erased
\* startup configuration (EraseStartup).  The states past that border are
\* left to simulation (`failover conform' simulates beyond the constraint):
\* with one erased scope allowed, this model passed 8,800 distinct states
\* with 4,000 more queued (7,320 states in all without).
MCConstraint ==
    /\ \A u \in Units, s \in Scopes :
         /\ running[u][s] <= (IF s = "system" THEN MaxVersion ELSE 0)
         /\ startup[u][s] \in 0..(IF s = "system" THEN MaxVersion ELSE 0)
    /\ \A u \in Units : foEnabled[u]
    /\ \A u \in Units : flash[u] = 0
=============================================================================
