package failover.tlc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code spec/manifest.json}: the models TLC checks, each with its root module, cfg file, the
 * result it is expected to give and its distinct state count. Paths in the manifest are relative
 * to the manifest's directory (TLC runs there).
 */
public record Manifest(Path directory, List<Model> models) {

  public Manifest { models = List.copyOf(models); }

  /**
   * One model. {@code expected} is what TLC must find; {@code distinctStates} is the count the
   * manifest records (empty if it records none); {@code exhaustive} says whether TLC explores the
   * whole state space (then the count must match exactly).
   */
  public record Model(String name, String module, String config, Expected expected,
                      OptionalLong distinctStates, boolean exhaustive, String description) {}

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

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads a manifest file; any problem is one line in the exception's message. */
  public static Manifest read(Path file) throws ManifestException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ManifestException(file + ": no such file");
    } catch (JsonProcessingException e) {
      throw new ManifestException(file + ": not valid JSON (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ManifestException(file + ": cannot read: " + e.getMessage());
    }
    JsonNode models = root == null ? null : root.get("models");
    if (models == null || !(models.isArray() || models.isObject())) {
      throw new ManifestException(file + ": no \"models\" list");
    }
    List<Model> out = new ArrayList<>();
    if (models.isArray()) {
      for (JsonNode m : models) out.add(model(file, text(file, m, "name", null), m));
    } else {
      for (Iterator<Map.Entry<String, JsonNode>> it = models.fields(); it.hasNext(); ) {
        var e = it.next();
        out.add(model(file, e.getKey(), e.getValue()));
      }
    }
    return new Manifest(file.toAbsolutePath().getParent(), out);
  }

  private static Model model(Path file, String name, JsonNode m) throws ManifestException {
    String module = text(file, m, "module", name);
    String config = m.hasNonNull("config") ? text(file, m, "config", name) : module + ".cfg";
    OptionalLong distinct = m.hasNonNull("distinctStates") && m.get("distinctStates").canConvertToLong()
        ? OptionalLong.of(m.get("distinctStates").asLong()) : OptionalLong.empty();
    boolean exhaustive = !m.has("exhaustive") || m.get("exhaustive").asBoolean(true);
    String description = m.hasNonNull("description") ? m.get("description").asText() : "";
    return new Model(name, module, config, expected(file, name, m.get("expect")), distinct, exhaustive, description);
  }

  /** "pass", or {"violation": "invariant"|"action"|"temporal"|"deadlock"|"assumption", "property": "X"}. */
  private static Expected expected(Path file, String name, JsonNode e) throws ManifestException {
    if (e == null || e.isNull()) throw new ManifestException(file + ": model " + name + " has no \"expect\"");
    if (e.isTextual() && e.asText().equals("pass")) return Expected.PASS;
    if (!e.isObject() || !e.hasNonNull("violation")) {
      throw new ManifestException(file + ": model " + name + ": \"expect\" is neither \"pass\" nor {\"violation\": ..}");
    }
    Verdict v = switch (e.get("violation").asText()) {
      case "invariant" -> Verdict.INVARIANT_VIOLATED;
      case "action" -> Verdict.ACTION_PROPERTY_VIOLATED;
      case "temporal", "liveness" -> Verdict.TEMPORAL_VIOLATED;
      case "deadlock" -> Verdict.DEADLOCK;
      case "assumption" -> Verdict.ASSUMPTION_FALSE;
      default -> throw new ManifestException(file + ": model " + name + ": unknown violation \""
          + e.get("violation").asText() + "\"");
    };
    return new Expected(v, e.hasNonNull("property") ? Optional.of(e.get("property").asText()) : Optional.empty());
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
