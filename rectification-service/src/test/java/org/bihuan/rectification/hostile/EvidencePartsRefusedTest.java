package org.bihuan.rectification.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evidence forms whose parts the contract does not allow are refused naming the part, and nothing
 * is stored.
 */
@QuarkusTest
class EvidencePartsRefusedTest extends EvidencePartsCase {
  private static final byte[] PDF = "%PDF-1.4 佐证".getBytes(StandardCharsets.UTF_8);

  @Test
  void theContractNamesExactlyThePartsWhichIsRequiredTheirTypesAndLimits() throws Exception {
    JsonNode doc =
        new ObjectMapper()
            .readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
    JsonNode post = doc.path("paths").path("/api/v1/tickets/{id}/evidence").path("post");
    JsonNode form = post.path("requestBody").path("content").path("multipart/form-data");
    JsonNode schema = form.path("schema");
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
      schema = doc.path("components").path("schemas").path(name);
    }
    List<String> names = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("file", "description"), names, schema.toString());
    assertEquals("[\"file\"]", schema.path("required").toString(), schema.toString());
    JsonNode file = schema.path("properties").path("file");
    assertEquals("string", file.path("type").asText(), file.toString());
    assertEquals("binary", file.path("format").asText(), file.toString());
    assertTrue(file.path("description").asText().contains("20 MB"), file.toString());
    JsonNode description = schema.path("properties").path("description");
    assertEquals("string", description.path("type").asText(), description.toString());
    assertEquals(1000, description.path("maxLength").asInt(), description.toString());
    assertEquals(
        "text/plain; charset=utf-8",
        form.path("encoding").path("description").path("contentType").asText(),
        form.toString());
    assertTrue(post.path("requestBody").path("required").asBoolean(), post.toString());
    for (String status : List.of("400", "413", "415")) {
      assertTrue(
          post.path("responses").path(status).path("content").has("application/problem+json"),
          status + ": " + post.path("responses"));
    }
  }

  @Test
  void aPartTheContractDoesNotNameIsRefusedNamingIt() {
    refused(
        post(
            reporter()
                .multiPart("file", "签到表.pdf", PDF, "application/pdf")
                .multiPart("remark", "附言")),
        "remark",
        "not a part of this form");
    refused(
        post(
            reporter()
                .multiPart("file", "签到表.pdf", PDF, "application/pdf")
                .multiPart("attachment", "照片.jpg", PDF, "image/jpeg")),
        "attachment",
        "not a part of this form");
  }

  /** A part's Content-Type is stored and served back: at most 255 characters (0229). */
  @Test
  void aFilesContentTypeOfTwentyThousandCharactersIsRefused() {
    refused(
        post(reporter().multiPart("file", "签到表.txt", PDF, "text/plain; x=" + "a".repeat(20_000))),
        "file",
        "Content-Type");
  }

  @Test
  void aDescriptionGivenTwiceIsRefused() {
    refused(
        post(
            reporter()
                .multiPart("file", "签到表.pdf", PDF, "application/pdf")
                .multiPart("description", "第一次")
                .multiPart("description", "第二次")),
        "description",
        "more than once");
  }

  @Test
  void aDescriptionSentAsAFileIsRefused() {
    refused(
        post(
            reporter()
                .multiPart("file", "签到表.pdf", PDF, "application/pdf")
                .multiPart(
                    "description", "说明.txt", "说明".getBytes(StandardCharsets.UTF_8), "text/plain")),
        "description",
        "not a file");
  }

  /** Held before this change too; kept here so the whole form is tested in one place. */
  @Test
  void aMissingEmptyOrUnnamedFileIs400AndABodyThatIsNoFormIs415() {
    refused(post(reporter().multiPart("description", "只有说明")), "file", "is required");
    refused(
        post(reporter().multiPart("file", "空.pdf", new byte[0], "application/pdf")),
        "file",
        "is empty");
    refused(post(reporter().multiPart("file", "不是文件")), "file", "must be a file part");
    reporter()
        .contentType(ContentType.JSON)
        .body("{\"file\": \"x\"}")
        .post("/api/v1/tickets/" + ticketId + "/evidence")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  /**
   * A description whose bytes are not UTF-8 (a lone surrogate, 0xFF, an overlong sequence) is
   * refused like a JSON body's, not stored with U+FFFD in place of what was sent.
   */
  @Test
  void aDescriptionThatIsNotUtf8IsRefused() {
    byte[][] broken = {
      {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'},
      {'a', (byte) 0xFF, 'b'},
      {'a', (byte) 0xC0, (byte) 0xAF, 'b'}
    };
    for (String headers : List.of("", "Content-Type: text/plain; charset=UTF-8\r\n")) {
      for (byte[] text : broken) {
        byte[] head =
            ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sign.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n"
                    + "--b\r\nContent-Disposition: form-data; name=\"description\"\r\n"
                    + headers
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + text.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(text, 0, body, head.length, text.length);
        System.arraycopy(tail, 0, body, head.length + text.length, tail.length);
        refused(
            post(reporter().contentType("multipart/form-data; boundary=b").body(body)),
            "description",
            "UTF-8");
      }
    }
  }
}
