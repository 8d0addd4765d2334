package failover.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import failover.tlc.Manifest;
import failover.tlc.ModelConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bench --growth}: the depth bound set in the big model's cfg, TLC's counts per bound, the table and the plot. */
class GrowthTest {

  @Test
  void theBoundIsSetInTheCfgAndNothingElseChanges() throws Exception {
    String cfg = Files.readString(Path.of("spec/MCfull.cfg"));
    String three = ModelConfig.withConstant(cfg, "MaxDepth", "3");
    assertTrue(three.contains("\n    MaxDepth = 3\n"), three);
    assertEquals(cfg.replaceFirst("MaxDepth = \\d+", "MaxDepth = 3"), three);
    assertEquals(cfg, ModelConfig.withConstant(three, "MaxDepth", cfg.replaceAll("(?s).*MaxDepth = (\\d+).*", "$1")));
    assertThrows(IllegalArgumentException.class, () -> ModelConfig.withConstant(cfg, "NoSuchBound", "1"));
  }

  /** TLC on the big model with MaxDepth 1 and 2: its counts grow, and at the manifest's bound they would be the manifest's. */
  @Test
  void tlcCountsTheStatesOfEachBound() throws Exception {
    StringWriter text = new StringWriter();
    List<Growth.Point> points = Growth.measure(new PrintWriter(text, true), Path.of("").toAbsolutePath(), 2);
    assertEquals(2, points.size(), text.toString());
    assertEquals(1, points.get(0).distinct(), "MaxDepth = 1: the initial state alone");
    assertTrue(points.get(1).distinct() > points.get(0).distinct() && points.get(1).generated() > points.get(0).generated(), points.toString());
    assertTrue(Manifest.read(Path.of("spec/manifest.json")).model(Growth.MODEL).orElseThrow().distinctStates().getAsLong() > points.get(1).distinct());
    assertTrue(text.toString().contains("MaxDepth = 2: " + String.format("%,d", points.get(1).distinct()) + " distinct states"), text.toString());
  }

  @Test
  void theTableAndThePlotShowEveryPoint() {
    List<Growth.Point> points = List.of(new Growth.Point(1, 1, 6, 2.4), new Growth.Point(2, 6, 95, 2.7), new Growth.Point(3, 41, 1069, 3.5));
    String md = Growth.markdown(points);
    assertTrue(md.contains("| 2 | 6 | 95 | 2.7 s | 6.0x |"), md);
    assertTrue(md.contains("| 3 | 41 | 1,069 | 3.5 s | 6.8x |"), md);
    String svg = Growth.svg(points);
    assertTrue(svg.startsWith("<svg") && svg.trim().endsWith("</svg>"), svg);
    assertEquals(3, svg.split("<circle ", -1).length - 1, "a point per bound for the states");
    assertTrue(svg.contains("MaxDepth = 3: 41 distinct states") && svg.contains("MaxDepth = 3: 3.5 s"), svg);
    assertEquals(2, svg.split("<polyline ", -1).length - 1, "one line for the states, one for the time");
  }
}
