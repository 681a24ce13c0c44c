package org.bihuan.problem.importing;

import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.bihuan.platform.error.ApiProblem;

/**
 * The read budget held from outside the reading (docs/decisions/0270): a document is read on a
 * reading thread of its own while the request's thread waits for it, at most until the budget
 * ({@code bihuan.import.max-read-time}) is spent or the client has hung up. Then the request is
 * answered at once — 422 import-too-slow, or 400 client-gone — whatever the reading is doing, and
 * the reading is told to stop: it stops at its next look at the clock ({@link ReadingTime#check},
 * per line and every few thousand characters inside a line) and its thread is interrupted. The
 * import permit is given back only when the reading has actually stopped, so abandoned readings
 * cannot pile up on the cores; the cooperative checks make that stop quick.
 */
public final class ReadingDeadline {

  /** How often the waiting thread looks whether the client is still there. */
  private static final long POLL_MILLIS = 50;

  /**
   * How long past the budget the waiting thread gives the reading to refuse itself (its own 422
   * comes from the same rule); past it, the answer is given from outside.
   */
  private static final long GRACE_MILLIS = 250;

  private static final ExecutorService READERS = Executors.newCachedThreadPool(readers());

  private ReadingDeadline() {}

  /**
   * What {@code reader} reads from {@code body}, read on a reading thread within the read budget.
   * When this returns, the reading has ended and {@code release} has not been run: the caller still
   * holds what it releases. When this throws — the reading's own refusal, or the budget spent, or
   * the client gone — {@code release} has been run, or is run as soon as the abandoned reading has
   * stopped.
   */
  public static DocumentReader.Reading read(
      DocumentReader reader,
      InputStream body,
      String mediaType,
      BooleanSupplier clientGone,
      Runnable release) {
    ImportLimits limits = reader.limits();
    Run run = new Run(() -> reader.read(body, mediaType), clientGone);
    long deadline = System.nanoTime() + (limits.maxReadMillis() + GRACE_MILLIS) * 1_000_000L;
    try {
      READERS.execute(run);
    } catch (RuntimeException refused) {
      release.run();
      throw refused;
    }
    try {
      while (!run.stopped.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        ApiProblem abandoned =
            clientGone.getAsBoolean()
                ? ImportLimits.clientGone()
                : System.nanoTime() - deadline > 0 ? limits.tooSlow() : null;
        if (abandoned != null && run.abandon(release)) {
          throw abandoned;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (run.abandon(release)) {
        throw ImportLimits.clientGone();
      }
    }
    // the reading has ended, and nobody abandoned it
    if (run.failure != null) {
      release.run();
      if (run.failure instanceof RuntimeException refused) {
        throw refused;
      }
      if (run.failure instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(run.failure);
    }
    return run.result;
  }

  /** One reading on a reading thread, and what it came to. */
  private static final class Run implements Runnable {
    private final java.util.function.Supplier<DocumentReader.Reading> work;
    private final BooleanSupplier clientGone;
    final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean abandoned;
    private boolean ended;
    private Thread worker;
    private Runnable whenStopped;
    DocumentReader.Reading result;
    Throwable failure;

    Run(java.util.function.Supplier<DocumentReader.Reading> work, BooleanSupplier clientGone) {
      this.work = work;
      this.clientGone = clientGone;
    }

    @Override
    public void run() {
      synchronized (this) {
        worker = Thread.currentThread();
      }
      // every look at the clock (ReadingTime.check) also asks whether the reading was abandoned
      try (ImportLimits.Watch watch =
          ImportLimits.abandonWhenGone(() -> abandoned || clientGone.getAsBoolean())) {
        if (!abandoned) {
          result = work.get();
        }
      } catch (Throwable t) {
        failure = t;
      } finally {
        Runnable after;
        synchronized (this) {
          worker = null;
          ended = true;
          after = whenStopped;
        }
        Thread.interrupted(); // an interrupt meant for this reading is not the next one's
        stopped.countDown();
        if (after != null) {
          after.run();
        }
      }
    }

    /**
     * Tells the reading to stop, {@code release} to be run once it has: false when it has ended
     * already (its outcome stands, and the caller still holds what {@code release} releases).
     */
    synchronized boolean abandon(Runnable release) {
      if (ended) {
        return false;
      }
      abandoned = true;
      whenStopped = release;
      if (worker != null) {
        worker.interrupt();
      }
      return true;
    }
  }

  private static ThreadFactory readers() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "import-reading-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
