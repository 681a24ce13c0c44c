package org.bihuan.rectification.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An evidence file's name ends as Windows saves it (a trailing dot or space would be dropped, and
 * the file open as a type it was not checked as), and a file declared text is text in all its
 * bytes, not only in the first 8 KB. Each refusal stores nothing.
 */
@QuarkusTest
class EvidenceNameEndAndLateNulTest {

  private static final String UNIT = "办公室-名尾核验";
  private static final String BOUNDARY = "name-end-boundary";
  private static final ObjectMapper JSON = new ObjectMapper();
  private String ticketId;

  @BeforeEach
  void ticket() {
    ticketId = HostileFixtures.ticket(UNIT);
  }

  private HttpResponse<String> upload(String name, byte[] bytes, String type) throws Exception {
    return HostileFixtures.uploadEvidence(
        ticketId,
        UNIT,
        "multipart/form-data; boundary=" + BOUNDARY,
        HostileFixtures.form(BOUNDARY, name, type, bytes),
        null);
  }

  private static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        r.body());
    return JSON.readTree(r.body());
  }

  @Test
  void aNameEndingInADotOrASpaceIsRefusedNamingTheFile() throws Exception {
    byte[] notAPdf = "这不是PDF，是一段文字".getBytes(StandardCharsets.UTF_8);
    for (String name : new String[] {"a.pdf.", "a.pdf ", "整改报告.pdf.", "照片.jpg　"}) {
      JsonNode p = problem(upload(name, notAPdf, "application/octet-stream"), 400);
      assertEquals("file", p.path("errors").path(0).path("field").asText(), name);
      assertTrue(p.path("detail").asText().contains("dot or a space"), p.toString());
    }
    HostileFixtures.noneStored(ticketId, "evidence");
  }

  @Test
  void aTextFileWithANulByteAfterTheFirst8KbIsRefused() throws Exception {
    byte[] text = new byte[20_000];
    Arrays.fill(text, (byte) 'a');
    text[9000] = 0;
    JsonNode p = problem(upload("说明.txt", text, "text/plain"), 415);
    assertEquals("evidence-content-mismatch", p.path("type").asText().replaceAll(".*/", ""));
    assertEquals("BINARY", p.path("detected").asText());
    assertTrue(p.path("detail").asText().contains("「说明.txt」"), p.toString());
    HostileFixtures.noneStored(ticketId, "evidence");
  }

  @Test
  void theSameFilesNamedAndWrittenRightAreStored() throws Exception {
    byte[] text = new byte[20_000];
    Arrays.fill(text, (byte) 'a');
    assertEquals(201, upload("说明.txt", text, "text/plain").statusCode());
    assertEquals(
        201, upload("a.b.txt", "正文".getBytes(StandardCharsets.UTF_8), "text/plain").statusCode());
  }
}
