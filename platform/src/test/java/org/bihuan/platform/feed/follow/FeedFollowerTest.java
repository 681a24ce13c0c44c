package org.bihuan.platform.feed.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.bihuan.platform.feed.follow.FollowedUpstream.Event;
import org.bihuan.platform.feed.follow.FollowedUpstream.Upstream;
import org.bihuan.testing.RealPostgres;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The shared feed follower against a real PostgreSQL and the platform migration: pages applied once
 * each with the position, a restart resuming after the stored position, one replica following at a
 * time and another taking over, an unreadable event waited before (never skipped), health shared
 * through feed_health, and the metrics.
 */
class FeedFollowerTest {

  static final FeedFollower.Settings FAST =
      new FeedFollower.Settings(
          3,
          0,
          Duration.ofMillis(20),
          Duration.ofMillis(50),
          Duration.ofMillis(20),
          Duration.ofMillis(80));

  private PGSimpleDataSource db;
  private final List<FeedFollower<Event>> started = new ArrayList<>();

  @BeforeEach
  void freshDatabase() throws Exception {
    RealPostgres server = new RealPostgres();
    db = new PGSimpleDataSource();
    db.setUrl(server.start().get("quarkus.datasource.jdbc.url"));
    execute(
        "create table followed_feed (name text primary key, position bigint not null);"
            + " insert into followed_feed values ('legacy', 41);"
            + " create table applied (position bigint primary key, value text not null,"
            + " applier text not null)");
    execute(migration("V2026_12_03_1301__followed_feeds.sql"));
    execute(migration("V2026_12_03_1301_2__followed_feed_carried_over.sql"));
  }

  @AfterEach
  void stopFollowers() {
    started.forEach(FeedFollower::requestStop);
    started.forEach(f -> f.awaitStop(Duration.ofSeconds(5)));
  }

  /** Stores each event's value; "坏" cannot be read. */
  private PageApplier<Event> applier(String name) {
    return PageApplier.each(
        (c, e) -> {
          if (e.value().equals("坏")) {
            throw new UnreadableEvent(e.position(), "test.event", "value 坏", null);
          }
          try (PreparedStatement ps =
              c.prepareStatement("insert into applied (position, value, applier) values (?,?,?)")) {
            ps.setLong(1, e.position());
            ps.setString(2, e.value());
            ps.setString(3, name);
            ps.executeUpdate();
          }
        });
  }

  private FeedFollower<Event> follower(String feed, Upstream upstream, String name) {
    FeedFollower<Event> f =
        new FeedFollower<>(feed, upstream, applier(name), FAST, db, PageTransactions.jdbc(db));
    started.add(f);
    return f;
  }

  @Test
  void pagesAreAppliedOnceWithThePositionAndARestartResumesAfterIt() throws Exception {
    Upstream upstream = new Upstream();
    upstream.add("一", "二", "三", "四", "五", "六", "七");
    List<Long> committed = new CopyOnWriteArrayList<>();
    FeedFollower<Event> f =
        follower("tickets", upstream, "a").onCommitted((p, at) -> committed.add(p));
    f.start();
    // the commit callback runs just after the position is stored: wait for both
    awaitTrue(() -> stored("tickets") == 7 && committed.contains(7L));
    assertEquals(List.of(3L, 6L, 7L), committed, "pages of batchSize, each committed once");
    assertEquals("一二三四五六七", appliedValues());
    assertEquals(
        Instant.parse("2026-12-01T00:00:07Z"),
        queryInstant("select last_occurred_at from feed_position where feed = 'tickets'"));
    f.stop();

    upstream.add("八");
    upstream.asked.clear();
    FeedFollower<Event> again = follower("tickets", upstream, "a");
    again.start();
    awaitTrue(() -> stored("tickets") == 8);
    assertEquals(7L, upstream.asked.get(0), "a restart asks after the stored position");
    assertEquals("一二三四五六七八", appliedValues());
  }

  @Test
  void aPageReadBeforeThePositionMovedIsDroppedAndEventsAreNeverAppliedTwice() throws Exception {
    Upstream upstream = new Upstream();
    upstream.add("一", "二", "三");
    FeedFollower<Event> f = follower("tickets", upstream, "a");
    assertTrue(f.applyPage(0, upstream.read(0, 2, 0)));
    assertFalse(f.applyPage(0, upstream.read(0, 3, 0)), "the position moved: page dropped");
    assertTrue(f.applyPage(2, upstream.read(1, 3, 0)), "event 2 again is not handed over");
    assertEquals(3, stored("tickets"));
    assertEquals("一二三", appliedValues());
  }

  @Test
  void oneReplicaFollowsAtATimeAndAnotherTakesOver() throws Exception {
    Upstream upstream = new Upstream();
    upstream.add("一", "二", "三", "四");
    FeedFollower<Event> a = follower("tickets", upstream, "a");
    FeedFollower<Event> b = follower("tickets", upstream, "b");
    a.start();
    awaitTrue(() -> a.status().leader());
    b.start();
    awaitTrue(() -> stored("tickets") == 4);
    Thread.sleep(200);
    assertTrue(a.status().leader());
    assertFalse(b.status().leader(), "the other replica waits on standby");
    assertEquals(4, count("select count(*) from applied where applier = 'a'"));

    a.stop();
    upstream.add("五");
    awaitTrue(() -> stored("tickets") == 5);
    assertTrue(b.status().leader(), "the standby took the feed over");
    assertEquals("b", queryString("select applier from applied where position = 5"));
    assertEquals(5, count("select count(*) from applied"));
  }

