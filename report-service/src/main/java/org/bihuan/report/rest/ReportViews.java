package org.bihuan.report.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bihuan.report.mapping.FigureCounts;
import org.bihuan.report.mapping.LedgerRow;
import org.bihuan.report.mapping.ProblemLine;
import org.bihuan.report.service.ProjectionState;
import org.bihuan.report.service.ReportLists;
import org.bihuan.report.service.ReportQueries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON answers of the report endpoints; each carries asOf and the feed positions. */
final class ReportViews {

  private ReportViews() {}

  /** {@code {"problem": n, "rectification": n}}: how far the projection has read each feed. */
  record PositionsView(long problem, long rectification) {
    static PositionsView of(ProjectionState.Positions p) {
      return new PositionsView(p.problem(), p.rectification());
    }
  }

  record SummaryView(
      @Schema(nullable = true, description = "The newest change included; null before any arrived")
          Instant asOf,
      @Schema(
              description =
                  "The organisation's time zone (IANA id): today, deadlines and the date filters"
                      + " are reckoned in it, and people read asOf in it",
              example = "Asia/Shanghai")
          String timeZone,
      PositionsView positions,
      FigureCounts.ProblemFigures problems,
      FigureCounts.TicketFigures tickets) {

    static SummaryView of(ReportQueries.Snapshot<FigureCounts> s, java.time.ZoneId zone) {
      return new SummaryView(
          s.positions().asOf(),
          zone.getId(),
          PositionsView.of(s.positions()),
          s.value().problems(),
          s.value().tickets());
    }
  }

  record GroupView(
      String key,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(
              description = "by=source only: the source's title (key is its id)",
              example = "2024年度专题民主生活会")
          String label,
      FigureCounts.ProblemFigures problems,
      FigureCounts.TicketFigures tickets) {}

  record BreakdownView(
      @Schema(nullable = true, description = "The newest change included; null before any arrived")
          Instant asOf,
      PositionsView positions,
      String by,
      List<GroupView> groups) {}

  record TrendView(
      @Schema(nullable = true, description = "The newest change included; null before any arrived")
          Instant asOf,
      PositionsView positions,
      String interval,
      LocalDate from,
      LocalDate to,
      List<ReportQueries.TrendPoint> points) {}

  record OverdueView(
      @Schema(nullable = true, description = "The newest change included; null before any arrived")
          Instant asOf,
      PositionsView positions,
      LocalDate today,
      List<ReportLists.OverdueTicket> items,
      @Schema(nullable = true) String nextCursor) {}

  record SourceReportView(
      @Schema(nullable = true, description = "The newest change included; null before any arrived")
          Instant asOf,
      PositionsView positions,
      String id,
      String title,
      String kind,
      @Schema(nullable = true) String organization,
      @Schema(nullable = true) LocalDate heldOn,
      FigureCounts.ProblemFigures problemFigures,
      FigureCounts.TicketFigures ticketFigures,
      List<ProblemLine> problems) {}

  record LedgerView(
      @Schema(nullable = true, description = "The newest change included; null before any arrived")
          Instant asOf,
      PositionsView positions,
      List<LedgerRow> items,
      @Schema(nullable = true) String nextCursor) {}
}
