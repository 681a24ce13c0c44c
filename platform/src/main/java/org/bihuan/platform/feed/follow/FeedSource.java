package org.bihuan.platform.feed.follow;

import java.util.List;

/**
 * Reads one page of a followed feed: up to {@code limit} events after a position, the upstream
 * holding an empty answer up to {@code waitSeconds} (GET /api/v1/events?after&limit&wait).
 */
@FunctionalInterface
public interface FeedSource<E extends FollowedEvent> {
  List<E> read(long after, int limit, int waitSeconds);

  /**
   * The source that reads a service's feed through its REST client of GET /api/v1/events ({@code
   * client::events}); a page without events reads as none.
   */
  static FeedSource<ReceivedEvent> pages(Pages client) {
    return (after, limit, waitSeconds) -> client.events(after, limit, waitSeconds).eventsOrEmpty();
  }

  /** A REST client's call of GET /api/v1/events?after&limit&wait. */
  @FunctionalInterface
  interface Pages {
    ReceivedPage events(long after, int limit, int waitSeconds);
  }
}
