package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.testing.Tokens;

/** A ticket as the ticket tests read it, and the check that its history is chained. */
final class TicketSteps {

  static JsonPath get(String id) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Each entry starts in the state the previous one ended in; ids only grow. */
  static void assertChained(JsonPath history) {
    List<Map<String, Object>> items = history.getList("items");
    long lastId = -1;
    Object lastTo = null;
    for (Map<String, Object> h : items) {
      long hid = ((Number) h.get("id")).longValue();
      assertTrue(hid > lastId, "history ids grow: " + items);
      if (lastId >= 0) {
        assertEquals(lastTo, h.get("from"), "history is chained: " + items);
      }
      lastId = hid;
      lastTo = h.get("to");
    }
  }
}
