package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.DutySteps.ZHAO;
import static org.bihuan.rectification.rest.DutySteps.decide;
import static org.bihuan.rectification.rest.DutySteps.history;
import static org.bihuan.rectification.rest.DutySteps.put;
import static org.bihuan.rectification.rest.DutySteps.submitted;
import static org.bihuan.rectification.rest.DutySteps.ticket;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Who may verify or decide within a round and after a reopen: never the submitter, an earlier
 * responsible person or the requester.
 */
@QuarkusTest
class SeparationOfDutiesRoundsTest {

  @Test
  void aSubmittedTicketKeepsItsResponsiblePersonAndMeasureUntilRejected() {
    String unit = unit("督查室");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id = submitted(unit, problem, ZHAO);
    String zhao = Tokens.verifier(ZHAO);
    // The responsible person, a verifier, hands the ticket to someone else while it is reviewed.
    put(zhao, id, ticketJson(problem, unit, "钱七", "IMMEDIATE", null, null, null))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/ticket-under-review"))
        .body("detail", containsString("退回"))
        // (and responsiblePersonExternalId where the directory linked the person by name, 0333)
        .body("fields", org.hamcrest.Matchers.hasItem("responsiblePerson"))
        .body("fields", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("measure")));
    // Any reporter of the unit rewrites the measure under the verifier's eyes.
    put(
            Tokens.reporter("王五", unit),
            id,
            ticketJson(problem, unit, ZHAO, "IMMEDIATE", null, null, null)
                .replace("组织专题学习，建立学习台账。", "已全部完成。"))
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/ticket-under-review"));
    act(zhao, id, "verify", "验收通过").then().statusCode(403);
    JsonPath t = ticket(id);
    assertEquals(ZHAO, t.getString("responsiblePerson"));
    assertEquals("组织专题学习，建立学习台账。", t.getString("measure"));
    assertEquals("SUBMITTED", t.getString("status"));
    // After a reject by another verifier the ticket can be edited again.
    act(Tokens.verifier("李四"), id, "reject", "请补充材料").then().statusCode(200);
    put(zhao, id, ticketJson(problem, unit, "钱七", "IMMEDIATE", null, null, null))
        .then()
        .statusCode(200)
        .body("responsiblePerson", equalTo("钱七"));
  }

  @Test
  void whoeverWasResponsibleEarlierInTheRoundCannotVerifyIt() {
    String unit = unit("巡察办");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String reporter = Tokens.reporter("王五", unit);
    String id =
        create(ticketJson(problem, unit, ZHAO, "IMMEDIATE", null, null, null)).getString("id");
    act(reporter, id, "start", null).then().statusCode(200);
    String zhao = Tokens.verifier(ZHAO);
    put(zhao, id, ticketJson(problem, unit, "钱七", "IMMEDIATE", null, null, null))
        .then()
        .statusCode(200);
    progress(reporter, id, today(), "完成").then().statusCode(201);
    act(reporter, id, "submit", null).then().statusCode(200);
    act(zhao, id, "verify", "换了责任人再验收").then().statusCode(403);
    act(zhao, id, "reject", "换了责任人再退回").then().statusCode(403);
    act(Tokens.verifier("钱七"), id, "verify", "现任责任人").then().statusCode(403);
    act(Tokens.verifier("李四"), id, "verify", "验收通过").then().statusCode(200);
  }

  @Test
  void theSubmitterCannotVerifyWhatTheySubmitted() {
    String unit = unit("审计处");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String both = Tokens.token("sun-qi", "孙七", unit, "reporter", "verifier");
    String id =
        create(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, null)).getString("id");
    act(both, id, "start", null).then().statusCode(200);
    progress(both, id, today(), "完成").then().statusCode(201);
    act(both, id, "submit", null).then().statusCode(200);
    act(both, id, "verify", "自己提交自己验收").then().statusCode(403);
    // The same account under another display name is still the submitter.
    act(Tokens.token("sun-qi", "Sun Qi", null, "verifier"), id, "verify", "换名")
        .then()
        .statusCode(403);
    act(Tokens.admin(), id, "verify", "管理员验收").then().statusCode(200);
  }

  /** The same spellings keep the person from approving an extension of the ticket. */
  @Test
  void aPersonInBracketsOrBehindADashCannotApproveAnExtension() {
    String unit = unit("保密办");
    for (String written : List.of("科长（赵验收）", "赵-验收", "代理赵验収")) {
      UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
      String id =
          create(ticketJson(problem, unit, written, "DEADLINE", today().plusDays(5), null, null))
              .getString("id");
      String ext =
          given()
              .auth()
              .oauth2(Tokens.reporter("王五", unit))
              .contentType(ContentType.JSON)
              .body("{\"newDeadline\": \"" + today().plusDays(40) + "\", \"reason\": \"需要协调\"}")
              .post("/api/v1/tickets/" + id + "/extensions")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      decide(Tokens.verifier(ZHAO), ext)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", containsString("another verifier"));
      assertEquals(today().plusDays(5).toString(), ticket(id).getString("effectiveDeadline"));
      decide(Tokens.verifier("李四"), ext).then().statusCode(200);
    }
  }

  @Test
  void anExtensionIsNotDecidedByItsRequesterUnderAnotherSpelling() {
    String unit = unit("保密办");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(5), null, null))
            .getString("id");
    String requester = Tokens.token("zhao-a", "趙驗收", unit, "reporter", "verifier");
    String ext =
        given()
            .auth()
            .oauth2(requester)
            .contentType(ContentType.JSON)
            .body("{\"newDeadline\": \"" + today().plusDays(40) + "\", \"reason\": \"需要协调\"}")
            .post("/api/v1/tickets/" + id + "/extensions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    decide(requester, ext).then().statusCode(403);
    decide(Tokens.token("zhao-b", "赵 验收", null, "verifier"), ext).then().statusCode(403);
    decide(Tokens.verifier("张三"), ext).then().statusCode(403);
    decide(Tokens.verifier("李四"), ext).then().statusCode(200);
    JsonPath history = history(id);
    List<Map<String, Object>> items = history.getList("items");
    Map<String, Object> approved = items.get(items.size() - 1);
    assertEquals("extension_approved", approved.get("action"));
    assertEquals(
        List.of(
            Map.of(
                "field",
                "effectiveDeadline",
                "from",
                today().plusDays(5).toString(),
                "to",
                today().plusDays(40).toString())),
        approved.get("changes"));
  }

  @Test
  void aTicketUnderAWithdrawnProblemIsNeitherWorkedOnNorVerifiedOnlyCancelled() {
    String unit = unit("机关党委");
    UUID source = UUID.randomUUID();
    UUID problem = ProblemServiceStub.problem(source);
    String reporter = Tokens.reporter("王五", unit);
    String assigned =
        create(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, null)).getString("id");
    String submitted = submitted(unit, problem, "张三");
    // Withdrawn in problem-service (as the protocol allows it only for a ticket it did not see,
    // 0117): this service learns it from problem-service's feed and asks nothing (0274).
    ProblemServiceStub.problem(problem, source, "WITHDRAWN");
    CloseTodoTest.problemFeedSays(problem, "problem.withdrawn", "WITHDRAWN");
    int asked = ProblemServiceStub.reads(problem);
    act(reporter, assigned, "start", null)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/problem-withdrawn"))
        .body("problemIds", equalTo(List.of(problem.toString())));
    act(Tokens.verifier("李四"), submitted, "verify", "验收通过")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/problem-withdrawn"));
    assertEquals("SUBMITTED", ticket(submitted).getString("status"));
    assertEquals(asked, ProblemServiceStub.reads(problem), "the feed told it; nobody asked");
    // A ticket started while its problem was still open.
    UUID other = ProblemServiceStub.problem(source);
    String started =
        create(ticketJson(other, unit, "张三", "IMMEDIATE", null, null, null)).getString("id");
    act(reporter, started, "start", null).then().statusCode(200);
    ProblemServiceStub.problem(other, source, "WITHDRAWN");
    CloseTodoTest.problemFeedSays(other, "problem.withdrawn", "WITHDRAWN");
    progress(reporter, started, today(), "继续整改")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/problem-withdrawn"));
    put(reporter, started, ticketJson(other, unit, "钱七", "IMMEDIATE", null, null, null))
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/problem-withdrawn"));
    assertEquals("张三", ticket(started).getString("responsiblePerson"));
    assertEquals(null, ticket(started).getString("lastProgressAt"));
    act(Tokens.verifier("李四"), submitted, "cancel", "问题已撤销")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    act(Tokens.verifier("李四"), assigned, "cancel", "问题已撤销").then().statusCode(200);
  }

  @Test
  void whoeverAnsweredForAnEarlierRoundCannotVerifyAfterAReopen() {
    String unit = unit("宣传部");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id = submitted(unit, problem, ZHAO);
    act(Tokens.verifier("李四"), id, "verify", "验收通过").then().statusCode(200);
    act(Tokens.verifier("李四"), id, "reopen", "回头看发现反弹").then().statusCode(200);
    String reporter = Tokens.reporter("王五", unit);
    put(reporter, id, ticketJson(problem, unit, "钱七", "IMMEDIATE", null, null, null))
        .then()
        .statusCode(200);
    progress(reporter, id, today(), "再次整改").then().statusCode(201);
    act(Tokens.token("zhang-san", "张三", unit, "reporter"), id, "submit", null)
        .then()
        .statusCode(200);
    // 赵验收 was responsible in the first round, 王五 submitted it then.
    act(Tokens.verifier(ZHAO), id, "verify", "前一轮责任人").then().statusCode(403);
    act(Tokens.token("wang-wu", "王五", null, "verifier"), id, "verify", "前一轮提交人")
        .then()
        .statusCode(403);
    act(Tokens.verifier("李四"), id, "verify", "第二轮验收").then().statusCode(200);
  }

  @Test
  void anExtensionIsNotApprovedWhileTheTicketIsUnderReview() {
    String unit = unit("统战部");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String reporter = Tokens.reporter("王五", unit);
    String id =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(5), null, null))
            .getString("id");
    String ext =
        given()
            .auth()
            .oauth2(reporter)
            .contentType(ContentType.JSON)
            .body("{\"newDeadline\": \"" + today().plusDays(40) + "\", \"reason\": \"需要协调\"}")
            .post("/api/v1/tickets/" + id + "/extensions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "完成").then().statusCode(201);
    act(reporter, id, "submit", null).then().statusCode(200);
    decide(Tokens.verifier("李四"), ext)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/extension-not-applicable"));
    assertEquals(today().plusDays(5).toString(), ticket(id).getString("effectiveDeadline"));
  }
}
