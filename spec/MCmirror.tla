------------------------------ MODULE MCmirror ------------------------------
(***************************************************************************)
(* The mirror model: the ci model's mirror image, checked exhaustively     *)
(* (safety and liveness).  The monitored interface is in group 2 (policy:  *)
(* 1 interface) and group 1 preempts to the primary A at once; Stateful    *)
(* Failover with TCP connections through group 2.  It exercises what ci    *)
(* and state leave out: group 2's interface failures, recovery and reset,  *)
(* group 1's preemption, and group 2's bulk state sync.  Left to the other *)
(* models: configuration commands (versions held at 0), HTTP,              *)
(* `failover'/`no failover' (held enabled), the stateful link's failure    *)
(* (held up), and group 1's connections (state).  Its holds are longer     *)
(* than a tick (unit 2, group 2's interfaces 3), so conformance checks the *)
(* engine's timing at more than one tick.                                  *)
(***************************************************************************)
EXTENDS AAFailover

MCPref         == [g \in Groups |-> IF g = 1 THEN "primary" ELSE "secondary"]
MCPreemptOn    == [g \in Groups |-> g = 1]
MCPreemptDelay == [g \in Groups |-> 0]
MCReplHttp     == [g \in Groups |-> FALSE]
MCMonIf        == [g \in Groups |-> IF g = 2 THEN 1 ELSE 0]
MCPolicy       == [g \in Groups |-> [kind |-> "num", val |-> 1]]
MCIfHold       == [g \in Groups |-> IF g = 2 THEN 3 ELSE 1]
MCContexts     == {"admin"}
MCCtxGroup     == [c \in MCContexts |-> 1]

\* Configuration versions held at 0, failover enabled on both units, the
\* stateful link up, and no connections through group 1.
MCConstraint ==
    /\ \A u \in Units, s \in Scopes : running[u][s] = 0 /\ startup[u][s] = 0
    /\ \A u \in Units : flash[u] = 0
    /\ \A u \in Units : foEnabled[u]
    /\ stLink = "up"
    /\ \A u \in Units : conns[u][1] = {}
=============================================================================
