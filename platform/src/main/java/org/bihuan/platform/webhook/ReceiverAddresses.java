package org.bihuan.platform.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the service does not send webhooks and connector calls (docs/decisions/0234): to itself or
 * its machine — loopback (127.0.0.0/8, ::1, localhost), unspecified (0.0.0.0/8, ::), any address of
 * the machine's own network interfaces, private ones included (0244) — and to its link — link-local
 * (169.254.0.0/16, where clouds serve instance metadata and credentials; fe80::/10). A receiver's
 * URL naming such an address, or a host name resolving to one, is refused when it is registered and
 * again before every call (a name may resolve otherwise later). Private networks (10/8, 172.16/12,
 * 192.168/16) stay allowed but for the machine's own addresses: OA systems live in intranets. An
 * operator whose receivers run on the service's own machine allows them with {@value
 * #ALLOW_LOCAL}=true.
 */
@ApplicationScoped
public class ReceiverAddresses {

  /** The property that allows loopback, unspecified and link-local receivers. */
  public static final String ALLOW_LOCAL = "bihuan.webhooks.allow-local-targets";

  @ConfigProperty(name = ALLOW_LOCAL, defaultValue = "false")
  boolean allowLocal;

  /** A call refused because of where it would go; its message says why, for the delivery log. */
  public static final class Refused extends IOException {
    Refused(String message) {
      super(message);
    }
  }

  public boolean localAllowed() {
    return allowLocal;
  }

  /** Why {@code url} is not called, or null (a name that does not resolve is left to the call). */
  public String refusal(URI url) {
    return refusal(url, allowLocal);
  }

  /** As {@link #refusal(URI)}, with the operator's permission given. */
  static String refusal(URI url, boolean allowLocal) {
    if (url == null) {
      return null;
    }
    String host = hostOf(url);
    if (host == null) {
      return null;
    }
    // How the host is written is checked even when local receivers are allowed: a spelling that
    // resolvers read differently is refused whatever it names (docs/decisions/0250).
    String spelling = spellingRefusal(host);
    if (spelling != null) {
      return spelling;
    }
    if (allowLocal) {
      return null;
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    // "localhost." is "localhost": a resolver reads a name with and without its final dot alike
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("localhost") || lower.endsWith(".localhost")) {
      return "names "
          + host
          + ", a loopback name (RFC 6761): "
          + LOCAL_ADVICE
          + ALLOW_LOCAL
          + "=true when receivers run on the service's own machine";
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(name);
    } catch (UnknownHostException | SecurityException e) {
      return null;
    }
    Set<InetAddress> own = ownAddresses();
    for (InetAddress a : addresses) {
      String kind = kind(a);
      if (kind == null && own.contains(unmapped(a))) {
        kind = "an address of this machine's own network interfaces";
      }
      if (kind != null) {
        String shown = a.getHostAddress();
        return "names "
            + (host.equalsIgnoreCase(shown) ? "" : host + ", which resolves to ")
            + shown
            + ", "
            + kind
            + ": "
            + LOCAL_ADVICE
            + ALLOW_LOCAL
            + "=true when receivers run on the service's own machine";
      }
    }
    return null;
  }

  private static final String LOCAL_ADVICE =
      "the service would call itself, its machine's link (a cloud's metadata service) or no one"
          + " receiver (broadcast, multicast). Give the receiver's address in the network (private"
          + " addresses such as 10.x, 172.16–31.x and 192.168.x are allowed), or have the operator"
          + " set ";

  /**
   * The host of {@code url} as written, brackets kept, or null when it has no authority. A URI
   * whose authority {@link URI} does not take as a server ({@code http://0x7f.1/}) still has one:
   * its host is what precedes the port.
   */
  static String hostOf(URI url) {
    if (url.getHost() != null) {
      return url.getHost();
    }
    String authority = url.getRawAuthority();
    if (authority == null || authority.isEmpty()) {
      return null;
    }
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    if (authority.startsWith("[")) {
      int end = authority.indexOf(']');
      return end < 0 ? authority : authority.substring(0, end + 1);
    }
    int colon = authority.lastIndexOf(':');
    return colon < 0 ? authority : authority.substring(0, colon);
  }

