package org.bihuan.rectification.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evidence uploads a hostile client sends (issue 10, items 4 and 10): broken multipart bodies are
 * 400 problem+json, not 500, and an uploaded page is never served back as a page of our origin.
 */
@QuarkusTest
class EvidenceHostileTest {

  private static final String UNIT = "党委办公室";
  private String ticketId;

  @BeforeEach
  void aTicket() {
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    ticketId =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body(
                """
                {"problemIds": ["%s"], "measure": "整改佐证", "responsibleUnits": [{"name": "%s"}],
                 "responsiblePerson": "张三", "timing": "DEADLINE", "deadline": "2099-06-30"}
                """
                    .formatted(problem, UNIT))
            .post("/api/v1/tickets")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  private static RequestSpecification reporter() {
    return given()
        .config(
            RestAssured.config()
                .httpClient(
                    HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")))
        .auth()
        .oauth2(Tokens.reporter("王五", UNIT));
  }

  private Response upload(String name, byte[] bytes, String type) {
    return reporter()
        .multiPart("file", name, bytes, type)
        .post("/api/v1/tickets/" + ticketId + "/evidence");
  }

  @Test
  void htmlEvidenceIsServedAsADownloadThatNoBrowserRuns() {
    byte[] page =
        "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
    String contentUrl =
        upload("整改报告.html", page, "text/html")
            .then()
            .statusCode(201)
            .body("mediaType", equalTo("text/html"))
            .extract()
            .path("contentUrl");
    Response download = given().auth().oauth2(Tokens.viewer()).get(contentUrl);
    download
        .then()
        .statusCode(200)
        .contentType("application/octet-stream")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", containsString("sandbox"))
        .header("Content-Disposition", containsString("attachment; filename=\"____.html\""))
        .header(
            "Content-Disposition",
            containsString("filename*=UTF-8''%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A.html"));
    assertArrayEquals(page, download.asByteArray());
  }

  @Test
  void svgAndJavaScriptAreNotServedAsThemselvesButPdfIs() {
    for (String[] c :
        new String[][] {
          {"图.svg", "image/svg+xml", "application/octet-stream"},
          {"脚本.js", "application/javascript", "application/octet-stream"},
          {"数据.xml", "application/xml", "application/octet-stream"},
          {"纪要.pdf", "application/pdf", "application/pdf"}
        }) {
      String url =
          upload(c[0], "x".getBytes(StandardCharsets.UTF_8), c[1])
              .then()
              .statusCode(201)
              .extract()
              .path("contentUrl");
      String served = given().auth().oauth2(Tokens.viewer()).get(url).contentType();
      assertTrue(served.startsWith(c[2]), c[0] + " served as " + served);
    }
  }

  @Test
  void truncatedOrGarbageMultipartBodiesAre400ProblemJson() {
    String boundary = "----bihuan";
    String[] bodies = {
      "--"
          + boundary
          + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
          + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 truncated",
      "garbage that is no multipart at all",
      "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"",
      "--" + boundary + "--\r\n",
      ""
    };
    for (String body : bodies) {
      given()
          .auth()
          .oauth2(Tokens.reporter("王五", UNIT))
          .contentType("multipart/form-data; boundary=" + boundary)
          .body(body.getBytes(StandardCharsets.ISO_8859_1))
          .post("/api/v1/tickets/" + ticketId + "/evidence")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("status", equalTo(400));
    }
    given()
        .auth()
        .oauth2(Tokens.reporter("王五", UNIT))
        .contentType("multipart/form-data")
        .body("no boundary".getBytes(StandardCharsets.US_ASCII))
        .post("/api/v1/tickets/" + ticketId + "/evidence")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void nulInTheFilenameOrDescriptionIsRefused() {
    upload("报告\u0000.pdf", "x".getBytes(StandardCharsets.UTF_8), "application/pdf")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("file"));
    reporter()
        .multiPart("file", "报告.pdf", "x".getBytes(StandardCharsets.UTF_8), "application/pdf")
        .multiPart("description", "说明\u0000")
        .post("/api/v1/tickets/" + ticketId + "/evidence")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("description"));
  }
}
