package org.bihuan.rectification.service;

import static org.bihuan.rectification.Ticket.Status.IN_PROGRESS;
import static org.bihuan.rectification.Ticket.Status.SUBMITTED;
import static org.bihuan.rectification.Ticket.Timing.DEADLINE;
import static org.bihuan.rectification.Ticket.Timing.IMMEDIATE;
import static org.bihuan.rectification.Ticket.Timing.LONG_TERM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.bihuan.platform.time.DeadlineFigures;
import org.bihuan.platform.time.DeadlineFigures.Dates;
import org.bihuan.rectification.Ticket.ReportEvery;
import org.junit.jupiter.api.Test;

/**
 * The dates the deadline rules work from (the organisation's day, report intervals, deadlines by
 * timing). The figures for them are the shared table of cases ({@link SharedDeadlineCasesTest},
 * {@link SharedDeadlineCasesInSqlTest}). "Today" is 2024-06-15 unless a test says otherwise.
 */
class DeadlineRulesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void atMidnightInShanghaiTheDeadlineHasPassedWhileUtcIsStillTheDayBefore() {
    Instant instant = Instant.parse("2024-06-15T16:30:00Z"); // 00:30 on 16 June in Shanghai
    LocalDate shanghaiToday = instant.atZone(SHANGHAI).toLocalDate();
    LocalDate utcToday = instant.atZone(ZoneOffset.UTC).toLocalDate();
    Dates f =
        new Dates(IN_PROGRESS.name(), DEADLINE.name(), d("2024-06-15"), null, false, null, null);
    assertEquals(d("2024-06-16"), shanghaiToday);
    assertEquals(true, DeadlineFigures.overdue(f, shanghaiToday));
    assertEquals(false, DeadlineFigures.overdue(f, utcToday));
  }

  @Test
  void aSubmissionJustAfterMidnightInShanghaiCountsForTheNextDay() {
    // Submitted at 00:30 on 13 June in Shanghai (still 12 June in UTC): one day late.
    LocalDate submittedOn = DeadlineRules.dateIn(Instant.parse("2024-06-12T16:30:00Z"), SHANGHAI);
    assertEquals(d("2024-06-13"), submittedOn);
    Dates f =
        new Dates(
            SUBMITTED.name(), DEADLINE.name(), d("2024-06-12"), submittedOn, false, null, null);
    assertEquals(true, DeadlineFigures.overdue(f, TODAY));
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
    Dates f = new Dates(IN_PROGRESS.name(), LONG_TERM.name(), null, null, true, due, null);
    assertEquals(false, DeadlineFigures.stale(f, d("2024-06-15")));
    assertEquals(true, DeadlineFigures.stale(f, d("2024-06-16")));
  }

  @Test
  void deadlinesDependOnTiming() {
    assertEquals(d("2024-07-15"), DeadlineRules.deadlineFor(IMMEDIATE, null, TODAY, 30));
    assertEquals(d("2024-06-20"), DeadlineRules.deadlineFor(IMMEDIATE, d("2024-06-20"), TODAY, 30));
    assertEquals(d("2024-12-31"), DeadlineRules.deadlineFor(DEADLINE, d("2024-12-31"), TODAY, 30));
    assertEquals(null, DeadlineRules.deadlineFor(LONG_TERM, null, TODAY, 30));
  }
}
