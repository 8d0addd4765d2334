package failover.tlc;

import java.util.List;
import java.util.Optional;

/**
 * Did a TLC run give the result a model expects? The one decision of {@code failover check} and
 * {@code failover conform}. TLC 2.18 does not name the temporal property a liveness
 * counterexample violates: when the model's cfg checks only one PROPERTY, that one is meant;
 * when it checks several, the expected one is checked alone ({@link #needsAloneRun}) and, if that
 * run violates it too, it is the one ({@link #name}).
 */
public final class Judge {
  private Judge() {}

  /** The property a run violated, as far as it can be named, and the run whose trace shows it. */
  public record Named(Optional<String> property, TlcResult source, String note) {
    public Trace trace() { return source.trace(); }
  }

  /**
   * TLC found some temporal property violated without naming it, the cfg checks several, and the
   * manifest expects one of them: check that one alone ({@link ModelConfig#withOnlyProperty}).
   */
  public static boolean needsAloneRun(TlcResult r, ModelConfig cfg, Manifest.Expected expected) {
    Optional<String> p = expected.property();
    return r.verdict() == Verdict.TEMPORAL_VIOLATED && r.property().isEmpty()
        && cfg.properties().size() > 1 && expected.verdict() == Verdict.TEMPORAL_VIOLATED
        && p.isPresent() && cfg.properties().contains(p.get());
  }

  /**
   * The violated property: the one TLC named; for an unnamed temporal violation the cfg's only
   * PROPERTY, or the expected one when {@code alone} (its check alone, or null) violated it too.
   * The note says how it was named (empty when TLC named it).
   */
  public static Named name(TlcResult r, ModelConfig cfg, Manifest.Expected expected, TlcResult alone) {
    if (r.verdict() != Verdict.TEMPORAL_VIOLATED || r.property().isPresent()) return new Named(r.property(), r, "");
    List<String> props = cfg.properties();
    String all = String.join(", ", props);
    if (props.size() == 1) {
      return new Named(Optional.of(props.get(0)), r, " (the cfg's only PROPERTY; TLC does not name it)");
    }
    if (alone != null && alone.verdict() == Verdict.TEMPORAL_VIOLATED && expected.property().isPresent()) {
      return new Named(expected.property(), alone,
          " (TLC names none of " + all + "; checked alone, " + expected.property().get() + " is violated)");
    }
    if (alone != null && expected.property().isPresent()) {
      return new Named(Optional.empty(), r, " (one of " + all + "; not " + expected.property().get()
          + ": checked alone, it gives " + Manifest.describe(alone.verdict(), alone.property()) + ")");
    }
    return new Named(Optional.empty(), r, " (TLC does not say which of " + all + ")");
  }

  /** The verdict is the expected one and so is the property, when the manifest names one. */
  public static boolean asExpected(Manifest.Expected expected, Verdict verdict, Optional<String> property) {
    return verdict == expected.verdict() && (expected.property().isEmpty() || expected.property().equals(property));
  }
}
