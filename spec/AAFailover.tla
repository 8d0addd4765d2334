----------------------------- MODULE AAFailover -----------------------------
(***************************************************************************)
(* Active/Active failover of a Cisco ASA pair, after the seed chapter      *)
(* "Configuring Active/Active Failover" (Cisco ASA 5500 configuration      *)
(* guide, chapter 51).  Quotes in comments are the seed's own words.        *)
(*                                                                         *)
(* Two units (boxes) "A" and "B", one of them the primary unit, and two    *)
(* failover groups 1 and 2 of security contexts.  "Interface failure       *)
(* monitoring, failover, and active/standby status are all attributes of a *)
(* failover group rather than the unit."                                   *)
(*                                                                         *)
(* The spec is written as: environment actions (what a person or the      *)
(* world does: power, cables, commands, traffic, the passing of time) and  *)
(* the pair's own steps (boot negotiation, failure detection, recovery,    *)
(* state synchronisation, preemption).  Every action sets the history      *)
(* variable act to a record naming the action and its parameters.          *)
(*                                                                         *)
(* Time is abstract: Tick advances every running timer by one tick.  A     *)
(* timer measures how long its condition has held without interruption;    *)
(* any step that ends the condition resets the timer (SettleTimers).       *)
(*                                                                         *)
(* Only the standard modules are used.  Bounds on the state space live in  *)
(* the MC modules and .cfg files, never here.                              *)
(***************************************************************************)
EXTENDS Naturals, Integers, FiniteSets, Sequences, TLC

(***************************************************************************)
(* Fixed names.  "You can create a maximum of two failover groups."        *)
(***************************************************************************)
Units  == {"A", "B"}
Groups == {1, 2}
Peer(u) == IF u = "A" THEN "B" ELSE "A"

CONSTANTS
    Primary,      \* the unit with `failover lan unit primary'
    Pref,         \* [Groups -> {"primary","secondary"}]: the group's unit preference
    PreemptOn,    \* [Groups -> BOOLEAN]: `preempt' configured in the group
    PreemptDelay, \* [Groups -> Nat]: `preempt [delay]', in ticks
    ReplHttp,     \* [Groups -> BOOLEAN]: `replication http' configured in the group
    Stateful,     \* BOOLEAN: Stateful Failover configured (`failover link ...')
    MonIf,        \* [Groups -> Nat]: monitored interfaces of the group on each unit
    Policy,       \* [Groups -> [kind: {"num","pct"}, val: Nat]]: `interface-policy num[%]'
    IfHold,       \* [Groups -> Nat]: data interface hold time (`polltime interface'), in ticks
    UnitHold,     \* Nat: unit hold time, in ticks
    Contexts,     \* the security contexts
    Admin,        \* the admin context
    CtxGroup,     \* [Contexts -> Groups]: `join-failover-group' (unassigned: 1)
    ConnKinds     \* the connection kinds that traffic may open, a subset of {"tcp","http"}

ASSUME PrimaryIsAUnit == Primary \in Units
ASSUME PrefType == Pref \in [Groups -> {"primary", "secondary"}]
ASSUME PreemptType == /\ PreemptOn \in [Groups -> BOOLEAN]
                      /\ PreemptDelay \in [Groups -> Nat]
ASSUME ReplHttpType == ReplHttp \in [Groups -> BOOLEAN]
ASSUME StatefulType == Stateful \in BOOLEAN
\* "When specifying a specific number of interfaces, the num argument can be
\*  from 1 to 250. When specifying a percentage of interfaces, the num
\*  argument can be from 1 to 100."  "You can monitor up to 250 interfaces
\*  on a unit": the limit counts both groups' interfaces on the unit.
ASSUME PolicyType ==
    /\ MonIf \in [Groups -> 0..250]
    /\ MonIf[1] + MonIf[2] <= 250
    /\ Policy \in [Groups -> [kind : {"num", "pct"}, val : 1..250]]
    /\ \A g \in Groups : Policy[g].kind = "pct" => Policy[g].val <= 100
ASSUME HoldType == IfHold \in [Groups -> Nat] /\ UnitHold \in Nat
\* "The admin context is always a member of failover group 1."
ASSUME AdminInGroup1 == Admin \in Contexts /\ CtxGroup \in [Contexts -> Groups]
                        /\ CtxGroup[Admin] = 1
ASSUME ScopeNames == "system" \notin Contexts
ASSUME ConnKindsType == ConnKinds \subseteq {"tcp", "http"}

(***************************************************************************)
(* Readings: decisions where the seed is silent or says two things, each  *)
(* with the alternatives the seed supports.  Readings is a definition, not *)
(* a declared constant, so that every model that does not name it takes   *)
(* the chosen readings (ChosenReadings); a reading model overrides it in  *)
(* its cfg (`Readings <- MCReadings...').  A reading differs from a bug   *)
(* (AAFailoverBugs.tla) in that the seed supports it: it is what a device *)
(* might do, not a mistake.                                                *)
(* Each alternative is one line below, the chosen one first ("default").  *)
(*                                                                         *)
(* Preemption (spec/README.md decision 1; Armable, PreemptWaiting):       *)
(*   "You configured preemption for the failover group, which causes the  *)
(*    failover group to automatically become active on the preferred unit *)
(*    when the unit becomes available."  "The preempt command causes a    *)
(*    failover group to become active on the designated unit              *)
(*    automatically when that unit becomes available."                    *)
(*   "event"    (default) armed when the preferred unit becomes available; *)
(*              a forced failover or the preemption itself disarms it.    *)
(*   "standing" a group with preempt is active on its preferred unit      *)
(*              whenever that unit is available for it: a forced failover *)
(*              away from it is undone after the delay.                   *)
(*                                                                         *)
(* RejoinConfig (decision 2; RejoinConfig):                                *)
(*   "When both units boot simultaneously, the secondary unit obtains the *)
(*    running configuration from the primary unit."  "Commands entered    *)
(*    within a security context are replicated from the unit on which the *)
(*    security context appears in the active state to the peer unit."     *)
(*   "perScope"    (default) each scope from the unit where its group is  *)
(*                 active after the rejoin.                               *)
(*   "fromPrimary" after a dual-active group is resolved, the secondary   *)
(*                 takes the primary's whole configuration, as at a       *)
(*                 simultaneous boot.                                     *)
(*                                                                         *)
(* InterfaceFailoverTarget (decision 3; DetectInterfaceFailure):          *)
(*   "Failed--No traffic is received on the interface, yet traffic is     *)
(*    heard on the peer interface."  Table 51-2: "Interface failure on    *)
(*    active failover group above threshold: Failover"; "When the standby *)
(*    failover group is marked as failed, the active failover group does  *)
(*    not attempt to fail over, even if the interface failure threshold   *)
(*    is surpassed."                                                      *)
(*   "healthy"    (default) no failover onto a standby whose interfaces of *)
(*                the group meet the policy too (not yet marked failed).  *)
(*   "anyStandby" a standby not yet marked failed is a standby like any   *)
(*                other: the group fails over onto it.                    *)
(*                                                                         *)
(* NoFailover (decision 5; DisableFailover):                               *)
(*   "Disabling failover on an Active/Active failover pair causes the     *)
(*    failover groups to remain in the active state on whichever unit they *)
(*    are active, no matter which unit they are configured to prefer."    *)
(*   "keepRoles" (default) every group keeps its role (a negotiating one  *)
(*               becomes active); standby groups stay standby.            *)
(*   "allActive" the unit becomes a standalone unit: every group on it    *)
(*               becomes active, standby and failed ones included.        *)
(*   Decision (within "allActive"): a failed group becomes active too, as *)
(*   on a standalone unit, which has no peer to leave the group to; the   *)
(*   command is replicated as under "keepRoles", so on a working pair     *)
(*   both units make every group active.                                  *)
(*                                                                         *)
(* Threshold (decision 6; PolicyMet):                                      *)
(*   Table 51-2: "Interface failure on active failover group above        *)
(*    threshold"; "Failover occurs if the number of failed interfaces     *)
(*    meets the failover criteria"; "the number or percentage of          *)
(*    interfaces within the failover group that must fail before the     *)
(*    group fails."                                                       *)
(*   "meets" (default) the failed interfaces meet the policy (>=).        *)
(*   "above" the failed interfaces exceed the policy (>).                 *)
(*   Decision (within "above"): a percentage is exceeded when n * 100 >   *)
(*   val * MonIf (`interface-policy 50%' of two interfaces needs both), so *)
(*   `interface-policy 100%' never fails a group; the healthy-unit checks *)
(*   (IfDownMeets) follow the same reading.                               *)
(*                                                                         *)
(* PreemptStateLinkDown (decision 8; Preempt):                             *)
(*   "If Stateful Failover is enabled, the preemption is delayed until the *)
(*    connections are replicated from the unit on which the failover group *)
(*    is currently active."  Table 51-2, Stateful Failover link failed:   *)
(*    "State information becomes out of date, and sessions are terminated *)
(*    if a failover occurs."                                              *)
(*   "hold"    (default) with the stateful link down the preemption waits *)
(*             until the link is back and StateSync has copied the table. *)
(*   "proceed" with the stateful link down nothing can be replicated, so  *)
(*             the preemption does not wait for it (sessions are lost).   *)
(*   Decision (within "proceed"): only a stateful link that is down lets  *)
(*   the preemption go unreplicated; with the link up the preemption     *)
(*   still waits for StateSync, as the note says ("delayed until the      *)
(*   connections are replicated").                                        *)
(*                                                                         *)
(* PeerDeathLinkDown (decision 9; PeerGone, UnitWaiting,                   *)
(*  DetectPeerFailure):                                                    *)
(*   Table 51-2: "the unit cannot fail over to the standby unit while the *)
(*    failover link is down"; "When a unit in a failover pair fails, any  *)
(*    active failover groups on that unit are marked as failed and become *)
(*    active on the peer unit."                                           *)
(*   "detect"     (default) a peer that is off is detected after the unit *)
(*                hold time, failover link or not.                        *)
(*   "undetected" while the failover link is down no takeover happens,   *)
(*                even when the peer is off.                              *)
(*                                                                         *)
(* NoLink (decision 7; IfMarked, IfDownMeets):                           *)
(*   "No Link--The physical link for the interface is down."  "Failed--No *)
(*    traffic is received on the interface, yet traffic is heard on the   *)
(*    peer interface."  "If a hello packet or a successful test result is *)
(*    not received within the specified hold time, the interface is      *)
(*    marked as failed."                                                  *)
(*   "counts" (default) a monitored interface without link is marked      *)
(*            failed once it has stayed down for the hold time, and counts *)
(*            toward the policy (no hello is heard on it).                *)
(*   "never"  only Failed is named as failed: an interface without link   *)
(*            is never marked failed and never counts, so a cut cable      *)
(*            fails no group over (the spec has no other interface        *)
(*            failure than a lost link).                                  *)
(*                                                                         *)
(* NegotiatingAddresses (decision 21; UsesStandbyAddresses,               *)
(*  MacIpUniqueInv):                                                       *)
(*   "The interfaces in the failover group that becomes active assume the *)
(*    MAC and IP addresses of the interfaces in the failover group that   *)
(*    failed.  The interfaces in the failover group that is now in the    *)
(*    standby state take over the standby MAC and IP addresses."  "The    *)
(*    standby IP address is used on the security appliance that is       *)
(*    currently the standby unit"; "Active unit default MAC address";     *)
(*    "Standby unit default MAC address".  The seed names no addresses    *)
(*    for a group whose role is not yet negotiated ("init").              *)
(*   "none"    (default) a negotiating group uses neither the active nor  *)
(*             the standby addresses (its ports keep their burned-in MAC) *)
(*             until its role is known.                                   *)
(*   "standby" a unit is not the active unit until a group becomes active *)
(*             on it: a negotiating group uses the standby addresses.     *)
(*   Not a reading: a negotiating group using the active addresses (the   *)
(*   seed gives them only to "the failover group that becomes active"; a *)
(*   unit joining its active peer would take the peer's addresses).      *)
(***************************************************************************)
ReadingValues ==
    [Preemption           |-> <<"event", "standing">>,
     RejoinConfig         |-> <<"perScope", "fromPrimary">>,
     InterfaceFailoverTarget |-> <<"healthy", "anyStandby">>,
     NoFailover           |-> <<"keepRoles", "allActive">>,
     Threshold            |-> <<"meets", "above">>,
     PreemptStateLinkDown |-> <<"hold", "proceed">>,
     PeerDeathLinkDown    |-> <<"detect", "undetected">>,
     NegotiatingAddresses |-> <<"none", "standby">>,
     NoLink               |-> <<"counts", "never">>]
\* The chosen readings: the first alternative of each.
ChosenReadings == [n \in DOMAIN ReadingValues |-> ReadingValues[n][1]]
\* The readings a model takes (a reading model overrides this definition).
Readings == ChosenReadings
ASSUME ReadingsType ==
    /\ DOMAIN Readings = DOMAIN ReadingValues
    /\ \A n \in DOMAIN ReadingValues :
         \E i \in DOMAIN ReadingValues[n] : Readings[n] = ReadingValues[n][i]
\* The model takes alternative v of reading n.
Reading(n, v) == Readings[n] = v

Secondary == Peer(Primary)
\* "Each failover group in the configuration is configured with a primary or
\*  secondary unit preference."
PrefUnit(g) == IF Pref[g] = "primary" THEN Primary ELSE Secondary

\* Configuration scopes: the system execution space and each context.
Scopes == {"system"} \cup Contexts
\* "Commands entered in the system execution space are replicated from the
\*  unit on which failover group 1 is in the active state"; likewise the admin
\*  context; a context's commands from the unit where its group is active.
ScopeGroup(s) == IF s = "system" THEN 1 ELSE CtxGroup[s]

Roles == {"off", "init", "active", "standby", "failed"}

ActionNames ==
    {"Init", "PowerOn", "PowerOff", "FailoverLinkDown", "FailoverLinkUp",
     "StateLinkDown", "StateLinkUp", "InterfaceDown", "InterfaceUp",
     "EnableFailover", "DisableFailover", "ForceActive", "ForceStandby",
     "Reset", "ConfigCommand", "LocalCommand", "WriteMemory", "EraseStartup",
     "FileCommand", "WriteStandby", "Traffic", "Tick", "BootAlone", "JoinActivePeer",
     "SimultaneousBoot", "DetectPeerFailure", "DetectInterfaceFailure",
     "GroupRecover", "StateSync", "Preempt", "Rejoin"}

EnvironmentActionNames ==
    {"PowerOn", "PowerOff", "FailoverLinkDown", "FailoverLinkUp", "StateLinkDown",
     "StateLinkUp", "InterfaceDown", "InterfaceUp", "EnableFailover", "DisableFailover",
     "ForceActive", "ForceStandby", "Reset", "ConfigCommand", "LocalCommand",
     "WriteMemory", "EraseStartup", "FileCommand", "WriteStandby", "Traffic", "Tick"}
PairActionNames == ActionNames \ (EnvironmentActionNames \cup {"Init"})

VARIABLES
    power,        \* [Units -> {"off","on"}]
    foEnabled,    \* [Units -> BOOLEAN]: `failover' is configured on the unit
    foSaved,      \* [Units -> BOOLEAN]: `failover' is in the unit's startup configuration
    role,         \* [Units -> [Groups -> Roles]]: the group's failover state on the unit
    foLink,       \* "up" | "down": the failover link cable
    stLink,       \* "up" | "down": the dedicated stateful link ("up" when not Stateful)
    ifDown,       \* [Units -> [Groups -> Nat]]: monitored interfaces of the group without link
    running,      \* [Units -> [Scopes -> Nat]]: running configuration version per scope
    startup,      \* [Units -> [Scopes -> Nat]]: startup configuration version per scope
    flash,        \* [Units -> Nat]: version of the unit's flash file system (files and directories)
    conns,        \* [Units -> [Groups -> SUBSET ConnKinds]]: connection table of the group
    unitTimer,    \* [Units -> Nat]: ticks without hearing the peer (boot or peer failure)
    ifTimer,      \* [Units -> [Groups -> Seq(Nat)]]: per monitored interface without link (longest first), ticks unheard
    preemptTimer, \* [Groups -> Nat]: ticks the group has been waiting to preempt
    preemptArmed, \* [Groups -> BOOLEAN]: the preferred unit became available since the group last moved by force or preemption
    linkLost,     \* BOOLEAN: the failover link has failed since the units last synchronised
    act           \* history: the action just taken, [name |-> ..., parameters ...]

stateVars == <<power, foEnabled, foSaved, role, foLink, stLink, ifDown, running, startup,
               flash, conns, unitTimer, ifTimer, preemptTimer, preemptArmed, linkLost>>
vars == <<power, foEnabled, foSaved, role, foLink, stLink, ifDown, running, startup,
          flash, conns, unitTimer, ifTimer, preemptTimer, preemptArmed, linkLost, act>>

\* Named groups of variables, for the UNCHANGED lists of the actions.
envVars    == <<power, foLink, stLink, ifDown>>   \* what the operator, the cables and the ports set
savedVars  == <<foSaved, startup, flash>>         \* what survives a reload: the startup configuration and flash
configVars == <<foEnabled, running>>              \* the running configuration, `failover' included
groupVars  == <<role, preemptArmed>>              \* the failover groups' states and preemption
\* The VIEW of every model: the history variable does not distinguish states.
View == stateVars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Derived notions.                                                        *)
(***************************************************************************)
Max(S) == CHOOSE x \in S : \A y \in S : y <= x
Min(a, b) == IF a <= b THEN a ELSE b

On(u) == power[u] = "on"
AllInit(u) == \A g \in Groups : role[u][g] = "init"
AnyInit(u) == \E g \in Groups : role[u][g] = "init"
\* The unit has negotiated its roles: every group is active, standby or failed.
Settled(u) == On(u) /\ \A g \in Groups : role[u][g] \in {"active", "standby", "failed"}
HasBackup(u) == \E g \in Groups : role[u][g] \in {"standby", "failed"}

\* The unit hears its peer's failover hellos: the failover link works and the
\* peer runs with failover enabled.
Heard(u) == foLink = "up" /\ On(Peer(u)) /\ foEnabled[Peer(u)]

\* The two units work as a failover pair: both run with failover enabled and
\* negotiated roles, over a working failover link, resynchronised since the
\* link last failed.  Every pair operation (replication, failover between the
\* units, forced failover, preemption) needs it: "the unit cannot fail over to
\* the standby unit while the failover link is down."  (Its conjuncts, as
\* those of the other conditions TLC evaluates on every step -- the timers',
\* the fairness conditions, the liveness properties' -- come cheapest and
\* most often false first: TLC evaluates a conjunction from the left and
\* stops at the first false one.)
Paired == /\ foLink = "up"
          /\ ~linkLost
          /\ \A u \in Units : Settled(u) /\ foEnabled[u]

\* "You can configure the failover threshold for each failover group by
\*  specifying the number or percentage of interfaces within the failover
\*  group that must fail before the group fails."
\* Decision ("meets" against "above threshold"): Table 51-2 says "Interface
\* failure on active failover group above threshold", interface health
\* monitoring "Failover occurs if the number of failed interfaces meets the
\* failover criteria"; meeting the policy is taken.  Not taken: strictly more
\* (reading Threshold = "above").
\* Decision ("No Link" counts): a monitored interface without link ("No
\* Link--The physical link for the interface is down") counts toward the
\* policy once its hold time has run, although the seed names only "Failed"
\* ("No traffic is received on the interface, yet traffic is heard on the
\* peer interface") as failed; the peer-interface part is DetectInterfaceFailure's
\* Decision.  Not taken: No Link never counts.
\* Reading Threshold: "meets" (>=, the default) or "above" (>).
PolicyMet(g, n) ==
    IF Reading("Threshold", "above")
    THEN IF Policy[g].kind = "num"
         THEN n > Policy[g].val
         ELSE n > 0 /\ n * 100 > Policy[g].val * MonIf[g]
    ELSE IF Policy[g].kind = "num"
         THEN n >= Policy[g].val
         ELSE n > 0 /\ n * 100 >= Policy[g].val * MonIf[g]
\* The hold time is per interface: "If a hello packet or a successful test
\* result is not received within the specified hold time, the interface is
\* marked as failed. Failover occurs if the number of failed interfaces
\* meets the failover criteria."  ifTimer[u][g] holds one timer for each of
\* the group's monitored interfaces on u without link, longest first; an
\* interface whose timer has reached IfHold[g] is marked failed.
\* Reading NoLink (decision 7): under "never" no interface without link is
\* marked failed.
IfMarked(u, g) ==
    IF Reading("NoLink", "never") THEN 0
    ELSE Cardinality({i \in DOMAIN ifTimer[u][g] : ifTimer[u][g][i] >= IfHold[g]})
\* The group's interfaces marked failed on u meet the policy.
IfFailed(u, g) == PolicyMet(g, IfMarked(u, g))
\* The group's interfaces without link on u meet the policy, marked failed or
\* not yet: u is no healthy unit for the group (preemption, interface
\* failover onto it).
\* Decision: each interface has its own timer and mark (IfMarked), the group
\* fails when the marked ones meet the policy, and the healthy-unit checks
\* count the interfaces without link, marked or not yet.  Not taken: one
\* timer per group that runs while the interfaces without link meet the
\* policy (a group then failed when no interface had been down for its hold
\* time).
\* Reading NoLink (decision 7): under "never" an interface without link does
\* not make its unit unhealthy for the group either.
IfDownMeets(u, g) == ~Reading("NoLink", "never") /\ PolicyMet(g, ifDown[u][g])
\* The smallest number of failed interfaces that meets the policy.
FailThreshold(g) ==
    CHOOSE n \in 1..(Policy[g].val + MonIf[g] + 1) : PolicyMet(g, n) /\ ~PolicyMet(g, n - 1)

\* "A context is considered in the active state on a unit if the failover
\*  group to which it belongs is in the active state on that unit."
IsSource(u, s) == role[u][ScopeGroup(s)] = "active"

\* A fresh configuration version for scope s (a command changes the content).
NewVersion(s) == 1 + Max({running[u][s] : u \in Units} \cup {startup[u][s] : u \in Units})

\* The version of an erased startup configuration (`write erase'): empty.
Erased == -1

\* A unit can boot into this model only with a startup configuration in every
\* scope (see EraseStartup).
Bootable(u) == \A s \in Scopes : startup[u][s] # Erased

\* "To allow HTTP connections to be included in the state information, you
\*  need to enable HTTP replication."
Replicable(g, S) == {k \in S : k = "tcp" \/ ReplHttp[g]}
\* State information flows to the peer over a working stateful link.
StateLinkWorks == Stateful /\ stLink = "up" /\ Paired

(***************************************************************************)
(* Virtual MAC and IP ownership, derived from the roles.  "The interfaces  *)
(* in the failover group that becomes active assume the MAC and IP         *)
(* addresses of the interfaces in the failover group that failed.  The     *)
(* interfaces in the failover group that is now in the standby state take  *)
(* over the standby MAC and IP addresses."                                 *)
(***************************************************************************)
\* Reading NegotiatingAddresses (decision 21): a group still negotiating
\* ("init") uses no addresses ("none", the default) or the standby ones
\* ("standby").  Decision: "none": the seed gives addresses to "the failover
\* group that becomes active" and to "the failover group that is now in the
\* standby state", and a negotiating group is neither yet.  Not taken:
\* "standby" (the reading model), or the active addresses.
UsesActiveAddresses(u, g)  == On(u) /\ role[u][g] = "active"
UsesStandbyAddresses(u, g) ==
    /\ On(u)
    /\ \/ role[u][g] \in {"standby", "failed"}
       \/ role[u][g] = "init" /\ Reading("NegotiatingAddresses", "standby")

(***************************************************************************)
(* Timer conditions.                                                       *)
(***************************************************************************)
\* The peer is gone for unit u: powered off ("The unit has a hardware
\* failure... power failure... software failure").
\* Decision: a unit tells a dead peer from a failed failover link by testing
\* over its data interfaces, so a failover link failure alone does not make
\* the peer gone, and a dead peer is detected with the link down.  Weighed:
\* "the unit cannot fail over to the standby unit while the failover link is
\* down" (read as: no failover between two running units) against Table
\* 51-2 row 1, "any active failover groups on that unit are marked as failed
\* and become active on the peer unit".  Not taken: no takeover while the
\* link is down (reading PeerDeathLinkDown = "undetected", DeathNeedsLink).
PeerGone(u) == ~On(Peer(u))
\* A dead peer is detected only while the failover link is up: not so by the
\* decision above (the reading not taken: PeerDeathLinkDown = "undetected").
DeathNeedsLink == Reading("PeerDeathLinkDown", "undetected")
\* A booting unit waits on its unit hold time only while it hears no peer:
\* "When a unit boots while the peer unit is not available, both failover
\* groups become active on the unit."  A unit that hears an active peer joins
\* it (JoinActivePeer).
BootWaits(u) == ~Heard(u)
\* u waits on its unit hold time: booting without hearing the peer, or
\* holding standby groups while the peer is gone.
UnitWaiting(u) ==
    /\ On(u) /\ foEnabled[u]
    /\ \/ AllInit(u) /\ BootWaits(u)
       \/ /\ Settled(u) /\ HasBackup(u) /\ PeerGone(u)
          /\ DeathNeedsLink => foLink = "up"
\* u monitors the group's interfaces: it runs with failover enabled and has
\* negotiated the group's role (a failed group stays monitored, so that it
\* recovers when its interfaces do).  The timer of each interface without
\* link runs while u monitors it.
IfMonitored(u, g) ==
    On(u) /\ foEnabled[u] /\ role[u][g] \in {"active", "standby", "failed"}
\* n timers at 0.
Zeros(n) == [i \in 1..n |-> 0]
\* Preemption is an event, not a standing condition.  "You configured
\* preemption for the failover group, which causes the failover group to
\* automatically become active on the preferred unit when the unit becomes
\* available."  "The preempt command causes a failover group to become active
\* on the designated unit automatically when that unit becomes available."
\* The seed lists a manual forced failover as a separate way a group moves
\* ("until one of the following occurs: A failover occurs. You manually force
\* a failover. You configured preemption ..."), and its own test procedure
\* forces a failover with `no failover active group' and restores it later
\* with `failover active group'.  So preemption is armed when the preferred
\* unit becomes available for the group, and a forced failover (or the
\* preemption itself) disarms it until the next such event.
\* Decision: the preferred unit becomes available for the group when
\*  - it boots (or re-enables failover) and joins its active peer
\*    (JoinActivePeer): "the groups will automatically become active on
\*    their preferred unit 100 seconds after the units become available";
\*  - the group there leaves the failed state (GroupRecover, Reset):
\*    "Restored units or groups remain in the standby state until made active
\*    by failover (forced or natural). An exception is a failover group
\*    configured with failover preemption.";
\*  - the group was active on both units and the rejoining pair makes it
\*    standby there (Rejoin): the unit rejoins the pair as at a join.
\* The reading not taken: a failover link that fails and returns also makes
\* each unit available to the other again, so Rejoin would arm every group;
\* a forced failover would then be undone by a link flap that moved nothing.
\* Decision: only a group with `preempt' configured is armed, so `preempt'
\* configured on a running pair acts from the next availability event on
\* ("causes the failover group to automatically become active on the
\* preferred unit when the unit becomes available").  The reading not taken:
\* availability is remembered for every group, and `preempt' entered later
\* moves a group at once whose preferred unit became available before.
Armable(g) == PreemptOn[g]
\* A preemption can be pending for g only while g is active on the unit it
\* does not prefer and its preferred unit holds it in standby (or failed);
\* a step that ends this situation (a failover back, a failure of the
\* preferred unit) clears preemptArmed, so that the flag is never stale.
PreemptPending(g) ==
    role[Peer(PrefUnit(g))][g] = "active" /\ role[PrefUnit(g)][g] \in {"standby", "failed"}
\* The value of preemptArmed after a step that changes roles, from a (the
\* flags the step sets or keeps).
Armed(a) == [g \in Groups |-> a[g] /\ PreemptPending(g)']
\* preemptArmed after a step in which the groups in gs became available on
\* unit u (their preferred unit or not: only the preferred unit arms).
ArmOn(u, gs) == Armed([g \in Groups |-> IF g \in gs /\ u = PrefUnit(g) /\ Armable(g) THEN TRUE
                                         ELSE preemptArmed[g]])
\* preemptArmed after a step that moved the groups in gs by force or by preemption.
Disarm(gs) == Armed([g \in Groups |-> IF g \in gs THEN FALSE ELSE preemptArmed[g]])

\* The group is active on the unit it does not prefer while the preferred
\* unit holds it in standby: the preemption delay runs.
PreemptTarget(g) == role[PrefUnit(g)][g] = "standby"
\* Decision: the preferred unit counts as available for the group only while
\* the group's interfaces there are below the policy (a group reset to
\* standby with its interfaces still failed does not preempt).
PrefAvailable(g) == ~IfDownMeets(PrefUnit(g), g)
\* The preemption is due: armed by the preferred unit's becoming available
\* ("when the unit becomes available"), or, under the reading Preemption =
\* "standing", whenever the group is away from it.
PreemptDue(g) == preemptArmed[g] \/ Reading("Preemption", "standing")
PreemptWaiting(g) ==
    /\ Armable(g)
    /\ PreemptDue(g)
    /\ role[Peer(PrefUnit(g))][g] = "active"
    /\ PreemptTarget(g)
    /\ Paired
    /\ PrefAvailable(g)

\* Every action but Tick ends with SettleTimers (or TimersKept, below): a
\* timer whose condition no longer holds after the step restarts from 0.
\* The interface timers after a step that leaves the group's interfaces
\* without link with the timers ts[u][g]: they keep running while u monitors
\* the group, and restart at 0 when it stops (off, failover disabled,
\* negotiating).
SettleIfTimers(ts) ==
    ifTimer' = [u \in Units |-> [g \in Groups |->
                  IF IfMonitored(u, g)' THEN ts[u][g] ELSE Zeros(Len(ts[u][g]))]]
SettleOtherTimers ==
    /\ unitTimer' = [u \in Units |-> IF UnitWaiting(u)' THEN unitTimer[u] ELSE 0]
    /\ preemptTimer' = [g \in Groups |-> IF PreemptWaiting(g)' THEN preemptTimer[g] ELSE 0]
SettleTimers == SettleOtherTimers /\ SettleIfTimers(ifTimer)
\* A step that changes none of what the timers' conditions read (power,
\* foEnabled, role, foLink, linkLost, ifDown, preemptArmed: UnitWaiting,
\* IfMonitored, PreemptWaiting) keeps every timer: each is 0 already where
\* its condition fails (TimersSettledInv), so SettleTimers would keep each
\* one.  The configuration and connection steps say so instead, and TLC
\* does not evaluate the conditions' primed forms on their successors.
TimersKept == UNCHANGED <<unitTimer, ifTimer, preemptTimer>>

\* Helpers to update nested functions.
SetRole(u, g, r) == [role EXCEPT ![u][g] = r]
NoConns == [g \in Groups |-> {}]
NoConfig == [s \in Scopes |-> 0]

\* The sets of TypeOK, named: TLC computes a definition without arguments
\* whose value is constant once, and would build a set written inside TypeOK
\* again on every state it checks (on the policy model TypeOK took about
\* 4 s of CPU time so, 2.3 s this way).
PowerType    == [Units -> {"off", "on"}]
UnitFlagType == [Units -> BOOLEAN]
RoleType     == [Units -> [Groups -> Roles]]
IfDownType   == [Units -> [Groups -> Nat]]
RunningType  == [Units -> [Scopes -> Nat]]
StartupType  == [Units -> [Scopes -> Nat \cup {Erased}]]
FlashType    == [Units -> Nat]
ConnsType    == [Units -> [Groups -> SUBSET ConnKinds]]
UnitTimerType == [Units -> 0..UnitHold]

TypeOK ==
    /\ power \in PowerType
    /\ foEnabled \in UnitFlagType
    /\ foSaved \in UnitFlagType
    /\ role \in RoleType
    /\ foLink \in {"up", "down"}
    /\ stLink \in {"up", "down"}
    /\ ifDown \in IfDownType
    /\ \A u \in Units, g \in Groups : ifDown[u][g] <= MonIf[g]
    /\ running \in RunningType
    /\ startup \in StartupType
    /\ flash \in FlashType
    /\ conns \in ConnsType
    /\ unitTimer \in UnitTimerType
    /\ \A u \in Units, g \in Groups :
         /\ DOMAIN ifTimer[u][g] = 1..ifDown[u][g]
         /\ \A i \in DOMAIN ifTimer[u][g] : ifTimer[u][g][i] \in 0..IfHold[g]
         \* longest first: the timers of a group's interfaces run and restart together
         /\ \A i \in DOMAIN ifTimer[u][g] : i > 1 => ifTimer[u][g][i - 1] >= ifTimer[u][g][i]
    /\ preemptTimer \in [Groups -> Nat]
    /\ \A g \in Groups : preemptTimer[g] <= PreemptDelay[g]
    /\ preemptArmed \in [Groups -> BOOLEAN]
    /\ linkLost \in BOOLEAN
    /\ act.name \in ActionNames

-----------------------------------------------------------------------------
(***************************************************************************)
(* The initial state: both boxes configured for failover (and `failover'   *)
(* saved in their startup configurations) and powered off, cables          *)
(* connected, empty configurations, no connections.                        *)
(***************************************************************************)
Init ==
    /\ power = [u \in Units |-> "off"]
    /\ foEnabled = [u \in Units |-> TRUE]
    /\ foSaved = foEnabled
    /\ role = [u \in Units |-> [g \in Groups |-> "off"]]
    /\ foLink = "up"
    /\ stLink = "up"
    /\ ifDown = [u \in Units |-> [g \in Groups |-> 0]]
    /\ running = [u \in Units |-> NoConfig]
    /\ startup = [u \in Units |-> NoConfig]
    /\ flash = [u \in Units |-> 0]
    /\ conns = [u \in Units |-> NoConns]
    /\ unitTimer = [u \in Units |-> 0]
    /\ ifTimer = [u \in Units |-> [g \in Groups |-> <<>>]]
    /\ preemptTimer = [g \in Groups |-> 0]
    /\ preemptArmed = [g \in Groups |-> FALSE]
    /\ linkLost = FALSE
    /\ act = [name |-> "Init"]

-----------------------------------------------------------------------------
(***************************************************************************)
(* ENVIRONMENT ACTIONS                                                     *)
(***************************************************************************)

\* Power on one unit, or both at once (a simultaneous boot).  The unit loads
\* its startup configuration.  With failover enabled its groups start
\* negotiating ("init"); a unit with failover disabled is a standalone unit
\* whose contexts all pass traffic.
\* Decision: `failover'/`no failover' is a configuration command like any
\* other: "Replicated commands are not saved to the flash memory when
\* replicated to the peer unit. They are added to the running configuration.
\* To save replicated commands to flash memory on both units, use the write
\* memory or copy running-config startup-config command".  foSaved records
\* whether `failover' is in the unit's startup configuration; an unsaved
\* `failover'/`no failover' is lost at power-off (PowerOff sets foEnabled to
\* foSaved: the box will boot with its startup configuration), so PowerOn
\* reads foEnabled as the saved value.  Only a Bootable unit powers on.
PowerOn(us) ==
    /\ us # {}
    /\ \A u \in us : ~On(u) /\ Bootable(u)
    /\ power' = [u \in Units |-> IF u \in us THEN "on" ELSE power[u]]
    /\ role' = [u \in Units |->
                  IF u \in us
                  THEN [g \in Groups |-> IF foEnabled[u] THEN "init" ELSE "active"]
                  ELSE role[u]]
    /\ running' = [u \in Units |-> IF u \in us THEN startup[u] ELSE running[u]]
    /\ preemptArmed' = Armed(preemptArmed)
    /\ UNCHANGED <<savedVars, foEnabled, foLink, stLink, ifDown, conns, linkLost>>
    /\ act' = [name |-> "PowerOn", units |-> us]
    /\ SettleTimers

\* "A unit experiences a power or software failure": the unit stops; its
\* running configuration and connection table are lost.
PowerOff(u) ==
    /\ On(u)
    /\ power' = [power EXCEPT ![u] = "off"]
    /\ role' = [role EXCEPT ![u] = [g \in Groups |-> "off"]]
    /\ running' = [running EXCEPT ![u] = NoConfig]
    /\ conns' = [conns EXCEPT ![u] = NoConns]
    \* The box will boot with its startup configuration: an unsaved
    \* `failover'/`no failover' is lost.
    /\ foEnabled' = [foEnabled EXCEPT ![u] = foSaved[u]]
    /\ preemptArmed' = Armed(preemptArmed)
    /\ UNCHANGED <<savedVars, foLink, stLink, ifDown, linkLost>>
    /\ act' = [name |-> "PowerOff", unit |-> u]
    /\ SettleTimers

\* The failover link cable fails.  "Failover link failed during operation:
\* No failover ... Each unit marks the failover interface as failed."
FailoverLinkDown ==
    /\ foLink = "up"
    /\ foLink' = "down"
    /\ linkLost' = TRUE
    /\ UNCHANGED <<savedVars, configVars, groupVars, power, stLink, ifDown, conns>>
    /\ act' = [name |-> "FailoverLinkDown"]
    /\ SettleTimers

\* "You should restore the failover link as soon as possible."
FailoverLinkUp ==
    /\ foLink = "down"
    /\ foLink' = "up"
    /\ UNCHANGED <<savedVars, configVars, groupVars, power, stLink, ifDown, conns, linkLost>>
    /\ act' = [name |-> "FailoverLinkUp"]
    /\ SettleTimers

\* "Stateful Failover link failed: No failover ... State information becomes
\*  out of date, and sessions are terminated if a failover occurs."
StateLinkDown ==
    /\ Stateful /\ stLink = "up"
    /\ stLink' = "down"
    /\ UNCHANGED <<savedVars, configVars, groupVars, power, foLink, ifDown, conns, linkLost>>
    /\ act' = [name |-> "StateLinkDown"]
    /\ TimersKept

\* The stateful link is restored; StateSync then brings the standby tables up
\* to date.
StateLinkUp ==
    /\ stLink = "down"
    /\ stLink' = "up"
    /\ UNCHANGED <<savedVars, configVars, groupVars, power, foLink, ifDown, conns, linkLost>>
    /\ act' = [name |-> "StateLinkUp"]
    /\ TimersKept

\* A monitored interface of group g on running unit u loses its link ("No
\* Link--The physical link for the interface is down").  (Cables of a unit that
\* is off are not modelled: the count stays as it was.)
InterfaceDown(u, g) ==
    /\ On(u)
    /\ ifDown[u][g] < MonIf[g]
    /\ ifDown' = [ifDown EXCEPT ![u][g] = @ + 1]
    /\ UNCHANGED <<savedVars, configVars, groupVars, power, foLink, stLink, conns, linkLost>>
    /\ act' = [name |-> "InterfaceDown", unit |-> u, group |-> g]
    \* its timer starts (the shortest of the group's)
    /\ SettleOtherTimers
    /\ SettleIfTimers([ifTimer EXCEPT ![u][g] = Append(@, 0)])

\* The interface regains its link ("Normal--The interface is receiving
\* traffic"): the i-th of the group's interfaces without link on u, longest
\* without link first; of interfaces with equal timers (interchangeable) the
\* first.  Its timer is gone, and with it its mark as failed.
DropAt(ts, i) == [j \in 1..(Len(ts) - 1) |-> IF j < i THEN ts[j] ELSE ts[j + 1]]
InterfaceUp(u, g, i) ==
    /\ On(u)
    /\ i \in DOMAIN ifTimer[u][g]
    /\ i > 1 => ifTimer[u][g][i - 1] # ifTimer[u][g][i]
    /\ ifDown' = [ifDown EXCEPT ![u][g] = @ - 1]
    /\ UNCHANGED <<savedVars, configVars, groupVars, power, foLink, stLink, conns, linkLost>>
    /\ act' = [name |-> "InterfaceUp", unit |-> u, group |-> g, iface |-> i]
    /\ SettleOtherTimers
    /\ SettleIfTimers([ifTimer EXCEPT ![u][g] = DropAt(@, i)])

\* `failover' entered on a unit with failover disabled.  "After you enable
\* failover, the active unit sends the configuration in running memory to the
\* standby unit."  Decision: the unit restarts negotiation as if booting (its
\* groups go to "init" and its connection table is dropped); it then joins an
\* active peer or, hearing none, makes every group active.  The command is
\* not replicated: a peer with failover disabled does not listen.
EnableFailover(u) ==
    /\ On(u) /\ ~foEnabled[u]
    /\ foEnabled' = [foEnabled EXCEPT ![u] = TRUE]
    /\ role' = [role EXCEPT ![u] = [g \in Groups |-> "init"]]
    /\ conns' = [conns EXCEPT ![u] = NoConns]
    /\ preemptArmed' = Armed(preemptArmed)
    /\ UNCHANGED <<envVars, savedVars, running, linkLost>>
    /\ act' = [name |-> "EnableFailover", unit |-> u]
    /\ SettleTimers

\* `no failover'.  "Disabling failover on an Active/Active failover pair
\* causes the failover groups to remain in the active state on whichever unit
\* they are active, no matter which unit they are configured to prefer."
\* It is a configuration command, so it is replicated from the unit where
\* group 1 is active; entered on the other unit it stays local.
\* Decision: the sentence speaks of the active groups only; every group keeps
\* its role, so the standby copies stay standby, and a group still
\* negotiating ("init") becomes active, as on a standalone unit.  A unit with
\* failover disabled does not monitor its peer (UnitWaiting needs foEnabled):
\* when the unit holding the active groups then dies, the survivor's standby
\* groups stay standby until `failover' is entered again (EnableFailover,
\* then BootAlone).  The reading not taken: every group active on both units.
DisableFailover(u) ==
    /\ On(u) /\ foEnabled[u]
    /\ LET targets == IF Paired /\ IsSource(u, "system") THEN Units ELSE {u}
       IN /\ foEnabled' = [v \in Units |-> IF v \in targets THEN FALSE ELSE foEnabled[v]]
          /\ role' = [v \in Units |->
                        IF v \in targets
                        THEN [g \in Groups |-> IF role[v][g] = "init"
                                                   \/ Reading("NoFailover", "allActive")
                                                THEN "active" ELSE role[v][g]]
                        ELSE role[v]]
    /\ preemptArmed' = Armed(preemptArmed)
    /\ UNCHANGED <<envVars, savedVars, running, conns, linkLost>>
    /\ act' = [name |-> "DisableFailover", unit |-> u]
    /\ SettleTimers

\* `failover active group N' on the unit where group N is standby, or
\* `failover active' (grp = 0): "Entering the following command in the system
\* execution space causes all failover groups to become active" on this unit.
\* Only standby groups move (a failed group is not forced).  The peer's table
\* for a moved group is dropped; the new active keeps what was replicated.
ForceActive(u, grp) ==
    /\ Paired
    /\ LET cand == IF grp = 0 THEN Groups ELSE {grp}
           moving == {g \in cand : role[u][g] = "standby" /\ role[Peer(u)][g] = "active"}
       IN /\ moving # {}
          /\ grp # 0 => grp \in moving
          /\ role' = [v \in Units |-> [g \in Groups |->
                         IF g \in moving THEN (IF v = u THEN "active" ELSE "standby")
                         ELSE role[v][g]]]
          /\ conns' = [conns EXCEPT ![Peer(u)] =
                         [g \in Groups |-> IF g \in moving THEN {} ELSE conns[Peer(u)][g]]]
          \* a forced failover disarms preemption of the moved groups
          /\ preemptArmed' = Disarm(moving)
    /\ UNCHANGED <<envVars, savedVars, configVars, linkLost>>
    /\ act' = [name |-> "ForceActive", unit |-> u, group |-> grp]
    /\ SettleTimers

\* `no failover active group N' on the unit where group N is active: the
\* group becomes active on the peer, where it is standby.
ForceStandby(u, g) ==
    /\ Paired
    /\ role[u][g] = "active" /\ role[Peer(u)][g] = "standby"
    /\ role' = [SetRole(u, g, "standby") EXCEPT ![Peer(u)][g] = "active"]
    /\ conns' = [conns EXCEPT ![u][g] = {}]
    /\ preemptArmed' = Disarm({g})
    /\ UNCHANGED <<envVars, savedVars, configVars, linkLost>>
    /\ act' = [name |-> "ForceStandby", unit |-> u, group |-> g]
    /\ SettleTimers

\* `failover reset [group N]' (grp = 0: the unit).  "Restoring a failed unit
\* or failover group moves the unit or failover group from the failed state to
\* the standby state; it does not automatically make the failover group or
\* unit active."  Decision: entered on u, it resets the failed groups on u and,
\* over a working failover link, on the peer.  A group restored on its
\* preferred unit arms its preemption ("An exception is a failover group
\* configured with failover preemption").
Reset(u, grp) ==
    /\ On(u) /\ foEnabled[u]
    /\ LET us == IF Heard(u) THEN Units ELSE {u}
           gs == IF grp = 0 THEN Groups ELSE {grp}
           restored(v, g) == v \in us /\ g \in gs /\ role[v][g] = "failed"
       IN /\ \E v \in us, g \in gs : role[v][g] = "failed"
          /\ role' = [v \in Units |-> [g \in Groups |->
                         IF restored(v, g) THEN "standby" ELSE role[v][g]]]
          /\ preemptArmed' = Armed([g \in Groups |->
                                IF restored(PrefUnit(g), g) /\ Armable(g) THEN TRUE
                                ELSE preemptArmed[g]])
    /\ UNCHANGED <<envVars, savedVars, configVars, conns, linkLost>>
    /\ act' = [name |-> "Reset", unit |-> u, group |-> grp]
    /\ SettleTimers

\* A configuration command entered on unit u in scope s.  "Commands entered
\* within a security context are replicated from the unit on which the
\* security context appears in the active state to the peer unit."  "Failure
\* to enter the commands on the appropriate unit for command replication to
\* occur causes the configurations to be out of synchronization."
\* "Replicated commands are not saved to the flash memory ... They are added
\* to the running configuration."
\* A command entered on u in scope s is replicated to the peer: "from the unit
\* on which the security context appears in the active state to the peer
\* unit" (the system execution space: from the unit where group 1 is active).
ReplicatesFrom(u, s) == IsSource(u, s)
ConfigCommand(u, s) ==
    /\ On(u)
    /\ LET v == NewVersion(s)
           targets == IF Paired /\ ReplicatesFrom(u, s)
                      THEN Units ELSE {u}
       IN running' = [w \in Units |-> IF w \in targets
                                      THEN [running[w] EXCEPT ![s] = v]
                                      ELSE running[w]]
    /\ UNCHANGED <<envVars, savedVars, groupVars, foEnabled, conns, linkLost>>
    /\ act' = [name |-> "ConfigCommand", unit |-> u, scope |-> s]
    /\ TimersKept

\* A configuration command that is never replicated, entered on unit u in
\* context c: "All configuration commands except for mode, firewall, and
\* failover lan unit" are replicated (Table 51-1).  `firewall' in a context
\* changes the running configuration of u only, whichever unit has the
\* context active.  In the system space the other two change no version:
\* `mode multiple' is the mode of every model, and `failover lan unit'
\* changes the constant Primary (a model has fixed designations).
LocalCommand(u, c) ==
    /\ On(u)
    /\ running' = [running EXCEPT ![u][c] = NewVersion(c)]
    /\ UNCHANGED <<envVars, savedVars, groupVars, foEnabled, conns, linkLost>>
    /\ act' = [name |-> "LocalCommand", unit |-> u, scope |-> c]
    /\ TimersKept

\* `write memory all' (s = "all": "Using the all keyword with this command
\* causes the system and all context configurations to be saved"), and
\* `write memory' / `copy running-config startup-config' in the system
\* execution space (s = "system": "Saves the system configuration to flash
\* memory") or in a context (s = that context).  "To save replicated commands
\* to flash memory on both units, use the write memory or copy running-config
\* startup-config command on the unit that you made the changes on. The
\* command is replicated to the peer unit" -- from the unit where the scope
\* is active (for the system and `all': "on the unit that has failover group 1
\* in the active state"); elsewhere it saves only locally.  The saved system
\* configuration includes `failover'/`no failover' (foSaved).
SavedScopes(s) == IF s = "all" THEN Scopes ELSE {s}

WriteMemory(u, s) ==
    /\ On(u)
    /\ LET from == IF s = "all" THEN "system" ELSE s
           targets == IF Paired /\ IsSource(u, from) THEN Units ELSE {u}
       IN /\ startup' = [w \in Units |->
                            IF w \in targets
                            THEN [x \in Scopes |-> IF x \in SavedScopes(s) THEN running[w][x]
                                                                     ELSE startup[w][x]]
                            ELSE startup[w]]
          /\ foSaved' = [w \in Units |->
                            IF w \in targets /\ "system" \in SavedScopes(s)
                            THEN foEnabled[w] ELSE foSaved[w]]
    /\ UNCHANGED <<envVars, configVars, groupVars, conns, linkLost, flash>>
    /\ act' = [name |-> "WriteMemory", unit |-> u, scope |-> s]
    /\ TimersKept

\* `write erase' on unit u in scope s: "All forms of the write command except
\* for write memory" are not replicated (Table 51-1).  It erases u's startup
\* configuration of the scope (in the system space: the system configuration,
\* with `failover' in it; the contexts' configuration files stay).
\* Decision: a unit booted from an erased configuration no longer has the
\* configuration the constants describe (without its system configuration it
\* has no failover link, groups or contexts; without a context's, none of
\* its interfaces), so the spec does not follow it: PowerOn needs a Bootable
\* unit.  `write memory' on the unit saves a configuration again.
EraseStartup(u, s) ==
    /\ On(u)
    /\ startup' = [startup EXCEPT ![u][s] = Erased]
    /\ foSaved' = IF s = "system" THEN [foSaved EXCEPT ![u] = FALSE] ELSE foSaved
    /\ UNCHANGED <<envVars, configVars, groupVars, conns, linkLost, flash>>
    /\ act' = [name |-> "EraseStartup", unit |-> u, scope |-> s]
    /\ TimersKept

\* A file command (`delete', `mkdir', `rename', `rmdir') entered on unit u,
\* in the system execution space: Table 51-1 lists all four under "Commands
\* Replicated to the Standby Unit", and "Commands entered in the system
\* execution space are replicated from the unit on which failover group 1
\* is in the active state to the unit on which failover group 1 is in the
\* standby state."  Entered on the unit where group 1 is standby, the
\* command changes that unit's flash only.  A unit's flash persists over a
\* reload, and no synchronisation copies it: "On the unit receiving the
\* configuration, the configuration exists only in running memory", and a
\* context's configuration file gets to the peer's disk only when the admin
\* copies it there ("copy the contexts configuration files from the disk on
\* the primary unit to an external server, and then copy them to disk on the
\* secondary unit").
\* Decision: flash[u] is the version of the last file command u received,
\* not a digest of its files: a replicated command that the peer cannot
\* apply (its flash differs: no such directory there) still reaches it.
\* The saved configurations stay in startup (a delete of a context's
\* configuration file is also EraseStartup on each unit it reaches);
\* `copy running-config flash:/...' and `dir' are not modelled (a local
\* file, no replication: "All forms of the copy command except for copy
\* running-config startup-config" are not replicated).  Not taken: flash
\* resynchronised at join as the running configuration is.
FileCommand(u) ==
    /\ On(u)
    /\ LET v == 1 + Max({flash[w] : w \in Units})
           targets == IF Paired /\ ReplicatesFrom(u, "system")
                      THEN Units ELSE {u}
       IN flash' = [w \in Units |-> IF w \in targets THEN v ELSE flash[w]]
    /\ UNCHANGED <<envVars, configVars, groupVars, foSaved, startup, conns, linkLost>>
    /\ act' = [name |-> "FileCommand", unit |-> u]
    /\ TimersKept

\* `write standby'.  In the system space (on the unit with group 1 active)
\* "the system configuration and the configurations for all security contexts
\* on the ASA are written to the peer unit", and "If there are security
\* contexts in the active state on the peer unit, the write standby command
\* causes active connections through those contexts to be terminated."  In a
\* context (on the unit where it is active) "only the configuration for the
\* security context is written to the peer unit."
WriteStandby(u, s) ==
    /\ Paired /\ IsSource(u, s)
    /\ IF s = "system"
       THEN /\ running' = [running EXCEPT ![Peer(u)] = running[u]]
            /\ conns' = [w \in Units |-> [g \in Groups |->
                           IF role[Peer(u)][g] = "active" THEN {} ELSE conns[w][g]]]
       ELSE /\ running' = [running EXCEPT ![Peer(u)][s] = running[u][s]]
            /\ UNCHANGED conns
    /\ UNCHANGED <<envVars, savedVars, groupVars, foEnabled, linkLost>>
    /\ act' = [name |-> "WriteStandby", unit |-> u, scope |-> s]
    /\ TimersKept

\* New connections of kind k through group g, on unit u where g is active.
\* With Stateful Failover they are replicated at once to the standby over a
\* working stateful link; "HTTP connections are not automatically included in
\* the replicated state information" (only with `replication http').  The
\* step changes a table: a kind new on u, or new connections of a kind u has
\* that reach a standby which has none of that kind yet.
\* Connections of kind k in group g are replicated: "HTTP connections are not
\* automatically included in the replicated state information" (only with
\* `replication http').
ConnReplicated(g, k) == k = "tcp" \/ ReplHttp[g]
Traffic(u, g, k) ==
    /\ UsesActiveAddresses(u, g)
    /\ LET repl == /\ StateLinkWorks
                   /\ role[Peer(u)][g] \in {"standby", "failed"}
                   /\ ConnReplicated(g, k)
           new == [w \in Units |-> IF w = u \/ (w = Peer(u) /\ repl)
                                   THEN [conns[w] EXCEPT ![g] = @ \cup {k}]
                                   ELSE conns[w]]
       IN /\ new # conns
          /\ conns' = new
    /\ UNCHANGED <<envVars, savedVars, configVars, groupVars, linkLost>>
    /\ act' = [name |-> "Traffic", unit |-> u, group |-> g, kind |-> k]
    /\ TimersKept

\* One abstract tick of time: every running timer advances (up to its hold),
\* every timer whose condition does not hold is 0.  Enabled only while some
\* running timer has not yet expired.
TimerRunning ==
    \/ \E u \in Units : UnitWaiting(u) /\ unitTimer[u] < UnitHold
    \/ \E u \in Units, g \in Groups :
         IfMonitored(u, g) /\ \E i \in DOMAIN ifTimer[u][g] : ifTimer[u][g][i] < IfHold[g]
    \/ \E g \in Groups : PreemptWaiting(g) /\ preemptTimer[g] < PreemptDelay[g]
Tick ==
    /\ TimerRunning
    /\ unitTimer' = [u \in Units |->
                       IF UnitWaiting(u) THEN Min(unitTimer[u] + 1, UnitHold) ELSE 0]
    /\ ifTimer' = [u \in Units |-> [g \in Groups |->
                     [i \in DOMAIN ifTimer[u][g] |->
                        IF IfMonitored(u, g) THEN Min(ifTimer[u][g][i] + 1, IfHold[g]) ELSE 0]]]
    /\ preemptTimer' = [g \in Groups |->
                          IF PreemptWaiting(g) THEN Min(preemptTimer[g] + 1, PreemptDelay[g])
                          ELSE 0]
    /\ UNCHANGED <<envVars, savedVars, configVars, groupVars, conns, linkLost>>
    /\ act' = [name |-> "Tick"]

-----------------------------------------------------------------------------
(***************************************************************************)
(* THE PAIR'S OWN STEPS                                                    *)
(***************************************************************************)

\* "When a unit boots while the peer unit is not available, both failover
\* groups become active on the unit."  Also "If the failover link is down at
\* startup, both failover groups on both units become active."  The unit
\* waits its unit hold time without hearing a peer.
BootAlone(u) ==
    /\ On(u) /\ foEnabled[u] /\ AllInit(u)
    /\ BootWaits(u)
    /\ unitTimer[u] >= UnitHold
    /\ role' = [role EXCEPT ![u] = [g \in Groups |-> "active"]]
    /\ preemptArmed' = Armed(preemptArmed)
    /\ UNCHANGED <<envVars, savedVars, configVars, conns, linkLost>>
    /\ act' = [name |-> "BootAlone", unit |-> u]
    /\ SettleTimers

\* "When a unit boots while the peer unit is active (with both failover
\* groups in the active state), the failover groups remain in the active state
\* on the active unit regardless of the primary or secondary preference";
\* "the booting unit contacts the active unit to obtain the running
\* configuration regardless of the primary or secondary designation of the
\* booting unit."  The received configuration "exists only in running memory".
JoinActivePeer(u) ==
    /\ On(u) /\ foEnabled[u] /\ AllInit(u) /\ Heard(u)
    /\ \A g \in Groups : role[Peer(u)][g] = "active"
    /\ role' = [role EXCEPT ![u] = [g \in Groups |-> "standby"]]
    /\ running' = [running EXCEPT ![u] = running[Peer(u)]]
    /\ linkLost' = FALSE
    \* the unit has become available: its preferred groups arm preemption
    /\ preemptArmed' = ArmOn(u, Groups)
    /\ UNCHANGED <<envVars, savedVars, foEnabled, conns>>
    /\ act' = [name |-> "JoinActivePeer", unit |-> u]
    /\ SettleTimers

\* "When both units boot simultaneously, the secondary unit obtains the
\* running configuration from the primary unit."  "When both units boot at
\* the same time, each failover group becomes active on its preferred unit
\* after the configurations have been synchronized."  Both units are still
\* negotiating and hear each other.
SimultaneousBoot ==
    /\ \A u \in Units : On(u) /\ foEnabled[u] /\ AllInit(u)
    /\ foLink = "up"
    /\ role' = [u \in Units |-> [g \in Groups |->
                  IF u = PrefUnit(g) THEN "active" ELSE "standby"]]
    /\ running' = [running EXCEPT ![Secondary] = running[Primary]]
    /\ linkLost' = FALSE
    /\ preemptArmed' = Armed(preemptArmed)
    /\ UNCHANGED <<envVars, savedVars, foEnabled, conns>>
    /\ act' = [name |-> "SimultaneousBoot"]
    /\ SettleTimers

\* Table 51-2, row 1: "When a unit in a failover pair fails, any active
\* failover groups on that unit are marked as failed and become active on the
\* peer unit."  Detected when the peer stays silent for the unit hold time
\* (tested also over the data interfaces, so it works with the failover link
\* down), or at once when the peer is heard rebooting (all its groups
\* negotiating: it holds no active group any more).  Decision: a group marked
\* failed on the surviving unit becomes active too -- it is the only place
\* left for it.
DetectPeerFailure(u) ==
    /\ Settled(u) /\ foEnabled[u] /\ HasBackup(u)
    /\ \/ /\ PeerGone(u) /\ unitTimer[u] >= UnitHold
          /\ DeathNeedsLink => foLink = "up"
       \/ Heard(u) /\ AllInit(Peer(u))
    /\ role' = [role EXCEPT ![u] = [g \in Groups |-> "active"]]
    /\ preemptArmed' = Armed(preemptArmed)
    /\ UNCHANGED <<envVars, savedVars, configVars, conns, linkLost>>
    /\ act' = [name |-> "DetectPeerFailure", unit |-> u]
    /\ SettleTimers

\* The interface hold time of group g on u has expired with the failed
\* interfaces meeting the policy.  Table 51-2:
\*  "Interface failure on active failover group above threshold: Failover.
\*   Mark active group as failed. [Standby group:] Become active."
\*  "Interface failure on standby failover group above threshold: No
\*   failover. No action. Mark standby group as failed.  When the standby
\*   failover group is marked as failed, the active failover group does not
\*   attempt to fail over, even if the interface failure threshold is
\*   surpassed."
\* The failover needs the pair (no failover while the failover link is down);
\* marking a standby group failed is local.  An active group that cannot fail
\* over stays active.
\* Decision (a race: the standby's same interfaces have failed too, but its
\* hold time has not yet expired, so it is not marked failed): the active
\* group does not fail over onto them.  Weighed: the interface status
\* "Failed—No traffic is received on the interface, yet traffic is heard on
\* the peer interface" (with the peer's interface silent too, the active's
\* is not "Failed" in that sense); Table 51-2, "When the standby failover
\* group is marked as failed, the active failover group does not attempt to
\* fail over" (the same situation a moment later); and the preemption rule
\* above (the preferred unit counts as available only while its interfaces
\* are below the policy).  The group stays active until the peer's
\* interfaces recover (then it fails over at once: its hold time has
\* expired) or the peer's group is marked failed (then Table 51-2 row 3
\* holds it).  The reading not taken: a standby not yet marked failed is a
\* standby like any other, and the group fails over onto interfaces that are
\* just as dead (and back again when the peer's hold time expires, if those
\* interfaces recover first): reading InterfaceFailoverTarget = "anyStandby".
\* The peer of u can take group g over from it: its group is standby, not
\* failed ("When the standby failover group is marked as failed, the active
\* failover group does not attempt to fail over"), and (reading
\* InterfaceFailoverTarget) its interfaces of the group are below the policy.
FailoverTarget(u, g) ==
    /\ role[Peer(u)][g] = "standby"
    /\ ~IfDownMeets(Peer(u), g) \/ Reading("InterfaceFailoverTarget", "anyStandby")
DetectInterfaceFailure(u, g) ==
    /\ On(u) /\ foEnabled[u] /\ IfFailed(u, g)
    /\ \/ /\ role[u][g] = "standby"
          /\ role' = SetRole(u, g, "failed")
          /\ UNCHANGED conns
       \/ /\ role[u][g] = "active" /\ Paired
          /\ FailoverTarget(u, g)
          /\ role' = [SetRole(u, g, "failed") EXCEPT ![Peer(u)][g] = "active"]
          /\ conns' = [conns EXCEPT ![u][g] = {}]
    /\ preemptArmed' = Armed(preemptArmed)
    /\ UNCHANGED <<envVars, savedVars, configVars, linkLost>>
    /\ act' = [name |-> "DetectInterfaceFailure", unit |-> u, group |-> g]
    /\ SettleTimers

\* "Formerly active failover group recovers: No failover. No action."  The
\* interfaces are back below the policy: the failed group returns to standby
\* ("Restored units or groups remain in the standby state until made active by
\* failover (forced or natural)", unless preemption applies).
GroupRecover(u, g) ==
    /\ On(u) /\ foEnabled[u]
    /\ role[u][g] = "failed" /\ ~IfFailed(u, g)
    /\ role' = SetRole(u, g, "standby")
    \* "If previously active, a failover group becomes active if it is
    \*  configured with preemption and if the unit on which it failed is the
    \*  preferred unit."
    /\ preemptArmed' = ArmOn(u, {g})
    /\ UNCHANGED <<envVars, savedVars, configVars, conns, linkLost>>
    /\ act' = [name |-> "GroupRecover", unit |-> u, group |-> g]
    /\ SettleTimers

\* Bulk state replication: "Stateful Failover -- Passes state information for
\* sessions on interfaces in the active failover group to the standby
\* failover group."  The standby's table becomes the replicable part of the
\* active's (after a join, a failover, or the stateful link's return).
\* The active unit bulk-copies its table to the standby ("Passes state
\* information ... to the standby failover group").
BulkCopies == TRUE
StateSync(g) ==
    /\ BulkCopies
    /\ StateLinkWorks
    /\ \E u \in Units :
         /\ role[u][g] = "active"
         /\ role[Peer(u)][g] \in {"standby", "failed"}
         /\ conns[Peer(u)][g] # Replicable(g, conns[u][g])
         /\ conns' = [conns EXCEPT ![Peer(u)][g] = Replicable(g, conns[u][g])]
    /\ UNCHANGED <<envVars, savedVars, configVars, groupVars, linkLost>>
    /\ act' = [name |-> "StateSync", group |-> g]
    /\ TimersKept

\* "The preempt command causes a failover group to become active on the
\* designated unit automatically when that unit becomes available."  "You can
\* enter an optional delay value, which specifies the number of seconds the
\* failover group remains active on the current unit before automatically
\* becoming active on the designated unit."  "If Stateful Failover is
\* enabled, the preemption is delayed until the connections are replicated
\* from the unit on which the failover group is currently active."
\* Also after recovery: "If previously active, a failover group becomes active
\* if it is configured with preemption and if the unit on which it failed is
\* the preferred unit."
\* Decision: with the stateful link down the connections cannot be
\* replicated, so the preemption waits until the link is back and StateSync
\* has copied them.  Not taken: preempt after the delay anyway, terminating
\* sessions as a failover would ("State information becomes out of date, and
\* sessions are terminated if a failover occurs").
\* A preemption waits for the connection replication to the preferred unit
\* (Stateful Failover configured), unless (reading PreemptStateLinkDown =
\* "proceed") the stateful link is down.
PreemptWaitsForSync ==
    Stateful /\ ~(Reading("PreemptStateLinkDown", "proceed") /\ stLink = "down")
Preempt(g) ==
    /\ PreemptWaiting(g)
    /\ preemptTimer[g] >= PreemptDelay[g]
    /\ LET pu == PrefUnit(g)
           cu == Peer(pu)
       IN /\ PreemptWaitsForSync => conns[pu][g] = Replicable(g, conns[cu][g])
          /\ role' = [SetRole(pu, g, "active") EXCEPT ![cu][g] = "standby"]
          /\ conns' = [conns EXCEPT ![cu][g] = {}]
    \* the event is consumed
    /\ preemptArmed' = Disarm({g})
    /\ UNCHANGED <<envVars, savedVars, configVars, linkLost>>
    /\ act' = [name |-> "Preempt", group |-> g]
    /\ SettleTimers

\* The failover link is back after a failure and both units run: they
\* negotiate again.  The seed does not say how a group active on both units
\* is resolved.  Decision (from the simultaneous-boot rule, where the primary
\* provides the configuration): such a group becomes standby on the secondary
\* unit.  Standby tables are dropped and refilled by StateSync.
\* Configuration then flows scope by scope from the unit where the scope's
\* group is active after the rejoin: "Commands entered within a security
\* context are replicated from the unit on which the security context appears
\* in the active state to the peer unit"; "Commands entered in the system
\* execution space [and the admin context] are replicated from the unit on
\* which failover group 1 is in the active state".  A context whose group
\* stays active on the secondary keeps the secondary's configuration and the
\* primary takes it.
\* Decision: the rejoining pair synchronises its configuration as a joining
\* unit does ("Configuration synchronization occurs when one or both units in
\* a failover pair boot"), also when no group was active on both units: the
\* commands entered while the link was down were not replicated, and "Those
\* changes may be lost the next time the initial configuration
\* synchronization occurs" -- here the changes on the standby side of each
\* scope.  The reading not taken: the configurations stay apart until an
\* administrator enters `write standby'.
RejoinConfig(r, dual) ==
    IF Reading("RejoinConfig", "fromPrimary")
    THEN IF dual # {} THEN [running EXCEPT ![Secondary] = running[Primary]] ELSE running
    ELSE [u \in Units |-> [s \in Scopes |->
            IF r[Peer(u)][ScopeGroup(s)] = "active" /\ r[u][ScopeGroup(s)] # "active"
            THEN running[Peer(u)][s] ELSE running[u][s]]]

Rejoin ==
    /\ foLink = "up" /\ linkLost
    /\ \A u \in Units : Settled(u) /\ foEnabled[u]
    /\ LET dual == {g \in Groups : \A u \in Units : role[u][g] = "active"}
       IN /\ role' = [role EXCEPT ![Secondary] =
                        [g \in Groups |-> IF g \in dual THEN "standby" ELSE role[Secondary][g]]]
          \* every standby table is refilled by StateSync from the active
          /\ conns' = [u \in Units |-> [g \in Groups |->
                         IF role'[u][g] = "active" THEN conns[u][g] ELSE {}]]
          /\ running' = RejoinConfig(role', dual)
          \* the secondary rejoins the pair for the groups it gives up
          /\ preemptArmed' = ArmOn(Secondary, dual)
    /\ linkLost' = FALSE
    /\ UNCHANGED <<envVars, savedVars, foEnabled>>
    /\ act' = [name |-> "Rejoin"]
    /\ SettleTimers

-----------------------------------------------------------------------------
(***************************************************************************)
(* The next-state relation: a disjunction of named actions.               *)
(***************************************************************************)
Environment ==
    \/ \E us \in SUBSET Units : PowerOn(us)
    \/ \E u \in Units : PowerOff(u)
    \/ FailoverLinkDown
    \/ FailoverLinkUp
    \/ StateLinkDown
    \/ StateLinkUp
    \/ \E u \in Units, g \in Groups : InterfaceDown(u, g)
    \/ \E u \in Units, g \in Groups : \E i \in 1..MonIf[g] : InterfaceUp(u, g, i)
    \/ \E u \in Units : EnableFailover(u)
    \/ \E u \in Units : DisableFailover(u)
    \/ \E u \in Units, g \in {0} \cup Groups : ForceActive(u, g)
    \/ \E u \in Units, g \in Groups : ForceStandby(u, g)
    \/ \E u \in Units, g \in {0} \cup Groups : Reset(u, g)
    \/ \E u \in Units, s \in Scopes : ConfigCommand(u, s)
    \/ \E u \in Units, c \in Contexts : LocalCommand(u, c)
    \/ \E u \in Units, s \in {"all"} \cup Scopes : WriteMemory(u, s)
    \/ \E u \in Units, s \in Scopes : EraseStartup(u, s)
    \/ \E u \in Units : FileCommand(u)
    \/ \E u \in Units, s \in Scopes : WriteStandby(u, s)
    \/ \E u \in Units, g \in Groups, k \in ConnKinds : Traffic(u, g, k)
    \/ Tick

PairSteps ==
    \/ \E u \in Units : BootAlone(u)
    \/ \E u \in Units : JoinActivePeer(u)
    \/ SimultaneousBoot
    \/ \E u \in Units : DetectPeerFailure(u)
    \/ \E u \in Units, g \in Groups : DetectInterfaceFailure(u, g)
    \/ \E u \in Units, g \in Groups : GroupRecover(u, g)
    \/ \E g \in Groups : StateSync(g)
    \/ \E g \in Groups : Preempt(g)
    \/ Rejoin

Next == Environment \/ PairSteps

\* The environment is free (no fairness).  Time passes: Tick is weakly fair.
\* The pair's own steps are strongly fair, so that a step enabled again and
\* again -- for example while a cable flaps -- is eventually taken.  They are
\* grouped in a few families, because TLC's liveness checking grows
\* exponentially with the number of fairness conditions (one condition per
\* step instance took TLC minutes before the first state).  Fairness of a
\* family is weaker than fairness of each of its steps: an environment that
\* keeps re-enabling one step of a family could starve another.  Steps that
\* an environment loop can re-enable independently (per group: interface
\* health, state sync, preemption) have families of their own; the checked
\* models show no counterexample that relies on such starvation.
Negotiation == \/ \E u \in Units : BootAlone(u) \/ JoinActivePeer(u) \/ DetectPeerFailure(u)
               \/ SimultaneousBoot
               \/ Rejoin
GroupHealth(g) == \E u \in Units : DetectInterfaceFailure(u, g) \/ GroupRecover(u, g)

\* The fairness conditions written out, because TLC evaluates ENABLED by
\* building a successor (every assignment and SettleTimers) on every state,
\* once per branch of the temporal properties, and each fairness action on
\* every transition: that was most of a liveness check.  WF_v(A) is
\* <>[]ENABLED <<A>>_v => []<><<A>>_v, SF_v(A) is []<>ENABLED <<A>>_v =>
\* []<><<A>>_v; below, ENABLED <<A>>_vars is A's guard, and <<A>>_vars a
\* step whose act names an action of A.  Both are equivalent on the
\* behaviours of Init /\ [][Next]_vars: the assignments of each of these
\* actions always succeed and change role, conns, linkLost or a timer, and
\* every action sets act' to its own name and parameters
\* (FairnessEnabledInv and FairnessStepsProp check both in the files model).
\* ENABLED <<Tick>>_vars is TimerRunning, Tick's guard.
\* Equivalent to ENABLED <<Negotiation>>_vars: the guards of its steps.
NegotiationEnabled ==
    \/ \E u \in Units :
         \/ On(u) /\ foEnabled[u] /\ AllInit(u) /\ BootWaits(u)                 \* BootAlone(u)
            /\ unitTimer[u] >= UnitHold
         \/ On(u) /\ foEnabled[u] /\ AllInit(u) /\ Heard(u)                     \* JoinActivePeer(u)
            /\ \A g \in Groups : role[Peer(u)][g] = "active"
         \/ /\ Settled(u) /\ foEnabled[u] /\ HasBackup(u)                        \* DetectPeerFailure(u)
            /\ \/ PeerGone(u) /\ unitTimer[u] >= UnitHold /\ (DeathNeedsLink => foLink = "up")
               \/ Heard(u) /\ AllInit(Peer(u))
    \/ (\A u \in Units : On(u) /\ foEnabled[u] /\ AllInit(u)) /\ foLink = "up"  \* SimultaneousBoot
    \/ linkLost /\ foLink = "up" /\ \A u \in Units : Settled(u) /\ foEnabled[u]  \* Rejoin
\* Equivalent to ENABLED <<GroupHealth(g)>>_vars.
GroupHealthEnabled(g) ==
    \E u \in Units :
      /\ On(u) /\ foEnabled[u]
      /\ \/ role[u][g] = "standby" /\ IfFailed(u, g)                            \* DetectInterfaceFailure(u, g)
         \/ role[u][g] = "active" /\ IfFailed(u, g) /\ Paired /\ FailoverTarget(u, g)
         \/ role[u][g] = "failed" /\ ~IfFailed(u, g)                             \* GroupRecover(u, g)
\* Equivalent to ENABLED <<StateSync(g)>>_vars.
StateSyncEnabled(g) ==
    /\ BulkCopies /\ StateLinkWorks
    /\ \E u \in Units : /\ role[u][g] = "active"
                        /\ role[Peer(u)][g] \in {"standby", "failed"}
                        /\ conns[Peer(u)][g] # Replicable(g, conns[u][g])
\* Equivalent to ENABLED <<Preempt(g)>>_vars.
PreemptEnabled(g) ==
    /\ PreemptWaiting(g) /\ preemptTimer[g] >= PreemptDelay[g]
    /\ PreemptWaitsForSync => conns[PrefUnit(g)][g] = Replicable(g, conns[Peer(PrefUnit(g))][g])
\* On a step of Next, equivalent to Tick, Negotiation, GroupHealth(g), StateSync(g), Preempt(g).
TickStep == act'.name = "Tick"
NegotiationStep ==
    act'.name \in {"BootAlone", "JoinActivePeer", "DetectPeerFailure", "SimultaneousBoot", "Rejoin"}
GroupHealthStep(g) == act'.name \in {"DetectInterfaceFailure", "GroupRecover"} /\ act'.group = g
StateSyncStep(g) == act'.name = "StateSync" /\ act'.group = g
PreemptStep(g) == act'.name = "Preempt" /\ act'.group = g

\* Each family's condition: WF_vars(Tick), SF_vars(Negotiation), and for
\* each group SF_vars(GroupHealth(g)), SF_vars(StateSync(g)),
\* SF_vars(Preempt(g)).
TickFair          == <>[]TimerRunning => []<><<TickStep>>_vars
NegotiationFair   == []<>NegotiationEnabled => []<><<NegotiationStep>>_vars
GroupHealthFair(g) == []<>GroupHealthEnabled(g) => []<><<GroupHealthStep(g)>>_vars
StateSyncFair(g)  == []<>StateSyncEnabled(g) => []<><<StateSyncStep(g)>>_vars
PreemptFair(g)    == []<>PreemptEnabled(g) => []<><<PreemptStep(g)>>_vars
\* Equivalent to WF_vars(Tick) /\ SF_vars(Negotiation) /\ \A g \in Groups :
\* SF_vars(GroupHealth(g)) /\ SF_vars(StateSync(g)) /\ SF_vars(Preempt(g)).
Fairness ==
    /\ TickFair
    /\ NegotiationFair
    /\ \A g \in Groups : GroupHealthFair(g) /\ StateSyncFair(g) /\ PreemptFair(g)

\* The behaviours of the pair without fairness: what the safety properties
\* are about, and what the models that expect the liveness properties to
\* hold check them against (see LIVENESS).
SafetySpec == Init /\ [][Next]_vars
Spec == SafetySpec /\ Fairness

-----------------------------------------------------------------------------
(***************************************************************************)
(* INVARIANTS                                                              *)
(***************************************************************************)

\* A unit's groups are "off" exactly when the unit is off.
PowerRoleInv ==
    \A u \in Units : ~On(u) <=> (\A g \in Groups : role[u][g] = "off")

\* Both units take part in failover and the failover link has not failed
\* since they last synchronised.
PairIntact == (\A u \in Units : foEnabled[u]) /\ ~linkLost

\* A group is never active on both units while the failover link works: dual
\* active happens only when the failover link has failed since the units last
\* synchronised ("If the failover link is down at startup, both failover
\* groups on both units become active"), or when a unit runs with failover
\* disabled.
NoDualActiveInv ==
    PairIntact => \A g \in Groups : ~(role["A"][g] = "active" /\ role["B"][g] = "active")

\* Under the same condition no two units use the same virtual MAC and IP
\* addresses of a group: at most one uses the active ones, at most one the
\* standby ones.
MacIpUniqueInv ==
    PairIntact =>
      \A g \in Groups :
        /\ ~(UsesActiveAddresses("A", g) /\ UsesActiveAddresses("B", g))
        /\ ~(UsesStandbyAddresses("A", g) /\ UsesStandbyAddresses("B", g))

\* A standby (or failed) group holds HTTP connections only with `replication
\* http': "HTTP session state information is not passed to the standby
\* failover group".
HttpReplicationInv ==
    \A u \in Units, g \in Groups :
        role[u][g] \in {"standby", "failed"} => conns[u][g] \subseteq Replicable(g, ConnKinds)

\* The standby's table never holds a connection the active does not hold:
\* state flows from the active group to the standby group only.
StandbyTableInv ==
    PairIntact => \A u \in Units, g \in Groups :
        (role[u][g] = "active" /\ role[Peer(u)][g] \in {"standby", "failed"})
            => conns[Peer(u)][g] \subseteq conns[u][g]

\* Preemption is armed only for a group with `preempt', and only while it is
\* pending: the group is active on the unit it does not prefer and its
\* preferred unit holds it in standby or failed.
PreemptArmedInv ==
    \A g \in Groups : preemptArmed[g] => Armable(g) /\ PreemptPending(g)

\* On a working pair every group is active on exactly one unit ("both
\* failover groups ... active on a single unit in the pair, with the other
\* unit containing the failover groups in the standby state", or split).
PairedActiveInv ==
    Paired => \A g \in Groups : \E u \in Units : role[u][g] = "active" /\ role[Peer(u)][g] # "active"

\* Every timer is 0 while its condition does not hold: Tick advances only the
\* running ones, and SettleTimers restarts each whose condition a step ends.
\* TimersKept relies on it.
TimersSettledInv ==
    /\ \A u \in Units : ~UnitWaiting(u) => unitTimer[u] = 0
    /\ \A u \in Units, g \in Groups :
         ~IfMonitored(u, g) => \A i \in DOMAIN ifTimer[u][g] : ifTimer[u][g][i] = 0
    /\ \A g \in Groups : ~PreemptWaiting(g) => preemptTimer[g] = 0

\* The enabling conditions of Fairness are those of its actions.
FairnessEnabledInv ==
    /\ TimerRunning <=> ENABLED <<Tick>>_vars
    /\ NegotiationEnabled <=> ENABLED <<Negotiation>>_vars
    /\ \A g \in Groups :
         /\ GroupHealthEnabled(g) <=> ENABLED <<GroupHealth(g)>>_vars
         /\ StateSyncEnabled(g) <=> ENABLED <<StateSync(g)>>_vars
         /\ PreemptEnabled(g) <=> ENABLED <<Preempt(g)>>_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* ACTION PROPERTIES ([][A]_vars)                                          *)
(***************************************************************************)
\* A property about the steps that change something (role' # role, ...) or
\* take one action says so first: the rest of it is about those steps only,
\* and TLC, which checks every property on every step it builds, evaluates
\* no further on the others (most steps of most models are commands that
\* change neither roles nor versions).
HasUnit(a) == "unit" \in DOMAIN a

\* Without preemption a group does not leave the unit where it is active
\* except for a failure (unit or interfaces), a forced failover, failover
\* re-enabled on that unit, or the resolution of a dual-active group;
\* "Unless failover group preemption is configured, the failover groups
\* remain active on their current unit."
MoveCauses == {"PowerOff", "DetectInterfaceFailure", "ForceActive", "ForceStandby",
               "EnableFailover", "Rejoin"}
NoMoveWithoutCauseProp ==
    [][role' # role =>
       \A u \in Units, g \in Groups :
         (role[u][g] = "active" /\ role'[u][g] # "active")
            => act'.name \in MoveCauses \cup (IF PreemptOn[g] THEN {"Preempt"} ELSE {})
      ]_vars

\* "When the standby failover group is marked as failed, the active failover
\* group does not attempt to fail over": while the group is failed on the
\* peer, it stays active on a running unit with failover enabled.
StandbyFailedBlocksProp ==
    [][role' # role =>
       \A u \in Units, g \in Groups :
         (role[u][g] = "active" /\ role[Peer(u)][g] = "failed"
          /\ foEnabled[u] /\ foEnabled'[u] /\ On(u)')
            => role'[u][g] = "active"
      ]_vars

\* An interface failover moves the group only onto a unit whose interfaces
\* of the group are below the policy (Decision at DetectInterfaceFailure:
\* "Failed—No traffic is received on the interface, yet traffic is heard on
\* the peer interface").
InterfaceFailoverToHealthyProp ==
    [][act'.name = "DetectInterfaceFailure" =>
       \A u \in Units, g \in Groups :
         (act'.unit = u /\ act'.group = g /\ role[u][g] = "active")
            => ~IfDownMeets(Peer(u), g)
      ]_vars

\* "The unit cannot fail over to the standby unit while the failover link is
\* down": while the link is down, a standby or failed group becomes active
\* only when its peer unit is off.
LinkDownNoFailoverProp ==
    [][foLink = "down" /\ role' # role =>
         \A u \in Units, g \in Groups :
           (role[u][g] \in {"standby", "failed"} /\ role'[u][g] = "active")
              => ~On(Peer(u))
      ]_vars

\* A group marked failed on a unit becomes active there only when the peer
\* unit is dead or rebooting (Table 51-2, row 1): no preemption, forced or
\* interface failover onto a failed group.
FailedNotActivatedProp ==
    [][role' # role =>
       \A u \in Units, g \in Groups :
         (role[u][g] = "failed" /\ role'[u][g] = "active")
            => ~On(Peer(u)) \/ AllInit(Peer(u))
      ]_vars

\* Configuration authority: the running configuration of a scope on the unit
\* where the scope is active (before and after the step) changes only by
\* commands entered on that unit, or by `write standby' of the system space
\* from the peer ("the system configuration and the configurations for all
\* security contexts on the ASA are written to the peer unit").  Commands
\* entered on the standby side are never replicated to the active side, and
\* no synchronisation (join, simultaneous boot, rejoin) overwrites it.
ConfigFromActiveProp ==
    [][running' # running =>
       \A u \in Units, s \in Scopes :
         (On(u) /\ On(u)' /\ IsSource(u, s) /\ IsSource(u, s)'
          /\ running'[u][s] # running[u][s])
            => \/ act'.name = "WriteStandby"
               \/ HasUnit(act') /\ act'.unit = u
      ]_vars

\* Flash authority: a unit's flash changes only by a file command, entered
\* on that unit or replicated from the unit where group 1 is active ("Commands
\* entered in the system execution space are replicated from the unit on
\* which failover group 1 is in the active state").  No synchronisation
\* (join, simultaneous boot, rejoin, `write standby') copies files.
FlashFromGroup1ActiveProp ==
    [][flash' # flash =>
       \A w \in Units :
         flash'[w] # flash[w]
            => /\ act'.name = "FileCommand"
               /\ act'.unit = w \/ role[act'.unit][1] = "active"
      ]_vars

\* Configuration converges to the active unit's after sync: a unit joining an
\* active peer ends with the peer's running configuration, at a simultaneous
\* boot the secondary ends with the primary's, and after a rejoin both units
\* hold every scope as the unit where the scope is active held it.
SyncTakesActiveConfigProp ==
    [][/\ act'.name = "JoinActivePeer" => running'[act'.unit] = running[Peer(act'.unit)]
       /\ act'.name = "SimultaneousBoot" => running'[Secondary] = running'[Primary]
       /\ act'.name = "Rejoin" =>
            \A u \in Units, s \in Scopes :
               IsSource(u, s)' => running'[Peer(u)][s] = running[u][s]
      ]_vars

\* Preemption follows an availability event: a group preempts only when its
\* preferred unit has become available for it since it last moved by force
\* or by preemption.  Three conjuncts, which together give it by induction
\* over the steps: Preempt needs preemptArmed; a forced failover of the
\* group and Preempt clear it; only an availability event sets it (the
\* preferred unit joins, the group there recovers or is reset, or the
\* secondary gives a dual-active group up at a rejoin).
ForcedStep(g) ==
    /\ act'.name \in {"ForceActive", "ForceStandby"}
    /\ act'.group \in {0, g}
    /\ \E u \in Units : role[u][g] = "active" /\ role'[u][g] = "standby"
AvailabilityStep(g) ==
    \/ act'.name = "JoinActivePeer" /\ act'.unit = PrefUnit(g)
    \/ act'.name \in {"GroupRecover", "Reset"}
          /\ role[PrefUnit(g)][g] = "failed" /\ role'[PrefUnit(g)][g] = "standby"
    \/ act'.name = "Rejoin" /\ PrefUnit(g) = Secondary
          /\ role[Secondary][g] = "active" /\ role'[Secondary][g] = "standby"
PreemptNeedsAvailabilityProp ==
    [][\A g \in Groups :
         /\ (act'.name = "Preempt" /\ act'.group = g) => preemptArmed[g]
         /\ (ForcedStep(g) \/ (act'.name = "Preempt" /\ act'.group = g)) => ~preemptArmed'[g]
         /\ (~preemptArmed[g] /\ preemptArmed'[g]) => AvailabilityStep(g)
      ]_vars

\* Replicated connections survive a failover: a unit taking a group over
\* keeps every connection replicated to it.
ConnSurviveProp ==
    [][role' # role =>
       \A u \in Units, g \in Groups :
         (role[u][g] \in {"standby", "failed"} /\ role'[u][g] = "active")
            => conns[u][g] \subseteq conns'[u][g]
      ]_vars

\* With Stateful Failover, preemption loses no replicable connection: it
\* waits until the connections are replicated.
PreemptAfterSyncProp ==
    [][(act'.name = "Preempt" /\ Stateful)
         => LET g == act'.group IN
              Replicable(g, conns[Peer(PrefUnit(g))][g]) \subseteq conns'[PrefUnit(g)][g]
      ]_vars

\* The steps of Fairness are those of its actions (and change the state).
FairnessStepsProp ==
    [][/\ TickStep <=> <<Tick>>_vars
       /\ NegotiationStep <=> <<Negotiation>>_vars
       /\ \A g \in Groups :
            /\ GroupHealthStep(g) <=> <<GroupHealth(g)>>_vars
            /\ StateSyncStep(g) <=> <<StateSync(g)>>_vars
            /\ PreemptStep(g) <=> <<Preempt(g)>>_vars
      ]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* LIVENESS                                                                *)
(*                                                                         *)
(* Each property names the fairness conditions it relies on, as the       *)
(* antecedent of an implication: "under these conditions, P".  Under Spec  *)
(* (which implies Fairness, and so every antecedent) each is equivalent   *)
(* to P alone.  Under SafetySpec it says more: every behaviour that meets  *)
(* those few conditions satisfies P, fair or not in the others.           *)
(* Decision: the models that expect every property to hold (or a safety   *)
(* violation) check them under SafetySpec: a pass there implies a pass     *)
(* under Spec, and TLC carries only the named conditions into each        *)
(* property's branch instead of all eight (the state model's check takes  *)
(* about half the time; every state count is the same).  The models that  *)
(* expect a liveness property to fail check it under Spec, so that TLC's   *)
(* counterexample is a behaviour fair in every family.  Not taken: every   *)
(* model under Spec (each branch carries every fairness condition), or    *)
(* properties without antecedents under a Spec with fewer conditions (the  *)
(* spec's fairness would then be whatever the cheapest property needs).   *)
(***************************************************************************)
ActiveSomewhere(g) == \E u \in Units : UsesActiveAddresses(u, g)
SomeUnitUp == \E u \in Units : On(u) /\ foEnabled[u]

\* Each property below says "whenever P holds, eventually Q holds, or P no
\* longer does": P ~> (Q \/ ~P), written in the equivalent form
\* []<>(Q \/ ~P).  (Where P holds, P ~> (Q \/ ~P) asks for Q \/ ~P later;
\* where P does not, Q \/ ~P holds at once: so Q \/ ~P holds infinitely
\* often; the converse is immediate.)  TLC checks []<>(...) on the state
\* graph alone, ~> on its product with a tableau, once per branch of the
\* properties: in this form TLC's whole check of the state model takes 27 s
\* instead of 31 s, of the mirror model 30 s instead of 36 s, with the same
\* state counts and the same counterexamples for the models that expect a
\* temporal property to fail, but for bug_no_bulk_sync (another behaviour in
\* which the standby stays stale).  (The form is written out in each: TLC
\* cannot handle an operator that takes P and Q as arguments here.)

\* The environment eventually leaves the power alone.  A unit switched off
\* and on again before its unit hold time expires never finishes booting:
\* powering A and B off and on in turn, faster than the hold, keeps one unit
\* up and no group active for ever (TLC's lasso with UnitHold = 2).
PowerSettles == <>[][\A u \in Units : power'[u] = power[u]]_vars

\* Once the power settles: while some unit runs with failover enabled, each
\* group is eventually active somewhere (or no unit runs any more).  Relies
\* on time passing and on the negotiation (boot, join, peer failure).
ActiveSomewhereProp ==
    TickFair /\ NegotiationFair =>
        (PowerSettles => \A g \in Groups : []<>(ActiveSomewhere(g) \/ ~SomeUnitUp))

\* With preemption, a group held in standby by its healthy preferred unit on
\* a working pair eventually becomes active there -- or the situation ends.
PreemptReady(g) ==
    /\ preemptArmed[g]
    /\ role[PrefUnit(g)][g] = "standby"
    /\ role[Peer(PrefUnit(g))][g] = "active"
    /\ Paired
    /\ ~IfDownMeets(PrefUnit(g), g)
    /\ Stateful => stLink = "up"
\* Relies on time passing (the delay), on the preemption and, with Stateful
\* Failover, on the state sync it waits for.
PreemptProp ==
    \A g \in Groups : PreemptOn[g] =>
        (TickFair /\ PreemptFair(g) /\ StateSyncFair(g) =>
            []<>(role[PrefUnit(g)][g] = "active" \/ ~PreemptReady(g)))

\* Over a working stateful link the standby's table eventually catches up
\* with the active's.
SyncPending(g) ==
    /\ StateLinkWorks
    /\ \E u \in Units : /\ role[u][g] = "active"
                        /\ role[Peer(u)][g] \in {"standby", "failed"}
                        /\ conns[Peer(u)][g] # Replicable(g, conns[u][g])
\* Relies on the state sync alone.  (SyncPending(g) ~> ~SyncPending(g).)
StateSyncProp == \A g \in Groups : StateSyncFair(g) => []<>~SyncPending(g)

=============================================================================
