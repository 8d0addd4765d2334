package failover.corners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every committed timeline is well-formed SVG with one column a step of its scenario's trace. */
class PicturesTest {
  @Test
  void everyPictureIsWellFormedSvgWithOneColumnAStep() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    for (Corner c : Catalogue.CORNERS) {
      Path svg = Generator.PICTURES.resolve(c.name() + ".svg");
      Document d = f.newDocumentBuilder().parse(svg.toFile());
      assertEquals("svg", d.getDocumentElement().getLocalName(), svg.toString());
      NodeList texts = d.getElementsByTagName("text");
      int headers = 0;
      int legend = 0;
      for (int i = 0; i < texts.getLength(); i++) {
        String t = texts.item(i).getTextContent();
        if (t.matches("step \\d+")) headers++;
        if (t.matches("step \\d+: .*")) legend++;
      }
      assertTrue(headers >= 2, svg + ": a trace has at least two states");
      assertEquals(headers, legend, svg + ": one legend line a column");
      // the scenario names the same number of trace steps (its comments say "step N" / "steps N-M")
      String scenario = Files.readString(Generator.SCENARIOS.resolve(c.name() + ".scenario"));
      assertTrue(scenario.contains("step " + headers + ":") || scenario.matches("(?s).*steps \\d+-" + headers + ":.*"),
          c.name() + ": the scenario does not reach the trace's last step " + headers);
    }
  }
}
