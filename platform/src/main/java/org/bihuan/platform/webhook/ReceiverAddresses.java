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
    if (allowLocal || url == null || url.getHost() == null) {
      return null;
    }
    String host = url.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
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
            + ": the service would call itself or its machine's link (a cloud's metadata"
            + " service). Give the receiver's address in the network (private addresses such as"
            + " 10.x, 172.16–31.x and 192.168.x are allowed), or have the operator set "
            + ALLOW_LOCAL
            + "=true when receivers run on the service's own machine";
      }
    }
    return null;
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
    if (a instanceof java.net.Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
      byte[] b = v6.getAddress();
      try {
        return kind(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
      } catch (UnknownHostException e) {
        return null;
      }
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
