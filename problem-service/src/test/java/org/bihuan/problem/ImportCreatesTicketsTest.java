package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.bihuan.problem.ImportTest.PLAN;
import static org.bihuan.problem.ImportTest.document;
import static org.bihuan.problem.ImportTest.problemsOf;
import static org.bihuan.problem.ImportTest.reporter;
import static org.bihuan.problem.ImportTest.text;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.LedgerLayouts;
import org.bihuan.problem.support.LedgerLayouts.Layout;
import org.bihuan.problem.support.LedgerLayouts.Style;
import org.bihuan.problem.support.LedgerModels;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.problem.support.TicketJson;
import org.junit.jupiter.api.Test;

/**
 * An import that creates tickets: later when rectification is down, answered when asked, a ledger's
 * progress notes once.
 */
@QuarkusTest
class ImportCreatesTicketsTest {

  @RectificationStub.Stub WireMockServer rectification;

  private void batchAnswers(int status) {
    rectification.stubFor(
        post(urlPathEqualTo("/api/v1/tickets/batch"))
            .willReturn(aResponse().withStatus(status).withBody("{\"title\": \"down\"}")));
  }

  /** A batch answer built from the request, as the rectification service would: views in order. */
  private void batchCreates(int count) {
    String views = TicketJson.batchViews(count, 900);
    rectification.stubFor(
        post(urlPathEqualTo("/api/v1/tickets/batch"))
            .withHeader("Idempotency-Key", matching("import-.+"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"tickets\": [" + views + "]}")
                    .withTransformers("response-template")));
  }

