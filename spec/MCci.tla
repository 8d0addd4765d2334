------------------------------- MODULE MCci --------------------------------
(***************************************************************************)
(* The ci model: the failover core, checked exhaustively (safety and       *)
(* liveness) on every build.  Both groups (group 1 prefers the primary A,  *)
(* group 2 the secondary B, with preemption after a delay of 1 tick), one  *)
(* monitored interface in group 1 (policy: 1 interface), unit and          *)
(* interface hold times of 1 tick; power, simultaneous boot, the failover  *)
(* link, interfaces, forced failover and failover reset.  Left to the      *)
(* other models: configuration commands (versions held at 0), Stateful     *)
(* Failover and traffic, and `failover'/`no failover' (held enabled).      *)
(***************************************************************************)
EXTENDS AAFailover

MCPref         == [g \in Groups |-> IF g = 1 THEN "primary" ELSE "secondary"]
MCPreemptOn    == [g \in Groups |-> g = 2]
MCPreemptDelay == [g \in Groups |-> IF g = 2 THEN 1 ELSE 0]
MCReplHttp     == [g \in Groups |-> FALSE]
MCMonIf        == [g \in Groups |-> IF g = 1 THEN 1 ELSE 0]
MCPolicy       == [g \in Groups |-> [kind |-> "num", val |-> 1]]
MCIfHold       == [g \in Groups |-> 1]
MCContexts     == {"admin"}
MCCtxGroup     == [c \in MCContexts |-> 1]

\* Configuration versions are unbounded in the spec; here held at 0, and
\* failover stays enabled on both units.
MCConstraint ==
    /\ \A u \in Units, s \in Scopes : running[u][s] = 0 /\ startup[u][s] = 0
    /\ \A u \in Units : flash[u] = 0
    /\ \A u \in Units : foEnabled[u]
=============================================================================
