package org.bihuan.platform.feed.follow;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Applies the events of one page, inside the transaction that also moves the stored position: the
 * connection is that transaction's (an EntityManager used meanwhile joins the same transaction).
 * Only events after the stored position are handed over, in feed order. Throwing rolls the page
 * back; an {@link UnreadableEvent} says which event is at fault (readiness shows it as stuckAt).
 */
@FunctionalInterface
public interface PageApplier<E extends FollowedEvent> {

  void apply(Connection connection, List<E> events) throws SQLException;

  /** Applies one event at a time. */
  @FunctionalInterface
  interface EachEvent<E extends FollowedEvent> {
    void apply(Connection connection, E event) throws SQLException;
  }

  static <E extends FollowedEvent> PageApplier<E> each(EachEvent<E> handler) {
    return (c, events) -> {
      for (E e : events) {
        handler.apply(c, e);
      }
    };
  }
}
