package org.bihuan.platform.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.feed.FeedEvent;
import org.bihuan.platform.feed.FeedReader;
import org.bihuan.platform.health.StepWatch;
import org.jboss.logging.Logger;

/**
 * The outbox side of webhooks. Each change event is written in the same transaction as the change
 * (see ChangeFeed); this turns committed events into one delivery per matching subscriber. The
 * dispatch position is locked while it moves, so with several replicas each event is enqueued once
 * (and {@code unique (subscription_id, event_id)} guards it again); a replica that finds it locked
 * leaves this tick's dispatching to the holder and only sends what is due (docs/decisions/0355). A
 * subscriber gets only the events after the feed position its registration recorded ({@code
 * after_position}, docs/decisions/0219): those committed before it, which a lagging dispatcher
 * reaches only now, are not its.
 */
@IfBuildProperty(name = "bihuan.feed.enabled", stringValue = "true", enableIfMissing = true)
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
  private static final int BATCH = 500;

  @Inject AgroalDataSource dataSource;
  @Inject FeedReader feed;
  @Inject ObjectMapper mapper;
  @Inject WebhookSender sender;

  private final StepWatch tick = new StepWatch();

  private record Subscriber(UUID id, List<String> events, long afterPosition) {}

  @Scheduled(
      every = "${bihuan.webhooks.poll:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void dispatchAndSend() {
    tick.began();
    try {
      while (dispatchBatch() == BATCH) {
        // keep going until caught up: each batch committed is progress, not a stall
        tick.progressed();
      }
      tick.progressed();
      sender.sendDue();
    } catch (RuntimeException | SQLException e) {
      LOG.warnf("Webhook dispatch failed, retrying on the next tick: %s", e.getMessage());
    } finally {
      tick.ended();
    }
  }

  /**
   * This instance's tick of dispatching and sending: one that goes without progress — waiting for a
   * lock, for the database, or for a send holding the sender — is a stall (docs/decisions/0350).
   */
  public StepWatch tick() {
    return tick;
  }

  /**
   * Enqueues the deliveries of up to one batch of events; answers how many events it read, none
   * when another transaction holds the dispatch position.
   */
  int dispatchBatch() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long position;
        // skip locked: while another replica (or a registration) holds the position, this one
        // dispatches nothing this tick instead of waiting for it — a replica stuck holding it must
        // not stall every replica's tick (docs/decisions/0355)
        try (PreparedStatement ps =
                c.prepareStatement(
                    "select position from webhook_dispatch where id = 1 for update skip locked");
            ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            c.rollback();
            return 0;
          }
          position = rs.getLong(1);
        }
        List<FeedEvent> events = feed.read(position, BATCH).events();
        if (events.isEmpty()) {
          c.rollback();
          return 0;
        }
        List<Subscriber> subscribers = activeSubscribers(c);
        try (PreparedStatement insert =
            c.prepareStatement(
                "insert into webhook_delivery (id, subscription_id, event_id, event_position,"
                    + " event_type, payload, resource_id, state, next_attempt_at, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, 'PENDING', now(), now())"
                    + " on conflict (subscription_id, event_id) do nothing")) {
          for (FeedEvent e : events) {
            String payload = null;
            for (Subscriber s : subscribers) {
              if (e.position() <= s.afterPosition() || !Webhooks.matches(s.events(), e.type())) {
                continue;
              }
              if (payload == null) {
                payload = mapper.writeValueAsString(e);
              }
              insert.setObject(1, UUID.randomUUID());
              insert.setObject(2, s.id());
              insert.setObject(3, e.id());
              insert.setLong(4, e.position());
              insert.setString(5, e.type());
              insert.setString(6, payload);
              insert.setString(7, e.resourceId());
              insert.addBatch();
            }
          }
          insert.executeBatch();
        }
        try (PreparedStatement move =
            c.prepareStatement("update webhook_dispatch set position = ? where id = 1")) {
          move.setLong(1, events.get(events.size() - 1).position());
          move.executeUpdate();
        }
        c.commit();
        return events.size();
      } catch (SQLException | JsonProcessingException | RuntimeException e) {
        c.rollback();
        throw e instanceof SQLException s ? s : new SQLException(e.getMessage(), e);
      }
    }
  }

  private static List<Subscriber> activeSubscribers(Connection c) throws SQLException {
    List<Subscriber> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "select id, events, after_position from webhook_subscription where active");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Array events = rs.getArray(2);
        out.add(
            new Subscriber(
                rs.getObject(1, UUID.class),
                Arrays.asList((String[]) events.getArray()),
                rs.getLong(3)));
      }
    }
    return out;
  }
}
