package org.bihuan.problem;

import static org.bihuan.problem.support.RevisedPlans.PLAN;
import static org.bihuan.problem.support.RevisedPlans.REVISED;
import static org.bihuan.problem.support.RevisedPlans.importing;
import static org.bihuan.problem.support.RevisedPlans.importingAs;
import static org.bihuan.problem.support.RevisedPlans.problem;
import static org.bihuan.problem.support.RevisedPlans.warningsStarting;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.problem.support.RevisedPlans;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A revision imported with {@code ?replace=true} over an import whose measures are tickets
 * (docs/decisions/0312): the tickets its kept problems carry over are listed as carried over, never
 * as created, in the dry run and the real import alike; a kept measure whose deadline the document
 * moves is warned of, naming both dates and that its ticket keeps its deadline until an extension;
 * a kept problem the document leaves as it was keeps its version and is not in the feed again; a
 * reporter's dry run is refused as his real import is. A file name in a charset that is not
 * supported is warned of in the stored import too.
 */
@QuarkusTest
class ImportRevisionCarriedTicketsTest {

  @RectificationStub.Stub WireMockServer rectification;

  @Test
  void carriedTicketsMovedDeadlinesAndUnchangedProblems() {
    String source = Api.source("修订稿沿用工单");
    RevisedPlans.batchCreates(rectification, 4, 3100);
    JsonPath first =
        importing(source, PLAN, RevisedPlans.TXT, false, false, true)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String v1 = first.getString("importId");
    List<String> ids = first.getList("problems.id");
    List<String> numbers = first.getList("problems.number");
    List<Map<String, Object>> tickets = first.getList("tickets.created");
    assertEquals(4, tickets.size());
    List<Long> versions = ids.stream().map(id -> problem(id).getLong("version")).toList();
    List<Integer> events =
        ids.stream().map(id -> Api.feedAbout(id).getList("events").size()).toList();
    RevisedPlans.hasTicket(rectification, ids.get(2), "T-2024-3102", "CANCELLED");

    // a reporter may not replace: his dry run says so as his import would, before the document
    importingAs(Tokens.reporter("导入人", null), source, REVISED, RevisedPlans.TXT, true, true, true)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("?replace=true"));

    JsonPath dry =
        importing(source, REVISED, RevisedPlans.TXT, true, true, true)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> carried =
        List.of(tickets.get(0), tickets.get(1), tickets.get(3)).stream()
            .map(
                t ->
                    Map.of(
                        "externalRef", t.get("externalRef"),
                        "ticketId", t.get("ticketId"),
                        "number", t.get("number"),
                        "problemId", t.get("problemId"),
                        "measure", t.get("measure")))
            .toList();
    assertEquals("import:" + v1 + ":1", carried.get(0).get("externalRef"));
    assertEquals(List.of(), dry.getList("tickets.created"), dry.prettify());
    assertEquals(carried, dry.getList("tickets.carriedOver"), dry.prettify());
    assertEquals(
        List.of(Map.of("measure", "按月装订会计凭证。", "reason", "dry run")),
        dry.getList("tickets.pending"));
    String moved =
        "Problem "
            + numbers.get(0)
            + " 「预算执行进度缓慢」, measure 「建立预算执行月通报制度。」: the document moves its deadline"
            + " from 2024-05-31 to 2024-08-31; its ticket "
            + tickets.get(0).get("number")
            + " keeps its deadline until an extension moves it (POST /api/v1/tickets/"
            + tickets.get(0).get("ticketId")
            + "/extensions).";
    assertEquals(List.of(moved), deadlineWarnings(dry), dry.prettify());

    RevisedPlans.batchCreates(rectification, 1, 3200);
    JsonPath real =
        importing(source, REVISED, RevisedPlans.TXT, true, false, true)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String v2 = real.getString("importId");
    List<Map<String, Object>> created = real.getList("tickets.created");
    assertEquals(1, created.size(), real.prettify());
    assertEquals("T-2024-3200", created.get(0).get("number"));
    assertEquals(real.getString("problems[2].id"), created.get(0).get("problemId"));
    assertEquals("import:" + v2 + ":3", created.get(0).get("externalRef"));
    assertEquals(carried, real.getList("tickets.carriedOver"), real.prettify());
    assertEquals(List.of(), real.getList("tickets.pending"));
    assertEquals(List.of(moved), deadlineWarnings(real));
    JsonPath stored =
        Api.asViewer()
            .get("/api/v1/sources/" + source + "/imports/" + v2)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(created, stored.getList("tickets.created"));
    assertEquals(carried, stored.getList("tickets.carriedOver"));
    assertEquals(List.of(moved), deadlineWarnings(stored));

    // 固定资产 and 预算执行 (only its measure moved) are as they were: same version, no event;
    // 工程款超付's description changed
    for (int i : new int[] {0, 1}) {
      assertEquals(versions.get(i), problem(ids.get(i)).getLong("version"), numbers.get(i));
      assertEquals(events.get(i), Api.feedAbout(ids.get(i)).getList("events").size());
    }
    assertEquals(versions.get(3) + 1, problem(ids.get(3)).getLong("version"));
    assertEquals(
        List.of("problem.updated"),
        Api.feedAbout(ids.get(3)).getList("events.type").subList(events.get(3), events.get(3) + 1));
    assertEquals(
        List.of(
            "Replacement: 3 problem(s) kept (2 of them changed by the document), 1 new, 1"
                + " withdrawn."),
        warningsStarting(real, "Replacement:"));
  }

  @Test
  void aFileNameInACharsetNotSupportedIsWarnedOfInTheStoredImport() {
    String source = Api.source("文件名字符集存档");
    String note =
        "The file's name (Content-Disposition filename*) is in the charset X-NONE, which is not"
            + " supported; the name filename gives, 「plan.txt」, was kept. Send it as"
            + " filename*=UTF-8''… to keep it.";
    String importId =
        RestAssured.given()
            .auth()
            .oauth2(Tokens.reporter("导入人", null))
            .contentType("text/plain; charset=UTF-8")
            .header(
                "Content-Disposition",
                "attachment; filename*=X-NONE''%C7%E5.txt; filename=\"plan.txt\"")
            .body("一、存在的问题\n1.理论学习不够深入。\n".getBytes(StandardCharsets.UTF_8))
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .body("warnings", org.hamcrest.Matchers.equalTo(List.of(note)))
            .extract()
            .path("importId");
    JsonPath stored =
        Api.asViewer()
            .get("/api/v1/sources/" + source + "/imports/" + importId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(note), stored.getList("warnings"));
    assertEquals("plan.txt", stored.getString("fileName"));
  }

  private static List<String> deadlineWarnings(JsonPath answer) {
    return answer.getList("warnings", String.class).stream()
        .filter(w -> w.contains("moves its deadline"))
        .toList();
  }
}
