package org.bihuan.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The request examples of one operation as the running service serves them at {@code /q/openapi}:
 * what a reader of the contract copies first, so a test can send them and expect them to work.
 */
public final class ServedExamples {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServedExamples() {}

  /** The JSON request examples of {@code method path}, each as a body to send. */
  public static List<String> requestBodies(String path, String method) throws IOException {
    JsonNode api =
        JSON.readTree(
            given()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    JsonNode examples =
        api.path("paths")
            .path(path)
            .path(method.toLowerCase(java.util.Locale.ROOT))
            .path("requestBody")
            .path("content")
            .path("application/json")
            .path("examples");
    List<String> bodies = new ArrayList<>();
    examples.forEach(e -> bodies.add(e.path("value").toString()));
    if (bodies.isEmpty()) {
      throw new AssertionError("no request example for " + method + " " + path);
    }
    return bodies;
  }

  /**
   * POSTs every served JSON request example of {@code path} with the token; each must answer
   * status.
   */
  public static void postEachExpecting(String path, String token, int status) throws IOException {
    for (String example : requestBodies(path, "POST")) {
      given()
          .auth()
          .oauth2(token)
          .contentType("application/json")
          .body(example)
          .post(path)
          .then()
          .statusCode(status);
    }
  }
}
