package org.bihuan.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bihuan.platform.PlatformDatabase;
import org.bihuan.platform.feed.FeedReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A subscriber receives the events committed after its registration, never earlier ones, however
 * far the dispatcher lags behind the feed; and none committed after it is lost to a dispatch batch
 * running while it registers. Real PostgreSQL, the platform's migrations.
 */
class SubscriptionStartTest {

  private AgroalDataSource dataSource;
  private WebhookDispatcher dispatcher;

  @BeforeEach
  void database() throws Exception {
    dataSource = PlatformDatabase.withAll(4);
    FeedReader feed = new FeedReader();
    var feedSource = FeedReader.class.getDeclaredField("dataSource");
    feedSource.setAccessible(true);
    feedSource.set(feed, dataSource);
    dispatcher = new WebhookDispatcher();
    dispatcher.dataSource = dataSource;
    dispatcher.feed = feed;
    dispatcher.mapper = new ObjectMapper().findAndRegisterModules();
  }

  @AfterEach
  void close() {
    dataSource.close();
  }

  /** Commits one change event, as ChangeFeed appends it, and runs a round; its position. */
  private long commitEvent(String type) throws Exception {
    long entry = commitUnpositioned(type);
    round();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select position from change_event where entry = ?")) {
      ps.setLong(1, entry);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Commits one change event without a feed position yet, as a writer does; its entry. */
  private long commitUnpositioned(String type) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into change_event (id, type, occurred_at, resource_type, resource_id,"
                    + " data) values (?, ?, now(), 'ticket', ?, '{}'::jsonb) returning entry")) {
      ps.setObject(1, UUID.randomUUID());
      ps.setString(2, type);
      ps.setString(3, UUID.randomUUID().toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** One round of the sequencer: the committed events get their positions. */
  private void round() throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select change_feed_round()")) {
      ps.execute();
    }
  }

  /** Registers a subscriber with the statement the webhook registration runs; its id. */
  private static UUID register(Connection c, String kind) throws Exception {
    UUID id = UUID.randomUUID();
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into webhook_subscription (id, url, events, secret, created_by, created_at,"
                + " kind) values (?, 'http://127.0.0.1:9/h', '{ticket.*}', 's', 'admin', now(),"
                + " ?)")) {
      ps.setObject(1, id);
      ps.setString(2, kind);
      ps.executeUpdate();
    }
    return id;
  }

  private UUID register(String kind) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      return register(c, kind);
    }
  }

  /** The feed positions of the subscriber's deliveries, in order. */
  private List<Long> delivered(UUID subscriber) throws Exception {
    List<Long> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select event_position from webhook_delivery where subscription_id = ?"
                    + " order by event_position")) {
      ps.setObject(1, subscriber);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  private void dispatchAll() throws Exception {
    while (dispatcher.dispatchBatch() > 0) {
      // until caught up
    }
  }

  @Test
  void aSubscriberRegisteredWhileTheDispatcherLagsGetsOnlyTheEventsAfterItsRegistration()
      throws Exception {
    UUID early = register("standard-webhooks");
    long first = commitEvent("ticket.created");
    long second = commitEvent("ticket.submitted");
    // the dispatcher has not run since: both events wait to be dispatched when these register
    UUID webhook = register("standard-webhooks");
    UUID connector = register("wecom-robot");
    long third = commitEvent("ticket.verified");
    dispatchAll();
    long fourth = commitEvent("ticket.created");
    dispatchAll();

    assertEquals(List.of(first, second, third, fourth), delivered(early));
    assertEquals(List.of(third, fourth), delivered(webhook), "nothing from before it registered");
    assertEquals(List.of(third, fourth), delivered(connector), "a connector the same");
  }

  @Test
  void anEventCommittedBeforeTheRegistrationButPositionedAfterItIsNotTheSubscribers()
      throws Exception {
    long early = commitEvent("ticket.created");
    // committed, its round not run yet (its writer between commit and round)
    commitUnpositioned("ticket.submitted");
    UUID subscriber = register("standard-webhooks");
    round();
    long after = commitEvent("ticket.verified");
    dispatchAll();
    assertEquals(List.of(after), delivered(subscriber), "not " + early + " nor the one before");
  }

  @Test
  void anEventCommittedWhileASubscriberRegistersIsNotLostToADispatchRunningMeanwhile()
      throws Exception {
    long before = commitEvent("ticket.created");
    UUID subscriber;
    CompletableFuture<Void> dispatching;
    CompletableFuture<Void> positioning;
    try (Connection registering = dataSource.getConnection()) {
      registering.setAutoCommit(false);
      subscriber = register(registering, "standard-webhooks");
      // committed after the registration read the feed's head, before the registration commits;
      // its round waits for the registration (which holds the feed's lock)
      commitUnpositioned("ticket.submitted");
      positioning =
          CompletableFuture.runAsync(
              () -> {
                try {
                  round();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      dispatching =
          CompletableFuture.runAsync(
              () -> {
                try {
                  dispatchAll();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      // the round is under way (it waits for the registration); the dispatch batch finds the
      // position held and leaves it (0355)
      Thread.sleep(500);
      registering.commit();
      positioning.get(30, TimeUnit.SECONDS);
      dispatching.get(30, TimeUnit.SECONDS);
      dispatchAll();
      List<Long> got = delivered(subscriber);
      assertEquals(1, got.size(), "not " + before + ", but the one committed meanwhile: " + got);
      assertEquals(true, got.get(0) > before);
    }
  }
}
