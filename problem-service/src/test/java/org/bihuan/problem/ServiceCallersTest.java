package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.testing.ServiceCallerTable;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Which service callers each route of problem-service opens to (docs/decisions/0217, 0168): every
 * operation of the served contract × every trusted caller's service token. One problem is read by
 * rectification-service only (its recheck of a ticket's problems), the change feed by both services
 * that follow it; every other cell is 403 problem+json.
 */
@QuarkusTest
class ServiceCallersTest {

  @RectificationStub.Stub WireMockServer rectification;

  @TestHTTPResource("/")
  URL root;

  @Test
  void reportServicesKeyReadsNoProblemButRectificationServicesDoes() {
    String source = org.bihuan.problem.support.Api.source("服务调用方");
    String problem = org.bihuan.problem.support.Api.problem(source, List.of(), "只给整改服务读的问题");
    given()
        .auth()
        .oauth2(Tokens.service("report-service", "problem-service"))
        .get("/api/v1/problems/" + problem)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("serviceCaller", org.hamcrest.Matchers.equalTo("report-service"));
    given()
        .auth()
        .oauth2(Tokens.service("rectification-service", "problem-service"))
        .get("/api/v1/problems/" + problem)
        .then()
        .statusCode(200);
  }

  @Test
  void eachRouteOpensOnlyToTheServiceCallersItNames() throws Exception {
    Map<String, Set<String>> table =
        Map.of(
            "GET /api/v1/events", Set.of("report-service", "rectification-service"),
            "GET /api/v1/problems/{id}", Set.of("rectification-service"));
    assertEquals(
        List.of(),
        ServiceCallerTable.mismatches(
            root.toURI(),
            "problem-service",
            List.of("report-service", "rectification-service"),
            table));
  }
}
