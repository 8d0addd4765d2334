package failover.conform;

import failover.adapter.SpecDriver;
import failover.spec.Constants;
import failover.spec.Vocabulary;
import failover.tlc.Manifest;
import failover.tlc.TlaValue;
import static failover.tlc.TlaValue.bool;
import static failover.tlc.TlaValue.num;
import static failover.tlc.TlaValue.str;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One TLC model of the spec (a root module and its {@code .cfg}), found in
 * {@code spec/manifest.json} or, when the manifest does not list it, by the naming rule of
 * {@code spec/}: model {@code ci} is {@code MCci.cfg} of module {@code MCci}, model
 * {@code bug_no_bulk_sync} is {@code MCbug_no_bulk_sync.cfg} of module {@code MCbug}.
 *
 * <p>The harness never writes into {@code spec/}: {@link #prepare} copies the spec's modules and
 * the cfg into a work directory and writes there a root module {@code CF_<module>} that extends
 * the model's module and prints the model's constants ({@link #CONSTANTS_TAG}), plus the cfgs the
 * harness runs TLC with (e.g. without the state constraint for simulation).
 */
public record SpecModel(String name, Path specDir, String module, String config) {
  /** What the generated root module prints before the constants' record. */
  public static final String CONSTANTS_TAG = "CONFORM-CONSTANTS";

  /** No such model, or the spec directory is unreadable. */
  public static final class ModelException extends Exception {
    public ModelException(String message) { super(message); }
  }

  /** The model called {@code name}: from the manifest when it lists it, else by the naming rule. */
  public static SpecModel locate(Path specDir, String name) throws ModelException {
    Path manifest = specDir.resolve("manifest.json");
    if (Files.isRegularFile(manifest)) {
      try {
        Manifest m = Manifest.read(manifest);
        var found = m.model(name);
        if (found.isPresent()) return new SpecModel(name, specDir, found.get().module(), found.get().config());
      } catch (Manifest.ManifestException e) {
        // fall back on the naming rule
      }
    }
    String cfg = "MC" + name + ".cfg";
    if (!name.matches("[A-Za-z0-9_]+") || !Files.isRegularFile(specDir.resolve(cfg))) {
      throw new ModelException("unknown model '" + name + "': no " + cfg + " in " + specDir + "; models: "
          + String.join(", ", names(specDir)));
    }
    int us = name.indexOf('_');
    String module = "MC" + (us < 0 ? name : name.substring(0, us));
    if (!Files.isRegularFile(specDir.resolve(module + ".tla"))) {
      throw new ModelException("model '" + name + "': no module " + module + ".tla in " + specDir);
    }
    return new SpecModel(name, specDir, module, cfg);
  }

  /** The models of the spec directory: those of the manifest, then every {@code MC*.cfg}. */
  public static List<String> names(Path specDir) {
    List<String> out = new ArrayList<>();
    try {
      out.addAll(Manifest.read(specDir.resolve("manifest.json")).names());
    } catch (Manifest.ManifestException e) {
      // no manifest yet
    }
    try (Stream<Path> s = Files.list(specDir)) {
      s.map(p -> p.getFileName().toString()).filter(f -> f.startsWith("MC") && f.endsWith(".cfg")).sorted()
          .map(f -> f.substring(2, f.length() - 4)).filter(n -> !out.contains(n)).forEach(out::add);
    } catch (IOException e) {
      // nothing more
    }
    return out;
  }

  public Path cfgPath() { return specDir.resolve(config); }

  public String cfgText() throws ModelException {
    try {
      return Files.readString(cfgPath());
    } catch (IOException e) {
      throw new ModelException("model " + name + ": cannot read " + cfgPath());
    }
  }

  /** The generated root module's name. */
  public String rootModule() { return "CF_" + module; }

  /**
   * Copies the spec's {@code .tla} files and the cfg into {@code work} (emptied first), and writes
   * the root module {@link #rootModule()} there.
   */
  public void prepare(Path work) throws ModelException {
    try {
      Files.createDirectories(work);
      try (Stream<Path> s = Files.list(specDir)) {
        for (Path p : s.filter(p -> p.toString().endsWith(".tla")).toList()) {
          Files.copy(p, work.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.copy(cfgPath(), work.resolve(config), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      StringBuilder rec = new StringBuilder();
      for (String c : Vocabulary.CONSTANTS) rec.append(rec.length() == 0 ? "" : ", ").append(c).append(" |-> ").append(c);
      // the model's bug (the constant Bug of a bug model, MCbug.tla; "none" for the others)
      rec.append(", Bug |-> ").append(declaresBug(cfgText()) ? "Bug" : "\"none\"");
      // the readings (a definition a reading model overrides, not a declared constant)
      rec.append(", Readings |-> Readings");
      Files.writeString(work.resolve(rootModule() + ".tla"),
          "---- MODULE " + rootModule() + " ----\n"
              + "\\* generated by the conformance harness: the model " + name + ", printing its constants\n"
              + "EXTENDS " + module + ", TLC\n"
              + "ASSUME PrintT(<<\"" + CONSTANTS_TAG + "\", [" + rec + "]>>)\n"
              + "\\* the model's state constraint as part of the next-state relation (simulation inside the model)\n"
              + "CF_Constraint == TRUE" + constraintConjuncts() + "\n"
              + "CF_Next == Next /\\ CF_Constraint'\n"
              + "CF_Spec == Init /\\ [][CF_Next]_vars\n"
              + "\\* a bound on the depth of the breadth-first search (every cfg of the harness gives CF_MaxDepth)\n"
              + "CONSTANT CF_MaxDepth\n"
              + "CF_DepthBound == TLCGet(\"level\") <= CF_MaxDepth\n"
              + "====\n");
    } catch (IOException e) {
      throw new ModelException("cannot prepare TLC's work directory " + work + ": " + e.getMessage());
    }
  }

  private String constraintConjuncts() throws ModelException {
    StringBuilder sb = new StringBuilder();
    for (String c : constraints(cfgText())) sb.append(" /\\ ").append(c);
    return sb.toString();
  }

  /** The names of the CONSTRAINT(S) section of a cfg text. */
  public static List<String> constraints(String text) {
    String only = withoutSections(text, without(KEYWORDS, "CONSTRAINT", "CONSTRAINTS"));
    List<String> out = new ArrayList<>();
    for (String w : only.split("\\s+")) if (w.matches("[A-Za-z_][A-Za-z0-9_]*") && !KEYWORDS.contains(w)) out.add(w);
    return out;
  }

  private static Set<String> without(Set<String> all, String... keep) {
    Set<String> s = new java.util.HashSet<>(all);
    for (String k : keep) s.remove(k);
    return s;
  }

  /** Writes {@code text} as a cfg file of the work directory (with CF_MaxDepth unbounded unless it says). */
  public static void writeCfg(Path work, String file, String text) throws ModelException {
    try {
      if (!text.contains("CF_MaxDepth")) text = text.strip() + "\nCONSTANT CF_MaxDepth = 1000000000\n";
      Files.writeString(work.resolve(file), text);
    } catch (IOException e) {
      throw new ModelException("cannot write " + work.resolve(file) + ": " + e.getMessage());
    }
  }

  /** SHA-256 of each spec file the model reads: every {@code .tla} of the spec directory and the cfg. */
  public Map<String, String> hashes() throws ModelException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(specDir)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".tla")).sorted().toList()) out.put(p.getFileName().toString(), sha256(p));
      out.put(config, sha256(cfgPath()));
    } catch (IOException e) {
      throw new ModelException("cannot hash the spec files: " + e.getMessage());
    }
    return out;
  }

  private static String sha256(Path p) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // cfg text

  private static final Set<String> KEYWORDS = Set.of("CONSTANT", "CONSTANTS", "INIT", "NEXT",
      "SPECIFICATION", "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES", "SYMMETRY", "VIEW",
      "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS", "CHECK_DEADLOCK",
      "ALIAS", "POSTCONDITION");

  /** The cfg text (comments dropped) without the sections of the given keywords. */
  public static String withoutSections(String text, Set<String> drop) {
    String noComments = text.replaceAll("(?s)\\(\\*.*?\\*\\)", " ").replaceAll("\\\\\\*[^\\n]*", " ");
    StringBuilder out = new StringBuilder();
    boolean dropping = false;
    for (String token : noComments.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)")) {
      if (token.isBlank()) {
        if (!dropping) out.append(token);
      } else if (KEYWORDS.contains(token)) {
        dropping = drop.contains(token);
        if (!dropping) out.append(token);
      } else if (!dropping) {
        out.append(token);
      }
    }
    return out.toString().strip() + "\n";
  }

  /** Only the CONSTANT(S) sections of a cfg text. */
  public static String constantsOnly(String text) {
    return withoutSections(text, without(KEYWORDS, "CONSTANT", "CONSTANTS"));
  }

  /** The cfg with its breadth-first search bounded to {@code depth} states. */
  public static String withDepthBound(String cfgText, int depth) {
    return cfgText.strip() + "\nCONSTANT CF_MaxDepth = " + depth + "\nCONSTRAINT CF_DepthBound\n";
  }

  /** The line of a cfg's CONSTANTS that sets {@code Bug}. */
  private static final Pattern BUG = Pattern.compile("(?m)^([ \\t]*)Bug\\s*=\\s*\"([A-Za-z]*)\"");
  /** An override of an operator by a wrong one of spec/AAFailoverBugs.tla: {@code Armable <- BugPreemptAlwaysArmable}. */
  private static final Pattern BUG_OVERRIDE = Pattern.compile("(?m)^[ \\t]*(\\w+)[ \\t]*<-[ \\t]*(Bug\\w+)[ \\t]*$");

  /** The cfg sets the constant {@code Bug} (a bug model). */
  public static boolean declaresBug(String cfgText) { return BUG.matcher(withoutComments(cfgText)).find(); }

  /** The bug a cfg names in {@code Bug = "..."} ("none" when it sets no Bug). */
  public static String bugOf(String cfgText) {
    Matcher m = BUG.matcher(withoutComments(cfgText));
    return m.find() ? m.group(2) : "none";
  }

  /** The cfg's overrides by wrong operators, in its order: operator, wrong operator. */
  public static List<String[]> bugOverrides(String cfgText) {
    List<String[]> out = new ArrayList<>();
    Matcher m = BUG_OVERRIDE.matcher(withoutComments(cfgText));
    while (m.find()) out.add(new String[] {m.group(1), m.group(2)});
    return out;
  }

  /**
   * The correct spec under a bug model's constants: the cfg with {@code Bug = "none"} and without
   * its overrides by wrong operators.
   */
  public static String withoutBug(String cfgText) {
    Matcher m = BUG.matcher(cfgText);
    String out = m.replaceAll("$1Bug = \"none\"");
    return BUG_OVERRIDE.matcher(out).replaceAll("").replaceAll("\n{2,}", "\n");
  }

  private static String withoutComments(String cfgText) { return cfgText.replaceAll("\\\\\\*[^\\n]*", ""); }

  // ---------------------------------------------------------------------------------------------
  // constants

  /** Reads the constants' record from what the root module printed (several output lines). */
  public static final class ConstantsListener {
    private StringBuilder text;
    private TlaValue.Rec constants;

    public void line(String line) {
      if (constants != null) return;
      if (text == null) {
        if (!line.contains(CONSTANTS_TAG)) return;
        text = new StringBuilder();
      }
      text.append(line).append('\n');
      try {
        TlaValue v = TlaValue.parse(text.toString());
        if (v instanceof TlaValue.Seq s && s.elements().size() == 2 && s.elements().get(1) instanceof TlaValue.Rec r) constants = r;
        else text = null;
      } catch (IllegalArgumentException incomplete) {
        if (text.length() > 100_000) text = null;
      }
    }

    public TlaValue.Rec constants() { return constants; }
  }

  /**
   * The model's constants as TLC printed them (the record of {@link #CONSTANTS_TAG}'s line, or of
   * spec/MCcorners.tla's, or an ITF trace's {@code #meta.constants}): the one reader of a model's
   * constants. Contexts keep TLC's order.
   */
  public static Constants constants(TlaValue.Rec c) {
    Map<Integer, String> pref = new TreeMap<>();
    Map<Integer, Boolean> preemptOn = new TreeMap<>(), replHttp = new TreeMap<>();
    Map<Integer, Integer> delay = new TreeMap<>(), monIf = new TreeMap<>(), ifHold = new TreeMap<>();
    Map<Integer, Constants.Policy> policy = new TreeMap<>();
    for (int g = 1; g <= 2; g++) {
      pref.put(g, str(c.get("Pref").apply(g)));
      preemptOn.put(g, bool(c.get("PreemptOn").apply(g)));
      delay.put(g, num(c.get("PreemptDelay").apply(g)));
      replHttp.put(g, bool(c.get("ReplHttp").apply(g)));
      monIf.put(g, num(c.get("MonIf").apply(g)));
      TlaValue p = c.get("Policy").apply(g);
      policy.put(g, new Constants.Policy(str(p.apply("kind")), num(p.apply("val"))));
      ifHold.put(g, num(c.get("IfHold").apply(g)));
    }
    List<String> contexts = new ArrayList<>();
    for (TlaValue x : ((TlaValue.TlaSet) c.get("Contexts")).elements()) contexts.add(str(x));
    Map<String, Integer> ctxGroup = new LinkedHashMap<>();
    for (String ctx : contexts) ctxGroup.put(ctx, num(c.get("CtxGroup").apply(ctx)));
    Set<String> connKinds = new LinkedHashSet<>();
    for (TlaValue x : ((TlaValue.TlaSet) c.get("ConnKinds")).elements()) connKinds.add(str(x));
    return new Constants(str(c.get("Primary")), pref, preemptOn, delay, replHttp, bool(c.get("Stateful")),
        monIf, policy, ifHold, num(c.get("UnitHold")), contexts, str(c.get("Admin")), ctxGroup, connKinds, bug(c), readings(c));
  }

  /** The engine's constants for these ({@link SpecDriver#engineConstants}): contexts sorted, placeholders for groups without one. */
  public static Constants engineModel(TlaValue.Rec c) { return SpecDriver.engineConstants(constants(c)); }

  /** The model's bug ("none" when the record has no {@code Bug}: every model but the bug models). */
  public static String bug(TlaValue.Rec c) { return c.fields().containsKey("Bug") ? str(c.get("Bug")) : "none"; }

  /** The model's readings (the spec's {@code Readings}; the chosen ones when the record has none). */
  public static failover.spec.Readings readings(TlaValue.Rec c) {
    TlaValue r = c.fields().get("Readings");
    if (r == null) return failover.spec.Readings.CHOSEN;
    Map<String, String> m = new LinkedHashMap<>();
    // a reading the record lacks (a trace written before the reading was added) is chosen
    for (String n : failover.spec.Readings.specNames()) {
      if (!(r instanceof TlaValue.Rec rec) || rec.fields().containsKey(n)) m.put(n, str(r.apply(n)));
    }
    return failover.spec.Readings.of(m);
  }
}
