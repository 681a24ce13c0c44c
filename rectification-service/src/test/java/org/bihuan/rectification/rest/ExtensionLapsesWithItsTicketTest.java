package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.bihuan.rectification.rest.TodoSteps.byId;
import static org.bihuan.rectification.rest.TodoSteps.feedSince;
import static org.bihuan.rectification.rest.TodoSteps.open;
import static org.bihuan.rectification.rest.TodoSteps.openId;
import static org.bihuan.rectification.rest.TodoSteps.progressNow;
import static org.bihuan.rectification.rest.TodoSteps.requestExtension;
import static org.bihuan.rectification.rest.TodoSteps.ticket;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.service.WithdrawalRecheck;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An extension request still waiting when its ticket is verified or cancelled lapses with it, by
 * every route to those states; deciding it afterwards is a 409 that says why, in zh-CN.
 */
@QuarkusTest
class ExtensionLapsesWithItsTicketTest {

  @Inject WithdrawalRecheck recheck;
  @Inject AgroalDataSource db;

  @Test
  void aRequestWaitingWhenTheTicketIsVerifiedLapsesAndCannotBeApprovedOrComeBackOnReopen() {
    String unit = unit("组织部");
    String zhang = Tokens.reporter("张三", unit);
    LocalDate deadline = today().plusDays(20);
    String id = create(ticket(unit, "张三", null, deadline)).getString("id");
    act(zhang, id, "start", null).then().statusCode(200);
    progressNow(zhang, id);
    String ext = requestExtension(zhang, id, deadline.plusDays(30));
    String decide = openId(id, "DECIDE_EXTENSION");
    act(zhang, id, "submit", null).then().statusCode(200);
    long head = FeedHead.position();
    act(Tokens.verifier("王验收"), id, "verify", "整改到位").then().statusCode(200);

    extension(ext).body("status", equalTo("LAPSED")).body("decidedByName", equalTo("系统"));
    assertEquals("DONE", byId(id, decide).get("status"));
    assertEquals(Set.of(), open(id));
    List<String> feed = feedSince(head, id);
    assertTrue(feed.contains("ticket.extension_lapsed"), feed.toString());
    history(id)
        .body("items.find { it.action == 'extension_lapsed' }.actorName", equalTo("系统"))
        .body("items.find { it.action == 'extension_lapsed' }.comment", containsString("延期申请自动失效"));

    decideRefused(ext, "approve", null);
    decideRefused(ext, "refuse", "不同意");
    extension(ext).body("status", equalTo("LAPSED"));

    // 回头看: the ticket is back at work, the lapsed request does not ask for a decision again.
    act(Tokens.verifier("王验收"), id, "reopen", "回头看发现反弹").then().statusCode(200);
    assertEquals(Set.of("SUBMIT PERSON 张三"), open(id));
    // ... and a new request may be made.
    requestExtension(zhang, id, deadline.plusDays(40));
  }

  @Test
  void aRequestWaitingWhenTheTicketIsCancelledLapsesAndItsToDoIsCancelled() {
    String unit = unit("宣传部");
    String zhang = Tokens.reporter("张三", unit);
    LocalDate deadline = today().plusDays(20);
    String id = create(ticket(unit, "张三", null, deadline)).getString("id");
    String ext = requestExtension(zhang, id, deadline.plusDays(30));
    String decide = openId(id, "DECIDE_EXTENSION");
    act(Tokens.admin(), id, "cancel", "任务重复，撤销").then().statusCode(200);
    extension(ext)
        .body("status", equalTo("LAPSED"))
        .body("decisionComment", equalTo("工单已撤销，延期申请自动失效"));
    assertEquals("CANCELLED", byId(id, decide).get("status"));
    decideRefused(ext, "approve", null).body("detail", containsString("撤销"));
  }

  @Test
  void aRequestOfATicketTheSystemCancelsForAWithdrawnProblemLapses() throws Exception {
    UUID source = UUID.randomUUID();
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    String unit = unit("纪检组");
    LocalDate deadline = today().plusDays(20);
    String body =
        ticket(unit, "张三", null, deadline)
            .replaceFirst(
                "\"problemIds\": \\[\"[^\"]+\"\\]", "\"problemIds\": [\"" + problem + "\"]");
    String id = create(body).getString("id");
    String ext = requestExtension(Tokens.reporter("张三", unit), id, deadline.plusDays(30));
    RecheckMarks.leaveMark(db, id, Instant.now().minusSeconds(120));
    ProblemServiceStub.problem(problem, source, "WITHDRAWN", null);
    recheck.sweep();
    assertEquals("CANCELLED", TicketSteps.get(id).getString("status"));
    extension(ext).body("status", equalTo("LAPSED"));
    assertEquals(Set.of(), open(id));
  }

  private static ValidatableResponse extension(String ext) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/extensions/" + ext)
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse history(String id) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse decideRefused(String ext, String verb, String comment) {
    return given()
        .auth()
        .oauth2(Tokens.verifier("赵审批"))
        .contentType(ContentType.JSON)
        .body(comment == null ? "{}" : "{\"comment\": \"" + comment + "\"}")
        .post("/api/v1/extensions/" + ext + "/" + verb)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("extension-lapsed"))
        .body("title", equalTo("延期申请已失效"))
        .body("detail", containsString("已于工单"))
        .body("currentState", equalTo("LAPSED"));
  }
}
