package failover.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The file commands of the system execution space on a box's {@link Flash}: {@code dir [/all]
 * [/recursive] [path]}, {@code mkdir [/noconfirm] path}, {@code rmdir [/noconfirm] path}, {@code
 * delete [/noconfirm] [/recursive] path}, {@code rename [/noconfirm] source destination}. Table 51-1
 * lists "delete", "mkdir", "rename" and "rmdir" under "Commands Replicated to the Standby Unit".
 * A refused command throws {@link Commands.Rejected} before anything changed.
 */
final class FileCommands {
  private final Pair p;

  FileCommands(Pair p) {
    this.p = p;
  }

  /** The parsed command: its verb, options and paths ({fs, path from the root}). */
  private record Parsed(String cmd, String verb, boolean noconfirm, boolean recursive, List<String[]> paths) {}

  String run(Unit u, String scope, List<String> w, boolean viaExec) {
    String cmd = String.join(" ", w);
    // Decision: in multiple context mode only the system execution space reaches flash (a context's
    // configuration is a file the system names with config-url); the seed's replication rule for
    // these commands is the system execution space's.
    if (!Config.SYSTEM.equals(scope)) throw Commands.rej(cmd + ": file commands are only available in the system execution space");
    Parsed c = parse(w, cmd);
    // "Commands that require user input or confirmation must use the /nonconfirm option." (failover
    // exec; the ASA spells it /noconfirm, the seed /nonconfirm: both are accepted)
    if (viaExec && !c.verb().equals("dir") && !c.noconfirm()) {
      throw Commands.rej(cmd + ": this command asks for confirmation; with failover exec use " + c.verb() + " /nonconfirm");
    }
    if (c.verb().equals("dir")) return dir(u, c);
    String out = apply(u, c);
    // "Commands entered in the system execution space are replicated from the unit on which failover
    // group 1 is in the active state to the unit on which failover group 1 is in the standby state."
    // Decision: the peer applies the command if it can; if its flash differs so that it cannot (the
    // directory is missing there, say), its flash stays as it is and the command still succeeds here.
    if (p.configActions.FileCommand(u)) {
      try {
        apply(p.peer(u), c);
      } catch (Commands.Rejected ignored) {
        // the peer's flash does not allow it: unchanged
      }
    }
    // /noconfirm: the ASA asks nothing, and still reports what it did
    if (!c.noconfirm()) return out;
    List<String> kept = new ArrayList<>();
    for (String l : out.split("\n")) if (!l.endsWith("?") && !l.endsWith("[confirm]")) kept.add(l);
    return String.join("\n", kept);
  }

  private static Parsed parse(List<String> w, String cmd) {
    String verb = w.get(0).toLowerCase(Locale.ROOT);
    boolean noconfirm = false, recursive = false;
    List<String[]> paths = new ArrayList<>();
    for (String a : w.subList(1, w.size())) {
      String o = a.toLowerCase(Locale.ROOT);
      if ((o.equals("/noconfirm") || o.equals("/nonconfirm")) && !verb.equals("dir")) noconfirm = true;
      else if (o.equals("/recursive") && (verb.equals("delete") || verb.equals("dir"))) recursive = true;
      else if (o.equals("/all") && verb.equals("dir")) continue;
      else {
        String[] p = Flash.parse(a);
        if (p == null) throw Commands.rej(cmd + ": '" + a + "': only flash:/ (disk0:/) is available on this box");
        String bad = Flash.invalid(p[1]);
        if (bad != null) throw Commands.rej(cmd + ": " + bad);
        paths.add(p);
      }
    }
    int want = verb.equals("rename") ? 2 : 1;
    if (verb.equals("dir") ? paths.size() > 1 : paths.size() != want) {
      String syntax = switch (verb) {
        case "dir" -> "dir [/all] [/recursive] [flash:/path]";
        case "delete" -> "delete [/noconfirm] [/recursive] flash:/path";
        case "rename" -> "rename [/noconfirm] flash:/source flash:/destination";
        default -> verb + " [/noconfirm] flash:/path";
      };
      throw Commands.rej(cmd + ": expected '" + syntax + "'");
    }
    return new Parsed(cmd, verb, noconfirm, recursive, paths);
  }

  private String dir(Unit u, Parsed c) {
    String[] at = c.paths().isEmpty() ? new String[] {"flash:", "/"} : c.paths().get(0);
    if (!u.flash.exists(at[1])) throw Commands.rej(c.cmd() + ": %Error opening " + at[0] + at[1] + " (No such file or directory)");
    return u.flash.dir(at[0], at[1], c.recursive());
  }

