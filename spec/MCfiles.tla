------------------------------- MODULE MCfiles -------------------------------
(***************************************************************************)
(* The files model: the flash file system commands (`delete', `mkdir',     *)
(* `rename', `rmdir'), checked exhaustively (safety and liveness).  Flash  *)
(* versions up to 1 on each unit; group 1 prefers the primary A, group 2   *)
(* the secondary B with preemption at once; power, simultaneous boot, the  *)
(* failover link (dual active and rejoin), forced failover, so that a file *)
(* command meets group 1 active, standby, and a pair that is not paired.   *)
(* Left to the other models: configuration commands (versions held at 0),  *)
(* monitored interfaces, Stateful Failover and traffic, and `failover'/    *)
(* `no failover' (held enabled).                                           *)
(***************************************************************************)
EXTENDS AAFailover

MCPref         == [g \in Groups |-> IF g = 1 THEN "primary" ELSE "secondary"]
MCPreemptOn    == [g \in Groups |-> g = 2]
MCPreemptDelay == [g \in Groups |-> 0]
MCReplHttp     == [g \in Groups |-> FALSE]
MCMonIf        == [g \in Groups |-> 0]
MCPolicy       == [g \in Groups |-> [kind |-> "num", val |-> 1]]
MCIfHold       == [g \in Groups |-> 1]
MCContexts     == {"admin"}
MCCtxGroup     == [c \in MCContexts |-> 1]

\* Flash versions up to 1 (a file command on one unit, or replicated to
\* both); configuration versions held at 0; failover stays enabled.
MCConstraint ==
    /\ \A u \in Units, s \in Scopes : running[u][s] = 0 /\ startup[u][s] = 0
    /\ \A u \in Units : flash[u] <= 1
    /\ \A u \in Units : foEnabled[u]
=============================================================================
