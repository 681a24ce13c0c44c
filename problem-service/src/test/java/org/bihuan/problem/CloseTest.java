package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.problem.support.Api.asAdmin;
import static org.bihuan.problem.support.Api.asReporter;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.source;
import static org.bihuan.problem.support.TicketJson.page;
import static org.bihuan.problem.support.TicketJson.ticket;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** 销号: a problem closes only when the rectification service says all its tickets are verified. */
@QuarkusTest
class CloseTest {

  @RectificationStub.Stub WireMockServer rectification;

  private void ticketsOf(String problemId, String body) {
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", equalTo(problemId))
            .withHeader(
                "Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+"))
            .willReturn(okJson(body)));
  }

  private String newProblem(String title) {
    return problem(source("销号" + title), List.of("整改"), title);
  }

  @Test
  void aProblemWithoutTicketsIsNotClosed() {
    String id = newProblem("无整改任务");
    ticketsOf(id, page(List.of(), null));
    asAdmin()
        .post("/api/v1/problems/" + id + "/close")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("no-tickets"));
    asViewer()
        .get("/api/v1/problems/" + id)
        .then()
        .body("status", org.hamcrest.Matchers.equalTo("OPEN"));
  }

  @Test
  void onlyCancelledTicketsCountAsNone() {
    String id = newProblem("只有撤销的任务");
    ticketsOf(
        id,
        page(List.of(ticket(UUID.randomUUID().toString(), "T-2024-0009", id, "CANCELLED")), null));
    asAdmin()
        .post("/api/v1/problems/" + id + "/close")
        .then()
        .statusCode(409)
        .body("type", containsString("no-tickets"));
  }

  @Test
  void openTicketsAreListedAndTheProblemStaysOpen() {
    String id = newProblem("有未验收任务");
    String open = UUID.randomUUID().toString();
    String submitted = UUID.randomUUID().toString();
    ticketsOf(
        id,
        page(
            List.of(
                ticket(UUID.randomUUID().toString(), "T-2024-0001", id, "VERIFIED"),
                ticket(open, "T-2024-0002", id, "IN_PROGRESS"),
                ticket(UUID.randomUUID().toString(), "T-2024-0003", id, "CANCELLED"),
                ticket(submitted, "T-2024-0004", id, "SUBMITTED")),
            null));
    asAdmin()
        .post("/api/v1/problems/" + id + "/close")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("tickets-not-verified"))
        .body("openTickets.id", contains(open, submitted))
        .body("openTickets.number", contains("T-2024-0002", "T-2024-0004"))
        .body("openTickets.status", contains("IN_PROGRESS", "SUBMITTED"))
        // The status its tickets give it, not the stored OPEN still waiting for the feed; and
        // close, just refused, is not offered.
        .body("currentState", org.hamcrest.Matchers.equalTo("RECTIFYING"))
        .body("allowedActions", org.hamcrest.Matchers.not(hasItem("close")));
    asViewer().get("/api/v1/problems/" + id).then().body("closedAt", nullValue());
  }

  @Test
  void everyPageOfTicketsIsConsulted() {
    String id = newProblem("多页任务");
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", equalTo(id))
            .withQueryParam("limit", equalTo("500"))
            .withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.absent())
            .willReturn(
                okJson(
                    page(
                        List.of(
                            ticket(UUID.randomUUID().toString(), "T-2024-0101", id, "VERIFIED")),
                        "c2"))));
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", equalTo(id))
            .withQueryParam("cursor", equalTo("c2"))
            .willReturn(
                okJson(
                    page(
                        List.of(
                            ticket(UUID.randomUUID().toString(), "T-2024-0102", id, "ASSIGNED")),
                        null))));
    asAdmin()
        .post("/api/v1/problems/" + id + "/close")
        .then()
        .statusCode(409)
        .body("openTickets.number", contains("T-2024-0102"));
  }

  @Test
  void allVerifiedClosesTheProblemOnce() {
    String id = newProblem("全部验收");
    ticketsOf(
        id,
        page(
            List.of(
                ticket(UUID.randomUUID().toString(), "T-2024-0201", id, "VERIFIED"),
                ticket(UUID.randomUUID().toString(), "T-2024-0202", id, "CANCELLED"),
                ticket(UUID.randomUUID().toString(), "T-2024-0203", id, "VERIFIED")),
            null));
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(Tokens.admin())
        .header("If-Match", "\"0\"")
        .post("/api/v1/problems/" + id + "/close")
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("status", org.hamcrest.Matchers.equalTo("CLOSED"))
        .body("closedAt", notNullValue())
        .body("version", org.hamcrest.Matchers.equalTo(1));
    asAdmin()
        .post("/api/v1/problems/" + id + "/close")
        .then()
        .statusCode(409)
        .body("currentState", org.hamcrest.Matchers.equalTo("CLOSED"));
    // A closed problem's text is what was verified: it is no longer edited.
    io.restassured.path.json.JsonPath closed =
        asViewer().get("/api/v1/problems/" + id).then().extract().jsonPath();
    asReporter()
        .body(
            org.bihuan.problem.support.Api.problemJson(
                closed.getString("sourceId"), closed.getList("categoryPath"), "销号后改标题", null))
        .put("/api/v1/problems/" + id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("/problems/illegal-transition"));
    asAdmin()
        .contentType(io.restassured.http.ContentType.JSON)
        .body("{\"reason\": \"已销号\"}")
        .post("/api/v1/problems/" + id + "/withdraw")
        .then()
        .statusCode(409);
    io.restassured.path.json.JsonPath feed = org.bihuan.problem.support.Api.feedAbout(id);
    // OPEN → CLOSED (the feed that makes it RECTIFYING had not come yet): subscribers still see
    // it pass through RECTIFYING.
    org.hamcrest.MatcherAssert.assertThat(
        feed.getList("events.type"),
        contains("problem.created", "problem.rectifying", "problem.closed"));
    // each event's data is the problem as that event leaves it
    org.hamcrest.MatcherAssert.assertThat(
        feed.getList("events.data.status"), contains("OPEN", "RECTIFYING", "CLOSED"));
    org.hamcrest.MatcherAssert.assertThat(
        feed.getList("events.findAll { it.type == 'problem.rectifying' }.data.closedAt"),
        contains((Object) null));
  }

  @Test
  void aStaleIfMatchIsRefusedBeforeAsking() {
    String id = newProblem("过时版本");
    asAdmin()
        .header("If-Match", "\"7\"")
        .post("/api/v1/problems/" + id + "/close")
        .then()
        .statusCode(412);
    rectification.verify(
        0,
        getRequestedFor(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", equalTo(id)));
  }

  @Test
  void aNotFoundAnswerMeansNoTickets() {
    String id = newProblem("对方404");
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", equalTo(id))
            .willReturn(aResponse().withStatus(404)));
    asAdmin()
        .post("/api/v1/problems/" + id + "/close")
        .then()
        .statusCode(409)
        .body("type", containsString("no-tickets"));
  }

  @Test
  void anUnreachableOrFailingRectificationServiceChangesNothing() {
    String failing = newProblem("对方出错");
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", equalTo(failing))
            .willReturn(aResponse().withStatus(500).withBody("boom")));
    asAdmin()
        .post("/api/v1/problems/" + failing + "/close")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("dependency", org.hamcrest.Matchers.equalTo("rectification-service"));
    String reset = newProblem("连接中断");
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", equalTo(reset))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    asAdmin().post("/api/v1/problems/" + reset + "/close").then().statusCode(503);
    asViewer()
        .get("/api/v1/problems/" + failing)
        .then()
        .body("status", org.hamcrest.Matchers.equalTo("OPEN"))
        .body("version", org.hamcrest.Matchers.equalTo(0));
  }
}
