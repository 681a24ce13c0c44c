package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.OaTodoCentre.RECEIVE;
import static org.bihuan.rectification.rest.OaTodoCentre.UPDATE;
import static org.bihuan.rectification.rest.OaTodoCentre.WEAVER;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A to-do pushed to an OA system under a person's name, whose person the directory links later
 * (0333), is closed there under the name and opened under his id at once (todo.updated), so the OA
 * system holds exactly one open to-do, and the 已办 after he acts closes the one he has (0344).
 */
@QuarkusTest
class TodoReceiverLinkedLaterTest extends WithOaTodoCentre {

  private static String name(String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < 3; i++) {
      b.append((char) (0x4E00 + ThreadLocalRandom.current().nextInt(0, 6000)));
    }
    return b.toString();
  }

  /** 泛微's pushes of the to-do: receiver and isremark, in order. */
  private List<String> weaver(String todoId) {
    return centre.weaver(todoId);
  }

  private List<String> seeyon(String path, String todoId) {
    return centre.seeyon(path, "thirdReceiverId", todoId);
  }

  private static String ticketNaming(String unit, String person) {
    return OaTodoCentre.ticketNaming(unit, person);
  }

  /** PUTs the unit and the person into the directory (the background job links them); his id. */
  private static String putIntoTheDirectory(String unit, String person) {
    return OaTodoCentre.putIntoTheDirectory(
        unit, person, "x" + UUID.randomUUID().toString().substring(0, 8));
  }

  @Test
  void linkingThePersonMovesTheOpenToDoToHisIdAndItsDoneReachesHim() {
    centre.weaverConnector();
    centre.seeyonConnector("");
    String unit = name("测科");
    String person = name("测");
    String id = ticketNaming(unit, person);
    String start = ConnectorFixtures.todo(id, "START").get("id").toString();
    await(() -> weaver(start).size() == 1, WAIT, "START sent to 泛微");
    assertEquals(List.of(person + " 0"), weaver(start));
    await(() -> seeyon(RECEIVE, start).size() == 1, WAIT, "START sent to 致远");

    // the directory learns the unit and the person: the ticket is linked in the background
    String personId = putIntoTheDirectory(unit, person);
    await(() -> weaver(start).size() == 3, WAIT, "START moved in 泛微");
    assertEquals(List.of(person + " 0", personId + " 0", person + " 2"), weaver(start));
    await(() -> seeyon(RECEIVE, start).size() == 2, WAIT, "START moved in 致远");
    await(() -> seeyon(UPDATE, start).size() == 1, WAIT, "START closed at the name in 致远");
    assertEquals(List.of(person), seeyon(UPDATE, start));
    assertEquals(List.of(person, personId), seeyon(RECEIVE, start));

    // he starts: the 已办 closes the to-do he holds, and nobody else is told again
    act(Tokens.reporter(person, unit), id, "start", null).then().statusCode(200);
    await(() -> weaver(start).size() == 4, WAIT, "START done in 泛微");
    assertEquals(
        List.of(person + " 0", personId + " 0", person + " 2", personId + " 2"), weaver(start));
    await(() -> seeyon(UPDATE, start).size() == 2, WAIT, "START done in 致远");
    assertEquals(List.of(person, personId), seeyon(UPDATE, start));
  }

  @Test
  void aCloseTheOaSystemRefusesAtTheOldReceiverHoldsNothingBackAndIsTriedAgain() {
    centre.weaverConnector();
    String unit = name("测科");
    String person = name("测");
    // 泛微 no longer knows the name: it refuses to mark the to-do done for it
    centre.oa.stubFor(
        post(urlPathEqualTo(WEAVER))
            .atPriority(1)
            .withRequestBody(
                matchingJsonPath("$[?(@.receiver == '" + person + "' && @.isremark == '2')]"))
            .willReturn(okJson("{\"operResult\": \"0\", \"message\": \"接收人不存在\"}")));
    String id = ticketNaming(unit, person);
    String start = ConnectorFixtures.todo(id, "START").get("id").toString();
    await(() -> weaver(start).size() == 1, WAIT, "START sent to 泛微");

    String personId = putIntoTheDirectory(unit, person);
    // the new receiver gets the to-do although the old one's close is refused
    await(() -> weaver(start).size() == 3, WAIT, "START moved in 泛微");
    assertEquals(List.of(person + " 0", personId + " 0", person + " 2"), weaver(start));

    // the done goes out (nothing held back) and the old receiver's close is asked for again
    act(Tokens.reporter(person, unit), id, "start", null).then().statusCode(200);
    await(() -> weaver(start).size() == 5, WAIT, "START done in 泛微");
    assertEquals(
        List.of(person + " 0", personId + " 0", person + " 2", personId + " 2", person + " 2"),
        weaver(start));
  }
}
