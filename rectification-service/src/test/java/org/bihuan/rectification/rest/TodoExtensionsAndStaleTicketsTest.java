package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.bihuan.rectification.rest.TodoSteps.byId;
import static org.bihuan.rectification.rest.TodoSteps.feedSince;
import static org.bihuan.rectification.rest.TodoSteps.open;
import static org.bihuan.rectification.rest.TodoSteps.openId;
import static org.bihuan.rectification.rest.TodoSteps.progressNow;
import static org.bihuan.rectification.rest.TodoSteps.requestExtension;
import static org.bihuan.rectification.rest.TodoSteps.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.rest.TodoSteps.MovedClock;
import org.bihuan.rectification.service.DeadlineNotices;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * To-dos of extension requests, stale tickets and overdue tickets the leader in charge supervises.
 */
@QuarkusTest
class TodoExtensionsAndStaleTicketsTest {

  @Test
  void anExtensionRequestWaitsForAnApproverWhoIsNotTheRequester() {
    String unit = unit("宣传部");
    String zhang = Tokens.reporter("张三", unit);
    LocalDate deadline = today().plusDays(20);
    String id = create(ticket(unit, "张三", null, deadline)).getString("id");
    act(zhang, id, "start", null).then().statusCode(200);
    String ext = requestExtension(Tokens.reporter("孙七", unit), id, deadline.plusDays(30));
    assertEquals(Set.of("SUBMIT PERSON 张三", "DECIDE_EXTENSION ROLE verifier"), open(id));
    Map<String, Object> decide = byId(id, openId(id, "DECIDE_EXTENSION"));
    assertEquals(List.of("孙七", "张三", "李书记"), decide.get("notFor"));
    assertEquals(deadline.toString(), decide.get("dueDate"));
    given()
        .auth()
        .oauth2(Tokens.verifier("王验收"))
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/extensions/" + ext + "/approve")
        .then()
        .statusCode(200);
    assertEquals(Set.of("SUBMIT PERSON 张三"), open(id));
    assertEquals("DONE", byId(id, (String) decide.get("id")).get("status"));
    assertEquals(deadline.plusDays(30).toString(), byId(id, openId(id, "SUBMIT")).get("dueDate"));

    // A second request is a new to-do; cancelling the ticket cancels it.
    String ext2 = requestExtension(zhang, id, deadline.plusDays(60));
    String decide2 = openId(id, "DECIDE_EXTENSION");
    assertNotEquals(decide.get("id"), decide2);
    assertFalse(ext2.equals(ext));
    act(Tokens.admin(), id, "cancel", "撤销").then().statusCode(200);
    assertEquals(Set.of(), open(id));
    assertEquals("CANCELLED", byId(id, decide2).get("status"));
  }

  @Test
  void aStaleTicketThatIsSubmittedNoLongerAsksForAReport() {
    String unit = unit("保密办");
    String zhang = Tokens.reporter("张三", unit);
    String id = create(ticket(unit, "张三", "WEEK", today().plusDays(90))).getString("id");
    act(zhang, id, "start", null).then().statusCode(200);
    progressNow(zhang, id);
    QuarkusMock.installMockForType(new MovedClock(Duration.ofDays(10)), OrganisationClock.class);
    // Any change of a ticket that is stale by now opens REPORT: here an extension request.
    requestExtension(zhang, id, today().plusDays(120));
    assertEquals(
        Set.of("SUBMIT PERSON 张三", "REPORT PERSON 张三", "DECIDE_EXTENSION ROLE verifier"), open(id));
    String report = openId(id, "REPORT");
    act(zhang, id, "submit", null).then().statusCode(200);
    // The request still waits for a decision (it may be refused while the ticket is submitted).
    assertEquals(Set.of("VERIFY ROLE verifier", "DECIDE_EXTENSION ROLE verifier"), open(id));
    assertEquals("DONE", byId(id, report).get("status"));
  }

  @Inject DeadlineNotices notices;

  @Test
  void theLeaderInChargeSupervisesATicketOverdueForThreeDaysUntilItIsSubmitted() {
    String unit = unit("信访办");
    String zhang = Tokens.reporter("张三", unit);
    LocalDate deadline = today().plusDays(5);
    String id = create(ticket(unit, "张三", "MONTH", deadline)).getString("id");
    act(zhang, id, "start", null).then().statusCode(200);
    progressNow(zhang, id);
    // Two days overdue: not yet.
    QuarkusMock.installMockForType(new MovedClock(Duration.ofDays(7)), OrganisationClock.class);
    notices.openTimedTodos();
    assertEquals(Set.of("SUBMIT PERSON 张三"), open(id));
    // Three days overdue: the leader in charge supervises; a second sweep opens nothing more.
    QuarkusMock.installMockForType(new MovedClock(Duration.ofDays(8)), OrganisationClock.class);
    long head = FeedHead.position();
    notices.openTimedTodos();
    notices.openTimedTodos();
    assertEquals(Set.of("SUBMIT PERSON 张三", "SUPERVISE PERSON 李书记"), open(id));
    assertEquals(List.of("todo.opened SUPERVISE OPEN"), feedSince(head, id));
    String supervise = openId(id, "SUPERVISE");
    assertTrue(((String) byId(id, supervise).get("title")).contains(" 督办："));
    // The month's report is missed later on: the sweep opens REPORT on its own.
    QuarkusMock.installMockForType(new MovedClock(Duration.ofDays(40)), OrganisationClock.class);
    notices.openTimedTodos();
    assertEquals(Set.of("SUBMIT PERSON 张三", "SUPERVISE PERSON 李书记", "REPORT PERSON 张三"), open(id));
    act(zhang, id, "submit", null).then().statusCode(200);
    // Submitted late it is still overdue (DOMAIN.md), so 督办 stays until it is verified.
    assertEquals(Set.of("VERIFY ROLE verifier", "SUPERVISE PERSON 李书记"), open(id));
    act(Tokens.verifier("王验收"), id, "verify", "验收通过").then().statusCode(200);
    assertEquals(Set.of(), open(id));
    assertEquals("DONE", byId(id, supervise).get("status"));
  }

  @Test
  void aStaleTicketAsksForAProgressReportUntilOneIsFiled() {
    String unit = unit("办公室");
    String zhang = Tokens.reporter("张三", unit);
    String id = create(ticket(unit, "张三", "WEEK", today().plusDays(90))).getString("id");
    assertEquals(Set.of("START PERSON 张三"), open(id));
    QuarkusMock.installMockForType(new MovedClock(Duration.ofDays(10)), OrganisationClock.class);
    act(zhang, id, "start", null).then().statusCode(200);
    assertEquals(Set.of("SUBMIT PERSON 张三", "REPORT PERSON 张三"), open(id));
    String report = openId(id, "REPORT");
    assertTrue(((String) byId(id, report).get("title")).contains(" 汇报进展："));
    progress(zhang, id, today().plusDays(10), "按周汇报").then().statusCode(201);
    assertEquals(Set.of("SUBMIT PERSON 张三"), open(id));
    assertEquals("DONE", byId(id, report).get("status"));
  }
}
