package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.OaTodoCentre.WEAVER;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A role's to-do pushed to two verifiers, of whom 泛微 takes one and refuses the other: the one who
 * has it is held at once, so that a later close of the to-do reaches him (docs/decisions/0349).
 */
@QuarkusTest
class TodoHeldPerReceiverTest extends WithOaTodoCentre {

  @Test
  void theVerifierWhoTookTheToDoIsHeldThoughTheOtherIsRefused() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String taken = "yanshou-a" + tag;
    String refused = "yanshou-b" + tag;
    centre.oa.stubFor(
        post(urlPathEqualTo(WEAVER))
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$[?(@.receiver == '" + refused + "')]"))
            .willReturn(aResponse().withStatus(400).withBody("接收人不存在")));
    centre.weaverConnector(
        centre.oa.baseUrl(),
        """
        "syscode": "ZGDB", "roleReceivers": {"verifier": ["%s", "%s"]}"""
            .formatted(taken, refused));
    String unit = unit("测审科");
    String person = "测审人" + tag;
    String id = OaTodoCentre.ticketNaming(unit, person);
    String reporter = Tokens.reporter(person, unit);
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "已建立台账").then().statusCode(201);
    act(reporter, id, "submit", null).then().statusCode(200);
    String verify = ConnectorFixtures.todo(id, "VERIFY").get("id").toString();

    await(() -> centre.weaver(verify).size() >= 2, WAIT, "VERIFY pushed to both verifiers");
    assertEquals(List.of(taken + " 0", refused + " 0"), centre.weaver(verify).subList(0, 2));
    // 泛微 has the 待办 for the one it took: the connector holds it for him
    String system = "weaver-todo " + centre.oa.baseUrl() + " ZGDB ";
    await(
        () -> centre.held(verify).equals(List.of(system + taken)),
        Duration.ofSeconds(10),
        "held: " + taken);
  }
}