  /** Applies the command to a unit's flash (the entering unit, or the peer it is replicated to). */
  private String apply(Unit x, Parsed c) {
    Flash f = x.flash;
    String fs = c.paths().get(0)[0], path = c.paths().get(0)[1];
    String shown = fs + f.shown(path);
    List<String> erased = List.of();
    String out;
    switch (c.verb()) {
      case "mkdir" -> {
        if (path.equals("/") || f.exists(path)) throw Commands.rej(c.cmd() + ": %Error creating dir " + shown + " (already exists)");
        requireParent(f, path, c, "creating dir " + shown);
        refuseConfigUrl(x, path, c);
        x.flash = f.mkdir(path, Flash.EPOCH + p.now);
        out = "Create directory filename [" + Flash.base(path) + "]?\nCreated dir " + fs + x.flash.shown(path);
      }
      case "rmdir" -> {
        if (!f.exists(path)) throw Commands.rej(c.cmd() + ": %Error removing dir " + shown + " (No such file or directory)");
        if (path.equals("/")) throw Commands.rej(c.cmd() + ": %Error removing dir " + shown + " (the root directory cannot be removed)");
        if (!f.isDir(path)) throw Commands.rej(c.cmd() + ": %Error removing dir " + shown + " (Not a directory; use delete)");
        if (!f.children(path).isEmpty()) throw Commands.rej(c.cmd() + ": %Error removing dir " + shown + " (Directory not empty)");
        x.flash = f.remove(path);
        out = "Remove directory filename [" + Flash.base(shown) + "]?\nRemoved dir " + shown;
      }
      case "delete" -> {
        if (!f.exists(path)) throw Commands.rej(c.cmd() + ": %Error deleting " + shown + " (No such file or directory)");
        if (path.equals("/")) throw Commands.rej(c.cmd() + ": %Error deleting " + shown + " (the root directory cannot be deleted)");
        if (f.isDir(path) && !c.recursive()) {
          throw Commands.rej(c.cmd() + ": %Error deleting " + shown + " (Is a directory; use rmdir, or delete /recursive)");
        }
        erased = f.contextsUnder(path);
        x.flash = f.remove(path);
        out = "Delete filename [" + Flash.base(shown) + "]?\nDelete " + shown + "? [confirm]";
      }
      case "rename" -> {
        String fs2 = c.paths().get(1)[0], to = c.paths().get(1)[1];
        if (!f.exists(path)) throw Commands.rej(c.cmd() + ": %Error renaming " + shown + " (No such file or directory)");
        if (path.equals("/") || to.equals("/")) throw Commands.rej(c.cmd() + ": %Error renaming " + shown + " (the root directory cannot be renamed)");
        String shownTo = fs2 + f.shown(to);
        if (Flash.key(path).equals(Flash.key(to))) {
          // the same name in other letters: the file stays where it is (a FAT name ignores case)
          x.flash = f.rename(path, to, true);
          return "Destination filename [" + Flash.base(to) + "]?";
        }
        if (f.exists(to)) throw Commands.rej(c.cmd() + ": %Error renaming " + shown + " to " + shownTo + " (destination already exists)");
        if (Flash.key(to).startsWith(Flash.key(path) + "/")) {
          throw Commands.rej(c.cmd() + ": %Error renaming " + shown + " to " + shownTo + " (a directory cannot move into itself)");
        }
        requireParent(f, to, c, "renaming " + shown + " to " + shownTo);
        refuseConfigUrl(x, to, c);
        for (String k : f.subtree(path).keySet()) refuseConfigUrl(x, to + k.substring(path.length()), c);
        erased = f.contextsUnder(path);
        x.flash = f.rename(path, to, false);
        out = "Source filename [" + Flash.base(shown) + "]?\nDestination filename [" + Flash.base(to) + "]?";
      }
      default -> throw new IllegalStateException(c.verb());
    }
    eraseSaved(x, erased);
    return out;
  }

