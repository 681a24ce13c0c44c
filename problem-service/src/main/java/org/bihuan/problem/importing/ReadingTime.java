package org.bihuan.problem.importing;

/**
 * The wall-clock budget of the document read on this thread ({@code bihuan.import.max-read-time},
 * docs/decisions/0184 and 0245), for every format and every stage of its reading: the loops whose
 * rounds grow with the document (its paragraphs, rows, records and lines, the outline's lines, a
 * table's rows) call {@link #check} and the reading is abandoned, 422 import-too-slow, once the
 * budget is spent, or 400 client-gone once its client has hung up ({@link
 * ImportLimits#stillWanted}). Cooperative: the worker thread comes back within one round of a loop,
 * nothing is stopped from outside.
 */
public final class ReadingTime {

  private static final ThreadLocal<ReadingTime> CURRENT = new ThreadLocal<>();

  private final ImportLimits limits;
  private final long deadline;

  private ReadingTime(ImportLimits limits) {
    this.limits = limits;
    this.deadline = limits.readDeadline();
  }

  /**
   * Starts the clock of the reading on this thread, until the returned watch is closed; a clock
   * already running (a reading inside a reading) is kept, so the budget is the whole reading's.
   */
  static ImportLimits.Watch start(ImportLimits limits) {
    if (CURRENT.get() != null) {
      return () -> {};
    }
    CURRENT.set(new ReadingTime(limits));
    return CURRENT::remove;
  }

  /**
   * Abandons the reading on this thread when its time is spent (422) or its client has gone (400);
   * outside a reading (a parser used on its own) only the latter.
   */
  static void check() {
    ReadingTime running = CURRENT.get();
    if (running == null) {
      ImportLimits.stillWanted();
    } else {
      running.limits.withinTime(running.deadline);
    }
  }
}
