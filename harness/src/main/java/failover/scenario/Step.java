package failover.scenario;

import failover.engine.Box;
import failover.engine.Event;
import failover.engine.GroupState;

/**
 * One line of a scenario file that does something (SCENARIOS.md, "Lines"): a command typed at a
 * box, an event, or an expectation. Every step knows its line number and its text as written.
 */
public sealed interface Step {
  /** Line number in the file, from 1. */
  int line();

  /** The line as written (without its line break). */
  String source();

  /**
   * {@code A# text} or {@code A/ctx1# text} ({@code context} null for the system execution
   * space); {@code continuation} when the line began with a space or a tab and is typed at the
   * prompt of the last command line above it, whose box and context it carries.
   */
  record Command(int line, String source, Box box, String context, String text, boolean continuation)
      implements Step {}

  /** {@code boot A}, {@code power-off A}, {@code link …}, {@code interface …}, {@code traffic …}, {@code wait N}. */
  record EventStep(int line, String source, Event event) implements Step {}

  /** The {@code expect …} lines. */
  sealed interface Expectation extends Step {}

  /** {@code expect ok | expect error}: the previous command was accepted / rejected. */
  record ExpectResult(int line, String source, boolean ok) implements Expectation {}

  /** {@code expect A group 1 active|standby|failed|off|init}. */
  record ExpectGroup(int line, String source, Box box, int group, GroupState state)
      implements Expectation {}

  /**
   * {@code expect A[/ctx] running-config|startup-config has|lacks "LINE"}: has = some line of
   * that configuration, trimmed, equals LINE (trimmed).
   */
  record ExpectConfig(
      int line, String source, Box box, String context, boolean startup, boolean has, String text)
      implements Expectation {}

  /** {@code expect A interface GigabitEthernet0/2 mac H.H.H}: the MAC box A uses on that port now. */
  record ExpectMac(int line, String source, Box box, String physical, String mac)
      implements Expectation {}

  /** {@code expect A/ctx1 interface inside ip X.X.X.X} (context null: system space). */
  record ExpectIp(int line, String source, Box box, String context, String nameif, String ip)
      implements Expectation {}

  /** {@code expect A/ctx1 sessions N}. */
  record ExpectSessions(int line, String source, Box box, String context, long count)
      implements Expectation {}

  /** {@code expect output has|lacks "TEXT"}: substring of the last output printed by a command. */
  record ExpectOutput(int line, String source, boolean has, String text) implements Expectation {}
}
