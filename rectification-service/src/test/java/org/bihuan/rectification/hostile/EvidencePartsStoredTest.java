package org.bihuan.rectification.hostile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of an evidence form the contract names are stored: descriptions of any script up to
 * their limit, escaped filenames, text content types holding tabs; a description of another media
 * type is refused naming it.
 */
@QuarkusTest
class EvidencePartsStoredTest extends EvidencePartsCase {

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
