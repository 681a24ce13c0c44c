package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.ORG;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.Todo;
import org.bihuan.rectification.service.DeadlineNotices;
import org.bihuan.rectification.service.TicketTodos;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * 待办 (DOMAIN.md "Who must act next"): each row of the table opens on entering the state and is done
 * on leaving it, ids are stable per round, the list filters and hides what a caller must not see,
 * the feed tells every open and close in order, and concurrent changes never leave two open.
 */
@QuarkusTest
class TodoTest {

  private static final String MEASURE = "组织专题学习，建立学习台账。";

  private static String ticket(String unit, String person, String reportEvery, LocalDate deadline) {
    return """
        {"problemIds": ["%s"], "measure": "%s",
         "responsibleUnits": [{"name": "%s", "externalId": "OA-%s"}]%s,
         "leaderInCharge": "李书记", "timing": "DEADLINE", "deadline": "%s"%s}
        """
        .formatted(
            ProblemServiceStub.problem(UUID.randomUUID()),
            MEASURE,
            unit,
            unit,
            person == null ? "" : ", \"responsiblePerson\": \"" + person + "\"",
            deadline,
            reportEvery == null ? "" : ", \"reportEvery\": \"" + reportEvery + "\"");
  }

  /** Every to-do of a ticket (admin's view), in opening order. */
  private static List<Map<String, Object>> todos(String ticketId) {
    return TodoFixtures.todos(Tokens.admin(), "ticketId", ticketId);
  }

  /** The open to-dos of a ticket as "KIND TYPE name" — and never two for one kind and assignee. */
  private static Set<String> open(String ticketId) {
    List<String> open = new ArrayList<>();
    for (Map<String, Object> t : todos(ticketId)) {
      if ("OPEN".equals(t.get("status"))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> a = (Map<String, Object>) t.get("assignee");
        open.add(t.get("kind") + " " + a.get("type") + " " + a.get("name"));
      }
    }
    Set<String> distinct = new TreeSet<>(open);
    assertEquals(
        open.size(), distinct.size(), "two open to-dos for one kind and assignee: " + open);
    return distinct;
  }

