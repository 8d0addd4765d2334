package failover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The flash file system and Table 51-1's file commands (delete, mkdir, rename, rmdir): what they do to
 * the flash of each box, and that they leave the spec's abstraction alone unless a saved context
 * configuration goes (EraseStartup).
 */
class FlashTest {
  private static List<String> paths(Played s, Box b) { return s.pair.unit(b).flash.paths(); }

  @Test
  void fileCommandsAreFileCommandStepsThatChangeOnlyTheFlashVersions() {
    Played s = Played.run(Setups.PAIR);
    SpecState before = s.pair.abstraction();
    int steps = s.pair.history().size();
    s.lines("""
        A# mkdir /noconfirm flash:/a
        expect ok
        A# mkdir /noconfirm flash:/a/b
        A# rename /noconfirm flash:/a flash:/c
        expect ok
        A# delete /noconfirm /recursive flash:/c
        expect ok
        A# dir /recursive
        expect ok
        """);
    SpecState after = s.pair.abstraction();
    // four file commands from A, where group 1 is active: both boxes received each (dir is none)
    assertEquals(java.util.Map.of("A", 4L, "B", 4L), after.flash());
    assertEquals(steps + 4, s.pair.history().size(), "one FileCommand step per file command");
    assertEquals(java.util.Map.of("name", "FileCommand", "unit", Box.A), s.pair.lastAction());
    // nothing else of the spec's state changed
    assertEquals(before.running(), after.running());
    assertEquals(before.startup(), after.startup());
    assertEquals(before.role(), after.role());
  }

  @Test
  void aFileCommandOnTheStandbyUnitChangesOnlyItsOwnFlashVersion() {
    Played s = Played.run(Setups.PAIR + """
        B# mkdir /noconfirm flash:/bonly
        expect ok
        """);
    assertEquals(java.util.Map.of("A", 0L, "B", 1L), s.pair.abstraction().flash());
  }

  @Test
  void replicatedToThePeerFromTheUnitWithGroup1Active() {
    Played s = Played.run(Setups.PAIR + """
        A# mkdir /noconfirm flash:/both
        B# mkdir /noconfirm flash:/bonly
        """);
    assertTrue(paths(s, Box.A).contains("/both"));
    assertTrue(paths(s, Box.B).contains("/both"));
    assertTrue(paths(s, Box.B).contains("/bonly"));
    assertFalse(paths(s, Box.A).contains("/bonly"));
  }

  @Test
  void savedContextsAppearAsTheirConfigUrlFilesAndTheSystemConfigurationDoesNot() {
    Played s = Played.run(Setups.PRIMARY + """
        A# write memory
        """);
    // the system configuration is saved, the contexts' configurations are not
    assertEquals(List.of("/asa842-k8.bin", "/asdm-645.bin"), paths(s, Box.A));
    s.lines("A/ctx1# write memory");
    assertEquals(List.of("/asa842-k8.bin", "/asdm-645.bin", "/ctx1.cfg"), paths(s, Box.A));
    Flash.Entry e = s.pair.unit(Box.A).flash.get("/ctx1.cfg");
    assertEquals("ctx1", e.ctx());
    long size = 0;
    for (String l : s.pair.startupConfig(Box.A, "ctx1")) size += l.length() + 1;
    assertEquals(size, e.size());
    s.lines("A# write memory all");
    assertTrue(paths(s, Box.A).contains("/admin.cfg"));
  }

  @Test
  void deletingASavedContextFileIsEraseStartupOnBothUnits() {
    Played s = Played.run(Setups.PAIR + """
        A# delete /noconfirm flash:/ctx1.cfg
        expect ok
        """);
    SpecState st = s.pair.abstraction();
    assertEquals(Config.ERASED, st.startup().get("A").get("ctx1"));
    assertEquals(Config.ERASED, st.startup().get("B").get("ctx1"));
    assertNotEquals(Config.ERASED, st.startup().get("A").get("admin"));
    // EraseStartup on A, the FileCommand that reaches B, EraseStartup on B
    List<Pair.Fired> h = s.pair.history();
    assertTrue(h.get(h.size() - 3).action().startsWith("EraseStartup"), h.get(h.size() - 3).action());
    assertTrue(h.get(h.size() - 2).action().startsWith("FileCommand"), h.get(h.size() - 2).action());
    assertTrue(h.get(h.size() - 1).action().startsWith("EraseStartup"), h.get(h.size() - 1).action());
    assertEquals("EraseStartup", s.pair.lastAction().get("name"));
    assertEquals(java.util.Map.of("A", 1L, "B", 1L), st.flash());
  }

  @Test
  void writeEraseInAContextRemovesItsFile() {
    Played s = Played.run(Setups.PAIR + """
        A/ctx1# write erase
        expect ok
        """);
    assertFalse(paths(s, Box.A).contains("/ctx1.cfg"));
    // "All forms of the write command except for write memory" are not replicated
    assertTrue(paths(s, Box.B).contains("/ctx1.cfg"));
  }

  @Test
  void flashSurvivesAPowerOff() {
    Played s = Played.run(Setups.PRIMARY + """
        A# mkdir /noconfirm flash:/kept
        power-off A
        boot A
        wait 60
        """);
    assertTrue(paths(s, Box.A).contains("/kept"));
  }

