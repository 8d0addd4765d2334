/**
 * The reference engine: a deterministic, simulated-time model of two Cisco ASA boxes in
 * Active/Active failover, after the seed chapter (Cisco ASA 5500 configuration guide, chapter 51)
 * and spec/AAFailover.tla, whose action names it uses.
 *
 * <h2>Public API</h2>
 * {@link failover.engine.Pair} (the pair: {@code command}, {@code event}, {@code prompt},
 * observations {@code groupState}, {@code runningConfig}, {@code startupConfig}, {@code mac},
 * {@code ip}, {@code sessions}; for harnesses {@code copy}, {@code enabledSteps}, {@code fire},
 * {@code settle}, {@code tick}, {@code abstraction}, {@code lastAction}, {@code history},
 * {@code violatedInvariant}), {@link failover.engine.Box}, {@link failover.engine.GroupState},
 * {@link failover.engine.Result}, {@link failover.engine.Event}, {@link failover.engine.OwnStep},
 * {@link failover.engine.SpecState} (the published state: the spec's variables in the engine's
 * units), {@link failover.engine.BoxView} (a box and what its configuration says, read-only),
 * {@link failover.engine.ConfigLine} (a startup configuration installed from outside,
 * {@code installStartup}), and {@code new Pair(bug)} with
 * one of the spec's deliberate mistakes ({@link failover.spec.Vocabulary#BUGS}).
 *
 * <h2>Actions</h2>
 * Environment: PowerOn, PowerOff, FailoverLinkDown/Up, StateLinkDown/Up, InterfaceDown/Up,
 * EnableFailover, DisableFailover, ForceActive, ForceStandby, Reset, ConfigCommand, LocalCommand,
 * WriteMemory, EraseStartup, FileCommand, WriteStandby, Traffic, Tick. The pair's own steps, fired
 * only inside {@code wait}, at each instant the first enabled one in this fixed order until none is
 * enabled ({@link failover.engine.Pair#STEP_ORDER}):
 * DetectPeerFailure, DetectInterfaceFailure, GroupRecover, SimultaneousBoot, JoinActivePeer, Rejoin,
 * BootAlone, StateSync, Preempt. Then the clock jumps to the next timer expiry (Tick).
 *
 * <h2>Where each part is</h2>
 * A spec action is a method of the same name (its TLA+ name in its comment), in the class of its
 * kind; a guard is written once, in the action:
 * <ul>
 *   <li>{@code Pair}: the state (both {@code Unit}s, cables, clock, timers' starts, {@code act},
 *       history) and the public face; {@code record} ends every step.
 *   <li>{@code Predicates}: the spec's derived notions (Heard, Settled, Paired, StateLinkWorks,
 *       PolicyMet, IfMarked, IfFailed, IfDownMeets, IfMonitored, PrefUnit, IsSource, NewVersion,
 *       PeerGone, UnitWaiting, PreemptWaiting). {@code Timers}: unitTimer, ifTimer (one per
 *       interface), preemptTimer, SettleTimers, ArmOn, Armed.
 *   <li>Environment actions: {@code WorldActions} (power, cables, ports, traffic, time), {@code
 *       FailoverActions} (ForceActive, ForceStandby, Reset), {@code ConfigActions} (configuration
 *       commands with their replication, EnableFailover, DisableFailover, WriteMemory, EraseStartup,
 *       FileCommand, WriteStandby). An action whose guard does not hold changes nothing and returns
 *       a {@code Refusal} (a sealed type), which the input layer words as the ASA's message.
 *   <li>The pair's own steps: {@code PairSteps}, each step after its guard {@code NameEnabled}.
 *   <li>Inputs: {@code Events} (the scenario's events) and {@code Commands}, the command line's
 *       dispatcher, with its families {@code Replication} (configuration edits), {@code
 *       FailoverCommands}, {@code ConfigCommands}, {@code InterfaceCommands}, {@code WriteCommands},
 *       {@code ExecCommands}, {@code FileCommands}, {@code Show}.
 *   <li>{@code Addresses} (MAC and IP addresses in use), {@code Invariants}, {@code SpecState}
 *       (the published state), {@code BoxView}, {@code ConfigLine}. The engine knows nothing of the
 *       harness: the driver, the writer and reader of a model's constants and the abstraction to
 *       the spec's variables are in {@code failover.adapter}.
 * </ul>
 *
 * <h2>Timing</h2>
 * Timers are the spec's: each measures how long its condition has held without interruption
 * (unit timer: negotiating without hearing the peer, or holding standby/failed groups while the
 * peer is off; interface timer per group: the failed monitored interfaces meet the interface
 * policy on an active or standby group; preemption timer per group). Defaults from the seed: unit
 * poll 1 s / hold 15 s ({@code failover polltime unit}), interface poll 5 s / hold 25 s
 * ({@code polltime interface} in the group; hold 5 x poll when not given), interface-policy 1,
 * preference primary, no preemption, no HTTP replication. Joining an active peer, a simultaneous
 * boot, bulk state replication, group recovery and a preemption without delay take no time, but
 * still happen only inside {@code wait}.
 *
 * <h2>Decisions where the seed is silent (as in the spec unless noted)</h2>
 * <ul>
 *   <li>A box with failover disabled is standalone: every group active from power-on.
 *       {@code failover} makes it negotiate again (groups "init", table dropped).
 *   <li>{@code no failover} is a configuration command, replicated from the unit where group 1 is
 *       active; groups stay where they are, a negotiating group becomes active.
 *   <li>A group still negotiating ("init") uses no virtual MAC (the port shows its burned-in MAC)
 *       and no IP address; a failed group uses the standby addresses.
 *   <li>Unit failure is detected over the data interfaces too: losing the failover link alone is
 *       no peer failure; a peer heard rebooting is detected at once; the survivor makes every group
 *       active (also a group failed there).
 *   <li>The failover link counts as lost (the spec's {@code linkLost}) when its cable is down, or
 *       when both units run failover without hearing each other (port down, failover interface not
 *       configured). Until they synchronise again (join, simultaneous boot, Rejoin) nothing is
 *       replicated and no failover between the units happens.
 *   <li>Rejoin: when the link returns, a group active on both units becomes standby on the
 *       secondary unit; then each scope's configuration flows from the unit where its group is
 *       active (the system space from the unit with group 1), as commands are replicated.
 *   <li>Forced failover ({@code failover active [group N]}, {@code no failover active [group N]})
 *       needs the working pair; on the wrong unit (group already active / not active here) it is
 *       rejected. The unit that gives a group up drops its table for it; state flows back by StateSync.
 *   <li>{@code failover reset} restores failed groups on the unit and, over a working failover link,
 *       on the peer. A group whose interfaces are back below the policy recovers by itself (GroupRecover).
 *   <li>Preemption is an event: armed when the preferred unit becomes available for the group (it
 *       joins, or the group there recovers or is reset, or it gives a dual-active group up at a
 *       Rejoin), disarmed by a forced failover or the preemption itself. It waits while the preferred
 *       unit's interfaces of the group meet the policy, and, with Stateful Failover, until the
 *       standby's table is in sync (StateSync).
 *   <li>An interface failover needs a peer whose interfaces of the group are below the policy:
 *       an active group whose interfaces fail stays active while the standby's fail too.
 *   <li>Engine, not spec: new connections are replicated at once over a working stateful link, also
 *       to a standby whose copy is still out of date ("the replication of new connections take[s]
 *       effect before the next line runs"); the spec's Traffic only adds a new kind of connection.
 *   <li>The boxes boot from their startup configuration, so an unsaved {@code failover}/{@code no
 *       failover} is lost at a power cycle (the spec's foSaved; PowerOff sets foEnabled to it).
 *   <li>Engine, not spec: cable events ({@code interface A ... down}) are accepted on a box that is off (the spec's
 *       InterfaceDown/Up need the unit on).
 *   <li>{@code write memory} saves the system space (or, in a context, that context); {@code write
 *       memory all} saves the system and every context (the seed's words); it is replicated from the
 *       unit where the scope is active (the spec's WriteMemory(u, s)).
 *   <li>Engine: {@code failover lan unit} (never replicated) stays the receiver's own at every
 *       configuration synchronisation (in the spec it changes the constant Primary).
 *   <li>{@code firewall} in a context is never replicated (the spec's LocalCommand); {@code write
 *       erase} erases the unit's own startup configuration of the scope, in the system space the
 *       system configuration only (the contexts' files stay), and is not replicated (the spec's
 *       EraseStartup).
 *   <li>Engine: commands on the standby side of a scope are applied locally with the ASA's
 *       "Configuration Replication is NOT performed from Standby unit to Active unit" warning.
 *   <li>Engine: interfaces monitored by default are the named (nameif) physical interfaces of the
 *       contexts of the group; {@code no monitor-interface NAME} in the context removes one.
 *   <li>Engine: the CLI session starts in global configuration mode ({@code A(config)#});
 *       {@code exit} there and {@code end} go to privileged EXEC ({@code A#}), where configuration
 *       commands are rejected until {@code configure terminal}.
 *   <li>Engine: {@code link state down|up} is accepted without a dedicated stateful link (the
 *       cable exists); it matters only when {@code failover link NAME PHY} names one. It is refused
 *       when the Stateful Failover link uses a data interface (no cable of its own): that link fails
 *       with the data interface's port ({@code interface A GigabitEthernet0/6 down}).
 *   <li>Engine, not spec: "You can monitor up to 250 interfaces on a unit" counts the monitored
 *       interfaces of both failover groups in every context; a command that would make 251
 *       ({@code monitor-interface}, or {@code nameif} / {@code allocate-interface} on a physical
 *       interface, monitored by default) is refused.
 *   <li>Engine, not spec: {@code failover link IF_NAME} alone names the failover link (its name is
 *       looked up first) or a data interface: the nameif of an interface allocated to exactly one
 *       context (contexts name their interfaces independently; a name two contexts use, such as
 *       the seed's "outside", is refused as ambiguous). Stateful Failover then works while that
 *       port has link on both units; {@code failover interface ip IF_NAME} is refused for it ("skip
 *       this step"), and so is any other edit that would leave the name standing for another
 *       interface or none ({@code no failover link} first). Such a pair is outside the spec's
 *       constants ({@code play --validate} leaves it unchecked).
 *   <li>Engine, not spec: each box has a flash file system ({@link failover.engine.Flash}; it
 *       survives a power-off): its software images, and the configuration file of each context
 *       whose configuration was saved, at the path its {@code config-url} names. The system's
 *       startup configuration is no file (the ASA keeps it in a hidden area that {@code dir} does
 *       not list). {@code dir}, {@code mkdir}, {@code rmdir}, {@code delete [/recursive]}, {@code
 *       rename} ({@code /noconfirm} or the seed's {@code /nonconfirm}) work in the system execution
 *       space only; Table 51-1's four are replicated from the unit with group 1 active over a
 *       working pair (the peer applies what it can). Each is the spec's FileCommand (the flash
 *       version of each box it reaches); deleting or moving a context's saved configuration file is
 *       also the spec's EraseStartup of that context on each unit it reaches (the box then boots the context empty), and {@code write erase} in a
 *       context removes the file. Dates are 00:00:00 UTC Jan 01 2012 plus simulated time.
 *   <li>Engine, not spec: every physical port of an empty configuration is administratively
 *       down, as on an ASA; {@code interface PHY} / {@code no shutdown} in the system execution
 *       space enables it ("Enables the interface", Steps 3 and 6 of the seed's procedures). A shut
 *       failover port is a failed failover link (Table 51-2's rows: no contact, {@code linkLost}),
 *       a shut dedicated stateful port a failed Stateful Failover link. A monitored interface that
 *       is shut (its port, or {@code shutdown} in its context) shows "Link Down" and counts neither
 *       toward the interface policy nor among the interfaces a percentage is taken of
 *       ({@link failover.engine.Cfg#monitoredUp}). {@code play --validate} leaves unchecked the
 *       states where a failover port (or a dedicated stateful port) is shut or without link: the
 *       spec's {@code foLink} and {@code stLink} are cables.
 *   <li>Engine: {@code router ospf N | rip | eigrp N | bgp N} enters router configuration mode
 *       ({@code (config-router)}), in the system execution space (as typed in the seed) and in a
 *       context; its block is configuration like any other. {@code failover exec} tracks it.
 *   <li>Engine: a poll time without a hold time ({@code polltime interface [msec] N}) implies the
 *       hold time max(5 s, 5 x poll), a valid one ("Valid values for the hold time are from 5 to 75
 *       seconds").
 *   <li>Engine: {@code debug}, {@code undebug} and {@code no debug} are no configuration lines
 *       (never stored, saved or replicated) and are refused by {@code failover exec}. {@code copy}
 *       takes {@code running-config startup-config} (abbreviated, with {@code /noconfirm} or the
 *       seed's {@code /nonconfirm}: saved and replicated as {@code write memory}) and {@code
 *       running-config flash:/path} (a file on this box's flash, not replicated); every other form
 *       is refused.
 *   <li>Engine: hardware of each box: GigabitEthernet0/0-0/7, GigabitEthernet1/0-1/3,
 *       Management0/0; the "physical_port_number" of the default MAC is the index in that list
 *       (GigabitEthernet0/N: N), two hex digits, as is the group id: active 00a0.c9PP.GG01,
 *       standby 00a0.c9PP.GG02. Burned-in MACs: 0050.56a0.00PP (A), 0050.56b0.00PP (B).
 * </ul>
 */
package failover.engine;
