package org.bihuan.problem.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.bihuan.testing.GuideCurl;
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
    IntegrationGuide.assertEventTableIsCatalogue("problem-service");
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
          GuideCurl.sendAnswered2xx(
              r, io.restassured.RestAssured.port, Map.of("$TOKEN", token), r.body());
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
