package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.DutySteps.ticket;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.service.WithdrawalRecheck;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A problem withdrawn while its ticket is linked (the recheck of docs/decisions/0117, by its sweep)
 * costs the ticket that problem only, when the ticket also serves others; and an edit that read the
 * ticket before the withdrawal and writes after it does not bring the problem back. The
 * interleaving is ordered: the edit's question to problem-service is held back (the stub answers
 * after a delay, as it was when asked), the withdrawal is settled meanwhile, then the edit writes.
 */
@QuarkusTest
class WithdrawnWhileEditedTest {

  @Inject WithdrawalRecheck recheck;
  @Inject AgroalDataSource db;

  @Test
  void aWithdrawnProblemIsTakenOffATicketThatServesOthersNotTheWholeTicketCancelled()
      throws Exception {
    UUID source = UUID.randomUUID();
    UUID withdrawn = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    UUID live = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    String id = create(twoProblems(withdrawn, live, unit("共用单位"), "张三")).getString("id");
    RecheckMarks.leaveAgedMark(db, id);
    ProblemServiceStub.problem(withdrawn, source, "WITHDRAWN", null);
    recheck.sweep();
    JsonPath t = ticket(id);
    assertEquals("ASSIGNED", t.getString("status"), "the ticket still serves " + live);
    assertEquals(List.of(live.toString()), t.getList("problemIds"));
    JsonPath h = history(id);
    Map<String, Object> entry = h.getMap("items.find { it.comment == '" + unlinkReason() + "' }");
    assertEquals("系统", entry.get("actorName"));
    assertEquals(
        List.of("problemIds"), h.getList("items.find { it.actorName == '系统' }.changes.field"));
    assertNull(RecheckMarks.mark(db, id));
  }

  @Test
  void anEditThatReadTheProblemBeforeItWasTakenOffDoesNotBringItBack() throws Exception {
    UUID source = UUID.randomUUID();
    UUID withdrawn = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    UUID live = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    String unit = unit("编辑竞争单位");
    String body = twoProblems(withdrawn, live, unit, "张三");
    String id = create(body).getString("id");
    String etag =
        given().auth().oauth2(Tokens.viewer()).get("/api/v1/tickets/" + id).header("ETag");
    // The edit reads the ticket with both problems and asks problem-service, which answers late.
    ProblemServiceStub.slowProblem(withdrawn, source, Duration.ofMillis(2_000));
    CompletableFuture<Response> edit =
        CompletableFuture.supplyAsync(
            () ->
                given()
                    .auth()
                    .oauth2(Tokens.reporter("王五", unit))
                    .header("If-Match", etag)
                    .contentType(ContentType.JSON)
                    .body(body.replace("组织专题学习", "改写措施：组织专题学习"))
                    .put("/api/v1/tickets/" + id));
    Thread.sleep(700);
    // Meanwhile the problem is withdrawn and the system takes it off the ticket.
    ProblemServiceStub.problem(withdrawn, source, "WITHDRAWN", null);
    RecheckMarks.leaveAgedMark(db, id);
    recheck.sweep();
    assertEquals(List.of(live.toString()), ticket(id).getList("problemIds"));
    Response answer = edit.get();
    answer
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.endsWith("/problem-withdrawn"))
        .body("currentState", org.hamcrest.Matchers.equalTo("ASSIGNED"))
        .body("problemIds", org.hamcrest.Matchers.equalTo(List.of(withdrawn.toString())));
    JsonPath after = ticket(id);
    assertEquals(List.of(live.toString()), after.getList("problemIds"), "not brought back");
    assertEquals("组织专题学习，建立学习台账。", after.getString("measure"), "nothing changed");
  }

  @Test
  void anEditOfATicketTheSystemCancelledMeanwhileIsRefusedAsWithdrawn() throws Exception {
    UUID source = UUID.randomUUID();
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    String unit = unit("撤销竞争单位");
    // "系统运维组" holds the system's own name: the system is no person and still cancels (0188).
    String body = ticketJson(problem, unit, "系统运维组", "DEADLINE", today().plusDays(20), null, null);
    String id = create(body).getString("id");
    ProblemServiceStub.slowProblem(problem, source, Duration.ofMillis(2_000));
    CompletableFuture<Response> edit =
        CompletableFuture.supplyAsync(
            () ->
                given()
                    .auth()
                    .oauth2(Tokens.reporter("王五", unit))
                    .contentType(ContentType.JSON)
                    .body(body.replace("组织专题学习", "改写措施：组织专题学习"))
                    .put("/api/v1/tickets/" + id));
    Thread.sleep(700);
    ProblemServiceStub.problem(problem, source, "WITHDRAWN", null);
    RecheckMarks.leaveAgedMark(db, id);
    recheck.sweep();
    assertEquals("CANCELLED", ticket(id).getString("status"));
    edit.get()
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.endsWith("/problem-withdrawn"))
        .body("currentState", org.hamcrest.Matchers.equalTo("CANCELLED"))
        .body("problemIds", org.hamcrest.Matchers.equalTo(List.of(problem.toString())));
    JsonPath after = ticket(id);
    assertEquals("CANCELLED", after.getString("status"));
    assertEquals("组织专题学习，建立学习台账。", after.getString("measure"), "nothing changed");
  }

  private static String unlinkReason() {
    return WithdrawalRecheck.UNLINK_REASON;
  }

  private static String twoProblems(UUID a, UUID b, String unit, String person) {
    return ticketJson(a, unit, person, "DEADLINE", today().plusDays(20), null, null)
        .replace("\"" + a + "\"", "\"" + a + "\", \"" + b + "\"");
  }

  private static JsonPath history(String id) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
