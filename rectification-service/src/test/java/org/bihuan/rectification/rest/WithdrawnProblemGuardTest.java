package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The guard PROBLEMS_NOT_WITHDRAWN without a question per transition (docs/decisions/0274): a
 * ticket whose links were confirmed is moved on what this service holds; one whose links are still
 * unconfirmed (its request stopped between its commit and its question, 0168) is asked about, and a
 * withdrawn problem still stops it, whatever the feed says.
 */
@QuarkusTest
class WithdrawnProblemGuardTest {

  @Inject AgroalDataSource db;

  private static String inProgress(UUID problem, String unit) {
    String reporter = Tokens.reporter("王五", unit);
    String id =
        create(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, null)).getString("id");
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "已整改").then().statusCode(201);
    return id;
  }

  @Test
  void aConfirmedTicketIsSubmittedRejectedAndVerifiedWithoutAskingProblemService() {
    String unit = unit("纪检组");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id = inProgress(problem, unit);
    int asked = ProblemServiceStub.reads(problem);
    String reporter = Tokens.reporter("王五", unit);
    String verifier = Tokens.verifier("李四");
    act(reporter, id, "submit", null).then().statusCode(200);
    act(verifier, id, "reject", "补充材料").then().statusCode(200);
    act(reporter, id, "submit", null).then().statusCode(200);
    act(verifier, id, "verify", "验收通过").then().statusCode(200).body("status", equalTo("VERIFIED"));
    act(verifier, id, "reopen", "回头看").then().statusCode(200);
    progress(reporter, id, today(), "再次整改").then().statusCode(201);
    assertEquals(asked, ProblemServiceStub.reads(problem), "no transition asked problem-service");
  }

  @Test
  void aTicketWithUnconfirmedLinksIsAskedAboutAndRefusedUnderAWithdrawnProblem() throws Exception {
    String unit = unit("宣传部");
    UUID source = UUID.randomUUID();
    UUID problem = ProblemServiceStub.problem(source);
    String id = inProgress(problem, unit);
    // Its request stopped between the commit and its question (0168), and the problem was
    // withdrawn by a withdrawal that asked for its tickets before this one committed; the feed has
    // not told it yet.
    RecheckMarks.leaveMark(db, id, Instant.now());
    ProblemServiceStub.problem(problem, source, "WITHDRAWN");
    int asked = ProblemServiceStub.reads(problem);
    String reporter = Tokens.reporter("王五", unit);
    act(reporter, id, "submit", null)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/problem-withdrawn"))
        .body("problemIds", equalTo(List.of(problem.toString())));
    progress(reporter, id, today(), "继续整改")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/problem-withdrawn"));
    assertTrue(ProblemServiceStub.reads(problem) > asked, "problem-service was asked");
    assertEquals("IN_PROGRESS", DutySteps.ticket(id).getString("status"));
    act(Tokens.verifier("李四"), id, "cancel", "问题已撤销").then().statusCode(200);
  }
}
