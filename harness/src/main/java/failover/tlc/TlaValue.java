package failover.tlc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A TLA+ value as TLC prints it in a state: the Java value model the harness reads states with.
 *
 * <p>TLC prints a function whose domain is a set of strings as a record ({@code [A |-> 1]}), a
 * function whose domain is {@code 1..n} as a sequence ({@code <<a, b>>}), and any other function
 * as {@code (k1 :> v1 @@ k2 :> v2)}. The parser keeps those three forms apart ({@link Rec},
 * {@link Seq}, {@link Fun}); {@link #apply} reads any of them. Sets keep TLC's (normalised) order,
 * so two equal sets printed by TLC are equal records here. {@code toString()} prints the value back
 * in TLC's syntax, on one line.
 */
public sealed interface TlaValue {

  /** The text of a string or a model value; IllegalArgumentException for any other value. */
  static String str(TlaValue v) {
    if (v instanceof Str s) return s.value();
    if (v instanceof ModelValue m) return m.name();
    throw new IllegalArgumentException("a string was expected, not " + v);
  }

  /** The value of an integer; IllegalArgumentException for any other value. */
  static int num(TlaValue v) {
    if (v instanceof Int i) return (int) i.value();
    throw new IllegalArgumentException("an integer was expected, not " + v);
  }

  /** The value of a Boolean; IllegalArgumentException for any other value. */
  static boolean bool(TlaValue v) {
    if (v instanceof Bool b) return b.value();
    throw new IllegalArgumentException("a boolean was expected, not " + v);
  }

  /** An integer. TLC's integers are 32-bit; a long holds any of them. */
  record Int(long value) implements TlaValue {
    @Override public String toString() { return Long.toString(value); }
  }

  /** {@code TRUE} or {@code FALSE}. */
  record Bool(boolean value) implements TlaValue {
    @Override public String toString() { return value ? "TRUE" : "FALSE"; }
  }

  /** A string, unescaped. */
  record Str(String value) implements TlaValue {
    @Override public String toString() {
      return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
          .replace("\t", "\\t") + '"';
    }
  }

  /** A model value (a bare identifier in the cfg, e.g. {@code m1}). */
  record ModelValue(String name) implements TlaValue {
    @Override public String toString() { return name; }
  }

  /** A finite set, in TLC's order. An interval {@code m..n} is read as the set of its integers. */
  record TlaSet(List<TlaValue> elements) implements TlaValue {
    public TlaSet { elements = List.copyOf(elements); }
    public boolean contains(TlaValue v) { return elements.contains(v); }
    @Override public String toString() { return join("{", elements, "}"); }
  }

  /** A sequence or tuple {@code <<a, b>>}: a function with domain {@code 1..n}. */
  record Seq(List<TlaValue> elements) implements TlaValue {
    public Seq { elements = List.copyOf(elements); }
    @Override public String toString() { return join("<<", elements, ">>"); }
  }

  /** A record {@code [f |-> v, ...]}: a function from strings (field names) to values. */
  record Rec(Map<String, TlaValue> fields) implements TlaValue {
    public Rec { fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields)); }
    /** The field's value; throws when the record has no such field. */
    public TlaValue get(String field) {
      TlaValue v = fields.get(field);
      if (v == null) throw new IllegalArgumentException("record has no field " + field + ": " + this);
      return v;
    }
    @Override public String toString() {
      return fields.entrySet().stream().map(e -> e.getKey() + " |-> " + e.getValue())
          .collect(Collectors.joining(", ", "[", "]"));
    }
  }

  /** Any other function {@code (k1 :> v1 @@ k2 :> v2)}. */
  record Fun(Map<TlaValue, TlaValue> mapping) implements TlaValue {
    public Fun { mapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapping)); }
    @Override public String toString() {
      return mapping.entrySet().stream().map(e -> e.getKey() + " :> " + e.getValue())
          .collect(Collectors.joining(" @@ ", "(", ")"));
    }
  }

  /**
   * Applies this function-like value (record, sequence or function) to {@code arg}, as TLA+'s
   * {@code f[arg]}: a record takes a string or a model value naming the field (TLC prints the
   * field names of {@code [u \in {"A","B"} |-> ..]} bare), a sequence a 1-based integer.
   */
  default TlaValue apply(TlaValue arg) {
    TlaValue result = null;
    if (this instanceof Rec r) {
      if (arg instanceof Str s) result = r.fields().get(s.value());
      else if (arg instanceof ModelValue m) result = r.fields().get(m.name());
    } else if (this instanceof Seq s) {
      if (arg instanceof Int i && i.value() >= 1 && i.value() <= s.elements().size()) {
        result = s.elements().get((int) i.value() - 1);
      }
    } else if (this instanceof Fun f) {
      result = f.mapping().get(arg);
    }
    if (result == null) throw new IllegalArgumentException("cannot apply " + this + " to " + arg);
    return result;
  }

  /** {@code apply} with a string argument: a record's field, or a function of strings. */
  default TlaValue apply(String key) { return apply(new Str(key)); }

  /** {@code apply} with an integer argument. */
  default TlaValue apply(long key) { return apply(new Int(key)); }

  /** Parses one value as TLC prints it (line breaks and indentation allowed). */
  static TlaValue parse(String text) { return TlaValueParser.parse(text); }

  private static String join(String open, List<TlaValue> elements, String close) {
    List<String> parts = new ArrayList<>();
    for (TlaValue e : elements) parts.add(e.toString());
    return open + String.join(", ", parts) + close;
  }
}
