package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failover.scenario.ConsoleProbe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input, thousands of times: mutations of the committed scenario files, console sessions, ITF
 * traces and the manifest go into {@code play}, {@code console}, {@code replay} and
 * {@code models}, mutated cfgs into the readers of cfg text. Each run must end with an exit code its README row documents, at most one error
 * line for the file, no stack trace and no Java in what it prints; a line the console refuses
 * leaves the pair as it was; nothing is written outside {@code target/}.
 *
 * <p>Seeded: the seed is printed, and {@code -Dfailover.seed=N} replays a run. The inputs go to
 * {@code target/fuzz/}.
 */
class FuzzTest {
  private static final long SEED = Long.getLong("failover.seed", new Random().nextLong());
  private static final Path WORK = Path.of("target/fuzz");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static Set<String> before;

  @BeforeAll
  static void start() throws IOException {
    System.out.println("FuzzTest seed " + SEED + " (replay: -Dfailover.seed=" + SEED + ")");
    Files.createDirectories(WORK);
    before = outsideTarget();
  }

  @AfterAll
  static void nothingWrittenOutsideTarget() throws IOException {
    Set<String> now = outsideTarget();
    now.removeAll(before);
    assertEquals(Set.of(), now, "seed " + SEED + ": files created outside target/");
  }

