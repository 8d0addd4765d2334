------------------------------ MODULE MCcorners ------------------------------
(***************************************************************************)
(* The corner-case catalogue (`./failover corners', docs/corner-cases.md)  *)
(* runs TLC on this module with the cfgs of the Debug models               *)
(* (MCdebug_<Name>.cfg): it is MCdebug, plus one line of output giving the *)
(* model's constants, from which the catalogue writes the scenario that    *)
(* replays each counterexample on the engine.                              *)
(***************************************************************************)
EXTENDS MCdebug

(***************************************************************************)
(* Corner cases that need an order of events the witnesses of AAFailover   *)
(* do not pin down.  The cfgs MCcorners_<Name>.cfg add an ACTION_CONSTRAINT *)
(* that keeps the environment to the order the question asks about; every  *)
(* behaviour found is still a behaviour of the spec.                       *)
(***************************************************************************)

\* The standby copy of a group is already failed when the active copy's
\* interface hold time expires: the active group stays active.
DebugActiveFailsAfterStandbyFailed ==
    [][~(\E u \in Units, g \in Groups :
           /\ role[u][g] = "active" /\ role[Peer(u)][g] = "failed"
           /\ ~IfFailed(u, g) /\ IfFailed(u, g)')]_vars

\* Failover link down at startup, both units running failover: both groups
\* active on both units.  (AAFailover's DebugDualActiveAtStartup is also
\* reached by `no failover' on one unit, which is another corner case.)
DebugDualActiveAtStartupWithFailover ==
    ~(/\ foLink = "down" /\ \A u \in Units : foEnabled[u]
      /\ \A u \in Units, g \in Groups : role[u][g] = "active")

\* A standby group marked failed (AAFailover's DebugStandbyGroupFailed is
\* also reached by an interface failover, which marks the active copy failed).
DebugStandbyMarkedFailed ==
    [][~(\E u \in Units, g \in Groups : role[u][g] = "standby" /\ role'[u][g] = "failed")]_vars

\* Interfaces fail only on units that have negotiated their roles.
InterfacesFailWhenSettled == act'.name = "InterfaceDown" => Settled(act'.unit)

\* Only standby groups are marked failed (no interface failover): the
\* standby copy must fail before the active one.
StandbyFailsFirst ==
    /\ InterfacesFailWhenSettled
    /\ act'.name = "DetectInterfaceFailure" => role[act'.unit][act'.group] = "standby"

\* A unit fails only after the failover link has failed.
LinkLostBeforePowerOff == act'.name = "PowerOff" => foLink = "down"

\* `failover reset' is entered only after the interfaces are repaired.
ResetAfterRepair ==
    /\ InterfacesFailWhenSettled
    /\ act'.name = "Reset" => \A u \in Units, g \in Groups : ~IfDownMeets(u, g)

\* Preemption held back by a stateful link that is down: the delay has
\* expired, the connections are not on the preferred unit, and they cannot
\* get there.
DebugPreemptHeldByStateLink ==
    ~(\E g \in Groups :
        /\ stLink = "down"
        /\ PreemptWaiting(g) /\ preemptTimer[g] >= PreemptDelay[g]
        /\ conns[PrefUnit(g)][g] # Replicable(g, conns[Peer(PrefUnit(g))][g]))

\* The model's constants, for the scenario the catalogue writes from each
\* trace: the line the harness reads from every TLC run (its tag, and every
\* constant of AAFailover by name).
ASSUME CornerConstants ==
  PrintT(<<"CONFORM-CONSTANTS",
           [Primary |-> Primary, Pref |-> Pref, PreemptOn |-> PreemptOn,
            PreemptDelay |-> PreemptDelay, ReplHttp |-> ReplHttp, Stateful |-> Stateful,
            MonIf |-> MonIf, Policy |-> Policy, IfHold |-> IfHold, UnitHold |-> UnitHold,
            Contexts |-> Contexts, Admin |-> Admin, CtxGroup |-> CtxGroup,
            ConnKinds |-> ConnKinds, Bug |-> Bug]>>)
=============================================================================
