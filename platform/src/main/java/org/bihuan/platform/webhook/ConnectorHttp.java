package org.bihuan.platform.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP calls of a connector's kind: JSON in UTF-8, redirects not followed, each call bounded by
 * the send timeout, and at most {@link #MAX_ANSWER} bytes of an answer read (a receiver cannot hold
 * a delivery or fill the memory with its body).
 */
public final class ConnectorHttp {

  static final int MAX_ANSWER = 64 * 1024;

  /** An answer: its status and (the first {@link #MAX_ANSWER} bytes of) its body. */
  public record Answer(int status, String body) {
    public boolean success() {
      return status >= 200 && status < 300;
    }
  }

  private final HttpClient client;
  private final Duration timeout;
  private final ReceiverAddresses addresses;

  /**
   * Calls through this client, each bounded by the timeout, none to an address {@code addresses}
   * refuses (a connector test may make its own).
   */
  public ConnectorHttp(HttpClient client, Duration timeout, ReceiverAddresses addresses) {
    this.client = client;
    this.timeout = timeout;
    this.addresses = addresses;
  }

  public Answer postJson(URI url, String body, String... headers) throws IOException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "bihuan-connectors/1")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return call(b, headers);
  }

  public Answer putJson(URI url, String body, String... headers) throws IOException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "bihuan-connectors/1")
            .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return call(b, headers);
  }

  /** A POST whose request is all in its headers (a handshake's), with no body. */
  public Answer post(URI url, String... headers) throws IOException {
    return call(
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("User-Agent", "bihuan-connectors/1")
            .POST(HttpRequest.BodyPublishers.noBody()),
        headers);
  }

  public Answer get(URI url, String... headers) throws IOException {
    return call(
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("User-Agent", "bihuan-connectors/1")
            .GET(),
        headers);
  }

  private Answer call(HttpRequest.Builder b, String... headers) throws IOException {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    HttpRequest request = b.build();
    // before every call: the base URL's name may resolve elsewhere than at registration (0234)
    addresses.check(request.uri());
    try {
      return client
          .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
          .thenApply(
              r -> {
                try (InputStream in = r.body()) {
                  return new Answer(
                      r.statusCode(),
                      new String(in.readNBytes(MAX_ANSWER), StandardCharsets.UTF_8));
                } catch (IOException e) {
                  return new Answer(r.statusCode(), "");
                }
              })
          .get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
    } catch (TimeoutException e) {
      throw new java.net.http.HttpTimeoutException(
          "no answer within " + timeout.toSeconds() + " s");
    }
  }
}
