package failover.engine;

import static failover.engine.Commands.rej;
import static failover.engine.Commands.words;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code write memory [all]}, {@code copy running-config startup-config} (the spec's
 * WriteMemory), {@code write standby} (WriteStandby), {@code write erase} (EraseStartup), {@code
 * write terminal}, and {@code copy running-config flash:/path}.
 */
final class WriteCommands {
  private final Commands commands;
  private final Pair p;

  WriteCommands(Commands commands) {
    this.commands = commands;
    this.p = commands.p;
  }

  /**
   * "write memory [all]", "write standby", "write erase", "write terminal". Of the write forms only
   * write memory is replicated (Table 51-1).
   */
  String write(Unit u, String scope, List<String> w) {
    String cmd = String.join(" ", w);
    String what = w.size() > 1 ? w.get(1).toLowerCase(Locale.ROOT) : "memory";
    if ("memory".startsWith(what) && what.length() >= 3) {
      boolean all = false;
      if (w.size() > 2) {
        if (!w.get(2).equalsIgnoreCase("all") || w.size() > 3) throw rej(cmd + ": expected 'write memory [all]'");
        if (!Config.SYSTEM.equals(scope)) throw rej(cmd + ": 'all' only in the system execution space");
        all = true;
      }
      p.configActions.WriteMemory(u, scope, all);
      return "Building configuration...\n[OK]";
    }
    if (what.equals("standby")) {
      if (w.size() > 2) throw rej(cmd + ": unexpected '" + w.get(2) + "'");
      writeStandby(u, scope);
      return "Building configuration...\n[OK]";
    }
    if (what.equals("erase")) {
      if (w.size() > 2) throw rej(cmd + ": unexpected '" + w.get(2) + "'");
      p.configActions.EraseStartup(u, scope);
      return "[OK]";
    }
    if (what.equals("terminal") || what.equals("term")) return new Show(p).runningConfig(u, scope, false);
    throw rej(cmd + ": expected write memory [all], write standby, write erase or write terminal");
  }

  /** WriteStandby, where the unit and scope allow it ({@link ConfigActions#WriteStandby}). */
  private void writeStandby(Unit u, String scope) {
    Optional<Refusal> no = p.configActions.WriteStandby(u, scope);
    if (no.isPresent()) throw rej("write standby: " + words(no.get()));
  }

  /**
   * {@code copy [/noconfirm] running-config startup-config}, as typed or abbreviated ({@code copy run
   * start}): "Saves the system configuration to flash memory", the same step as write memory, and
   * replicated like it (Table 51-1 replicates "copy running-config startup-config"). The option:
   * "Commands that require user input or confirmation must use the /nonconfirm option" (the seed's
   * spelling; the ASA spells it /noconfirm; both are taken). {@code copy [/noconfirm] running-config
   * flash:/path} writes the running configuration to a file on this box's flash, not replicated
   * ("All forms of the copy command except for copy running-config startup-config"). No other form
   * is accepted: each is refused with one line, none is accepted and ignored.
   */
  String copy(Unit u, String scope, List<String> w, boolean viaExec) {
    String cmd = String.join(" ", w);
    boolean noconfirm = false;
    List<String> args = new java.util.ArrayList<>();
    for (String a : w.subList(1, w.size())) {
      String o = a.toLowerCase(Locale.ROOT);
      if (o.equals("/noconfirm") || o.equals("/nonconfirm")) noconfirm = true;
      else if (o.startsWith("/")) throw rej(cmd + ": unknown option '" + a + "' (copy [/noconfirm] source destination)");
      else args.add(a);
    }
    String usage = "expected 'copy [/noconfirm] running-config startup-config' or 'copy [/noconfirm] running-config flash:/path'";
    if (args.size() != 2) throw rej(cmd + ": " + usage);
    if (!keyword(args.get(0), "running-config", 3)) {
      throw rej(cmd + ": '" + args.get(0) + "' cannot be copied on this box; " + usage);
    }
    if (keyword(args.get(1), "startup-config", 3)) {
      p.configActions.WriteMemory(u, scope, false);
      return "Building configuration...\n[OK]";
    }
    return new FileCommands(p).copyRunningConfig(u, scope, cmd, args.get(1), noconfirm, viaExec);
  }

  /** The word is the keyword, or an abbreviation of it of at least {@code min} letters (the ASA's "run", "start"). */
  private static boolean keyword(String typed, String keyword, int min) {
    String t = typed.toLowerCase(Locale.ROOT);
    return t.length() >= min && keyword.startsWith(t);
  }
}
