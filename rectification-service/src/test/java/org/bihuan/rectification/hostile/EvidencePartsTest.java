package org.bihuan.rectification.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An evidence upload's parts are exactly what the contract says (issue 10, items 4 and 10): the
 * served OpenAPI document names the parts, which is required, their types and limits; a part it
 * does not name, a part given twice or a part of the wrong kind is a 400 problem+json naming the
 * part, and nothing is stored. They used to be ignored silently (201), and the contract listed a
 * part named "*".
 */
@QuarkusTest
class EvidencePartsTest {

  private static final String UNIT = "党委办公室";
  private static final byte[] PDF = "%PDF-1.4 佐证".getBytes(StandardCharsets.UTF_8);
  private String ticketId;

  @BeforeEach
  void aTicket() {
    ticketId = HostileFixtures.ticket(UNIT);
  }

  private static RequestSpecification reporter() {
    return HostileFixtures.multipartReporter(UNIT);
  }

  private ValidatableResponse post(RequestSpecification form) {
    return form.post("/api/v1/tickets/" + ticketId + "/evidence").then();
  }

  private void refused(ValidatableResponse r, String part, String says) {
    r.statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", contains(part))
        .body("errors[0].message", containsString(says));
    HostileFixtures.noneStored(ticketId, "evidence");
  }

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
   * A form written byte for byte: a file part, then a description part with the given header lines
   * (each ending in CRLF) and its text in UTF-8.
   */
  private ValidatableResponse postWithDescription(String headers, String text) {
    String body =
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sign.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"description\"\r\n"
            + headers
            + "\r\n"
            + text
            + "\r\n--b--\r\n";
    return post(
        reporter()
            .contentType("multipart/form-data; boundary=b")
            .body(body.getBytes(StandardCharsets.UTF_8)));
  }

  /** As curl -F sends them: the description without a Content-Type, its text in UTF-8. */
  @Test
  void theTwoPartsTheContractNamesAreStored() {
    postWithDescription("", "党委会签到表")
        .statusCode(201)
        .body("filename", equalTo("sign.pdf"))
        .body("mediaType", equalTo("application/pdf"))
        .body("size", equalTo(8))
        .body("description", equalTo("党委会签到表"));
  }

  /**
   * The contract's encoding of the description is text/plain in UTF-8; the charset may be left out,
   * and another one declared is honoured.
   */
  @Test
  void aDescriptionDeclaredAsPlainTextIsStored() {
    for (String type :
        List.of("text/plain", "text/plain; charset=UTF-8", "Text/Plain;charset=\"utf-8\"")) {
      postWithDescription("Content-Type: " + type + "\r\n", "党委会签到表")
          .statusCode(201)
          .body("description", equalTo("党委会签到表"));
    } // Generated clients label ASCII text ISO-8859-1: read in the charset it declares.
    postWithDescription("Content-Type: text/plain; charset=ISO-8859-1\r\n", "sign-in sheet")
        .statusCode(201)
        .body("description", equalTo("sign-in sheet"));
  }

