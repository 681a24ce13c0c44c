package org.bihuan.platform.feed;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Wakes long-polling feed readers of this instance as soon as a transaction with events commits.
 */
@ApplicationScoped
public class FeedSignal {

  private long generation;

  synchronized void changed() {
    generation++;
    notifyAll();
  }

  synchronized long generation() {
    return generation;
  }

  /** Waits until a commit after {@code seen} or until {@code millis} pass. */
  synchronized void awaitChangeAfter(long seen, long millis) throws InterruptedException {
    long until = System.currentTimeMillis() + millis;
    while (generation == seen) {
      long left = until - System.currentTimeMillis();
      if (left <= 0) {
        return;
      }
      wait(left);
    }
  }
}
