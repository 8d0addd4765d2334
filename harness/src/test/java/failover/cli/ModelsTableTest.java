package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.tlc.Manifest;
import failover.tlc.ModelsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The models tables of README.md and spec/README.md are what spec/manifest.json gives ({@code ./failover models --update-docs}). */
class ModelsTableTest {
  static final String FIX = " (run ./failover models --update-docs)";

  @Test
  void theReadmesTablesAreTheManifests() throws Exception {
    Manifest m = Manifest.read(Path.of("spec/manifest.json"));
    Path readme = Path.of("README.md"), spec = Path.of("spec/README.md");
    assertEquals(ModelsTable.summary(m), ModelsTable.held(Files.readString(readme), readme), readme + FIX);
    assertEquals(ModelsTable.full(m), ModelsTable.held(Files.readString(spec), spec), spec + FIX);
  }

  @Test
  void everyModelHasARow() throws Exception {
    Manifest m = Manifest.read(Path.of("spec/manifest.json"));
    String full = ModelsTable.full(m), summary = ModelsTable.summary(m);
    for (Manifest.Model x : m.models()) {
      assertTrue(full.contains("| `" + x.name() + "`"), x.name());
      assertTrue(x.name().startsWith("debug_") || summary.contains("| `" + x.name() + "` |"), x.name());
    }
  }
}
