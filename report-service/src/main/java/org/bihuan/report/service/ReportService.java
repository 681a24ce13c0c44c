package org.bihuan.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.report.config.ReportConfig;
import org.bihuan.report.mapping.FigureCounts;

/**
 * The figures as the endpoints serve them. Summary, breakdown and trend answers are cached, already
 * rendered as JSON, per filter and date until the projection's positions change
 * (docs/decisions/0031-figure-cache.md): dashboards ask far more often than the feeds move, and an
 * answer for the same positions and the same {@code today} is the same answer. A hit is served
 * without leaving the I/O thread; a miss runs the SQL on a worker thread.
 */
@ApplicationScoped
public class ReportService {

  private record CacheKey(String kind, ReportFilter filter, LocalDate today) {}

  /**
   * A report rendered as JSON with the feed positions and the date it was computed for: together
   * they name its version (the report's ETag).
   */
  public record Rendered(ProjectionState.Positions positions, LocalDate today, byte[] json) {}

  @Inject ReportQueries queries;
  @Inject ProjectionState state;
  @Inject OrganisationClock clock;
  @Inject ReportConfig config;
  @Inject ObjectMapper mapper;

  private final Map<CacheKey, Rendered> cache = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<CacheKey, CompletableFuture<Rendered>> inFlight =
      new ConcurrentHashMap<>();

  public LocalDate today() {
    return clock.today();
  }

  /** The summary rendered by {@code view} as JSON. */
  public Uni<Rendered> summary(
      ReportFilter f, Function<ReportQueries.Snapshot<FigureCounts>, Object> view) {
    LocalDate today = today();
    return cachedJson(
        summaryKey(f, today), () -> queries.inSnapshot(c -> queries.summary(c, f, today)), view);
  }

  /**
   * The summary for today as {@link #summary} would answer it from memory now, or null when it
   * would compute it: for an answer before Quarkus REST (docs/decisions/0304).
   */
  public Rendered summaryInMemory(ReportFilter f) {
    return fromMemory(summaryKey(f, today()));
  }

  /** A breakdown rendered by {@code view} as JSON. */
  public Uni<Rendered> breakdown(
      Breakdown by,
      ReportFilter f,
      Function<ReportQueries.Snapshot<List<ReportQueries.GroupCounts>>, Object> view) {
    LocalDate today = today();
    return cachedJson(
        breakdownKey(by, f, today),
        () -> queries.inSnapshot(c -> queries.breakdown(c, by, f, today)),
        view);
  }

  /** A breakdown from memory, or null; as {@link #summaryInMemory}. */
  public Rendered breakdownInMemory(Breakdown by, ReportFilter f) {
    return fromMemory(breakdownKey(by, f, today()));
  }

  private static CacheKey summaryKey(ReportFilter f, LocalDate today) {
    return new CacheKey("summary", f, today);
  }

  private static CacheKey breakdownKey(Breakdown by, ReportFilter f, LocalDate today) {
    return new CacheKey("breakdown:" + by.key(), f, today);
  }

  /** A trend over [from, to] rendered by {@code view} as JSON. */
  public Uni<Rendered> trend(
      ReportFilter f,
      TrendInterval interval,
      LocalDate from,
      LocalDate to,
      Function<ReportQueries.Snapshot<List<ReportQueries.TrendPoint>>, Object> view) {
    return cachedJson(
        new CacheKey("trend:" + interval.key() + ":" + from + ":" + to, f, today()),
        () -> queries.inSnapshot(c -> queries.trend(c, f, interval, from, to)),
        view);
  }

  private <T> Uni<Rendered> cachedJson(
      CacheKey key,
      java.util.function.Supplier<ReportQueries.Snapshot<T>> compute,
      Function<ReportQueries.Snapshot<T>, Object> view) {
    Rendered hit = fromMemory(key);
    if (hit != null) {
      return Uni.createFrom().item(hit);
    }
    return Uni.createFrom()
        .item(() -> computeShared(key, () -> render(key.today(), compute.get(), view)))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  /**
   * The answer kept for {@code key} if it is for the positions read within {@code
   * report.cache.positions-refresh} (never touching the database), else null.
   */
  private Rendered fromMemory(CacheKey key) {
    if (!config.cache().enabled()) {
      return null;
    }
    Optional<ProjectionState.Positions> known = state.currentIfFresh();
    Rendered hit = cache.get(key);
    return known.isPresent() && hit != null && samePositions(hit.positions(), known.get())
        ? hit
        : null;
  }

  private <T> Rendered render(
      LocalDate today,
      ReportQueries.Snapshot<T> s,
      Function<ReportQueries.Snapshot<T>, Object> view) {
    try {
      return new Rendered(s.positions(), today, mapper.writeValueAsBytes(view.apply(s)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot render a report", e);
    }
  }

  /**
   * On a worker thread: serves the cached answer if the positions (now re-read when due) still
   * match, else computes it. Concurrent misses of one key share a single computation, so a burst of
   * dashboards after a feed commit runs the SQL once instead of once per request (and does not
   * drain the connection pool).
   */
  private Rendered computeShared(CacheKey key, java.util.function.Supplier<Rendered> compute) {
    if (!config.cache().enabled()) {
      return compute.get();
    }
    ProjectionState.Positions now = state.current();
    Rendered hit = cache.get(key);
    if (hit != null && samePositions(hit.positions(), now)) {
      return hit;
    }
    CompletableFuture<Rendered> mine = new CompletableFuture<>();
    CompletableFuture<Rendered> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      Rendered fresh = compute.get();
      if (cache.size() >= config.cache().maxEntries()) {
        cache.clear();
      }
      cache.put(key, fresh);
      mine.complete(fresh);
      return fresh;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
    }
  }

  private static boolean samePositions(ProjectionState.Positions a, ProjectionState.Positions b) {
    return a.problem() == b.problem() && a.rectification() == b.rectification();
  }
}
