package org.bihuan.platform.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

/**
 * The one place a Location header is built (docs/decisions/0244): from the resource's path, made
 * absolute with the scheme and host of the request only when they make a URI, and otherwise left as
 * the path (a relative reference, RFC 9110 10.2.2). Building it never fails: it is called after the
 * write it names has been committed, where the REST layer's own resolution of a relative Location
 * against the request's host threw on a host that makes no URI and turned a committed write into a
 * 500. Such hosts are refused before routing ({@link RequestHosts}); this is the second guard, and
 * what a request without Host (HTTP/1.0) gets.
 */
public final class Locations {

  private Locations() {}

  /**
   * The Location of the resource at {@code path} (which starts with "/"), absolute when the current
   * request's scheme and host allow it. Set it with {@code header("Location", …)}, never with
   * {@code location(…)}, which resolves again.
   */
  public static String of(String path) {
    var context = CurrentRequestManager.get();
    if (context == null) {
      return path;
    }
    String scheme;
    String authority;
    try {
      scheme = context.getScheme();
      authority = context.getAuthority();
    } catch (RuntimeException e) {
      return path;
    }
    return absolute(scheme, authority, path);
  }

  /**
   * {@code scheme://authority} followed by {@code path} percent-encoded, or the encoded path alone
   * when scheme and authority make no URI.
   */
  static String absolute(String scheme, String authority, String path) {
    String encoded = encodePath(path);
    authority = RequestHosts.withoutEmptyPort(authority);
    if (scheme == null
        || !(scheme.equals("http") || scheme.equals("https"))
        || !RequestHosts.valid(authority)) {
      return encoded;
    }
    try {
      URI uri = new URI(scheme + "://" + authority + encoded);
      return uri.getHost() == null ? encoded : uri.toString();
    } catch (URISyntaxException e) {
      return encoded;
    }
  }

  /**
   * {@code path} (segments as the resource names them, not encoded) with every character a path may
   * not hold as it is (RFC 3986 3.3) percent-encoded as UTF-8: an identifier a client chose may
   * hold a space, a "%" or non-ASCII characters.
   */
  static String encodePath(String path) {
    StringBuilder out = new StringBuilder(path.length() + 16);
    if (!path.startsWith("/")) {
      out.append('/');
    }
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "/-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
