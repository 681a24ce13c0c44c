package org.bihuan.platform.feed.follow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An upstream feed in memory for the follower tests: the events it serves, and whether it is down.
 */
final class FollowedUpstream {

  record Event(long position, String value, Instant occurredAt) implements FollowedEvent {}

  /** An upstream feed in memory: the events it serves, and whether it is down. */
  static final class Upstream implements FeedSource<Event> {
    final List<Event> events = new CopyOnWriteArrayList<>();
    final List<Long> asked = new CopyOnWriteArrayList<>();
    volatile boolean down;

    void add(String... values) {
      for (String v : values) {
        long p = events.size() + 1;
        events.add(new Event(p, v, Instant.parse("2026-12-01T00:00:00Z").plusSeconds(p)));
      }
    }

    @Override
    public List<Event> read(long after, int limit, int waitSeconds) {
      asked.add(after);
      if (down) {
        throw new IllegalStateException("HTTP 503 Service Unavailable");
      }
      List<Event> out = new ArrayList<>();
      for (Event e : events) {
        if (e.position() > after && out.size() < limit) {
          out.add(e);
        }
      }
      return out;
    }
  }
}
