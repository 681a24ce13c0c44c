package org.bihuan.report.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.bihuan.platform.http.Versions;
import org.bihuan.report.service.ProjectionState;
import org.bihuan.report.service.ReportService;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The ETag of every report: a report is a function of the projection's feed positions, the date its
 * figures are for and the representation (JSON, CSV, XLSX, Word, HTML); the filters are in the URL.
 * So {@code "<problem position>-<rectification position>-<today>-<format>"} names its version, and
 * a dashboard polling with If-None-Match gets 304 and no body until a feed moves or the date
 * changes (docs/decisions/0170).
 */
final class ReportTags {

  private ReportTags() {}

  static EntityTag of(ProjectionState.Positions p, LocalDate today, String format) {
    return new EntityTag(p.problem() + "-" + p.rectification() + "-" + today + "-" + format);
  }

  /** 304 with the tag, no body, when the request's If-None-Match names {@code tag}. */
  static Optional<Response> unchanged(HttpHeaders request, EntityTag tag) {
    return notModified(request, tag).map(RestResponse::toResponse);
  }

  private static <T> Optional<RestResponse<T>> notModified(HttpHeaders request, EntityTag tag) {
    return notModified(
        request == null ? null : request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag);
  }

  private static <T> Optional<RestResponse<T>> notModified(String ifNoneMatch, EntityTag tag) {
    if (!Versions.noneMatch(ifNoneMatch, tag)) {
      return Optional.empty();
    }
    // The same URL answers several formats by Accept.
    return Optional.of(
        RestResponse.ResponseBuilder.<T>notModified(tag)
            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
            .build());
  }

  /** {@link #unchanged}, else 200 with the tag and the body {@code answer} builds (only then). */
  static Response conditional(
      HttpHeaders request, EntityTag tag, Supplier<Response.ResponseBuilder> answer) {
    return unchanged(request, tag)
        .orElseGet(
            () -> answer.get().tag(tag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build());
  }

  /**
   * As {@link #conditional} for a report already rendered as JSON (the tag of its positions and
   * date), for the request's If-None-Match (null when absent), typed {@code byte[]}: a resource
   * method that returns it as {@code RestResponse<byte[]>} has its writer chosen once, when its
   * route is built, not looked up for every answer (docs/decisions/0293).
   */
  static RestResponse<byte[]> conditionalJson(String ifNoneMatch, ReportService.Rendered r) {
    EntityTag tag = of(r.positions(), r.today(), "json");
    byte[] json = r.json();
    return ReportTags.<byte[]>notModified(ifNoneMatch, tag)
        .orElseGet(
            () ->
                RestResponse.ResponseBuilder.ok(json, MediaType.APPLICATION_JSON_TYPE)
                    .tag(tag)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .build());
  }
}
