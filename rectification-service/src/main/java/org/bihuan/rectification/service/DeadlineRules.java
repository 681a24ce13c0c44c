package org.bihuan.rectification.service;

import static org.bihuan.rectification.Ticket.Status.IN_PROGRESS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bihuan.platform.time.DeadlineFigures;
import org.bihuan.platform.time.DeadlineSql;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.Ticket.Light;
import org.bihuan.rectification.Ticket.ReportEvery;
import org.bihuan.rectification.Ticket.Timing;

/**
 * The figures of DOMAIN.md for one ticket (overdue, due soon, stale, light), as pure functions of
 * the ticket's facts and {@code today} in the organisation's time zone. The SQL used by list
 * filters is the platform's rendering of the same rules (see {@link Sql}). The ticket view
 * publishes the dates these rules compare (submittedOn, reportDue, stagnantFrom), and the report
 * service compares those instead of computing them again (docs/decisions/0021, 0194). The figures
 * themselves are the platform's {@link DeadlineFigures}, which report-service reads too (0325).
 */
public final class DeadlineRules {

  /** "Due soon" covers today and the next six days: seven calendar days inclusive of today. */
  public static final int DUE_SOON_DAYS = DeadlineFigures.DUE_SOON_DAYS;

  private DeadlineRules() {}

  /**
   * How far back a new ticket's deadline may lie (docs/decisions/0257): imports bring plans of past
   * inspections with their deadlines (already overdue, counted so), but not of another era.
   */
  public static final int DEADLINE_YEARS_BACK = 20;

  /**
   * How far ahead a deadline or an extension's new deadline may lie (0257): work of more years is
   * 长期坚持 (LONG_TERM), which has none.
   */
  public static final int DEADLINE_YEARS_AHEAD = 5;

  /** Why {@code date} cannot be a new ticket's deadline, or null (0257). */
  public static String deadlineOutOfRange(LocalDate date, LocalDate today) {
    if (date == null) {
      return null;
    }
    if (date.isBefore(today.minusYears(DEADLINE_YEARS_BACK))) {
      return "must not be before "
          + today.minusYears(DEADLINE_YEARS_BACK)
          + " ("
          + DEADLINE_YEARS_BACK
          + " years before today)";
    }
    return newDeadlineTooLate(date, today);
  }

  /** Why {@code date} is too far ahead for a deadline or an extension, or null (0257). */
  public static String newDeadlineTooLate(LocalDate date, LocalDate today) {
    if (date != null && date.isAfter(today.plusYears(DEADLINE_YEARS_AHEAD))) {
      return "must not be after "
          + today.plusYears(DEADLINE_YEARS_AHEAD)
          + " ("
          + DEADLINE_YEARS_AHEAD
          + " years from today; longer work is LONG_TERM)";
    }
    return null;
  }

  /** The calendar date of an instant in the organisation's zone. */
  public static LocalDate dateIn(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalDate();
  }

  public static boolean timeBound(Timing timing) {
    return timing != null && DeadlineFigures.timeBound(timing.name());
  }

  /**
   * The deadline a new or edited ticket gets: as given for DEADLINE, as given or today + {@code
   * immediateDays} for IMMEDIATE, none for LONG_TERM.
   */
  public static LocalDate deadlineFor(
      Timing timing, LocalDate given, LocalDate today, int immediateDays) {
    return switch (timing) {
      case DEADLINE -> given;
      case IMMEDIATE -> given != null ? given : today.plusDays(immediateDays);
      case LONG_TERM -> null;
    };
  }

  /** The latest approved extension's date, else the original deadline. */
  public static LocalDate effectiveDeadline(LocalDate original, LocalDate latestApproved) {
    return latestApproved != null ? latestApproved : original;
  }

  /**
   * The last day by which the next progress report is due: one interval (7 days, 1 month, 3 months)
   * after the later of the ticket's creation and its last progress report, both taken as dates in
   * the organisation's zone. Null when no report is required.
   */
  public static LocalDate nextReportDue(
      ReportEvery every, Instant createdAt, Instant lastProgressAt, ZoneId zone) {
    if (every == null) {
      return null;
    }
    return intervalsAfter(every, reportAnchor(createdAt, lastProgressAt, zone), 1);
  }

