package failover.corners;

import java.util.List;

/**
 * One corner case of the catalogue: a reviewer's question, answered by the shortest behaviour TLC
 * finds to a {@code Debug…} witness of the spec.
 *
 * @param name     file name of the entry: {@code scenarios/corners/NAME.scenario}, {@code docs/corners/NAME.svg}
 * @param title    a short title
 * @param witness  the witness's name in spec/AAFailover.tla (or spec/MCcorners.tla), e.g. {@code DebugDualActiveAtStartup}
 * @param config   the TLC model (cfg file in spec/) whose INVARIANT or PROPERTY is the witness
 * @param question the question, one sentence
 * @param quotes   the seed's own words on it, each with its section
 * @param answer   what the trace shows, in a sentence or two (where the seed is silent: the spec's decision)
 */
public record Corner(String name, String title, String witness, String config, String question, List<Quote> quotes, String answer) {
  public Corner { quotes = List.copyOf(quotes); }

  /** A sentence (or a few) of the seed chapter, verbatim, and the section it stands in. */
  public record Quote(String section, String text) {}
}
