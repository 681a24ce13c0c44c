package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 泛微 that refuses one receiver for good (HTTP 400 接收人不存在) while his to-do waits for its next try
 * (an hour here, as in production): the refused to-do holds back only its own later pushes (its 已办
 * when the ticket moves back), while the other to-dos of the same ticket, of another person and of
 * a ticket created afterwards reach 泛微 at once (0334, 0352).
 */
@QuarkusTest
@TestProfile(RefusedTodoHoldsBackOnlyItsOwnTest.RefusalsRetriedLater.class)
class RefusedTodoHoldsBackOnlyItsOwnTest {

  /** A refused to-do is tried again after an hour: it stays PENDING for the whole test. */
  public static class RefusalsRetriedLater implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("bihuan.connectors.refusal-retry-schedule", "PT1H");
    }
  }

  private static final String WEAVER = "/rest/ofs/ReceiveRequestInfoByJson";
  private static final Duration WAIT = Duration.ofSeconds(60);

  /** What a push takes when nothing holds it back: the outbox polls every second. */
  private static final Duration NORMAL = Duration.ofSeconds(10);

  @Inject AgroalDataSource dataSource;

  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private HttpServer oa;
  private String connectorId;
  private String unitId;
  private String gone;

  @BeforeEach
  void weaver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    oa = ConnectorFixtures.jdkReceiver(this::answer);
  }

  @AfterEach
  void stop() {
    if (connectorId != null) {
      ConnectorFixtures.deactivate(connectorId);
    }
    oa.stop(0);
  }

  /** 泛微: the receiver {@link #gone} is unknown there (400 接收人不存在), everyone else is taken. */
  private void answer(HttpExchange x) throws IOException {
    JsonNode body = ConnectorFixtures.json(new String(x.getRequestBody().readAllBytes(), UTF8));
    received.add(body);
    boolean unknown = body.path("receiver").asText().equals(gone);
    byte[] out =
        (unknown ? "{\"operResult\": \"0\", \"message\": \"接收人不存在\"}" : "{\"operResult\": \"1\"}")
            .getBytes(UTF8);
    x.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    x.sendResponseHeaders(unknown ? 400 : 200, out.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(out);
    }
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static String name(String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < 3; i++) {
      b.append((char) (0x4E00 + ThreadLocalRandom.current().nextInt(0, 6000)));
    }
    return b.toString();
  }

  /** A person of the test's unit in the directory; his externalId (泛微's receiver). */
  private String person(String prefix) {
    String id = DirectoryFixtures.id("P");
    DirectoryFixtures.person(id, name(prefix), unitId, "q" + id.substring(2).toLowerCase());
    return id;
  }

  private static String ticketJson(UUID problem, String unit, String person) {
    return """
        {"problemIds": ["%s"], "measure": "规范公务接待审批。",
         "responsibleUnits": [{"externalId": "%s"}], "responsiblePersonExternalId": "%s",
         "timing": "DEADLINE", "deadline": "%s"}
        """
        .formatted(problem, unit, person, today().plusDays(30));
  }

  private String ticket(String person) {
    return create(ticketJson(ProblemServiceStub.problem(UUID.randomUUID()), unitId, person))
        .getString("id");
  }

  /** An admin names another responsible person (200): the START to-do moves to him. */
  private void moveTo(String ticketId, String person) {
    String problem =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .get("/api/v1/tickets/" + ticketId)
            .then()
            .statusCode(200)
            .extract()
            .path("problemIds[0]");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(ticketJson(UUID.fromString(problem), unitId, person))
        .put("/api/v1/tickets/" + ticketId)
        .then()
        .statusCode(200);
  }

  /** The ticket's open START to-do's id. */
  private static String openStart(String ticketId) {
    return ConnectorFixtures.todos(ticketId).stream()
        .filter(t -> "START".equals(t.get("kind")) && "OPEN".equals(t.get("status")))
        .map(t -> (String) t.get("id"))
        .findFirst()
        .orElseThrow();
  }

  /** 泛微's pushes of one to-do: receiver and isremark, in order. */
  private List<String> pushes(String todoId) {
    return received.stream()
        .filter(b -> todoId.equals(b.path("flowid").asText()))
        .map(b -> b.path("receiver").asText() + " " + b.path("isremark").asText())
        .toList();
  }

  private void register() {
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "weaver-todo", "name": "泛微统一待办", "baseUrl": "http://localhost:%d",
                 "options": {"syscode": "ZGDB"}}
                """
                    .formatted(oa.getAddress().getPort()))
            .getString("id");
  }

  @Test
  void theRefusedToDoHoldsBackOnlyItsOwnDoneWhileEveryoneElsesFlow() {
    unitId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unitId, name("拒收科"));
    String first = person("甲");
    String other = person("乙");
    gone = person("丙");
    register();

    String t1 = ticket(first);
    String start = openStart(t1);
    await(() -> pushes(start).size() == 1, WAIT, "the first person's START pushed");

    // the ticket moves to a person 泛微 does not know: his START is refused and waits an hour
    moveTo(t1, gone);
    String refused = openStart(t1);
    await(() -> pushes(refused).size() == 1, WAIT, "the push to the unknown person made");
    await(
        () -> pending().stream().anyMatch(d -> ((Number) d.get("attempts")).intValue() == 1),
        WAIT,
        "the refusal recorded");

    // back to the first person: the unknown one's 已办 waits behind his refused 待办, nothing else
    long started = System.nanoTime();
    moveTo(t1, first);
    String t2 = ticket(other);
    String second = openStart(t2);
    String t3 = ticket(first);
    String third = openStart(t3);
    await(() -> pushes(start).size() == 3, NORMAL, "the first person's START opened again");
    await(() -> pushes(second).size() == 1, NORMAL, "another person's START pushed");
    await(() -> pushes(third).size() == 1, NORMAL, "a later ticket's START pushed");
    System.out.printf(
        "to-dos behind a refused one pushed within %d ms%n",
        (System.nanoTime() - started) / 1_000_000);

    assertEquals(List.of(first + " 0", first + " 2", first + " 0"), pushes(start));
    assertEquals(List.of(other + " 0"), pushes(second));
    assertEquals(List.of(first + " 0"), pushes(third));
    assertEquals(List.of(gone + " 0"), pushes(refused), "its 已办 waits for its own 待办");
    await(() -> pending().size() == 2, WAIT, "everything but the refused to-do's pushes delivered");
    assertEquals(
        List.of("todo.opened 1", "todo.done 0"),
        pending().stream().map(d -> d.get("eventType") + " " + d.get("attempts")).toList(),
        "the refused 待办, tried once, and its 已办 behind it");
  }

  /** The connector's deliveries not yet delivered, oldest first. */
  private List<Map<String, Object>> pending() {
    return ConnectorFixtures.deliveries(connectorId).stream()
        .filter(d -> !"DELIVERED".equals(d.get("state")))
        .toList();
  }
}
