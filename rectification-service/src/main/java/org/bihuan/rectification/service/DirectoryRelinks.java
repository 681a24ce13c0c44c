package org.bihuan.rectification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Links open tickets to directory entries that appeared or changed (docs/decisions/0333), in the
 * background rather than in the directory's request: a PUT or a sync only nudges this job after it
 * commits, and it also runs every {@code bihuan.directory.relink-every}. Each batch is its own
 * transaction ({@link DirectoryLinks#relinkBatch}); tickets being written, or linked by another
 * replica, are skipped and taken next time. Links usually appear within a second or two of the
 * change.
 */
@ApplicationScoped
public class DirectoryRelinks {

  private static final Logger LOG = Logger.getLogger(DirectoryRelinks.class);

  @Inject DirectoryLinks links;
  @Inject TransactionSynchronizationRegistry transactions;

  private final ExecutorService nudges =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "directory-relinks");
            t.setDaemon(true);
            return t;
          });
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  @Scheduled(
      every = "${bihuan.directory.relink-every:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    run();
  }

  /**
   * Called inside a directory change's transaction: once it commits, the job runs at once (a rolled
   * back change links nothing).
   */
  void afterCommit() {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing before
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              nudges.execute(DirectoryRelinks.this::runQuietly);
            }
          }
        });
  }

  /**
   * Links batch after batch until a batch is not full or links nothing (what is left then is being
   * written, or cannot be linked). A run asked for while one is under way follows it.
   */
  public int run() {
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return 0;
    }
    int total = 0;
    try {
      do {
        again.set(false);
        DirectoryLinks.Relinked b;
        do {
          b = links.relinkBatch();
          total += b.linked();
        } while (b.taken() == DirectoryLinks.RELINK_BATCH && b.linked() > 0);
      } while (again.get());
    } finally {
      running.set(false);
    }
    return total;
  }

  private void runQuietly() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.warn("linking tickets to the directory failed; the next run tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    nudges.shutdownNow();
  }
}