  @Test
  void aPlanImportsWhileRectificationIsDownAndItsTicketsAreCreatedLater() {
    String source = source("审计整改方案");
    batchAnswers(503);
    JsonPath answer =
        text(document(PLAN))
            .queryParam("createTickets", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .body("problems", hasSize(6))
            .body("problems[0].measures[0].responsibleUnits", contains("财务科", "项目办"))
            .body("problems[0].measures[0].leaderInCharge", equalTo("周平"))
            .body("problems[0].measures[0].timing", equalTo("DEADLINE"))
            .body("problems[0].measures[0].deadline", equalTo("2024-05-31"))
            .body("tickets.created", empty())
            .extract()
            .jsonPath();
    String importId = answer.getString("importId");
    int measures = answer.getList("problems.measures.flatten()").size();
    List<String> pending = answer.getList("tickets.pending.externalRef");
    assertEquals(measures, pending.size());
    assertEquals("import:" + importId + ":1", pending.get(0));
    assertTrue(
        answer.getList("tickets.pending.reason", String.class).stream()
            .anyMatch(r -> r.contains("rectification service")));
    assertEquals(6, problemsOf(source).size(), "the problems are imported all the same");
    asViewer()
        .queryParam("sourceId", source)
        .queryParam("status", "OPEN")
        .get("/api/v1/problems")
        .then()
        .body("items", hasSize(6));

    rectification.resetRequests();
    batchCreates(measures);
    JsonPath retried =
        reporter()
            .post("/api/v1/sources/" + source + "/imports/" + importId + "/tickets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> created = retried.getList("tickets.created.externalRef");
    assertEquals(measures, created.size() + retried.getList("tickets.pending").size());
    assertTrue(created.size() >= 6, "created " + created);
    assertTrue(created.contains("import:" + importId + ":1"));
    assertEquals(
        retried.getString("problems[0].id"),
        retried.getString(
            "tickets.created.find { it.externalRef == 'import:" + importId + ":1' }.problemId"));
    List<LoggedRequest> sent =
        rectification.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tickets/batch")));
    assertEquals(1, sent.size());
    assertTrue(sent.get(0).getHeader("Idempotency-Key").startsWith("import-" + importId));
    assertTrue(
        sent.get(0).getBodyAsString().contains("\"externalRef\":\"import:" + importId + ":1\""));
    assertTrue(sent.get(0).getHeader("Authorization").startsWith("Bearer "));
    asViewer()
        .get("/api/v1/problems/" + retried.getString("problems[0].id"))
        .then()
        .body("status", equalTo("RECTIFYING"));

    // nothing left to send: a second retry sends nothing and answers the same tickets
    rectification.resetRequests();
    reporter()
        .post("/api/v1/sources/" + source + "/imports/" + importId + "/tickets")
        .then()
        .statusCode(200)
        .body("tickets.created.externalRef", equalTo(created));
    assertEquals(
        0, rectification.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tickets/batch"))).size());
  }

  @Test
  void aPlanImportedWithCreateTicketsAnswersTheCreatedTickets() {
    String source = source("巡察整改方案");
    JsonPath preview =
        text(document(PLAN))
            .queryParam("dryRun", "true")
            .queryParam("createTickets", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(200)
            .body("tickets.created", empty())
            .extract()
            .jsonPath();
    int measures = preview.getList("problems.measures.flatten()").size();
    assertEquals(measures, preview.getList("tickets.pending").size());
    rectification.resetRequests();
    batchCreates(measures);
    JsonPath answer =
        text(document(PLAN))
            .queryParam("createTickets", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    List<String> created = answer.getList("tickets.created.externalRef");
    List<String> pending = answer.getList("tickets.pending.reason");
    assertEquals(measures, created.size() + pending.size());
    assertTrue(created.size() >= 6, "created " + created);
    pending.forEach(
        reason -> assertTrue(reason.contains("整改时限") || reason.contains("责任单位"), reason));
    assertEquals(
        1, rectification.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tickets/batch"))).size());
    String first = answer.getString("problems[0].id");
    asViewer().get("/api/v1/problems/" + first).then().body("status", equalTo("RECTIFYING"));
    assertEquals(
        List.of("problem.created", "problem.rectifying"),
        org.bihuan.problem.support.Api.feedAbout(first)
            .getList("events.findAll { it.resourceId == '" + first + "' }.type"));
  }

  @Test
  void aLedgersProgressNotesBecomeTheTicketsFirstProgressReportsOnceThoughRetried() {
    String source = source("整改台账进展");
    Style style = Style.of(Layout.MERGED).withCoUnitsAndProgress();
    byte[] xlsx =
        Ledgers.xlsx(List.of(LedgerLayouts.table("整改台账", LedgerModels.taskList(), style)));
    JsonPath preview =
        reporter()
            .contentType(DocumentText.XLSX)
            .body(xlsx)
            .queryParam("dryRun", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    int measures = preview.getList("problems.measures.flatten()").size();
    List<String> notes =
        preview.getList("problems.measures.flatten().progress", String.class).stream()
            .filter(n -> n != null)
            .toList();
    assertTrue(notes.size() >= 2, "the ledger has progress notes: " + notes);
    rectification.resetRequests();
    batchCreates(measures);
    rectification.stubFor(
        post(urlPathMatching("/api/v1/tickets/[^/]+/progress"))
            .willReturn(aResponse().withStatus(503).withBody("{\"title\": \"down\"}")));

    JsonPath answer =
        reporter()
            .contentType(DocumentText.XLSX)
            .body(xlsx)
            .queryParam("createTickets", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String importId = answer.getString("importId");
    assertEquals(measures, answer.getList("tickets.created").size());
    assertEquals(
        notes.size(),
        answer.getList("warnings", String.class).stream()
            .filter(w -> w.contains("progress note") && w.contains("/tickets sends it again"))
            .count(),
        answer.prettify());

    // the rectification service answers again: the retry records each note once
    rectification.resetRequests();
    RectificationStub.progressRecorded(rectification, "已制定学习计划");
    JsonPath retried =
        reporter()
            .post("/api/v1/sources/" + source + "/imports/" + importId + "/tickets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(
        retried.getList("warnings", String.class).stream()
            .noneMatch(w -> w.contains("progress note")),
        retried.prettify());
    assertEquals(
        0, rectification.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tickets/batch"))).size());
    List<LoggedRequest> reports =
        rectification.findAll(postRequestedFor(urlPathMatching("/api/v1/tickets/[^/]+/progress")));
    assertEquals(notes.size(), reports.size());
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    List<String> ticketIds = retried.getList("tickets.created.ticketId", String.class);
    for (int i = 0; i < reports.size(); i++) {
      JsonPath body = JsonPath.from(reports.get(i).getBodyAsString());
      assertEquals(notes.get(i), body.getString("note"));
      assertEquals(today, body.getString("date"));
      assertTrue(
          reports
              .get(i)
              .getHeader("Idempotency-Key")
              .matches("import-" + importId + "-\\d+-progress"),
          reports.get(i).getHeader("Idempotency-Key"));
      String ticket = reports.get(i).getUrl().split("/")[4];
      assertTrue(ticketIds.contains(ticket), ticket + " is one of the import's tickets");
    }
    assertEquals(
        notes.size(),
        reports.stream().map(r -> r.getHeader("Idempotency-Key")).distinct().count(),
        "one key per note");

    // recorded: another retry sends nothing
    rectification.resetRequests();
    reporter()
        .post("/api/v1/sources/" + source + "/imports/" + importId + "/tickets")
        .then()
        .statusCode(200);
    assertEquals(
        0,
        rectification
            .findAll(postRequestedFor(urlPathMatching("/api/v1/tickets/[^/]+/progress")))
            .size());
  }
}
