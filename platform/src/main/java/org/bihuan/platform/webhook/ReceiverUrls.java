package org.bihuan.platform.webhook;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A receiver's URL as written at registration, checked for what it says rather than where it leads
 * (that is {@link ReceiverAddresses}): one spelling that every resolver reads alike, in the form it
 * is called.
 */
final class ReceiverUrls {

  private ReceiverUrls() {}

  /**
   * The receiver's URL as it will be called, or why it cannot be (the message names what to
   * change): an absolute http(s) URL with a host, a port in 1–65535, no credentials and no
   * fragment; a host in Chinese (政务.中国) is kept in its ASCII form (xn--…), as it is resolved.
   */
  static URI receiverUrl(String raw) {
    URI url;
    try {
      url = new URI(raw.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("is not a URL: " + e.getReason());
    }
    String scheme = url.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || url.getRawAuthority() == null) {
      throw new IllegalArgumentException("must be an absolute http:// or https:// URL");
    }
    if (url.getRawUserInfo() != null || url.getRawAuthority().contains("@")) {
      // it would be shown in every listing and sent in every ping's body
      throw new IllegalArgumentException(
          "must not carry credentials (user:password@); the receiver verifies the signature"
              + " instead");
    }
    if (url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "must not have a fragment (#" + url.getRawFragment() + "): it is never sent to a server");
    }
    String hostGiven = ReceiverAddresses.hostOf(url);
    String spelling = hostGiven == null ? null : ReceiverAddresses.spellingRefusal(hostGiven);
    if (spelling != null) {
      throw new IllegalArgumentException(spelling);
    }
    if (url.getHost() == null) {
      // not a host URI parses: a name in Chinese, or a port that is not a number
      String authority = url.getRawAuthority();
      int colon = authority.lastIndexOf(':');
      boolean bracketed = authority.startsWith("[");
      String host = colon > 0 && !bracketed ? authority.substring(0, colon) : authority;
      String port = colon > 0 && !bracketed ? authority.substring(colon + 1) : null;
      String ascii;
      try {
        ascii = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("has a host name that is not valid: " + host);
      }
      // IDN maps some names to another domain (ß.de → ss.de) and drops invisible characters: a
      // host that does not read back as written is refused rather than delivered elsewhere
      String written = host.toLowerCase(java.util.Locale.ROOT).replaceAll("[。．｡]", ".");
      if (!java.net.IDN.toUnicode(ascii, java.net.IDN.ALLOW_UNASSIGNED).equals(written)) {
        throw new IllegalArgumentException(
            "has a host name that cannot be written in ASCII unambiguously ("
                + host
                + " would become "
                + ascii
                + "); register the host in its ASCII (xn--…) form");
      }
      if (port != null && !port.matches("[0-9]{1,5}")) {
        throw new IllegalArgumentException("has a port that is not a number: " + port);
      }
      try {
        url =
            new URI(
                scheme.toLowerCase(java.util.Locale.ROOT)
                    + "://"
                    + ascii
                    + (port == null ? "" : ":" + port)
                    + (url.getRawPath() == null ? "" : url.getRawPath())
                    + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("has a host name that is not valid: " + host);
      }
      if (url.getHost() == null) {
        throw new IllegalArgumentException("has a host name that is not valid: " + host);
      }
    }
    if (url.getPort() == 0 || url.getPort() > 65535) {
      throw new IllegalArgumentException(
          "has port " + url.getPort() + "; a port is a number from 1 to 65535");
    }
    return url;
  }
}