  @Test
  void dirLinesHaveTheAsaLayout() {
    Played s = Played.run(Setups.PRIMARY + """
        A# mkdir /noconfirm flash:/Logs
        A# dir flash:/
        """);
    String out = s.output();
    assertTrue(out.startsWith("Directory of flash:/\n\n"), out);
    assertTrue(out.contains("\n1      -rw-  25159680    12:00:00 Aug 09 2011 asa842-k8.bin\n"), out);
    assertTrue(out.matches("(?s).*\\n3      drwx  4096        \\d\\d:\\d\\d:\\d\\d Jan 01 2012 Logs\\n.*"), out);
    long free = Flash.TOTAL - 25_159_680 - 17_151_596 - Flash.DIR_SIZE;
    assertTrue(out.endsWith("\n" + Flash.TOTAL + " bytes total (" + free + " bytes free)"), out);
    // names keep their case and are found in any case (a FAT file system)
    s.lines("""
        A# dir disk0:/LOGS
        expect output has "Directory of disk0:/Logs/"
        A# mkdir /noconfirm flash:/logs
        expect error
        """);
  }

  /** Bad input: one error line, and neither the flash nor the spec variables change. */
  @Test
  void refusedFileCommandsChangeNothing() {
    Played s = Played.run(Setups.PAIR + """
        A# mkdir /noconfirm flash:/d
        A# mkdir /noconfirm flash:/d/e
        """);
    String[] bad = {
        "mkdir /noconfirm flash:/d", "mkdir flash:/x/y", "mkdir", "mkdir /noconfirm flash:/ctx1.cfg",
        "rmdir /noconfirm flash:/d", "rmdir flash:/", "rmdir /noconfirm flash:/ctx1.cfg", "rmdir a b",
        "delete /noconfirm flash:/d", "delete flash:/", "delete /noconfirm flash:/nothing", "delete /recursive",
        "rename flash:/d", "rename flash:/d flash:/d/e/f", "rename flash:/d flash:/ctx1.cfg", "rename flash:/nothing flash:/x",
        "rename flash:/d flash:/asa842-k8.bin", "rename flash:/d flash:/admin.cfg", "dir flash:/nothing", "dir a b",
        "dir tftp://1.2.3.4/", "mkdir system:/x", "mkdir flash:/a/../b", "mkdir flash:/bad*name", "delete :",
        "failover exec mate delete flash:/d/e", "failover exec mate rmdir flash:/d/e"};
    for (String line : bad) {
      Flash fa = s.pair.unit(Box.A).flash, fb = s.pair.unit(Box.B).flash;
      SpecState st = s.pair.abstraction();
      Result r = s.pair.command(Box.A, null, line);
      assertFalse(r.ok(), line + " -> " + r.output());
      assertEquals(1, r.output().lines().count(), line + ": one error line: " + r.output());
      assertTrue(r.output().startsWith("ERROR: "), r.output());
      assertEquals(fa.paths(), s.pair.unit(Box.A).flash.paths(), line);
      assertEquals(fb.paths(), s.pair.unit(Box.B).flash.paths(), line);
      assertEquals(st, s.pair.abstraction(), line);
    }
    Result r = s.pair.command(Box.A, "ctx1", "dir");
    assertFalse(r.ok(), "a context has no flash: " + r.output());
  }

  /** Random words after the file commands never crash the engine (an error, or a change of flash only). */
  @Test
  void randomFileCommandsNeverCrash() {
    Played s = Played.run(Setups.PAIR);
    Random rnd = new Random(7);
    String[] verbs = {"dir", "mkdir", "rmdir", "delete", "rename"};
    String[] words = {"/noconfirm", "/nonconfirm", "/recursive", "/all", "flash:", "flash:/", "disk0:/a", "a", "/a",
        "a/b", "flash:/a/b/c", "flash:/ctx1.cfg", "admin.cfg", "..", ".", ":", "x:", "flash:/A", "//", "/", "",
        "flash:/asa842-k8.bin", "ftp://h/x"};
    for (int i = 0; i < 3000; i++) {
      StringBuilder line = new StringBuilder(verbs[rnd.nextInt(verbs.length)]);
      int n = rnd.nextInt(4);
      for (int k = 0; k < n; k++) line.append(' ').append(words[rnd.nextInt(words.length)]);
      Box b = rnd.nextBoolean() ? Box.A : Box.B;
      Result r = s.pair.command(b, null, line.toString());
      assertFalse(r.output().contains("internal error"), line + " -> " + r.output());
      if (!r.ok()) assertEquals(1, r.output().lines().count(), line + " -> " + r.output());
    }
    // whatever happened, every saved context without its file has an erased startup configuration
    for (Box b : Box.values()) {
      Unit u = s.pair.unit(b);
      for (Map.Entry<String, Config.Scope> e : u.startup.contexts.entrySet()) {
        boolean file = false;
        for (String p : u.flash.paths()) if (e.getKey().equals(u.flash.get(p).ctx())) file = true;
        if (!file) assertEquals(Config.ERASED, e.getValue().version, b + " " + e.getKey() + " " + u.flash.paths());
      }
    }
  }
}
