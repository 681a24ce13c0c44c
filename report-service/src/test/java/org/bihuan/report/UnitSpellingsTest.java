package org.bihuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.report.service.Breakdown;
import org.bihuan.report.service.ReportFilter;
import org.bihuan.report.service.ReportQueries;
import org.bihuan.report.service.TicketProjection;
import org.junit.jupiter.api.Test;

/**
 * Tickets written before decision 0223 may carry another spelling of the same unit (traditional
 * script, full-width letters, blanks). The breakdown by unit — and so its red/yellow/green counts —
 * counts such a unit once, under the spelling written last, and {@code ?unit=} in any spelling
 * keeps all of its tickets (docs/decisions/0235). The tickets go through the projection of the
 * rectification feed's events, in a transaction that is rolled back, so the other tests never see
 * them.
 *
 * <pre>
 * tu-1  黨委辦公室          overdue (RED)       → pu-1   written first (before 0223)
 * tu-2  党委 办公室          due soon (YELLOW)   → pu-2
 * tu-3  党委办公室+ＩＴ组     GREEN              → pu-2   another unit (党委办公室IT组), full-width
 * tu-4  党委办公室+党委办公室IT组 GREEN          → pu-3   written last: 党委办公室, 党委办公室IT组
 * tu-5  黨委辦公室+党委办公室  GREEN              → pu-3   one unit twice over: counted once
 * </pre>
 */
@QuarkusTest
class UnitSpellingsTest {

  static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  static final String SOURCE = "s-spellings";

  @Inject ReportQueries queries;
  @Inject TicketProjection projection;
  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;

  @Test
  void oneUnitHoweverOlderTicketsSpelledItCountsOnceUnderItsLatestSpelling() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (String p : List.of("pu-1", "pu-2", "pu-3")) {
          ProjectedTickets.exec(
              c,
              "insert into report_problem (id, number, source_id, category_path, category, title,"
                  + " status, created_at) values (?, ?, ?, '{作风建设方面}', '作风建设方面', '问题',"
                  + " 'RECTIFYING', now())",
              p,
              p,
              SOURCE);
        }
        ticket(c, 1, "tu-1", "pu-1", TODAY.minusDays(3), "黨委辦公室");
        ticket(c, 2, "tu-2", "pu-2", TODAY.plusDays(2), "党委 办公室");
        ticket(c, 3, "tu-3", "pu-2", TODAY.plusDays(60), "党委办公室ＩＴ组");
        ticket(c, 4, "tu-4", "pu-3", TODAY.plusDays(60), "党委办公室", "党委办公室IT组");
        ticket(c, 5, "tu-5", "pu-3", TODAY.plusDays(60), "黨委辦公室", "党委办公室");

        ReportFilter source = new ReportFilter(SOURCE, null, null, null);
        Map<String, String> byUnit = new LinkedHashMap<>();
        for (ReportQueries.GroupCounts g : queries.breakdown(c, Breakdown.UNIT, source, TODAY)) {
          byUnit.put(g.key(), figures(g));
        }
        assertEquals(
            Map.of(
                "党委办公室", "tickets 4, red 1, yellow 1, green 2, problems 3",
                "党委办公室IT组", "tickets 2, red 0, yellow 0, green 2, problems 2"),
            byUnit,
            "one group per unit, under the spelling written last");

        for (String spelling : List.of("黨委辦公室", "党委 办公室", "党委办公室")) {
          ReportFilter unit = new ReportFilter(SOURCE, spelling, null, null);
          assertEquals(
              "tickets 4, red 1, yellow 1, green 2, problems 3",
              figures(queries.summary(c, unit, TODAY)),
              "summary?unit=" + spelling);
          List<ReportQueries.GroupCounts> only = queries.breakdown(c, Breakdown.UNIT, unit, TODAY);
          assertEquals(
              List.of("党委办公室"), only.stream().map(ReportQueries.GroupCounts::key).toList());
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }

  private static String figures(ReportQueries.GroupCounts g) {
    return figures(g.counts());
  }

  private static String figures(org.bihuan.report.mapping.FigureCounts f) {
    return "tickets "
        + f.counted()
        + ", red "
        + f.red()
        + ", yellow "
        + f.yellow()
        + ", green "
        + f.green()
        + ", problems "
        + f.problemsTotal();
  }

  /** A ticket.created event of the rectification feed, as the projection applies it. */
  private void ticket(
      Connection c, long position, String id, String problem, LocalDate deadline, String... units)
      throws Exception {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", id);
    data.put("number", id);
    data.put("problemIds", List.of(problem));
    data.put("sourceIds", List.of(SOURCE));
    data.put("measure", "整改措施");
    data.put(
        "responsibleUnits", java.util.Arrays.stream(units).map(u -> Map.of("name", u)).toList());
    data.put("timing", "DEADLINE");
    data.put("deadline", deadline.toString());
    data.put("effectiveDeadline", deadline.toString());
    data.put("status", "IN_PROGRESS");
    data.put("createdAt", Instant.parse("2024-05-01T02:00:00Z").plusSeconds(position).toString());
    ProjectedTickets.created(projection, mapper, c, position, data);
  }
}
