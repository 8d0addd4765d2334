package failover.engine;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The flash file system of one box ({@code flash:/}; {@code disk0:/} is accepted as its other
 * name): directories and files, what {@code dir} lists and what Table 51-1's {@code delete},
 * {@code mkdir}, {@code rename} and {@code rmdir} change. Flash memory is not volatile: it survives
 * a power-off. Immutable: every change returns a new Flash, so {@link Unit#copy()} shares it.
 *
 * <p>Decision (the seed is silent on the layout of flash): a box starts with what a new ASA of the
 * chapter's software has, its software image and ASDM image in the root, no configuration file.
 * A context's configuration file is the file its {@code config-url} names (Example 51-1:
 * "config-url flash:/admin.cfg"); it appears when the context's configuration is saved ({@code
 * write memory} in the context, {@code write memory all}, also when replicated: "The command is
 * replicated to the peer unit, which proceeds to write its configuration to flash memory"). The file
 * remembers which context's saved configuration it holds ({@link Entry#ctx}). The system
 * configuration is not a file: the ASA keeps the system's startup configuration in a hidden area of
 * flash that {@code dir} does not list and the file commands cannot reach ({@code show
 * startup-config} shows it, {@code write erase} erases it). The alternative, a visible file with a
 * name of the engine's choosing (e.g. {@code flash:/startup-config}), would be listed by no ASA.
 *
 * <p>Names are matched without regard to case and shown as created (the ASA's flash is a FAT file
 * system). Dates are simulated time: {@link #EPOCH} plus the engine's clock, in UTC, so that a
 * scenario can expect them.
 */
final class Flash {
  /** Simulated time 0 is 00:00:00 UTC Jan 01 2012. */
  static final long EPOCH = Instant.parse("2012-01-01T00:00:00Z").toEpochMilli();
  /** The date of the files the box comes with. */
  static final long FACTORY_DATE = Instant.parse("2011-08-09T12:00:00Z").toEpochMilli();
  /** The size of the compact flash of an ASA 5500 (256 MB card), as dir reports it. */
  static final long TOTAL = 255_426_560L;
  /** What a directory occupies, and dir shows as its size. */
  static final long DIR_SIZE = 4096;

  /**
   * A file or directory: its name as created, its index (the first column of dir, kept by rename),
   * size and date (epoch ms), and for a saved context configuration the context's name (else null).
   */
  record Entry(String name, boolean dir, long size, long date, int index, String ctx) {
    Entry renamed(String n) { return new Entry(n, dir, size, date, index, ctx); }
    Entry untagged() { return new Entry(name, dir, size, date, index, null); }
  }

  /** By path, lower case, from the root: "/backup", "/backup/old". The root itself is not an entry. */
  private final TreeMap<String, Entry> entries;
  private final int nextIndex;

  private Flash(TreeMap<String, Entry> entries, int nextIndex) {
    this.entries = entries;
    this.nextIndex = nextIndex;
  }

  /** What a new box has on flash: the chapter's software (show version: 8.4(2)) and ASDM. */
  static final Flash FACTORY;

  static {
    TreeMap<String, Entry> m = new TreeMap<>();
    m.put("/asa842-k8.bin", new Entry("asa842-k8.bin", false, 25_159_680, FACTORY_DATE, 1, null));
    m.put("/asdm-645.bin", new Entry("asdm-645.bin", false, 17_151_596, FACTORY_DATE, 2, null));
    FACTORY = new Flash(m, 3);
  }

  // ------------------------------------------------------------------------------------------
  // Paths

  /**
   * A path as typed: {@code flash:/a/b}, {@code disk0:/a/b}, {@code flash:a}, {@code /a/b} or {@code
   * a/b} (the current directory is always the root: cd is not modelled). Returns the file system's
   * name as typed ("flash:" when none) and the path from the root ("/" for the root), or null when
   * the text names another file system (a server URL, disk1:, system:...).
   */
  static String[] parse(String text) {
    String fs = "flash:";
    String rest = text;
    int colon = text.indexOf(':');
    if (colon >= 0) {
      String given = text.substring(0, colon + 1).toLowerCase(Locale.ROOT);
      if (!given.equals("flash:") && !given.equals("disk0:")) return null;
      fs = given;
      rest = text.substring(colon + 1);
    }
    List<String> parts = new ArrayList<>();
    for (String s : rest.split("/")) if (!s.isEmpty()) parts.add(s);
    return new String[] {fs, "/" + String.join("/", parts)};
  }

  /** The reason a path from {@link #parse} is no valid name, or null. */
  static String invalid(String path) {
    if (path.equals("/")) return null;
    for (String s : path.substring(1).split("/")) {
      if (s.equals(".") || s.equals("..")) return "'" + s + "' in a path is not supported (give the path from flash:/)";
      if (!s.matches("[A-Za-z0-9._+~-]{1,63}")) return "invalid file name '" + s + "'";
    }
    return null;
  }

  static String key(String path) { return path.toLowerCase(Locale.ROOT); }

  static String parent(String path) {
    int i = path.lastIndexOf('/');
    return i <= 0 ? "/" : path.substring(0, i);
  }

  static String base(String path) { return path.substring(path.lastIndexOf('/') + 1); }

  /** The path of a context's config-url on this box's flash, or null (no config-url, or a server). */
  static String configPath(Config c, String ctx) {
    Config.Block b = c.system.block("context " + ctx);
    Config.Line l = b == null ? null : b.sub("config-url");
    List<String> w = l == null ? List.of() : Names.words(l.text());
    String[] p = w.size() < 2 ? null : parse(w.get(1));
    return p == null || p[1].equals("/") || invalid(p[1]) != null ? null : p[1];
  }

  // ------------------------------------------------------------------------------------------
  // Queries

  Entry get(String path) { return entries.get(key(path)); }

  boolean exists(String path) { return path.equals("/") || entries.containsKey(key(path)); }

  boolean isDir(String path) {
    if (path.equals("/")) return true;
    Entry e = get(path);
    return e != null && e.dir();
  }

  /** The path as shown: each component with the case it was created with. */
  String shown(String path) {
    if (path.equals("/")) return "/";
    StringBuilder sb = new StringBuilder();
    String at = "";
    for (String s : path.substring(1).split("/")) {
      at = at + "/" + s;
      Entry e = get(at);
      sb.append('/').append(e == null ? s : e.name());
    }
    return sb.toString();
  }

  /** The entries directly in a directory, in the order dir lists them (creation order). */
  List<Map.Entry<String, Entry>> children(String dir) {
    String k = key(dir);
    String prefix = k.equals("/") ? "/" : k + "/";
    List<Map.Entry<String, Entry>> out = new ArrayList<>();
    for (Map.Entry<String, Entry> e : entries.tailMap(prefix, false).entrySet()) {
      if (!e.getKey().startsWith(prefix)) break;
      if (e.getKey().indexOf('/', prefix.length()) < 0) out.add(e);
    }
    out.sort((x, y) -> Integer.compare(x.getValue().index(), y.getValue().index()));
    return out;
  }

  /** The entries at or under a path (the path itself first if it is an entry). */
  Map<String, Entry> subtree(String path) {
    String k = key(path);
    Map<String, Entry> out = new TreeMap<>();
    Entry self = entries.get(k);
    if (self != null) out.put(k, self);
    String prefix = k.equals("/") ? "/" : k + "/";
    for (Map.Entry<String, Entry> e : entries.tailMap(prefix, false).entrySet()) {
      if (!e.getKey().startsWith(prefix)) break;
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  long used() {
    long n = 0;
    for (Entry e : entries.values()) n += e.dir() ? DIR_SIZE : e.size();
    return n;
  }

  /** The contexts whose saved configuration a file at or under the path holds. */
  List<String> contextsUnder(String path) {
    List<String> out = new ArrayList<>();
    for (Entry e : subtree(path).values()) if (e.ctx() != null) out.add(e.ctx());
    return out;
  }

  // ------------------------------------------------------------------------------------------
  // Changes (each returns a new Flash)

  Flash mkdir(String path, long date) {
    TreeMap<String, Entry> m = new TreeMap<>(entries);
    m.put(key(path), new Entry(base(path), true, DIR_SIZE, date, nextIndex, null));
    return new Flash(m, nextIndex + 1);
  }

  /**
   * A plain file written at the path ({@code copy running-config flash:/path}): a new file, or the
   * file there overwritten (it keeps its index and name). The caller has checked that the parent
   * directory exists and that the path is no directory and holds no context's saved configuration.
   */
  Flash writeFile(String path, long size, long date) {
    TreeMap<String, Entry> m = new TreeMap<>(entries);
    Entry old = m.get(key(path));
    int index = old == null ? nextIndex : old.index();
    String name = old == null ? base(path) : old.name();
    m.put(key(path), new Entry(name, false, size, date, index, null));
    return new Flash(m, old == null ? nextIndex + 1 : nextIndex);
  }

  /** Removes the entry at the path and everything under it. */
  Flash remove(String path) {
    TreeMap<String, Entry> m = new TreeMap<>(entries);
    for (String k : subtree(path).keySet()) m.remove(k);
    return new Flash(m, nextIndex);
  }

  /**
   * Moves the entry at {@code from} (with everything under it) to {@code to}. Unless {@code
   * sameName} (only the case of the letters changes, so every path still finds its file), the moved
   * files no longer hold a context's saved configuration: the context's config-url still names the
   * old path.
   */
  Flash rename(String from, String to, boolean sameName) {
    TreeMap<String, Entry> m = new TreeMap<>(entries);
    String f = key(from), t = key(to);
    Map<String, Entry> moved = subtree(from);
    for (String k : moved.keySet()) m.remove(k);
    for (Map.Entry<String, Entry> e : moved.entrySet()) {
      String nk = t + e.getKey().substring(f.length());
      Entry v = sameName ? e.getValue() : e.getValue().untagged();
      m.put(nk, nk.equals(t) ? v.renamed(base(to)) : v);
    }
    return new Flash(m, nextIndex);
  }

  /**
   * A context's configuration saved to the file its config-url names: the file holds it (another
   * file that held it no longer does). Decision: saving never fails (the spec's WriteMemory has no
   * failure), so the directories on the way are made; a directory in the way keeps the file from
   * being written (the configuration is still saved, as the spec's {@code startup}).
   */
  Flash saveContext(String path, String ctx, long size, long date) {
    TreeMap<String, Entry> m = new TreeMap<>(entries);
    int next = nextIndex;
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      if (ctx.equals(e.getValue().ctx())) m.put(e.getKey(), e.getValue().untagged());
    }
    String at = "";
    String[] parts = path.substring(1).split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      at = at + "/" + parts[i];
      Entry d = m.get(key(at));
      if (d == null) m.put(key(at), new Entry(parts[i], true, DIR_SIZE, date, next++, null));
      else if (!d.dir()) return new Flash(m, next);
    }
    Entry old = m.get(key(path));
    if (old != null && old.dir()) return new Flash(m, next);
    int index = old == null ? next++ : old.index();
    String name = old == null ? base(path) : old.name();
    m.put(key(path), new Entry(name, false, size, date, index, ctx));
    return new Flash(m, next);
  }

  /** The file holding a context's saved configuration is gone ({@code write erase} in the context). */
  Flash eraseContext(String ctx) {
    Flash f = this;
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      if (ctx.equals(e.getValue().ctx())) f = f.remove(e.getKey());
    }
    return f;
  }

  // ------------------------------------------------------------------------------------------
  // dir

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("HH:mm:ss MMM dd yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  /**
   * The ASA's dir output: "Directory of flash:/", one line a file (index, permissions -rw- or drwx,
   * size, date, name), then "N bytes total (M bytes free)". With {@code recursive}, every directory
   * under the path in turn. A file's path lists that file.
   */
  String dir(String fs, String path, boolean recursive) {
    StringBuilder sb = new StringBuilder();
    if (!isDir(path)) {
      section(sb, fs, parent(path), List.of(Map.entry(key(path), get(path))));
    } else {
      List<String> dirs = new ArrayList<>();
      dirs.add(path);
      for (int i = 0; i < dirs.size(); i++) {
        List<Map.Entry<String, Entry>> ch = children(dirs.get(i));
        section(sb, fs, dirs.get(i), ch);
        if (recursive) {
          for (Map.Entry<String, Entry> e : ch) if (e.getValue().dir()) dirs.add(e.getKey());
        }
      }
    }
    sb.append('\n').append(TOTAL).append(" bytes total (").append(TOTAL - used()).append(" bytes free)");
    return sb.toString();
  }

  private void section(StringBuilder sb, String fs, String dir, List<Map.Entry<String, Entry>> list) {
    if (sb.length() > 0) sb.append('\n');
    String shown = shown(dir);
    sb.append("Directory of ").append(fs).append(shown.equals("/") ? "/" : shown + "/").append("\n\n");
    if (list.isEmpty()) sb.append("No files in directory\n");
    for (Map.Entry<String, Entry> x : list) {
      Entry e = x.getValue();
      sb.append(String.format(Locale.ROOT, "%-6d %-4s  %-11d %s %s%n", e.index(), e.dir() ? "drwx" : "-rw-",
          e.size(), DATE.format(Instant.ofEpochMilli(e.date())), e.name()));
    }
  }

  /** For tests: the paths on flash, as shown. */
  List<String> paths() {
    List<String> out = new ArrayList<>();
    for (String k : entries.keySet()) out.add(shown(k));
    return Collections.unmodifiableList(out);
  }
}
