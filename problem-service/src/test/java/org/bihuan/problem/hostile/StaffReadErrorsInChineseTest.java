package org.bihuan.problem.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.http.HttpLayerProblems;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The problem+json answers staff meet through their OA system — the HTTP layer's (413 for a body
 * too large, 414, 431, 501, a Content-Length that is no number) and the resources' common ones
 * (401, 403, 404, 405, 406, 415, malformed JSON) — carry a title and a detail in Chinese, their
 * type and status unchanged (0334). Each answer is walked; one whose title or detail has no Chinese
 * fails.
 */
@QuarkusTest
class StaffReadErrorsInChineseTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/")
  URL root;

  @Test
  void everyCommonRefusalHasAChineseTitleAndDetail() throws IOException {
    String source =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body("{\"title\": \"上传过大的来源\", \"kind\": \"MEETING\"}")
            .post("/api/v1/sources")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    answers.put("401 without a token", body(given().get("/api/v1/sources"), 401));
    answers.put(
        "403 a viewer's write",
        body(
            given()
                .auth()
                .oauth2(Tokens.viewer())
                .contentType(ContentType.JSON)
                .body("{\"title\": \"无权\", \"kind\": \"MEETING\"}")
                .post("/api/v1/sources"),
            403));
    answers.put(
        "404 an unknown path",
        body(given().auth().oauth2(Tokens.admin()).get("/api/v1/no-such-thing"), 404));
    answers.put(
        "404 an unknown source",
        body(
            given()
                .auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/sources/00000000-0000-0000-0000-000000000000"),
            404));
    answers.put(
        "405 a method the resource has not",
        body(given().auth().oauth2(Tokens.admin()).delete("/api/v1/sources"), 405));
    answers.put(
        "406 an Accept nothing answers",
        body(
            given().auth().oauth2(Tokens.admin()).accept("image/png").get("/api/v1/sources"), 406));
    answers.put(
        "415 a body that is not JSON",
        body(
            given()
                .auth()
                .oauth2(Tokens.admin())
                .contentType("text/csv")
                .body("title")
                .post("/api/v1/sources"),
            415));
    answers.put(
        "400 malformed JSON",
        body(
            given()
                .auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"title\": \"截断")
                .post("/api/v1/sources"),
            400));
    answers.put(
        "413 an upload too large",
        raw(
            "POST /api/v1/sources/"
                + source
                + "/import HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + Tokens.admin()
                + "\r\nContent-Type: application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document\r\nContent-Length: 999999999\r\n\r\nPK",
            413));
    answers.put(
        "414 a URI too long",
        raw(
            "GET /api/v1/sources?x="
                + "a".repeat(HttpLayerProblems.MAX_URI_LENGTH)
                + " HTTP/1.1\r\nHost: x\r\n\r\n",
            414));
    answers.put(
        "431 headers too large",
        raw(
            "GET /api/v1/sources HTTP/1.1\r\nHost: x\r\nX-Padding: "
                + "a".repeat(HttpLayerProblems.MAX_HEADER_BYTES)
                + "\r\n\r\n",
            431));
    answers.put(
        "501 a transfer coding not served",
        raw(
            "POST /api/v1/sources HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
            501));
    answers.put(
        "400 a Content-Length that is no number",
        raw(
            "POST /api/v1/sources HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: -5\r\n\r\n",
            400));

    List<String> english = new ArrayList<>();
    answers.forEach(
        (what, problem) -> {
          for (String member : List.of("title", "detail")) {
            String text = problem.path(member).asText("");
            if (!han(text)) {
              english.add(what + ": " + member + " \"" + text + "\"");
            }
          }
          assertTrue(problem.path("type").asText().startsWith("/problems/"), what + ": " + problem);
        });
    assertTrue(english.isEmpty(), "answers without Chinese:\n" + String.join("\n", english));
  }

  private static boolean han(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static JsonNode body(Response r, int status) throws IOException {
    assertEquals(status, r.statusCode(), r.asString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    JsonNode problem = JSON.readTree(r.asString());
    assertEquals(status, problem.path("status").asInt(), problem.toString());
    return problem;
  }

  /** A request written on a socket as given; the problem document it is answered with. */
  private JsonNode raw(String request, int status) throws IOException {
    String answer;
    try (Socket s = new Socket(root.getHost(), root.getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      try {
        while ((n = in.read(buf)) > 0) {
          got.write(buf, 0, n);
          String sofar = got.toString(StandardCharsets.UTF_8);
          int head = sofar.indexOf("\r\n\r\n");
          if (head > 0 && sofar.trim().endsWith("}")) {
            break;
          }
        }
      } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
        // the server may close the connection; what arrived is the answer
      }
      answer = got.toString(StandardCharsets.UTF_8);
    }
    assertTrue(answer.startsWith("HTTP/1.1 " + status), answer);
    assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
    return JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
  }
}
