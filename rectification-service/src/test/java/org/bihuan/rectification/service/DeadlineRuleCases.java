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

import java.time.LocalDate;
import java.util.stream.Stream;
import org.bihuan.rectification.Ticket.Light;
import org.bihuan.rectification.Ticket.ReportEvery;
import org.bihuan.rectification.Ticket.Status;
import org.bihuan.rectification.Ticket.Timing;
import org.bihuan.rectification.service.DeadlineRules.Facts;
import org.bihuan.rectification.service.DeadlineRules.Figures;
import org.junit.jupiter.params.provider.Arguments;

/** The cases of the deadline rules: a ticket's dates and the figures the rules give for them. */
final class DeadlineRuleCases {

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  static Arguments row(
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
}
