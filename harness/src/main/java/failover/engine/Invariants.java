package failover.engine;

import java.util.Optional;

/**
 * The spec's safety invariants ({@code ...Inv}, spec/AAFailover.tla after {@code Spec}) on the
 * engine's state, checked by the randomized tests.
 */
final class Invariants {
  private Invariants() {}

  /**
   * The spec's safety invariants, as they apply to the engine; returns the violated one, or null.
   * PowerRoleInv: a unit's groups are "off" exactly when the unit is off. NoDualActiveInv and
   * MacIpUniqueInv, while both units run failover and the failover link has not failed since they
   * synchronised: no group active on both units; no MAC or IP address used by both. PairedActiveInv:
   * on a working pair every group is active on exactly one unit.
   * StandbyTableInv on the connection tables. (HttpReplicationInv is not checked: in the engine
   * "replication http" is configuration, and a standby keeps the HTTP entries replicated before
   * {@code no replication http} until the next bulk synchronisation.)
   */
  static String violated(Pair pair) {
    Unit a = pair.a, b = pair.b;
    boolean intact = a.failoverEnabled() && b.failoverEnabled() && !pair.linkLost;
    for (Unit u : new Unit[] {a, b}) {
      for (int g = 1; g <= 2; g++) {
        if (!u.on != (u.role[g] == GroupState.OFF)) return "PowerRoleInv: " + u.id + " group " + g + " " + u.role[g].spec() + " with power " + (u.on ? "on" : "off");
      }
    }
    for (int g = 1; g <= 2; g++) {
      for (Unit u : new Unit[] {a, b}) {
        Unit p = pair.peer(u);
        // as in the spec, only while the pair is intact (both run failover, the failover link has
        // not failed since they synchronised)
        if (intact && u.role[g] == GroupState.ACTIVE
            && (p.role[g] == GroupState.STANDBY || p.role[g] == GroupState.FAILED)) {
          for (String c : Predicates.contextsOf(p.running, g)) {
            if ((p.tcp(c) > 0 && u.tcp(c) == 0) || (p.http(c) > 0 && u.http(c) == 0)) {
              return "StandbyTableInv: " + p.id + " holds connections of " + c + " that the active " + u.id + " does not";
            }
          }
        }
      }
    }
    // PairedActiveInv: on a working pair every group is active on exactly one unit
    if (pair.is.paired()) {
      for (int g = 1; g <= 2; g++) {
        if ((a.role[g] == GroupState.ACTIVE) == (b.role[g] == GroupState.ACTIVE)) {
          return "PairedActiveInv: group " + g + " is " + a.role[g].spec() + " on A and " + b.role[g].spec() + " on B in a working pair";
        }
      }
    }
    if (!intact) return null;
    for (int g = 1; g <= 2; g++) {
      if (a.role[g] == GroupState.ACTIVE && b.role[g] == GroupState.ACTIVE) {
        return "NoDualActiveInv: group " + g + " active on both units";
      }
    }
    for (String port : Names.PORTS) {
      if (Cfg.contextOfPort(a.running, port) == null || Cfg.contextOfPort(b.running, port) == null) continue;
      String ma = Addresses.macOf(a, port, pair.standbyWhileNegotiating()), mb = Addresses.macOf(b, port, pair.standbyWhileNegotiating());
      if (ma.equals(mb) && !Cfg.sameMacConfigured(a.running, port) && !Cfg.sameMacConfigured(b.running, port)) {
        return "MacIpUniqueInv: MAC " + ma + " on " + port + " used by both units";
      }
    }
    for (String c : a.running.contexts.keySet()) {
      if (!b.running.contexts.containsKey(c)) continue;
      for (String n : Cfg.nameifs(a.running, c)) {
        String[] ca = Cfg.interfaceIp(a.running, c, n), cb = Cfg.interfaceIp(b.running, c, n);
        if (ca == null || cb == null || !java.util.Arrays.equals(ca, cb) || java.util.Objects.equals(ca[0], ca[1])) continue;
        Optional<String> ia = Addresses.ip(a, c, n, pair.standbyWhileNegotiating()), ib = Addresses.ip(b, c, n, pair.standbyWhileNegotiating());
        if (ia.isPresent() && ia.equals(ib)) return "MacIpUniqueInv: IP " + ia.get() + " on " + c + "/" + n + " used by both units";
      }
    }
    return null;
  }

}
