package failover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of harness/src/main/java and their layers, as docs/design.md draws them: a package
 * uses only packages of lower layers (never one of its own layer, never one above), so there is no
 * cycle. The test reads every main source file (comments left out) for references to
 * {@code failover.<package>.} and fails on a package it does not know, on a cycle, or on a
 * dependency against the layering.
 */
class LayeringTest {
  /** Layer of each package: 0 the vocabulary and plain I/O, up to 6 the command line. */
  static final Map<String, Integer> LAYER = Map.ofEntries(
      Map.entry("spec", 0), Map.entry("io", 0),
      Map.entry("engine", 1), Map.entry("tlc", 1),
      Map.entry("scenario", 2), Map.entry("adapter", 2),
      Map.entry("conform", 3),
      Map.entry("corners", 4), Map.entry("validate", 4),
      Map.entry("pipeline", 5),
      Map.entry("cli", 6));

  static final Path MAIN = Path.of("harness/src/main/java/failover");
  private static final Pattern REF = Pattern.compile("\\bfailover\\.(\\w+)\\.[A-Za-z]");
  private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

  /** Each package's uses of other packages, with a file that shows each. */
  static Map<String, Map<String, String>> uses() throws Exception {
    Map<String, Map<String, String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String pkg = MAIN.relativize(f).getName(0).toString();
        Map<String, String> deps = out.computeIfAbsent(pkg, k -> new TreeMap<>());
        String code = COMMENT.matcher(Files.readString(f)).replaceAll(" ");
        Matcher m = REF.matcher(code);
        while (m.find()) if (!m.group(1).equals(pkg)) deps.putIfAbsent(m.group(1), MAIN.relativize(f).toString());
      }
    }
    return out;
  }

  @Test
  void everyPackageHasALayer() throws Exception {
    Set<String> known = new TreeSet<>(uses().keySet());
    assertEquals(new TreeSet<>(LAYER.keySet()), known, "the packages of " + MAIN + " and the layers of this test (docs/design.md)");
  }

  @Test
  void eachPackageUsesOnlyLowerLayers() throws Exception {
    List<String> wrong = new ArrayList<>();
    uses().forEach((pkg, deps) -> deps.forEach((dep, file) -> {
      Integer from = LAYER.get(pkg), to = LAYER.get(dep);
      if (from == null || to == null || to >= from) {
        wrong.add(pkg + " (layer " + from + ") uses " + dep + " (layer " + to + "), in " + file);
      }
    }));
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void noCycle() throws Exception {
    Map<String, Map<String, String>> g = uses();
    for (String start : g.keySet()) {
      // depth-first from start: reaching start again is a cycle
      List<String> stack = new ArrayList<>(List.of(start));
      Set<String> seen = new TreeSet<>();
      while (!stack.isEmpty()) {
        String p = stack.remove(stack.size() - 1);
        for (String d : g.getOrDefault(p, Map.of()).keySet()) {
          assertTrue(!d.equals(start), "a cycle through " + start + " and " + p);
          if (seen.add(d)) stack.add(d);
        }
      }
    }
  }
}
