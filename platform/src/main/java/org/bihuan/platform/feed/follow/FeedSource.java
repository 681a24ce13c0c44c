package org.bihuan.platform.feed.follow;

import java.util.List;

/**
 * Reads one page of a followed feed: up to {@code limit} events after a position, the upstream
 * holding an empty answer up to {@code waitSeconds} (GET /api/v1/events?after&limit&wait).
 */
@FunctionalInterface
public interface FeedSource<E extends FollowedEvent> {
  List<E> read(long after, int limit, int waitSeconds);
}
