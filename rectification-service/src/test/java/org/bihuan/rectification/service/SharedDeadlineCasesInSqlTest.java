package org.bihuan.rectification.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.bihuan.rectification.Ticket;
import org.bihuan.testing.DeadlineCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared table of deadline rule cases run through the SQL the list filters, the 督办 notices and
 * the to-dos use ({@link DeadlineRules.Sql}) in PostgreSQL: each case's ticket, with the dates the
 * service stores for it, gives the case's overdue, due-soon, stale, stagnant and light for its day,
 * as the Java rules do ({@link SharedDeadlineCasesTest}).
 */
@QuarkusTest
class SharedDeadlineCasesInSqlTest {

  @Inject AgroalDataSource dataSource;

  static List<DeadlineCases.Case> cases() {
    return DeadlineCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSqlRulesGiveTheFiguresOfTheCase(DeadlineCases.Case c) throws Exception {
    Ticket t = SharedDeadlineCasesTest.ticket(c.ticket());
    String sql =
        ("select "
                + String.join(
                    ", ",
                    DeadlineRules.Sql.OVERDUE,
                    DeadlineRules.Sql.DUE_SOON,
                    DeadlineRules.Sql.STALE,
                    DeadlineRules.Sql.STAGNANT,
                    DeadlineRules.Sql.light(Ticket.Light.RED),
                    DeadlineRules.Sql.light(Ticket.Light.YELLOW),
                    DeadlineRules.Sql.light(Ticket.Light.GREEN))
                + " from (values (cast(? as text), cast(? as text), cast(? as date),"
                + " cast(? as date), cast(? as text), cast(? as date), cast(? as date)))"
                + " as t(timing, status, effective_deadline, submitted_on, report_every,"
                + " report_due, stagnant_from) cross join (select cast(? as date) as today) d")
            .replace(":today", "d.today");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement s = connection.prepareStatement(sql)) {
      s.setString(1, t.timing.name());
      s.setString(2, t.status.name());
      s.setDate(3, t.effectiveDeadline == null ? null : Date.valueOf(t.effectiveDeadline));
      s.setDate(4, t.submittedOn == null ? null : Date.valueOf(t.submittedOn));
      s.setString(5, t.reportEvery == null ? null : t.reportEvery.name());
      s.setDate(6, t.reportDue == null ? null : Date.valueOf(t.reportDue));
      s.setDate(7, t.stagnantFrom == null ? null : Date.valueOf(t.stagnantFrom));
      s.setDate(8, Date.valueOf(c.today()));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        DeadlineCases.Expected e = c.expected();
        String light =
            r.getBoolean(5) ? "RED" : r.getBoolean(6) ? "YELLOW" : r.getBoolean(7) ? "GREEN" : null;
        int lights =
            (r.getBoolean(5) ? 1 : 0) + (r.getBoolean(6) ? 1 : 0) + (r.getBoolean(7) ? 1 : 0);
        assertAll(
            c.name(),
            () -> assertEquals(e.overdue(), r.getBoolean(1), "overdue"),
            () -> assertEquals(e.dueSoon(), r.getBoolean(2), "dueSoon"),
            () -> assertEquals(e.stale(), r.getBoolean(3), "stale"),
            () -> assertEquals(e.stagnant(), r.getBoolean(4), "stagnant"),
            () -> assertEquals(e.light(), light, "light"),
            () -> assertEquals(e.light() == null ? 0 : 1, lights, "one light at a time"));
      }
    }
  }
}
