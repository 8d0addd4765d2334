package failover.scenario;

import java.util.List;

/** A parsed scenario file: its name (as given on the command line) and its steps in order. */
public record Scenario(String name, List<Step> steps) {
  public Scenario {
    steps = List.copyOf(steps);
  }
}
