package failover.conform;

import failover.io.RunDirs;
import failover.tlc.Manifest;
import failover.tlc.ModelConfig;
import failover.tlc.Tlc;
import failover.tlc.TlcException;
import failover.tlc.TlcRequest;
import failover.tlc.TlcResult;
import failover.tlc.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the cost of the model with every feature ({@value #MODEL}: spec/MCfull.cfg) grows with its
 * depth bound: TLC checks it (its invariants and action properties, one worker) with {@code MaxDepth}
 * = 1, 2, ... up to a bound, and each run gives the distinct states, the states generated and the
 * wall time. {@code ./failover bench --growth N} prints the table and writes the plot
 * ({@link #svg}: both against the depth, on logarithmic axes).
 */
public final class Growth {
  private Growth() {}

  /** The model measured. */
  public static final String MODEL = "full";
  /** The constant of its cfg that bounds the depth of its behaviours. */
  public static final String BOUND = "MaxDepth";

  /** One run: the depth bound, TLC's distinct and generated states, its wall time in seconds. */
  public record Point(int depth, long distinct, long generated, double seconds) {}

  /**
   * TLC on {@value #MODEL} with {@code MaxDepth} = 1 .. {@code maxDepth}, one run each, in a run
   * directory under target/bench/growth/; each line printed as it ends.
   */
  public static List<Point> measure(PrintWriter out, Path home, int maxDepth) throws ConformBench.BenchException {
    Manifest manifest;
    Tlc tlc;
    try {
      manifest = Manifest.read(home.resolve("spec/manifest.json"));
      tlc = Tlc.fromClasspath();
    } catch (Manifest.ManifestException | TlcException e) {
      throw new ConformBench.BenchException(e.getMessage());
    }
    Manifest.Model m = manifest.model(MODEL).orElseThrow(() -> new ConformBench.BenchException(MODEL + " is not in spec/manifest.json"));
    List<Point> points = new ArrayList<>();
    try {
      String cfg = Files.readString(manifest.directory().resolve(m.config()));
      Path dir = RunDirs.create(home.resolve("target/bench/growth"));
      out.println("growth of model " + MODEL + ": TLC with " + BOUND + " = 1 .. " + maxDepth + " (one worker; runs in " + home.relativize(dir) + ")");
      out.flush();
      for (int d = 1; d <= maxDepth; d++) {
        Path c = dir.resolve("depth-" + d + ".cfg");
        Files.writeString(c, ModelConfig.withConstant(cfg, BOUND, Integer.toString(d)));
        TlcResult r = tlc.run(TlcRequest.check(manifest.directory(), m.module(), c.toString(), 1, dir.resolve("depth-" + d))
            .withOptions(manifest.tlcArgs().toArray(new String[0])), x -> { }, new TlcResult.Collector(), x -> { });
        if (r.verdict() != Verdict.PASSED) {
          throw new ConformBench.BenchException("model " + MODEL + " with " + BOUND + " = " + d + ": TLC " + Manifest.describe(r.verdict(), r.property()));
        }
        Point p = new Point(d, r.distinct(), r.generated(), r.wallTime().toMillis() / 1000.0);
        points.add(p);
        out.println(String.format(Locale.ROOT, "  %s = %d: %,d distinct states, %,d generated, %.1f s", BOUND, d, p.distinct(), p.generated(), p.seconds()));
        out.flush();
      }
    } catch (IOException e) {
      throw new ConformBench.BenchException("growth: " + failover.io.Problems.of(e));
    } catch (TlcException e) {
      throw new ConformBench.BenchException("growth: " + e.getMessage());
    }
    return points;
  }

  /** The table in markdown: depth bound, distinct states, generated, seconds, growth factor of distinct states. */
  public static String markdown(List<Point> points) {
    StringBuilder sb = new StringBuilder("| `" + BOUND + "` | distinct states | states generated | TLC wall time | distinct states / previous |\n|---|---|---|---|---|\n");
    Point prev = null;
    for (Point p : points) {
      sb.append(String.format(Locale.ROOT, "| %d | %,d | %,d | %.1f s | %s |\n", p.depth(), p.distinct(), p.generated(), p.seconds(),
          prev == null || prev.distinct() == 0 ? "" : String.format(Locale.ROOT, "%.1fx", (double) p.distinct() / prev.distinct())));
      prev = p;
    }
    return sb.toString();
  }

  /**
   * The plot: distinct states (left axis) and TLC's wall time (right axis) against the depth bound,
   * both on logarithmic axes (a straight line is exponential growth).
   */
  public static String svg(List<Point> points) {
    int w = 640, h = 360, left = 80, right = 80, top = 40, bottom = 50;
    int pw = w - left - right, ph = h - top - bottom;
    int maxD = points.stream().mapToInt(Point::depth).max().orElse(1);
    double maxS = points.stream().mapToDouble(p -> Math.max(1, p.distinct())).max().orElse(10);
    double maxT = points.stream().mapToDouble(p -> Math.max(0.1, p.seconds())).max().orElse(1);
    double sTop = Math.pow(10, Math.ceil(Math.log10(maxS))), tTop = Math.pow(10, Math.ceil(Math.log10(maxT)));
    double tBottom = Math.min(1, tTop / 10);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n", w, h));
    sb.append(String.format(Locale.ROOT, "<title>Model %s: distinct states and TLC's time against %s</title>\n", MODEL, BOUND));
    sb.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"white\"/>\n", w, h));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">Model %s: cost against the depth bound %s</text>\n", w / 2, MODEL, BOUND));
    // axes
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", left, top + ph, left + pw, top + ph));
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", left, top, left, top + ph));
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", left + pw, top, left + pw, top + ph));
    for (int d = 1; d <= maxD; d++) {
      double x = left + pw * (maxD == 1 ? 0.5 : (d - 1) / (double) (maxD - 1));
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>\n", x, top + ph + 18, d));
    }
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s (steps from the initial state)</text>\n", left + pw / 2, h - 8, BOUND));
    for (double v = 1; v <= sTop; v *= 10) {
      double y = top + ph - ph * Math.log10(v) / Math.log10(sTop);
      sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>\n", left, y, left + pw, y));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#1f5fa8\">%s</text>\n", left - 6, y + 4, label(v)));
    }
    for (double v = tBottom; v <= tTop * 1.0001; v *= 10) {
      double y = top + ph - ph * Math.log10(v / tBottom) / Math.log10(tTop / tBottom);
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" fill=\"#b5442c\">%s s</text>\n", left + pw + 6, y + 4, label(v)));
    }
    sb.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" fill=\"#1f5fa8\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">distinct states</text>\n", top + ph / 2, top + ph / 2));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#b5442c\" transform=\"rotate(90 %d %d)\" text-anchor=\"middle\">TLC wall time</text>\n", w - 14, top + ph / 2, w - 14, top + ph / 2));
    StringBuilder states = new StringBuilder(), times = new StringBuilder();
    for (Point p : points) {
      double x = left + pw * (maxD == 1 ? 0.5 : (p.depth() - 1) / (double) (maxD - 1));
      double ys = top + ph - ph * Math.log10(Math.max(1, p.distinct())) / Math.log10(sTop);
      double yt = top + ph - ph * Math.log10(Math.max(tBottom, p.seconds()) / tBottom) / Math.log10(tTop / tBottom);
      states.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, ys));
      times.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yt));
      sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f5fa8\"><title>%s = %d: %,d distinct states</title></circle>\n", x, ys, BOUND, p.depth(), p.distinct()));
      sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"6\" height=\"6\" fill=\"#b5442c\"><title>%s = %d: %.1f s</title></rect>\n", x - 3, yt - 3, BOUND, p.depth(), p.seconds()));
    }
    sb.append("<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" points=\"").append(states.toString().trim()).append("\"/>\n");
    sb.append("<polyline fill=\"none\" stroke=\"#b5442c\" stroke-width=\"2\" stroke-dasharray=\"6 3\" points=\"").append(times.toString().trim()).append("\"/>\n");
    sb.append("</svg>\n");
    return sb.toString();
  }

  private static String label(double v) {
    if (v >= 1_000_000) return String.format(Locale.ROOT, "%.0fM", v / 1_000_000);
    if (v >= 1_000) return String.format(Locale.ROOT, "%.0fk", v / 1_000);
    if (v >= 1) return String.format(Locale.ROOT, "%.0f", v);
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
