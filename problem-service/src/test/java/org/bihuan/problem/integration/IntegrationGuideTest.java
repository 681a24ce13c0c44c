package org.bihuan.problem.integration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bihuan.testing.IntegrationGuide;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * docs/integration.md, copied in order as a new reader would, for problem-service (:8081): every
 * curl command of the guide meant for this service (but those needing a file or a ticket of the
 * other service) answers 2xx; its table of this service's events is the catalogue.
 */
@QuarkusTest
class IntegrationGuideTest {

  @Test
  void theGuidesEventTableIsThisServicesCatalogue() throws Exception {
    List<String> listed =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/webhooks/event-types")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("types.type");
    assertEquals(
        new TreeSet<>(listed), new TreeSet<>(IntegrationGuide.eventsOf("problem-service")));
  }

  @Test
  void everyRequestOfTheGuideForThisServiceAnswersAsTheGuideSays() throws Exception {
    String token = Tokens.admin();
    int run = 0;
    for (IntegrationGuide.Request r : IntegrationGuide.requests()) {
      if (r.port() != 8081
          || r.pathAndQuery().contains("$")
          || (r.body() != null && r.body().startsWith("@"))) {
        continue; // another service's, or one needing ids of the closed loop or a file
      }
      java.net.http.HttpResponse<String> answer =
          IntegrationGuide.send(
              r, io.restassured.RestAssured.port, Map.of("$TOKEN", token), r.body());
      assertTrue(
          answer.statusCode() / 100 == 2,
          r.method()
              + " "
              + r.pathAndQuery()
              + " answered "
              + answer.statusCode()
              + " "
              + answer.body());
      if (r.pathAndQuery().contains("externalRef=")) {
        assertEquals(
            1,
            io.restassured.path.json.JsonPath.from(answer.body()).getList("items").size(),
            "found by externalRef");
      }
      run++;
    }
    assertTrue(run >= 3, "requests of the guide run against problem-service: " + run);
  }
}
