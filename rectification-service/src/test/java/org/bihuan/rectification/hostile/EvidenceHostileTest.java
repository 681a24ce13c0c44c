package org.bihuan.rectification.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

  @TestHTTPResource("/")
  URL root;

  @Test
  void filenamesThatAreNoNameAreRefusedAndAPathKeepsItsLastSegment() {
    byte[] bytes = "佐证".getBytes(StandardCharsets.UTF_8);
    for (String name : List.of(".", "..", "a/..", "../", "C:\\x\\..", "...")) {
      upload(name, bytes, "text/plain")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("file"));
    }
    upload("../../etc/学习记录.txt", bytes, "text/plain")
        .then()
        .statusCode(201)
        .body("filename", equalTo("学习记录.txt"));
    upload("C:\\Users\\王五\\签到表.pdf", EvidenceSamples.pdf(), "application/pdf")
        .then()
        .statusCode(201)
        .body("filename", equalTo("签到表.pdf"));
    upload("a/b", bytes, "text/plain").then().statusCode(201).body("filename", equalTo("b"));
  }

  @Test
  void twoFilePartsAreRefusedNamingThePart() {
    reporter()
        .multiPart("file", "一.txt", "一".getBytes(StandardCharsets.UTF_8), "text/plain")
        .multiPart("file", "二.txt", "二".getBytes(StandardCharsets.UTF_8), "text/plain")
        .post("/api/v1/tickets/" + ticketId + "/evidence")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("file"));
    HostileFixtures.noneStored(ticketId, "evidence");
  }

  @Test
  void transferCodingsOtherThanChunkedAreRefusedNotSmuggled() throws Exception {
    String token = Tokens.reporter("王五", UNIT);
    for (String coding : List.of("gzip", "gzip, chunked", "identity")) {
      String answer =
          raw(
              "POST /api/v1/tickets/"
                  + ticketId
                  + "/evidence HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: "
                  + coding
                  + "\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
                  + "GET /api/v1/tickets/"
                  + ticketId
                  + " HTTP/1.1\r\nHost: x\r\n\r\n");
      assertTrue(answer.startsWith("HTTP/1.1 501") || answer.startsWith("HTTP/1.1 400"), answer);
      assertTrue(answer.toLowerCase().contains("application/problem+json"), coding + ": " + answer);
      assertTrue(!answer.contains("HTTP/1.1 200") && !answer.contains("HTTP/1.1 401"), answer);
    }
  }

  private String raw(String request) throws java.io.IOException {
    try (Socket s = new Socket(root.getHost(), root.getPort())) {
      s.setSoTimeout(5_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] buf = new byte[8192];
      StringBuilder sb = new StringBuilder();
      int n;
      try {
        while ((n = in.read(buf)) > 0) {
          sb.append(new String(buf, 0, n, StandardCharsets.UTF_8));
        }
      } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
        // what arrived before the server closed (or went quiet) is the answer
      }
      return sb.toString();
    }
  }

  @BeforeEach
  void aTicket() {
    ticketId = HostileFixtures.ticket(UNIT);
  }

  private static RequestSpecification reporter() {
    return HostileFixtures.multipartReporter(UNIT);
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
  void onlySafeTypesAreServedAsThemselvesEveryOtherAsOctetStream() {
    for (String[] c :
        new String[][] {
          {"图.svg", "image/svg+xml", "application/octet-stream"},
          {"脚本.js", "application/javascript", "application/octet-stream"},
          {"数据.xml", "application/xml", "application/octet-stream"},
          {"纪要.pdf", "application/pdf", "application/pdf"},
          // Only types of the safe list are served as themselves (0257).
          {"流.bin", "multipart/x-mixed-replace; boundary=z", "application/octet-stream"},
          {"程序.exe", "application/x-msdownload", "application/octet-stream"},
          {"页.xht", "application/xhtml+xml", "application/octet-stream"},
          {"事件.txt", "text/event-stream", "application/octet-stream"},
          {"现场.png", "image/png", "image/png"},
          {"现场.jpg", "IMAGE/JPEG", "image/jpeg"},
          {
            "台账.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          },
          {"说明.txt", "text/plain; charset=utf-8", "text/plain; charset=UTF-8"},
          {"清单.csv", "text/csv", "text/csv"},
          {"附件.zip", "application/zip", "application/zip"}
        }) {
      String url =
          upload(c[0], EvidenceSamples.forName(c[0]), c[1])
              .then()
              .statusCode(201)
              .extract()
              .path("contentUrl");
      Response served = given().auth().oauth2(Tokens.viewer()).get(url);
      assertEquals(c[2], served.contentType(), c[0] + " (" + c[1] + ")");
      assertEquals("nosniff", served.header("X-Content-Type-Options"));
      assertTrue(served.header("Content-Disposition").startsWith("attachment;"), c[0]);
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
