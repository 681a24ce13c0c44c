package org.bihuan.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.report.mapping.LedgerColumns;
import org.bihuan.report.mapping.LedgerCsv;
import org.bihuan.report.mapping.LedgerRow;
import org.bihuan.report.mapping.LedgerXlsx;
import org.bihuan.report.service.LedgerExport;
import org.bihuan.report.service.LedgerRows;
import org.bihuan.report.service.ReportFilter;
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
 * The ledger (台账): every problem with each of its tickets. JSON is paginated; CSV and XLSX stream
 * every row from a database cursor in constant memory. The format comes from {@code
 * ?format=json|csv|xlsx}, else from the Accept header, else JSON.
 */
@Path("/api/v1/reports/ledger")
@Tag(name = "Reports")
public class LedgerResource {

  public static final String CSV = "text/csv; charset=UTF-8";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String BASENAME = "整改台账";
  private static final List<String> RANK = List.of("json", "csv", "xlsx");

  @Inject ReportService reports;
  @Inject ReportQueries queries;
  @Inject LedgerRows ledgerRows;
  @Inject LedgerExport export;
  @Inject org.bihuan.report.service.KnownUnits units;

  @GET
  @RolesAllowed(Roles.VIEWER)
  @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
  @Operation(
      operationId = "reportLedger",
      summary = "The ledger (台账) as JSON (paginated), CSV or XLSX",
      description =
          "One row per problem and ticket (a problem without a ticket has one row of its own)."
              + " CSV is UTF-8 with a byte-order mark; XLSX has one sheet 整改台账. Headers: "
              + "序号, 问题编号, 问题来源, 问题类别, 问题描述, 整改措施, 责任单位, 责任人, 责任领导, 整改时限, 整改状态,"
              + " 是否逾期, 红黄绿灯, 销号时间, 整改事项编号 (ticket number), 问题外部编号 (problem"
              + " externalRef), 整改外部编号 (ticket externalRef), 责任单位外部编号 (units' externalId)."
              + " 序号 is a whole number.")
  @APIResponse(
      responseCode = "200",
      description =
          "The ledger in the format asked for (format=, else Accept): a JSON page, CSV or XLSX",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportViews.LedgerView.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "304",
      description = "Not modified: If-None-Match names the current tag; no body")
  public Response ledger(
      @Parameter(description = "json, csv or xlsx; overrides the Accept header")
          @QueryParam("format")
          String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept,
      @QueryParam("sourceId") UUID sourceId,
      @QueryParam("unit") String unit,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor,
      @Context HttpHeaders request,
      @Context jakarta.ws.rs.core.UriInfo uri) {
    ReportParams params = new ReportParams();
    ReportFilter filter = params.filter(sourceId, unit, from, to);
    List<String> formats = uri.getQueryParameters().get("format");
    if (formats != null && formats.size() > 1) {
      params.error("format", "is given " + formats.size() + " times; give one of json, csv, xlsx");
    }
    String chosen = format(format, accept, params);
    params.check();
    // a unit no ticket (of the source) names is a mistake, not an empty ledger (0334)
    units.require(filter);
    LocalDate today = reports.today();
    if (chosen.equals("json")) {
      PageRequest page = PageRequest.of(limit, cursor);
      List<LedgerRow> rows = new ArrayList<>();
      ReportQueries.Snapshot<List<LedgerRow>> s =
          queries.inSnapshot(
              c -> {
                try {
                  ledgerRows.rows(c, filter, today, page.after(), page.limit() + 1, 0, rows::add);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                return rows;
              });
      Page<LedgerRow> p = Page.of(s.value(), page, LedgerRow::key, r -> r);
      return ReportTags.conditional(
          request,
          ReportTags.of(s.positions(), today, "json"),
          () ->
              Response.ok(
                  new ReportViews.LedgerView(
                      s.positions().asOf(),
                      ReportViews.PositionsView.of(s.positions()),
                      p.items(),
                      p.nextCursor()),
                  MediaType.APPLICATION_JSON_TYPE));
    }
    LedgerExport.Open open = export.open();
    EntityTag tag = ReportTags.of(open.positions(), today, chosen);
    Optional<Response> unchanged = ReportTags.unchanged(request, tag);
    if (unchanged.isPresent()) {
      try {
        open.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return unchanged.get();
    }
    LedgerColumns columns = new LedgerColumns(export.zone());
    StreamingOutput body =
        out -> {
          try (open) {
            if (chosen.equals("csv")) {
              try (LedgerCsv csv = new LedgerCsv(out)) {
                long[] n = {0};
                open.rows(filter, today, r -> csv.row(columns.cells(++n[0], r)));
              }
            } else {
              try (LedgerXlsx xlsx = new LedgerXlsx(out)) {
                long[] n = {0};
                open.rows(filter, today, r -> xlsx.row(columns.cells(++n[0], r)));
              }
            }
          } catch (SQLException e) {
            throw new IOException("The ledger export failed while reading rows", e);
          }
        };
    String extension = chosen.equals("csv") ? ".csv" : ".xlsx";
    ReportViewsHeaders headers = ReportViewsHeaders.of(open.positions());
    return Response.ok(body, chosen.equals("csv") ? CSV : XLSX)
        .tag(tag)
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
        .header("Content-Disposition", disposition(BASENAME + extension, "ledger" + extension))
        .header("X-Report-As-Of", headers.asOf())
        .header("X-Report-Positions", headers.positions())
        .build();
  }

  /** {@code attachment} with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987). */
  static String disposition(String name, String fallback) {
    String encoded =
        URLEncoder.encode(safeFileName(name), StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
  }

  /**
   * A file name every system can save: characters Windows refuses in names ({@code <>"/\\:*?|}) and
   * control characters become _, and the name stays under 200 characters (keeping its extension).
   */
  public static String safeFileName(String name) {
    String cleaned = name.replaceAll("[<>\"/\\\\:*?|\\p{Cntrl}\\u2028\\u2029]", "_").strip();
    int dot = cleaned.lastIndexOf('.');
    String ext = dot > 0 ? cleaned.substring(dot) : "";
    String base = dot > 0 ? cleaned.substring(0, dot) : cleaned;
    if (base.length() > 200) {
      base = base.substring(0, 200);
    }
    return base.isBlank() ? "report" + ext : base + ext;
  }

  private static String format(String format, String accept, ReportParams params) {
    if (format != null && !format.isBlank()) {
      String f = params.word("format", format, null, true, List.of("json", "csv", "xlsx"));
      return f == null ? "json" : f;
    }
    // the acceptable type with the highest quality
    String best = null;
    double bestQuality = 0;
    boolean anyNamed = false;
    for (String range : (accept == null ? "" : accept).toLowerCase(Locale.ROOT).split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].strip();
      String f =
          type.contains("spreadsheetml")
              ? "xlsx"
              : type.equals("text/csv")
                  ? "csv"
                  : type.equals("application/json")
                          || type.equals("application/*")
                          || type.equals("*/*")
                      ? "json"
                      : type.equals("text/*") ? "csv" : null;
      if (f == null) {
        continue;
      }
      anyNamed = true;
      double quality = 1;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].strip();
        if (p.startsWith("q=")) {
          try {
            quality = Double.parseDouble(p.substring(2).strip());
          } catch (NumberFormatException e) {
            quality = 1;
          }
        }
      }
      // at equal quality a file format named is preferred to JSON, XLSX to CSV (as before)
      if (quality > bestQuality
          || quality > 0 && quality == bestQuality && RANK.indexOf(f) > RANK.indexOf(best)) {
        best = f;
        bestQuality = quality;
      }
    }
    if (best == null && anyNamed) {
      // every type the ledger has was refused with q=0
      throw new jakarta.ws.rs.NotAcceptableException(
          "The ledger is served as application/json, text/csv or " + XLSX + " (or ?format=)");
    }
    return best == null ? "json" : best;
  }

  /** asOf and positions for the headers of a streamed export. */
  record ReportViewsHeaders(String asOf, String positions) {
    static ReportViewsHeaders of(org.bihuan.report.service.ProjectionState.Positions p) {
      return new ReportViewsHeaders(
          p.asOf() == null ? "" : p.asOf().toString(),
          "problem=" + p.problem() + ", rectification=" + p.rectification());
    }
  }
}
