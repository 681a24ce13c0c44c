package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.testing.Tokens;

/** What the to-do tests read back: the to-do list as a caller sees it, and this service's feed. */
final class TodoFixtures {

  private TodoFixtures() {}

  /**
   * {@code GET /api/v1/todos} with {@code token} and the query given as name, value pairs (limit
   * 500): the items.
   */
  static List<Map<String, Object>> todos(String token, Object... query) {
    RequestSpecification r = given().auth().oauth2(token);
    for (int i = 0; i < query.length; i += 2) {
      r = r.queryParam((String) query[i], query[i + 1]);
    }
    return r.queryParam("limit", 500)
        .get("/api/v1/todos")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** The events of this service's feed after a position (up to 500), as a viewer reads them. */
  static List<Map<String, Object>> events(long after) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("after", after)
        .queryParam("limit", 500)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("events");
  }

  /** Every event of this service's feed after a position, page by page. */
  static List<Map<String, Object>> eventsSince(long after) {
    List<Map<String, Object>> events = new ArrayList<>();
    for (List<Map<String, Object>> page = events(after); !page.isEmpty(); ) {
      events.addAll(page);
      page = events(((Number) page.get(page.size() - 1).get("position")).longValue());
    }
    return events;
  }
}