  private static String openId(String ticketId, String kind) {
    return todos(ticketId).stream()
        .filter(t -> "OPEN".equals(t.get("status")) && kind.equals(t.get("kind")))
        .map(t -> (String) t.get("id"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no open " + kind));
  }

  private static Map<String, Object> byId(String ticketId, String todoId) {
    return todos(ticketId).stream()
        .filter(t -> todoId.equals(t.get("id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no to-do " + todoId));
  }

  /** The feed after a position, as "type resourceId(kind)" for the events of one ticket. */
  private static List<String> feedSince(long after, String ticketId) {
    List<Map<String, Object>> events = TodoFixtures.events(after);
    List<String> out = new ArrayList<>();
    for (Map<String, Object> e : events) {
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) e.get("data");
      if ("ticket".equals(e.get("resourceType")) && ticketId.equals(e.get("resourceId"))) {
        out.add((String) e.get("type"));
      } else if ("todo".equals(e.get("resourceType")) && ticketId.equals(data.get("ticketId"))) {
        out.add(e.get("type") + " " + data.get("kind") + " " + data.get("status"));
      }
    }
    return out;
  }

  private static String progressNow(String token, String id) {
    progress(token, id, today(), "已召开专题会议").then().statusCode(201);
    return id;
  }

  @Test
  void eachRowOpensOnEnteringItsStateAndIsDoneOnLeavingIt() {
    String unit = unit("党委办公室");
    String zhang = Tokens.reporter("张三", unit);
    String verifier = Tokens.verifier("王验收");
    String id = create(ticket(unit, "张三", null, today().plusDays(40))).getString("id");
    assertEquals(Set.of("START PERSON 张三"), open(id));
    String startId = openId(id, "START");

    act(zhang, id, "start", null).then().statusCode(200);
    assertEquals(Set.of("SUBMIT PERSON 张三"), open(id));
    assertEquals("DONE", byId(id, startId).get("status"));
    assertTrue(byId(id, startId).get("doneAt") != null);
    String submit1 = openId(id, "SUBMIT");

    progressNow(zhang, id);
    assertEquals(Set.of("SUBMIT PERSON 张三"), open(id));
    assertEquals(submit1, openId(id, "SUBMIT"), "a progress report does not reopen the to-do");

    act(zhang, id, "submit", null).then().statusCode(200);
    assertEquals(Set.of("VERIFY ROLE verifier"), open(id));
    assertEquals("DONE", byId(id, submit1).get("status"));
    Map<String, Object> verify = byId(id, openId(id, "VERIFY"));
    // the responsible person and the leader in charge answer for the ticket (0188)
    assertEquals(List.of("张三", "李书记"), verify.get("notFor"));
    assertEquals("【整改】" + number(id) + " 验收：" + MEASURE, verify.get("title"));

    act(verifier, id, "reject", "佐证材料不全").then().statusCode(200);
    assertEquals(Set.of("SUBMIT PERSON 张三"), open(id));
    assertEquals("DONE", byId(id, (String) verify.get("id")).get("status"));

    act(zhang, id, "submit", null).then().statusCode(200);
    assertEquals(Set.of("VERIFY ROLE verifier"), open(id));
    act(verifier, id, "verify", "验收通过").then().statusCode(200);
    assertEquals(Set.of(), open(id));

    act(verifier, id, "reopen", "回头看发现反弹").then().statusCode(200);
    assertEquals(Set.of("SUBMIT PERSON 张三"), open(id));
    String submit3 = openId(id, "SUBMIT");
    act(Tokens.admin(), id, "cancel", "并入其他整改任务").then().statusCode(200);
    assertEquals(Set.of(), open(id));
    assertEquals("CANCELLED", byId(id, submit3).get("status"));
    // Every to-do of the life: START, SUBMIT ×3, VERIFY ×2; none left open.
    assertEquals(6, todos(id).size());
  }

  private static String number(String id) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .extract()
        .jsonPath()
        .getString("number");
  }

  @Test
  void withoutAResponsiblePersonEachResponsibleUnitGetsTheWorkWithItsExternalId() {
    String unit = unit("纪检组");
    String id = create(ticket(unit, null, null, today().plusDays(40))).getString("id");
    assertEquals(Set.of("START UNIT " + unit), open(id));
    Map<String, Object> start = todos(id).get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> a = (Map<String, Object>) start.get("assignee");
    assertEquals("OA-" + unit, a.get("externalId"));
    assertEquals(today().plusDays(40).toString(), start.get("dueDate"));
    // The links come from bihuan.todos.link-base-url (set for the tests; its trailing / dropped).
    assertEquals(
        Map.of(
            "pc", "https://zhenggai.example.gov.cn/tickets/" + id,
            "h5", "https://zhenggai.example.gov.cn/h5/tickets/" + id),
        start.get("links"));
    act(Tokens.reporter("赵六", unit), id, "start", null).then().statusCode(200);
    assertEquals(Set.of("SUBMIT UNIT " + unit), open(id));
  }

  @Test
  void idsAreStablePerRoundAndANewRoundGivesANewId() {
    String unit = unit("组织部");
    String zhang = Tokens.reporter("张三", unit);
    String id = create(ticket(unit, "张三", null, today().plusDays(40))).getString("id");
    act(zhang, id, "start", null).then().statusCode(200);
    String round1 = openId(id, "SUBMIT");
    assertEquals(
        TicketTodos.stableId(
                UUID.fromString(id), Todo.Kind.SUBMIT, Todo.AssigneeType.PERSON, "张三", "round 1")
            .toString(),
        round1);
    // The responsible person changes and changes back within the round: the same to-do reopens.
    String edited = ticket(unit, "李四", null, today().plusDays(40));
    JsonPath t = given().auth().oauth2(Tokens.viewer()).get("/api/v1/tickets/" + id).jsonPath();
    String problem = t.getString("problemIds[0]");
    edit(
        id,
        edited.replaceFirst(
            "\"problemIds\": \\[\"[^\"]+\"\\]", "\"problemIds\": [\"" + problem + "\"]"));
    assertEquals(Set.of("SUBMIT PERSON 李四"), open(id));
    assertEquals("DONE", byId(id, round1).get("status"));
    edit(
        id,
        ticket(unit, "张三", null, today().plusDays(40))
            .replaceFirst(
                "\"problemIds\": \\[\"[^\"]+\"\\]", "\"problemIds\": [\"" + problem + "\"]"));
    assertEquals(round1, openId(id, "SUBMIT"));

    progressNow(zhang, id);
    act(zhang, id, "submit", null).then().statusCode(200);
    String verify1 = openId(id, "VERIFY");
    act(Tokens.verifier("王验收"), id, "reject", "再补充").then().statusCode(200);
    String round2 = openId(id, "SUBMIT");
    assertNotEquals(round1, round2);
    act(zhang, id, "submit", null).then().statusCode(200);
    String verify2 = openId(id, "VERIFY");
    assertNotEquals(verify1, verify2);
    assertEquals(
        TicketTodos.stableId(
                UUID.fromString(id),
                Todo.Kind.VERIFY,
                Todo.AssigneeType.ROLE,
                "verifier",
                "round 2")
            .toString(),
        verify2);
  }

  private static void edit(String id, String body) {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(200);
  }

  private static String requestExtension(String token, String id, LocalDate to) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"newDeadline\": \"" + to + "\", \"reason\": \"需协调上级部门\"}")
        .post("/api/v1/tickets/" + id + "/extensions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

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
  void leavingByCancelOrRefusalClosesWhatWasOpen() {
    String unit = unit("统战部");
    String zhang = Tokens.reporter("张三", unit);
    LocalDate deadline = today().plusDays(20);
    // ASSIGNED, cancelled: START is cancelled.
    String assigned = create(ticket(unit, "张三", null, deadline)).getString("id");
    String start = openId(assigned, "START");
    act(Tokens.admin(), assigned, "cancel", "重复下发").then().statusCode(200);
    assertEquals(Set.of(), open(assigned));
    assertEquals("CANCELLED", byId(assigned, start).get("status"));
    // SUBMITTED, cancelled: VERIFY is cancelled.
    String submitted = create(ticket(unit, "张三", null, deadline)).getString("id");
    act(zhang, submitted, "start", null).then().statusCode(200);
    progressNow(zhang, submitted);
    act(zhang, submitted, "submit", null).then().statusCode(200);
    String verify = openId(submitted, "VERIFY");
    act(Tokens.admin(), submitted, "cancel", "并入其他整改任务").then().statusCode(200);
    assertEquals("CANCELLED", byId(submitted, verify).get("status"));
    // An extension refused: DECIDE_EXTENSION is done, SUBMIT keeps its deadline.
    String extended = create(ticket(unit, "张三", null, deadline)).getString("id");
    act(zhang, extended, "start", null).then().statusCode(200);
    String ext = requestExtension(zhang, extended, deadline.plusDays(10));
    String decide = openId(extended, "DECIDE_EXTENSION");
    given()
        .auth()
        .oauth2(Tokens.verifier("王验收"))
        .contentType(ContentType.JSON)
        .body("{\"comment\": \"理由不充分\"}")
        .post("/api/v1/extensions/" + ext + "/refuse")
        .then()
        .statusCode(200);
    assertEquals(Set.of("SUBMIT PERSON 张三"), open(extended));
    assertEquals("DONE", byId(extended, decide).get("status"));
    assertEquals(deadline.toString(), byId(extended, openId(extended, "SUBMIT")).get("dueDate"));
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

  /** The organisation's clock moved ahead. */
  static class MovedClock extends OrganisationClock {
    private final Clock clock;

    MovedClock(Duration by) {
      super(ORG);
      this.clock = Clock.offset(Clock.system(ORG), by);
    }

    @Override
    public Clock clock() {
      return clock;
    }
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

  @Test
  void theListFiltersByAssigneeStatusAndKindAndShowsEachCallerWhatTheyMaySee() {
    String unit = unit("财务处");
    String other = unit("审计处");
    String zhang = Tokens.reporter("张三", unit);
    String a = create(ticket(unit, "张三", null, today().plusDays(30))).getString("id");
    String b = create(ticket(unit, null, null, today().plusDays(30))).getString("id");
    String c = create(ticket(other, null, null, today().plusDays(30))).getString("id");
    act(zhang, a, "start", null).then().statusCode(200);
    progressNow(zhang, a);
    act(zhang, a, "submit", null).then().statusCode(200);

    // By the unit's name and by its externalId: the same to-do.
    assertEquals(List.of(openId(b, "START")), ids(Tokens.admin(), "assignee", unit));
    assertEquals(List.of(openId(b, "START")), ids(Tokens.admin(), "assignee", "OA-" + unit));
    assertEquals(
        List.of(openId(b, "START")),
        ids(Tokens.admin(), "assignee", unit, "status", "OPEN", "kind", "START"));
    assertEquals(List.of(), ids(Tokens.admin(), "assignee", unit, "kind", "SUBMIT"));
    assertEquals(
        2, ids(Tokens.admin(), "ticketId", a, "status", "DONE").size(), "START and SUBMIT");

    // A reporter of the unit: his unit's own work, not the verifiers' to-do on ticket a.
    List<String> seen = ids(zhang, "status", "OPEN");
    assertTrue(seen.contains(openId(b, "START")), seen.toString());
    assertFalse(seen.contains(openId(a, "VERIFY")));
    assertFalse(seen.contains(openId(c, "START")));
    assertEquals(List.of(), ids(Tokens.reporter("钱八", other), "ticketId", b));
    // Verifiers see the VERIFY to-do — unless they answer for the ticket.
    assertEquals(
        List.of(openId(a, "VERIFY")),
        ids(Tokens.verifier("王验收"), "ticketId", a, "assignee", "verifier", "status", "OPEN"));
    assertEquals(
        List.of(),
        ids(
            Tokens.token("v-zhang", "张三", null, "verifier"),
            "ticketId",
            a,
            "assignee",
            "verifier"));

    // Paging with the service's cursor: every to-do once.
    List<String> paged = new ArrayList<>();
    String cursor = null;
    do {
      var req =
          given().auth().oauth2(Tokens.admin()).queryParam("assignee", unit).queryParam("limit", 1);
      if (cursor != null) {
        req = req.queryParam("cursor", cursor);
      }
      JsonPath page = req.get("/api/v1/todos").then().statusCode(200).extract().jsonPath();
      paged.addAll(page.getList("items.id"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertEquals(ids(Tokens.admin(), "assignee", unit), paged);

    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("kind", "LATER")
        .get("/api/v1/todos")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("kind"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("status", "opened")
        .get("/api/v1/todos")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().get("/api/v1/todos").then().statusCode(401);
  }

  private static List<String> ids(String token, String... query) {
    var req = given().auth().oauth2(token).queryParam("limit", 500);
    for (int i = 0; i < query.length; i += 2) {
      req = req.queryParam(query[i], query[i + 1]);
    }
    return req.get("/api/v1/todos").then().statusCode(200).extract().jsonPath().getList("items.id");
  }

  @Test
  void theFeedTellsEachOpenAndCloseRightAfterTheTicketChangeThatCausedIt() {
    String unit = unit("机关党委");
    String zhang = Tokens.reporter("张三", unit);
    long head = FeedHead.position();
    String id = create(ticket(unit, "张三", null, today().plusDays(30))).getString("id");
    act(zhang, id, "start", null).then().statusCode(200);
    progressNow(zhang, id);
    act(zhang, id, "submit", null).then().statusCode(200);
    act(Tokens.verifier("王验收"), id, "verify", "验收通过").then().statusCode(200);
    assertEquals(
        List.of(
            "ticket.created",
            "todo.opened START OPEN",
            "ticket.started",
            "todo.done START DONE",
            "todo.opened SUBMIT OPEN",
            "ticket.progress_reported",
            "ticket.submitted",
            "todo.done SUBMIT DONE",
            "todo.opened VERIFY OPEN",
            "ticket.verified",
            "todo.done VERIFY DONE"),
        feedSince(head, id));
  }

  @Test
  void concurrentChangesNeverLeaveTwoOpenToDos() throws Exception {
    String unit = unit("工会");
    String zhang = Tokens.reporter("张三", unit);
    List<String> tickets = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      tickets.add(create(ticket(unit, "张三", null, today().plusDays(30))).getString("id"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (String id : tickets) {
        for (int k = 0; k < 3; k++) {
          final int n = k;
          Callable<Integer> start =
              () -> {
                go.await();
                return act(zhang, id, "start", null).statusCode();
              };
          Callable<Integer> extend =
              () -> {
                go.await();
                return given()
                    .auth()
                    .oauth2(zhang)
                    .contentType(ContentType.JSON)
                    .body(
                        "{\"newDeadline\": \""
                            + today().plusDays(60 + n)
                            + "\", \"reason\": \"并发\"}")
                    .post("/api/v1/tickets/" + id + "/extensions")
                    .statusCode();
              };
          results.add(pool.submit(start));
          results.add(pool.submit(extend));
        }
      }
      go.countDown();
      Set<Integer> codes = new HashSet<>();
      for (Future<Integer> f : results) {
        codes.add(f.get());
      }
      assertTrue(Set.of(200, 201, 409).containsAll(codes), codes.toString());
    } finally {
      pool.shutdown();
    }
    for (String id : tickets) {
      assertEquals(Set.of("SUBMIT PERSON 张三", "DECIDE_EXTENSION ROLE verifier"), open(id));
      long startOpened = todos(id).stream().filter(t -> "START".equals(t.get("kind"))).count();
      assertEquals(1, startOpened, "START opened once");
    }
  }
}
