package org.bihuan.rectification.service;

import static org.bihuan.rectification.Ticket.Status.ASSIGNED;
import static org.bihuan.rectification.Ticket.Status.IN_PROGRESS;
import static org.bihuan.rectification.Ticket.Status.SUBMITTED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.Ticket.Light;
import org.bihuan.rectification.Ticket.ReportEvery;
import org.bihuan.rectification.Ticket.Status;
import org.bihuan.rectification.Ticket.Timing;

/**
 * The figures of DOMAIN.md for one ticket (overdue, due soon, stale, light), as pure functions of
 * the ticket's facts and {@code today} in the organisation's time zone. The SQL used by list
 * filters is kept beside the Java rules so the two never drift (see {@link Sql}); the report
 * service computes the same (docs/decisions/0021-deadline-figures.md).
 */
public final class DeadlineRules {

  /** "Due soon" covers today and the next six days: seven calendar days inclusive of today. */
  public static final int DUE_SOON_DAYS = 7;

  private DeadlineRules() {}

  /** What the figures depend on. {@code submittedOn} is the latest submission's date. */
  public record Facts(
      Status status,
      Timing timing,
      LocalDate effectiveDeadline,
      LocalDate submittedOn,
      ReportEvery reportEvery,
      LocalDate reportDue) {}

  public record Figures(boolean overdue, boolean dueSoon, boolean stale, Light light) {}

  /** The calendar date of an instant in the organisation's zone. */
  public static LocalDate dateIn(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalDate();
  }

  public static boolean timeBound(Timing timing) {
    return timing == Timing.IMMEDIATE || timing == Timing.DEADLINE;
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
    Instant anchor =
        lastProgressAt != null && lastProgressAt.isAfter(createdAt) ? lastProgressAt : createdAt;
    LocalDate from = dateIn(anchor, zone);
    return switch (every) {
      case WEEK -> from.plusDays(7);
      case MONTH -> from.plusMonths(1);
      case QUARTER -> from.plusMonths(3);
    };
  }

  public static Figures figures(Facts f, LocalDate today) {
    boolean overdue = overdue(f, today);
    boolean dueSoon = dueSoon(f, today);
    boolean stale = stale(f, today);
    Light light;
    if (f.status() == Status.VERIFIED || f.status() == Status.CANCELLED) {
      light = null;
    } else if (overdue) {
      light = Light.RED;
    } else if (dueSoon || stale) {
      light = Light.YELLOW;
    } else {
      light = Light.GREEN;
    }
    return new Figures(overdue, dueSoon, stale, light);
  }

  /**
   * A time-bound ticket still being worked on whose effective deadline has passed; a submitted
   * ticket stays overdue only if it was submitted after its effective deadline.
   */
  static boolean overdue(Facts f, LocalDate today) {
    if (!timeBound(f.timing())
        || f.effectiveDeadline() == null
        || !f.effectiveDeadline().isBefore(today)) {
      return false;
    }
    return f.status() == ASSIGNED
        || f.status() == IN_PROGRESS
        || (f.status() == SUBMITTED
            && f.submittedOn() != null
            && f.submittedOn().isAfter(f.effectiveDeadline()));
  }

  /** A time-bound ticket not yet submitted whose effective deadline is today or in 6 days. */
  static boolean dueSoon(Facts f, LocalDate today) {
    if (!timeBound(f.timing()) || f.effectiveDeadline() == null) {
      return false;
    }
    if (f.status() != ASSIGNED && f.status() != IN_PROGRESS) {
      return false;
    }
    LocalDate d = f.effectiveDeadline();
    return !d.isBefore(today) && !d.isAfter(today.plusDays(DUE_SOON_DAYS - 1));
  }

  /** A ticket being worked on that must report and whose next report is past due. */
  static boolean stale(Facts f, LocalDate today) {
    return f.reportEvery() != null
        && f.reportDue() != null
        && (f.status() == ASSIGNED || f.status() == IN_PROGRESS)
        && f.reportDue().isBefore(today);
  }

  public static Facts factsOf(Ticket t) {
    return new Facts(
        t.status, t.timing, t.effectiveDeadline, t.submittedOn, t.reportEvery, t.reportDue);
  }

  /**
   * The same rules as SQL predicates over {@code ticket t}, with the parameter {@code :today} (the
   * organisation's date). Each is wrapped in coalesce so that NULL columns read as false.
   */
  public static final class Sql {
    private Sql() {}

    static final String TIME_BOUND = "t.timing in ('IMMEDIATE', 'DEADLINE')";
    static final String WORKING = "t.status in ('ASSIGNED', 'IN_PROGRESS')";

    public static final String OVERDUE =
        "coalesce(("
            + TIME_BOUND
            + " and t.effective_deadline < :today and ("
            + WORKING
            + " or (t.status = 'SUBMITTED' and t.submitted_on > t.effective_deadline))), false)";

    public static final String DUE_SOON =
        "coalesce(("
            + TIME_BOUND
            + " and "
            + WORKING
            + " and t.effective_deadline >= :today"
            + " and t.effective_deadline <= cast(:today as date) + "
            + (DUE_SOON_DAYS - 1)
            + "), false)";

    /** A ticket being worked on whose effective deadline is today (督办 ladder: due today). */
    public static final String DUE_TODAY =
        "coalesce(("
            + TIME_BOUND
            + " and "
            + WORKING
            + " and t.effective_deadline = :today), false)";

    /**
     * Overdue for at least the days the organisation waits before its leader in charge supervises
     * (督办): {@code :superviseFrom} is today minus {@code bihuan.todos.supervise-after-days}.
     */
    public static final String TO_SUPERVISE =
        "("
            + OVERDUE
            + " and t.leader_in_charge is not null and t.effective_deadline <= :superviseFrom)";

    public static final String STALE =
        "coalesce((t.report_every is not null and "
            + WORKING
            + " and t.report_due < :today), false)";

    static final String OPEN = "t.status in ('ASSIGNED', 'IN_PROGRESS', 'SUBMITTED')";

    public static String light(Light light) {
      return switch (light) {
        case RED -> OVERDUE;
        case YELLOW -> "(not " + OVERDUE + " and (" + DUE_SOON + " or " + STALE + "))";
        case GREEN ->
            "(" + OPEN + " and not " + OVERDUE + " and not " + DUE_SOON + " and not " + STALE + ")";
      };
    }
  }
}
