package org.bihuan.problem.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Errors that the HTTP layer produces before any resource runs are problem+json with a detail too
 * (issue 10, item 10): they used to be empty bodies.
 */
@QuarkusTest
class HttpLayerProblemsTest {

  @TestHTTPResource("/")
  URL root;

  private static void problem(ValidatableResponse r, int status) {
    r.statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("title", notNullValue())
        .body("detail", notNullValue());
  }

  @Test
  void ifMatchOnAGetThatDoesNotMatchIs412ProblemJson() {
    String id =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body("{\"title\": \"条件读取\", \"kind\": \"MEETING\"}")
            .post("/api/v1/sources")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    problem(
        given()
            .auth()
            .oauth2(Tokens.admin())
            .header("If-Match", "\"999\"")
            .get("/api/v1/sources/" + id)
            .then(),
        412);
  }

  @Test
  void unknownPathsUnderTheApiAre404ProblemJson() {
    problem(given().auth().oauth2(Tokens.admin()).get("/api/v1/no-such-thing").then(), 404);
    problem(given().auth().oauth2(Tokens.admin()).get("/api/v1/sources/a/b/c").then(), 404);
  }

  @Test
  void wrongMethodMediaTypeAndAcceptAreProblemJson() {
    problem(given().auth().oauth2(Tokens.admin()).delete("/api/v1/sources").then(), 405);
    problem(
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType("text/plain")
            .body("title")
            .post("/api/v1/sources")
            .then(),
        415);
    problem(
        given().auth().oauth2(Tokens.admin()).accept("image/png").get("/api/v1/sources").then(),
        406);
  }

  @Test
  void malformedAndEmptyJsonBodiesAre400ProblemJson() {
    problem(
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body("{\"title\": \"截断")
            .post("/api/v1/sources")
            .then(),
        400);
    problem(
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .post("/api/v1/sources")
            .then(),
        400);
  }

  @Test
  void bodyAboveTheLimitIs413ProblemJson() throws IOException {
    String answer =
        raw(
            "POST /api/v1/sources HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + Tokens.admin()
                + "\r\nContent-Type: application/json\r\nContent-Length: 999999999999\r\n\r\n{");
    rawProblem(answer, 413);
  }

  @Test
  void overlongUriWithinTheLineLimitIs414ProblemJson() throws IOException {
    String answer =
        raw(
            "GET /api/v1/sources?x="
                + "a".repeat(org.bihuan.platform.http.HttpLayerProblems.MAX_URI_LENGTH)
                + " HTTP/1.1\r\nHost: x\r\n\r\n");
    rawProblem(answer, 414);
  }

  private static void rawProblem(String answer, int status) {
    assertTrue(answer.startsWith("HTTP/1.1 " + status), answer);
    assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
    assertTrue(answer.contains("\"status\":" + status), answer);
  }

  private String raw(String request) throws IOException {
    try (Socket s = new Socket(root.getHost(), root.getPort())) {
      s.setSoTimeout(10_000);
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
          if (sb.indexOf("\r\n\r\n") > 0 && sb.indexOf("\"status\"") > 0) {
            break;
          }
        }
      } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
        // the server may close or keep the connection; what arrived is the answer
      }
      return sb.toString();
    }
  }
}
