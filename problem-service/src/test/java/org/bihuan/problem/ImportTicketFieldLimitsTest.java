package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.input.TicketLimits;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.problem.support.TicketJson;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A measure whose fields are longer than a ticket accepts (a leader made of many names, more units
 * than a ticket takes, a measure text past its limit) is held to the ticket's limits at import, the
 * dry run warning of each cut, so that its ticket is created (docs/decisions/0280).
 */
@QuarkusTest
class ImportTicketFieldLimitsTest {

  @RectificationStub.Stub WireMockServer rectification;

  private static final String UNITS =
      "办公室、财务科、人事科、审计科、纪检组、宣传科、组织科、后勤科、保卫科、信息科、法规科、规划科、统计科、"
          + "档案科、工会、团委、妇委会、基建科、资产科、采购科、监察室、督查室、研究室、接待科、培训科";

  /** Thirty different names of three characters: 119 characters with their separators. */
  private static String leaders() {
    String surnames = "王李张刘陈杨赵黄周吴";
    List<String> distinct = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      distinct.add(surnames.charAt(i % 10) + "" + "一二三".charAt(i / 10) + "明");
    }
    return String.join("、", distinct);
  }

  private static byte[] plan() {
    String measure = "建立学习台账并每月检查一次。".repeat(300); // 4,200 characters
    return ("XX局整改方案\n一、学习方面\n（一）理论学习不够深入\n存在问题：学习不系统。\n整改措施："
            + measure
            + "\n责任领导："
            + leaders()
            + "\n责任单位："
            + UNITS
            + "\n整改时限：2026年12月31日\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void fieldsLongerThanATicketTakesAreCutWithAWarningAndTheTicketIsCreated() {
    String source = source("超长字段的整改方案");
    JsonPath preview =
        RestAssured.given()
            .auth()
            .oauth2(Tokens.reporter("导入人", null))
            .contentType("text/plain; charset=UTF-8")
            .body(plan())
            .queryParam("dryRun", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> m = preview.getMap("problems[0].measures[0]");
    String leader = (String) m.get("leaderInCharge");
    assertTrue(leader.length() <= TicketLimits.PERSON_MAX, leader);
    assertTrue(leaders().startsWith(leader + "、"), "cut after a whole name: " + leader);
    assertEquals(99, leader.length());
    assertEquals(TicketLimits.UNITS_MAX, ((List<?>) m.get("responsibleUnits")).size());
    assertTrue(((String) m.get("measure")).length() <= TicketLimits.MEASURE_MAX);
    List<String> warnings = preview.getList("warnings", String.class);
    for (String expected :
        List.of(
            "leaderInCharge 长 119 个字符，工单至多 100 个",
            "responsibleUnits 有 25 个单位，工单至多 20 个",
            "measure 长 4,200 个字符，工单至多 4,000 个")) {
      assertTrue(
          warnings.stream().anyMatch(w -> w.contains("「理论学习不够深入」第 1 条措施") && w.contains(expected)),
          expected + " in " + warnings);
    }

    rectification.stubFor(
        post(urlPathEqualTo("/api/v1/tickets/batch"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"tickets\": [" + TicketJson.batchViews(1, 900) + "]}")
                    .withTransformers("response-template")));
    rectification.resetRequests();
    JsonPath answer =
        RestAssured.given()
            .auth()
            .oauth2(Tokens.reporter("导入人", null))
            .contentType("text/plain; charset=UTF-8")
            .body(plan())
            .queryParam("createTickets", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertEquals(1, answer.getList("tickets.created").size());
    assertEquals(0, answer.getList("tickets.pending").size());
    List<LoggedRequest> sent =
        rectification.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tickets/batch")));
    assertEquals(1, sent.size());
    JsonPath body = JsonPath.from(sent.get(0).getBodyAsString());
    // what the rectification service validates (TicketInput): within every limit
    assertTrue(body.getString("tickets[0].leaderInCharge").length() <= TicketLimits.PERSON_MAX);
    assertTrue(body.getString("tickets[0].measure").length() <= TicketLimits.MEASURE_MAX);
    assertEquals(TicketLimits.UNITS_MAX, body.getList("tickets[0].responsibleUnits").size());
    assertTrue(
        answer.getList("warnings", String.class).stream()
            .anyMatch(w -> w.contains("leaderInCharge")));
  }
}
