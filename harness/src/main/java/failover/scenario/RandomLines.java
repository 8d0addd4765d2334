package failover.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of scenario lines: commands of the seed chapter with valid and invalid
 * arguments at random boxes and contexts, and events. Every line it makes is a valid scenario
 * line (it parses); many commands are rejected by the pair, as intended. The random test and
 * {@code failover bench} use it.
 */
public final class RandomLines {
  /** The configuration of the seed's Example 51-1 to 51-3, typed at A and bootstrapped at B. */
  public static final List<String> BOOTSTRAP = List.of(
      "boot A", "wait 60",
      "A# failover lan unit primary",
      "A# failover lan interface folink GigabitEthernet0/1",
      "A# failover link folink",
      "A# failover interface ip folink 10.0.4.1 255.255.255.0 standby 10.0.4.11",
      "A# interface GigabitEthernet0/1", " no shutdown",
      "A# interface GigabitEthernet0/2", " no shutdown",
      "A# interface GigabitEthernet0/3", " no shutdown",
      "A# interface GigabitEthernet0/4", " no shutdown",
      "A# interface GigabitEthernet0/5", " no shutdown",
      "A# failover group 1", " primary", " exit",
      "A# failover group 2", " secondary", " exit",
      "A# admin-context admin",
      "A# context admin", " description admin", " allocate-interface GigabitEthernet0/2",
      " allocate-interface GigabitEthernet0/3", " config-url flash:/admin.cfg", " join-failover-group 1", " exit",
      "A# context ctx1", " description context 1", " allocate-interface GigabitEthernet0/4",
      " allocate-interface GigabitEthernet0/5", " config-url flash:/ctx1.cfg", " join-failover-group 2", " exit",
      "A/admin# interface GigabitEthernet0/2", " nameif outside", " security-level 0",
      " ip address 192.168.1.1 255.255.255.0 standby 192.168.1.2",
      "A/admin# interface GigabitEthernet0/3", " nameif inside", " security-level 100",
      " ip address 10.1.0.1 255.255.255.0 standby 10.1.0.11",
      "A/ctx1# interface GigabitEthernet0/4", " nameif outside", " security-level 0",
      " ip address 192.168.2.2 255.255.255.0 standby 192.168.2.1",
      "A/ctx1# interface GigabitEthernet0/5", " nameif inside", " security-level 100",
      " ip address 10.2.20.1 255.255.255.0 standby 10.2.20.11",
      "A# failover", "wait 60",
      "boot B", "wait 60",
      "B# failover lan interface folink GigabitEthernet0/1",
      "B# failover interface ip folink 10.0.4.1 255.255.255.0 standby 10.0.4.11",
      "B# interface GigabitEthernet0/1", " no shutdown",
      "B# failover lan unit secondary",
      "B# failover", "wait 60");

  private static final String[] BOXES = {"A", "B"};
  private static final String[] CONTEXTS = {"admin", "ctx1", "ctx2"};
  private static final String[] PORTS = {
    "GigabitEthernet0/1", "GigabitEthernet0/2", "GigabitEthernet0/3", "GigabitEthernet0/4",
    "GigabitEthernet0/5", "GigabitEthernet0/9", "gigabitethernet1/0"
  };
  private static final String[] NAMES = {"outside", "inside", "folink", "dmz", "1"};

  private final Random random;
  private boolean commandLineMade;

  public RandomLines(long seed) { this.random = new Random(seed); }

  /** The next line: about a third events, the rest commands (some indented). */
  public String next() {
    int r = random.nextInt(100);
    if (r < 30) return event();
    String command = command();
    // an indented line is typed at the prompt of the last command line: only once there is one
    if (commandLineMade && random.nextInt(4) == 0) return (random.nextBoolean() ? " " : "\t") + command;
    commandLineMade = true;
    String box = pick(BOXES);
    return random.nextInt(4) == 0 ? box + "/" + pick(CONTEXTS) + "# " + command : box + "# " + command;
  }

  /** {@code n} lines, starting with {@link #BOOTSTRAP} when {@code bootstrap}. */
  public List<String> lines(int n, boolean bootstrap) {
    List<String> out = new ArrayList<>();
    if (bootstrap) {
      out.addAll(BOOTSTRAP);
      commandLineMade = true;
    }
    while (out.size() < n) out.add(next());
    return out;
  }

  private String event() {
    return switch (random.nextInt(9)) {
      case 0 -> "boot " + (random.nextInt(3) == 0 ? "A B" : pick(BOXES));
      case 1 -> "power-off " + pick(BOXES);
      case 2 -> "link failover " + upDown();
      case 3 -> "link state " + upDown();
      case 4 -> "interface " + pick(BOXES) + " " + pick(PORTS) + " " + upDown();
      case 5 -> "traffic " + pick(CONTEXTS) + " " + (random.nextBoolean() ? "tcp" : "http") + " " + (1 + random.nextInt(20));
      default -> "wait " + (random.nextInt(5) == 0 ? 1 + random.nextInt(1200) : 1 + random.nextInt(40));
    };
  }

