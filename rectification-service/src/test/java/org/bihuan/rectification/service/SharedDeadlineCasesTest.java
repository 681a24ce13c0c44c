package org.bihuan.rectification.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.mapping.TicketView;
import org.bihuan.testing.DeadlineCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared table of deadline rule cases (platform-testing's deadline-cases.json), which
 * report-service runs too: the ticket view publishes exactly the dates of each case and gives its
 * figures for the case's day.
 */
class SharedDeadlineCasesTest {

  static final ZoneId ZONE = DeadlineCases.zone();

  static List<DeadlineCases.Case> cases() {
    return DeadlineCases.all();
  }

  @Test
  void theTableCoversTheRulesWithEnoughCases() {
    assertTrue(cases().size() >= 18, "cases: " + cases().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theTicketViewPublishesTheDatesAndFiguresOfTheCase(DeadlineCases.Case c) {
    TicketView v = TicketView.of(ticket(c.ticket()), c.today());
    DeadlineCases.Published p = c.published();
    DeadlineCases.Expected e = c.expected();
    assertAll(
        c.name(),
        () -> assertEquals(p.submittedOn(), v.submittedOn(), "submittedOn"),
        () -> assertEquals(p.reportDue(), v.reportDue(), "reportDue"),
        () -> assertEquals(p.stagnantFrom(), v.stagnantFrom(), "stagnantFrom"),
        () -> assertEquals(e.overdue(), v.overdue(), "overdue"),
        () -> assertEquals(e.dueSoon(), v.dueSoon(), "dueSoon"),
        () -> assertEquals(e.stale(), v.stale(), "stale"),
        () -> assertEquals(e.stagnant(), v.stagnant(), "stagnant"),
        () -> assertEquals(e.light(), v.light() == null ? null : v.light().name(), "light"));
  }

  /** A ticket with the case's facts, its dates set the way the service sets them. */
  static Ticket ticket(DeadlineCases.Ticket f) {
    Ticket t = new Ticket();
    t.status = Ticket.Status.valueOf(f.status());
    t.timing = Ticket.Timing.valueOf(f.timing());
    t.deadline = f.deadline();
    t.effectiveDeadline = f.effectiveDeadline();
    t.reportEvery = f.reportEvery() == null ? null : Ticket.ReportEvery.valueOf(f.reportEvery());
    t.createdAt = f.createdAt();
    t.updatedAt = f.createdAt();
    t.lastProgressAt = f.lastProgressAt();
    t.lastProgressOn = f.lastProgressOn();
    t.submittedAt = f.submittedAt();
    t.submittedOn = f.submittedAt() == null ? null : DeadlineRules.dateIn(f.submittedAt(), ZONE);
    DeadlineRules.scheduleReports(t, ZONE);
    return t;
  }
}
