package org.bihuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.feed.follow.ReceivedEvent;
import org.bihuan.report.service.ReportFilter;
import org.bihuan.report.service.ReportQueries;
import org.bihuan.report.service.TicketProjection;
import org.bihuan.report.service.TrendInterval;
import org.bihuan.testing.DeadlineCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared table of deadline rule cases run through the trend's SQL: each case's ticket, as the
 * ticket view publishes it in a feed event, is projected, and the trend's point ending on the
 * case's day counts it as overdue exactly when the case says it is (and the summary agrees). Each
 * case runs in a transaction that is rolled back.
 */
@QuarkusTest
class SharedDeadlineCasesInTrendTest {

  @Inject ReportQueries queries;
  @Inject AgroalDataSource dataSource;
  @Inject TicketProjection projection;
  @Inject ObjectMapper mapper;

  static List<DeadlineCases.Case> cases() {
    return DeadlineCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theTrendsPointOfTheDayCountsTheCaseAsOverdueAsTheCaseSays(DeadlineCases.Case k)
      throws Exception {
    String suffix = UUID.randomUUID().toString();
    String source = "s-trend-case-" + suffix;
    ObjectNode view = SharedDeadlineCasesTest.view(mapper, k, source);
    view.put("id", "t-trend-case-" + suffix);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        projection.apply(
            c,
            new ReceivedEvent(
                1,
                "e-trend-case",
                "ticket.updated",
                Instant.parse("2024-01-01T00:00:00Z"),
                "ticket",
                view.get("id").asText(),
                view));
        ReportFilter filter = new ReportFilter(source, null, null, null);
        List<ReportQueries.TrendPoint> points =
            queries.trend(c, filter, TrendInterval.WEEK, k.today(), k.today());
        assertEquals(1, points.size(), k.name());
        ReportQueries.TrendPoint point = points.get(0);
        assertEquals(k.today(), point.end(), k.name());
        long expected = k.expected().overdue() ? 1 : 0;
        assertEquals(expected, point.overdue(), "trend overdue: " + k.name());
        assertEquals(expected, queries.summary(c, filter, k.today()).overdue(), k.name());
      } finally {
        c.rollback();
      }
    }
  }
}
