package failover.tlc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * {@code spec/manifest.json} (schema 1, written with the spec): the TLC options every run takes
 * ({@code tlcArgs}, e.g. {@code -lncheck final}) and the models, each with its root module, cfg
 * file, the result it is expected to give, its distinct state count and depth, the wall time
 * measured when the manifest was written, and whether CI checks it. Paths are relative to the
 * manifest's directory (TLC runs there).
 *
 * <pre>
 * {"schema": 1, "tlcArgs": ["-lncheck", "final"],
 *  "models": [
 *    {"name": "ci", "module": "MCci", "cfg": "MCci.cfg", "ci": true, "expected": "pass",
 *     "distinctStates": 1012, "depth": 16, "seconds": 29.3, "description": "..."},
 *    {"name": "bug_x", "module": "MCbug", "cfg": "MCbug_x.cfg", "ci": true,
 *     "expected": {"violates": "NoDualActiveInv", "kind": "safety", "tlcExit": 12}, ...}]}
 * </pre>
 * An expected violation's {@code kind} is {@code safety} (with {@code tlcExit} 12 for an
 * invariant, 13 for an action property), {@code liveness} (a temporal property), {@code deadlock}
 * or {@code assumption}.
 */
public record Manifest(Path directory, List<String> tlcArgs, List<Model> models) {

  public Manifest {
    tlcArgs = List.copyOf(tlcArgs);
    models = List.copyOf(models);
  }

  /** One model; counts and times are empty when the manifest records none. */
  public record Model(String name, String module, String config, Expected expected,
                      OptionalLong distinctStates, OptionalInt depth, OptionalDouble seconds,
                      boolean ci, String description) {}

  /** The expected result: a verdict and, for a violation, the property (empty for a deadlock). */
  public record Expected(Verdict verdict, Optional<String> property) {
    public static final Expected PASS = new Expected(Verdict.PASSED, Optional.empty());

    @Override public String toString() { return describe(verdict, property); }
  }

  /** A human name for a verdict and property: "pass", "invariant DualActiveInv violated", ... */
  public static String describe(Verdict verdict, Optional<String> property) {
    String p = property.map(s -> " " + s).orElse("");
    return switch (verdict) {
      case PASSED -> "pass";
      case ASSUMPTION_FALSE -> "assumption false";
      case DEADLOCK -> "deadlock";
      case INVARIANT_VIOLATED -> "invariant" + p + " violated";
      case ACTION_PROPERTY_VIOLATED -> "action property" + p + " violated";
      case TEMPORAL_VIOLATED -> "temporal property" + p + " violated";
      case ASSERT_FAILED -> "Assert failed";
      case EVALUATION_ERROR -> "evaluation error";
      case PARSE_ERROR -> "parse error";
      case CONFIG_ERROR -> "configuration error";
      case CRASHED -> "TLC crashed";
    };
  }

  /** The manifest is missing or not what this reader expects. */
  public static final class ManifestException extends Exception {
    public ManifestException(String message) { super(message); }
  }

