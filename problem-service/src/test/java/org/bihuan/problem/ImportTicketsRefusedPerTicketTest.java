package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.problem.support.Api.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.problem.support.TicketJson;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A reporter of 工程部 imports her unit's plan; one measure names 工程部 and 审计科 together, which the
 * rectification service refuses her (403: a unit assigns work to no other unit). Her own tickets
 * are created, that one stays pending with the reason in zh-CN, and a retry sends only it again.
 */
@QuarkusTest
class ImportTicketsRefusedPerTicketTest {

  @RectificationStub.Stub WireMockServer rectification;

  private static final String PLAN =
      """
      XX局巡察整改方案
      一、工程管理方面
      （一）工程款超付
      整改措施：追回超付款项。
      责任单位：工程部；整改时限：2027年6月30日
      （二）结算审核不严
      整改措施：完善工程结算审核制度。
      责任单位：工程部、审计科；整改时限：2027年6月30日
      （三）档案管理不规范
      整改措施：全面整理项目档案。
      责任单位：工程部；整改时限：2027年6月30日
      """;

  private static final String REFUSAL =
      "{\"type\": \"https://bihuan.example/problems/forbidden\", \"title\": \"Forbidden\","
          + " \"status\": 403, \"detail\": \"Your unit '工程部' adds or takes off only itself:"
          + " responsibleUnits would change for [审计科].\"}";

  @Test
  void theTicketsThatAreHersAreCreatedAndTheOtherStaysPendingWithTheReason() {
    String source = source("工程部巡察整改（单位导入）");
    var batch = urlPathEqualTo("/api/v1/tickets/batch");
    var refused =
        rectification.stubFor(
            post(batch)
                .atPriority(1)
                .withRequestBody(containing("审计科"))
                .willReturn(
                    aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(REFUSAL)));
    var one =
        rectification.stubFor(
            post(batch)
                .atPriority(2)
                .willReturn(
                    aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"tickets\": [" + TicketJson.batchViews(1, 700) + "]}")
                        .withTransformers("response-template")));
    try {
      rectification.resetRequests();
      JsonPath answer =
          asUnitReporter()
              .queryParam("createTickets", "true")
              .post("/api/v1/sources/" + source + "/import")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath();
      assertEquals(2, answer.getList("tickets.created").size(), answer.prettify());
      List<String> reasons = answer.getList("tickets.pending.reason", String.class);
      assertEquals(1, reasons.size(), answer.prettify());
      assertTrue(reasons.get(0).startsWith("整改任务未创建"), reasons.get(0));
      assertTrue(reasons.get(0).contains("工程部、审计科"), reasons.get(0));
      String importId = answer.getString("importId");

      // The retry sends the pending measure alone; nothing created is sent or created again.
      rectification.resetRequests();
      JsonPath again =
          RestAssured.given()
              .auth()
              .oauth2(Tokens.reporter("李工", "工程部"))
              .post("/api/v1/sources/" + source + "/imports/" + importId + "/tickets")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertEquals(2, again.getList("tickets.created").size(), again.prettify());
      assertEquals(1, again.getList("tickets.pending").size(), again.prettify());
      List<LoggedRequest> sent = rectification.findAll(postRequestedFor(batch));
      assertEquals(1, sent.size(), "one batch of the pending measure");
      assertTrue(sent.get(0).getBodyAsString().contains("审计科"));
      assertTrue(!sent.get(0).getBodyAsString().contains("追回超付款项"));
    } finally {
      rectification.removeStub(refused);
      rectification.removeStub(one);
    }
  }

  private static io.restassured.specification.RequestSpecification asUnitReporter() {
    return RestAssured.given()
        .auth()
        .oauth2(Tokens.reporter("李工", "工程部"))
        .contentType("text/plain; charset=UTF-8")
        .body(PLAN.getBytes(StandardCharsets.UTF_8));
  }
}
