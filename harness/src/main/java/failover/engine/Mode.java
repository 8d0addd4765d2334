package failover.engine;

/**
 * A CLI mode: privileged EXEC, global configuration, or a sub-mode entered by {@code failover group N},
 * {@code context NAME}, {@code interface PHY} or {@code router PROTOCOL [ID]}. {@code arg} is the
 * group number, context name, interface name, or the routing process ("ospf 100", "rip").
 */
record Mode(Kind kind, String arg) {
  enum Kind { EXEC, CONFIG, FOVER_GROUP, CONTEXT, INTERFACE, ROUTER }

  /** Global configuration mode: where a scenario's console sessions start. */
  static final Mode CONFIG = new Mode(Kind.CONFIG, "");
  /** Privileged EXEC mode ({@code A#}): after {@code exit} or {@code end}; {@code configure terminal} leaves it. */
  static final Mode EXEC = new Mode(Kind.EXEC, "");

  /** The prompt suffix, as in the seed: {@code (config)}, {@code (config-fover-group)}, {@code (config-context)}, ... */
  String promptSuffix() {
    return switch (kind) {
      case EXEC -> "";
      case CONFIG -> "(config)";
      case FOVER_GROUP -> "(config-fover-group)";
      // the seed: "hostname(config)# context Eng / hostname(config-context)# join-failover-group 1"
      case CONTEXT -> "(config-context)";
      case INTERFACE -> "(config-if)";
      // the seed: "hostname(config)# router rip / hostname(config-router)#"
      case ROUTER -> "(config-router)";
    };
  }

  /** The words of {@code show failover exec}: "config mode", "interface sub-command mode", ... */
  String execName() {
    return switch (kind) {
      case EXEC -> "exec mode";
      case CONFIG -> "config mode";
      case FOVER_GROUP -> "failover group sub-command mode";
      case CONTEXT -> "context sub-command mode";
      case INTERFACE -> "interface sub-command mode";
      case ROUTER -> "router sub-command mode";
    };
  }

  /** The head of the configuration block this sub-mode edits. */
  String blockHead() {
    return switch (kind) {
      case EXEC, CONFIG -> null;
      case FOVER_GROUP -> "failover group " + arg;
      case CONTEXT -> "context " + arg;
      case INTERFACE -> "interface " + arg;
      case ROUTER -> "router " + arg;
    };
  }
}
