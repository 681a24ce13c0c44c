package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A ticket that names its unit and people by name alone is linked to the directory's entry of that
 * name where there is exactly one: on creation, and when the entry appears later; its to-dos then
 * reach the person by his login. Namesakes link nobody.
 */
@QuarkusTest
class NamesLinkedToTheDirectoryTest {

  /** A name nobody else's test uses: 测 and three random characters. */
  private static String name(String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < 3; i++) {
      b.append((char) (0x4E00 + ThreadLocalRandom.current().nextInt(0, 6000)));
    }
    return b.toString();
  }

  private static String ticket(String unit, String person) {
    return """
        {"problemIds": ["%s"], "measure": "建立谈心谈话制度。",
         "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "%s",
         "timing": "DEADLINE", "deadline": "%s"}
        """
        .formatted(
            ProblemServiceStub.problem(UUID.randomUUID()), unit, person, today().plusDays(60));
  }

  private static List<Map<String, Object>> openFor(String assignee) {
    return TodoFixtures.todos(Tokens.admin(), "assignee", assignee, "status", "OPEN");
  }

  @Test
  void aTicketNamingADirectoryUnitAndPersonByNameIsLinkedAndHisToDosReachHisLogin() {
    String unitId = DirectoryFixtures.id("ORG");
    String unit = name("测单位");
    DirectoryFixtures.unit(unitId, unit);
    String personId = DirectoryFixtures.id("P");
    String person = name("测");
    String login = "u" + UUID.randomUUID().toString().substring(0, 8);
    DirectoryFixtures.person(personId, person, unitId, login);

    JsonPath t = create(ticket(unit, person));
    assertEquals(unitId, t.getString("responsibleUnits[0].externalId"));
    assertEquals(personId, t.getString("responsiblePersonExternalId"));
    List<Map<String, Object>> todos = openFor(login);
    assertEquals(1, todos.size(), todos.toString());
    assertEquals("START", todos.get(0).get("kind"));
    assertEquals(t.getString("id"), todos.get(0).get("ticketId"));
  }

  @Test
  void aTicketWrittenBeforeItsPersonAndUnitWereInTheDirectoryIsLinkedWhenTheyArePut() {
    String unit = name("测单位");
    String person = name("测");
    JsonPath t = create(ticket(unit, person));
    assertNull(t.getString("responsibleUnits[0].externalId"));
    assertNull(t.getString("responsiblePersonExternalId"));
    String login = "u" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(0, openFor(login).size());

    String unitId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unitId, unit);
    String personId = DirectoryFixtures.id("P");
    DirectoryFixtures.person(personId, person, unitId, login);

    // Linked in the background within seconds of the PUTs (0333).
    JsonPath now = TicketSteps.get(t.getString("id"));
    for (int i = 0; i < 100 && now.getString("responsiblePersonExternalId") == null; i++) {
      sleep();
      now = TicketSteps.get(t.getString("id"));
    }
    assertEquals(unitId, now.getString("responsibleUnits[0].externalId"));
    assertEquals(personId, now.getString("responsiblePersonExternalId"));
    List<Map<String, Object>> todos = openFor(login);
    assertEquals(1, todos.size(), todos.toString());
    assertEquals(t.getString("id"), todos.get(0).get("ticketId"));
    @SuppressWarnings("unchecked")
    Map<String, Object> assignee = (Map<String, Object>) todos.get(0).get("assignee");
    assertEquals(personId, assignee.get("externalId"));
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void twoDirectoryPeopleOfOneNameLinkNeither() {
    String unitId = DirectoryFixtures.id("ORG");
    String unit = name("测单位");
    DirectoryFixtures.unit(unitId, unit);
    String person = name("测");
    DirectoryFixtures.person(
        DirectoryFixtures.id("P"),
        person,
        unitId,
        "a" + UUID.randomUUID().toString().substring(0, 8));
    DirectoryFixtures.person(
        DirectoryFixtures.id("P"),
        person,
        unitId,
        "b" + UUID.randomUUID().toString().substring(0, 8));
    JsonPath t = create(ticket(unit, person));
    assertNull(t.getString("responsiblePersonExternalId"));
    assertEquals(unitId, t.getString("responsibleUnits[0].externalId"));
  }
}
