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

(***************************************************************************)
(* Questions of issue 17: each witness with the order of events its        *)
(* question fixes.                                                         *)
(***************************************************************************)

\* The failover link fails only while the pair runs (both units negotiated).
LinkFailsInOperation == act'.name = "FailoverLinkDown" => \A u \in Units : Settled(u)
\* The units are first switched on together; later a unit switched off stays
\* off until its peer has taken every group over (a reload takes longer than
\* the unit hold time).
ReloadAfterTakeover ==
    act'.name = "PowerOn" /\ act'.units # Units =>
        \A u \in act'.units : \A g \in Groups : role[Peer(u)][g] = "active"
\* No forced failover (the groups move by themselves).
NoForcedFailover == act'.name \notin {"ForceActive", "ForceStandby"}
\* No `firewall' in a context (the one configuration command never replicated).
NoLocalCommand == act'.name # "LocalCommand"
\* Configuration commands are entered on the unit where their scope is
\* active, on a working pair (they are replicated); no `firewall'.
CommandsReplicated ==
    /\ act'.name = "ConfigCommand" => Paired /\ IsSource(act'.unit, act'.scope)
    /\ NoLocalCommand

\* The failover link fails during operation, then a unit reloads (it boots
\* alone: the link is still down), and the link returns: at the rejoin a
\* group is active on both units and a scope's newer configuration on one
\* unit is replaced by the other's older one.
DebugRejoinAfterReload ==
    [][~(/\ act'.name = "Rejoin"
         /\ \E g \in Groups : \A u \in Units : role[u][g] = "active"
         /\ \E u \in Units, s \in Scopes : running'[u][s] < running[u][s])]_vars
ReloadWhileLinkDown ==
    /\ LinkFailsInOperation /\ LinkLostBeforePowerOff /\ ReloadAfterTakeover
    /\ CommandsReplicated /\ NoForcedFailover

\* Both units boot together while the secondary's saved configuration is
\* newer than the primary's: the secondary takes the primary's.
DebugStalePrimaryAtSimultaneousBoot ==
    [][~(act'.name = "SimultaneousBoot"
         /\ \E s \in Scopes : running[Secondary][s] > running[Primary][s])]_vars
\* Commands and saves are entered on a working pair; no `firewall'.
CommandsOnThePair ==
    /\ act'.name \in {"ConfigCommand", "WriteMemory"} => Paired
    /\ NoLocalCommand

\* The same monitored interface fails on both units at once: both hold times
\* expire together; the standby copy is marked failed and the active copy,
\* its interfaces failed too, stays active.
DebugSameInterfaceFailsOnBoth ==
    ~(\E u \in Units, g \in Groups :
        /\ act.name = "DetectInterfaceFailure" /\ act.unit = Peer(u) /\ act.group = g
        /\ role[u][g] = "active" /\ role[Peer(u)][g] = "failed"
        /\ IfFailed(u, g) /\ IfFailed(Peer(u), g))
\* The segment fails on both units at the same instant: time passes only
\* while both units have the same interfaces without link.
SegmentDown ==
    /\ InterfacesFailWhenSettled
    /\ act'.name = "Tick" => \A g \in Groups : ifDown["A"][g] = ifDown["B"][g]

\* The active unit dies while its peer is booting and has not yet taken its
\* running configuration: the peer boots alone with its own startup
\* configuration, older than the one the dead unit had saved.
DebugActiveDiesBeforeJoin ==
    ~(act.name = "BootAlone" /\ ~On(Peer(act.unit))
      /\ \E s \in Scopes : running[act.unit][s] < startup[Peer(act.unit)][s])
\* The only power failure is that of a unit holding every group active
\* while its peer boots and hears it (the configuration replication is
\* due); commands are entered while no unit is negotiating; the
\* failover link stays up; no `firewall'.
ActiveDiesWhilePeerJoins ==
    /\ act'.name = "PowerOff" =>
         LET u == act'.unit IN
         /\ \A g \in Groups : role[u][g] = "active"
         /\ AllInit(Peer(u)) /\ Heard(Peer(u))
    /\ act'.name \in {"ConfigCommand", "WriteMemory"} => \A u \in Units : On(u) => Settled(u)
    /\ act'.name # "FailoverLinkDown" /\ NoLocalCommand

\* The seed's test procedure on a group with `preempt' and a delay: forced
\* off its preferred unit (`no failover active group N' there), it is still
\* where it was forced, no preemption waiting, when the operator restores it
\* with `failover active group N' on the preferred unit.
DebugTestProcedureWithPreempt ==
    [][~(/\ act'.name = "ForceActive" /\ act'.group # 0
         /\ act'.unit = PrefUnit(act'.group)
         /\ PreemptOn[act'.group] /\ PreemptDelay[act'.group] > 0
         /\ ~PreemptWaiting(act'.group))]_vars
\* `failover active group N' only to restore a group to its preferred unit.
RestoreOnly ==
    act'.name = "ForceActive" => act'.group # 0 /\ act'.unit = PrefUnit(act'.group)

\* `no failover' entered on the unit where group 1 is standby (so it is not
\* replicated) and not saved; that unit then reloads: it boots with failover
\* enabled again and joins its peer as standby.  (The failover link stays
\* up; failover is not entered again by hand; no forced failover.)
DebugNoFailoverLostAtReload == ~(act.name = "JoinActivePeer")
NoFailoverThenReload ==
    /\ act'.name = "DisableFailover" => role[act'.unit][1] = "standby"
    /\ act'.name # "FailoverLinkDown"
    /\ act'.name = "PowerOff" => ~foEnabled[act'.unit]
    /\ act'.name \notin {"EnableFailover", "WriteMemory"}
    /\ ReloadAfterTakeover /\ NoForcedFailover

\* The peer dies while the survivor's copy of a group is marked failed: the
\* survivor makes every group active, the failed one too (Decision at
\* DetectPeerFailure: it is the only place left for it).
DebugPeerDiesWhileFailed ==
    [][~(act'.name = "DetectPeerFailure" /\ \E g \in Groups : role[act'.unit][g] = "failed")]_vars
\* The survivor's copy is marked failed while both units run; then the peer
\* fails and stays off (the units are switched on only together, at the
\* start).
FailedBeforePeerDies ==
    /\ InterfacesFailWhenSettled
    /\ act'.name = "PowerOff" => \E g \in Groups : role[Peer(act'.unit)][g] = "failed"
    /\ act'.name = "PowerOn" => act'.units = Units

