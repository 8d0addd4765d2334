package failover.conform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failover.tlc.TlaValue;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ITF, the Informal Trace Format of Apalache (ADR-015), over {@link TlaValue}: one trace a JSON
 * file {@code {"#meta": {..}, "vars": [..], "states": [{"#meta": {"index": i}, var: value, ..}],
 * "loop": k}}. Values: integers as JSON numbers (beyond 2^53 as {@code {"#bigint": "digits"}}),
 * booleans, strings, sequences as arrays, records as objects, sets {@code {"#set": [..]}},
 * functions {@code {"#map": [[k, v], ..]}}, tuples read as sequences ({@code {"#tup": [..]}}), and
 * TLC's model values as {@code {"#unserializable": "name"}}.
 */
public final class Itf {
  private Itf() {}

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  /** Integers up to this magnitude are exact as JSON numbers in every reader (2^53). */
  private static final long SAFE = 1L << 53;

  /**
   * One trace: its {@code #meta} (free-form: model, seed, TLC version, spec hashes, ...), its
   * variables, its states (each a map from variable to value, in {@code vars} order) and, for a
   * lasso, the 0-based index of the state the last one loops back to (-1: no loop).
   */
  public record Trace(Map<String, Object> meta, List<String> vars, List<Map<String, TlaValue>> states, int loop) {
    public Trace {
      meta = new LinkedHashMap<>(meta);
      vars = List.copyOf(vars);
      states = List.copyOf(states);
    }

    public Trace withMeta(String key, Object value) {
      Map<String, Object> m = new LinkedHashMap<>(meta);
      m.put(key, value);
      return new Trace(m, vars, states, loop);
    }

    /** The first {@code n} states. */
    public Trace prefix(int n) { return new Trace(meta, vars, states.subList(0, Math.min(n, states.size())), -1); }
  }

  /** Bad ITF: the message names the file and what is wrong. */
  public static final class ItfException extends Exception {
    public ItfException(String message) { super(message); }
  }

  // ---------------------------------------------------------------------------------------------
  // writing

  public static JsonNode toJson(TlaValue v) {
    if (v instanceof TlaValue.Int i) {
      long x = i.value();
      if (Math.abs(x) < SAFE) return F.numberNode(x);
      ObjectNode o = F.objectNode();
      o.put("#bigint", Long.toString(x));
      return o;
    }
    if (v instanceof TlaValue.Bool b) return F.booleanNode(b.value());
    if (v instanceof TlaValue.Str s) return F.textNode(s.value());
    if (v instanceof TlaValue.ModelValue m) {
      ObjectNode o = F.objectNode();
      o.put("#unserializable", m.name());
      return o;
    }
    if (v instanceof TlaValue.TlaSet s) {
      ArrayNode a = F.arrayNode();
      for (TlaValue e : s.elements()) a.add(toJson(e));
      ObjectNode o = F.objectNode();
      o.set("#set", a);
      return o;
    }
    if (v instanceof TlaValue.Seq s) {
      ArrayNode a = F.arrayNode();
      for (TlaValue e : s.elements()) a.add(toJson(e));
      return a;
    }
    if (v instanceof TlaValue.Rec r) {
      ObjectNode o = F.objectNode();
      r.fields().forEach((k, x) -> o.set(k, toJson(x)));
      return o;
    }
    TlaValue.Fun f = (TlaValue.Fun) v;
    ArrayNode pairs = F.arrayNode();
    f.mapping().forEach((k, x) -> pairs.add(F.arrayNode().add(toJson(k)).add(toJson(x))));
    ObjectNode o = F.objectNode();
    o.set("#map", pairs);
    return o;
  }

  public static ObjectNode toJson(Trace t) {
    ObjectNode root = F.objectNode();
    root.set("#meta", JSON.valueToTree(t.meta()));
    ArrayNode vars = root.putArray("vars");
    t.vars().forEach(vars::add);
    ArrayNode states = root.putArray("states");
    for (int i = 0; i < t.states().size(); i++) {
      ObjectNode s = states.addObject();
      s.putObject("#meta").put("index", i);
      for (String var : t.vars()) {
        TlaValue x = t.states().get(i).get(var);
        if (x != null) s.set(var, toJson(x));
      }
    }
    if (t.loop() >= 0) root.put("loop", t.loop());
    return root;
  }

