package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.service.WithdrawalRecheck;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A ticket is asked about again after its commit (docs/decisions/0117); when the request never got
 * that far — the service stopped between the commit and the question — the sweep asks instead
 * (0168). The crash is played by leaving the mark the linking transaction set, as a stopped service
 * leaves it, and letting its grace pass.
 */
@QuarkusTest
class RecheckSweepTest {

  @Inject WithdrawalRecheck recheck;
  @Inject AgroalDataSource db;

  @Test
  void aTicketAskedAboutByItsOwnRequestKeepsNoMark() throws Exception {
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id = create(ticket(problem)).getString("id");
    assertNull(RecheckMarks.mark(db, id), "the request asked and cleared the mark");
  }

  @Test
  void aTicketLeftUnaskedUnderAWithdrawnProblemIsCancelledByTheSweep() throws Exception {
    UUID source = UUID.randomUUID();
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    String id = create(ticket(problem)).getString("id");
    // The service stopped after the commit: the mark stays; meanwhile the problem was withdrawn
    // (problem-service asked for its tickets before this one was committed and saw none).
    RecheckMarks.leaveMark(db, id, Instant.now().minusSeconds(120));
    ProblemServiceStub.problem(problem, source, "WITHDRAWN", null);
    recheck.sweep();
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .body("items.find { it.action == 'cancel' }.actorName", equalTo("系统"))
        .body("items.find { it.action == 'cancel' }.comment", equalTo(WithdrawalRecheck.REASON));
    assertNull(RecheckMarks.mark(db, id));
  }

  @Test
  void aTicketUnderAProblemStillBeingWithdrawnIsKeptUntilTheWithdrawalDecides() throws Exception {
    UUID source = UUID.randomUUID();
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    String id = create(ticket(problem)).getString("id");
    // A withdrawal marked the problem after the ticket was committed: it sees the ticket (0246)
    // and is refused; until it decides, the sweep neither cancels the ticket nor forgets it (0257).
    RecheckMarks.leaveMark(db, id, Instant.now().minusSeconds(120));
    ProblemServiceStub.problem(problem, source, "OPEN", Instant.now());
    recheck.sweep();
    status(id, "ASSIGNED");
    assertNotNull(RecheckMarks.mark(db, id), "asked again once the withdrawal has decided");
    ProblemServiceStub.problem(problem, source, "OPEN", null);
    RecheckMarks.leaveMark(db, id, Instant.now().minusSeconds(120));
    recheck.sweep();
    status(id, "ASSIGNED");
    assertNull(RecheckMarks.mark(db, id));
  }

  @Test
  void aTicketUnderALiveProblemOnlyLosesItsMarkAndAnUnansweredQuestionWaits() throws Exception {
    UUID source = UUID.randomUUID();
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    String live = create(ticket(problem)).getString("id");
    UUID other = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    String young = create(ticket(other)).getString("id");
    // Down before the marks are left: the service's own scheduled sweep, running meanwhile, cannot
    // clear them either.
    ProblemServiceStub.takeDown();
    try {
      RecheckMarks.leaveMark(db, live, Instant.now().minusSeconds(120));
      // A mark younger than the grace is the request's own business.
      RecheckMarks.leaveMark(db, young, Instant.now());
      recheck.sweep();
      assertNotNull(
          RecheckMarks.mark(db, live), "problem-service could not be asked: asked again next time");
      status(live, "ASSIGNED");
    } finally {
      ProblemServiceStub.restart();
    }
    ProblemServiceStub.problem(problem, source, "OPEN", null);
    // Postponed to the back of the queue: due again after the grace.
    RecheckMarks.leaveMark(db, live, Instant.now().minusSeconds(120));
    recheck.sweep();
    assertNull(RecheckMarks.mark(db, live));
    status(live, "ASSIGNED");
    assertNotNull(RecheckMarks.mark(db, young), "within the grace the sweep leaves a ticket alone");
  }

  @Test
  void aProblemLinkedByAnEditIsAskedAboutAgainToo() throws Exception {
    UUID source = UUID.randomUUID();
    UUID first = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    String unit = unit("改挂单位");
    String body = ticketJson(first, unit, "张三", "DEADLINE", today().plusDays(20), null, null);
    String id = create(body).getString("id");
    UUID second = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body.replace("\"" + first + "\"", "\"" + first + "\", \"" + second + "\""))
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(200);
    assertNull(RecheckMarks.mark(db, id), "the edit's request asked about the new problem");
  }

  private static String ticket(UUID problem) {
    return ticketJson(problem, unit("复核单位"), "张三", "DEADLINE", today().plusDays(20), null, null);
  }

  private static void status(String id, String status) {
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo(status));
  }
}
