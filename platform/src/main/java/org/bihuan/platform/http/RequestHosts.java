package org.bihuan.platform.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * What a request's Host header must be for the request to be routed (docs/decisions/0244): at most
 * one, and when there is one, a {@code host[:port]} that {@link URI} takes as a server authority
 * (RFC 9110 7.2) with a port from 1 to 65535. {@code Host: [zz]}, {@code Host: a b}, {@code Host:
 * x:99999}, an empty Host and two Host headers are refused 400 before routing by {@link
 * InvalidRequests}: the host is what a 201's Location and every absolute URI of the answer are
 * built from, and a host that makes no URI failed that building after the write had been committed.
 * A request without Host (HTTP/1.0) is routed; its Location is its path ({@link Locations}).
 */
public final class RequestHosts {

  private RequestHosts() {}

  /** Why the request's Host headers cannot be routed, or null when they can. */
  public static String refusal(List<String> hosts) {
    return refusal(hosts, false);
  }

  /**
   * As {@link #refusal(List)}; an HTTP/1.1 request ({@code http11}) without Host is refused too
   * (RFC 9112 3.2: "MUST respond with a 400"), as the router did with a detail that named nothing.
   */
  public static String refusal(List<String> hosts, boolean http11) {
    if (hosts.isEmpty()) {
      return http11
          ? "An HTTP/1.1 request needs a Host header (RFC 9112 3.2); send the host[:port] the"
              + " request is for."
          : null;
    }
    if (hosts.size() > 1) {
      return "The request has " + hosts.size() + " Host headers; send exactly one.";
    }
    return valid(hosts.get(0))
        ? null
        : "The Host header (or the authority of an absolute request target, which replaces it)"
            + " is not a valid host[:port] (RFC 9110 7.2): a name, an IPv4 address or an [IPv6]"
            + " address without a zone id, and a port from 1 to 65535.";
  }

  /**
   * Why an HTTP/2 request's authority ({@code :authority}, or Host) cannot be routed, or null: the
   * rules of a Host (docs/decisions/0250). Vert.x takes {@code [zz]} and zone ids, and reads an
   * empty port as port 0, which is refused as such.
   */
  public static String authorityRefusal(io.vertx.core.net.HostAndPort authority) {
    if (authority == null) {
      return null;
    }
    String written = authority.host() + (authority.port() >= 0 ? ":" + authority.port() : "");
    return valid(written)
        ? null
        : "The request's :authority is not a valid host[:port] (RFC 9110 7.2): a name, an IPv4"
            + " address or an [IPv6] address without a zone id, and a port from 1 to 65535.";
  }

  /**
   * The authority of an absolute-form request target ({@code http://other:8080/api/v1/…}), which
   * replaces the Host header (RFC 9112 3.2.2, docs/decisions/0250); "" when it has none or one that
   * is no authority ({@link #valid} then refuses it); null for any other form of target.
   */
  public static String targetAuthority(String target) {
    if (target == null || target.startsWith("/") || target.equals("*")) {
      return null;
    }
    int colon = target.indexOf("://");
    if (colon <= 0) {
      return null;
    }
    String scheme = target.substring(0, colon);
    if (!scheme.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      return null;
    }
    int start = colon + 3;
    int end = start;
    while (end < target.length() && "/?#".indexOf(target.charAt(end)) < 0) {
      end++;
    }
    return target.substring(start, end);
  }

  /**
   * {@code host} without an empty port ({@code x:} → {@code x}, {@code [::1]:} → {@code [::1]}):
   * RFC 3986 3.2.3 allows it and asks that it be left out; read as it is, the port became 0.
   */
  public static String withoutEmptyPort(String host) {
    if (host != null
        && host.endsWith(":")
        && (host.indexOf(':') == host.length() - 1
            || host.startsWith("[") && host.endsWith("]:"))) {
      return host.substring(0, host.length() - 1);
    }
    return host;
  }

  /** Whether {@code host} is one host[:port] that makes a URI. */
  public static boolean valid(String host) {
    if (host == null || host.isBlank() || !host.equals(host.strip())) {
      return false;
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      // "%": an IPv6 zone id ([fe80::1%eth0]) names an interface of the client's machine and has
      // no place in a Host (RFC 9110 7.2 takes RFC 3986's IP-literal, which has none; 0250)
      if (c <= 0x20 || c >= 0x7f || "/?#@\\%".indexOf(c) >= 0) {
        return false;
      }
    }
    try {
      URI uri = new URI("http://" + host + "/").parseServerAuthority();
      // port 0 names no server; over HTTP/2 it is what Vert.x makes of an empty port
      return uri.getHost() != null && uri.getPort() != 0 && uri.getPort() <= 65535;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