  /**
   * {@code copy [/noconfirm] running-config flash:/path}: the running configuration of the system
   * execution space written to a file on this box's flash. Table 51-1: "All forms of the copy command
   * except for copy running-config startup-config" are not replicated, so the peer's flash stays as
   * it is. "Commands that require user input or confirmation must use the /nonconfirm option": the
   * ASA asks for the destination file name, so through failover exec the option is needed.
   */
  String copyRunningConfig(Unit u, String scope, String cmd, String dest, boolean noconfirm, boolean viaExec) {
    if (!Config.SYSTEM.equals(scope)) {
      throw Commands.rej(cmd + ": copying to flash is only available in the system execution space (changeto system)");
    }
    String[] at = Flash.parse(dest);
    if (at == null || dest.indexOf(':') < 0) {
      throw Commands.rej(cmd + ": '" + dest + "': the destination is startup-config or a file on flash:/ (disk0:/)");
    }
    String bad = Flash.invalid(at[1]);
    if (bad != null) throw Commands.rej(cmd + ": " + bad);
    if (viaExec && !noconfirm) {
      throw Commands.rej(cmd + ": this command asks for the destination file name; with failover exec use copy /nonconfirm");
    }
    List<String[]> paths = new ArrayList<>();
    paths.add(at);
    Parsed c = new Parsed(cmd, "copy", noconfirm, false, paths);
    Flash f = u.flash;
    String shown = at[0] + f.shown(at[1]);
    if (at[1].equals("/") || f.isDir(at[1])) throw Commands.rej(cmd + ": %Error opening " + shown + " (Is a directory)");
    requireParent(f, at[1], c, "opening " + shown);
    refuseConfigUrl(u, at[1], c);
    Flash.Entry old = f.get(at[1]);
    if (old != null && old.ctx() != null) {
      throw Commands.rej(cmd + ": " + shown + " holds the saved configuration of context " + old.ctx() + "; choose another file");
    }
    String text = new Show(p).runningConfig(u, scope, false) + "\n";
    u.flash = f.writeFile(at[1], text.length(), Flash.EPOCH + p.now);
    String out = "Source filename [running-config]?\nDestination filename [" + Flash.base(at[1]) + "]?\n"
        + text.length() + " bytes copied";
    if (!noconfirm) return out;
    return text.length() + " bytes copied";
  }

  private static void requireParent(Flash f, String path, Parsed c, String what) {
    String parent = Flash.parent(path);
    if (!f.exists(parent)) throw Commands.rej(c.cmd() + ": %Error " + what + " (No such file or directory: " + parent + ")");
    if (!f.isDir(parent)) throw Commands.rej(c.cmd() + ": %Error " + what + " (Not a directory: " + f.shown(parent) + ")");
  }

  /**
   * Decision: a directory, or a renamed file, may not take the name a context's config-url gives its
   * configuration file. The ASA would accept it and then fail to save the context there (a
   * directory) or load an arbitrary file as the context's configuration at the next boot (a renamed
   * file); the engine cannot know the content of a file it did not save, so it refuses instead.
   */
  private static void refuseConfigUrl(Unit x, String path, Parsed c) {
    for (String ctx : x.running.contexts.keySet()) {
      String url = Flash.configPath(x.running, ctx);
      if (url != null && Flash.key(url).equals(Flash.key(path))) {
        throw Commands.rej(c.cmd() + ": " + "flash:" + url + " is the config-url of context " + ctx
            + "; save the context (write memory) to write that file");
      }
    }
  }

  /**
   * The files that held saved context configurations are gone (deleted, or moved away from the path
   * the config-url names): the box has no startup configuration for those contexts, exactly as after
   * {@code write erase} in the context, so it is the spec's EraseStartup(unit, context) for each.
   * Decision: the seed says only that "delete" and "rename" are replicated (Table 51-1) and that
   * "Replicated commands are not saved to the flash memory when replicated to the peer unit. They
   * are added to the running configuration." A file command is no configuration command: it
   * changes no running configuration (no ConfigCommand, no new version), only the flash versions
   * (the spec's FileCommand). Deleting the file that holds a context's saved configuration does change
   * what the box boots with; weighed against "All forms of the write command except for write
   * memory" (write erase is not replicated, delete is), each unit the delete reaches takes its own
   * EraseStartup step, the spec's action for "no saved configuration of the scope" (the
   * Example 51-1 config-url names that file). The alternatives were to refuse such a delete (no ASA
   * does), or to leave the saved configuration in place (a box that boots from a file no longer on
   * flash). When the box boots, the context starts with an empty configuration; the spec does not
   * boot such a unit (Bootable), as after write erase, so {@code play --validate} stops there.
   */
  private void eraseSaved(Unit x, List<String> contexts) {
    for (String ctx : contexts) {
      if (x.startup.contexts.containsKey(ctx)) p.configActions.EraseStartup(x, ctx);
    }
  }
}