  /** Four decimal numbers from 0 to 255 without leading zeros: the one IPv4 spelling taken. */
  private static final java.util.regex.Pattern DOTTED_QUAD =
      java.util.regex.Pattern.compile(
          "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
              + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

  /** A label that resolvers (inet_aton, browsers' URL parser) read as a number. */
  private static final java.util.regex.Pattern NUMERIC_LABEL =
      java.util.regex.Pattern.compile("[0-9]+|0[xX][0-9a-fA-F]*");

  /**
   * Why {@code host} (as written in the URL, brackets kept) is refused for how it is written, or
   * null (docs/decisions/0250): an IPv6 address with a zone id ({@code fe80::1%eth0}: it names an
   * interface of the machine that reads it, and an unknown one made the check let it through), and
   * an IPv4 address written otherwise than as four decimal numbers without leading zeros — {@code
   * 0x7f.1}, {@code 0177.0.0.1}, {@code 2130706433}, {@code 127.1}: resolvers read these
   * differently (Java takes 0177 as 177, the C library as 127), so the address checked need not be
   * the one called. A host whose last label is a number is such an address (as the WHATWG URL
   * standard reads it).
   */
  static String spellingRefusal(String host) {
    if (host.startsWith("[")) {
      if (host.indexOf('%') >= 0) {
        return "names "
            + host
            + ", an IPv6 address with a zone id: a zone names a network interface of the machine"
            + " that reads it. Give an address without one (no %…)";
      }
      return null;
    }
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String last = name.substring(name.lastIndexOf('.') + 1);
    if (!NUMERIC_LABEL.matcher(last).matches()) {
      return null;
    }
    if (host.equals(name) && DOTTED_QUAD.matcher(name).matches()) {
      return null;
    }
    return "names "
        + host
        + ", an IPv4 address written otherwise than as four decimal numbers (octal, hexadecimal,"
        + " fewer parts, leading zeros or a final dot), which resolvers read differently. Write it"
        + " as four decimal numbers from 0 to 255 without leading zeros, such as 192.168.1.20";
  }

  /** Before a call: refused with {@link Refused} when {@code url} is not to be called. */
  void check(URI url) throws Refused {
    String why = refusal(url);
    if (why != null) {
      throw new Refused("refused: " + url.getHost() + " " + why);
    }
  }

  /** How long the machine's interface addresses are kept before they are listed again. */
  private static final long OWN_ADDRESSES_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

  private static volatile Set<InetAddress> own = Set.of();
  private static volatile long ownListedAt;
  private static volatile boolean ownListed;

  /**
   * Every address of every network interface of this machine, up or not (docs/decisions/0244): its
   * private addresses (10.x, 172.x of a container) reach the service as loopback does. Listed again
   * every 30 seconds, as interfaces come and go; scope ids are dropped, so fe80::1%eth0 and fe80::1
   * are the same.
   */
  static Set<InetAddress> ownAddresses() {
    long now = System.nanoTime();
    if (ownListed && now - ownListedAt < OWN_ADDRESSES_NANOS) {
      return own;
    }
    Set<InetAddress> found = new HashSet<>();
    try {
      var interfaces = NetworkInterface.getNetworkInterfaces();
      while (interfaces != null && interfaces.hasMoreElements()) {
        var addresses = interfaces.nextElement().getInetAddresses();
        while (addresses.hasMoreElements()) {
          found.add(unmapped(addresses.nextElement()));
        }
      }
    } catch (SocketException | RuntimeException e) {
      return own; // the last list, if any; loopback and 0.0.0.0 are refused without it
    }
    own = Set.copyOf(found);
    ownListedAt = now;
    ownListed = true;
    return own;
  }

  /**
   * The IPv4 address an IPv6 address carries and is delivered to, or null: IPv4-compatible
   * (::a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d, RFC 2765), NAT64 (64:ff9b::/96, RFC 6052) and
   * 6to4 (2002:aabb:ccdd::/48, RFC 3056). IPv4-mapped ones (::ffff:a.b.c.d) Java reads as IPv4.
   */
  static InetAddress embeddedIpv4(InetAddress a) {
    if (!(a instanceof java.net.Inet6Address)) {
      return null;
    }
    byte[] b = a.getAddress();
    byte[] v4 = null;
    if (zero(b, 0, 10) && (b[10] & 0xff) == 0 && (b[11] & 0xff) == 0 && !zero(b, 12, 14)) {
      v4 = java.util.Arrays.copyOfRange(b, 12, 16); // ::a.b.c.d, not :: nor ::1
    } else if (zero(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && zero(b, 10, 12)) {
      v4 = java.util.Arrays.copyOfRange(b, 12, 16);
    } else if ((b[0] & 0xff) == 0
        && (b[1] & 0xff) == 0x64
        && (b[2] & 0xff) == 0xff
        && (b[3] & 0xff) == 0x9b
        && zero(b, 4, 12)) {
      v4 = java.util.Arrays.copyOfRange(b, 12, 16);
    } else if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
      v4 = java.util.Arrays.copyOfRange(b, 2, 6);
    }
    try {
      return v4 == null ? null : InetAddress.getByAddress(v4);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static boolean zero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code a} without its IPv6 scope id, an IPv4-mapped or -compatible IPv6 address as IPv4. */
  private static InetAddress unmapped(InetAddress a) {
    try {
      byte[] b = a.getAddress();
      if (a instanceof java.net.Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
        return InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16));
      }
      return InetAddress.getByAddress(b);
    } catch (UnknownHostException e) {
      return a;
    }
  }

  private static String kind(InetAddress a) {
    InetAddress embedded = embeddedIpv4(a);
    if (embedded != null) {
      String kind = kind(embedded);
      if (kind == null && ownAddresses().contains(embedded)) {
        kind = "an address of this machine's own network interfaces";
      }
      return kind == null ? null : kind + " (" + embedded.getHostAddress() + " within IPv6)";
    }
    if (a.isMulticastAddress()) {
      return "a multicast address";
    }
    if (a instanceof Inet4Address && a.getHostAddress().equals("255.255.255.255")) {
      return "the broadcast address";
    }
    if (a.isLoopbackAddress()) {
      return "a loopback address";
    }
    if (a.isAnyLocalAddress() || a instanceof Inet4Address && a.getAddress()[0] == 0) {
      return "an unspecified address (this machine)";
    }
    if (a.isLinkLocalAddress()) {
      return "a link-local address";
    }
    return null;
  }
}
