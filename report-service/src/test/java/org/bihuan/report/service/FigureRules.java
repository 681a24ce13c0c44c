package org.bihuan.report.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import org.bihuan.platform.time.DeadlineFigures;
import org.bihuan.report.mapping.FigureCounts;
import org.bihuan.report.mapping.Light;

/**
 * The rules for the figures (DOMAIN.md), as plain Java over one ticket or problem at a time: the
 * oracle the tests hold the SQL to. report-service computes every figure in SQL only ({@link
 * ReportSql}, {@link ReportQueries}, docs/decisions/0363); the comparison tests (the fixed dataset
 * on several days, the shared table of deadline cases) check that its counts and per-ticket answers
 * are these. Dates are compared in the organisation's zone.
 *
 * <p>Interpretations where DOMAIN.md leaves room (docs/decisions/0032-figure-rules.md):
 *
 * <ul>
 *   <li>overdue: ASSIGNED or IN_PROGRESS past the effective deadline, and also SUBMITTED when the
 *       (latest) submission came after the effective deadline; SUBMITTED on or before it is not.
 *   <li>due soon: ASSIGNED or IN_PROGRESS with today ≤ effective deadline ≤ today + 6 (seven days
 *       counting today).
 *   <li>stale: an ASSIGNED or IN_PROGRESS ticket with reportEvery whose published reportDue is
 *       before today; stagnant (进展停滞): the same with its published stagnantFrom on or before today.
 * </ul>
 *
 * <p>The dates compared (submittedOn, reportDue, stagnantFrom) are those rectification-service's
 * ticket view publishes; they are never computed here (decision 0194). The shared table of cases
 * (platform-testing's deadline-cases.json) holds both services to the same answers. Overdue, due
 * soon, stale, stagnant and the light are the platform's {@link DeadlineFigures}, the rules
 * rectification-service's ticket views give too (0325).
 */
public final class FigureRules {

  /** The fields of a projected ticket that the rules read. */
  public record TicketFacts(
      String timing,
      String status,
      LocalDate deadline,
      LocalDate effectiveDeadline,
      String reportEvery,
      Instant createdAt,
      LocalDate submittedOn,
      Instant verifiedAt,
      Instant lastProgressAt,
      LocalDate lastProgressOn,
      LocalDate reportDue,
      LocalDate stagnantFrom) {

    /** A ticket without report dates (no reportEvery). */
    public TicketFacts(
        String timing,
        String status,
        LocalDate deadline,
        LocalDate effectiveDeadline,
        String reportEvery,
        Instant createdAt,
        LocalDate submittedOn,
        Instant verifiedAt,
        Instant lastProgressAt,
        LocalDate lastProgressOn) {
      this(
          timing,
          status,
          deadline,
          effectiveDeadline,
          reportEvery,
          createdAt,
          submittedOn,
          verifiedAt,
          lastProgressAt,
          lastProgressOn,
          null,
          null);
    }
  }

  private final ZoneId zone;
  private final LocalDate today;

  public FigureRules(ZoneId zone, LocalDate today) {
    this.zone = zone;
    this.today = today;
  }

  public LocalDate today() {
    return today;
  }

  public static boolean counted(TicketFacts t) {
    return !"CANCELLED".equals(t.status());
  }

  public static boolean timeBound(TicketFacts t) {
    return counted(t) && DeadlineFigures.timeBound(t.timing());
  }

  public static boolean longTerm(TicketFacts t) {
    return counted(t) && "LONG_TERM".equals(t.timing());
  }

  /** The dates as the platform's rules read them (one set of rules for both services, 0325). */
  private static DeadlineFigures.Dates dates(TicketFacts t) {
    return new DeadlineFigures.Dates(
        t.status(),
        t.timing(),
        t.effectiveDeadline(),
        t.submittedOn(),
        t.reportEvery() != null,
        t.reportDue(),
        t.stagnantFrom());
  }

  public boolean overdue(TicketFacts t) {
    return DeadlineFigures.overdue(dates(t), today);
  }

  public long daysOverdue(TicketFacts t) {
    return overdue(t) ? ChronoUnit.DAYS.between(t.effectiveDeadline(), today) : 0;
  }

  public boolean dueSoon(TicketFacts t) {
    return DeadlineFigures.dueSoon(dates(t), today);
  }

  /** A working ticket whose required progress report is missing (the ticket view's rule). */
  public boolean stale(TicketFacts t) {
    return DeadlineFigures.stale(dates(t), today);
  }

  /** A working ticket without a progress report for two of its reportEvery intervals (进展停滞). */
  public boolean stagnant(TicketFacts t) {
    return DeadlineFigures.stagnant(dates(t), today);
  }

  /** RED overdue, YELLOW due soon or stale, GREEN otherwise; null once VERIFIED or CANCELLED. */
  public Light light(TicketFacts t) {
    String light = DeadlineFigures.light(dates(t), today);
    return light == null ? null : Light.valueOf(light);
  }

  /** VERIFIED time-bound, finally submitted on or before the original deadline. */
  public boolean onTime(TicketFacts t) {
    LocalDate submitted = t.submittedOn();
    return timeBound(t)
        && "VERIFIED".equals(t.status())
        && submitted != null
        && t.deadline() != null
        && !submitted.isAfter(t.deadline());
  }

