package org.bihuan.platform.feed.follow;

import java.time.Instant;

/** What the follower needs of an event of a followed feed: its position and when it happened. */
public interface FollowedEvent {

  long position();

  /** When the change happened, where the feed says; null where the consumer does not read it. */
  default Instant occurredAt() {
    return null;
  }
}
