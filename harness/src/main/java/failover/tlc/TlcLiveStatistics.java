package failover.tlc;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.util.Optional;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Live counts of a running TLC, read over JMX from the MBean TLC registers for its model checker
 * ({@code tlc2.tool:type=ModelChecker}): TLC itself reports progress (2200) only once a minute.
 * The connection goes through the JDK's attach API to the child JVM; when the JVM refuses (attach
 * disabled, another user), {@link #attach} gives nothing and callers fall back on TLC's reports.
 */
public final class TlcLiveStatistics implements AutoCloseable {
  /** States generated, distinct states, states on the queue, and the search depth so far. */
  public record Snapshot(long generated, long distinct, long queue, int depth) {}

  private static final String MODEL_CHECKER = "tlc2.tool:type=ModelChecker";

  private final JMXConnector connector;
  private final MBeanServerConnection server;
  private final ObjectName checker;

  private TlcLiveStatistics(JMXConnector connector) throws IOException {
    this.connector = connector;
    this.server = connector.getMBeanServerConnection();
    try {
      this.checker = new ObjectName(MODEL_CHECKER);
    } catch (javax.management.MalformedObjectNameException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Connects to the TLC JVM {@code tlc}; empty when that is not possible. */
  public static Optional<TlcLiveStatistics> attach(ProcessHandle tlc) {
    try {
      VirtualMachine vm = VirtualMachine.attach(Long.toString(tlc.pid()));
      String address;
      try {
        address = vm.startLocalManagementAgent();
      } finally {
        vm.detach();
      }
      return Optional.of(new TlcLiveStatistics(JMXConnectorFactory.connect(new JMXServiceURL(address))));
    } catch (Exception | LinkageError e) {
      return Optional.empty();
    }
  }

  /** The current counts; empty before TLC's model checker exists (parsing, initial states) or after it ended. */
  public Optional<Snapshot> read() {
    try {
      if (!server.isRegistered(checker)) return Optional.empty();
      return Optional.of(new Snapshot(
          ((Number) server.getAttribute(checker, "StatesGenerated")).longValue(),
          ((Number) server.getAttribute(checker, "DistinctStatesGenerated")).longValue(),
          ((Number) server.getAttribute(checker, "StateQueueSize")).longValue(),
          ((Number) server.getAttribute(checker, "Progress")).intValue()));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    try {
      connector.close();
    } catch (IOException e) {
      // TLC has exited
    }
  }
}