  public static String write(Trace t) {
    try {
      return JSON.writeValueAsString(toJson(t)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void write(Trace t, Path file) throws IOException {
    if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, write(t));
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  /** Reads a whole trace file, strictly ({@link ItfReader}); the message of a problem starts with the file. */
  public static Trace read(Path file) throws ItfException {
    try (ItfReader r = ItfReader.open(file)) {
      return whole(r);
    } catch (ItfException e) {
      throw new ItfException(file + ": " + e.getMessage());
    }
  }

  /** Parses a whole trace's text, strictly ({@link ItfReader}); {@code where} names it in messages. */
  public static Trace parse(String text, String where) throws ItfException {
    try (ItfReader r = ItfReader.of(text)) {
      return whole(r);
    } catch (ItfException e) {
      throw new ItfException(where + ": " + e.getMessage());
    }
  }

  private static Trace whole(ItfReader r) throws ItfException {
    ItfReader.Header h = r.header();
    List<Map<String, TlaValue>> states = new ArrayList<>();
    for (Map<String, TlaValue> s; (s = r.next()) != null; ) states.add(s);
    return new Trace(h.meta(), h.vars(), states, r.loop());
  }

  /** An ITF value as a TLA+ value. */
  public static TlaValue value(JsonNode x, String where) throws ItfException {
    if (x.isIntegralNumber()) {
      if (!x.canConvertToLong()) throw new ItfException(where + ": integer out of range: " + brief(x));
      return new TlaValue.Int(x.asLong());
    }
    if (x.isNumber()) throw new ItfException(where + ": not an integer: " + brief(x));
    if (x.isBoolean()) return new TlaValue.Bool(x.asBoolean());
    if (x.isTextual()) return new TlaValue.Str(x.asText());
    if (x.isArray()) return new TlaValue.Seq(list(x, where));
    if (!x.isObject()) throw new ItfException(where + ": not an ITF value: " + brief(x));
    if (x.size() == 1) {
      String key = x.fieldNames().next();
      JsonNode body = x.get(key);
      switch (key) {
        case "#bigint" -> {
          try {
            if (!body.isTextual() || body.asText().length() > 30) throw new NumberFormatException();
            BigInteger b = new BigInteger(body.asText());
            return new TlaValue.Int(b.longValueExact());
          } catch (NumberFormatException | ArithmeticException e) {
            throw new ItfException(where + ": bad or too large #bigint: " + brief(body));
          }
        }
        case "#set" -> {
          requireArray(body, key, where);
          return new TlaValue.TlaSet(list(body, where));
        }
        case "#tup" -> {
          requireArray(body, key, where);
          return new TlaValue.Seq(list(body, where));
        }
        case "#map" -> {
          requireArray(body, key, where);
          Map<TlaValue, TlaValue> m = new LinkedHashMap<>();
          for (JsonNode pair : body) {
            if (!pair.isArray() || pair.size() != 2) throw new ItfException(where + ": #map entry is not a [key, value] pair: " + brief(pair));
            m.put(value(pair.get(0), where), value(pair.get(1), where));
          }
          return new TlaValue.Fun(m);
        }
        case "#unserializable" -> { return new TlaValue.ModelValue(body.asText()); }
        default -> {
          if (key.startsWith("#")) throw new ItfException(where + ": unknown ITF form " + key);
        }
      }
    }
    Map<String, TlaValue> fields = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = x.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().startsWith("#")) throw new ItfException(where + ": unknown ITF form " + e.getKey());
      fields.put(e.getKey(), value(e.getValue(), where + "." + e.getKey()));
    }
    if (fields.isEmpty()) return new TlaValue.Seq(List.of()); // the empty function: <<>>
    return new TlaValue.Rec(fields);
  }

  /** A JSON value for a message, cut to 60 characters. */
  private static String brief(JsonNode x) {
    String s = x.toString();
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static void requireArray(JsonNode body, String key, String where) throws ItfException {
    if (!body.isArray()) throw new ItfException(where + ": " + key + " needs a list: " + brief(body));
  }

  private static List<TlaValue> list(JsonNode a, String where) throws ItfException {
    List<TlaValue> out = new ArrayList<>();
    for (JsonNode e : a) out.add(value(e, where));
    return out;
  }
}
