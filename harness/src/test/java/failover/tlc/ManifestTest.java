package failover.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir Path dir;

  Manifest read(String json) throws Exception {
    Path f = dir.resolve("manifest.json");
    Files.writeString(f, json);
    return Manifest.read(f);
  }

  String error(String json) {
    return assertThrows(Manifest.ManifestException.class, () -> read(json)).getMessage();
  }

  @Test
  void readsModelsWithExpectationsAndCounts() throws Exception {
    Manifest m = read("""
        {"models": [
          {"name": "ci", "module": "MCci", "config": "MCci.cfg", "expect": "pass", "distinctStates": 1234,
           "description": "small"},
          {"name": "bug1", "module": "MCbug1", "expect": {"violation": "invariant", "property": "NoDualActiveInv"},
           "distinctStates": 56, "exhaustive": false},
          {"name": "bug2", "module": "MCbug2", "expect": {"violation": "temporal", "property": "PreemptProp"}}
        ]}""");
    assertEquals(List.of("ci", "bug1", "bug2"), m.names());
    assertEquals(dir.toAbsolutePath(), m.directory());
    Manifest.Model ci = m.model("ci").orElseThrow();
    assertEquals(new Manifest.Model("ci", "MCci", "MCci.cfg", Manifest.Expected.PASS, OptionalLong.of(1234), true, "small"), ci);
    Manifest.Model bug1 = m.model("bug1").orElseThrow();
    assertEquals("MCbug1.cfg", bug1.config(), "the cfg defaults to the module's name");
    assertEquals(new Manifest.Expected(Verdict.INVARIANT_VIOLATED, Optional.of("NoDualActiveInv")), bug1.expected());
    assertFalse(bug1.exhaustive());
    assertEquals("temporal property PreemptProp violated", m.model("bug2").orElseThrow().expected().toString());
    assertEquals(OptionalLong.empty(), m.model("bug2").orElseThrow().distinctStates());
    assertTrue(m.model("nope").isEmpty());
  }

  @Test
  void badManifestsAreOneLineErrors() throws IOException {
    assertTrue(error("{").contains("not valid JSON (line 1"), error("{"));
    assertTrue(error("{}").endsWith(": no \"models\" list"));
    assertTrue(error("{\"models\": [{\"module\": \"M\", \"expect\": \"pass\"}]}").endsWith(": a model has no \"name\""));
    assertTrue(error("{\"models\": [{\"name\": \"x\", \"module\": \"M\"}]}").endsWith(": model x has no \"expect\""));
    assertTrue(error("{\"models\": [{\"name\": \"x\", \"module\": \"M\", \"expect\": {\"violation\": \"oops\"}}]}")
        .endsWith(": model x: unknown violation \"oops\""));
    for (String json : List.of("{", "{}", "{\"models\": [{}]}")) assertFalse(error(json).contains("\n"), json);
    String missing = assertThrows(Manifest.ManifestException.class, () -> Manifest.read(dir.resolve("none.json"))).getMessage();
    assertTrue(missing.endsWith("none.json: no such file"), missing);
  }
}
