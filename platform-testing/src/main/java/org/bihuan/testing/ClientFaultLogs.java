package org.bihuan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Client faults are logged at DEBUG, not at WARN or ERROR with a stack trace (docs/decisions/0244):
 * a client that hangs up in the middle of its body, resets its connection, breaks its chunk framing
 * or sends JSON that is not JSON. The records of the HTTP layer's loggers (Vert.x, Netty, Quarkus'
 * HTTP and REST layers, the platform's error and HTTP classes) are collected while such requests
 * are sent to a running service.
 */
public final class ClientFaultLogs {

  /** Loggers of the HTTP layer: a record at WARN or above from one of them is a failure here. */
  private static final List<String> HTTP_LAYER =
      List.of(
          "io.vertx",
          "io.netty",
          "io.quarkus.vertx.http",
          "io.quarkus.resteasy",
          "org.jboss.resteasy",
          "org.bihuan.platform.error",
          "org.bihuan.platform.http");

  private ClientFaultLogs() {}

  /**
   * Sends client faults to {@code path} (a POST taking JSON) with {@code token}, and asserts that
   * no logger of the HTTP layer logged at WARN or above meanwhile.
   */
  public static void assertClientFaultsLogQuietly(URL root, String path, String token)
      throws Exception {
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()
                && r.getLoggerName() != null
                && HTTP_LAYER.stream().anyMatch(r.getLoggerName()::startsWith)) {
              records.add(r);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger rootLogger = Logger.getLogger("");
    rootLogger.addHandler(handler);
    try {
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: application/json\r\n";
      // Hangs up in the middle of a body whose length it declared, then of a chunked one; then
      // resets the connection instead of closing it.
      hangUp(root, head + "Content-Length: 1000\r\n\r\n{\"title\": \"", false);
      hangUp(root, head + "Transfer-Encoding: chunked\r\n\r\n400\r\n{\"title\": \"", false);
      hangUp(root, head + "Content-Length: 1000\r\n\r\n{\"title\": \"", true);
      hangUp(root, head + "Transfer-Encoding: chunked\r\n\r\n400\r\n{\"title\": \"", true);
      // Headers the decoder cannot read: Content-Length no number, a control character.
      RawHttp.problem(new RawHttp(root).send(head + "Content-Length: abc\r\n\r\n"), 400);
      RawHttp.problem(new RawHttp(root).send(head + "X-A: a\u0001b\r\n\r\n"), 400);
      // Breaks the chunk framing; sends JSON that is not JSON.
      ChunkedBodies.assertBrokenChunksRefused(root, path, token);
      RawHttp.problem(
          new RawHttp(root)
              .send(head + "Content-Length: 9\r\nConnection: close\r\n\r\n{\"title\":"),
          400);
      Thread.sleep(1500); // the service notices the hang-ups
    } finally {
      rootLogger.removeHandler(handler);
    }
    List<String> loud = new ArrayList<>();
    for (LogRecord r : records) {
      loud.add(
          r.getLevel()
              + " "
              + r.getLoggerName()
              + ": "
              + r.getMessage()
              + (r.getThrown() == null ? "" : " — " + r.getThrown()));
    }
    assertEquals(List.of(), loud, "client faults logged above DEBUG:\n" + String.join("\n", loud));
  }

  private static void hangUp(URL root, String request, boolean reset) throws IOException {
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      try {
        Thread.sleep(300); // the service has begun to read the body
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (reset) {
        socket.setSoLinger(true, 0);
      }
    }
  }
}
