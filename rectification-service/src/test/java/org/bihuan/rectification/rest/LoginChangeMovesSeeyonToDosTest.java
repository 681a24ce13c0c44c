package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.OaTodoCentre.RECEIVE;
import static org.bihuan.rectification.rest.OaTodoCentre.UPDATE;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A person's login changes in the directory while his to-do is open in 致远, which files it by login
 * (noneBindingReceiver): the to-do moves at once, pending at the new login and done at the old one,
 * without waiting for the ticket to change; 泛微, which files it by id, keeps it open where it is
 * (docs/decisions/0356).
 */
@QuarkusTest
class LoginChangeMovesSeeyonToDosTest extends WithOaTodoCentre {

  private static final String FIELD = "noneBindingReceiver";

  @Test
  void theOpenToDoMovesToTheNewLoginAtOnceAndItsDoneReachesIt() {
    centre.seeyonConnector("\"receiverField\": \"noneBindingReceiver\"");
    centre.weaverConnector();
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String unitId = DirectoryFixtures.id("ORG");
    String unit = "登录科" + tag;
    DirectoryFixtures.unit(unitId, unit);
    String personId = DirectoryFixtures.id("P");
    String person = "登录人" + tag;
    String before = "dl" + tag;
    DirectoryFixtures.person(personId, person, unitId, before);
    String id =
        create(
                """
                {"problemIds": ["%s"], "measure": "建立谈心谈话制度",
                 "responsibleUnits": [{"externalId": "%s"}], "responsiblePersonExternalId": "%s",
                 "timing": "DEADLINE", "deadline": "%s"}
                """
                    .formatted(
                        ProblemServiceStub.problem(UUID.randomUUID()),
                        unitId,
                        personId,
                        today().plusDays(30)))
            .getString("id");
    String start = ConnectorFixtures.todo(id, "START").get("id").toString();
    await(() -> !centre.seeyon(RECEIVE, FIELD, start).isEmpty(), WAIT, "START sent to 致远");
    assertEquals(List.of(before), centre.seeyon(RECEIVE, FIELD, start));
    await(() -> !centre.weaver(start).isEmpty(), WAIT, "START sent to 泛微");

    // the directory gives him another login; nothing happens to the ticket
    String after = "dl2" + tag;
    DirectoryFixtures.renamePerson(personId, person, unitId, after);
    await(
        () -> centre.seeyon(RECEIVE, FIELD, start).size() == 2,
        WAIT,
        "START pending at the new login");
    assertEquals(List.of(before, after), centre.seeyon(RECEIVE, FIELD, start));
    await(
        () -> centre.seeyon(UPDATE, FIELD, start).size() == 1, WAIT, "START done at the old login");
    assertEquals(List.of(before), centre.seeyon(UPDATE, FIELD, start));
    // 泛微 has it under his id: never closed there while it is open
    assertEquals(
        List.of(),
        centre.weaver(start).stream().filter(p -> !p.equals(personId + " 0")).toList(),
        () -> centre.weaver(start).toString());

    // he starts: the done reaches the login that has it now
    act(Tokens.reporter(person, unit), id, "start", null).then().statusCode(200);
    await(() -> centre.seeyon(UPDATE, FIELD, start).size() == 2, WAIT, "START done in 致远");
    assertEquals(List.of(before, after), centre.seeyon(UPDATE, FIELD, start));
    await(() -> centre.weaver(start).contains(personId + " 2"), WAIT, "START done in 泛微 at his id");
  }
}
