package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.bihuan.rectification.rest.TodoSteps.MEASURE;
import static org.bihuan.rectification.rest.TodoSteps.byId;
import static org.bihuan.rectification.rest.TodoSteps.edit;
import static org.bihuan.rectification.rest.TodoSteps.open;
import static org.bihuan.rectification.rest.TodoSteps.openId;
import static org.bihuan.rectification.rest.TodoSteps.progressNow;
import static org.bihuan.rectification.rest.TodoSteps.requestExtension;
import static org.bihuan.rectification.rest.TodoSteps.ticket;
import static org.bihuan.rectification.rest.TodoSteps.todos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bihuan.rectification.Todo;
import org.bihuan.rectification.service.TicketTodos;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A to-do opens on entering its state and is done on leaving it, per unit, stable per round, never
 * twice at once.
 */
@QuarkusTest
class TodoRoundsTest {

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
    // A person no directory entry names: his to-do ids are keyed on his name (0356).
    String unit = unit("组织部");
    String zhang = Tokens.reporter("韦小宝", unit);
    String id = create(ticket(unit, "韦小宝", null, today().plusDays(40))).getString("id");
    act(zhang, id, "start", null).then().statusCode(200);
    String round1 = openId(id, "SUBMIT");
    assertEquals(
        TicketTodos.stableId(
                UUID.fromString(id), Todo.Kind.SUBMIT, Todo.AssigneeType.PERSON, "韦小宝", "round 1")
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
        ticket(unit, "韦小宝", null, today().plusDays(40))
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