\* A preemption delay shorter than the interface hold time: the group's
\* interfaces on its preferred unit lose their link while the group waits to
\* preempt there; the delay passes without a preemption (a unit whose
\* interfaces are down is no target), and the hold time then marks the
\* preferred unit's standby copy failed.
DebugPreemptDelayShorterThanHold ==
    ~(/\ act.name = "DetectInterfaceFailure"
      /\ act.unit = PrefUnit(act.group) /\ role[act.unit][act.group] = "failed"
      /\ preemptArmed[act.group]
      /\ PreemptDelay[act.group] < IfHold[act.group])
\* The interface goes down on the group's preferred unit while the group
\* waits to preempt there; no `failover reset'.
DownWhilePreemptWaits ==
    /\ InterfacesFailWhenSettled
    /\ act'.name = "InterfaceDown" => act'.unit = PrefUnit(act'.group) /\ preemptArmed[act'.group]
    /\ act'.name # "Reset"

\* The model's constants, for the scenario the catalogue writes from each
\* trace: the line the harness reads from every TLC run (its tag, and every
\* constant of AAFailover by name).
ASSUME CornerConstants ==
  PrintT(<<"CONFORM-CONSTANTS",
           [Primary |-> Primary, Pref |-> Pref, PreemptOn |-> PreemptOn,
            PreemptDelay |-> PreemptDelay, ReplHttp |-> ReplHttp, Stateful |-> Stateful,
            MonIf |-> MonIf, Policy |-> Policy, IfHold |-> IfHold, UnitHold |-> UnitHold,
            Contexts |-> Contexts, Admin |-> Admin, CtxGroup |-> CtxGroup,
            ConnKinds |-> ConnKinds]>>)
=============================================================================
