package failover.tlc;

import static failover.tlc.Captured.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one line every command prints for a TLC run that could not check the spec, on TLC's captured
 * output for broken copies of the project's spec (spec-*.out, capture-spec.sh) and of the toys:
 * file, line and column as TLC found them, TLC's message without Java, each error once.
 */
class TlcErrorsTest {
  private static final TlcErrors.Names SPEC = new TlcErrors.Names(Path.of("").toAbsolutePath(), Path.of("spec"));
  private static final TlcErrors.Names TOY = new TlcErrors.Names(Path.of("").toAbsolutePath(), Captured.DIR.resolve("toy"));

  private static String line(String captured, TlcErrors.Names names, String cfg) {
    String l = TlcErrors.describe(result(captured), Path.of("/elsewhere/work").resolve(cfg), names).orElseThrow();
    assertFalse(l.contains("tlc2.") || l.contains("java.") || l.contains("Exception") || l.contains("\n"), l);
    return l;
  }

  @Test
  void aSyntaxErrorInTheSpecNamesItsFileLineAndColumn() {
    // TLC read a copy in a work directory: the line names spec/'s file, whose lines are the same
    assertTrue(line("spec-parse-error", SPEC, "MCci.cfg")
        .startsWith("TLA+ parse error in spec/AAFailover.tla line 606, column 52: Encountered \"scope\" at line 606, column 52"));
  }

  @Test
  void aSemanticErrorIsNamedOnceThoughSanyReportsItTwice() {
    assertEquals(2, result("spec-semantic-error").parseErrors().size());
    assertEquals("TLA+ semantic error in spec/AAFailover.tla line 429, column 8: Unknown operator: `SettleTimerz'.",
        line("spec-semantic-error", SPEC, "MCci.cfg"));
  }

  @Test
  void anEvaluationErrorNamesWhereTlcFoundItInTheUsersWords() {
    assertEquals("TLC cannot evaluate spec/AAFailover.tla line 291, column 13: + (of module Integers) applied to a string"
        + " where an integer belongs", line("spec-eval-error", SPEC, "MCci.cfg"));
    assertEquals("TLC cannot evaluate " + Captured.DIR.resolve("toy/ToyEval.tla") + " line 7, column 26: + (of module Naturals)"
        + " applied to a string where an integer belongs", line("eval-error", TOY, "ToyEval.cfg"));
  }

  @Test
  void aCfgNamingWhatTheSpecLacksSaysSo() {
    assertEquals("error in spec/MCci.cfg: The invariant NoSuchInv specified in the configuration file is not defined in the"
        + " specification.", line("spec-missing-invariant", SPEC, "MCci.cfg"));
    assertEquals("error in spec/MCci.cfg: The property NoSuchProp specified in the configuration file is not defined in the"
        + " specification.", line("spec-missing-property", SPEC, "MCci.cfg"));
    assertTrue(line("config-syntax", TOY, "ToyBadConfigSyntax.cfg").startsWith("error in "), line("config-syntax", TOY, "ToyBadConfigSyntax.cfg"));
  }

  @Test
  void otherToyErrorsKeepTheirPlace() {
    assertTrue(line("lexical-error", TOY, "ToyLexical.cfg").startsWith("TLA+ parse error in " + Captured.DIR.resolve("toy/ToyLexical.tla")
        + " line 5, column 19: "), line("lexical-error", TOY, "ToyLexical.cfg"));
    assertTrue(line("missing-module", TOY, "ToyMissing.cfg").contains("NoSuchModule"));
    assertTrue(line("assume", TOY, "ToyAssume.cfg").startsWith("an ASSUME is false at " + Captured.DIR.resolve("toy/ToyAssume.tla") + " line "),
        line("assume", TOY, "ToyAssume.cfg"));
    assertEquals(Optional.empty(), TlcErrors.describe(result("invariant"), Path.of("x.cfg"), TOY));
  }

  @Test
  void tlcsJavaIsRewritten() {
    assertEquals("Len (of module Sequences) applied to an integer where a sequence belongs",
        TlcErrors.clean("Attempted to apply the operator overridden by the Java method public static tlc2.value.impl.IntValue"
            + " tlc2.module.Sequences.Len(tlc2.value.impl.Value), but it produced the following error: Cannot cast"
            + " tlc2.value.impl.IntValue to tlc2.value.impl.TupleValue"));
    assertEquals("a String, then RuntimeException", TlcErrors.clean("a tlc2.value.impl.StringValue, then java.lang.RuntimeException"));
  }
}
