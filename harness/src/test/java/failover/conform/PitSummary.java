package failover.conform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The last step of {@code mvn -B -Ppit verify}: reads PIT's {@code target/pit-reports/mutations.xml}
 * and prints the mutation score per engine class, for the whole engine and for the part of the
 * engine the conformance tests are meant to cover ({@link #SCOPE} less {@link #OUTSIDE}), then the
 * surviving mutants of that part, one a line. The README's figures are this output.
 */
public final class PitSummary {
  /**
   * The classes the spec's abstraction reaches: the pair's state (Pair, Unit), the spec's derived
   * notions and timers (Predicates, Timers), its actions (WorldActions, FailoverActions,
   * ConfigActions, PairSteps) and the events that cause the world's (Events), the configuration they
   * read (Cfg, Config, and BoxView and ConfigLine, through which the adapter reads and writes it),
   * the published state (SpecState), and in failover.adapter the abstraction function (Abstraction),
   * the driver that maps spec actions to engine input (SpecDriver), the writer and the reader of a
   * model's constants (ConfigWriter, ConfigReader), and their small records. Left out: Commands and its families
   * (Replication, FailoverCommands, ConfigCommands, InterfaceCommands, WriteCommands, ExecCommands),
   * Show, Names, Mode, Refusal (command-line parsing, ranges, modes, the wording of refusals and
   * show output: the spec has no commands, only their effect, so conformance sees only the few
   * commands SpecDriver types), Addresses and Invariants (MAC and IP addresses are derived in the
   * spec, not stored; the invariant check of the random scenario test), Flash and FileCommands (the
   * boxes' flash file system: the spec has none).
   */
  static final Set<String> SCOPE = Set.of("Pair", "Predicates", "Timers", "WorldActions", "FailoverActions",
      "ConfigActions", "PairSteps", "Events", "Unit", "Cfg", "Config", "SpecState", "SpecDriver",
      "Abstraction", "ConfigWriter", "ConfigReader", "BoxView", "ConfigLine",
      "GroupState", "Step", "Event", "Result", "Box");

  /**
   * Methods of those classes that serve the scenario language only, outside the spec's variables:
   * observations (prompts, shown configuration, session counts, the step history), scenario events
   * by context name ({@code Events.traffic}), the scenario {@code wait} with its fixed order of own
   * steps ({@code Events.waitEvent}, {@code waitFor}, {@code PairSteps.settle}: the spec leaves the
   * interleaving open; the harness fires each own step itself) and its jump of the clock to the
   * next timer expiry ({@code WorldActions.Tick(limit)}, {@code Timers.nextDeadline}, {@code
   * earliest}: the harness drives the spec's Tick with {@code advance}, one tick of engine time), the
   * console's modes reset when a box boots, powers off or has its configuration replaced
   * ({@code Unit.resetConsole}: the spec has no console), the step history's text ({@code appendHistory},
   * {@code Step.toString}: the spec's history variable is {@code act}, compared in full), connection
   * entries of contexts configured on the standby unit only ({@code entriesOnlyOnStandby}: the
   * spec's contexts are the same on both units), the removal of a sub-mode line
   * ({@code Config.removeSub}: {@code no} and a group's or context's command, typed in scenarios only),
   * the configuration files a save writes on flash ({@code ConfigActions.saveFile}: the spec has no
   * file system), and the engine's own checks of a configuration change that the spec has no
   * constant for ({@code ConfigActions.checkMonitoredLimit}: 250 monitored interfaces; {@code
   * checkStatefulDataLink}: a Stateful Failover link on a data interface).
   */
  static final Map<String, Set<String>> OUTSIDE = Map.of(
      "Pair", Set.of("prompt", "currentContext", "groupState", "runningConfig", "startupConfig", "contexts", "mac",
          "ip", "sessions", "history", "lastAction", "violatedInvariant", "tick", "settle", "appendHistory"),
      "Events", Set.of("waitEvent", "waitFor", "traffic"),
      "PairSteps", Set.of("settle", "entriesOnlyOnStandby"),
      "WorldActions", Set.of("Tick"),
      "Timers", Set.of("nextDeadline", "earliest"),
      "ConfigActions", Set.of("saveFile", "checkMonitoredLimit", "checkStatefulDataLink"),
      "Cfg", Set.of("groupMac", "sameMacConfigured", "interfaceIp", "failoverInterfaceIp", "nameifs",
          "contextInterfaces", "resolveInContext"),
      "Config", Set.of("removeSub"),
      "Unit", Set.of("resetConsole"),
      "Step", Set.of("toString"));

  private PitSummary() {}

  private record Row(int[] n) {
    Row() { this(new int[4]); } // killed, survived, no coverage, all

    void add(String status) {
      n[3]++;
      switch (status) {
        case "KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR" -> n[0]++;
        case "SURVIVED" -> n[1]++;
        case "NO_COVERAGE" -> n[2]++;
        default -> { }
      }
    }

    String line(String name) {
      int covered = n[3] - n[2];
      return String.format(Locale.ROOT, "%-34s %6d %7d %8d %7d  %5.1f%%  %5.1f%%", name, n[3], n[0], n[1], n[2],
          pct(n[0], n[3]), pct(n[0], covered));
    }
  }

  private static double pct(int a, int b) { return b == 0 ? 0 : 100.0 * a / b; }

  /**
   * Reads PIT's XML report, or several (runs restricted to parts of the engine with
   * {@code -Dpit.targetClasses}, summed; each mutant must be in one of them only).
   */
  public static void main(String[] args) throws Exception {
    List<Path> xmls = new java.util.ArrayList<>();
    for (String a : args) xmls.add(Path.of(a));
    if (xmls.isEmpty()) xmls.add(Path.of("target/pit-reports/mutations.xml"));
    List<Element> ms = new java.util.ArrayList<>();
    for (Path xml : xmls) {
      if (!Files.exists(xml)) {
        System.err.println("pit-summary: " + xml + " is missing (PIT did not run)");
        System.exit(1);
      }
      try {
        javax.xml.parsers.DocumentBuilder b = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // errors as exceptions, nothing printed
        NodeList l = b.parse(xml.toFile()).getElementsByTagName("mutation");
        for (int i = 0; i < l.getLength(); i++) ms.add((Element) l.item(i));
      } catch (org.xml.sax.SAXException e) {
        System.err.println("pit-summary: " + xml + ": not PIT's XML report: " + e.getMessage());
        System.exit(1);
        return;
      }
    }
    Map<String, Row> byClass = new TreeMap<>();
    Map<String, Integer> status = new TreeMap<>();
    Row all = new Row(), scope = new Row();
    StringBuilder survivors = new StringBuilder();
    for (Element m : ms) {
      String cls = text(m, "mutatedClass").replaceAll(".*\\.", "").replaceAll("\\$.*", "");
      String method = text(m, "mutatedMethod");
      String st = m.getAttribute("status");
      all.add(st);
      status.merge(st, 1, Integer::sum);
      byClass.computeIfAbsent(cls, k -> new Row()).add(st);
      // a lambda's mutants belong to the method that has it (javac names it lambda$method$N)
      String owner = method.replaceFirst("^lambda\\$(.+)\\$\\d+$", "$1");
      boolean inScope = SCOPE.contains(cls) && !OUTSIDE.getOrDefault(cls, Set.of()).contains(owner);
      if (!inScope) continue;
      scope.add(st);
      if (st.equals("SURVIVED") || st.equals("NO_COVERAGE")) {
        survivors.append(String.format(Locale.ROOT, "  %-11s %s.%s:%s %s%n", st, cls, method, text(m, "lineNumber"),
            text(m, "description")));
      }
    }
    System.out.println("pit-summary: " + xmls + " (killed = KILLED + TIMED_OUT + MEMORY_ERROR + RUN_ERROR)");
    System.out.println(String.format(Locale.ROOT, "%-34s %6s %7s %8s %7s  %6s  %6s", "class", "mutants", "killed",
        "survived", "no cov", "score", "of covered"));
    byClass.forEach((c, r) -> System.out.println(r.line(c)));
    System.out.println(all.line("whole engine"));
    System.out.println(scope.line("conformance scope"));
    System.out.println("statuses: " + status);
    System.out.println("conformance scope: " + List.copyOf(new java.util.TreeSet<>(SCOPE)) + " less " + OUTSIDE);
    System.out.println("surviving and uncovered mutants of the conformance scope:");
    System.out.print(survivors);
  }

  private static String text(Element m, String tag) {
    NodeList l = m.getElementsByTagName(tag);
    return l.getLength() == 0 ? "" : l.item(0).getTextContent();
  }
}
