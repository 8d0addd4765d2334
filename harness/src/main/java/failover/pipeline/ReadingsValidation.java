package failover.pipeline;

import failover.corners.ReadingsReport;
import failover.corners.ReadingsRun;
import failover.engine.Pair;
import failover.spec.Readings;
import failover.tlc.Tlc;
import failover.validate.Recording;
import failover.validate.Validation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The readings' scenarios (scenarios/readings/, {@link ReadingsRun}) validated by TLC as
 * {@code ./failover play --validate --reading NAME=VALUE} does, every scenario under both readings
 * in ONE TLC run: the engine under each reading records the scenario, TLC checks the recording
 * against the spec under the same reading, and the scenario's own expectations are reported with
 * the verdict. (Here, not in failover.corners: validation is a package of the catalogue's layer.)
 */
public final class ReadingsValidation {
  private ReadingsValidation() {}

  /** The runs with their validation lines: per reading, TLC's verdict and whether the expectations hold. */
  public static List<ReadingsRun> validate(List<ReadingsRun> runs, Tlc tlc, Path root, Path work) {
    List<Validation.Input> inputs = new ArrayList<>();
    List<Recording> recs = new ArrayList<>();
    for (ReadingsRun r : runs) {
      ReadingsReport.Witness w = r.witness();
      for (Readings rd : List.of(Readings.CHOSEN, Readings.CHOSEN.with(w.reading(), w.alternative()))) {
        Recording rec = Recording.of(ReadingsRun.parse(w.reading() + (rd.chosenAll() ? "" : "-" + w.alternative()),
            r.scenario().lines().toList()), new Pair("none", rd));
        recs.add(rec);
        inputs.add(Validation.Input.of(rec, "none"));
      }
    }
    List<Validation.Outcome> outs = Validation.runAll(inputs, tlc, root.resolve("spec"), work);
    List<ReadingsRun> out = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      ReadingsRun r = runs.get(i);
      ReadingsReport.Witness w = r.witness();
      List<String> lines = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        Validation.Outcome o = outs.get(2 * i + k);
        Recording rec = recs.get(2 * i + k);
        String value = k == 0 ? w.alternativeChosen() : w.alternative();
        String verdict = o instanceof Validation.Outcome.Valid ? "VALID (every step allowed by the spec under it)"
            : Validation.headline(o).replace(o.name() + ": ", "").replace(" " + o.name(), "");
        lines.add("`" + w.reading() + "=" + value + "`: " + verdict + "; the scenario's expectations "
            + (rec.firstFailure() == null ? "hold" : "FAIL at " + rec.firstFailure()));
      }
      out.add(r.withValidation(lines));
    }
    return out;
  }
}
