package failover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's command table and each command's own help list the same exit codes. */
class ExitCodesDocumentedTest {
  private static final Pattern ROW = Pattern.compile("^\\| `\\./failover (\\w+)[^`]*` \\|.*\\| ([^|]*(?:\\\\\\|[^|]*)*) \\|\\s*$");
  private static final Pattern CODES = Pattern.compile("(?:^|;\\s*)(\\d+(?:/\\d+)*)(?=[\\s;]|$)");

  /** The exit codes of each command in the README's command table. */
  static Map<String, TreeSet<Integer>> readme() throws java.io.IOException {
    Map<String, TreeSet<Integer>> readme = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      Matcher row = ROW.matcher(line);
      if (!row.find()) continue;
      Matcher m = CODES.matcher(row.group(2).strip());
      TreeSet<Integer> codes = readme.computeIfAbsent(row.group(1), k -> new TreeSet<>());
      while (m.find()) for (String c : m.group(1).split("/")) codes.add(Integer.parseInt(c));
    }
    return readme;
  }

  @Test
  void readmeAndHelpAgree() throws Exception {
    Map<String, TreeSet<Integer>> readme = readme();
    Map<String, TreeSet<Integer>> help = new TreeMap<>();
    for (Map.Entry<String, CommandLine> e : Main.commandLine().getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) continue;
      TreeSet<Integer> codes = new TreeSet<>();
      for (String k : e.getValue().getCommandSpec().usageMessage().exitCodeList().keySet()) codes.add(Integer.parseInt(k.strip()));
      help.put(e.getKey(), codes);
    }
    assertFalse(readme.isEmpty(), "the README's command table");
    assertEquals(help, readme);
  }
}
