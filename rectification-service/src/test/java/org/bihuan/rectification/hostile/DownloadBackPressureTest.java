package org.bihuan.rectification.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.buffer.PooledByteBufAllocator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Evidence downloads are sent with back-pressure (docs/decisions/0259). Written from a worker
 * thread through an output stream, 24 downloads of a 9 MB file at once filled the service's 32 MB
 * of direct memory (one 500 OutOfMemoryError, others hung): the worker's writes were queued on the
 * event loop faster than the sockets took them. Here the clients open their downloads and do not
 * read: the direct memory the service holds grows by a few pieces per download, not by the file; a
 * download over the limit is refused 503 before anything is sent; a client that stops reading is
 * cut off after the stall timeout and its place is free again; every finished download is exact.
 */
@QuarkusTest
@TestProfile(DownloadBackPressureTest.Limits.class)
class DownloadBackPressureTest {

  private static final String UNIT = "机关党委";
  private static final int SIZE = 9 * 1024 * 1024 + 5;

  /**
   * Four downloads at once, two of them one caller's; a client that takes nothing for five seconds
   * is cut off.
   */
  public static class Limits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "bihuan.downloads.max-concurrent", "4",
          "bihuan.downloads.max-concurrent-per-caller", "2",
          "bihuan.downloads.stall-timeout-seconds", "5");
    }
  }

  /** A viewer of his own (the limits count per caller). */
  private static String viewer(int n) {
    return Tokens.token("download-viewer-" + n, "查看人" + n, null, "viewer");
  }

  private static byte[] file(int seed) {
    byte[] file = new byte[SIZE];
    new Random(seed).nextBytes(file);
    return file;
  }

  /** Uploads {@code file} as evidence of a new ticket; answers the content's path. */
  private static String stored(byte[] file) throws Exception {
    String ticketId = HostileFixtures.ticket(UNIT);
    HttpResponse<String> answer =
        HostileFixtures.uploadEvidence(
            ticketId,
            UNIT,
            "multipart/form-data; boundary=AaB03x",
            HostileFixtures.form("AaB03x", "录像.mp4", "video/mp4", file),
            null);
    assertEquals(201, answer.statusCode(), answer.body());
    return HostileFixtures.firstEvidenceContent(ticketId);
  }

  /** A download whose client reads nothing until asked to: its socket takes little. */
  private static final class Reader implements AutoCloseable {
    final Socket socket = new Socket();
    final InputStream in;
    final String head;

    Reader(String path) throws IOException {
      this(path, Tokens.viewer());
    }

    Reader(String path, String token) throws IOException {
      this(path, token, 8192);
    }

    /** {@code receiveBuffer} 0: the system's own (grown as the client reads). */
    Reader(String path, String token, int receiveBuffer) throws IOException {
      if (receiveBuffer > 0) {
        socket.setReceiveBufferSize(receiveBuffer);
      }
      socket.connect(new java.net.InetSocketAddress("localhost", RestAssured.port));
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + path
                      + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                      + token
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      in = socket.getInputStream();
      StringBuilder h = new StringBuilder();
      while (!h.toString().endsWith("\r\n\r\n")) {
        int c = in.read();
        if (c < 0) {
          break;
        }
        h.append((char) c);
      }
      head = h.toString();
    }

    int status() {
      return Integer.parseInt(head.substring(9, 12));
    }

    /** The rest of the body, to the end of the connection. */
    byte[] rest() throws IOException {
      return in.readAllBytes();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  /**
   * Whether this machine's TCP table has the service's end of an established connection to the
   * client's {@code clientPort} (Linux, /proc/net/tcp and tcp6: local address, remote address,
   * state 01 = ESTABLISHED).
   */
  private static boolean serverHolds(int clientPort) throws IOException {
    Path tcp = Path.of("/proc/net/tcp");
    assumeTrue(Files.isReadable(tcp), "the service's sockets are read from Linux's /proc/net/tcp");
    String server = String.format(":%04X", RestAssured.port);
    String client = String.format(":%04X", clientPort);
    for (Path table : List.of(tcp, Path.of("/proc/net/tcp6"))) {
      if (!Files.isReadable(table)) {
        continue;
      }
      for (String line : Files.readAllLines(table)) {
        String[] f = line.trim().split("\\s+");
        if (f.length > 3 && f[1].endsWith(server) && f[2].endsWith(client) && f[3].equals("01")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The direct memory Netty's pooled allocator holds: what the service's HTTP layer writes with
   * (its chunks are what filled run.sh's 32 MB).
   */
  private static long directBytes() {
    return PooledByteBufAllocator.DEFAULT.metric().usedDirectMemory();
  }

  @Test
  void downloadsOverTheLimitAre503AndTheOthersAreExactAndHoldLittleDirectMemory() throws Exception {
    byte[] file = file(259);
    String path = stored(file);
    // one download first, so that the pools the server uses are made before the measure
    given().auth().oauth2(Tokens.viewer()).get(path).then().statusCode(200);
    System.gc();
    long before = directBytes();

    List<Reader> open = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        Reader r = new Reader(path, viewer(i / 2)); // two callers, two downloads each
        assertEquals(200, r.status(), r.head);
        assertTrue(r.head.contains("Content-Length: " + SIZE), r.head);
        open.add(r);
      }
      Thread.sleep(1000); // the server writes what the sockets take, then waits
      long grown = directBytes() - before;
      assertTrue(
          grown < 2L * 1024 * 1024,
          "four stalled downloads of 9 MiB hold " + grown + " bytes of direct memory");

      // a caller who holds his share is refused as himself, before the service's places count
      try (Reader third = new Reader(path, viewer(0))) {
        assertEquals(429, third.status(), third.head);
        assertTrue(third.head.contains("application/problem+json"), third.head);
        assertTrue(third.head.contains("Retry-After: 5"), third.head);
        assertTrue(new String(third.rest(), StandardCharsets.UTF_8).contains("too-many-downloads"));
      }
      try (Reader over = new Reader(path, viewer(2))) {
        assertEquals(503, over.status(), over.head);
        assertTrue(over.head.contains("application/problem+json"), over.head);
        assertTrue(over.head.contains("Retry-After: 5"), over.head);
        assertTrue(new String(over.rest(), StandardCharsets.UTF_8).contains("downloads-busy"));
      }

      for (Reader r : open) {
        assertArrayEquals(file, r.rest());
      }
    } finally {
      for (Reader r : open) {
        r.close();
      }
    }
    // every place is free again: four more at once are served
    List<Reader> again = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        again.add(new Reader(path, viewer(i / 2)));
        assertEquals(200, again.get(i).status(), again.get(i).head);
      }
      for (Reader r : again) {
        assertArrayEquals(file, r.rest());
      }
    } finally {
      for (Reader r : again) {
        r.close();
      }
    }
  }

  @Test
  void aClientThatStopsReadingIsCutOffAndItsPlaceIsFreed() throws Exception {
    byte[] file = file(260);
    String path = stored(file);
    List<Reader> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        stalled.add(new Reader(path, viewer(i / 2)));
        assertEquals(200, stalled.get(i).status(), stalled.get(i).head);
        assertTrue(serverHolds(stalled.get(i).socket.getLocalPort()), "the download's connection");
      }
      Thread.sleep(8000); // five seconds of stall and some
      for (Reader r : stalled) {
        // on the service's side the connection is gone before the client reads again: not held
        // with its queued pieces until the client takes them
        assertFalse(
            serverHolds(r.socket.getLocalPort()),
            "the service still holds a stalled client's connection after the stall timeout");
      }
      for (Reader r : stalled) {
        // the server let go of the connection when the stall timed out: what the client reads now
        // is what was already on its way, then a reset — not the rest of the queue and an end
        // that only came because the client read again
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        assertThrows(
            SocketException.class,
            () -> r.in.transferTo(got),
            "a stalled client's connection was still open after the stall timeout");
        assertTrue(
            got.size() < SIZE,
            "a stalled client got " + got.size() + " bytes of " + SIZE + ": it was not cut off");
      }
    } finally {
      for (Reader r : stalled) {
        r.close();
      }
    }
    byte[] whole =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertArrayEquals(file, whole);
  }

  /**
   * A client that reads slowly but steadily (160 KB/s, default socket buffers) gets the whole file:
   * its progress restarts the stall timer (docs/decisions/0271). Before, the service's socket
   * buffer grew to megabytes and took more bytes only once a third of it had been read, more than
   * the stall timeout apart at this rate, and the download was cut off as stalled.
   */
  @Test
  void aSlowButSteadyReaderGetsTheWholeFile() throws Exception {
    byte[] file = file(262);
    String path = stored(file);
    try (Reader r = new Reader(path, viewer(7), 0)) {
      assertEquals(200, r.status(), r.head);
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      byte[] piece = new byte[16 * 1024];
      long started = System.nanoTime();
      try {
        for (int n; (n = r.in.read(piece)) >= 0; ) {
          got.write(piece, 0, n);
          long due = started + got.size() * 1_000_000_000L / (160 * 1024);
          long wait = (due - System.nanoTime()) / 1_000_000L;
          if (wait > 0) {
            Thread.sleep(wait);
          }
        }
      } catch (SocketException cut) {
        // asserted below
      }
      assertEquals(SIZE, got.size(), "a slow but steady reader was cut off");
      assertArrayEquals(file, got.toByteArray());
    }
  }

  @Test
  void headsTakeNoPlace() throws Exception {
    byte[] file = file(261);
    String path = stored(file);
    for (int i = 0; i < 6; i++) {
      given()
          .auth()
          .oauth2(Tokens.viewer())
          .head(path)
          .then()
          .statusCode(200)
          .header("Content-Length", String.valueOf(SIZE));
    }
    List<Reader> open = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        open.add(new Reader(path, viewer(i / 2)));
        assertEquals(200, open.get(i).status(), open.get(i).head);
      }
      for (Reader r : open) {
        assertArrayEquals(file, r.rest());
      }
    } finally {
      for (Reader r : open) {
        r.close();
      }
    }
  }
}
