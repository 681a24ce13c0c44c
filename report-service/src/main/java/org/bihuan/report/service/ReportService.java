package org.bihuan.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.report.config.ReportConfig;

/**
 * The figures as the endpoints serve them. Summary and breakdown answers are cached per filter and
 * date until the projection's positions change (docs/decisions/0031-figure-cache.md): the
 * dashboards ask far more often than the feeds move, and an answer for the same positions and the
 * same {@code today} is the same answer.
 */
@ApplicationScoped
public class ReportService {

  private record CacheKey(String kind, ReportFilter filter, LocalDate today) {}

  @Inject ReportQueries queries;
  @Inject ProjectionState state;
  @Inject OrganisationClock clock;
  @Inject ReportConfig config;

  private final Map<CacheKey, ReportQueries.Snapshot<?>> cache = new ConcurrentHashMap<>();

  public LocalDate today() {
    return clock.today();
  }

  public ReportQueries.Snapshot<FigureCounts> summary(ReportFilter f) {
    LocalDate today = today();
    return cached(
        new CacheKey("summary", f, today),
        () -> queries.inSnapshot(c -> queries.summary(c, f, today)));
  }

  public ReportQueries.Snapshot<List<ReportQueries.GroupCounts>> breakdown(
      Breakdown by, ReportFilter f) {
    LocalDate today = today();
    return cached(
        new CacheKey("breakdown:" + by.key(), f, today),
        () -> queries.inSnapshot(c -> queries.breakdown(c, by, f, today)));
  }

  @SuppressWarnings("unchecked")
  private <T> ReportQueries.Snapshot<T> cached(
      CacheKey key, Supplier<ReportQueries.Snapshot<T>> compute) {
    if (!config.cache().enabled()) {
      return compute.get();
    }
    ProjectionState.Positions now = state.current();
    ReportQueries.Snapshot<?> hit = cache.get(key);
    if (hit != null && samePositions(hit.positions(), now)) {
      return (ReportQueries.Snapshot<T>) hit;
    }
    ReportQueries.Snapshot<T> fresh = compute.get();
    if (cache.size() >= config.cache().maxEntries()) {
      cache.clear();
    }
    cache.put(key, fresh);
    return fresh;
  }

  private static boolean samePositions(ProjectionState.Positions a, ProjectionState.Positions b) {
    return a.problem() == b.problem() && a.rectification() == b.rectification();
  }
}
