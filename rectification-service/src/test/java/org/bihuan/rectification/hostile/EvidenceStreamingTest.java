package org.bihuan.rectification.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.bihuan.testing.RawHttp;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evidence uploads are read to temporary files, not memory (docs/decisions/0250): with an
 * Idempotency-Key the whole body was read into memory and copied three times more; the file was
 * stored from a byte array that Hibernate copied again. What is stored is the file byte for byte; a
 * retry with the same key and another boundary is a replay; a body over the limit is refused before
 * it is read; a cut-short body is a 400 and leaves no temporary file behind.
 */
@QuarkusTest
class EvidenceStreamingTest {

  private static final String UNIT = "机关党委";

  @TestHTTPResource("/")
  URL root;

  private String ticketId;

  @BeforeEach
  void aTicket() {
    ticketId = HostileFixtures.ticket(UNIT);
  }

  private static byte[] form(String boundary, String filename, byte[] file) {
    return HostileFixtures.form(boundary, filename, "application/octet-stream", file);
  }

  private HttpResponse<String> upload(String boundary, byte[] body, String key) throws Exception {
    return HostileFixtures.uploadEvidence(
        ticketId, UNIT, "multipart/form-data; boundary=" + boundary, body, key);
  }

  /**
   * The temporary files uploads with a key are spooled to, once the requests have completed (a file
   * is deleted when the request completes, which may follow its answer by a moment).
   */
  private static long spooledFiles() throws Exception {
    long left = 0;
    for (int i = 0; i < 50; i++) {
      try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
        left = files.filter(p -> p.getFileName().toString().startsWith("bihuan-upload-")).count();
      }
      if (left == 0) {
        return 0;
      }
      Thread.sleep(100);
    }
    return left;
  }

  @Test
  void anUploadWithAKeyIsStoredByteForByteAndItsRetryWithAnotherBoundaryIsAReplay()
      throws Exception {
    byte[] file = new byte[3 * 1024 * 1024 + 17];
    new Random(250).nextBytes(file);
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = upload("AaB03x", form("AaB03x", "现场照片.bin", file), key);
    assertEquals(201, first.statusCode(), first.body());
    HttpResponse<String> retry =
        upload("----retry7MA4YWxk", form("----retry7MA4YWxk", "现场照片.bin", file), key);
    assertEquals(201, retry.statusCode(), retry.body());
    assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
    byte[] other = file.clone();
    other[other.length / 2] ^= 1;
    HttpResponse<String> changed = upload("AaB03x", form("AaB03x", "现场照片.bin", other), key);
    assertEquals(422, changed.statusCode(), changed.body());

    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
    var listed =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/tickets/" + ticketId + "/evidence")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(1, listed.getList("items").size());
    assertEquals(sha, listed.getString("items[0].sha256"));
    assertEquals(file.length, listed.getLong("items[0].size"));
    byte[] stored =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get(
                "/api/v1/tickets/"
                    + ticketId
                    + "/evidence/"
                    + listed.getString("items[0].id")
                    + "/content")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertArrayEquals(file, stored);
    assertEquals(0, spooledFiles(), "the spooled bodies are deleted");
  }

  /**
   * Downloads are read a mebibyte at a time (docs/decisions/0258): twelve downloads at once of a
   * file of four chunks and a bit are each the exact bytes, with the exact Content-Length.
   */
  @Test
  void twelveDownloadsAtOnceOfAFileOfSeveralChunksAreEachExact() throws Exception {
    byte[] file = new byte[4 * 1024 * 1024 + 3];
    new Random(258).nextBytes(file);
    HttpResponse<String> stored = upload("AaB03x", form("AaB03x", "录像.bin", file), null);
    assertEquals(201, stored.statusCode(), stored.body());
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI content =
        URI.create(
            "http://localhost:"
                + RestAssured.port
                + HostileFixtures.firstEvidenceContent(ticketId));
    List<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> downloads =
        new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      // three viewers, four downloads each: as many as one caller may hold at once (0259)
      HttpRequest get =
          HttpRequest.newBuilder(content)
              .header(
                  "Authorization",
                  "Bearer " + Tokens.token("evidence-viewer-" + i / 4, "查看人", null, "viewer"))
              .build();
      downloads.add(client.sendAsync(get, HttpResponse.BodyHandlers.ofByteArray()));
    }
    for (var d : downloads) {
      HttpResponse<byte[]> r = d.get(60, java.util.concurrent.TimeUnit.SECONDS);
      assertEquals(200, r.statusCode());
      assertEquals(
          String.valueOf(file.length), r.headers().firstValue("Content-Length").orElse(""));
      assertArrayEquals(file, r.body());
    }
  }

  @Test
  void aCutShortBodyWithAKeyIs400AndLeavesNoFileBehind() throws Exception {
    byte[] whole = form("AaB03x", "报告.pdf", "%PDF-1.4 ".repeat(100_000).getBytes());
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 40);
    HttpResponse<String> answer = upload("AaB03x", cut, UUID.randomUUID().toString());
    assertEquals(400, answer.statusCode(), answer.body());
    assertTrue(answer.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    HostileFixtures.noneStored(ticketId, "evidence");
    assertEquals(0, spooledFiles(), "the spooled body is deleted");
  }

  /**
   * Ten uploads of the largest file at once, each with its own Idempotency-Key: each is stored or
   * refused 503 uploads-busy (four are read at once), none fails, and the service stays live. The
   * bodies are made as they are sent, so that only the service holds them; run with {@code
   * -DargLine=-Xmx384m} (run.sh's heap) this is what four keyed uploads at once used to exhaust.
   */
  @Test
  void tenMaximumUploadsAtOnceAreStoredOrRefusedAndTheServiceStaysLive() throws Exception {
    long max = 20L * 1024 * 1024;
    byte[] head =
        ("--AaB03x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"大.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\r\n--AaB03x--\r\n".getBytes(StandardCharsets.UTF_8);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent =
        new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      int seed = i;
      HttpRequest request =
          HostileFixtures.evidenceUpload(
              ticketId,
              UNIT,
              "multipart/form-data; boundary=AaB03x",
              HttpRequest.BodyPublishers.fromPublisher(
                  HttpRequest.BodyPublishers.ofInputStream(
                      () ->
                          new java.io.SequenceInputStream(
                              java.util.Collections.enumeration(
                                  java.util.List.of(
                                      new java.io.ByteArrayInputStream(head),
                                      new Filler(max, seed),
                                      new java.io.ByteArrayInputStream(tail))))),
                  head.length + max + tail.length),
              UUID.randomUUID().toString());
      sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    int stored = 0;
    for (var answer : sent) {
      HttpResponse<String> a = answer.get(5, java.util.concurrent.TimeUnit.MINUTES);
      assertTrue(a.statusCode() == 201 || a.statusCode() == 503, a.statusCode() + " " + a.body());
      stored += a.statusCode() == 201 ? 1 : 0;
    }
    assertTrue(stored >= 1, "at least one was stored");
    given().get("/q/health/live").then().statusCode(200);
    assertEquals(
        stored,
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/tickets/" + ticketId + "/evidence")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items")
            .size());
    assertEquals(0, spooledFiles(), "the spooled bodies are deleted");
  }

  /** {@code left} bytes made from a seed as they are read. */
  private static final class Filler extends java.io.InputStream {
    private long left;
    private final Random random;

    Filler(long bytes, int seed) {
      left = bytes;
      random = new Random(seed);
    }

    @Override
    public int read() {
      if (left <= 0) {
        return -1;
      }
      left--;
      return random.nextInt(256);
    }

    @Override
    public int read(byte[] buf, int off, int len) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      byte[] made = new byte[n];
      random.nextBytes(made);
      System.arraycopy(made, 0, buf, off, n);
      left -= n;
      return n;
    }
  }

  /**
   * A Content-Length over the body limit (21 MiB) is answered 413 problem+json from the head alone:
   * the body is never read, and the connection is closed.
   */
  @Test
  void aBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
    for (String key : new String[] {null, UUID.randomUUID().toString()}) {
      RawHttp.Answer answer =
          new RawHttp(root)
              .send(
                  "POST /api/v1/tickets/"
                      + ticketId
                      + "/evidence HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                      + Tokens.reporter("王五", UNIT)
                      + (key == null ? "" : "\r\nIdempotency-Key: " + key)
                      + "\r\nContent-Type: multipart/form-data; boundary=AaB03x"
                      + "\r\nContent-Length: "
                      + (40L * 1024 * 1024)
                      + "\r\n\r\n--AaB03x\r\n");
      RawHttp.problem(answer, 413);
      assertTrue(answer.closed(), answer.toString());
    }
    HostileFixtures.noneStored(ticketId, "evidence");
  }
}
