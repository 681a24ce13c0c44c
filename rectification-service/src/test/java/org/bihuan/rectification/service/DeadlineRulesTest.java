package org.bihuan.rectification.service;

import static org.bihuan.rectification.Ticket.Light.GREEN;
import static org.bihuan.rectification.Ticket.Light.RED;
import static org.bihuan.rectification.Ticket.Light.YELLOW;
import static org.bihuan.rectification.Ticket.Status.ASSIGNED;
import static org.bihuan.rectification.Ticket.Status.CANCELLED;
import static org.bihuan.rectification.Ticket.Status.IN_PROGRESS;
import static org.bihuan.rectification.Ticket.Status.SUBMITTED;
import static org.bihuan.rectification.Ticket.Status.VERIFIED;
import static org.bihuan.rectification.Ticket.Timing.DEADLINE;
import static org.bihuan.rectification.Ticket.Timing.IMMEDIATE;
import static org.bihuan.rectification.Ticket.Timing.LONG_TERM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.bihuan.rectification.Ticket.Light;
import org.bihuan.rectification.Ticket.ReportEvery;
import org.bihuan.rectification.Ticket.Status;
import org.bihuan.rectification.Ticket.Timing;
import org.bihuan.rectification.service.DeadlineRules.Facts;
import org.bihuan.rectification.service.DeadlineRules.Figures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The figures of DOMAIN.md, case by case. "Today" is 2024-06-15 unless a case says otherwise. */
class DeadlineRulesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static Arguments row(
      String name,
      Status status,
      Timing timing,
      String effectiveDeadline,
      String submittedOn,
      ReportEvery every,
      String reportDue,
      boolean overdue,
      boolean dueSoon,
      boolean stale,
      Light light) {
    return Arguments.of(
        name,
        new Facts(
            status,
            timing,
            effectiveDeadline == null ? null : d(effectiveDeadline),
            submittedOn == null ? null : d(submittedOn),
            every,
            reportDue == null ? null : d(reportDue)),
        new Figures(overdue, dueSoon, stale, light));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        row(
            "deadline today",
            IN_PROGRESS,
            DEADLINE,
            "2024-06-15",
            null,
            null,
            null,
            false,
            true,
            false,
            YELLOW),
        row(
            "deadline yesterday",
            IN_PROGRESS,
            DEADLINE,
            "2024-06-14",
            null,
            null,
            null,
            true,
            false,
            false,
            RED),
        row(
            "deadline tomorrow",
            ASSIGNED,
            DEADLINE,
            "2024-06-16",
            null,
            null,
            null,
            false,
            true,
            false,
            YELLOW),
        row(
            "deadline in 6 days: last day of the window",
            ASSIGNED,
            IMMEDIATE,
            "2024-06-21",
            null,
            null,
            null,
            false,
            true,
            false,
            YELLOW),
        row(
            "deadline in 7 days: outside the window",
            ASSIGNED,
            IMMEDIATE,
            "2024-06-22",
            null,
            null,
            null,
            false,
            false,
            false,
            GREEN),
        row(
            "assigned and never started, past deadline",
            ASSIGNED,
            IMMEDIATE,
            "2024-06-01",
            null,
            null,
            null,
            true,
            false,
            false,
            RED),
        row(
            "submitted before the deadline, deadline now past",
            SUBMITTED,
            DEADLINE,
            "2024-06-12",
            "2024-06-10",
            null,
            null,
            false,
            false,
            false,
            GREEN),
        row(
            "submitted on the deadline day",
            SUBMITTED,
            DEADLINE,
            "2024-06-12",
            "2024-06-12",
            null,
            null,
            false,
            false,
            false,
            GREEN),
        row(
            "submitted after the deadline",
            SUBMITTED,
            DEADLINE,
            "2024-06-12",
            "2024-06-14",
            null,
            null,
            true,
            false,
            false,
            RED),
        row(
            "submitted, deadline still ahead: not due soon any more",
            SUBMITTED,
            DEADLINE,
            "2024-06-16",
            "2024-06-14",
            null,
            null,
            false,
            false,
            false,
            GREEN),
        row(
            "extension approved: effective deadline moved past today",
            IN_PROGRESS,
            DEADLINE,
            DeadlineRules.effectiveDeadline(d("2024-06-10"), d("2024-06-30")).toString(),
            null,
            null,
            null,
            false,
            false,
            false,
            GREEN),
        row(
            "extension refused: the original deadline stands",
            IN_PROGRESS,
            DEADLINE,
            DeadlineRules.effectiveDeadline(d("2024-06-10"), null).toString(),
            null,
            null,
            null,
            true,
            false,
            false,
            RED),
        row(
            "verified long ago with a past deadline: no light",
            VERIFIED,
            DEADLINE,
            "2024-01-01",
            "2023-12-30",
            null,
            null,
            false,
            false,
            false,
            null),
        row(
            "cancelled: no light",
            CANCELLED,
            DEADLINE,
            "2024-01-01",
            null,
            null,
            null,
            false,
            false,
            false,
            null),
        row(
            "long-term with a missed monthly report",
            IN_PROGRESS,
            LONG_TERM,
            null,
            null,
            ReportEvery.MONTH,
            "2024-06-01",
            false,
            false,
            true,
            YELLOW),
        row(
            "long-term with its report due today",
            IN_PROGRESS,
            LONG_TERM,
            null,
            null,
            ReportEvery.MONTH,
            "2024-06-15",
            false,
            false,
            false,
            GREEN),
        row(
            "long-term without a reporting duty",
            IN_PROGRESS,
            LONG_TERM,
            null,
            null,
            null,
            null,
            false,
            false,
            false,
            GREEN),
        row(
            "overdue and stale: red wins",
            IN_PROGRESS,
            DEADLINE,
            "2024-06-01",
            null,
            ReportEvery.WEEK,
            "2024-06-05",
            true,
            false,
            true,
            RED),
        row(
            "submitted tickets are not stale",
            SUBMITTED,
            LONG_TERM,
            null,
            "2024-06-01",
            ReportEvery.WEEK,
            "2024-06-05",
            false,
            false,
            false,
            GREEN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void figuresFollowTheRules(String name, Facts facts, Figures expected) {
    assertEquals(expected, DeadlineRules.figures(facts, TODAY), name);
  }

  @Test
  void atMidnightInShanghaiTheDeadlineHasPassedWhileUtcIsStillTheDayBefore() {
    Instant instant = Instant.parse("2024-06-15T16:30:00Z"); // 00:30 on 16 June in Shanghai
    LocalDate shanghaiToday = instant.atZone(SHANGHAI).toLocalDate();
    LocalDate utcToday = instant.atZone(ZoneOffset.UTC).toLocalDate();
    Facts f = new Facts(IN_PROGRESS, DEADLINE, d("2024-06-15"), null, null, null);
    assertEquals(d("2024-06-16"), shanghaiToday);
    assertEquals(true, DeadlineRules.figures(f, shanghaiToday).overdue());
    assertEquals(false, DeadlineRules.figures(f, utcToday).overdue());
  }

  @Test
  void aSubmissionJustAfterMidnightInShanghaiCountsForTheNextDay() {
    // Submitted at 00:30 on 13 June in Shanghai (still 12 June in UTC): one day late.
    LocalDate submittedOn = DeadlineRules.dateIn(Instant.parse("2024-06-12T16:30:00Z"), SHANGHAI);
    assertEquals(d("2024-06-13"), submittedOn);
    Facts f = new Facts(SUBMITTED, DEADLINE, d("2024-06-12"), submittedOn, null, null);
    assertEquals(true, DeadlineRules.figures(f, TODAY).overdue());
  }

  @Test
  void theNextReportIsDueOneIntervalAfterTheLaterOfCreationAndTheLastReport() {
    Instant created = Instant.parse("2024-06-07T16:30:00Z"); // 8 June in Shanghai
    assertEquals(
        d("2024-06-15"), DeadlineRules.nextReportDue(ReportEvery.WEEK, created, null, SHANGHAI));
    assertEquals(
        d("2024-07-08"), DeadlineRules.nextReportDue(ReportEvery.MONTH, created, null, SHANGHAI));
    assertEquals(
        d("2024-09-08"), DeadlineRules.nextReportDue(ReportEvery.QUARTER, created, null, SHANGHAI));
    Instant reported = Instant.parse("2024-06-12T02:00:00Z");
    assertEquals(
        d("2024-06-19"),
        DeadlineRules.nextReportDue(ReportEvery.WEEK, created, reported, SHANGHAI));
    assertEquals(null, DeadlineRules.nextReportDue(null, created, reported, SHANGHAI));
    // Month ends clamp like the calendar does: 31 January + 1 month = 29 February 2024.
    assertEquals(
        d("2024-02-29"),
        DeadlineRules.nextReportDue(
            ReportEvery.MONTH, Instant.parse("2024-01-31T02:00:00Z"), null, SHANGHAI));
  }

  @Test
  void aWeeklyTicketBecomesStaleOnTheEighthDayWithoutAReport() {
    LocalDate due =
        DeadlineRules.nextReportDue(
            ReportEvery.WEEK, Instant.parse("2024-06-08T02:00:00Z"), null, SHANGHAI);
    Facts f = new Facts(IN_PROGRESS, LONG_TERM, null, null, ReportEvery.WEEK, due);
    assertEquals(false, DeadlineRules.figures(f, d("2024-06-15")).stale());
    assertEquals(true, DeadlineRules.figures(f, d("2024-06-16")).stale());
  }

  @Test
  void deadlinesDependOnTiming() {
    assertEquals(d("2024-07-15"), DeadlineRules.deadlineFor(IMMEDIATE, null, TODAY, 30));
    assertEquals(d("2024-06-20"), DeadlineRules.deadlineFor(IMMEDIATE, d("2024-06-20"), TODAY, 30));
    assertEquals(d("2024-12-31"), DeadlineRules.deadlineFor(DEADLINE, d("2024-12-31"), TODAY, 30));
    assertEquals(null, DeadlineRules.deadlineFor(LONG_TERM, null, TODAY, 30));
  }
}
