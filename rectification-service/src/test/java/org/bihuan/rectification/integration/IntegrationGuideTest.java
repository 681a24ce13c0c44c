package org.bihuan.rectification.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.GuideCurl;
import org.bihuan.testing.IntegrationGuide;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * docs/integration.md, copied in order as a new reader would, for rectification-service (:8082):
 * every curl command of the guide meant for this service answers 2xx with the guide's tokens and
 * the ids earlier answers gave; its table of this service's events is the catalogue.
 */
@QuarkusTest
class IntegrationGuideTest {

  @Test
  void theGuidesEventTableIsThisServicesCatalogue() throws Exception {
    IntegrationGuide.assertEventTableIsCatalogue("rectification-service");
  }

  @Test
  void everyRequestOfTheGuideForThisServiceAnswersAsTheGuideSays() throws Exception {
    Map<String, String> vars = new HashMap<>();
    vars.put("$TOKEN", Tokens.admin());
    // deploy/local/token.sh --role reporter --unit 党委办公室 --name 王五 / --role verifier --name 赵验收
    vars.put("$REP", Tokens.reporter("王五", "党委办公室"));
    vars.put("$VER", Tokens.verifier("赵验收"));
    String problemId = ProblemServiceStub.problem(UUID.randomUUID()).toString();
    int run = 0;
    for (IntegrationGuide.Request r : IntegrationGuide.requests()) {
      if (r.port() != 8082 || r.pathAndQuery().contains("/evidence")) {
        continue; // another service's, or a multipart upload (-F) that needs a file
      }
      java.net.http.HttpResponse<String> answer =
          GuideCurl.sendAnswered2xx(
              r,
              io.restassured.RestAssured.port,
              vars,
              r.body() == null ? null : r.body().replace("<problem id>", problemId));
      run++;
      io.restassured.path.json.JsonPath json =
          io.restassured.path.json.JsonPath.from(answer.body());
      if (r.method().equals("POST") && r.pathAndQuery().equals("/api/v1/tickets")) {
        vars.put("$T", json.getString("id"));
      }
      if (r.pathAndQuery().endsWith("/verify")) {
        assertEquals("VERIFIED", json.getString("status"));
      }
    }
    assertTrue(run >= 6, "requests of the guide run against rectification-service: " + run);
  }
}
