package failover.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A counterexample as a readable table: one row a step, with the action and only what changed.
 * Inside records, functions and sequences only the changed entries are shown, by path
 * ({@code role[B][2] = "active"}). When the states have a history variable (a record with a
 * {@code name} field, e.g. {@code act |-> [name |-> "PowerOn", units |-> {"A"}]}), the action
 * column shows it with its parameters and the variable itself is left out of the changes.
 */
public final class TraceTable {
  private TraceTable() {}

  /** One step: its number in the trace, the action, and the changes ("path = value"). */
  public record Row(int step, String action, List<String> changes) {
    public Row { changes = List.copyOf(changes); }
  }

  /** The rows of a trace; {@code history} names the history variable (null if none). */
  public static List<Row> rows(Trace trace, String history) {
    List<Row> rows = new ArrayList<>();
    TlcMessage.TraceState previous = null;
    for (TlcMessage.TraceState s : trace.states()) {
      List<String> changes = new ArrayList<>();
      for (String var : s.changedFrom(previous)) {
        if (var.equals(history)) continue;
        String after = s.values().get(var);
        String before = previous == null ? null : previous.values().get(var);
        changes.addAll(before == null ? List.of(var + " = " + show(after)) : diff(var, before, after));
      }
      rows.add(new Row(s.number(), action(s, history), changes));
      previous = s;
    }
    return rows;
  }

  /** The table as text, with a last line saying how the trace ends. */
  public static String render(Trace trace, String history) {
    List<Row> rows = rows(trace, history);
    int width = "action".length();
    for (Row r : rows) width = Math.max(width, Math.min(48, r.action().length()));
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%5s  %-" + width + "s  %s%n", "step", "action", "changes"));
    for (Row r : rows) {
      List<String> changes = r.changes().isEmpty() ? List.of("(no change)") : r.changes();
      for (int k = 0; k < changes.size(); k++) {
        sb.append(k == 0 ? String.format("%5d  %-" + width + "s  %s%n", r.step(), r.action(), changes.get(k))
            : String.format("%5s  %-" + width + "s  %s%n", "", "", changes.get(k)));
      }
    }
    switch (trace.ending()) {
      case BACK_TO_STATE -> sb.append(String.format("%5s  then back to step %d: the steps from %d on repeat for ever%n",
          "", trace.backTo(), trace.backTo()));
      case STUTTERING -> sb.append(String.format("%5s  then nothing happens any more (stuttering for ever)%n", ""));
      case FINAL_STATE, NONE -> { }
    }
    return sb.toString();
  }

  /** The history variable's record as {@code Name(param: value, ...)}, or TLC's action name. */
  static String action(TlcMessage.TraceState s, String history) {
    String text = history == null ? null : s.values().get(history);
    if (text != null) {
      try {
        if (TlaValue.parse(text) instanceof TlaValue.Rec r && r.fields().get("name") instanceof TlaValue.Str name) {
          List<String> params = new ArrayList<>();
          for (Map.Entry<String, TlaValue> e : r.fields().entrySet()) {
            if (!e.getKey().equals("name")) params.add(e.getKey() + ": " + e.getValue());
          }
          return name.value() + (params.isEmpty() ? "" : "(" + String.join(", ", params) + ")");
        }
      } catch (IllegalArgumentException unreadable) {
        // fall back to TLC's action name
      }
    }
    return s.action();
  }

  /** The changed paths between two values of a variable, as "path = new value". */
  static List<String> diff(String path, String before, String after) {
    try {
      List<String> out = new ArrayList<>();
      diff(path, TlaValue.parse(before), TlaValue.parse(after), out);
      return out;
    } catch (IllegalArgumentException unreadable) {
      return List.of(path + " = " + after);
    }
  }

  private static void diff(String path, TlaValue a, TlaValue b, List<String> out) {
    if (a.equals(b)) return;
    if (a instanceof TlaValue.Rec ra && b instanceof TlaValue.Rec rb && ra.fields().keySet().equals(rb.fields().keySet())) {
      for (String k : rb.fields().keySet()) diff(path + "[" + k + "]", ra.fields().get(k), rb.fields().get(k), out);
    } else if (a instanceof TlaValue.Fun fa && b instanceof TlaValue.Fun fb && fa.mapping().keySet().equals(fb.mapping().keySet())) {
      for (TlaValue k : fb.mapping().keySet()) diff(path + "[" + k + "]", fa.mapping().get(k), fb.mapping().get(k), out);
    } else if (a instanceof TlaValue.Seq sa && b instanceof TlaValue.Seq sb && sa.elements().size() == sb.elements().size()) {
      for (int k = 0; k < sb.elements().size(); k++) diff(path + "[" + (k + 1) + "]", sa.elements().get(k), sb.elements().get(k), out);
    } else {
      out.add(path + " = " + b);
    }
  }

  private static String show(String text) {
    try {
      return Objects.toString(TlaValue.parse(text));
    } catch (IllegalArgumentException unreadable) {
      return text;
    }
  }
}
