package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.problem.support.RevisedPlans.PLAN;
import static org.bihuan.problem.support.RevisedPlans.REVISED;
import static org.bihuan.problem.support.RevisedPlans.importing;
import static org.bihuan.problem.support.RevisedPlans.problem;
import static org.bihuan.problem.support.RevisedPlans.problems;
import static org.bihuan.problem.support.RevisedPlans.warningsStarting;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.problem.support.RevisedPlans;
import org.junit.jupiter.api.Test;

/**
 * A revised plan replaces an import whose problems already have tickets (docs/decisions/0308): the
 * problems it repeats are kept with their ids, numbers, status and tickets, brought up to the
 * document; only a problem it drops is withdrawn, and only that problem's live ticket refuses the
 * replacement; the dry run says per problem what the real import then does, in the same words.
 */
@QuarkusTest
class ImportRevisionKeepsRepeatedProblemsTest {

  @RectificationStub.Stub WireMockServer rectification;

  @Test
  void aRevisedTextPlanKeepsTheProblemsItRepeatsWithTheirTickets() {
    revisionKeepsTheProblemsItRepeats(RevisedPlans.TXT, "修订稿替换（文本）");
  }

  @Test
  void aRevisedWordPlanKeepsTheProblemsItRepeatsWithTheirTickets() {
    revisionKeepsTheProblemsItRepeats(RevisedPlans.DOCX, "修订稿替换（Word）");
  }

