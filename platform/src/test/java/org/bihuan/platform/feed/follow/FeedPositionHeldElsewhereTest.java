package org.bihuan.platform.feed.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.bihuan.platform.PlatformDatabase;
import org.bihuan.platform.feed.follow.FollowedUpstream.Event;
import org.bihuan.platform.feed.follow.FollowedUpstream.Upstream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A follower that becomes leader while the replica that led before is still in its page — holding
 * the feed's stored position locked, stuck — does not wait for that lock (docs/decisions/0355): its
 * steps keep ending (the loop is idle, not stalled), it asks for the page again after its standby
 * pause, and applies it once the position is free.
 */
class FeedPositionHeldElsewhereTest {

  static final FeedFollower.Settings FAST =
      new FeedFollower.Settings(
          10,
          0,
          Duration.ofMillis(20),
          Duration.ofMillis(100),
          Duration.ofMillis(20),
          Duration.ofMillis(80));

  private AgroalDataSource db;
  private FeedFollower<Event> follower;

  @BeforeEach
  void database() throws Exception {
    db = PlatformDatabase.withAll(6);
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("create table applied (position bigint primary key, value text)")) {
      ps.execute();
    }
  }

  @AfterEach
  void stop() {
    if (follower != null) {
      follower.stop();
    }
    db.close();
  }

  private long stored() throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select position from feed_position where feed = 'tickets'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : -1;
    }
  }

  @Test
  void aPositionHeldByAnotherTransactionIsNotWaitedForAndTheFollowerStaysIdle() throws Exception {
    Upstream upstream = new Upstream();
    upstream.add("一", "二");
    follower =
        new FeedFollower<>(
            "tickets",
            upstream,
            PageApplier.<Event>each(
                (c, e) -> {
                  try (PreparedStatement ps =
                      c.prepareStatement("insert into applied values (?, ?)")) {
                    ps.setLong(1, e.position());
                    ps.setString(2, e.value());
                    ps.executeUpdate();
                  }
                }),
            FAST,
            db,
            PageTransactions.jdbc(db));
    assertTrue(follower.applyPage(0, upstream.read(0, 10, 0)));
    upstream.add("三", "四");

    try (Connection formerLeader = db.getConnection()) {
      formerLeader.setAutoCommit(false);
      try (PreparedStatement ps =
          formerLeader.prepareStatement(
              "select position from feed_position where feed = 'tickets' for update")) {
        ps.executeQuery().close();
      }
      upstream.asked.clear();
      follower.start();
      long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
      Duration longest = Duration.ZERO;
      while (System.nanoTime() < until) {
        Duration d = follower.step().withoutProgress(Instant.now());
        longest = d.compareTo(longest) > 0 ? d : longest;
        Thread.sleep(20);
      }
      assertTrue(
          longest.compareTo(Duration.ofSeconds(1)) < 0,
          "a step went " + longest.toMillis() + " ms without progress");
      assertTrue(
          upstream.asked.size() >= 3 && upstream.asked.size() < 60,
          "asked again after each standby pause: " + upstream.asked.size() + " reads");
      assertEquals(2, stored(), "nothing applied while the position is held");
      formerLeader.rollback();
    }
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (stored() != 4 && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertEquals(4, stored(), "applied once the position was free");
  }
}
