package org.bihuan.report.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.http.Conditions;
import org.bihuan.platform.http.HitRoute;
import org.bihuan.report.service.ReportService;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The summary and the breakdown in memory are answered before Quarkus REST (docs/decisions/0304):
 * the query is read by the same {@link ReportParams} function as the resource method's, the answer
 * is the one {@link ReportService} would give from memory now (today's, for the positions it holds)
 * and the response is made by the same {@link ReportTags#conditionalJson}. A query the resource
 * method would refuse goes the normal way, which answers the 400.
 */
@ApplicationScoped
public class ReportHits {

  /**
   * The parameters passed to {@link ReportParams}: a query naming any other (one the method may
   * declare later) goes the normal way until it is passed here too.
   */
  private static final Set<String> SUMMARY = Set.of("sourceId", "unit", "from", "to");

  private static final Set<String> BREAKDOWN = Set.of("by", "sourceId", "unit", "from", "to");

  @Inject ReportService reports;

  void route(@Observes Router router, HitRoute hits) throws NoSuchMethodException {
    hits.register(
        router,
        ReportResource.class.getMethod(
            "summary", UUID.class, String.class, String.class, String.class, HttpHeaders.class),
        this::summary);
    hits.register(
        router,
        ReportResource.class.getMethod(
            "breakdown",
            String.class,
            UUID.class,
            String.class,
            String.class,
            String.class,
            HttpHeaders.class),
        this::breakdown);
  }

  private RestResponse<byte[]> summary(Map<String, String> q, Conditions asked) {
    if (!SUMMARY.containsAll(q.keySet())) {
      return null;
    }
    try {
      var filter = ReportParams.summary(uuid(q), q.get("unit"), q.get("from"), q.get("to"));
      return answer(reports.summaryInMemory(filter), asked);
    } catch (ApiProblem refused) {
      return null; // the normal way answers the 400
    }
  }

  private RestResponse<byte[]> breakdown(Map<String, String> q, Conditions asked) {
    if (!BREAKDOWN.containsAll(q.keySet())) {
      return null;
    }
    try {
      var query =
          ReportParams.breakdown(q.get("by"), uuid(q), q.get("unit"), q.get("from"), q.get("to"));
      return answer(reports.breakdownInMemory(query.by(), query.filter()), asked);
    } catch (ApiProblem refused) {
      return null;
    }
  }

  /** As Quarkus REST converts a UUID parameter (its value already checked as canonical). */
  private static UUID uuid(Map<String, String> q) {
    String raw = q.get("sourceId");
    return raw == null ? null : UUID.fromString(raw);
  }

  private static RestResponse<byte[]> answer(ReportService.Rendered kept, Conditions asked) {
    return kept == null ? null : ReportTags.conditionalJson(asked.ifNoneMatch(), kept);
  }
}
