package org.bihuan.platform.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * What a request's Host header must be for the request to be routed (docs/decisions/0244): at most
 * one, and when there is one, a {@code host[:port]} that {@link URI} takes as a server authority
 * (RFC 9110 7.2) with a port from 0 to 65535. {@code Host: [zz]}, {@code Host: a b}, {@code Host:
 * x:99999}, an empty Host and two Host headers are refused 400 before routing by {@link
 * InvalidRequests}: the host is what a 201's Location and every absolute URI of the answer are
 * built from, and a host that makes no URI failed that building after the write had been committed.
 * A request without Host (HTTP/1.0) is routed; its Location is its path ({@link Locations}).
 */
public final class RequestHosts {

  private RequestHosts() {}

  /** Why the request's Host headers cannot be routed, or null when they can. */
  public static String refusal(List<String> hosts) {
    if (hosts.isEmpty()) {
      return null;
    }
    if (hosts.size() > 1) {
      return "The request has " + hosts.size() + " Host headers; send exactly one.";
    }
    return valid(hosts.get(0))
        ? null
        : "The Host header is not a valid host[:port] (RFC 9110 7.2): a name, an IPv4 address or"
            + " an [IPv6] address, and a port from 0 to 65535.";
  }

  /** Whether {@code host} is one host[:port] that makes a URI. */
  public static boolean valid(String host) {
    if (host == null || host.isBlank() || !host.equals(host.strip())) {
      return false;
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c <= 0x20 || c >= 0x7f || "/?#@\\".indexOf(c) >= 0) {
        return false;
      }
    }
    try {
      URI uri = new URI("http://" + host + "/").parseServerAuthority();
      return uri.getHost() != null && uri.getPort() <= 65535;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
