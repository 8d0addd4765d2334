package failover.tlc;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a model becomes in TLC's distributed mode ({@code tlc2.tool.distributed.TLCServer} with
 * {@link DistWorker}s): the server checks the invariants and the action properties
 * ({@code [][A]_v}) of every reachable state and step, never a temporal property (no liveness: the
 * server keeps no behaviour graph), and it reads its spec and cfg from its working directory by
 * name (the workers fetch them from it). {@link #prepare} makes that directory: a copy of the
 * spec's modules and a cfg with the model's PROPERTIES reduced to its action properties.
 */
public final class Distributed {
  private Distributed() {}

  /**
   * The server's directory, its cfg (a name in it), what the run checks and what it does not:
   * {@code notChecked} are the model's temporal properties, left out.
   */
  public record Plan(Path directory, String cfg, List<String> invariants, List<String> actionProperties,
                     List<String> notChecked, boolean checkDeadlock, Optional<String> unsupported) {
    public Plan {
      invariants = List.copyOf(invariants);
      actionProperties = List.copyOf(actionProperties);
      notChecked = List.copyOf(notChecked);
    }
  }

  /**
   * Copies the modules of {@code specDir} into {@code runDir} and writes there the safety-only
   * cfg of {@code cfgName} ({@code <name>_safety.cfg}). A property counts as an action property
   * when its definition in one of the modules is {@code [][...]_v}; any other (with {@code ~>},
   * {@code <>}, fairness, or not found) is a temporal property, not checked.
   */
  public static Plan prepare(Path specDir, String module, String cfgName, Path runDir) throws IOException {
    String text = Files.readString(specDir.resolve(cfgName));
    ModelConfig checks = ModelConfig.parse(text);
    Files.createDirectories(runDir);
    StringBuilder modules = new StringBuilder();
    try (DirectoryStream<Path> tla = Files.newDirectoryStream(specDir, "*.tla")) {
      for (Path p : tla) {
        Files.copy(p, runDir.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        modules.append(Files.readString(p)).append('\n');
      }
    }
    Map<String, String> defs = definitions(modules.toString());
    List<String> action = new ArrayList<>(), temporal = new ArrayList<>();
    for (String p : checks.properties()) (isActionProperty(defs.get(p)) ? action : temporal).add(p);
    String base = cfgName.endsWith(".cfg") ? cfgName.substring(0, cfgName.length() - 4) : cfgName;
    String cfg = base + "_safety.cfg";
    Files.writeString(runDir.resolve(cfg), "\\* " + cfgName + " for TLC's distributed mode: invariants and action"
        + " properties only (" + (temporal.isEmpty() ? "no temporal property" : "not checked: " + String.join(", ", temporal))
        + ")\n" + ModelConfig.withProperties(text, action));
    return new Plan(runDir, cfg, checks.invariants(), action, temporal, checksDeadlock(text),
        unsupported(specDir.resolve(module + ".tla")));
  }

  /**
   * What in the root module TLC's distributed server refuses ("TLCSet & TLCGet operators not
   * supported by distributed TLC"): {@code TLCGet}/{@code TLCSet}, e.g. a search bounded by
   * {@code TLCGet("level")}.
   */
  static Optional<String> unsupported(Path rootModule) throws IOException {
    if (!Files.isRegularFile(rootModule)) return Optional.empty();
    String text = Files.readString(rootModule).replaceAll("(?s)\\(\\*.*?\\*\\)", " ").replaceAll("\\\\\\*[^\\n]*", " ");
    Matcher m = Pattern.compile("TLC[GS]et\\([^)]*\\)").matcher(text);
    return m.find() ? Optional.of(m.group() + " in " + rootModule.getFileName()) : Optional.empty();
  }

  /** False when the cfg says {@code CHECK_DEADLOCK FALSE} (the server then gets {@code -deadlock}). */
  static boolean checksDeadlock(String cfgText) {
    String noComments = cfgText.replaceAll("(?s)\\(\\*.*?\\*\\)", " ").replaceAll("\\\\\\*[^\\n]*", " ");
    return !Pattern.compile("\\bCHECK_DEADLOCK\\s+FALSE\\b").matcher(noComments).find();
  }

  private static final Pattern DEFINITION = Pattern.compile("(?m)^([A-Za-z_][A-Za-z0-9_]*)(\\([^)]*\\))?\\s*==");

  /** The top-level definitions of the modules' text: name to body (up to the next one). */
  static Map<String, String> definitions(String text) {
    String noComments = text.replaceAll("(?s)\\(\\*.*?\\*\\)", " ").replaceAll("\\\\\\*[^\\n]*", " ");
    Map<String, String> defs = new HashMap<>();
    Matcher m = DEFINITION.matcher(noComments);
    String name = null;
    int from = 0;
    while (m.find()) {
      if (name != null) defs.putIfAbsent(name, noComments.substring(from, m.start()));
      name = m.group(1);
      from = m.end();
    }
    if (name != null) defs.putIfAbsent(name, noComments.substring(from));
    return defs;
  }

  /** {@code [][A]_v}, nothing temporal in it. */
  static boolean isActionProperty(String body) {
    if (body == null) return false;
    String b = body.strip();
    int end = b.indexOf("\n====");
    if (end >= 0) b = b.substring(0, end);
    String noTuples = b.replace("<<", " ").replace(">>", " ");
    return b.startsWith("[][") && !noTuples.contains("<>") && !b.contains("~>")
        && !b.contains("WF_") && !b.contains("SF_");
  }

  /** A worker's line naming what it reported to the server ({@link DistWorker} prints it). */
  public record WorkerReport(String text) {
    private static final Pattern NAMED = Pattern.compile("(?:Invariant|Implied-action|Implied-init) (\\S+) is violated");

    /** The line's report, if it is one. */
    public static Optional<WorkerReport> of(String line) {
      String prefix = "failover worker: ";
      return line.startsWith(prefix) ? Optional.of(new WorkerReport(line.substring(prefix.length()).strip())) : Optional.empty();
    }

    /** The invariant or action property it names, if any. */
    public Optional<String> property() {
      Matcher m = NAMED.matcher(text);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public boolean deadlock() { return text.contains("deadlock reached"); }
  }
}
