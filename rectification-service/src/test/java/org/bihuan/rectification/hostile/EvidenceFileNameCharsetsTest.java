package org.bihuan.rectification.hostile;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An evidence file's name follows the rule every uploaded file's name follows (platform
 * UploadedFileNames, docs/decisions/0309): a percent-encoded UTF-8 filename and a filename* in GBK
 * or GB18030 are decoded; a filename* in a charset that is not supported, with no other name, is a
 * 400 problem+json, nothing stored.
 */
@QuarkusTest
class EvidenceFileNameCharsetsTest {

  private static final String UNIT = "党委办公室";
  private String ticketId;

  @BeforeEach
  void aTicket() {
    ticketId = HostileFixtures.ticket(UNIT);
  }

  private ValidatableResponse upload(String disposition) {
    byte[] body =
        ("--b\r\nContent-Disposition: form-data; name=\"file\"; "
                + disposition
                + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    return HostileFixtures.multipartReporter(UNIT)
        .contentType("multipart/form-data; boundary=b")
        .body(body)
        .post("/api/v1/tickets/" + ticketId + "/evidence")
        .then();
  }

  @Test
  void percentEncodedAndGbkNamesAreDecoded() {
    upload("filename=\"%E6%B8%85%E5%8D%95.pdf\"")
        .statusCode(201)
        .body("filename", equalTo("清单.pdf"));
    upload("filename*=GBK''%C7%E5%B5%A5.pdf").statusCode(201).body("filename", equalTo("清单.pdf"));
    upload("filename*=GB18030''%C7%E5%B5%A5.pdf")
        .statusCode(201)
        .body("filename", equalTo("清单.pdf"));
  }

  @Test
  void aCharsetThatIsNotSupportedIsRefused() {
    upload("filename*=X-NONE''%C7%E5.pdf").statusCode(400).contentType("application/problem+json");
    HostileFixtures.noneStored(ticketId, "evidence");
  }
}