  /** VERIFIED time-bound, submitted after the original deadline but within an extension. */
  public boolean extendedAndMet(TicketFacts t) {
    LocalDate submitted = t.submittedOn();
    LocalDate eff = t.effectiveDeadline();
    return timeBound(t)
        && "VERIFIED".equals(t.status())
        && submitted != null
        && t.deadline() != null
        && eff != null
        && submitted.isAfter(t.deadline())
        && !submitted.isAfter(eff);
  }

  /**
   * Days from the last progress report to today, for an open long-term ticket: from the date the
   * latest report states (not the day it was recorded), else the day it was recorded, else the
   * ticket's creation.
   */
  public Long daysSinceLastProgress(TicketFacts t) {
    LocalDate last =
        t.lastProgressOn() != null
            ? t.lastProgressOn()
            : date(t.lastProgressAt() != null ? t.lastProgressAt() : t.createdAt());
    return last == null ? null : ChronoUnit.DAYS.between(last, today);
  }

  /** Counts for a set of problems (by status) and tickets. */
  public FigureCounts count(Collection<String> problemStatuses, Collection<TicketFacts> tickets) {
    long problemsTotal = problemStatuses.size();
    long closed = problemStatuses.stream().filter("CLOSED"::equals).count();
    long withdrawn = problemStatuses.stream().filter("WITHDRAWN"::equals).count();
    long counted = 0, timeBound = 0, longTerm = 0, verified = 0, verifiedTimeBound = 0;
    long onTime = 0, extendedAndMet = 0, overdue = 0, dueSoon = 0, stagnant = 0;
    long assigned = 0, inProgress = 0, submitted = 0, cancelled = 0;
    long red = 0, yellow = 0, green = 0, withTimes = 0;
    long longTermVerified = 0, longTermOpen = 0, neverReported = 0;
    Long maxDays = null;
    BigDecimal seconds = BigDecimal.ZERO;
    for (TicketFacts t : tickets) {
      switch (t.status()) {
        case "ASSIGNED" -> assigned++;
        case "IN_PROGRESS" -> inProgress++;
        case "SUBMITTED" -> submitted++;
        case "VERIFIED" -> verified++;
        case "CANCELLED" -> cancelled++;
        default -> {}
      }
      if (!counted(t)) {
        continue;
      }
      counted++;
      boolean isVerified = "VERIFIED".equals(t.status());
      if (timeBound(t)) {
        timeBound++;
        if (isVerified) {
          verifiedTimeBound++;
        }
      }
      if (longTerm(t)) {
        longTerm++;
        if (isVerified) {
          longTermVerified++;
        } else {
          longTermOpen++;
          if (t.lastProgressAt() == null) {
            neverReported++;
          }
          Long days = daysSinceLastProgress(t);
          if (days != null && (maxDays == null || days > maxDays)) {
            maxDays = days;
          }
        }
      }
      if (onTime(t)) {
        onTime++;
      }
      if (extendedAndMet(t)) {
        extendedAndMet++;
      }
      if (overdue(t)) {
        overdue++;
      }
      if (dueSoon(t)) {
        dueSoon++;
      }
      if (stagnant(t)) {
        stagnant++;
      }
      Light light = light(t);
      if (light == Light.RED) {
        red++;
      } else if (light == Light.YELLOW) {
        yellow++;
      } else if (light == Light.GREEN) {
        green++;
      }
      if (isVerified && t.verifiedAt() != null && t.createdAt() != null) {
        withTimes++;
        Duration d = Duration.between(t.createdAt(), t.verifiedAt());
        seconds =
            seconds.add(BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)));
      }
    }
    return new FigureCounts(
        problemsTotal,
        closed,
        withdrawn,
        counted,
        timeBound,
        longTerm,
        verified,
        verifiedTimeBound,
        onTime,
        extendedAndMet,
        overdue,
        dueSoon,
        assigned,
        inProgress,
        submitted,
        cancelled,
        red,
        yellow,
        green,
        withTimes,
        seconds,
        longTermVerified,
        longTermOpen,
        maxDays,
        neverReported,
        stagnant);
  }

  /** The facts the rules read, from a row of report_ticket. */
  public static TicketFacts facts(ResultSet rs) throws SQLException {
    return new TicketFacts(
        rs.getString("timing"),
        rs.getString("status"),
        rs.getObject("deadline", LocalDate.class),
        rs.getObject("effective_deadline", LocalDate.class),
        rs.getString("report_every"),
        Sql.instant(rs.getTimestamp("created_at")),
        rs.getObject("submitted_on", LocalDate.class),
        Sql.instant(rs.getTimestamp("verified_at")),
        Sql.instant(rs.getTimestamp("last_progress_at")),
        rs.getObject("last_progress_on", LocalDate.class),
        rs.getObject("report_due", LocalDate.class),
        rs.getObject("stagnant_from", LocalDate.class));
  }

  private LocalDate date(Instant i) {
    return i == null ? null : i.atZone(zone).toLocalDate();
  }
}
