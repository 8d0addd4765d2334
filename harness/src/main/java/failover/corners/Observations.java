package failover.corners;

import failover.engine.Box;
import failover.engine.GroupState;
import failover.engine.Pair;
import failover.tlc.TlaValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a scenario can observe of a spec trace state, by key ("A group 1", "A running system",
 * "A sessions 1", ...), the {@code expect} lines that say it, and what differs between the engine
 * and a trace state in those observations. {@link ScenarioWriter} writes its expectations with it.
 * Configuration versions are banners ({@code banner motd corner-V}); flash versions directories
 * ({@code corner-K}); group g's connections are counted in its context ({@code groupContext}).
 */
final class Observations {
  private Observations() {}

  /** The observations of a trace state the scenario can check, by key ("A group 1", "A running system", "A sessions 1"). */
  static Map<String, String> of(SpecView s, boolean specMode) {
    Map<String, String> o = new LinkedHashMap<>();
    for (String u : SpecView.UNITS) {
      for (int g = 1; g <= 2; g++) o.put(u + " group " + g, s.role(u, g));
    }
    for (String u : SpecView.UNITS) {
      if (!s.on(u)) continue;
      for (String scope : s.scopes()) o.put(u + " running " + scope, Integer.toString(s.running(u, scope)));
      for (int g = 1; g <= 2; g++) o.put(u + " sessions " + g, Integer.toString(s.conns(u, g).size()));
      // the flash version: the directory the last file command the box received made
      if (s.has("flash")) o.put(u + " flash", Integer.toString(TlaValue.num(s.var("flash").apply(u))));
      if (specMode) {
        // what else of the spec's state an administrator sees: `failover' in the running and the
        // startup configuration (foEnabled, foSaved), and the saved configuration versions
        o.put(u + " failover running", Boolean.toString(s.foEnabled(u)));
        o.put(u + " failover startup", Boolean.toString(TlaValue.bool(s.var("foSaved").apply(u))));
        for (String scope : s.scopes()) o.put(u + " startup " + scope, Integer.toString(s.startup(u, scope)));
      }
    }
    return o;
  }

  /** The expect line for an observation, or null when the scenario language cannot say it ("init"). */
  static List<String> expectLines(String key, String value, int versions, int flashVersions, Map<Integer, String> groupContext) {
    String[] k = key.split(" ");
    String u = k[0];
    switch (k[1]) {
      case "group" -> {
        if (value.equals("init")) return List.of();
        return List.of("expect " + u + " group " + k[2] + " " + value);
      }
      case "running", "startup" -> {
        String where = k[2].equals("system") ? u : u + "/" + k[2];
        String config = k[1] + "-config";
        int v = Integer.parseInt(value);
        if (v > 0) return List.of("expect " + where + " " + config + " has \"banner motd corner-" + v + "\"");
        List<String> out = new ArrayList<>();
        for (int w = 1; w <= versions; w++) out.add("expect " + where + " " + config + " lacks \"banner motd corner-" + w + "\"");
        return out;
      }
      case "failover" -> {
        return List.of("expect " + u + " " + k[2] + "-config " + (value.equals("true") ? "has" : "lacks") + " \"failover\"");
      }
      case "flash" -> {
        // `dir' lists the directories the file commands made (corner-k for the k-th)
        int v = Integer.parseInt(value);
        List<String> out = new ArrayList<>();
        out.add(u + "# dir");
        if (v > 0) out.add("expect output has \"corner-" + v + "\"");
        for (int w = v + 1; w <= flashVersions; w++) out.add("expect output lacks \"corner-" + w + "\"");
        return out.size() == 1 ? List.of() : out;
      }
      case "sessions" -> {
        return List.of("expect " + u + "/" + groupContext.get(Integer.parseInt(k[2])) + " sessions " + value);
      }
      default -> throw new IllegalStateException(key);
    }
  }

  /** What differs between the engine and a trace state, in the observations a scenario can check. */
  static List<String> mismatches(Pair p, SpecView s, Map<Integer, String> groupContext) {
    List<String> out = new ArrayList<>();
    for (String u : SpecView.UNITS) {
      Box box = Box.valueOf(u);
      for (int g = 1; g <= 2; g++) {
        GroupState gs = p.groupState(box, g);
        String engine = gs.name().toLowerCase(Locale.ROOT);
        if (!engine.equals(s.role(u, g))) out.add(u + " group " + g + " " + engine + " (spec: " + s.role(u, g) + ")");
      }
      if (!s.on(u)) continue;
      for (int g = 1; g <= 2; g++) {
        long n = p.sessions(box, groupContext.get(g));
        if (n != s.conns(u, g).size()) out.add(u + "/" + groupContext.get(g) + " sessions " + n + " (spec: " + s.conns(u, g).size() + ")");
      }
      for (String scope : s.scopes()) {
        List<String> cfg = p.runningConfig(box, scope.equals("system") ? null : scope);
        int v = s.running(u, scope);
        boolean ok = v > 0 ? cfg.stream().anyMatch(l -> l.trim().equals("banner motd corner-" + v))
            : cfg.stream().noneMatch(l -> l.trim().startsWith("banner motd corner-"));
        if (!ok) out.add(u + " running " + scope + " not at version " + v);
      }
    }
    return out;
  }
}
