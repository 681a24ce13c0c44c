package org.bihuan.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.report.mapping.ClosedLoopReport;
import org.bihuan.report.mapping.FigureCounts;
import org.bihuan.report.mapping.OfficialDocument;
import org.bihuan.report.mapping.OfficialDocx;
import org.bihuan.report.mapping.OfficialHtml;
import org.bihuan.report.mapping.SourceReport;
import org.bihuan.report.service.ReportFilter;
import org.bihuan.report.service.ReportLists;
import org.bihuan.report.service.ReportQueries;
import org.bihuan.report.service.ReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The closed-loop report of one source (关于…整改落实情况的报告), as JSON, as a Word document in the layout of
 * an official report, or as a printable HTML page, chosen by {@code format} or the Accept header.
 */
@Path("/api/v1/reports/sources")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class SourceReportResource {

  @Inject ReportService reports;
  @Inject ReportQueries queries;
  @Inject ReportLists lists;
  @Inject OrganisationClock clock;
  @Inject org.bihuan.report.service.KnownUnits units;

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.VIEWER)
  @Produces({MediaType.APPLICATION_JSON, OfficialDocx.MEDIA_TYPE, MediaType.TEXT_HTML})
  @Operation(
      operationId = "reportSource",
      summary =
          "The closed-loop report of one source: as JSON, as a Word document or as a printable"
              + " HTML page",
      description =
          "The source, its figures, and each problem in order with its tickets: responsibility,"
              + " deadlines, status, overdue, light, latest progress and evidence count. unit, from"
              + " and to restrict the tickets listed. format=docx (or Accept: the .docx media type)"
              + " gives the report 关于…整改落实情况的报告 as a Word document in the layout of an"
              + " official report (one section per problem category, then the figures and the"
              + " items still open); format=html (or Accept: text/html without application/json)"
              + " gives the same text as a printable page. JSON is the default.")
  @APIResponse(
      responseCode = "200",
      description = "The report, with asOf (JSON) or X-Report-As-Of (Word, HTML)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportViews.SourceReportView.class)),
        @Content(
            mediaType = OfficialDocx.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))
      })
  public Response source(
      @PathParam("id") String id,
      @Parameter(description = "json (default), docx or html; overrides the Accept header")
          @QueryParam("format")
          String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept,
      @QueryParam("unit") String unit,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Context HttpHeaders request) {
    ReportParams params = new ReportParams();
    ReportFilter filter = params.filter(id, unit, from, to);
    String chosen = sourceFormat(format, accept, params);
    params.check();
    LocalDate today = reports.today();
    record Both(Optional<SourceReport> report, FigureCounts figures) {}
    ReportQueries.Snapshot<Both> s =
        queries.inSnapshot(
            c -> new Both(lists.source(c, id, filter, today), queries.summary(c, filter, today)));
    SourceReport r = s.value().report().orElseThrow(() -> ApiProblem.notFound("source", id));
    // a unit none of the source's tickets names is a mistake, not an empty report (0334)
    units.require(filter);
    EntityTag tag = ReportTags.of(s.positions(), today, chosen);
    Optional<Response> unchanged = ReportTags.unchanged(request, tag);
    if (unchanged.isPresent()) {
      return unchanged.get();
    }
    if (chosen.equals("json")) {
      return Response.ok(
              new ReportViews.SourceReportView(
                  s.positions().asOf(),
                  ReportViews.PositionsView.of(s.positions()),
                  r.id(),
                  r.title(),
                  r.kind(),
                  r.organization(),
                  r.heldOn(),
                  s.value().figures().problems(),
                  s.value().figures().tickets(),
                  r.problems()),
              MediaType.APPLICATION_JSON_TYPE)
          .tag(tag)
          .header(HttpHeaders.VARY, HttpHeaders.ACCEPT) // the same URL answers Word or HTML too
          .build();
    }
    OfficialDocument document =
        ClosedLoopReport.compose(
            r, s.value().figures(), s.positions().asOf(), today, clock.zone(), filter.unit());
    LedgerResource.ReportViewsHeaders headers = LedgerResource.ReportViewsHeaders.of(s.positions());
    Response.ResponseBuilder answer;
    if (chosen.equals("docx")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
      try {
        OfficialDocx.write(document, out);
      } catch (IOException e) {
        throw new UncheckedIOException("The Word report could not be written", e);
      }
      answer =
          Response.ok(out.toByteArray(), OfficialDocx.MEDIA_TYPE)
              .header(
                  "Content-Disposition",
                  LedgerResource.disposition(document.title() + ".docx", "source-report.docx"));
    } else {
      answer =
          Response.ok(
              OfficialHtml.render(document).getBytes(StandardCharsets.UTF_8),
              OfficialHtml.MEDIA_TYPE);
    }
    return answer
        .tag(tag)
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
        .header("X-Report-As-Of", headers.asOf())
        .header("X-Report-Positions", headers.positions())
        .build();
  }

  private static String sourceFormat(String format, String accept, ReportParams params) {
    if (format != null && !format.isBlank()) {
      String f = params.word("format", format, null, true, List.of("json", "docx", "html"));
      return f == null ? "json" : f;
    }
    String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
    if (a.contains("wordprocessingml.document")) {
      return "docx";
    }
    if (a.contains("text/html") && !a.contains("application/json")) {
      return "html";
    }
    return "json";
  }
}
