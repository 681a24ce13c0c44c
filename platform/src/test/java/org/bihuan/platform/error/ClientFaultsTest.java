package org.bihuan.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.handler.codec.DecoderException;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What the client caused is told from what the service did (docs/decisions/0244). */
class ClientFaultsTest {

  @Test
  void aHangUpAResetOrBrokenFramingIsTheClientsDoing() {
    assertTrue(ClientFaults.isClientFault(new ClosedChannelException()));
    assertTrue(ClientFaults.isClientFault(new HttpClosedException("closed")));
    assertTrue(ClientFaults.isClientFault(new VertxException("Connection was closed", true)));
    assertTrue(
        ClientFaults.isClientFault(
            new UncheckedIOException(new IOException("Connection reset by peer"))));
    assertTrue(ClientFaults.isClientFault(new RuntimeException(new IOException("Broken pipe"))));
    assertTrue(ClientFaults.isClientFault(new DecoderException("invalid chunk size")));
    assertTrue(
        ClientFaults.isClientFault(
            new IOException("InputStream.read() returned 0 characters when trying to read 8000")));
    IllegalArgumentException decoded = new IllegalArgumentException("not a number: abc");
    decoded.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("io.vertx.core.http.impl.HttpUtils", "x", "HttpUtils.java", 1),
          new StackTraceElement("io.vertx.core.http.impl.HttpUtils", "y", "HttpUtils.java", 2),
          new StackTraceElement(
              "io.netty.handler.codec.http.HttpObjectDecoder", "x", "HttpObjectDecoder.java", 1)
        });
    assertTrue(ClientFaults.isClientFault(decoded));
  }

  @Test
  void aFailureOfTheServiceIsNot() {
    assertFalse(ClientFaults.isClientFault(new IllegalStateException("Connection was closed")));
    assertFalse(ClientFaults.isClientFault(new SQLException("relation does not exist")));
    assertFalse(ClientFaults.isClientFault(new IOException("No space left on device")));
    assertFalse(ClientFaults.isClientFault(new NullPointerException()));
    assertFalse(ClientFaults.isClientFault(new IllegalArgumentException("ours")));
  }

  @Test
  void theMappingAnswersAHangUp400AndAFailureOfOurs500() {
    ProblemMapping mapping = new ProblemMapping();
    Response hangUp = mapping.anything(new VertxException("Connection was closed", true));
    assertEquals(400, hangUp.getStatus());
    Response ours = mapping.anything(new IllegalStateException("a bug"));
    assertEquals(500, ours.getStatus());
  }
}
