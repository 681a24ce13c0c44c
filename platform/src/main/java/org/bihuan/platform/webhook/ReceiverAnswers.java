package org.bihuan.platform.webhook;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What a receiver's answer, or its silence, means for its operator, in the words the delivery log
 * shows: never only an exception's class name or a bare status.
 */
final class ReceiverAnswers {

  private ReceiverAnswers() {}

  /**
   * Why a delivery got no status, in words a receiver's operator acts on ("connection refused by
   * 127.0.0.1:9: nothing listens there"), never only an exception's class name.
   */
  static String whyNoAnswer(Throwable cause, URI url, Duration timeout) {
    String where =
        url.getHost()
            + ":"
            + (url.getPort() >= 0
                ? url.getPort()
                : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80);
    String detail = cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
    for (Throwable c = cause; c != null; c = c.getCause()) {
      if (c instanceof ReceiverAddresses.Refused) {
        return c.getMessage();
      }
      // the JDK's client reports a name that does not resolve as a ConnectException
      if (c instanceof java.net.UnknownHostException
          || c instanceof java.nio.channels.UnresolvedAddressException) {
        return "unknown host "
            + url.getHost()
            + ": the name does not resolve (check the URL or"
            + " this service's DNS)";
      }
    }
    if (cause instanceof java.net.http.HttpConnectTimeoutException) {
      return "no connection to " + where + " within " + timeout.toSeconds() + " s" + detail;
    }
    if (cause instanceof java.net.http.HttpTimeoutException) {
      return "no answer from " + where + " within " + timeout.toSeconds() + " s" + detail;
    }
    if (cause instanceof java.net.ConnectException) {
      return "connection refused by " + where + ": nothing listens there" + detail;
    }
    if (cause instanceof javax.net.ssl.SSLException) {
      return "TLS with " + where + " failed" + detail;
    }
    if (cause instanceof java.io.IOException) {
      return "the connection to " + where + " failed before an answer" + detail;
    }
    return "no answer from " + where + ": " + cause.getClass().getSimpleName() + detail;
  }

  /**
   * What an answer other than 2xx means for the receiver's operator, or null for a 2xx: redirects
   * are not followed, a refusal usually means a signature checked with another secret.
   */
  static String whyRefused(HttpResponse<?> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return null;
    }
    if (status >= 300 && status < 400) {
      return "redirects are not followed: register the URL the receiver redirects to"
          + response.headers().firstValue("Location").map(l -> " (" + l + ")").orElse("");
    }
    if (status == 401 || status == 403) {
      return "the receiver refused the delivery ("
          + status
          + "): check that it verifies the"
          + " signature with this webhook's secret";
    }
    if (status == 404 || status == 405) {
      return "the receiver has no such endpoint (" + status + "): check the URL";
    }
    if (status >= 500) {
      return "the receiver failed (" + status + ")";
    }
    return "the receiver answered " + status + "; only 2xx acknowledges a delivery";
  }
}
