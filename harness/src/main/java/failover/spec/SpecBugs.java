package failover.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec's deliberate bugs as spec/AAFailoverBugs.tla defines them: for each bug {@code B} of its
 * {@code Bugs}, the wrong operators {@code Bug<B><Op>} that replace the protocol's operators
 * {@code <Op>} of spec/AAFailover.tla. A bug model's cfg overrides exactly these
 * ({@code Armable <- BugPreemptAlwaysArmable}); {@code play --validate --spec-bug} puts their
 * definitions in a copy of the spec ({@link #variant}).
 */
public final class SpecBugs {
  /** The module of the bugs. */
  public static final String MODULE = "AAFailoverBugs";

  /**
   * One wrong operator: the protocol operator {@code op} it replaces, its own name, its parameters
   * (the text between the parentheses, "" for none) and its body (the definition's text after
   * {@code ==}, continuation lines included).
   */
  public record Override(String op, String name, String params, String body) {
    /** The definition of {@code op} with this body: {@code Armable(g) == TRUE}. */
    public String definition() { return op + (params.isEmpty() ? "" : "(" + params + ")") + " ==" + body; }
  }

  private final Map<String, List<Override>> byBug;

  private SpecBugs(Map<String, List<Override>> byBug) { this.byBug = byBug; }

  /** A top-level definition: its first line at column 0, then its indented continuation lines. */
  private static final Pattern DEFINITION =
      Pattern.compile("(?m)^(\\w+)(?:\\(([^)]*)\\))? ==((?:[^\\n]*)(?:\\n[ \\t]+[^\\n]*)*)");

  /** The bugs of the text of spec/AAFailoverBugs.tla (its {@code Bugs} in {@link Vocabulary#BUGS}'s names). */
  public static SpecBugs parse(String bugsModule) {
    Map<String, List<Override>> m = new LinkedHashMap<>();
    for (String b : Vocabulary.BUGS) if (!b.equals("none")) m.put(b, new ArrayList<>());
    Matcher d = DEFINITION.matcher(bugsModule);
    while (d.find()) {
      String name = d.group(1);
      if (!name.startsWith("Bug") || name.equals("Bugs")) continue;
      List<String> of = new ArrayList<>();
      for (String b : m.keySet()) {
        if (name.startsWith("Bug" + b) && name.length() > 3 + b.length() && Character.isUpperCase(name.charAt(3 + b.length()))) of.add(b);
      }
      if (of.size() != 1) throw new IllegalArgumentException(MODULE + ": " + name + " is the operator of " + (of.isEmpty() ? "no bug" : "the bugs " + of));
      String b = of.get(0);
      m.get(b).add(new Override(name.substring(3 + b.length()), name, d.group(2) == null ? "" : d.group(2).strip(), d.group(3)));
    }
    return new SpecBugs(m);
  }

  /** The wrong operators of {@code bug} (none for "none"); unknown bug: IllegalArgumentException. */
  public List<Override> overrides(String bug) {
    if (bug.equals("none")) return List.of();
    List<Override> o = byBug.get(bug);
    if (o == null) throw new IllegalArgumentException("unknown bug '" + bug + "'; one of " + Vocabulary.BUGS);
    return o;
  }

  /** The cfg lines of {@code bug}'s overrides, {@code Armable <- BugPreemptAlwaysArmable}. */
  public List<String> cfgLines(String bug) {
    List<String> out = new ArrayList<>();
    for (Override o : overrides(bug)) out.add(o.op() + " <- " + o.name());
    return out;
  }

  /**
   * The spec's text {@code specText} with the definition of each operator {@code bug} overrides
   * replaced by the wrong one (in the same place: each body uses only what the spec defines before).
   */
  public String variant(String specText, String bug) {
    String out = specText;
    for (Override o : overrides(bug)) {
      Matcher d = Pattern.compile("(?m)^" + Pattern.quote(o.op()) + "(?:\\(([^)]*)\\))? ==((?:[^\\n]*)(?:\\n[ \\t]+[^\\n]*)*)").matcher(out);
      if (!d.find()) throw new IllegalStateException("the spec does not define " + o.op() + ", which " + o.name() + " replaces");
      out = out.substring(0, d.start()) + o.definition() + out.substring(d.end());
    }
    return out;
  }
}
