package failover.tlc;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * TLC's own {@code tlc2.TLC.main} (TLC 2.18), run in the child JVM in its place, with one
 * difference: with {@code -dump dot,...} TLC 2.18 also writes every node of its liveness
 * (behaviour) graph, each a state printed whole, once per branch of the temporal properties, to
 * {@code <dump>_liveness.dot} (90 MB for {@code mirror}, six times the state graph itself), which
 * nothing reads; it does so only when its state writer says it writes DOT
 * ({@code IStateWriter.isDot()}, read by {@code LiveCheck} alone). Here the state writer is
 * wrapped so that it answers false there and does everything else as before: the state graph is
 * the same file, byte for byte, and the liveness graph is not written. If this TLC has no such
 * writer (another version), it runs unchanged.
 */
public final class TlcMain {
  private TlcMain() {}

  public static void main(String[] args) throws Exception {
    tlc2.TLC tlc = new tlc2.TLC();
    if (!tlc.handleParameters(args)) System.exit(1);
    withoutLivenessDump(tlc);
    // as tlc2.TLC.main: resolve the modules in the main file's directory, run, exit with TLC's status
    // (its MailSender sends nothing here: no mail address is configured)
    String dir = util.FileUtil.parseDirname(tlc.getMainFile());
    tlc.setResolver(dir.isEmpty() ? new util.SimpleFilenameToStream() : new util.SimpleFilenameToStream(dir));
    int errorCode = tlc.process();
    System.exit(tlc2.output.EC.ExitStatus.errorConstantToExitStatus(errorCode));
  }

  /** Wraps TLC's DOT state writer so that TLC writes no liveness graph; leaves anything else alone. */
  static void withoutLivenessDump(tlc2.TLC tlc) {
    try {
      Field f = tlc2.TLC.class.getDeclaredField("stateWriter");
      f.setAccessible(true);
      Object w = f.get(tlc);
      if (!(w instanceof tlc2.util.IStateWriter writer) || !writer.isDot()) return;
      Object wrapped = Proxy.newProxyInstance(TlcMain.class.getClassLoader(), new Class<?>[] {tlc2.util.IStateWriter.class},
          (proxy, m, a) -> {
            if (m.getName().equals("isDot") && m.getParameterCount() == 0) return false;
            try {
              return m.invoke(writer, a);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
      f.set(tlc, wrapped);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another TLC: it writes its liveness graph too
    }
  }
}