  /**
   * Files of the project outside target/ (and outside .git). target/ is not walked at all: tests
   * running in the other surefire fork create and delete TLC's files there meanwhile. Left out too:
   * the {@code .attach_pid<pid>} file the JDK's attach mechanism creates for a moment in a JVM's
   * working directory (spec/, when {@code failover check} in the other fork reads a TLC's progress
   * over JMX; .gitignore lists it).
   */
  private static Set<String> outsideTarget() throws IOException {
    Set<String> out = new TreeSet<>();
    Files.walkFileTree(Path.of(""), new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return dir.equals(Path.of("target")) || dir.equals(Path.of(".git")) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && !p.startsWith(".git") && !p.getFileName().toString().startsWith(".attach_pid")) out.add(p.toString());
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
        if (p.getFileName().toString().startsWith(".attach_pid")) return FileVisitResult.CONTINUE; // gone already
        throw e;
      }
    });
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // the commands

  /** Inputs a test makes: {@code -Dfailover.fuzz=K} multiplies them (default 1: the test takes a few seconds). */
  private static final int SCALE = Integer.getInteger("failover.fuzz", 1);
  /** Files a command is given at once. */
  private static final int BATCH = 10;

  @Test
  void scenarioFiles() throws IOException {
    Random r = new Random(SEED);
    List<Path> sources = files(Path.of("scenarios"), ".scenario");
    for (int b = 0; b < 10 * SCALE; b++) {
      List<Path> batch = new ArrayList<>();
      List<String> from = new ArrayList<>();
      for (int i = 0; i < BATCH; i++) {
        Path src = sources.get(r.nextInt(sources.size()));
        Path f = WORK.resolve("s" + b + "-" + i + ".scenario");
        write(f, mutateText(r, Files.readString(src), 1 + r.nextInt(3)), r);
        batch.add(f);
        from.add(src.toString());
      }
      String what = "seed " + SEED + ", batch " + b + " (from " + from + ")";
      Cli c = Cli.run(Stream.concat(Stream.of("play"), batch.stream().map(Path::toString)).toArray(String[]::new));
      assertCode(c, Set.of(0, 1, 2), what);
      assertClean(c, what);
      assertEquals("", c.err(), what);
      for (Path f : batch) {
        long lines = c.out().lines().filter(l -> l.matches("(PASS|FAIL|ERROR) " + java.util.regex.Pattern.quote(f.toString()) + "(:.*)?")).count();
        assertEquals(1, lines, what + ": one line for " + f + ":\n" + cut(c.out()));
      }
      assertTrue(c.out().matches("(?s).*\\n\\d+ passed, \\d+ failed\\n"), what + ": " + cut(c.out()));
    }
  }

  @Test
  void itfTraces() throws IOException {
    Random r = new Random(SEED + 1);
    List<Path> sources = files(Path.of("traces"), ".itf.json");
    for (int b = 0; b < 20 * SCALE; b++) {
      List<Path> batch = new ArrayList<>();
      List<String> from = new ArrayList<>();
      for (int i = 0; i < BATCH; i++) {
        Path src = sources.get(r.nextInt(sources.size()));
        String text = Files.readString(src);
        text = r.nextInt(3) == 0 ? mutateText(r, text, 1 + r.nextInt(2)) : mutateJson(r, text, 1 + r.nextInt(3));
        Path f = WORK.resolve("t" + b + "-" + i + ".itf.json");
        write(f, text, r);
        batch.add(f);
        from.add(src.toString());
      }
      String what = "seed " + SEED + ", batch " + b + " (from " + from + ")";
      Cli c = Cli.run(Stream.concat(Stream.of("replay"), batch.stream().map(Path::toString)).toArray(String[]::new));
      assertCode(c, Set.of(0, 1, 2), what);
      assertClean(c, what);
      long refused = 0;
      for (Path f : batch) {
        long errors = c.err().lines().filter(l -> l.startsWith("failover replay: " + f + ": ")).count();
        assertTrue(errors <= 1, what + ": " + f + ": " + c.err());
        refused += errors;
      }
      assertEquals(refused, c.err().lines().count(), what + ": every error line names its file: " + c.err());
      assertEquals(c.exit() == 2, refused > 0, what + ": exit 2 exactly when a file is refused: " + c.err());
      assertTrue(c.out().contains("replayed: " + (BATCH - refused) + " traces"), what + ": the summary: " + cut(c.out()));
    }
  }

  @Test
  void manifests() throws IOException {
    Random r = new Random(SEED + 2);
    String manifest = Files.readString(Path.of("spec/manifest.json"));
    Path home = WORK.resolve("home");
    Files.createDirectories(home.resolve("spec"));
    for (int i = 0; i < 100 * SCALE; i++) {
      String text = r.nextInt(3) == 0 ? mutateText(r, manifest, 1 + r.nextInt(2)) : mutateJson(r, manifest, 1 + r.nextInt(3));
      write(home.resolve("spec/manifest.json"), text, r);
      String what = "seed " + SEED + ", manifest " + i;
      Cli c = Cli.runIn(home.toAbsolutePath(), "models");
      assertCode(c, Set.of(0, 2), what);
      assertClean(c, what);
      assertTrue(c.err().lines().count() <= 1, what + ": " + c.err());
      if (c.exit() == 2) assertEquals(1, c.err().lines().count(), what + ": " + c.err());
    }
  }

  /** The readers of cfg text (check, conform) on mutated cfgs of spec/: an answer, never an exception. */
  @Test
  void cfgTexts() throws IOException {
    Random r = new Random(SEED + 4);
    List<Path> sources = files(Path.of("spec"), ".cfg");
    for (int i = 0; i < 1000 * SCALE; i++) {
      Path src = sources.get(r.nextInt(sources.size()));
      String text = mutateText(r, Files.readString(src), 1 + r.nextInt(4));
      String what = "seed " + SEED + ", cfg " + i + " (" + src + ")";
      try {
        failover.tlc.ModelConfig c = failover.tlc.ModelConfig.parse(text);
        for (String p : c.properties()) failover.tlc.ModelConfig.withOnlyProperty(text, p);
        failover.conform.SpecModel.constraints(text);
        failover.conform.SpecModel.constantsOnly(text);
        failover.conform.SpecModel.bugOf(text);
        failover.conform.SpecModel.withoutBug(text);
      } catch (RuntimeException e) {
        fail(what + ": " + e + "\n" + cut(text));
      }
    }
  }

  /** Console sessions of mutated scenario lines: one error line a refused line, and the pair unchanged by it. */
  @Test
  void consoleSessions() throws IOException {
    Random r = new Random(SEED + 3);
    List<Path> sources = files(Path.of("scenarios"), ".scenario");
    for (int i = 0; i < 100 * SCALE; i++) {
      Path src = sources.get(r.nextInt(sources.size()));
      List<String> lines = new ArrayList<>(Files.readAllLines(src));
      for (int k = 0; k < 1 + r.nextInt(4); k++) {
        lines = new ArrayList<>(mutateText(r, String.join("\n", lines), 1).lines().toList());
      }
      String what = "seed " + SEED + ", session " + i + " (" + src + ")";
      ConsoleProbe probe = new ConsoleProbe();
      for (int n = 0; n < Math.min(lines.size(), 80); n++) {
        String line = lines.get(n);
        if (line.strip().toLowerCase(java.util.Locale.ROOT).startsWith("save")) continue; // writes into the working directory
        ConsoleProbe.Step s = probe.step(line);
        assertClean(s.printed(), what + ", line " + (n + 1));
        if (!s.quit() && s.refused()) {
          assertEquals(1, s.printed().lines().filter(l -> l.startsWith("error:")).count(), what + ", line " + (n + 1) + ": " + s.printed());
          assertEquals(s.before(), s.after(), what + ", line " + (n + 1) + " '" + line + "' was refused but changed the pair");
        }
        if (s.quit()) break;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // checks

  private static void assertCode(Cli c, Set<Integer> documented, String what) {
    if (!documented.contains(c.exit())) fail(what + ": exit " + c.exit() + ", documented " + documented + "\n" + c.out() + c.err());
  }

  private static void assertClean(Cli c, String what) { assertClean(c.out() + c.err(), what); }

  private static void assertClean(String printed, String what) {
    for (String bad : List.of("\tat ", "Exception", "java.", "Caused by", "jackson", "Feature", "internal error")) {
      assertFalse(printed.contains(bad), what + ": '" + bad + "' in\n" + cut(printed));
    }
  }

  private static String cut(String s) { return s.length() <= 4000 ? s : s.substring(0, 4000) + "..."; }

  // ---------------------------------------------------------------------------------------------
  // mutations

  /**
   * The committed files to mutate, but the largest (monitor_interface_250_per_unit.scenario, 67 KB,
   * plays for 14 s): the test is about reading input, not the engine's speed.
   */
  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix) && (!suffix.equals(".scenario") || size(p) < 20_000)).sorted().toList();
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Writes the text, sometimes with a BOM, CRLF line ends or bytes that are not UTF-8. */
  private static void write(Path f, String text, Random r) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    switch (r.nextInt(12)) {
      case 0 -> b = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
      case 1 -> b = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
      case 2 -> {
        if (b.length > 0) b[r.nextInt(b.length)] = (byte) (0x80 + r.nextInt(0x80));
      }
      default -> { }
    }
    Files.write(f, b);
  }

  private static final List<String> TOKENS = List.of("0", "-1", "1", "2", "3", "86401", "1000001", "2147483647",
      "2147483648", "-2147483649", "99999999999999999999", "1e9", "0x10", "", " ", "\t", "\"", "\"\"", "#", "A", "B", "C",
      "a", "group", "wait", "boot", "expect", "traffic", "link", "interface", "power-off", "ctx1", "admin", "system",
      "up", "down", "active", "standby", "failed", "off", "init", "has", "lacks", "ok", "error", "A#", "B/ctx1#",
      "failover", "no", "null", "true", "{", "}", "[", "]", ",", ":", "\\", "\u0000", "\u00e9", "\uD83D\uDE00", "\u202E",
      "x".repeat(300), "{\"#bigint\": \"5\"}", "{\"#set\": []}", "{\"#map\": [[1, 2]]}", "{\"#tup\": [1]}",
      "{\"#unserializable\": \"m\"}", "[[[[[[[[[[]]]]]]]]]]");

  /** {@code n} text mutations: lines dropped, doubled, swapped; tokens replaced; characters inserted; a cut. */
  static String mutateText(Random r, String text, int n) {
    for (int k = 0; k < n; k++) {
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      int i = r.nextInt(lines.size());
      switch (r.nextInt(8)) {
        case 0 -> lines.remove(i);
        case 1 -> lines.add(i, lines.get(r.nextInt(lines.size())));
        case 2 -> {
          int j = r.nextInt(lines.size());
          String x = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, x);
        }
        case 3, 4 -> {
          String[] words = lines.get(i).split(" ", -1);
          words[r.nextInt(words.length)] = TOKENS.get(r.nextInt(TOKENS.size()));
          lines.set(i, String.join(" ", words));
        }
        case 5 -> {
          String l = lines.get(i);
          int at = l.isEmpty() ? 0 : r.nextInt(l.length() + 1);
          lines.set(i, l.substring(0, at) + TOKENS.get(r.nextInt(TOKENS.size())) + l.substring(at));
        }
        case 6 -> lines.add(i, TOKENS.get(r.nextInt(TOKENS.size())) + " " + TOKENS.get(r.nextInt(TOKENS.size())));
        default -> {
          String all = String.join("\n", lines);
          return all.substring(0, r.nextInt(all.length() + 1));
        }
      }
      text = String.join("\n", lines);
    }
    return text;
  }

  /** {@code n} mutations of the JSON tree: a value replaced, a key removed or renamed, an element dropped or doubled. */
  static String mutateJson(Random r, String text, int n) throws IOException {
    JsonNode root = JSON.readTree(text);
    for (int k = 0; k < n; k++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(root, containers, r, 0);
      JsonNode c = containers.get(r.nextInt(containers.size()));
      if (c instanceof ObjectNode o && o.size() > 0) {
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        String key = keys.get(r.nextInt(keys.size()));
        switch (r.nextInt(4)) {
          case 0 -> o.remove(key);
          case 1 -> o.set(key + (r.nextBoolean() ? "x" : ""), o.remove(key));
          default -> o.set(key, randomValue(r, 3));
        }
      } else if (c instanceof ArrayNode a && a.size() > 0) {
        int i = r.nextInt(a.size());
        switch (r.nextInt(4)) {
          case 0 -> a.remove(i);
          case 1 -> a.insert(i, a.get(i).deepCopy());
          default -> a.set(i, randomValue(r, 3));
        }
      }
    }
    return JSON.writeValueAsString(root);
  }

  /** The objects and arrays of a tree, sampled (a trace has thousands: each is kept with some chance). */
  private static void collect(JsonNode n, List<JsonNode> out, Random r, int depth) {
    if (!n.isContainerNode()) return;
    if (depth < 2 || r.nextInt(8) == 0 || out.isEmpty()) out.add(n);
    for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) collect(it.next(), out, r, depth + 1);
  }

  private static JsonNode randomValue(Random r, int depth) {
    switch (r.nextInt(depth <= 0 ? 6 : 10)) {
      case 0 -> { return F.numberNode(List.of(0L, -1L, 1L, 2L, 42L, 250L, 251L, Long.MAX_VALUE, Integer.MIN_VALUE - 1L).get(r.nextInt(9))); }
      case 1 -> { return F.numberNode(r.nextDouble()); }
      case 2 -> { return F.textNode(List.of("", "A", "B", "on", "off", "active", "Init", "PowerOn", "tcp", "udp", "admin",
          "system", "none", "PreemptAlways", "x".repeat(200)).get(r.nextInt(15))); }
      case 3 -> { return F.booleanNode(r.nextBoolean()); }
      case 4 -> { return F.nullNode(); }
      case 5 -> {
        ObjectNode o = F.objectNode();
        o.put(List.of("#bigint", "#set", "#map", "#tup", "#unserializable", "#other").get(r.nextInt(6)),
            r.nextBoolean() ? "12" : "x");
        return o;
      }
      case 6, 7 -> {
        ArrayNode a = F.arrayNode();
        for (int i = r.nextInt(4); i > 0; i--) a.add(randomValue(r, depth - 1));
        if (r.nextBoolean()) {
          ObjectNode o = F.objectNode();
          o.set("#set", a);
          return o;
        }
        return a;
      }
      default -> {
        ObjectNode o = F.objectNode();
        for (int i = r.nextInt(4); i > 0; i--) o.set(List.of("A", "B", "name", "kind", "val", "unit", "group").get(r.nextInt(7)), randomValue(r, depth - 1));
        return o;
      }
    }
  }
}
