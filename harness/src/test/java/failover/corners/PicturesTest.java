package failover.corners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Every committed timeline is well-formed SVG on a time axis in seconds, with a numbered marker and
 * a legend line for each step of its trace that is not a Tick, the steps counted as its scenario
 * counts them; the group state machine's picture is well-formed too.
 */
class PicturesTest {
  static final Pattern DESC = Pattern.compile("shortest trace of (\\d+) states, (\\d+) s");

  @Test
  void everyTimelineIsOnATimeAxisWithOneLegendLineAMarker() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    for (Corner c : Catalogue.CORNERS) {
      Path svg = Generator.PICTURES.resolve(c.name() + ".svg");
      Document d = f.newDocumentBuilder().parse(svg.toFile());
      assertEquals("svg", d.getDocumentElement().getLocalName(), svg.toString());
      Matcher m = DESC.matcher(d.getElementsByTagName("desc").item(0).getTextContent());
      assertTrue(m.find(), svg + ": no description of its trace");
      int states = Integer.parseInt(m.group(1));
      NodeList texts = d.getElementsByTagName("text");
      List<Integer> markers = new ArrayList<>(), legend = new ArrayList<>();
      boolean zero = false;
      for (int i = 0; i < texts.getLength(); i++) {
        String t = texts.item(i).getTextContent();
        if (t.matches("\\d+")) markers.add(Integer.parseInt(t));
        if (t.matches("step \\d+ · t = \\d+ s · .*")) legend.add(Integer.parseInt(t.split(" ")[1]));
        if (t.equals("0 s")) zero = true;
      }
      assertTrue(zero, svg + ": no time axis from 0 s");
      assertTrue(!markers.isEmpty(), svg + ": no step marked");
      assertEquals(markers, legend, svg + ": one legend line a marker");
      assertTrue(markers.get(markers.size() - 1) <= states, svg.toString());
      String scenario = Files.readString(Generator.SCENARIOS.resolve(c.name() + ".scenario"));
      assertTrue(scenario.contains("step " + states + ":") || scenario.matches("(?s).*steps \\d+-" + states + ":.*"),
          c.name() + ": the scenario does not reach the trace's last step " + states);
    }
  }

  @Test
  void theStateMachineIsWellFormed() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(Generator.STATE_MACHINE.toFile());
    assertEquals("svg", d.getDocumentElement().getLocalName());
  }
}