  @Test
  void anUnreadableEventIsNotSkippedAndTheHealthIsSharedWithEveryReplica() throws Exception {
    Upstream upstream = new Upstream();
    upstream.add("一", "坏", "三");
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    FeedFollower<Event> f = follower("tickets", upstream, "a").publishTo(metrics);
    f.start();
    awaitTrue(() -> f.status().consecutiveFailures() >= 3);
    FeedFollower.Status s = f.status();
    assertEquals(2L, s.stuckAt());
    assertTrue(s.lastError().contains("after position 0") && s.lastError().contains("event 2"));
    assertNotNull(s.failingSince());
    assertTrue(stored("tickets") <= 0, "the page with the unreadable event is rolled back whole");
    assertEquals(0, count("select count(*) from applied"));
    awaitTrue(() -> storedFailures("tickets") >= 3);
    assertEquals(
        1.0, metrics.get("bihuan.feed.follower.leader").tag("feed", "tickets").gauge().value());
    assertTrue(
        metrics.get("bihuan.feed.follower.failures").tag("feed", "tickets").gauge().value() >= 3);

    // A replica that does not lead reports what the leader stored.
    FeedFollower<Event> standby = follower("tickets", upstream, "b");
    HealthCheckResponseBuilder b = HealthCheckResponse.named("feeds").up();
    FeedReadiness.Stored stored;
    try (Connection c = db.getConnection()) {
      stored = FeedReadiness.read(c);
    }
    FeedReadiness.describe(
        b, "tickets.", standby.status(), stored.positions(), stored.health(), Instant.now());
    var data = b.build().getData().orElseThrow();
    assertEquals("stored", data.get("tickets.healthFrom"));
    assertTrue(((Number) data.get("tickets.consecutiveFailures")).intValue() >= 3);
    assertTrue(data.get("tickets.lastError").toString().contains("event 2"));

    // The upstream serves the event readable again: all applied in order, none lost.
    upstream.events.set(1, new Event(2, "二", Instant.parse("2026-12-01T00:00:02Z")));
    awaitTrue(() -> stored("tickets") == 3);
    awaitTrue(() -> f.status().consecutiveFailures() == 0);
    assertNull(f.status().stuckAt());
    assertNull(f.status().failingSince());
    assertEquals("一二三", appliedValues());
    awaitTrue(() -> storedFailures("tickets") == 0);
    assertEquals(
        3.0, metrics.get("bihuan.feed.follower.position").tag("feed", "tickets").gauge().value());
    assertEquals(
        3.0, metrics.get("bihuan.feed.follower.events").tag("feed", "tickets").counter().count());
  }

  @Test
  void aFailingUpstreamIsRetriedWithGrowingPausesUpToTheMaximum() throws Exception {
    Upstream upstream = new Upstream();
    upstream.down = true;
    FeedFollower<Event> f = follower("tickets", upstream, "a");
    assertEquals(Duration.ofMillis(20), f.backoff(1));
    assertEquals(Duration.ofMillis(40), f.backoff(2));
    assertEquals(Duration.ofMillis(80), f.backoff(3));
    assertEquals(Duration.ofMillis(80), f.backoff(40));
    f.start();
    awaitTrue(() -> f.status().consecutiveFailures() >= 4);
    assertTrue(f.status().lastError().contains("503"));
    assertNull(f.status().stuckAt());
    upstream.down = false;
    upstream.add("一");
    awaitTrue(() -> stored("tickets") == 1 && f.status().consecutiveFailures() == 0);
  }

  @Test
  void theMigrationCarriesOverAPositionStoredBeforeTheFollowerWasShared() throws Exception {
    assertEquals(41, stored("legacy"));
    assertEquals(0, count("select count(*) from pg_tables where tablename = 'followed_feed'"));
    Upstream upstream = new Upstream();
    FeedFollower<Event> f = follower("legacy", upstream, "a");
    f.start();
    awaitTrue(() -> !upstream.asked.isEmpty());
    assertEquals(41L, upstream.asked.get(0));
  }

  private static String migration(String file) throws IOException {
    try (InputStream in = FeedFollowerTest.class.getResourceAsStream("/db/platform/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private long stored(String feed) {
    try {
      return count(
          "select coalesce(max(position), -1) from feed_position where feed = '" + feed + "'");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private int storedFailures(String feed) {
    try {
      return (int)
          count(
              "select coalesce(max(consecutive_failures), -1) from feed_health where feed = '"
                  + feed
                  + "'");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String queryString(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private Instant queryInstant(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getTimestamp(1).toInstant();
    }
  }

  private String appliedValues() throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select string_agg(value, '' order by position) from applied")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void awaitTrue(BooleanSupplier condition) {
    AtomicInteger tries = new AtomicInteger();
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      if (condition.getAsBoolean()) {
        return;
      }
      tries.incrementAndGet();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("condition not met within 20 s");
  }
}
