package failover.conform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import failover.io.Problems;
import failover.tlc.TlaValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an ITF trace file ({@link Itf}) as a stream, one state at a time, so that its memory does
 * not grow with the trace's length: {@link #header} reads {@code #meta} and {@code vars}, then
 * {@link #next} gives the states in order, then {@link #loop}. The JSON is read strictly: a key
 * twice in an object, anything after the trace's object, nesting deeper than {@link #MAX_DEPTH},
 * a string longer than {@link #MAX_STRING} characters are refused. Every problem is an
 * {@link Itf.ItfException} whose message says where ({@code line L, column C}, or the state and
 * the variable) and what, in the user's words.
 *
 * <p>ITF's objects are unordered; every writer puts {@code #meta} and {@code vars} before
 * {@code states}. A file with {@code states} first is read whole before its states are given.
 */
public final class ItfReader implements AutoCloseable {
  public static final int MAX_DEPTH = 64;
  public static final int MAX_STRING = 100_000;
  public static final int MAX_NUMBER = 40;
  public static final int MAX_NAME = 1_000;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING)
          .maxNumberLength(MAX_NUMBER).maxNameLength(MAX_NAME).build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final ObjectMapper JSON = new ObjectMapper(FACTORY);

  /** What comes before the states. */
  public record Header(Map<String, Object> meta, List<String> vars) {}

  private final JsonParser parser;
  private final InputStream in;
  private Map<String, Object> meta = new LinkedHashMap<>();
  private List<String> vars;
  private int loop = -1;
  private boolean sawStates;
  /** States read before vars (a file with states first), else null: states come from the stream. */
  private Deque<JsonNode> buffered;
  private boolean inStates; // the parser is inside the states array
  private boolean done;     // the root object and the file are read
  private int index;        // the index of the next state
  private String stateAt = "";

  private ItfReader(InputStream in) throws IOException {
    this.in = in;
    this.parser = FACTORY.createParser(in);
  }

  /** Opens a trace file; an unreadable file is an ItfException naming the problem. */
  public static ItfReader open(Path file) throws Itf.ItfException {
    try {
      if (Files.isDirectory(file)) throw new Itf.ItfException("is a directory, not a trace");
      return new ItfReader(Files.newInputStream(file));
    } catch (IOException | RuntimeException e) {
      throw new Itf.ItfException("cannot read: " + Problems.of(e));
    }
  }

  /** A reader of a trace's text (tests). */
  public static ItfReader of(String text) {
    try {
      return new ItfReader(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads up to the first state: the trace's {@code #meta} and {@code vars}. */
  public Header header() throws Itf.ItfException {
    try {
      JsonToken t = parser.nextToken();
      if (t == null) throw new Itf.ItfException("the file is empty: not an ITF trace");
      if (t != JsonToken.START_OBJECT) throw malformed("not an ITF trace: the file holds no JSON object");
      while (vars == null || !inStates) {
        if (!rootField()) break;
      }
      if (vars == null) throw new Itf.ItfException("not an ITF trace: no \"vars\" list");
      if (!sawStates) throw new Itf.ItfException("not an ITF trace: no \"states\" list");
      return new Header(meta, vars);
    } catch (JsonProcessingException e) {
      throw json(e);
    } catch (IOException e) {
      throw new Itf.ItfException("cannot read: " + Problems.of(e));
    }
  }

  /**
   * One field of the root object; false at its end (then the file must end). At "states" with
   * vars known it stops at the array's start ({@link #inStates}); without, it buffers the states.
   */
  private boolean rootField() throws IOException, Itf.ItfException {
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_OBJECT) {
      end();
      return false;
    }
    String key = parser.currentName();
    JsonToken value = parser.nextToken();
    switch (key) {
      case "#meta" -> {
        if (value != JsonToken.START_OBJECT) throw malformed("\"#meta\" is not an object");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.readValue(parser, LinkedHashMap.class);
        meta = m;
      }
      case "vars" -> {
        if (value != JsonToken.START_ARRAY) throw malformed("\"vars\" is not a list");
        List<String> vs = new ArrayList<>();
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (t != JsonToken.VALUE_STRING) throw malformed("\"vars\" holds something other than a name");
          if (vs.contains(parser.getText())) throw malformed("\"vars\" names " + parser.getText() + " twice");
          vs.add(parser.getText());
        }
        vars = vs;
      }
      case "states" -> {
        if (value != JsonToken.START_ARRAY) throw malformed("\"states\" is not a list");
        sawStates = true;
        if (vars != null) {
          inStates = true;
        } else {
          buffered = new ArrayDeque<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) buffered.add(JSON.readTree(parser));
        }
      }
      case "loop" -> {
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() < 0) {
          throw malformed("\"loop\" is not the index of a state");
        }
        loop = parser.getIntValue();
      }
      default -> parser.skipChildren(); // other ITF fields (params, #...): not used
    }
    return true;
  }

  /** After the root object: nothing but white space. */
  private void end() throws IOException, Itf.ItfException {
    JsonToken after = parser.nextToken();
    if (after != null) throw malformed("more data after the trace's object (" + describe(after) + ")");
    done = true;
  }

  /** The next state (its variables in {@code vars} order), or null after the last one. */
  public Map<String, TlaValue> next() throws Itf.ItfException {
    try {
      JsonNode node;
      String at;
      if (buffered != null) {
        node = buffered.poll();
        at = "state " + index;
        if (node == null) {
          finish();
          return null;
        }
      } else {
        if (!inStates) {
          finish();
          return null;
        }
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
          inStates = false;
          finish();
          return null;
        }
        if (t != JsonToken.START_OBJECT) throw malformed("state " + index + " is not an object");
        JsonLocation l = parser.currentTokenLocation();
        at = "state " + index + " (line " + l.getLineNr() + ")";
        node = JSON.readTree(parser);
      }
      stateAt = at;
      Map<String, TlaValue> state = new LinkedHashMap<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!f.equals("#meta") && !vars.contains(f)) throw new Itf.ItfException("malformed trace: " + at + ": " + quote(f) + " is no variable of \"vars\"");
      }
      for (String var : vars) {
        JsonNode x = node.get(var);
        if (x == null) throw new Itf.ItfException("malformed trace: " + at + " has no variable " + var);
        try {
          state.put(var, Itf.value(x, at + ", " + var));
        } catch (Itf.ItfException e) {
          throw new Itf.ItfException("malformed trace: " + e.getMessage());
        }
      }
      index++;
      return state;
    } catch (JsonProcessingException e) {
      throw json(e);
    } catch (IOException e) {
      throw new Itf.ItfException("cannot read: " + Problems.of(e));
    }
  }

  /** Where the last state given by {@link #next} starts: {@code state N (line L)}. */
  public String stateAt() { return stateAt; }

  /** Reads the rest of the root object after the states; checks loop. */
  private void finish() throws IOException, Itf.ItfException {
    while (!done) {
      if (!rootField()) break;
      if (inStates) throw malformed("a second \"states\" list");
    }
    if (loop >= 0 && loop >= index) throw new Itf.ItfException("\"loop\" " + loop + " is not the index of a state (" + index + " states)");
  }

  /** The index of the state the last one loops back to, -1 for none (after the last state). */
  public int loop() { return loop; }

  @Override
  public void close() {
    try {
      parser.close();
      in.close();
    } catch (IOException e) {
      // nothing was written
    }
  }

  // ---------------------------------------------------------------------------------------------
  // messages

  private Itf.ItfException malformed(String what) {
    JsonLocation l = parser.currentTokenLocation();
    return new Itf.ItfException("line " + l.getLineNr() + ", column " + l.getColumnNr() + ": " + what);
  }

  private Itf.ItfException json(JsonProcessingException e) {
    JsonLocation l = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    String where = l == null ? "" : "line " + l.getLineNr() + ", column " + l.getColumnNr() + ": ";
    String what;
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      if (m.contains("nesting depth")) what = "nested deeper than " + MAX_DEPTH + " levels";
      else if (m.contains("String value length")) what = String.format(Locale.ROOT, "a string longer than %,d characters", MAX_STRING);
      else if (m.contains("Number value length")) what = "a number longer than " + MAX_NUMBER + " digits";
      else if (m.contains("Name length")) what = String.format(Locale.ROOT, "a key longer than %,d characters", MAX_NAME);
      else what = "too large";
    } else if (m.startsWith("Duplicate field")) {
      what = "a key twice in one object: " + m.replaceFirst("^Duplicate field\\s*", "");
    } else {
      what = "not valid JSON: " + Problems.json(m);
    }
    return new Itf.ItfException(where + what);
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "a second object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "more JSON";
    };
  }

  private static String quote(String s) {
    String q = s.length() <= 60 ? s : s.substring(0, 57) + "...";
    return '"' + q + '"';
  }
}
