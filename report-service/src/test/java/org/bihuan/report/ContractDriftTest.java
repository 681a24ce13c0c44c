package org.bihuan.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.bihuan.testing.CommittedContract;
import org.bihuan.testing.ContractUsability;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document is the committed one (src/main/openapi/openapi.yaml). */
@QuarkusTest
class ContractDriftTest {

  @Test
  void servedContractIsTheCommittedOne() throws Exception {
    CommittedContract.assertServedMatchesCommitted("report-service");
  }

  @Test
  void committedContractHasNoCircularRefsSoThirdPartyToolsLoadIt() throws Exception {
    ContractUsability.assertNoCircularRefs(ContractUsability.committed());
  }

  @Test
  void aQueryParameterTheServiceRequiresIsDeclaredRequired() throws Exception {
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/breakdown")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    JsonNode by = null;
    for (JsonNode p :
        ContractUsability.committed()
            .path("paths")
            .path("/api/v1/reports/breakdown")
            .path("get")
            .path("parameters")) {
      if ("by".equals(p.path("name").asText())) {
        by = p;
      }
    }
    assertEquals(true, by != null && by.path("required").asBoolean(), "by is required: " + by);
    assertEquals(
        "[\"unit\",\"leader\",\"category\",\"source\"]", by.path("schema").path("enum").toString());
  }
}
