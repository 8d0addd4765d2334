package failover.tlc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a TLA+ value as TLC prints it: integers, {@code TRUE}/{@code FALSE}, strings, model values,
 * sets {@code {..}}, intervals {@code m..n}, sequences/tuples {@code <<..>>}, records
 * {@code [f |-> v]} and functions {@code (k :> v @@ ..)}. A recursive-descent parser; whitespace
 * and line breaks between tokens are ignored. Throws {@link TlaValueParser.ParseException} with the
 * offset of the offending character.
 */
public final class TlaValueParser {
  /** The text is not a value TLC prints. */
  public static final class ParseException extends IllegalArgumentException {
    public final int offset;
    ParseException(String message, String text, int offset) {
      super(message + " at offset " + offset + " of: " + abbreviate(text));
      this.offset = offset;
    }
    private static String abbreviate(String s) {
      String one = s.replaceAll("\\s+", " ").strip();
      return one.length() <= 120 ? one : one.substring(0, 117) + "...";
    }
  }

  private final String text;
  private int pos;

  private TlaValueParser(String text) { this.text = text; }

  /** Parses the whole text as one value. */
  public static TlaValue parse(String text) {
    TlaValueParser p = new TlaValueParser(text);
    TlaValue v = p.value();
    p.skipSpace();
    if (p.pos != text.length()) throw p.error("unexpected text after the value");
    return v;
  }

  private TlaValue value() {
    skipSpace();
    if (pos >= text.length()) throw error("a value was expected");
    char c = text.charAt(pos);
    TlaValue v;
    if (c == '{') v = set();
    else if (looking("<<")) v = sequence();
    else if (c == '[') v = record();
    else if (c == '(') v = function();
    else if (c == '"') v = string();
    else if (c == '-' || Character.isDigit(c)) v = integerOrInterval();
    else if (isIdentStart(c)) v = identifier();
    else throw error("unexpected character '" + c + "'");
    return v;
  }

  private TlaValue set() {
    expect("{");
    return new TlaValue.TlaSet(list("}"));
  }

  private TlaValue sequence() {
    expect("<<");
    return new TlaValue.Seq(list(">>"));
  }

  /** Comma-separated values up to {@code close}. */
  private List<TlaValue> list(String close) {
    List<TlaValue> out = new ArrayList<>();
    skipSpace();
    if (looking(close)) { pos += close.length(); return out; }
    while (true) {
      out.add(value());
      skipSpace();
      if (looking(close)) { pos += close.length(); return out; }
      expect(",");
    }
  }

  private TlaValue record() {
    expect("[");
    Map<String, TlaValue> fields = new LinkedHashMap<>();
    skipSpace();
    if (looking("]")) throw error("an empty record");
    while (true) {
      skipSpace();
      String field = name();
      expect("|->");
      if (fields.put(field, value()) != null) throw error("field " + field + " twice");
      skipSpace();
      if (looking("]")) { pos++; return new TlaValue.Rec(fields); }
      expect(",");
    }
  }

  private TlaValue function() {
    expect("(");
    Map<TlaValue, TlaValue> mapping = new LinkedHashMap<>();
    while (true) {
      TlaValue key = value();
      expect(":>");
      if (mapping.put(key, value()) != null) throw error("key " + key + " twice");
      skipSpace();
      if (looking(")")) { pos++; return new TlaValue.Fun(mapping); }
      expect("@@");
    }
  }

  private TlaValue string() {
    expect("\"");
    StringBuilder sb = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') return new TlaValue.Str(sb.toString());
      if (c == '\\') {
        if (pos >= text.length()) break;
        char e = text.charAt(pos++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'f' -> sb.append('\f');
          default -> sb.append(e); // \" and \\
        }
      } else {
        sb.append(c);
      }
    }
    throw error("a string that never ends");
  }

  private TlaValue integerOrInterval() {
    long from = integer();
    skipSpace();
    if (!looking("..")) return new TlaValue.Int(from);
    pos += 2;
    skipSpace();
    long to = integer();
    if (to - from > 1_000_000) throw error("an interval too large to enumerate");
    List<TlaValue> elements = new ArrayList<>();
    for (long i = from; i <= to; i++) elements.add(new TlaValue.Int(i));
    return new TlaValue.TlaSet(elements);
  }

  private long integer() {
    int start = pos;
    if (pos < text.length() && text.charAt(pos) == '-') pos++;
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
    try {
      return Long.parseLong(text.substring(start, pos));
    } catch (NumberFormatException e) {
      pos = start;
      throw error("an integer was expected");
    }
  }

  private TlaValue identifier() {
    String name = name();
    return switch (name) {
      case "TRUE" -> new TlaValue.Bool(true);
      case "FALSE" -> new TlaValue.Bool(false);
      default -> new TlaValue.ModelValue(name);
    };
  }

  /** A record field or model value name: letters, digits, underscores (TLA+ identifiers). */
  private String name() {
    int start = pos;
    while (pos < text.length() && (isIdentStart(text.charAt(pos)) || Character.isDigit(text.charAt(pos)))) pos++;
    if (start == pos) throw error("a name was expected");
    return text.substring(start, pos);
  }

  private static boolean isIdentStart(char c) { return Character.isLetter(c) || c == '_'; }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
  }

  private boolean looking(String s) { return text.startsWith(s, pos); }

  private void expect(String s) {
    skipSpace();
    if (!looking(s)) throw error("'" + s + "' was expected");
    pos += s.length();
  }

  private ParseException error(String message) { return new ParseException(message, text, pos); }
}