  private String command() {
    int g = pickInt(0, 1, 2, 3, 1, 2);
    return switch (random.nextInt(46)) {
      case 0 -> "failover";
      case 1 -> "no failover";
      case 2 -> "failover lan unit " + (random.nextBoolean() ? "primary" : "secondary");
      case 3 -> "failover lan interface folink " + pick(PORTS);
      case 4 -> "failover link " + (random.nextBoolean() ? "folink" : "statelink " + pick(PORTS));
      case 5 -> "failover interface ip folink 10.0.4.1 255.255.255.0 standby 10.0.4." + pickInt(11, 300);
      case 6 -> "failover group " + g;
      case 7 -> "no failover group " + g;
      case 8 -> random.nextBoolean() ? "primary" : "secondary";
      case 9 -> "preempt" + (random.nextBoolean() ? "" : " " + pickInt(-1, 0, 1, 5, 100, 1200, 1201));
      case 10 -> "no preempt";
      case 11 -> (random.nextBoolean() ? "" : "no ") + "replication http";
      case 12 -> "interface-policy " + pickInt(0, 1, 2, 50, 100, 250, 251) + (random.nextBoolean() ? "%" : "");
      case 13 -> "polltime interface " + (random.nextBoolean() ? "msec " + pickInt(499, 500, 750, 999, 1000) : "" + pickInt(0, 1, 3, 15, 16))
          + (random.nextBoolean() ? "" : " holdtime " + pickInt(4, 5, 25, 75, 76));
      case 14 -> "mac address " + pick(PORTS) + " " + mac() + " " + mac();
      case 15 -> "exit";
      case 16 -> "context " + pick(CONTEXTS);
      case 17 -> "no context " + pick(CONTEXTS);
      case 18 -> "allocate-interface " + pick(PORTS);
      case 19 -> "config-url flash:/" + pick(CONTEXTS) + ".cfg";
      case 20 -> "join-failover-group " + g;
      case 21 -> "admin-context " + pick(CONTEXTS);
      case 22 -> "interface " + pick(PORTS);
      case 23 -> "nameif " + pick(NAMES);
      case 24 -> "security-level " + pickInt(-1, 0, 50, 100, 101);
      case 25 -> "ip address 10.9." + pickInt(1, 2) + ".1 255.255.255.0" + (random.nextBoolean() ? " standby 10.9.1.2" : "");
      case 26 -> (random.nextBoolean() ? "" : "no ") + "monitor-interface " + pick(NAMES);
      case 27 -> "asr-group " + pickInt(0, 1, 32, 33);
      case 28 -> "failover active" + (random.nextBoolean() ? "" : " group " + g);
      case 29 -> "no failover active group " + g;
      case 30 -> "failover reset" + (random.nextBoolean() ? "" : " group " + g);
      case 31 -> "failover exec " + pick(new String[] {"active", "mate", "standby", "peer"}) + " " + execCommand();
      case 32 -> "show failover" + (random.nextBoolean() ? "" : " group " + g);
      case 33 -> "show failover exec " + pick(new String[] {"active", "mate", "standby"});
      case 34 -> "show running-config" + (random.nextBoolean() ? "" : " failover");
      case 35 -> "show interface";
      case 36 -> "write memory" + (random.nextBoolean() ? "" : " all");
      case 37 -> "write standby";
      case 38 -> "copy running-config startup-config";
      case 39 -> "changeto " + (random.nextBoolean() ? "system" : "context " + pick(CONTEXTS));
      case 40 -> "hostname h" + random.nextInt(100);
      case 41 -> "no shutdown";
      case 42 -> "description d" + random.nextInt(10);
      case 43 -> pick(new String[] {"foo bar", "failover group", "preempt x", "interface-policy", "mac address", "failover exec"});
      case 44 -> "show failover group " + g;
      default -> "failover exec mate failover exec mate show failover";
    };
  }

  private String execCommand() {
    return pick(new String[] {
      "show failover", "interface GigabitEthernet0/4", "ip address 10.9.9.1 255.255.255.0 standby 10.9.9.2",
      "exit", "changeto system", "debug fover", "configure terminal", "hostname x", "failover exec mate show failover"
    });
  }

  private String mac() {
    if (random.nextInt(5) == 0) return pick(new String[] {"0000.a000", "zz.1.2", "12345.0.0"});
    return String.format("%04x.%04x.%04x", random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000));
  }

  private String upDown() { return random.nextBoolean() ? "up" : "down"; }

  private String pick(String[] options) { return options[random.nextInt(options.length)]; }

  private int pickInt(int... options) { return options[random.nextInt(options.length)]; }
}