  private void revisionKeepsTheProblemsItRepeats(String mediaType, String title) {
    String source = Api.source(title);
    RevisedPlans.batchCreates(rectification, 4, 3100);
    JsonPath first =
        importing(source, PLAN, mediaType, false, false, true)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String v1 = first.getString("importId");
    List<String> ids = first.getList("problems.id");
    List<String> numbers = first.getList("problems.number");
    assertEquals(4, first.getList("tickets.created").size());
    List<Long> versions = ids.stream().map(id -> problem(id).getLong("version")).toList();
    for (String id : ids) {
      assertEquals("RECTIFYING", problem(id).getString("status"));
    }
    // 公务接待 (dropped by the revision) has a ticket at work; 预算执行 (kept) too
    RevisedPlans.hasTicket(rectification, ids.get(2), "T-2024-3102", "IN_PROGRESS");
    RevisedPlans.hasTicket(rectification, ids.get(0), "T-2024-3100", "IN_PROGRESS");
    rectification.resetRequests();

    JsonPath dry =
        importing(source, REVISED, mediaType, true, true, false)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertFates(dry, ids, numbers, v1);
    List<String> predicted = warningsStarting(dry, "A real import with ?replace=true would be");
    assertEquals(1, predicted.size(), dry.prettify());
    assertTrue(predicted.get(0).contains("T-2024-3102 (IN_PROGRESS)"), predicted.get(0));
    assertTrue(predicted.get(0).contains("「公务接待超标准」"), predicted.get(0));
    assertFalse(predicted.get(0).contains("T-2024-3100"), "a kept problem's ticket never blocks");

    importing(source, REVISED, mediaType, true, false, false)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("replace-blocked-by-tickets"))
        .body("problemsWithTickets.id", equalToList(List.of(ids.get(2))))
        .body("problemsWithTickets[0].ticketNumbers", equalToList(List.of("T-2024-3102")))
        .body("detail", containsString("does not repeat"));
    for (int i = 0; i < 4; i++) {
      JsonPath p = problem(ids.get(i));
      assertEquals("RECTIFYING", p.getString("status"), "refused: nothing changed");
      assertEquals(versions.get(i), p.getLong("version"));
      assertNull(p.get("withdrawalStartedAt"));
    }
    // only the problem to withdraw was asked for its tickets; a kept one never
    rectification.verify(
        0,
        getRequestedFor(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", equalTo(ids.get(0))));

    // the ticket of the dropped problem is cancelled: the revision goes in
    RevisedPlans.hasTicket(rectification, ids.get(2), "T-2024-3102", "CANCELLED");
    JsonPath dryAgain =
        importing(source, REVISED, mediaType, true, true, true)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertFates(dryAgain, ids, numbers, v1);
    rectification.resetRequests();
    RevisedPlans.batchCreates(rectification, 1, 3200);
    JsonPath real =
        importing(source, REVISED, mediaType, true, false, true)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertFates(real, ids, numbers, v1);
    String v2 = real.getString("importId");
    assertEquals(
        warningsStarting(dryAgain, "Replacement:"), warningsStarting(real, "Replacement:"));
    assertEquals(
        List.of(
            "Replacement: 3 problem(s) kept (2 of them changed by the document), 1 new, 1"
                + " withdrawn."),
        warningsStarting(real, "Replacement:"));
    assertEquals(warningsStarting(dryAgain, "Problem "), warningsStarting(real, "Problem "));
    assertEquals(
        List.of(
            "Problem "
                + numbers.get(0)
                + " 「预算执行进度缓慢」 is kept (same id, status and tickets);"
                + " the document changes its measures.",
            "Problem "
                + numbers.get(3)
                + " 「工程款超付」 is kept (same id, status and tickets);"
                + " the document changes its description.",
            "Problem "
                + numbers.get(0)
                + " 「预算执行进度缓慢」, measure 「建立预算执行月通报制度。」: the document moves its"
                + " deadline from 2024-05-31 to 2024-08-31; its ticket T-2024-3100 keeps its"
                + " deadline until an extension moves it (POST /api/v1/tickets/"
                + first.getString("tickets.created[0].ticketId")
                + "/extensions)."),
        warningsStarting(real, "Problem "));

    // the kept measures carry their tickets; only the new problem's measure became a ticket
    List<LoggedRequest> batches =
        rectification.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tickets/batch")));
    assertEquals(1, batches.size());
    JsonPath sent = JsonPath.from(batches.get(0).getBodyAsString());
    assertEquals(1, sent.getList("tickets").size());
    assertEquals("按月装订会计凭证。", sent.getString("tickets[0].measure"));
    assertEquals(real.getString("problems[2].id"), sent.getString("tickets[0].problemIds[0]"));
    // the tickets kept problems carry over are not created by this import (0312)
    List<Map<String, Object>> created = real.getList("tickets.created");
    assertEquals(1, created.size());
    created = new java.util.ArrayList<>(created);
    created.addAll(real.getList("tickets.carriedOver"));
    assertEquals(4, created.size());
    assertEquals(List.of(), real.getList("tickets.pending"));
    Map<String, String> carried =
        Map.of(
            ids.get(0),
            "import:" + v1 + ":1",
            ids.get(1),
            "import:" + v1 + ":2",
            ids.get(3),
            "import:" + v1 + ":4");
    for (Map<String, Object> t : created) {
      String problemId = (String) t.get("problemId");
      if (carried.containsKey(problemId)) {
        assertEquals(carried.get(problemId), t.get("externalRef"), t.toString());
        assertTrue(((String) t.get("number")).startsWith("T-2024-310"), t.toString());
      } else {
        assertEquals(real.getString("problems[2].id"), problemId);
        assertEquals("T-2024-3200", t.get("number"));
      }
    }

    // the problems: kept ones the same, brought up to the document; the dropped one withdrawn
    JsonPath budget = problem(ids.get(0));
    assertEquals(numbers.get(0), budget.getString("number"));
    assertEquals("RECTIFYING", budget.getString("status"));
    assertEquals("预算执行进度缓慢", budget.getString("title"));
    assertEquals(List.of("财务管理方面"), budget.getList("categoryPath"));
    assertEquals("RECTIFYING", problem(ids.get(1)).getString("status"));
    JsonPath works = problem(ids.get(3));
    assertEquals("RECTIFYING", works.getString("status"));
    assertTrue(works.getString("description").contains("至今尚未追回"), works.prettify());
    assertTrue(works.getLong("version") > versions.get(3));
    JsonPath dropped = problem(ids.get(2));
    assertEquals("WITHDRAWN", dropped.getString("status"));
    assertTrue(dropped.getString("withdrawReason").contains(v2));
    assertEquals(4, problems(source, "RECTIFYING").size() + problems(source, "OPEN").size());
    assertEquals(
        5,
        problems(source, "RECTIFYING").size()
            + problems(source, "OPEN").size()
            + problems(source, "WITHDRAWN").size(),
        "one problem was created, none twice");
    // the stored import lists the kept problems as its own
    List<String> stored =
        Api.asViewer()
            .get("/api/v1/sources/" + source + "/imports/" + v2)
            .then()
            .statusCode(200)
            .extract()
            .path("problems.id");
    assertTrue(stored.containsAll(List.of(ids.get(0), ids.get(1), ids.get(3))), stored.toString());
  }

  /** What a replacement by REVISED does, per problem of the document, in the answer. */
  private static void assertFates(
      JsonPath answer, List<String> ids, List<String> numbers, String v1) {
    assertEquals(
        List.of("KEPT", "KEPT", "NEW", "KEPT"),
        answer.getList("problems.replacement.outcome"),
        answer.prettify());
    assertEquals(
        List.of(List.of("measures"), List.of(), List.of(), List.of("description")),
        answer.getList("problems.replacement.changedFields"));
    List<String> answered = answer.getList("problems.id");
    assertEquals(
        List.of(ids.get(0), ids.get(1), ids.get(3)),
        List.of(answered.get(0), answered.get(1), answered.get(3)));
    assertEquals(
        List.of(numbers.get(0), numbers.get(1), numbers.get(3)),
        List.of(
            answer.getString("problems[0].number"),
            answer.getString("problems[1].number"),
            answer.getString("problems[3].number")));
    if (answer.getBoolean("dryRun")) {
      assertNull(answered.get(2));
    } else {
      assertFalse(ids.contains(answered.get(2)));
      assertNotEquals(null, answered.get(2));
    }
    assertEquals(
        List.of("预算执行进度缓慢", "固定资产账实不符", "会计档案管理不规范", "工程款超付"), answer.getList("problems.title"));
    assertDocument(answer);
    assertEquals(List.of(ids.get(2)), answer.getList("withdrawnProblems.id"));
    assertEquals(List.of(numbers.get(2)), answer.getList("withdrawnProblems.number"));
    assertEquals(List.of("公务接待超标准"), answer.getList("withdrawnProblems.title"));
    List<String> replaces =
        warningsStarting(
            answer, answer.getBoolean("dryRun") ? "With ?replace=true" : "This document replaced");
    assertEquals(1, replaces.size(), answer.prettify());
    assertTrue(
        replaces.get(0).contains("3 of the 4 live problems of import " + v1), replaces.get(0));
    assertTrue(
        replaces
            .get(0)
            .contains("with no counterpart in this document: " + numbers.get(2) + " 「公务接待超标准」"),
        replaces.get(0));
  }

  /** Every field of every problem and measure of REVISED as the answer gives it. */
  private static void assertDocument(JsonPath answer) {
    String[][] expected = {
      {
        "预算执行进度缓慢",
        "2023年预算执行率仅为78%，低于序时进度。",
        "财务管理方面",
        "建立预算执行月通报制度。",
        "财务科",
        "周平",
        "吴敏",
        "2024-08-31"
      },
      {"固定资产账实不符", "部分资产未及时入账。", "财务管理方面", "开展资产清查。", "办公室", "周平", "郑洁", "2024-06-30"},
      {"会计档案管理不规范", "会计凭证未按期装订。", "财务管理方面", "按月装订会计凭证。", "办公室", "周平", "郑洁", "2024-06-30"},
      {"工程款超付", "某项目超付工程款3.2万元，至今尚未追回。", "工程项目管理方面", "追回超付款项。", "工程部", "孙涛", "王刚", "2024-06-30"}
    };
    assertEquals(expected.length, answer.getList("problems").size());
    for (int i = 0; i < expected.length; i++) {
      String[] e = expected[i];
      String p = "problems[" + i + "].";
      assertEquals(e[0], answer.getString(p + "title"));
      assertEquals(e[1], answer.getString(p + "description"));
      assertEquals(List.of(e[2]), answer.getList(p + "categoryPath"));
      assertEquals(1, answer.getList(p + "measures").size());
      String m = p + "measures[0].";
      assertEquals(e[3], answer.getString(m + "measure"));
      assertEquals(List.of(e[4]), answer.getList(m + "responsibleUnits"));
      assertEquals(List.of(), answer.getList(m + "coResponsibleUnits"));
      assertEquals(e[5], answer.getString(m + "leaderInCharge"));
      assertEquals(e[6], answer.getString(m + "responsiblePerson"));
      assertEquals("DEADLINE", answer.getString(m + "timing"));
      assertEquals(e[7], answer.getString(m + "deadline"));
      assertNull(answer.get(m + "progress"));
      assertNull(answer.get(m + "statusHint"));
    }
  }

  private static org.hamcrest.Matcher<Object> equalToList(List<String> expected) {
    return org.hamcrest.Matchers.equalTo((Object) expected);
  }
}
