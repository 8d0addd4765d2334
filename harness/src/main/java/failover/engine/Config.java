package failover.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration of one box: the system execution space and one configuration per security
 * context, each an ordered list of command lines with their sub-mode lines ("stored as ordered
 * command lines with their modes"). A line is replaced in place when a command with the same key
 * is entered again (e.g. {@code preempt 10} replaces {@code preempt 5}); {@code no} forms remove it.
 */
final class Config {
  /** The system execution space. */
  static final String SYSTEM = "system";

  /** The version of an erased startup configuration ({@code write erase}): the spec's {@code Erased}. */
  static final long ERASED = -1;

  /** One sub-mode line: its key (what identifies it for replacement) and its text (no indent). */
  record Line(String key, String text) {}

  /**
   * A top-level line, with the sub-mode lines typed under it (empty for a one-line command).
   * Immutable, so that copies of a configuration share their blocks: an edit replaces the block
   * in its scope ({@link Scope#putTop}, {@link Scope#putSub}, {@link Scope#removeSub}).
   */
  static final class Block {
    final String key;
    final String head;
    final List<Line> subs;

    Block(String key, String head, List<Line> subs) {
      this.key = key;
      this.head = head;
      this.subs = subs;
    }

    Line sub(String subKey) {
      for (Line l : subs) if (l.key().equals(subKey)) return l;
      return null;
    }

    /** This block with the sub-mode line of that key replaced where it is, or appended. */
    Block withSub(String subKey, String text) {
      List<Line> out = new ArrayList<>(subs.size() + 1);
      boolean put = false;
      for (Line l : subs) {
        if (!put && l.key().equals(subKey)) {
          out.add(new Line(subKey, text));
          put = true;
        } else {
          out.add(l);
        }
      }
      if (!put) out.add(new Line(subKey, text));
      return new Block(key, head, java.util.Collections.unmodifiableList(out));
    }

    /** This block without the sub-mode lines of that key ({@code no} and a sub-mode command). */
    Block withoutSub(String subKey) {
      List<Line> out = new ArrayList<>(subs);
      out.removeIf(l -> l.key().equals(subKey));
      return new Block(key, head, java.util.Collections.unmodifiableList(out));
    }
  }

  /**
   * The configuration of one scope (system or one context) with its version (0 = empty;
   * {@link #ERASED} after {@code write erase}).
   */
  static final class Scope {
    final List<Block> blocks;
    long version;

    Scope() { this(new ArrayList<>(), 0); }

    private Scope(List<Block> blocks, long version) {
      this.blocks = blocks;
      this.version = version;
    }

    /** A copy: its own list of the same (immutable) blocks. */
    Scope copy() { return new Scope(new ArrayList<>(blocks), version); }

    Block block(String key) {
      for (Block b : blocks) if (b.key.equals(key)) return b;
      return null;
    }

    private int index(String key) {
      for (int i = 0; i < blocks.size(); i++) if (blocks.get(i).key.equals(key)) return i;
      return -1;
    }

    Block ensureBlock(String key, String head) {
      Block b = block(key);
      if (b == null) {
        b = new Block(key, head, List.of());
        blocks.add(b);
      }
      return b;
    }

    /** Puts a one-line command: replaces the line with the same key where it is, or appends. */
    void putTop(String key, String text) {
      int i = index(key);
      if (i < 0) blocks.add(new Block(key, text, List.of()));
      else blocks.set(i, new Block(key, text, blocks.get(i).subs));
    }

    /** Puts a sub-mode line into the block of that key (created with {@code head} if missing): replaced where it is, or appended. */
    void putSub(String blockKey, String head, String subKey, String text) {
      ensureBlock(blockKey, head);
      int i = index(blockKey);
      blocks.set(i, blocks.get(i).withSub(subKey, text));
    }

    /** Removes the sub-mode lines of that key from the block of {@code blockKey}, if there is one. */
    void removeSub(String blockKey, String subKey) {
      int i = index(blockKey);
      if (i >= 0) blocks.set(i, blocks.get(i).withoutSub(subKey));
    }

    void remove(String key) { blocks.removeIf(b -> b.key.equals(key)); }

    boolean has(String key) { return block(key) != null; }

    /** The head of the top-level line with that key, or null. */
    String top(String key) {
      Block b = block(key);
      return b == null ? null : b.head;
    }

    /** The lines as {@code show running-config} prints them: sub-mode lines indented by one space. */
    List<String> lines() {
      List<String> out = new ArrayList<>();
      for (Block b : blocks) {
        out.add(b.head);
        for (Line l : b.subs) out.add(" " + l.text());
      }
      return out;
    }
  }

  final Scope system;
  /** Context configurations by context name, in creation order. */
  final Map<String, Scope> contexts;

  Config() { this(new Scope(), new LinkedHashMap<>()); }

  private Config(Scope system, Map<String, Scope> contexts) {
    this.system = system;
    this.contexts = contexts;
  }

  Config copy() {
    Map<String, Scope> c = new LinkedHashMap<>();
    contexts.forEach((k, v) -> c.put(k, v.copy()));
    Config out = new Config(system.copy(), c);
    out.memo = memo;
    return out;
  }

  /**
   * Facts derived from this configuration ({@link Cfg}), computed once. Every change of the
   * configuration must call {@link #touch()}; copies share the facts until one of them changes.
   */
  private java.util.concurrent.ConcurrentHashMap<String, Object> memo;

  @SuppressWarnings("unchecked")
  <T> T memo(String key, java.util.function.Supplier<T> f) {
    java.util.concurrent.ConcurrentHashMap<String, Object> m = memo;
    if (m == null) memo = m = new java.util.concurrent.ConcurrentHashMap<>();
    Object v = m.get(key);
    if (v == null) {
      v = f.get();
      m.put(key, v == null ? NONE : v);
    }
    return v == NONE ? null : (T) v;
  }

  private static final Object NONE = new Object();

  /** The configuration changed: forget the derived facts. */
  void touch() { memo = null; }

  /** The scope by name ({@link #SYSTEM} or a context name), or null if no such context. */
  Scope scope(String name) { return SYSTEM.equals(name) ? system : contexts.get(name); }
}
