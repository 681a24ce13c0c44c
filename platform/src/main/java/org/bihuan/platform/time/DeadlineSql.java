package org.bihuan.platform.time;

/**
 * The rules of {@link DeadlineFigures} as SQL predicates (PostgreSQL), rendered for the columns a
 * query names and the SQL expression that gives its {@code today} (a parameter such as {@code
 * :today}, a column, or the last day of a trend's point). Both services list, count and chart by
 * these renderings only, so the SQL says what the Java rules say once (docs/decisions/0359); the
 * shared table of deadline cases runs through each query that uses them. Every predicate reads NULL
 * columns as false.
 *
 * @param status the ticket's status (ASSIGNED, IN_PROGRESS, SUBMITTED, VERIFIED, CANCELLED)
 * @param timing the ticket's timing (IMMEDIATE, DEADLINE, LONG_TERM)
 * @param effectiveDeadline the effective deadline the ticket view publishes
 * @param submittedOn the date of the latest submission the ticket view publishes
 * @param reportEvery the reporting interval, NULL when no progress report is required
 * @param reportDue the published last day of the next progress report
 * @param stagnantFrom the published first day without a report for two intervals
 * @param today an SQL expression for the organisation's date the rules compare with
 */
public record DeadlineSql(
    String status,
    String timing,
    String effectiveDeadline,
    String submittedOn,
    String reportEvery,
    String reportDue,
    String stagnantFrom,
    String today) {

  /**
   * The columns as both services name them ({@code status}, {@code timing}, {@code
   * effective_deadline}, {@code submitted_on}, {@code report_every}, {@code report_due}, {@code
   * stagnant_from}), each after {@code prefix} (a table alias and a dot, or nothing).
   */
  public static DeadlineSql columns(String prefix, String today) {
    return new DeadlineSql(
        prefix + "status",
        prefix + "timing",
        prefix + "effective_deadline",
        prefix + "submitted_on",
        prefix + "report_every",
        prefix + "report_due",
        prefix + "stagnant_from",
        today);
  }

  /** The same rules read with another status expression (a status as of an earlier day). */
  public DeadlineSql withStatus(String statusExpression) {
    return new DeadlineSql(
        statusExpression,
        timing,
        effectiveDeadline,
        submittedOn,
        reportEvery,
        reportDue,
        stagnantFrom,
        today);
  }

  /** {@link DeadlineFigures#timeBound}: IMMEDIATE or DEADLINE. */
  public String timeBound() {
    return "(" + timing + " in ('IMMEDIATE', 'DEADLINE'))";
  }

  /** {@link DeadlineFigures#working}: ASSIGNED or IN_PROGRESS. */
  public String working() {
    return "(" + status + " in ('ASSIGNED', 'IN_PROGRESS'))";
  }

  /** {@link DeadlineFigures#open}: a ticket that has a light, neither VERIFIED nor CANCELLED. */
  public String open() {
    return openStatus(status);
  }

  /**
   * {@link DeadlineFigures#open} for a status expression alone (a query that compares no dates):
   * ASSIGNED, IN_PROGRESS or SUBMITTED. Left without a coalesce so that a partial index whose
   * predicate says "not VERIFIED nor CANCELLED" still serves a query filtering by it.
   */
  public static String openStatus(String statusExpression) {
    return "(" + statusExpression + " in ('ASSIGNED', 'IN_PROGRESS', 'SUBMITTED'))";
  }

  /** {@link DeadlineFigures#overdue}. */
  public String overdue() {
    return "coalesce(("
        + timeBound()
        + " and "
        + effectiveDeadline
        + " < "
        + day()
        + " and ("
        + working()
        + " or ("
        + status
        + " = 'SUBMITTED' and "
        + submittedOn
        + " > "
        + effectiveDeadline
        + "))), false)";
  }

  /**
   * {@link DeadlineFigures#dueSoon}: today up to today + {@link DeadlineFigures#DUE_SOON_DAYS} - 1.
   */
  public String dueSoon() {
    return "coalesce(("
        + timeBound()
        + " and "
        + working()
        + " and "
        + effectiveDeadline
        + " >= "
        + day()
        + " and "
        + effectiveDeadline
        + " <= "
        + day()
        + " + "
        + (DeadlineFigures.DUE_SOON_DAYS - 1)
        + "), false)";
  }

  /** A working time-bound ticket whose effective deadline is today (督办 ladder: due today). */
  public String dueToday() {
    return "coalesce(("
        + timeBound()
        + " and "
        + working()
        + " and "
        + effectiveDeadline
        + " = "
        + day()
        + "), false)";
  }

  /** {@link DeadlineFigures#stale}: a working ticket whose published reportDue has passed. */
  public String stale() {
    return "coalesce(("
        + reportEvery
        + " is not null and "
        + working()
        + " and "
        + reportDue
        + " < "
        + day()
        + "), false)";
  }

  /** {@link DeadlineFigures#stagnant}: a working ticket from its published stagnantFrom on. */
  public String stagnant() {
    return "coalesce(("
        + reportEvery
        + " is not null and "
        + working()
        + " and "
        + stagnantFrom
        + " <= "
        + day()
        + "), false)";
  }

  /**
   * {@link DeadlineFigures#light}: whether the ticket's light is {@code light} (RED, YELLOW or
   * GREEN); no light matches a VERIFIED or CANCELLED ticket.
   */
  public String light(String light) {
    return switch (light) {
      case "RED" -> overdue();
      case "YELLOW" -> "(not " + overdue() + " and (" + dueSoon() + " or " + stale() + "))";
      case "GREEN" ->
          "("
              + open()
              + " and not "
              + overdue()
              + " and not "
              + dueSoon()
              + " and not "
              + stale()
              + ")";
      default -> throw new IllegalArgumentException("No light " + light);
    };
  }

  private String day() {
    return "cast(" + today + " as date)";
  }
}