  public Optional<Model> model(String name) {
    return models.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  public List<String> names() { return models.stream().map(Model::name).toList(); }

  /** Strict: a key twice in an object and anything after the manifest's object are errors. */
  private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(64).build()).build())
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Reads a manifest file; any problem is one line in the exception's message. */
  public static Manifest read(Path file) throws ManifestException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ManifestException(file + ": no such file");
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      throw new ManifestException(file + ": not valid JSON" + where + ": "
          + (m.startsWith("Duplicate field") ? "a key twice in one object: " + m.replaceFirst("^Duplicate field\\s*", "") : failover.io.Problems.json(m)));
    } catch (IOException e) {
      throw new ManifestException(file + ": cannot read: " + failover.io.Problems.of(e));
    }
    JsonNode models = root == null ? null : root.get("models");
    if (models == null || !models.isArray()) throw new ManifestException(file + ": no \"models\" list");
    List<String> tlcArgs = new ArrayList<>();
    JsonNode args = root.get("tlcArgs");
    if (args != null) {
      if (!args.isArray()) throw new ManifestException(file + ": \"tlcArgs\" is not a list");
      for (JsonNode a : args) tlcArgs.add(a.asText());
    }
    List<Model> out = new ArrayList<>();
    for (JsonNode m : models) {
      String name = text(file, m, "name", null);
      if (out.stream().anyMatch(x -> x.name().equals(name))) throw new ManifestException(file + ": model " + name + " twice");
      out.add(model(file, name, m));
    }
    return new Manifest(file.toAbsolutePath().getParent(), tlcArgs, out);
  }

  private static Model model(Path file, String name, JsonNode m) throws ManifestException {
    String module = text(file, m, "module", name);
    String config = m.hasNonNull("cfg") ? text(file, m, "cfg", name) : module + ".cfg";
    OptionalLong distinct = m.hasNonNull("distinctStates") && m.get("distinctStates").canConvertToLong()
        ? OptionalLong.of(m.get("distinctStates").asLong()) : OptionalLong.empty();
    OptionalInt depth = m.hasNonNull("depth") && m.get("depth").canConvertToInt()
        ? OptionalInt.of(m.get("depth").asInt()) : OptionalInt.empty();
    OptionalDouble seconds = m.hasNonNull("seconds") && m.get("seconds").isNumber()
        ? OptionalDouble.of(m.get("seconds").asDouble()) : OptionalDouble.empty();
    boolean ci = m.hasNonNull("ci") && m.get("ci").asBoolean();
    String description = m.hasNonNull("description") ? m.get("description").asText() : "";
    return new Model(name, module, config, expected(file, name, m.get("expected")), distinct, depth, seconds,
        ci, description);
  }

  /** "pass", or {"violates": "P", "kind": "safety"|"liveness"|"deadlock"|"assumption", "tlcExit": N}. */
  private static Expected expected(Path file, String name, JsonNode e) throws ManifestException {
    String where = file + ": model " + name;
    if (e == null || e.isNull()) throw new ManifestException(where + " has no \"expected\"");
    if (e.isTextual() && e.asText().equals("pass")) return Expected.PASS;
    if (!e.isObject() || !e.hasNonNull("kind")) {
      throw new ManifestException(where + ": \"expected\" is neither \"pass\" nor {\"violates\": .., \"kind\": ..}");
    }
    Optional<String> property = e.hasNonNull("violates") ? Optional.of(e.get("violates").asText()) : Optional.empty();
    int tlcExit = e.hasNonNull("tlcExit") ? e.get("tlcExit").asInt() : -1;
    Verdict v = switch (e.get("kind").asText()) {
      case "safety" -> switch (tlcExit) {
        case 12 -> Verdict.INVARIANT_VIOLATED;
        case 13 -> Verdict.ACTION_PROPERTY_VIOLATED; // TLC 2.18 exits 13 for an action property
        default -> throw new ManifestException(where + ": a safety violation needs \"tlcExit\" 12 (invariant)"
            + " or 13 (action property)");
      };
      case "liveness" -> Verdict.TEMPORAL_VIOLATED;
      case "deadlock" -> Verdict.DEADLOCK;
      case "assumption" -> Verdict.ASSUMPTION_FALSE;
      default -> throw new ManifestException(where + ": unknown kind \"" + e.get("kind").asText() + "\"");
    };
    if (property.isEmpty() && v != Verdict.DEADLOCK && v != Verdict.ASSUMPTION_FALSE) {
      throw new ManifestException(where + ": the expected violation names no property (\"violates\")");
    }
    return new Expected(v, property);
  }

  private static String text(Path file, JsonNode m, String field, String model) throws ManifestException {
    JsonNode n = m.get(field);
    if (n == null || !n.isTextual() || n.asText().isBlank()) {
      throw new ManifestException(file + ": " + (model == null ? "a model" : "model " + model)
          + " has no \"" + field + "\"");
    }
    return n.asText();
  }
}
