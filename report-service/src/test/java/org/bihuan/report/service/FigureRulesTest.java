package org.bihuan.report.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.bihuan.report.mapping.FigureCounts;
import org.bihuan.report.service.FigureRules.TicketFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The report's own rules for the figures (DOMAIN.md): on time, extended and met, counts and rates;
 * today is 2024-06-15 in Shanghai. Overdue, due soon, stale, stagnant and the light are the
 * platform's rules, held to the shared table of cases ({@code SharedDeadlineCasesTest}).
 */
class FigureRulesTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  static final FigureRules RULES = new FigureRules(SHANGHAI, TODAY);

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
        // the view publishes the original deadline as the effective one until an extension
        date(effective == null ? deadline : effective),
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

  static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }

  static Instant instant(String s) {
    return s == null || s.isBlank() ? null : Instant.parse(s);
  }

  static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
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
