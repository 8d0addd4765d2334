package failover.corners;

import java.util.List;

/**
 * What of the seed chapter the catalogue is indexed by: the rows of Table 51-2 ("Failover Behavior
 * for Active/Active Failover"), the cells of Table 51-1 ("Command Replication") and the chapter's
 * sections. The cells are the seed's own words (a test checks them against the seed file); a corner
 * case names the rows it answers by {@link Row#key} / {@link Command#key}.
 */
public final class SeedIndex {
  private SeedIndex() {}

  /** One row of Table 51-2: its cells as the seed writes them. */
  public record Row(String key, String event, String policy, String activeAction, String standbyAction, String notes) {}

  /** One cell of Table 51-1: a command that is, or is not, replicated to the standby unit. */
  public record Command(String key, boolean replicated, String text) {}

  public static final List<Row> TABLE_51_2 = List.of(
      new Row("51-2/1", "A unit experiences a power or software failure", "Failover", "Become standby Mark as failed",
          "Become active Mark active as failed", "When a unit in a failover pair fails, any active failover groups on "
              + "that unit are marked as failed and become active on the peer unit."),
      new Row("51-2/2", "Interface failure on active failover group above threshold", "Failover", "Mark active group as failed",
          "Become active", "None."),
      new Row("51-2/3", "Interface failure on standby failover group above threshold", "No failover", "No action",
          "Mark standby group as failed", "When the standby failover group is marked as failed, the active failover group "
              + "does not attempt to fail over, even if the interface failure threshold is surpassed."),
      new Row("51-2/4", "Formerly active failover group recovers", "No failover", "No action", "No action",
          "Unless failover group preemption is configured, the failover groups remain active on their current unit."),
      new Row("51-2/5", "Failover link failed at startup", "No failover", "Become active", "Become active",
          "If the failover link is down at startup, both failover groups on both units become active."),
      new Row("51-2/6", "Stateful Failover link failed", "No failover", "No action", "No action",
          "State information becomes out of date, and sessions are terminated if a failover occurs."),
      new Row("51-2/7", "Failover link failed during operation", "No failover", "n/a", "n/a",
          "Each unit marks the failover interface as failed. You should restore the failover link as soon as possible "
              + "because the unit cannot fail over to the standby unit while the failover link is down."));

  public static final List<Command> TABLE_51_1 = List.of(
      new Command("51-1/configuration commands", true, "All configuration commands except for mode , firewall , and failover lan unit"),
      new Command("51-1/copy running-config startup-config", true, "copy running-config startup-config"),
      new Command("51-1/delete", true, "delete"),
      new Command("51-1/mkdir", true, "mkdir"),
      new Command("51-1/rename", true, "rename"),
      new Command("51-1/rmdir", true, "rmdir"),
      new Command("51-1/write memory", true, "write memory"),
      new Command("51-1/other copy", false, "All forms of the copy command except for copy running-config startup-config"),
      new Command("51-1/other write", false, "All forms of the write command except for write memory"),
      new Command("51-1/debug", false, "debug"),
      new Command("51-1/failover lan unit", false, "failover lan unit"),
      new Command("51-1/firewall", false, "firewall"),
      new Command("51-1/mode", false, "mode"),
      new Command("51-1/show", false, "show"));

  /** The sections of the chapter that say how the pair behaves, in the chapter's order. */
  public static final List<String> SECTIONS = List.of(Catalogue.OVERVIEW, Catalogue.PRI_SEC, Catalogue.SYNC,
      Catalogue.REPLICATION, Catalogue.TRIGGERS, Catalogue.ACTIONS, Catalogue.PREEMPT, Catalogue.HTTP,
      Catalogue.MONITORING, Catalogue.HEALTH, Catalogue.CRITERIA, "Configuring Virtual MAC Addresses",
      Catalogue.ASR, Catalogue.REMOTE, "Changing Command Modes", Catalogue.FORCING, Catalogue.DISABLING, Catalogue.RESTORING,
      Catalogue.TESTING, "Monitoring Active/Active Failover");

  public static boolean isKey(String key) {
    return TABLE_51_2.stream().anyMatch(r -> r.key().equals(key)) || TABLE_51_1.stream().anyMatch(c -> c.key().equals(key));
  }
}
