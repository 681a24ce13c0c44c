package org.bihuan.problem.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bihuan.testing.Tokens;

/** Short ways to set up data through the HTTP API, as a client would. */
public final class Api {

  private Api() {}

  public static RequestSpecification asAdmin() {
    return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
  }

  public static RequestSpecification asReporter() {
    return given().auth().oauth2(Tokens.reporter("王五", null)).contentType(ContentType.JSON);
  }

  public static RequestSpecification asViewer() {
    return given().auth().oauth2(Tokens.viewer());
  }

  /**
   * A request whose socket waits up to five minutes for the answer: an import's answer can list
   * 20,000 problems, and a cold first reading of a long document on a busy machine takes longer
   * than the client's default 30 s.
   */
  public static RequestSpecification patient() {
    return given()
        .config(
            RestAssuredConfig.config()
                .httpClient(
                    HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 300_000)));
  }

  /**
   * POST /sources/{a new source}/import?dryRun=true as a reporter: the answer's JSON text (200
   * asserted), waited for {@link #patient() patiently}.
   */
  public static String dryRun(String sourceTitle, byte[] body, String mediaType) {
    return dryRunAnswer(patient(), source(sourceTitle), body, mediaType)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /**
   * POST /sources/{sourceId}/import?dryRun=true as a reporter, sent with {@code request}: the
   * answer, whatever its status.
   */
  public static Response dryRunAnswer(
      RequestSpecification request, String sourceId, byte[] body, String mediaType) {
    return importAnswer(request.queryParam("dryRun", "true"), sourceId, body, mediaType);
  }

  /**
   * POST /sources/{sourceId}/import as a reporter, sent with {@code request} (a dry run when it
   * says so): the answer, whatever its status.
   */
  public static Response importAnswer(
      RequestSpecification request, String sourceId, byte[] body, String mediaType) {
    return request
        .auth()
        .oauth2(Tokens.reporter("导入人", null))
        .contentType(mediaType)
        .body(body)
        .post("/api/v1/sources/" + sourceId + "/import");
  }

  /**
   * PUTs problem {@code id} back as {@code view} (its GET) shows it — its source, categories, title
   * and description — and asserts 200: what an import stored, the service takes again.
   */
  public static void putBackUnchanged(String sourceId, String id, JsonPath view) {
    asAdmin()
        .header("If-Match", "\"" + view.getLong("version") + "\"")
        .body(
            Map.of(
                "sourceId", sourceId,
                "categoryPath", view.getList("categoryPath"),
                "title", view.getString("title"),
                "description", view.getString("description")))
        .put("/api/v1/problems/" + id)
        .then()
        .statusCode(200);
  }

  /**
   * An import's answer that was read whole (200), or stopped in time: 422 problem+json past the
   * read budget, or at a field longer than any stored.
   */
  public static void readOrStoppedInTime(Response answer) {
    answer.then().statusCode(anyOf(is(200), is(422)));
    if (answer.statusCode() == 422) {
      answer
          .then()
          .contentType("application/problem+json")
          .body("type", anyOf(endsWith("/import-too-slow"), endsWith("/import-field-too-long")));
    }
  }

  public static String source(String title) {
    return asAdmin()
        .body(
            """
            {"title": "%s", "kind": "MEETING", "organization": "党委", "heldOn": "2024-01-15"}
            """
                .formatted(title))
        .post("/api/v1/sources")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static String problemJson(
      String sourceId, List<String> categoryPath, String title, String externalRef) {
    return """
        {"sourceId": "%s", "categoryPath": [%s], "title": "%s", "description": "%s的详细说明"%s}
        """
        .formatted(
            sourceId,
            categoryPath.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",")),
            title,
            title,
            externalRef == null ? "" : ", \"externalRef\": \"" + externalRef + "\"");
  }

  public static String problem(String sourceId, List<String> categoryPath, String title) {
    return asReporter()
        .body(problemJson(sourceId, categoryPath, title, null))
        .post("/api/v1/problems")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /**
   * The feed's events about one resource, in feed order, as {@code {"events": [...]}}: the whole
   * feed is read page by page, so the answer does not depend on how many events other tests wrote
   * before.
   */
  public static io.restassured.path.json.JsonPath feedAbout(String resourceId) {
    java.util.List<Object> about = new java.util.ArrayList<>();
    long after = 0;
    while (true) {
      io.restassured.path.json.JsonPath page =
          asViewer()
              .queryParam("after", after)
              .queryParam("limit", 1000)
              .get("/api/v1/events")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<java.util.Map<String, Object>> events = page.getList("events");
      if (events.isEmpty()) {
        break;
      }
      for (java.util.Map<String, Object> e : events) {
        if (resourceId.equals(e.get("resourceId"))) {
          about.add(e);
        }
      }
      after = page.getLong("next");
    }
    try {
      return io.restassured.path.json.JsonPath.from(
          new com.fasterxml.jackson.databind.ObjectMapper()
              .writeValueAsString(java.util.Map.of("events", about)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
