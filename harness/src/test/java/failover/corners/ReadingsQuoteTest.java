package failover.corners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import failover.spec.Readings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every seed sentence a reading weighs (failover.spec.Readings, shown by `readings` and the catalogue) is the seed's, word for word. */
class ReadingsQuoteTest {
  @Test
  void everyQuoteIsInTheSeed() throws Exception {
    String seed = Seed.normalize(Seed.raw());
    List<String> missing = new ArrayList<>();
    for (Readings.Reading r : Readings.ALL) {
      for (String q : r.seed()) {
        String n = Seed.normalize(q);
        if (n.endsWith(".") && !seed.contains(n)) n = n.substring(0, n.length() - 1);
        if (!seed.contains(n)) missing.add(r.name() + ": " + q);
      }
    }
    assertEquals(List.of(), missing, "quotes not found in " + Seed.FILE);
  }
}
