--------------------------- MODULE AAFailoverDebug ---------------------------
(***************************************************************************)
(* The reachability witnesses of AAFailover, apart from the protocol: each  *)
(* Debug<Name> is meant to FAIL, and TLC's counterexample (shortest, by     *)
(* breadth-first search) shows how the pair reaches the corner case it     *)
(* names.  The Debug models (MCdebug.tla with MCdebug_<Name>.cfg) and the   *)
(* corner-case catalogue (MCcorners.tla, docs/corner-cases.md) check them:  *)
(* state predicates as INVARIANTs, the [][..]_vars ones as PROPERTYs.      *)
(***************************************************************************)
EXTENDS AAFailover

\* Some group active on both units.
DebugDualActive == ~(\E g \in Groups : \A u \in Units : role[u][g] = "active")

\* Failover link down at startup: both groups active on both units.
DebugDualActiveAtStartup ==
    ~(foLink = "down" /\ \A u \in Units, g \in Groups : role[u][g] = "active")

\* Dual active resolved when the failover link returns.
DebugRejoin ==
    [][~(act'.name = "Rejoin" /\ \E g \in Groups : \A u \in Units : role[u][g] = "active")]_vars

\* At a rejoin, a context whose group stays active on the secondary unit
\* differs between the units: its configuration flows from the secondary.
DebugRejoinContextFromSecondary ==
    [][~(act'.name = "Rejoin" /\ \E s \in Scopes :
           role'[Secondary][ScopeGroup(s)] = "active" /\ running[Secondary][s] # running[Primary][s])]_vars

\* A group configured with `preempt' forced away from its healthy preferred
\* unit: it stays there (no preemption delay starts) until the preferred unit
\* becomes available again.
DebugForcedFailoverStays ==
    ~(\E g \in Groups :
        /\ act.name \in {"ForceActive", "ForceStandby"}
        /\ PreemptOn[g] /\ Paired
        /\ role[Peer(PrefUnit(g))][g] = "active" /\ role[PrefUnit(g)][g] = "standby"
        /\ ~IfDownMeets(PrefUnit(g), g))

\* The failover link lost during operation, then the peer really fails: the
\* survivor takes over although the failover link is down.
DebugLinkDownPeerFailure == ~(act.name = "DetectPeerFailure" /\ foLink = "down")

\* The failover link lost during operation, then the active group's
\* interfaces fail: its hold time has expired, yet no failover is possible.
DebugLinkDownInterfaceFailure ==
    ~(\E u \in Units, g \in Groups :
        /\ foLink = "down" /\ role[u][g] = "active" /\ role[Peer(u)][g] = "standby"
        /\ IfFailed(u, g))

\* A standby group marked failed.
DebugStandbyGroupFailed ==
    ~(\E u \in Units, g \in Groups : role[u][g] = "failed" /\ role[Peer(u)][g] = "active")

\* Standby group failed, then the active group's interfaces fail too: their
\* hold time expires (this Tick) with the standby already failed, and the
\* active group stays active.
DebugStandbyFailedThenActiveFails ==
    ~(\E u \in Units, g \in Groups :
        /\ act.name = "Tick"
        /\ role[u][g] = "active" /\ role[Peer(u)][g] = "failed"
        /\ IfFailed(u, g))

\* The active group's interface hold time has expired (this Tick) while the
\* standby's same interfaces fail too, not yet marked failed: no failover
\* (Decision at DetectInterfaceFailure).
DebugNoFailoverOntoFailingStandby ==
    ~(\E u \in Units, g \in Groups :
        /\ act.name = "Tick" /\ Paired
        /\ role[u][g] = "active" /\ role[Peer(u)][g] = "standby"
        /\ IfFailed(u, g)
        /\ IfDownMeets(Peer(u), g))

\* An interface failover (Table 51-2, row 2).
DebugInterfaceFailover ==
    ~(act.name = "DetectInterfaceFailure" /\ role[act.unit][act.group] = "failed"
      /\ role[Peer(act.unit)][act.group] = "active")

\* The failed interfaces exactly at the interface-policy threshold trigger a
\* failover (the cfg picks a number or a percentage policy).
DebugPolicyExactThreshold ==
    ~(act.name = "DetectInterfaceFailure"
      /\ IfMarked(act.unit, act.group) = FailThreshold(act.group)
      /\ role[Peer(act.unit)][act.group] = "active")

\* A unit failure taken over by the peer (Table 51-2, row 1).
DebugUnitFailover == ~(act.name = "DetectPeerFailure" /\ foLink = "up")

\* A failed group recovered to standby.
DebugGroupRecovered == ~(act.name = "GroupRecover")

\* A group preempted to its preferred unit.
DebugPreempted == ~(act.name = "Preempt")

\* A preemption delay running, then interrupted before it expired.
DebugPreemptInterrupted ==
    [][~(\E g \in Groups : preemptTimer[g] > 0 /\ preemptTimer'[g] = 0
                           /\ act'.name # "Preempt")]_vars

\* Preemption right after `failover reset group N' returned group N to
\* standby on its preferred unit (the cfg uses no preemption delay).
DebugPreemptAfterReset ==
    [][~(act.name = "Reset" /\ act'.name = "Preempt" /\ act.group = act'.group)]_vars

\* Preemption held back: the delay has expired but the connections are not
\* yet replicated to the preferred unit.
DebugPreemptWaitsForSync ==
    ~(\E g \in Groups :
        /\ PreemptWaiting(g) /\ preemptTimer[g] >= PreemptDelay[g]
        /\ conns[PrefUnit(g)][g] # Replicable(g, conns[Peer(PrefUnit(g))][g]))

\* A simultaneous boot (with both groups preferring one unit, the cfg's
\* choice, both end up active on that unit).
DebugSimultaneousBoot == ~(act.name = "SimultaneousBoot")

\* A forced failover.
DebugForcedFailover == ~(act.name \in {"ForceActive", "ForceStandby"})

\* The booting unit's configuration overwritten by the active unit's.
DebugBootConfigOverwritten ==
    [][~(act'.name = "JoinActivePeer" /\ running[act'.unit] # running'[act'.unit])]_vars

\* A command entered on the standby side lost at the next synchronisation:
\* the newer version of a scope on a unit where the scope is standby replaced
\* by the active side's older one.
DebugStandbyCommandLost ==
    [][~(\E u \in Units, s \in Scopes :
           /\ On(u) /\ On(u)' /\ role[u][ScopeGroup(s)] = "standby"
           /\ running'[u][s] < running[u][s])]_vars

\* Configurations out of sync on a working pair.
DebugConfigDiverged == ~(Paired /\ running["A"] # running["B"])

\* `write standby' terminating connections through contexts active on the peer.
DebugWriteStandbyTerminates ==
    [][~(act'.name = "WriteStandby" /\ \E u \in Units, g \in Groups :
           conns[u][g] # {} /\ conns'[u][g] = {})]_vars

\* HTTP connections lost at failover without `replication http'.
DebugHttpLostAtFailover ==
    [][~(\E u \in Units, g \in Groups :
           role[u][g] = "active" /\ role'[u][g] # "active" /\ "http" \in conns[u][g]
           /\ ~ReplHttp[g]
           /\ \E v \in Units : role'[v][g] = "active" /\ "http" \notin conns'[v][g])]_vars

\* Stateful link down, then failover: a connection of the old active is
\* missing on the new one.
DebugStaleFailover ==
    [][~(stLink = "down" /\ \E u \in Units, g \in Groups :
           role[u][g] = "active" /\ role'[u][g] # "active"
           /\ \E v \in Units : v # u /\ role'[v][g] = "active"
                               /\ ~(conns[u][g] \subseteq conns'[v][g]))]_vars

\* The standby's connection table out of date while the failover link works
\* (so that the cause is the stateful link, not a split pair).
DebugStaleTable ==
    ~(\E u \in Units, g \in Groups :
        foLink = "up" /\ role[u][g] = "active" /\ role[Peer(u)][g] = "standby"
        /\ conns[Peer(u)][g] # Replicable(g, conns[u][g]))

\* `no failover' with the groups split across the units.
DebugNoFailoverSplit ==
    ~(/\ \A u \in Units : On(u) /\ ~foEnabled[u]
      /\ \E g \in Groups : role[Primary][g] = "active" /\ role[Secondary][g] # "active"
      /\ \E g \in Groups : role[Secondary][g] = "active" /\ role[Primary][g] # "active")
\* The seed's `write standby' procedure with `preempt' configured: `failover
\* active' on the unit providing the configuration makes every group active
\* there, a group that prefers the peer and preempts stays (a forced failover
\* disarms preemption), and `write standby' in the system space keeps its
\* connections.
DebugWriteStandbyAfterFailoverActive ==
    [][~(/\ act'.name = "WriteStandby" /\ act'.scope = "system"
         /\ \A g \in Groups : role[act'.unit][g] = "active"
         /\ \E g \in Groups : /\ PreemptOn[g] /\ PrefUnit(g) = Peer(act'.unit)
                              /\ conns'[act'.unit][g] # {})]_vars

=============================================================================
