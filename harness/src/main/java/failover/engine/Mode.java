package failover.engine;

/**
 * A CLI configuration mode: global configuration, or a sub-mode entered by {@code failover group N},
 * {@code context NAME} or {@code interface PHY}. {@code arg} is the group number, context name or
 * interface name.
 */
record Mode(Kind kind, String arg) {
  enum Kind { CONFIG, FOVER_GROUP, CONTEXT, INTERFACE }

  static final Mode CONFIG = new Mode(Kind.CONFIG, "");

  /** The prompt suffix, as on the ASA: {@code (config)}, {@code (config-fover-group)}, ... */
  String promptSuffix() {
    return switch (kind) {
      case CONFIG -> "(config)";
      case FOVER_GROUP -> "(config-fover-group)";
      case CONTEXT -> "(config-ctx)";
      case INTERFACE -> "(config-if)";
    };
  }

  /** The words of {@code show failover exec}: "config mode", "interface sub-command mode", ... */
  String execName() {
    return switch (kind) {
      case CONFIG -> "config mode";
      case FOVER_GROUP -> "failover group sub-command mode";
      case CONTEXT -> "context sub-command mode";
      case INTERFACE -> "interface sub-command mode";
    };
  }

  /** The head of the configuration block this sub-mode edits. */
  String blockHead() {
    return switch (kind) {
      case CONFIG -> null;
      case FOVER_GROUP -> "failover group " + arg;
      case CONTEXT -> "context " + arg;
      case INTERFACE -> "interface " + arg;
    };
  }
}
