package failover.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelConfigTest {
  static final String CFG = """
      \\* a model
      CONSTANTS Primary = "A"  Pref <- MCPref
      SPECIFICATION Spec
      INVARIANTS
          TypeOK
          NoDualActiveInv (* not DualInv *)
      PROPERTIES
          ActiveSomewhereProp
          PreemptProp
      VIEW View
      PROPERTY StateSyncProp
      CHECK_DEADLOCK FALSE
      """;

  @Test
  void readsInvariantsAndPropertiesSkippingComments() {
    ModelConfig c = ModelConfig.parse(CFG);
    assertEquals(List.of("TypeOK", "NoDualActiveInv"), c.invariants());
    assertEquals(List.of("ActiveSomewhereProp", "PreemptProp", "StateSyncProp"), c.properties());
  }

  @Test
  void keepsOnlyOneProperty() {
    String only = ModelConfig.withOnlyProperty(CFG, "PreemptProp");
    ModelConfig c = ModelConfig.parse(only);
    assertEquals(List.of("TypeOK", "NoDualActiveInv"), c.invariants());
    assertEquals(List.of("PreemptProp"), c.properties());
    for (String kept : List.of("CONSTANTS Primary = \"A\"  Pref <- MCPref", "SPECIFICATION Spec", "VIEW View", "CHECK_DEADLOCK FALSE")) {
      assertEquals(true, only.contains(kept), kept + " in:\n" + only);
    }
  }

  @Test
  void readsTheToyCfgs() throws IOException {
    assertEquals(List.of("ReturnsProp", "StaysProp"),
        ModelConfig.read(Captured.DIR.resolve("toy/ToyTwoProps.cfg")).properties());
    assertEquals(List.of("TypeInv", "SmallInv"),
        ModelConfig.read(Captured.DIR.resolve("toy/ToyInvariant.cfg")).invariants());
  }
}
