package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.FeedNotificationsTest.awaitFromMemory;
import static org.bihuan.rectification.rest.FeedNotificationsTest.get;
import static org.bihuan.rectification.rest.FeedNotificationsTest.health;
import static org.bihuan.rectification.rest.FeedNotificationsTest.terminateListener;
import static org.bihuan.rectification.rest.FeedNotificationsTest.until;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.bihuan.testing.AnotherReplica;
import org.junit.jupiter.api.Test;

/**
 * While the listening connection is down (docs/decisions/0214), answers still come from memory and
 * another instance's commit is seen at the follower's tick, as before the notifications: the
 * connection is not opened again for a minute here, so the tick is what makes the change seen.
 */
@QuarkusTest
@TestProfile(FeedNotificationsFallbackTest.SlowReconnect.class)
class FeedNotificationsFallbackTest {

  /** The default tick; the listening connection is opened again only after a minute. */
  public static class SlowReconnect implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "bihuan.feed-notifications.backoff-min", "PT60S",
          "bihuan.feed-notifications.backoff-max", "PT60S");
    }
  }

  @Inject EntityManagerFactory emf;
  @Inject AgroalDataSource dataSource;

  @Test
  void withoutTheListeningConnectionTheTickCoversTheGap() throws Exception {
    String id = create(deadlineTicket(unit("推送-回退"), today().plusDays(5))).getString("id");
    awaitFromMemory(emf, () -> get(id, null), 200);
    until(30, () -> health("listening"), Boolean.TRUE::equals);
    long connections = ((Number) health("connections")).longValue();

    assertEquals(1, terminateListener(dataSource));
    until(30, () -> health("listening"), Boolean.FALSE::equals);
    String tag = get(id, null).header("ETag");
    awaitFromMemory(emf, () -> get(id, tag), 304);

    AnotherReplica.commitUpdate(dataSource, "ticket", "measure", "监听断开时的措施", id);
    Response seen = until(30, () -> get(id, tag), r -> r.statusCode() != 304);
    seen.then().statusCode(200).body("measure", equalTo("监听断开时的措施"));
    // Still not listening: the follower's tick made the change seen.
    assertEquals(Boolean.FALSE, health("listening"));
    assertEquals(connections, ((Number) health("connections")).longValue());
  }
}
