package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.Todo;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.rectification.service.TicketTodos;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A to-do's id is keyed on its person's directory externalId: renamed in the directory and named
 * under the new name on the ticket, or named again after another person, he keeps the one to-do the
 * OA system holds. A to-do pushed under the id its person's name gave (before 0356) is still done
 * under that id (docs/decisions/0356).
 */
@QuarkusTest
class TodoIdKeyedOnDirectoryPersonTest extends WithOaTodoCentre {

  private static String body(String problem, String unitId, String person, String personId) {
    return """
        {"problemIds": ["%s"], "measure": "建立谈心谈话制度",
         "responsibleUnits": [{"externalId": "%s"}], %s"responsiblePersonExternalId": "%s",
         "timing": "DEADLINE", "deadline": "%s"}
        """
        .formatted(
            problem,
            unitId,
            person == null ? "" : "\"responsiblePerson\": \"" + person + "\", ",
            personId,
            today().plusDays(30));
  }

  private static void put(String id, String body) {
    String etag = given().auth().oauth2(Tokens.admin()).get("/api/v1/tickets/" + id).header("ETag");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(200);
  }

  private static List<String> starts(String ticketId) {
    return ConnectorFixtures.todos(ticketId).stream()
        .filter(t -> "START".equals(t.get("kind")))
        .map(t -> t.get("id") + " " + t.get("status") + " " + assignee(t))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static Object assignee(Map<String, Object> todo) {
    return ((Map<String, Object>) todo.get("assignee")).get("name");
  }

  @Test
  void aPersonRenamedOrNamedAgainKeepsHisOneToDo() {
    centre.weaverConnector();
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String unitId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unitId, "键科" + tag);
    String personId = DirectoryFixtures.id("P");
    String person = "键人" + tag;
    DirectoryFixtures.person(personId, person, unitId, "jr" + tag);
    String problem = ProblemServiceStub.problem(UUID.randomUUID()).toString();
    String id = create(body(problem, unitId, null, personId)).getString("id");
    String start = ConnectorFixtures.todo(id, "START").get("id").toString();
    await(() -> centre.weaver(start).size() == 1, WAIT, "START sent to 泛微");

    // renamed in the directory, and the ticket follows the new name
    String renamed = person + "新";
    DirectoryFixtures.renamePerson(personId, renamed, unitId, "jr" + tag);
    put(id, body(problem, unitId, renamed, personId));
    assertEquals(List.of(start + " OPEN " + renamed), starts(id));

    // another person, then he again: his to-do opens again under its id
    String otherId = DirectoryFixtures.id("P");
    DirectoryFixtures.person(otherId, "另人" + tag, unitId, "lr" + tag);
    put(id, body(problem, unitId, null, otherId));
    put(id, body(problem, unitId, null, personId));
    List<String> now = starts(id);
    assertEquals(2, now.size(), now::toString);
    assertEquals(start + " OPEN " + renamed, now.get(0));
    // 泛微 holds the one to-do: opened, updated (the name), closed while the other had the work,
    // opened again; never another to-do for him
    await(() -> centre.weaver(start).size() == 4, WAIT, "START pushed again");
    assertEquals(
        List.of(personId + " 0", personId + " 0", personId + " 2", personId + " 0"),
        centre.weaver(start));
    assertEquals(
        List.of(start),
        ConnectorFixtures.bodies(centre.oa, OaTodoCentre.WEAVER, "receiver", personId).stream()
            .map(b -> b.path("flowid").asText())
            .distinct()
            .toList());
  }

  @Test
  void aToDoPushedUnderItsNameKeyedIdIsDoneUnderIt() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String unitId = DirectoryFixtures.id("ORG");
    String unit = "旧键科" + tag;
    DirectoryFixtures.unit(unitId, unit);
    String personId = DirectoryFixtures.id("P");
    String person = "旧键人" + tag;
    DirectoryFixtures.person(personId, person, unitId, "jj" + tag);
    String weaver = centre.weaverConnector();
    String id =
        create(
                body(
                    ProblemServiceStub.problem(UUID.randomUUID()).toString(),
                    unitId,
                    null,
                    personId))
            .getString("id");
    String start = ConnectorFixtures.todo(id, "START").get("id").toString();
    await(() -> centre.weaver(start).size() == 1, WAIT, "START sent to 泛微");
    OaTodoCentre.awaitDelivered(weaver);

    // as an earlier version opened and pushed it: under the id of his name
    String byName =
        TicketTodos.stableId(
                UUID.fromString(id), Todo.Kind.START, Todo.AssigneeType.PERSON, person, "round 1")
            .toString();
    centre.sql("update todo set id = ?::uuid where id = ?::uuid", byName, start);
    centre.sql("update connector_todo_receiver set todo_id = ? where todo_id = ?", byName, start);

    act(Tokens.reporter(person, unit), id, "start", null).then().statusCode(200);
    assertEquals(List.of(byName + " DONE " + person), starts(id));
    await(() -> centre.weaver(byName).contains(personId + " 2"), WAIT, "START done in 泛微");
    String submit = ConnectorFixtures.todo(id, "SUBMIT").get("id").toString();
    assertNotEquals(
        TicketTodos.stableId(
                UUID.fromString(id), Todo.Kind.SUBMIT, Todo.AssigneeType.PERSON, person, "round 1")
            .toString(),
        submit,
        "a new to-do is keyed on his id");
  }
}
