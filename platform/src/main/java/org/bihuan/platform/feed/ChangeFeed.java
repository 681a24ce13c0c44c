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

  /** An event as a row of change_event: its state read and serialised. */
  public record Row(
      UUID id,
      String type,
      Instant occurredAt,
      String resourceType,
      String resourceId,
      String data) {}

  /** change_event's columns, in the order of a {@link Row}'s fields. */
  public static final String COLUMNS = "id, type, occurred_at, resource_type, resource_id, data";

  /**
   * The events this transaction appended that are not yet written, their states read now, for the
   * caller to insert in a statement it sends anyway before commit (docs/decisions/0395): they count
   * as written, and what is appended after them is written before commit as usual. Only for a
   * caller that changes none of these resources any more in the transaction, so that the states
   * read now are the ones committed.
   */
  public List<Row> take() {
    Pending pending = (Pending) registry.getResource(KEY);
    if (pending == null || pending.written || pending.taken == pending.events.size()) {
      return List.of();
    }
    List<PendingEvent> taking = pending.events.subList(pending.taken, pending.events.size());
    List<String> payloads = payloads(taking);
    List<Row> rows = new ArrayList<>(taking.size());
    for (int i = 0; i < taking.size(); i++) {
      PendingEvent e = taking.get(i);
      rows.add(
          new Row(
              e.id(), e.type(), e.occurredAt(), e.resourceType(), e.resourceId(), payloads.get(i)));
    }
    pending.taken = pending.events.size();
    return rows;
  }

  /** The events' states, read now (after the flush) and serialised. */
  private List<String> payloads(List<PendingEvent> events) {
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

    /** How many of the events, the first ones, a statement of the caller wrote ({@link #take}). */
    int taken;

    /**
     * Runs in Hibernate's own before-completion step, after its flush and before it gives its
     * connection back: what {@code state} loads lazily and the insert use that connection, which
     * the pool then finds closed at commit. (Run later, from a synchronization of the transaction,
     * a lazy load took a connection that stayed open through the commit: the pool's warning
     * "Closing open connection(s) prior to commit".)
     */
    void write(SharedSessionContractImplementor session) {
      if (written || events.size() == taken) {
        return;
      }
      written = true;
      List<PendingEvent> unwritten = events.subList(taken, events.size());
      List<String> payloads = payloads(unwritten);
      session.doWork(connection -> insert(connection, unwritten, payloads));
    }

    private void insert(Connection connection, List<PendingEvent> events, List<String> payloads)
        throws SQLException {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into change_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?::jsonb)")) {
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
      if (written
          || registry.getTransactionStatus() != Status.STATUS_ACTIVE
          || events.size() == taken) {
        return;
      }
      written = true;
      em.flush();
      List<PendingEvent> unwritten = events.subList(taken, events.size());
      List<String> payloads = payloads(unwritten);
      try (Connection connection = dataSource.getConnection()) {
        insert(connection, unwritten, payloads);
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
