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
import java.util.OptionalDouble;
import java.util.OptionalInt;
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
  void readsModelsWithExpectationsCountsAndTlcArgs() throws Exception {
    Manifest m = read("""
        {"schema": 1, "tlcArgs": ["-lncheck", "final"], "models": [
          {"name": "ci", "module": "MCci", "cfg": "MCci.cfg", "ci": true, "expected": "pass",
           "distinctStates": 1234, "depth": 16, "seconds": 29.3, "description": "small"},
          {"name": "bug1", "module": "MCbug", "ci": true,
           "expected": {"violates": "NoDualActiveInv", "kind": "safety", "tlcExit": 12}, "distinctStates": 56},
          {"name": "bug2", "module": "MCbug", "cfg": "b2.cfg",
           "expected": {"violates": "NoMoveWithoutCauseProp", "kind": "safety", "tlcExit": 13}},
          {"name": "bug3", "module": "MCbug", "cfg": "b3.cfg",
           "expected": {"violates": "PreemptProp", "kind": "liveness", "tlcExit": 13}}
        ]}""");
    assertEquals(List.of("ci", "bug1", "bug2", "bug3"), m.names());
    assertEquals(List.of("-lncheck", "final"), m.tlcArgs());
    assertEquals(dir.toAbsolutePath(), m.directory());
    assertEquals(new Manifest.Model("ci", "MCci", "MCci.cfg", Manifest.Expected.PASS, OptionalLong.of(1234),
        OptionalInt.of(16), OptionalDouble.of(29.3), true, "small"), m.model("ci").orElseThrow());
    Manifest.Model bug1 = m.model("bug1").orElseThrow();
    assertEquals("MCbug.cfg", bug1.config(), "the cfg defaults to the module's name");
    assertEquals(new Manifest.Expected(Verdict.INVARIANT_VIOLATED, Optional.of("NoDualActiveInv")), bug1.expected());
    assertEquals("action property NoMoveWithoutCauseProp violated", m.model("bug2").orElseThrow().expected().toString());
    assertEquals("temporal property PreemptProp violated", m.model("bug3").orElseThrow().expected().toString());
    assertFalse(m.model("bug2").orElseThrow().ci());
    assertEquals(OptionalLong.empty(), m.model("bug2").orElseThrow().distinctStates());
    assertTrue(m.model("nope").isEmpty());
  }

  @Test
  void readsTheProjectsManifest() throws Exception {
    Manifest m = Manifest.read(Path.of("spec/manifest.json"));
    assertTrue(m.model("ci").orElseThrow().ci());
    assertTrue(m.models().stream().allMatch(x -> x.distinctStates().isPresent()), "every model records its count");
  }

  @Test
  void badManifestsAreOneLineErrors() throws IOException {
    assertTrue(error("{").contains("not valid JSON (line 1"), error("{"));
    assertTrue(error("{}").endsWith(": no \"models\" list"));
    assertTrue(error("{\"models\": [{\"module\": \"M\", \"expected\": \"pass\"}]}").endsWith(": a model has no \"name\""));
    assertTrue(error("{\"models\": [{\"name\": \"x\", \"module\": \"M\"}]}").endsWith(": model x has no \"expected\""));
    assertTrue(error("{\"models\": [{\"name\": \"x\", \"module\": \"M\", \"expected\": {\"violates\": \"P\", \"kind\": \"oops\"}}]}")
        .endsWith(": model x: unknown kind \"oops\""));
    assertTrue(error("{\"models\": [{\"name\": \"x\", \"module\": \"M\", \"expected\": {\"violates\": \"P\", \"kind\": \"safety\"}}]}")
        .endsWith(": model x: a safety violation needs \"tlcExit\" 12 (invariant) or 13 (action property)"));
    assertTrue(error("{\"models\": [{\"name\": \"x\", \"module\": \"M\", \"expected\": \"pass\"},"
        + " {\"name\": \"x\", \"module\": \"M\", \"expected\": \"pass\"}]}").endsWith(": model x twice"));
    for (String json : List.of("{", "{}", "{\"models\": [{}]}")) assertFalse(error(json).contains("\n"), json);
    String missing = assertThrows(Manifest.ManifestException.class, () -> Manifest.read(dir.resolve("none.json"))).getMessage();
    assertTrue(missing.endsWith("none.json: no such file"), missing);
  }
}
