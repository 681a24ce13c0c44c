package org.bihuan.platform.time;

import java.time.LocalDate;

/**
 * The figures of DOMAIN.md for one ticket on one day (overdue, due soon, stale, stagnant, light),
 * read from the dates the ticket view publishes: rectification-service gives them on its ticket
 * views, report-service on its reports and ledger, both with these rules (docs/decisions/0021,
 * 0194, 0325). Statuses and timings are the ticket's names (ASSIGNED, IN_PROGRESS, SUBMITTED,
 * VERIFIED, CANCELLED; IMMEDIATE, DEADLINE, LONG_TERM). The SQL that lists and counts by them is
 * their one rendering, {@link DeadlineSql}; the shared table of deadline cases holds both to the
 * same answers.
 */
public final class DeadlineFigures {

  /** "Due soon" covers today and the next six days: seven calendar days inclusive of today. */
  public static final int DUE_SOON_DAYS = 7;

  /**
   * What the figures depend on. {@code effectiveDeadline} is the latest approved extension's date,
   * else the original deadline; {@code submittedOn} the latest submission's date; {@code
   * reportsRequired} whether the ticket has a reportEvery; {@code reportDue} and {@code
   * stagnantFrom} as the ticket view publishes them.
   */
  public record Dates(
      String status,
      String timing,
      LocalDate effectiveDeadline,
      LocalDate submittedOn,
      boolean reportsRequired,
      LocalDate reportDue,
      LocalDate stagnantFrom) {}

  private DeadlineFigures() {}

  /** IMMEDIATE and DEADLINE tickets have a deadline; LONG_TERM ones have none. */
  public static boolean timeBound(String timing) {
    return "IMMEDIATE".equals(timing) || "DEADLINE".equals(timing);
  }

  /** ASSIGNED or IN_PROGRESS: still being worked on, taking progress reports. */
  public static boolean working(String status) {
    return "ASSIGNED".equals(status) || "IN_PROGRESS".equals(status);
  }

  /**
   * Open: neither VERIFIED nor CANCELLED (ASSIGNED, IN_PROGRESS or SUBMITTED). An open ticket has a
   * light, is listed and relinked while open, and may still be edited; {@link
   * DeadlineSql#openStatus} is its SQL.
   */
  public static boolean open(String status) {
    return working(status) || "SUBMITTED".equals(status);
  }

  /**
   * A time-bound ticket still being worked on whose effective deadline has passed; a submitted
   * ticket stays overdue only if it was submitted after its effective deadline.
   */
  public static boolean overdue(Dates d, LocalDate today) {
    LocalDate eff = d.effectiveDeadline();
    if (!timeBound(d.timing()) || eff == null || !eff.isBefore(today)) {
      return false;
    }
    return working(d.status())
        || ("SUBMITTED".equals(d.status())
            && d.submittedOn() != null
            && d.submittedOn().isAfter(eff));
  }

  /** A working time-bound ticket whose effective deadline is today or in the next six days. */
  public static boolean dueSoon(Dates d, LocalDate today) {
    LocalDate eff = d.effectiveDeadline();
    return timeBound(d.timing())
        && working(d.status())
        && eff != null
        && !eff.isBefore(today)
        && !eff.isAfter(today.plusDays(DUE_SOON_DAYS - 1));
  }

  /**
   * A working ticket whose required progress report is missing. Only ASSIGNED and IN_PROGRESS
   * tickets take progress reports, so a ticket waiting for verification is never stale.
   */
  public static boolean stale(Dates d, LocalDate today) {
    return working(d.status())
        && d.reportsRequired()
        && d.reportDue() != null
        && d.reportDue().isBefore(today);
  }

  /**
   * A working ticket without a progress report for two of its reportEvery intervals (进展停滞): from
   * the published stagnantFrom on.
   */
  public static boolean stagnant(Dates d, LocalDate today) {
    return working(d.status())
        && d.reportsRequired()
        && d.stagnantFrom() != null
        && !d.stagnantFrom().isAfter(today);
  }

  /**
   * RED overdue, YELLOW due soon or stale, GREEN otherwise; null once VERIFIED or CANCELLED (the
   * name of the light, as both services' Light enums spell it).
   */
  public static String light(Dates d, LocalDate today) {
    if (!open(d.status())) {
      return null;
    }
    if (overdue(d, today)) {
      return "RED";
    }
    return dueSoon(d, today) || stale(d, today) ? "YELLOW" : "GREEN";
  }
}
