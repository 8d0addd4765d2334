package failover.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Interface names, MAC and IP addresses: parsing, checking and normalising. */
final class Names {
  private Names() {}

  /**
   * The physical ports of each box (both boxes are the same model: "The same number of
   * interfaces. The same types of interfaces."): GigabitEthernet0/0-3/7, Management0/0-0/1,
   * Ethernet0/0-0/7 and Ethernet0-7 (the seed names "Ethernet1" and "Ethernet0/2.3"). The index in
   * this list is the "physical_port_number" of the default virtual MAC address (GigabitEthernet0/N: N).
   */
  static final List<String> PORTS = ports();

  private static List<String> ports() {
    List<String> p = new ArrayList<>();
    for (int slot = 0; slot < 4; slot++) for (int i = 0; i < 8; i++) p.add("GigabitEthernet" + slot + "/" + i);
    p.add("Management0/0");
    p.add("Management0/1");
    for (int i = 0; i < 8; i++) p.add("Ethernet0/" + i);
    for (int i = 0; i < 8; i++) p.add("Ethernet" + i);
    return List.copyOf(p);
  }

  /** The ports {@code show interface} always lists in the system execution space. */
  static final List<String> SHOWN = List.of(
      "GigabitEthernet0/0", "GigabitEthernet0/1", "GigabitEthernet0/2", "GigabitEthernet0/3",
      "GigabitEthernet0/4", "GigabitEthernet0/5", "GigabitEthernet0/6", "GigabitEthernet0/7", "Management0/0");

  private static final String[][] TYPES = {
    {"tengigabitethernet", "TenGigabitEthernet", "te"},
    {"gigabitethernet", "GigabitEthernet", "g"},
    {"ethernet", "Ethernet", "e"},
    {"management", "Management", "m"},
  };
  private static final Pattern NUMBER = Pattern.compile("\\d+(/\\d+)*(\\.\\d+)?");
  private static final Pattern SPLIT = Pattern.compile("([A-Za-z-]+)\\s*(\\d.*)");

  /**
   * The canonical spelling of an interface name typed in any case, abbreviated, or with a space
   * before the number ({@code gi0/1}, {@code GigabitEthernet 0/3}); null if it is not one.
   */
  static String canonicalInterface(String typed) {
    String hit = CANONICAL.get(typed);
    if (hit != null) return hit.isEmpty() ? null : hit;
    String c = canonical(typed);
    if (CANONICAL.size() < 10_000) CANONICAL.put(typed, c == null ? "" : c);
    return c;
  }

  /** Names seen before, and their canonical spelling ("" = not an interface name). */
  private static final java.util.Map<String, String> CANONICAL = new java.util.concurrent.ConcurrentHashMap<>();

  private static String canonical(String typed) {
    Matcher m = SPLIT.matcher(typed.trim());
    if (!m.matches()) return null;
    String type = m.group(1).toLowerCase(Locale.ROOT);
    String num = m.group(2);
    if (!NUMBER.matcher(num).matches()) return null;
    for (String[] t : TYPES) {
      if (type.length() >= t[2].length() && t[0].startsWith(type)) return t[1] + num;
    }
    return null;
  }

  /** The physical port a (sub)interface name is on: {@code GigabitEthernet0/2.10 -> GigabitEthernet0/2}. */
  static String physicalOf(String canonical) {
    int dot = canonical.indexOf('.');
    return dot < 0 ? canonical : canonical.substring(0, dot);
  }

  static boolean isSubinterface(String canonical) { return canonical.indexOf('.') >= 0; }

  /** The port exists on the hardware (a subinterface: its physical port exists). */
  static boolean onHardware(String canonical) { return PORTS.contains(physicalOf(canonical)); }

  static int portNumber(String canonical) { return PORTS.indexOf(physicalOf(canonical)); }

  /**
   * Reads an interface name from the tokens at index i, joining "GigabitEthernet" "0/3" typed with
   * a space. Returns {canonical, tokens used} or null.
   */
  static Object[] readInterface(List<String> tok, int i) {
    if (i >= tok.size()) return null;
    String c = canonicalInterface(tok.get(i));
    if (c != null) return new Object[] {c, 1};
    if (i + 1 < tok.size() && tok.get(i).matches("[A-Za-z-]+")) {
      c = canonicalInterface(tok.get(i) + tok.get(i + 1));
      if (c != null) return new Object[] {c, 2};
    }
    return null;
  }

  private static final Pattern MAC = Pattern.compile("([0-9a-fA-F]{1,4})\\.([0-9a-fA-F]{1,4})\\.([0-9a-fA-F]{1,4})");