  /**
   * One character over 1000 is refused, however text/plain is spelt; a description of 1000 Chinese
   * characters (3000 bytes) is stored, whether its part names its type or not.
   */
  @Test
  void aDescriptionHasAtMostAThousandCharactersOfAnyScript() {
    String longest = "说".repeat(1000);
    for (String type : List.of("text/plain", "Text/Plain")) {
      refused(
          postWithDescription("Content-Type: " + type + "\r\n", longest + "说"),
          "description",
          "at most 1000 characters");
    }
    for (String headers : List.of("", "Content-Type: text/plain; charset=UTF-8\r\n")) {
      postWithDescription(headers, longest).statusCode(201).body("description", equalTo(longest));
    }
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

  /**
   * A filename is read as RFC 7578 / 2183 write it (0257): a quoted-string's escaped quote is part
   * of the name, filename* (RFC 5987) comes first, a Windows path keeps only its base name, and a
   * control character is still refused.
   */
  @Test
  void quotedFilenamesAreReadWithTheirEscapesAndFilenameStarFirst() {
    String[][] cases = {
      {"filename=\"a\\\"; x=.html\"", "a\"; x=.html"},
      {"filename=\"a\\\\b.pdf\"", "b.pdf"},
      {"filename=\"C:\\Users\\x\\r.pdf\"", "r.pdf"},
      {
        "filename=\"x.pdf\"; filename*=UTF-8''%E6%95%B4%E6%94%B9%20%E6%8A%A5%E5%91%8A.pdf",
        "整改 报告.pdf"
      },
      {"filename*=utf-8'zh'%E6%8A%A5%E5%91%8A.pdf", "报告.pdf"},
      {"filename=plain.pdf", "plain.pdf"}
    };
    for (String[] c : cases) {
      byte[] body =
          ("--b\r\nContent-Disposition: form-data; name=\"file\"; "
                  + c[0]
                  + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n")
              .getBytes(StandardCharsets.UTF_8);
      post(reporter().contentType("multipart/form-data; boundary=b").body(body))
          .statusCode(201)
          .body("filename", equalTo(c[1]));
    }
    byte[] control =
        ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\\\"\u0007.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    post(reporter().contentType("multipart/form-data; boundary=b").body(control)).statusCode(400);
  }

  /** A description declared as another media type is no text field of this form: refused. */
  @Test
  void aDescriptionOfAnotherMediaTypeIsRefusedNamingIt() {
    for (String type :
        List.of(
            "application/octet-stream",
            "text/html",
            "text/html; charset=UTF-8",
            "application/json")) {
      refused(
          postWithDescription("Content-Type: " + type + "\r\n", "{\"note\": \"签到表\"}"),
          "description",
          "text/plain");
    }
    // Types the form parser itself cannot read: 400 before the parts are looked at.
    for (String type : List.of("text", "text/plain; charset=nonsense")) {
      postWithDescription("Content-Type: " + type + "\r\n", "签到表")
          .statusCode(400)
          .contentType("application/problem+json")
          .body("detail", containsString("Content-Type"));
      HostileFixtures.noneStored(ticketId, "evidence");
    }
  }

  /** A form whose file and description parts carry these Content-Type headers' bytes. */
  private ValidatableResponse postWithTypes(byte[] fileType, byte[] descriptionType) {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(
        ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sign.txt\"\r\n"
                + "Content-Type: ")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(fileType);
    body.writeBytes(
        "\r\n\r\n签到表\r\n--b\r\nContent-Disposition: form-data; name=\"description\"\r\n"
            .getBytes(StandardCharsets.UTF_8));
    if (descriptionType != null) {
      body.writeBytes("Content-Type: ".getBytes(StandardCharsets.UTF_8));
      body.writeBytes(descriptionType);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes("\r\n党委会签到表\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
    return post(reporter().contentType("multipart/form-data; boundary=b").body(body.toByteArray()));
  }

  /**
   * A part's Content-Type that is not text (bytes that are not UTF-8) is refused naming the part,
   * not stored with U+FFFD; the blanks HTTP allows in it (a tab before a parameter) are accepted
   * and written as one space (docs/decisions/0234).
   */
  @Test
  void aPartsContentTypeIsTextAndMayHoldTabs() {
    byte[] notText = "text/plain; x=?".getBytes(StandardCharsets.US_ASCII);
    notText[notText.length - 1] = (byte) 0xFF;
    byte[] plain = "text/plain".getBytes(StandardCharsets.US_ASCII);
    refused(postWithTypes(notText, null), "file", "not valid text");
    refused(postWithTypes(plain, notText), "description", "not valid text");
    byte[] tabbed = "text/plain;\tcharset=utf-8".getBytes(StandardCharsets.US_ASCII);
    String stored =
        postWithTypes(tabbed, tabbed)
            .statusCode(201)
            .body("description", equalTo("党委会签到表"))
            .extract()
            .path("mediaType");
    assertTrue(stored.startsWith("text/plain") && stored.contains("charset=utf-8"), stored);
    assertTrue(stored.indexOf('\t') < 0, stored);
  }
}
