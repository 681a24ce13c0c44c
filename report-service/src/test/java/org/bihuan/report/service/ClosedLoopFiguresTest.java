package org.bihuan.report.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.bihuan.report.service.ClosedLoopFigures.TicketFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules for the figures (DOMAIN.md), one table per rule; today is 2024-06-15 in Shanghai. */
class ClosedLoopFiguresTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  static final ClosedLoopFigures RULES = new ClosedLoopFigures(SHANGHAI, TODAY);

  static TicketFacts ticket(
      String timing,
      String status,
      String deadline,
      String effective,
      String reportEvery,
      String created,
      String submitted,
      String verified,
      String lastProgress) {
    Instant submittedAt = instant(submitted);
    return new TicketFacts(
        timing,
        status,
        date(deadline),
        date(effective),
        blank(reportEvery),
        instant(created == null ? "2024-05-01T02:00:00Z" : created),
        // the date the ticket view publishes for submittedAt
        submittedAt == null ? null : submittedAt.atZone(SHANGHAI).toLocalDate(),
        instant(verified),
        instant(lastProgress),
        null,
        // a ticket that must report owes one since yesterday, and has for two intervals since
        // today (the dates the ticket view publishes)
        blank(reportEvery) == null ? null : TODAY.minusDays(1),
        blank(reportEvery) == null ? null : TODAY);
  }

  static TicketFacts reporting(String status, String every, String reportDue, String from) {
    return new TicketFacts(
        "LONG_TERM",
        status,
        null,
        null,
        blank(every),
        instant("2024-01-01T02:00:00Z"),
        null,
        null,
        null,
        null,
        date(reportDue),
        date(from));
  }

  static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }

  static Instant instant(String s) {
    return s == null || s.isBlank() ? null : Instant.parse(s);
  }

  static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @ParameterizedTest(name = "{0} {1} deadline {2} (eff {3}) submitted {4} -> overdue {5}")
  @CsvSource(
      nullValues = "-",
      value = {
        // timing, status, deadline, effective, submittedAt, overdue
        "DEADLINE,  ASSIGNED,    2024-06-14, -,          -,                    true",
        "DEADLINE,  IN_PROGRESS, 2024-06-14, -,          -,                    true",
        "IMMEDIATE, IN_PROGRESS, 2024-06-01, -,          -,                    true",
        "DEADLINE,  IN_PROGRESS, 2024-06-15, -,          -,                    false",
        "DEADLINE,  IN_PROGRESS, 2024-06-20, -,          -,                    false",
        "DEADLINE,  IN_PROGRESS, 2024-06-10, 2024-06-20, -,                    false",
        "DEADLINE,  IN_PROGRESS, 2024-06-10, 2024-06-14, -,                    true",
        "DEADLINE,  SUBMITTED,   2024-06-10, -,          2024-06-10T15:59:00Z, false",
        "DEADLINE,  SUBMITTED,   2024-06-10, -,          2024-06-10T16:00:00Z, true",
        "DEADLINE,  SUBMITTED,   2024-06-10, 2024-06-12, 2024-06-11T02:00:00Z, false",
        "DEADLINE,  VERIFIED,    2024-06-10, -,          2024-06-12T02:00:00Z, false",
        "DEADLINE,  CANCELLED,   2024-06-10, -,          -,                    false",
        "LONG_TERM, IN_PROGRESS, -,          -,          -,                    false",
        "IMMEDIATE, ASSIGNED,    -,          -,          -,                    false",
      })
  void overdue(
      String timing,
      String status,
      String deadline,
      String effective,
      String submitted,
      boolean expected) {
    TicketFacts t = ticket(timing, status, deadline, effective, null, null, submitted, null, null);
    assertEquals(expected, RULES.overdue(t));
  }

  @ParameterizedTest(name = "{0} {1} deadline {2} (eff {3}) -> due soon {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        "DEADLINE,  ASSIGNED,    2024-06-15, -,          true",
        "DEADLINE,  IN_PROGRESS, 2024-06-21, -,          true",
        "DEADLINE,  IN_PROGRESS, 2024-06-22, -,          false",
        "DEADLINE,  IN_PROGRESS, 2024-06-14, -,          false",
        "DEADLINE,  IN_PROGRESS, 2024-06-01, 2024-06-18, true",
        "DEADLINE,  IN_PROGRESS, 2024-06-18, 2024-07-18, false",
        "IMMEDIATE, ASSIGNED,    2024-06-16, -,          true",
        "DEADLINE,  SUBMITTED,   2024-06-18, -,          false",
        "DEADLINE,  VERIFIED,    2024-06-18, -,          false",
        "DEADLINE,  CANCELLED,   2024-06-18, -,          false",
        "LONG_TERM, IN_PROGRESS, -,          -,          false",
      })
  void dueSoon(String timing, String status, String deadline, String effective, boolean expected) {
    TicketFacts t = ticket(timing, status, deadline, effective, null, null, null, null, null);
    assertEquals(expected, RULES.dueSoon(t));
  }

  @ParameterizedTest(name = "{0} every {1}, report due {2}, stagnant from {3} -> {4} {5}")
  @CsvSource(
      nullValues = "-",
      value = {
        // status, every, reportDue, stagnantFrom (as published), stale, stagnant; today 06-15
        "IN_PROGRESS, WEEK,    2024-06-15, 2024-06-23, false, false",
        "IN_PROGRESS, WEEK,    2024-06-14, 2024-06-22, true,  false",
        "ASSIGNED,    WEEK,    2024-06-07, 2024-06-15, true,  true",
        "IN_PROGRESS, MONTH,   2024-05-14, 2024-06-15, true,  true",
        "IN_PROGRESS, QUARTER, 2024-06-14, 2024-09-15, true,  false",
        "IN_PROGRESS, QUARTER, 2024-06-15, 2024-09-16, false, false",
        // submitted tickets take no progress reports, so they are neither (as in the ticket view)
        "SUBMITTED,   WEEK,    2024-05-08, 2024-05-16, false, false",
        "VERIFIED,    WEEK,    2024-05-08, 2024-05-16, false, false",
        "CANCELLED,   WEEK,    2024-05-08, 2024-05-16, false, false",
        "IN_PROGRESS, -,       -,          -,          false, false",
      })
  void staleAndStagnantCompareThePublishedDates(
      String status,
      String every,
      String reportDue,
      String stagnantFrom,
      boolean stale,
      boolean stagnant) {
    TicketFacts t = reporting(status, every, reportDue, stagnantFrom);
    assertEquals(stale, RULES.stale(t), "stale");
    assertEquals(stagnant, RULES.stagnant(t), "stagnant");
  }

  @ParameterizedTest(name = "{0} {1} deadline {2} every {3} -> {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        "DEADLINE,  IN_PROGRESS, 2024-06-10, -,     RED",
        "DEADLINE,  IN_PROGRESS, 2024-06-18, -,     YELLOW",
        "DEADLINE,  IN_PROGRESS, 2024-07-30, -,     GREEN",
        "DEADLINE,  IN_PROGRESS, 2024-07-30, WEEK,  YELLOW",
        "DEADLINE,  IN_PROGRESS, 2024-06-10, WEEK,  RED",
        "DEADLINE,  SUBMITTED,   2024-06-18, -,     GREEN",
        "LONG_TERM, IN_PROGRESS, -,          -,     GREEN",
        "LONG_TERM, IN_PROGRESS, -,          MONTH, YELLOW",
        "DEADLINE,  VERIFIED,    2024-06-10, -,     -",
        "DEADLINE,  CANCELLED,   2024-06-10, -,     -",
      })
  void light(String timing, String status, String deadline, String every, String expected) {
    TicketFacts t = ticket(timing, status, deadline, null, every, null, null, null, null);
    ClosedLoopFigures.Light light = RULES.light(t);
    assertEquals(expected, light == null ? null : light.name());
  }

  @ParameterizedTest(
      name = "{0} {1} deadline {2} (eff {3}) submitted {4} -> on time {5}, extended {6}")
  @CsvSource(
      nullValues = "-",
      value = {
        "DEADLINE,  VERIFIED,  2024-06-10, -,          2024-06-10T15:00:00Z, true,  false",
        "DEADLINE,  VERIFIED,  2024-06-10, -,          2024-06-10T16:00:00Z, false, false",
        "DEADLINE,  VERIFIED,  2024-06-10, 2024-06-20, 2024-06-15T02:00:00Z, false, true",
        "DEADLINE,  VERIFIED,  2024-06-10, 2024-06-20, 2024-06-21T02:00:00Z, false, false",
        "DEADLINE,  VERIFIED,  2024-06-10, 2024-06-20, 2024-06-09T02:00:00Z, true,  false",
        "IMMEDIATE, VERIFIED,  2024-06-10, -,          2024-06-01T02:00:00Z, true,  false",
        "DEADLINE,  SUBMITTED, 2024-06-10, -,          2024-06-01T02:00:00Z, false, false",
        "LONG_TERM, VERIFIED,  -,          -,          2024-06-01T02:00:00Z, false, false",
      })
  void onTimeAndExtendedAndMet(
      String timing,
      String status,
      String deadline,
      String effective,
      String submitted,
      boolean onTime,
      boolean extended) {
    TicketFacts t = ticket(timing, status, deadline, effective, null, null, submitted, null, null);
    assertEquals(onTime, RULES.onTime(t));
    assertEquals(extended, RULES.extendedAndMet(t));
  }

  @Test
  void countsAndRatesOverASet() {
    List<TicketFacts> tickets =
        List.of(
            // verified on time after 10 days
            ticket(
                "DEADLINE",
                "VERIFIED",
                "2024-06-10",
                null,
                null,
                "2024-05-01T02:00:00Z",
                "2024-06-09T02:00:00Z",
                "2024-05-11T02:00:00Z",
                null),
            // verified late after 20 days
            ticket(
                "DEADLINE",
                "VERIFIED",
                "2024-06-01",
                null,
                null,
                "2024-05-01T02:00:00Z",
                "2024-06-05T02:00:00Z",
                "2024-05-21T02:00:00Z",
                null),
            ticket("DEADLINE", "IN_PROGRESS", "2024-06-01", null, null, null, null, null, null),
            ticket("DEADLINE", "CANCELLED", "2024-06-01", null, null, null, null, null, null),
            ticket(
                "LONG_TERM",
                "IN_PROGRESS",
                null,
                null,
                null,
                null,
                null,
                null,
                "2024-06-05T02:00:00Z"));
    FigureCounts c = RULES.count(List.of("CLOSED", "OPEN", "WITHDRAWN", "RECTIFYING"), tickets);
    assertEquals(4, c.counted());
    assertEquals(3, c.timeBound());
    assertEquals(1, c.longTerm());
    assertEquals(0.6667, c.tickets().completionRate());
    assertEquals(0.5, c.tickets().onTimeRate());
    assertEquals(15.0, c.tickets().meanDaysToVerify());
    assertEquals(1, c.overdue());
    assertEquals(1, c.red());
    assertEquals(1, c.green());
    assertEquals(1, c.cancelled());
    assertEquals(10L, c.longTermMaxDaysSinceProgress());
    assertEquals(0.3333, c.problems().closureRate());
    assertEquals(4, c.problems().total());
  }

  @Test
  void ratesAreNullWhenThereIsNothingToDivideBy() {
    FigureCounts c = RULES.count(List.of("WITHDRAWN"), List.of());
    assertEquals(null, c.problems().closureRate());
    assertEquals(null, c.tickets().completionRate());
    assertEquals(null, c.tickets().onTimeRate());
    assertEquals(null, c.tickets().meanDaysToVerify());
    assertEquals(BigDecimal.ZERO, c.verifySeconds());
  }
}
