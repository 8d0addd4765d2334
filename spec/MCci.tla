------------------------------- MODULE MCci --------------------------------
(* The ci model: both groups, preemption with a delay on group 2, Stateful  *)
(* Failover with TCP connections, one monitored interface in group 1, the   *)
(* system space and the admin context at configuration versions 0..1.      *)
(* Checked exhaustively (safety and liveness) in CI.                       *)
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

\* Configuration versions are unbounded in the spec; here at most MaxVersion.
MaxVersion == 0
MCConstraint ==
    /\ \A u \in Units, s \in Scopes : running[u][s] <= MaxVersion /\ startup[u][s] <= MaxVersion
    /\ \A u \in Units : foEnabled[u]
=============================================================================
