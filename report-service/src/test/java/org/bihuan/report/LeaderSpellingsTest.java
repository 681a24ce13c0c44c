package org.bihuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.report.service.Breakdown;
import org.bihuan.report.service.ReportFilter;
import org.bihuan.report.service.ReportQueries;
import org.bihuan.report.service.TicketProjection;
import org.junit.jupiter.api.Test;

/**
 * One leader in charge written several ways — with a blank, in traditional script, with a
 * zero-width space, a tag character, a variation selector or a braille blank, as events written
 * before decision 0240 may carry — is one group of the breakdown by leader, shown under the
 * spelling of the ticket changed last, written clean; the projection stores people's names clean.
 * The tickets go through the projection of the rectification feed's events, in a transaction rolled
 * back.
 */
@QuarkusTest
class LeaderSpellingsTest {

  static final String SOURCE = "s-leader-spellings";

  @Inject ReportQueries queries;
  @Inject TicketProjection projection;
  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;

  @Test
  void oneLeaderHoweverSpelledIsOneGroupUnderHisLatestSpellingWrittenClean() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        ProjectedTickets.exec(
            c,
            "insert into report_problem (id, number, source_id, category_path, category, title,"
                + " status, created_at) values ('pl-1', 'pl-1', ?, '{作风建设方面}', '作风建设方面',"
                + " '问题', 'RECTIFYING', now())",
            SOURCE);
        List<String> spellings =
            List.of(
                "赵验收",
                "赵 验收",
                "趙驗收",
                "赵验收\u200B",
                "赵\uDB40\uDC41验收",
                "赵验收\uFE0F",
                "赵\u2800验收",
                "\u3164赵验收\u00AD");
        long position = 1;
        for (String leader : spellings) {
          ticket(c, position, "tl-" + position, leader, "张三\u200B");
          position++;
        }
        ticket(c, position++, "tl-li", "李书记", "王五");
        ticket(c, position, "tl-none", null, null);

        ReportFilter source = new ReportFilter(SOURCE, null, null, null);
        Map<String, Long> byLeader = new LinkedHashMap<>();
        for (ReportQueries.GroupCounts g :
            queries.breakdown(c, Breakdown.LEADER, source, java.time.LocalDate.of(2024, 6, 15))) {
          byLeader.put(g.key(), g.counts().counted());
        }
        assertEquals(
            Map.of("赵验收", 8L, "李书记", 1L, Breakdown.UNSPECIFIED, 1L),
            byLeader,
            "one group per leader, under the latest spelling written clean");

        try (PreparedStatement ps =
            c.prepareStatement(
                "select distinct leader_in_charge, responsible_person from report_ticket"
                    + " where id like 'tl-%' and id not in ('tl-li', 'tl-none')")) {
          try (ResultSet rs = ps.executeQuery()) {
            List<String> stored = new java.util.ArrayList<>();
            while (rs.next()) {
              stored.add(rs.getString(1) + "|" + rs.getString(2));
            }
            stored.sort(null);
            assertEquals(List.of("赵验收|张三", "趙驗收|张三"), stored, "names stored clean");
          }
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }

  /** A ticket.created event of the rectification feed, as the projection applies it. */
  private void ticket(Connection c, long position, String id, String leader, String person)
      throws Exception {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", id);
    data.put("number", id);
    data.put("problemIds", List.of("pl-1"));
    data.put("sourceIds", List.of(SOURCE));
    data.put("measure", "整改措施");
    data.put("responsibleUnits", List.of(Map.of("name", "党委办公室")));
    data.put("responsiblePerson", person);
    data.put("leaderInCharge", leader);
    data.put("timing", "LONG_TERM");
    data.put("status", "IN_PROGRESS");
    Instant at = Instant.parse("2024-05-01T02:00:00Z").plusSeconds(position);
    data.put("createdAt", at.toString());
    data.put("updatedAt", at.toString());
    ProjectedTickets.created(projection, mapper, c, position, data);
  }
}
