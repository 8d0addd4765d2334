package failover.scenario;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code failover bench}: engine steps per second (scenario lines run through a {@link Session} on
 * seeded random sequences after the seed's bootstrap configuration) and the time of {@code play}
 * (parse and run, in process) on a 100-line scenario; medians of several runs after warm-up.
 */
public final class Bench {
  private Bench() {}

  /** The 100-line scenario timed by the bench: the bootstrap, failovers, failures and expectations. */
  public static List<String> hundredLines() {
    List<String> lines = new ArrayList<>(RandomLines.BOOTSTRAP);
    String[] tail = {
      "expect A group 1 active", "expect B group 2 standby", "A# write memory all",
      "A# no failover active group 2", "expect ok", "B/ctx1# hostname ctx1b", "traffic ctx1 tcp 10",
      "A# show failover", "interface A GigabitEthernet0/2 down", "wait 30", "interface A GigabitEthernet0/2 up",
      "wait 30", "A# failover reset group 1", "power-off B", "wait 30", "boot B", "wait 60",
      "A# show running-config failover", "link failover down", "wait 30", "link failover up", "wait 30",
      "A# failover active", "wait 5", "expect output has \"failover\"",
    };
    lines.addAll(Arrays.asList(tail));
    while (lines.size() < 100) lines.add("wait 10");
    return lines.subList(0, 100);
  }

  /** The engine's figures of one bench: the machine, engine steps per second and play's time (medians). */
  public record Figures(String machine, double engineStepsPerSecond, double playMillis) {}

  /** The machine: cores, Java, OS, heap, and the load average when the OS tells it. */
  public static String machine() {
    Runtime rt = Runtime.getRuntime();
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return String.format(java.util.Locale.ROOT, "%d cores, Java %s (%s), %s %s, max heap %d MiB%s", rt.availableProcessors(),
        System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
        System.getProperty("os.arch"), rt.maxMemory() >> 20, load < 0 ? "" : String.format(java.util.Locale.ROOT, ", load average %.1f", load));
  }

  public static int run(PrintWriter out, int runs, int stepsPerRun) {
    return measure(out, runs, stepsPerRun) == null ? 2 : 0;
  }

  /** Measures and prints the engine's figures; null when the bench scenario does not parse (said on {@code out}). */
  public static Figures measure(PrintWriter out, int runs, int stepsPerRun) {
    String machine = machine();
    out.println("machine: " + machine);
    out.flush();

    // engine steps per second
    int warm = Math.max(2, runs / 3);
    double[] rates = new double[runs];
    for (int r = -warm; r < runs; r++) {
      List<String> lines = new RandomLines(1000 + r).lines(stepsPerRun, true);
      long t0 = System.nanoTime();
      int steps = runLines(lines);
      long t1 = System.nanoTime();
      if (r >= 0) rates[r] = steps / ((t1 - t0) / 1e9);
    }
    Arrays.sort(rates);
    out.printf(java.util.Locale.ROOT, "engine: %.0f steps/s (median of %d runs of %d scenario lines, after %d warm-up runs; min %.0f, max %.0f)%n",
        median(rates), runs, stepsPerRun, warm, rates[0], rates[runs - 1]);
    out.flush();

    // play on a 100-line scenario
    List<String> hundred = hundredLines();
    double[] ms = new double[runs * 4];
    for (int r = -warm * 4; r < ms.length; r++) {
      long t0 = System.nanoTime();
      ScenarioRunner.Outcome o;
      try {
        o = ScenarioRunner.run(ScenarioParser.parse("bench-100.scenario", hundred));
      } catch (ScenarioException e) {
        out.println("bench: the 100-line scenario does not parse: " + e.where());
        return null;
      }
      long t1 = System.nanoTime();
      if (r >= 0) ms[r] = (t1 - t0) / 1e6;
      if (r == ms.length - 1) out.println("play on the 100-line scenario: " + ScenarioRunner.headline(o));
    }
    Arrays.sort(ms);
    out.printf(java.util.Locale.ROOT, "play: %.2f ms per 100-line scenario (median of %d runs after %d warm-up runs; min %.2f, max %.2f)%n",
        median(ms), ms.length, warm * 4, ms[0], ms[ms.length - 1]);
    out.flush();
    return new Figures(machine, median(rates), median(ms));
  }

  /** Runs lines on a fresh session; returns how many steps ran (commands and events). */
  static int runLines(List<String> lines) {
    ScenarioParser parser = new ScenarioParser();
    Session session = new Session();
    int steps = 0;
    for (int i = 0; i < lines.size(); i++) {
      Step step;
      try {
        step = parser.parseLine(i + 1, lines.get(i));
      } catch (ScenarioException e) {
        continue;
      }
      if (step == null || step instanceof Step.Expectation) continue;
      session.execute(step);
      steps++;
    }
    return steps;
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
