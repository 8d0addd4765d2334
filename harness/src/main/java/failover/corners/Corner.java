package failover.corners;

import java.util.List;

/**
 * One corner case of the catalogue: a reviewer's question, answered by the shortest behaviour TLC
 * finds to a {@code Debug…} witness of the spec.
 *
 * @param name     file name of the entry: {@code scenarios/corners/NAME.scenario}, {@code docs/corners/NAME.svg}
 * @param title    a short title
 * @param witness  the witness's name in spec/AAFailoverDebug.tla (or spec/MCcorners.tla), e.g. {@code DebugDualActiveAtStartup}
 * @param config   the TLC model (cfg file in spec/) whose INVARIANT or PROPERTY is the witness
 * @param question the question, one sentence
 * @param quotes   the seed's own words on it, each with its section
 * @param answer   what the trace shows, in a sentence or two
 * @param ruling   whose word the answer is: a sentence of the seed that decides it, or the spec's decisions
 * @param cost     what it costs an operator: the outage, the lost connections or configuration, what happens next
 * @param covers   the rows of the seed's tables the case answers ({@link SeedIndex} keys: {@code 51-2/1}, {@code 51-1/debug}, ...)
 */
public record Corner(String name, String title, String witness, String config, String question, List<Quote> quotes,
                     String answer, Ruling ruling, String cost, List<String> covers) {
  public Corner {
    quotes = List.copyOf(quotes);
    covers = List.copyOf(covers);
  }

  /** A sentence (or a few) of the seed chapter, verbatim, and the section it stands in. */
  public record Quote(String section, String text) {}

  /**
   * Whose word the answer is. {@code seedQuote}: the index in {@link #quotes} of the seed sentence
   * that decides the answer (or its outcome), -1 for none. {@code decisions}: the numbered decisions
   * of spec/README.md the answer rests on (empty when the seed alone decides). {@code notTaken}: the
   * reading the spec did not take (required with decisions).
   */
  public record Ruling(int seedQuote, List<Integer> decisions, String notTaken) {
    public Ruling { decisions = List.copyOf(decisions); }

    public boolean seedDecides() { return seedQuote >= 0; }
  }

  /** The quote that decides the answer, or null. */
  public Quote decidingQuote() { return ruling.seedDecides() ? quotes.get(ruling.seedQuote()) : null; }
}
