package org.bihuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bihuan.platform.feed.follow.ReceivedEvent;
import org.bihuan.report.service.ReportFilter;
import org.bihuan.report.service.ReportQueries;
import org.bihuan.report.service.TicketProjection;
import org.bihuan.report.service.TrendInterval;
import org.junit.jupiter.api.Test;

/**
 * The trend's point of today counts the tickets the summary counts as overdue, including one
 * rejected back to IN_PROGRESS whose earlier submission was on time (as events written before a
 * rejection cleared the submission still carry it). Runs in a transaction that is rolled back.
 */
@QuarkusTest
class TrendTodayTest {

  static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  static final String SOURCE = "s-trend-today";

  @Inject ReportQueries queries;
  @Inject AgroalDataSource dataSource;
  @Inject TicketProjection projection;
  @Inject ObjectMapper mapper;

  @Test
  void todaysTrendPointEqualsTheSummarysOverdueWithATicketRejectedBackToWork() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        // rejected back to work after an on-time submission (06-05), deadline 06-10 since passed
        apply(c, ticket("tt-1", "IN_PROGRESS", "2024-06-10", "2024-06-05T02:00:00Z"));
        // never submitted, overdue
        apply(c, ticket("tt-2", "ASSIGNED", "2024-06-12", null));
        // submitted late and waiting: overdue
        apply(c, ticket("tt-3", "SUBMITTED", "2024-06-08", "2024-06-09T02:00:00Z"));
        // submitted on time and waiting: not overdue
        apply(c, ticket("tt-4", "SUBMITTED", "2024-06-08", "2024-06-07T02:00:00Z"));
        // not yet due
        apply(c, ticket("tt-5", "IN_PROGRESS", "2024-06-20", null));
        ReportFilter filter = new ReportFilter(SOURCE, null, null, null);

        long summary = queries.summary(c, filter, TODAY).overdue();
        List<ReportQueries.TrendPoint> points =
            queries.trend(c, filter, TrendInterval.WEEK, LocalDate.of(2024, 6, 1), TODAY);
        ReportQueries.TrendPoint today = points.get(points.size() - 1);

        assertEquals(3, summary, "tt-1, tt-2 and tt-3 are overdue");
        assertEquals(TODAY, today.end());
        assertEquals(summary, today.overdue(), "the trend's point of today");
      } finally {
        c.rollback();
      }
    }
  }

  private void apply(Connection c, ObjectNode view) throws Exception {
    projection.apply(
        c,
        new ReceivedEvent(
            1,
            "e-" + view.get("id").asText(),
            "ticket.updated",
            Instant.parse("2024-06-14T00:00:00Z"),
            "ticket",
            view.get("id").asText(),
            view));
  }

  private ObjectNode ticket(String id, String status, String deadline, String submittedAt) {
    ObjectNode v = mapper.createObjectNode();
    v.put("id", id);
    v.put("number", id.toUpperCase());
    v.putArray("problemIds").add("p-" + id);
    v.putArray("sourceIds").add(SOURCE);
    v.put("measure", "按期整改");
    v.putArray("responsibleUnits").addObject().put("name", "办公室");
    v.put("timing", "DEADLINE");
    v.put("status", status);
    v.put("deadline", deadline);
    v.put("effectiveDeadline", deadline);
    v.put("createdAt", "2024-05-01T02:00:00Z");
    v.put("updatedAt", "2024-06-14T02:00:00Z");
    if (submittedAt != null) {
      v.put("submittedAt", submittedAt);
      v.put("submittedOn", submittedAt.substring(0, 10));
    }
    return v;
  }
}
