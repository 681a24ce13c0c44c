package org.bihuan.problem.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
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
}
