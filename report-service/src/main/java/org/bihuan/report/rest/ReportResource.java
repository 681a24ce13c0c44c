package org.bihuan.report.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.report.mapping.FigureCounts;
import org.bihuan.report.service.Breakdown;
import org.bihuan.report.service.ReportFilter;
import org.bihuan.report.service.ReportLists;
import org.bihuan.report.service.ReportQueries;
import org.bihuan.report.service.ReportService;
import org.bihuan.report.service.TrendInterval;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The closed-loop reports. Every report takes {@code sourceId}, {@code unit}, {@code from} and
 * {@code to}; from/to (YYYY-MM-DD, inclusive, organisation time zone) restrict tickets and problems
 * by their creation date, except in the trend where they are the range of the points.
 */
@Path("/api/v1/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

  @Inject ReportService reports;
  @Inject ReportQueries queries;
  @Inject ReportLists lists;
  @Inject OrganisationClock clock;

  @GET
  @Path("/summary")
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "reportSummary",
      summary = "The closed-loop figures",
      description =
          "Problems (total, closed, withdrawn, closure rate) and tickets (counts, completion and"
              + " on-time rates, overdue, due soon, status counts, lights, mean days to verify,"
              + " long-term detail), computed for today in the organisation's time zone. Overdue:"
              + " ASSIGNED or IN_PROGRESS past the effective deadline, or SUBMITTED after it; due"
              + " soon: ASSIGNED or IN_PROGRESS with the effective deadline within today + 6 days;"
              + " on time: verified on or before the effective deadline. Rates are fractions 0..1,"
              + " null when nothing to divide by. asOf is the occurredAt of the newest change"
              + " included.")
  @APIResponse(
      responseCode = "200",
      description = "The figures, with asOf and the feed positions they include",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportViews.SummaryView.class),
              examples = @ExampleObject(name = "全部", value = ContractExamples.SUMMARY)))
  @APIResponse(
      responseCode = "304",
      description = "Not modified: If-None-Match names the current tag; no body")
  public Uni<RestResponse<byte[]>> summary(
      @Parameter(description = "Only this source's problems and tickets") @QueryParam("sourceId")
          UUID sourceId,
      @Parameter(description = "Only tickets of this responsible unit") @QueryParam("unit")
          String unit,
      @Parameter(description = "Created on or after this date (YYYY-MM-DD)") @QueryParam("from")
          String from,
      @Parameter(description = "Created on or before this date (YYYY-MM-DD)") @QueryParam("to")
          String to,
      @Context HttpHeaders headers) {
    ReportFilter filter = ReportParams.summary(sourceId, unit, from, to);
    return reports
        .summary(filter, s -> ReportViews.SummaryView.of(s, clock.zone()))
        .map(r -> json(headers, r));
  }

  @GET
  @Path("/breakdown")
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "reportBreakdown",
      summary = "The figures per responsible unit, leader in charge, category or source",
      description =
          "A ticket with two responsible units counts once under each unit. A unit is one group"
              + " however tickets spelled it (traditional/simplified, full-width, blanks), under the"
              + " spelling written last; ?unit= in any spelling keeps it. category is the first"
              + " element of a problem's categoryPath; a ticket counts under the category of each"
              + " problem it addresses. Missing leaders or categories group under 未指定.")
  @APIResponse(
      responseCode = "200",
      description = "One group per key, with asOf and the feed positions they include",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportViews.BreakdownView.class),
              examples = @ExampleObject(name = "按责任单位", value = ContractExamples.BREAKDOWN)))
  @APIResponse(
      responseCode = "304",
      description = "Not modified: If-None-Match names the current tag; no body")
  public Uni<RestResponse<byte[]>> breakdown(
      @Parameter(
              description = "What to group by: unit, leader, category or source",
              required = true,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"unit", "leader", "category", "source"}))
          @QueryParam("by")
          String by,
      @QueryParam("sourceId") UUID sourceId,
      @QueryParam("unit") String unit,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Context HttpHeaders headers) {
    ReportParams.BreakdownQuery query = ReportParams.breakdown(by, sourceId, unit, from, to);
    Breakdown grouping = query.by();
    return reports
        .breakdown(
            grouping,
            query.filter(),
            s ->
                new ReportViews.BreakdownView(
                    s.positions().asOf(),
                    ReportViews.PositionsView.of(s.positions()),
                    grouping.key(),
                    s.value().stream()
                        .map(
                            g -> {
                              FigureCounts c = g.counts();
                              return new ReportViews.GroupView(
                                  g.key(), g.label(), c.problems(), c.tickets());
                            })
                        .toList()))
        .map(r -> json(headers, r));
  }

  private static RestResponse<byte[]> json(HttpHeaders headers, ReportService.Rendered r) {
    return ReportTags.conditionalJson(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), r);
  }

  @GET
  @Path("/trend")
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "reportTrend",
      summary = "Tickets opened, verified and overdue per day, week or month",
      description =
          "Points cover from..to (default: the last 12 intervals up to today). Weeks start on"
              + " Monday. overdue is the number overdue as of each point's last day.")
  @APIResponse(
      responseCode = "200",
      description = "One point per interval, with asOf and the feed positions they include",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportViews.TrendView.class)))
  @APIResponse(
      responseCode = "304",
      description = "Not modified: If-None-Match names the current tag; no body")
  public Uni<RestResponse<byte[]>> trend(
      @Parameter(description = "day, week (default) or month") @QueryParam("interval")
          String interval,
      @QueryParam("sourceId") UUID sourceId,
      @QueryParam("unit") String unit,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Context HttpHeaders headers) {
    ReportParams.TrendQuery q =
        ReportParams.trend(interval, sourceId, unit, from, to, reports.today());
    TrendInterval i = q.interval();
    LocalDate start = q.start();
    LocalDate end = q.end();
    return reports
        .trend(
            q.filter(),
            i,
            start,
            end,
            s ->
                new ReportViews.TrendView(
                    s.positions().asOf(),
                    ReportViews.PositionsView.of(s.positions()),
                    i.key(),
                    start,
                    end,
                    s.value()))
        .map(r -> json(headers, r));
  }

  @GET
  @Path("/overdue")
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "reportOverdue",
      summary = "Overdue tickets with days overdue and light, paginated",
      description =
          "Tickets overdue today (organisation time zone) in a stable order; walk the pages with"
              + " limit and cursor.")
  @APIResponse(
      responseCode = "200",
      description = "One page of overdue tickets, with asOf and the feed positions they include",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportViews.OverdueView.class)))
  @APIResponse(
      responseCode = "304",
      description = "Not modified: If-None-Match names the current tag; no body")
  public Response overdue(
      @QueryParam("sourceId") UUID sourceId,
      @QueryParam("unit") String unit,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor,
      @Context HttpHeaders headers) {
    ReportParams params = new ReportParams();
    ReportFilter filter = params.filter(sourceId, unit, from, to);
    params.check();
    PageRequest page = PageRequest.of(limit, cursor);
    LocalDate today = reports.today();
    ReportQueries.Snapshot<List<ReportLists.Keyed<ReportLists.OverdueTicket>>> s =
        queries.inSnapshot(c -> lists.overdue(c, filter, today, page.after(), page.limit() + 1));
    Page<ReportLists.OverdueTicket> p =
        Page.of(s.value(), page, ReportLists.Keyed::key, ReportLists.Keyed::item);
    return ReportTags.conditional(
        headers,
        ReportTags.of(s.positions(), today, "json"),
        () ->
            Response.ok(
                new ReportViews.OverdueView(
                    s.positions().asOf(),
                    ReportViews.PositionsView.of(s.positions()),
                    today,
                    p.items(),
                    p.nextCursor()),
                MediaType.APPLICATION_JSON_TYPE));
  }
}
