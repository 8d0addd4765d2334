------------------------------ MODULE MCpolicy ------------------------------
(***************************************************************************)
(* The policy model: the ci model with monitored interfaces in both        *)
(* groups and percentage interface policies, checked exhaustively (safety  *)
(* and liveness).  Two monitored interfaces a group; group 1's policy is   *)
(* 50% (one interface of two: the threshold met exactly), group 2's is 60% *)
(* (both interfaces: one is below it); group 1 preempts to the primary A   *)
(* at once.  It exercises what ci, state and mirror leave out: the         *)
(* percentage form of `interface-policy', both groups failed at once (so   *)
(* `failover reset group' must leave the other group failed), and a group  *)
(* whose interfaces are down but below the policy.  Left to the other      *)
(* models: configuration commands (versions held at 0), Stateful Failover  *)
(* and traffic, and `failover'/`no failover' (held enabled).               *)
(***************************************************************************)
EXTENDS AAFailover

MCPref         == [g \in Groups |-> IF g = 1 THEN "primary" ELSE "secondary"]
MCPreemptOn    == [g \in Groups |-> g = 1]
MCPreemptDelay == [g \in Groups |-> 0]
MCReplHttp     == [g \in Groups |-> FALSE]
MCMonIf        == [g \in Groups |-> 2]
MCPolicy       == [g \in Groups |-> [kind |-> "pct", val |-> IF g = 1 THEN 50 ELSE 60]]
MCIfHold       == [g \in Groups |-> 1]
MCContexts     == {"admin"}
MCCtxGroup     == [c \in MCContexts |-> 1]

\* Configuration versions held at 0, failover enabled on both units, and
\* only A's interfaces fail: the policy is the same on both units, and
\* with B's interfaces failing too the model has 45,961 distinct states
\* (10 min with its liveness check, measured), too many for exhaustive
\* conformance.  `failover reset' entered on B still resets A's failed
\* groups over the failover link.  Simulation (beyond the constraint)
\* fails B's interfaces too.
MCConstraint ==
    /\ \A u \in Units, s \in Scopes : running[u][s] = 0 /\ startup[u][s] = 0
    /\ \A u \in Units : flash[u] = 0
    /\ \A u \in Units : foEnabled[u]
    /\ \A g \in Groups : ifDown["B"][g] = 0
=============================================================================
