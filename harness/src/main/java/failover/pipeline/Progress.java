package failover.pipeline;

import failover.tlc.TlcLiveStatistics;
import failover.tlc.TlcMessage;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The one progress printer of long TLC runs ({@code check}, {@code conform}): every
 * {@link #EVERY} a line to {@code sink}, {@code [m:ss] phase: N states generated, N distinct, N on
 * queue, depth D}: the live counts read from TLC over JMX ({@link TlcLiveStatistics}), or else
 * TLC's latest report (TLC reports once a minute), with what TLC is doing (parsing, computing
 * initial states, searching, checking temporal properties). Give {@link #seen} every message of
 * the run and {@link #started} its process; {@link #close} stops it.
 */
public final class Progress implements AutoCloseable {
  /** How often a line is printed. */
  public static final Duration EVERY = Duration.ofSeconds(10);

  private record Seen(TlcMessage.Progress report, long at, String phase) {}

  private final Consumer<String> sink;
  private final String tag;
  private final long start = System.nanoTime();
  private final AtomicReference<Seen> last = new AtomicReference<>(new Seen(null, 0, "starting"));
  private final AtomicReference<ProcessHandle> process = new AtomicReference<>();
  private TlcLiveStatistics live; // used on the timer thread only
  private boolean attachTried;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "tlc-progress");
    t.setDaemon(true);
    return t;
  });

  /** Prints to {@code sink} every {@code every}, each line after {@code tag} (e.g. "[ci] ", or ""). */
  public Progress(Consumer<String> sink, String tag, Duration every) {
    this.sink = sink;
    this.tag = tag;
    long ms = every.toMillis();
    timer.scheduleAtFixedRate(this::print, ms, ms, TimeUnit.MILLISECONDS);
  }

  /** Every {@link #EVERY}. */
  public Progress(Consumer<String> sink, String tag) { this(sink, tag, EVERY); }

  /** TLC's process, as soon as it runs. */
  public void started(ProcessHandle p) { process.set(p); }

  /** A message of TLC's. */
  public void seen(TlcMessage m) {
    String phase = switch (m.code()) {
      case TlcMessage.SANY_START -> "parsing the spec";
      case TlcMessage.SANY_END -> "evaluating constants and assumptions";
      case 2189 -> "computing initial states";        // TLC_COMPUTING_INIT
      case 2190 -> "searching";                        // TLC_INIT_GENERATED1: initial states done
      case 2192 -> "checking temporal properties";     // TLC_CHECKING_TEMPORAL_PROPS
      case 2267 -> "searching";                        // TLC_CHECKING_TEMPORAL_PROPS_END
      default -> null;
    };
    if (m instanceof TlcMessage.Progress p) last.updateAndGet(s -> new Seen(p, System.nanoTime(), s.phase()));
    else if (phase != null) last.updateAndGet(s -> new Seen(s.report(), s.at(), phase));
  }

  private void print() {
    Seen s = last.get();
    String now = clock(System.nanoTime());
    if (!attachTried && process.get() != null) {
      attachTried = true;
      live = TlcLiveStatistics.attach(process.get()).orElse(null);
    }
    Optional<TlcLiveStatistics.Snapshot> counts = live == null ? Optional.empty() : live.read();
    String line;
    if (counts.isPresent()) {
      TlcLiveStatistics.Snapshot c = counts.get();
      line = String.format("  %s[%s] %s: %,d states generated, %,d distinct, %,d on queue, depth %d",
          tag, now, s.phase(), c.generated(), c.distinct(), c.queue(), c.depth());
    } else if (s.report() != null) {
      TlcMessage.Progress p = s.report();
      line = String.format("  %s[%s] %s: %,d states generated, %,d distinct, %,d on queue, depth %d (TLC's report at %s)",
          tag, now, s.phase(), p.generated(), p.distinct(), p.left(), p.depth(), clock(s.at()));
    } else {
      line = String.format("  %s[%s] %s", tag, now, s.phase());
    }
    sink.accept(line);
  }

  private String clock(long nanos) {
    long secs = TimeUnit.NANOSECONDS.toSeconds(nanos - start);
    return String.format("%d:%02d", secs / 60, secs % 60);
  }

  /** Stops printing (waits for a line being printed). */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (live != null) live.close();
  }
}
