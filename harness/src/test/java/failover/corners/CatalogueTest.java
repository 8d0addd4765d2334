package failover.corners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalogue's definition: names unique, witnesses and models exist, every quote verbatim in its section of the seed. */
class CatalogueTest {
  static final List<String> HEADINGS = List.of("Active/Active Failover Overview",
      "Primary/Secondary Status and Active/Standby Status", "Device Initialization and Configuration Synchronization",
      "Command Replication", "Failover Triggers", "Failover Actions", "Optional Active/Active Failover Settings",
      "Licensing Requirements for Active/Active Failover", "Configuring Failover Group Preemption",
      "Enabling HTTP Replication with Stateful Failover", "Disabling and Enabling Interface Monitoring",
      "Configuring Interface Health Monitoring", "Configuring Failover Criteria", "Configuring Virtual MAC Addresses",
      "Configuring Support for Asymmetrically Routed Packets", "Remote Command Execution", "Changing Command Modes",
      "Controlling Failover", "Forcing Failover", "Disabling Failover", "Restoring a Failed Unit or Failover Group",
      "Testing the Failover Functionality", "Monitoring Active/Active Failover");

  @Test
  void atLeastFifteenCornerCasesWithUniqueNames() {
    assertTrue(Catalogue.CORNERS.size() >= 15, "issue 5 asks for at least 15 corner cases");
    Set<String> names = new HashSet<>();
    for (Corner c : Catalogue.CORNERS) {
      assertTrue(names.add(c.name()), "duplicate name " + c.name());
      assertTrue(c.name().matches("[a-z0-9_]+"), "file-safe name: " + c.name());
      assertTrue(c.question().endsWith("?"), c.name() + ": the question is one question: " + c.question());
      assertTrue(!c.quotes().isEmpty(), c.name() + ": no seed quote");
    }
  }

  @Test
  void everyWitnessIsDefinedAndNamedByItsModel() throws Exception {
    String spec = Files.readString(Path.of("spec/AAFailoverDebug.tla")) + Files.readString(Path.of("spec/MCcorners.tla"));
    for (Corner c : Catalogue.CORNERS) {
      assertTrue(Pattern.compile("(?m)^" + c.witness() + "\\s*==").matcher(spec).find(),
          c.name() + ": witness " + c.witness() + " is not defined in spec/AAFailoverDebug.tla or spec/MCcorners.tla");
      Path cfg = Path.of("spec", c.config());
      assertTrue(Files.isRegularFile(cfg), c.name() + ": no model " + cfg);
      failover.tlc.ModelConfig mc = failover.tlc.ModelConfig.read(cfg);
      List<String> checked = new java.util.ArrayList<>(mc.invariants());
      checked.addAll(mc.properties());
      assertEquals(List.of(c.witness()), checked, c.name() + ": " + cfg + " must check exactly the witness");
    }
  }

  @Test
  void everyQuoteStandsVerbatimInItsSection() throws Exception {
    String raw = Seed.raw();
    for (Corner c : Catalogue.CORNERS) {
      for (Corner.Quote q : c.quotes()) {
        String section = Seed.section(raw, q.section(), HEADINGS);
        assertNotNull(section, c.name() + ": no section '" + q.section() + "' in the seed");
        assertTrue(section.contains(Seed.normalize(q.text())),
            c.name() + ": not in section '" + q.section() + "' of the seed: " + q.text());
      }
    }
  }
}