  /** A MAC address in H.H.H format, normalised to lower case with four digits a group; null if not one. */
  static String mac(String typed) {
    Matcher m = MAC.matcher(typed);
    if (!m.matches()) return null;
    StringBuilder sb = new StringBuilder();
    for (int g = 1; g <= 3; g++) {
      if (g > 1) sb.append('.');
      String h = m.group(g).toLowerCase(Locale.ROOT);
      sb.append("0".repeat(4 - h.length())).append(h);
    }
    return sb.toString();
  }

  /**
   * Default virtual MAC: "Active unit default MAC address: 00a0.c9physical_port_number.failover_group_id01",
   * "Standby unit default MAC address: 00a0.c9physical_port_number.failover_group_id02"
   * (port number and group id as two hexadecimal digits each).
   */
  static String defaultVirtualMac(String port, int group, boolean active) {
    return String.format(Locale.ROOT, "00a0.c9%02x.%02x%s", portNumber(port), group, active ? "01" : "02");
  }

  /** The burned-in MAC of a port on a box (used where no virtual MAC applies). */
  static String burnedInMac(Box box, String port) {
    return String.format(Locale.ROOT, "0050.56%s0.00%02x", box == Box.A ? "a" : "b", portNumber(port));
  }

  /** The 32-bit value of a dotted IPv4 address, or -1 if it is not one. */
  static long ipv4(String s) {
    String[] p = s.split("\\.", -1);
    if (p.length != 4) return -1;
    long v = 0;
    for (String x : p) {
      if (!x.matches("\\d{1,3}")) return -1;
      int n = Integer.parseInt(x);
      if (n > 255) return -1;
      v = (v << 8) | n;
    }
    return v;
  }

  /** A subnet mask: contiguous ones. */
  static boolean isMask(long m) {
    if (m < 0) return false;
    long inv = (~m) & 0xffffffffL;
    return (inv & (inv + 1)) == 0;
  }

  static boolean ipv6(String s) { return ipv6Bytes(s) != null; }

  /** The 16 bytes of an IPv6 address ("::" compression allowed), or null if it is not one. */
  static byte[] ipv6Bytes(String s) {
    if (s.isEmpty() || s.indexOf(':') < 0) return null;
    int dc = s.indexOf("::");
    if (dc >= 0 && s.indexOf("::", dc + 1) >= 0) return null;
    String head = dc >= 0 ? s.substring(0, dc) : s, tail = dc >= 0 ? s.substring(dc + 2) : "";
    List<Integer> h = groups(head), t = groups(tail);
    if (h == null || t == null) return null;
    int n = h.size() + t.size();
    if (dc < 0 ? n != 8 : n > 7) return null;
    byte[] out = new byte[16];
    for (int i = 0; i < h.size(); i++) { out[2 * i] = (byte) (h.get(i) >> 8); out[2 * i + 1] = (byte) (int) h.get(i); }
    for (int i = 0; i < t.size(); i++) {
      int k = 8 - t.size() + i;
      out[2 * k] = (byte) (t.get(i) >> 8);
      out[2 * k + 1] = (byte) (int) t.get(i);
    }
    return out;
  }

  private static List<Integer> groups(String part) {
    List<Integer> out = new ArrayList<>();
    if (part.isEmpty()) return out;
    for (String g : part.split(":", -1)) {
      if (g.isEmpty() || g.length() > 4) return null;
      for (char ch : g.toCharArray()) if (Character.digit(ch, 16) < 0) return null;
      out.add(Integer.parseInt(g, 16));
    }
    return out;
  }

  /** Both IPv6 addresses share their first {@code prefix} bits ("in the same subnet"). */
  static boolean sameIpv6Prefix(String a, String b, int prefix) {
    byte[] x = ipv6Bytes(a), y = ipv6Bytes(b);
    if (x == null || y == null) return false;
    for (int bit = 0; bit < prefix; bit++) {
      int mask = 0x80 >> (bit % 8);
      if ((x[bit / 8] & mask) != (y[bit / 8] & mask)) return false;
    }
    return true;
  }

  /** An IPv6 address with prefix, {@code 2001:a0a:b00::a0a:b70/64}: {address, prefix} or null. */
  static String[] ipv6Prefix(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) return null;
    String a = s.substring(0, slash), p = s.substring(slash + 1);
    if (!ipv6(a) || !p.matches("\\d{1,3}") || Integer.parseInt(p) > 128) return null;
    return new String[] {a, p};
  }

  /** Splits a command line into words. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>(8);
    int n = line.length(), i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(line.charAt(i))) i++;
      int j = i;
      while (j < n && !Character.isWhitespace(line.charAt(j))) j++;
      if (j > i) out.add(line.substring(i, j));
      i = j;
    }
    return out;
  }
}
