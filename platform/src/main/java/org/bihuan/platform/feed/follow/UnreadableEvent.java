package org.bihuan.platform.feed.follow;

/**
 * An upstream event its follower cannot apply (its data does not have the agreed shape). The
 * follower does not skip it: the page is rolled back, the position stays before it, readiness shows
 * where the feed is stuck and why, and the page is tried again with growing pauses until the
 * upstream (or a fixed follower) makes it readable.
 */
public final class UnreadableEvent extends RuntimeException {

  private final long position;

  public UnreadableEvent(long position, String type, String why, Throwable cause) {
    super("event " + position + " (" + type + ") cannot be applied: " + why, cause);
    this.position = position;
  }

  public long position() {
    return position;
  }
}
