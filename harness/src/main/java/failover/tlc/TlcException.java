package failover.tlc;

/** TLC could not be run at all: its jar is not on the classpath, or the child JVM did not start. */
public final class TlcException extends Exception {
  public TlcException(String message) { super(message); }
  public TlcException(String message, Throwable cause) { super(message, cause); }
}
