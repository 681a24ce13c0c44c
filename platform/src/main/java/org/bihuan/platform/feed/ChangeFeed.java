package org.bihuan.platform.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.bihuan.platform.http.AnswerCache;

/**
 * Appends events to this service's change feed inside the caller's transaction.
 *
 * <p>Positions must become visible in the order they are handed out, or a reader that has moved
 * past position 12 would never see a slower transaction's 11. So events are written in one step
 * just before commit: all pending entity changes are flushed first (every row lock the transaction
 * needs is already held), then a transaction-scoped advisory lock is taken, positions are drawn
 * from the sequence and the rows inserted. The lock is released only after the commit is visible,
 * so the next writer's positions are always larger and always commit later. Writers queue only for
 * this last, short step.
 */
@ApplicationScoped
public class ChangeFeed {

  static final long FEED_LOCK = 0x6368616e676566L;
  private static final Object KEY = ChangeFeed.class;

  @Inject EntityManager em;
  @Inject AgroalDataSource dataSource;
  @Inject TransactionSynchronizationRegistry registry;
  @Inject ObjectMapper mapper;
  @Inject FeedWaiters waiters;
  @Inject AnswerCache answers;

  /**
   * Records that a resource changed. {@code state} is read just before commit, after the change was
   * flushed, so it shows the resource as committed (including its new version).
   */
  public void append(String type, String resourceType, Object resourceId, Supplier<?> state) {
    Pending pending = (Pending) registry.getResource(KEY);
    if (pending == null) {
      pending = new Pending();
      registry.putResource(KEY, pending);
      registry.registerInterposedSynchronization(pending);
    }
    pending.events.add(
        new PendingEvent(
            UUID.randomUUID(),
            type,
            resourceType,
            String.valueOf(resourceId),
            Instant.now(),
            state));
  }

  private record PendingEvent(
      UUID id,
      String type,
      String resourceType,
      String resourceId,
      Instant occurredAt,
      Supplier<?> state) {}

  private final class Pending implements Synchronization {
    final List<PendingEvent> events = new ArrayList<>();

    @Override
    public void beforeCompletion() {
      if (registry.getTransactionStatus() != Status.STATUS_ACTIVE || events.isEmpty()) {
        return;
      }
      em.flush();
      List<String> payloads = new ArrayList<>(events.size());
      for (PendingEvent e : events) {
        try {
          payloads.add(mapper.writeValueAsString(e.state().get()));
        } catch (JsonProcessingException ex) {
          throw new IllegalStateException("Cannot serialise event " + e.type(), ex);
        }
      }
      // The data source hands out the connection enlisted in this transaction; going through it
      // (not the Hibernate session, which has already released its connection at this point)
      // keeps the pool from closing a connection it thinks was left open.
      try (Connection connection = dataSource.getConnection()) {
        try (PreparedStatement lock =
            connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
          lock.setLong(1, FEED_LOCK);
          lock.execute();
        }
        try (PreparedStatement insert =
            connection.prepareStatement(
                "insert into change_event"
                    + " (position, id, type, occurred_at, resource_type, resource_id, data)"
                    + " values (nextval('change_event_position_seq'), ?, ?, ?, ?, ?,"
                    + " ?::jsonb)")) {
          for (int i = 0; i < events.size(); i++) {
            PendingEvent e = events.get(i);
            insert.setObject(1, e.id());
            insert.setString(2, e.type());
            insert.setTimestamp(3, Timestamp.from(e.occurredAt()));
            insert.setString(4, e.resourceType());
            insert.setString(5, e.resourceId());
            insert.setString(6, payloads.get(i));
            insert.addBatch();
          }
          insert.executeBatch();
        }
      } catch (SQLException ex) {
        throw new IllegalStateException("Cannot append to the change feed", ex);
      }
    }

    @Override
    public void afterCompletion(int status) {
      // Before the write answers: a GET after it never sees the answer kept before it (0174). On
      // any outcome, so that an unknown one cannot leave an old answer.
      for (PendingEvent e : events) {
        answers.evict(e.resourceType(), e.resourceId());
      }
      if (status == Status.STATUS_COMMITTED && !events.isEmpty()) {
        waiters.committed();
      }
    }
  }
}
