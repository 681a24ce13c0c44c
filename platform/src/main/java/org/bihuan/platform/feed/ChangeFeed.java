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
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

/**
 * Appends events to this service's change feed inside the caller's transaction.
 *
 * <p>The events are written in one step just before commit, after all pending entity changes were
 * flushed (so every row lock the transaction needs is already held, and the state serialised is the
 * one committed), without a position: they only draw an {@code entry} number, the order they were
 * appended in. The transaction takes no lock of the feed and notifies nobody, so concurrent writers
 * commit side by side and share WAL flushes. After the commit the writer waits for a round of the
 * {@link FeedSequencer}, which gives committed events their positions in entry order under the
 * feed's lock (docs/decisions/0218): when the write answers, its events are in the feed.
 */
@ApplicationScoped
public class ChangeFeed {

  /** The feed's advisory lock, held by a round (change_feed_round(), V2026_12_07_10). */
  static final long FEED_LOCK = 0x6368616e676566L;

  private static final Object KEY = ChangeFeed.class;

  @Inject EntityManager em;
  @Inject AgroalDataSource dataSource;
  @Inject TransactionSynchronizationRegistry registry;
  @Inject ObjectMapper mapper;
  @Inject FeedSequencer sequencer;
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
      Pending writer = pending;
      em.unwrap(SharedSessionContractImplementor.class)
          .getTransactionCompletionCallbacks()
          .registerCallback((BeforeCompletionCallback) session -> writer.write(session));
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
    boolean written;

    /**
     * Runs in Hibernate's own before-completion step, after its flush and before it gives its
     * connection back: what {@code state} loads lazily and the insert use that connection, which
     * the pool then finds closed at commit. (Run later, from a synchronization of the transaction,
     * a lazy load took a connection that stayed open through the commit: the pool's warning
     * "Closing open connection(s) prior to commit".)
     */
    void write(SharedSessionContractImplementor session) {
      if (written || events.isEmpty()) {
        return;
      }
      written = true;
      List<String> payloads = payloads();
      session.doWork(connection -> insert(connection, payloads));
    }

    /** The events' states, read now (after the flush) and serialised. */
    private List<String> payloads() {
      List<String> payloads = new ArrayList<>(events.size());
      for (PendingEvent e : events) {
        try {
          payloads.add(mapper.writeValueAsString(e.state().get()));
        } catch (JsonProcessingException ex) {
          throw new IllegalStateException("Cannot serialise event " + e.type(), ex);
        }
      }
      return payloads;
    }

    private void insert(Connection connection, List<String> payloads) throws SQLException {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into change_event"
                  + " (id, type, occurred_at, resource_type, resource_id, data)"
                  + " values (?, ?, ?, ?, ?, ?::jsonb)")) {
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
    }

    /**
     * Only when Hibernate did not run its step (the session was closed before the commit): the
     * events are written here, so that none is lost.
     */
    @Override
    public void beforeCompletion() {
      if (written || registry.getTransactionStatus() != Status.STATUS_ACTIVE || events.isEmpty()) {
        return;
      }
      written = true;
      em.flush();
      List<String> payloads = payloads();
      try (Connection connection = dataSource.getConnection()) {
        insert(connection, payloads);
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
      // Then until a round that began after the commit has positioned the events: a reader of the
      // feed told of this write finds them (0218).
      if (status == Status.STATUS_COMMITTED && !events.isEmpty()) {
        sequencer.awaitRound();
      }
    }
  }
}
