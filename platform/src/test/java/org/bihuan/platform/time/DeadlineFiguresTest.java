package org.bihuan.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bihuan.testing.DeadlineCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared table of deadline cases read by the one set of figure rules both services use: the
 * ticket's status, timing and effective deadline with the dates its view publishes give the
 * overdue, due-soon, stale and stagnant figures and the light of each case.
 */
class DeadlineFiguresTest {

  static List<DeadlineCases.Case> cases() {
    List<DeadlineCases.Case> all = DeadlineCases.all();
    assertTrue(all.size() > 10, "cases read: " + all.size());
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void figuresAreTheTablesForEachCase(DeadlineCases.Case c) {
    DeadlineCases.Ticket t = c.ticket();
    DeadlineFigures.Dates d =
        new DeadlineFigures.Dates(
            t.status(),
            t.timing(),
            t.effectiveDeadline() != null ? t.effectiveDeadline() : t.deadline(),
            c.published().submittedOn(),
            t.reportEvery() != null,
            c.published().reportDue(),
            c.published().stagnantFrom());
    DeadlineCases.Expected e = c.expected();
    assertEquals(
        List.of(e.overdue(), e.dueSoon(), e.stale(), e.stagnant(), String.valueOf(e.light())),
        List.of(
            DeadlineFigures.overdue(d, c.today()),
            DeadlineFigures.dueSoon(d, c.today()),
            DeadlineFigures.stale(d, c.today()),
            DeadlineFigures.stagnant(d, c.today()),
            String.valueOf(DeadlineFigures.light(d, c.today()))),
        "overdue, dueSoon, stale, stagnant, light");
  }
}