  /**
   * The first day on which the ticket is stagnant (停滞, DOMAIN.md): two whole intervals have passed
   * since the later of its creation and its last progress report without a new report, so the day
   * after the second interval's last day. Null when no report is required.
   */
  public static LocalDate stagnantFrom(
      ReportEvery every, Instant createdAt, Instant lastProgressAt, ZoneId zone) {
    if (every == null) {
      return null;
    }
    return intervalsAfter(every, reportAnchor(createdAt, lastProgressAt, zone), 2).plusDays(1);
  }

  /**
   * Sets the report dates of a ticket ({@code reportDue}, {@code stagnantFrom}) from its reporting
   * interval, creation and last progress report: after every change of any of these.
   */
  public static void scheduleReports(Ticket t, ZoneId zone) {
    t.reportDue = nextReportDue(t.reportEvery, t.createdAt, t.lastProgressAt, zone);
    t.stagnantFrom = stagnantFrom(t.reportEvery, t.createdAt, t.lastProgressAt, zone);
  }

  private static LocalDate reportAnchor(Instant createdAt, Instant lastProgressAt, ZoneId zone) {
    Instant anchor =
        lastProgressAt != null && lastProgressAt.isAfter(createdAt) ? lastProgressAt : createdAt;
    return dateIn(anchor, zone);
  }

  private static LocalDate intervalsAfter(ReportEvery every, LocalDate from, int n) {
    return switch (every) {
      case WEEK -> from.plusDays(7L * n);
      case MONTH -> from.plusMonths(n);
      case QUARTER -> from.plusMonths(3L * n);
    };
  }

  /**
   * A required progress report is missing while the ticket is IN_PROGRESS: what calls for the
   * REPORT to-do (DOMAIN.md "Who must act next"; beside SUBMIT, never beside START). A stale
   * ASSIGNED ticket still shows stale, but its to-do is START (decision 0256). The ticket's facts
   * are what {@link Ticket#deadlineDates()} gives the rules.
   */
  static boolean reportMissing(Ticket t, LocalDate today) {
    return t.status == IN_PROGRESS && DeadlineFigures.stale(t.deadlineDates(), today);
  }

  /** Whether the ticket is overdue today ({@link DeadlineFigures#overdue}). */
  static boolean overdue(Ticket t, LocalDate today) {
    return DeadlineFigures.overdue(t.deadlineDates(), today);
  }

  /**
   * The same rules as SQL predicates over {@code ticket t}, with the parameter {@code :today} (the
   * organisation's date): the platform's one rendering of them ({@link DeadlineSql}, 0359), which
   * report-service's figures and trend use too. NULL columns read as false.
   */
  public static final class Sql {
    private Sql() {}

    private static final DeadlineSql RULES = DeadlineSql.columns("t.", ":today");

    public static final String OVERDUE = RULES.overdue();

    public static final String DUE_SOON = RULES.dueSoon();

    /** A ticket being worked on whose effective deadline is today (督办 ladder: due today). */
    public static final String DUE_TODAY = RULES.dueToday();

    /**
     * Overdue for at least the days the organisation waits before its leader in charge supervises
     * (督办): {@code :superviseFrom} is today minus {@code bihuan.todos.supervise-after-days}.
     */
    public static final String TO_SUPERVISE =
        "("
            + OVERDUE
            + " and t.leader_in_charge is not null and t.effective_deadline <= :superviseFrom)";

    public static final String STALE = RULES.stale();

    /** {@link DeadlineRules#reportMissing}: the REPORT to-do's rule. */
    static final String REPORT_MISSING = "(t.status = 'IN_PROGRESS' and " + STALE + ")";

    /**
     * The due-soon step of the 督办 ladder: due soon but not today, where due-today supersedes it (a
     * ticket is on one step at a time; decision 0256).
     */
    static final String DUE_SOON_STEP = "(" + DUE_SOON + " and not " + DUE_TODAY + ")";

    public static final String STAGNANT = RULES.stagnant();

    public static String light(Light light) {
      return RULES.light(light.name());
    }
  }
}
