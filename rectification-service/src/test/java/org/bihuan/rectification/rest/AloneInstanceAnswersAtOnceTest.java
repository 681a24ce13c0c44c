package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.FeedNotificationsTest.awaitFromMemory;
import static org.bihuan.rectification.rest.FeedNotificationsTest.get;
import static org.bihuan.rectification.rest.FeedNotificationsTest.health;
import static org.bihuan.rectification.rest.FeedNotificationsTest.statements;
import static org.bihuan.rectification.rest.FeedNotificationsTest.until;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.bihuan.platform.feed.FeedNotifications;
import org.bihuan.testing.AnotherReplica;
import org.junit.jupiter.api.Test;

/**
 * An instance alone on its database answers from memory without a round trip on its sync connection
 * — every commit is its own, evicted before its client is answered — and waits for one as soon as
 * another instance's sync connection is on the database, until it is gone (docs/decisions/0313,
 * amended).
 */
@QuarkusTest
@TestProfile(FeedNotificationsTest.HourlyTick.class)
class AloneInstanceAnswersAtOnceTest {

  @Inject EntityManagerFactory emf;
  @Inject AgroalDataSource dataSource;

  static long told() {
    return ((Number) health("syncTold")).longValue();
  }

  static long others() {
    return ((Number) health("syncOthers")).longValue();
  }

  static boolean alone() {
    return Boolean.TRUE.equals(health("syncAlone"));
  }

  @Test
  void waitsOnlyWhileAnotherInstanceIsOnTheDatabase() throws Exception {
    String id = create(deadlineTicket(unit("独自实例"), today().plusDays(4))).getString("id");
    until(30, AloneInstanceAnswersAtOnceTest::alone, a -> a);
    awaitFromMemory(emf, () -> get(id, null), 200);
    String tag = get(id, null).header("ETag");

    long before = told();
    for (int i = 0; i < 20; i++) {
      assertEquals(0, statements(emf, () -> get(id, tag), 304));
      assertEquals(0, statements(emf, () -> get(id, null), 200));
    }
    assertEquals(before, told(), "alone: no answer waited for a round trip");

    try (AutoCloseable replica =
        AnotherReplica.present(dataSource, FeedNotifications.SYNC_APPLICATION_NAME)) {
      until(2, AloneInstanceAnswersAtOnceTest::others, n -> n == 1);
      assertFalse(alone());
      long waiting = told();
      for (int i = 0; i < 20; i++) {
        assertEquals(0, statements(emf, () -> get(id, tag), 304));
      }
      assertTrue(
          told() - waiting >= 20,
          "with another instance each answer waited: " + (told() - waiting));
    }

    // Gone from the count — its connection may only have dropped, and it may still write: the
    // answers wait on for alone-after (3 s here) before the instance counts itself alone.
    until(2, AloneInstanceAnswersAtOnceTest::others, n -> n == 0);
    long justGone = told();
    assertEquals(0, statements(emf, () -> get(id, tag), 304));
    assertFalse(alone(), "alone at once after the other instance left the count");
    assertTrue(told() > justGone, "the answer right after it left waited");

    until(10, AloneInstanceAnswersAtOnceTest::alone, a -> a);
    long after = told();
    for (int i = 0; i < 20; i++) {
      assertEquals(0, statements(emf, () -> get(id, tag), 304));
    }
    assertEquals(after, told(), "alone again: no answer waited");
  }
}
