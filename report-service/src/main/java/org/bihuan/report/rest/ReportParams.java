package org.bihuan.report.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.input.QueryParams;
import org.bihuan.platform.text.UnitNames;
import org.bihuan.report.service.Breakdown;
import org.bihuan.report.service.ReportFilter;
import org.bihuan.report.service.TrendInterval;

/**
 * Reads the query parameters every report shares, through {@link QueryParams}: every invalid one is
 * collected, and {@link #check()} answers them together.
 */
final class ReportParams {

  /** The most points a trend answers (docs/decisions/0368: its range is checked here). */
  static final int MAX_TREND_POINTS = 400;

  private final QueryParams params = new QueryParams();

  /** What a breakdown is asked for: its grouping and its filters. */
  record BreakdownQuery(Breakdown by, ReportFilter filter) {}

  /**
   * The filters of a summary, or a 400 naming every invalid parameter: how both its resource method
   * and {@link ReportHits} (before Quarkus REST, docs/decisions/0304) read the query.
   */
  static ReportFilter summary(UUID sourceId, String unit, String from, String to) {
    ReportParams params = new ReportParams();
    ReportFilter filter = params.filter(sourceId, unit, from, to);
    params.check();
    return filter;
  }

  /** The grouping and filters of a breakdown, or a 400; read once, as {@link #summary}. */
  static BreakdownQuery breakdown(String by, UUID sourceId, String unit, String from, String to) {
    ReportParams params = new ReportParams();
    ReportFilter filter = params.filter(sourceId, unit, from, to);
    String key =
        params.word(
            "by", by, null, false, Arrays.stream(Breakdown.values()).map(Breakdown::key).toList());
    params.check();
    return new BreakdownQuery(Breakdown.of(key).orElseThrow(), filter);
  }

  /** What a trend is asked for: its interval, its filters and the first and last day it spans. */
  record TrendQuery(TrendInterval interval, ReportFilter filter, LocalDate start, LocalDate end) {}

  /**
   * The interval, filters and range of a trend, or a 400: the range defaults to the 12 intervals up
   * to {@code to} (default {@code today}), must not end before it starts and holds at most {@link
   * #MAX_TREND_POINTS} intervals. The range is judged once the parameters it is made of are valid.
   */
  static TrendQuery trend(
      String interval, UUID sourceId, String unit, String from, String to, LocalDate today) {
    ReportParams params = new ReportParams();
    ReportFilter filter = params.filter(sourceId, unit, from, to);
    String key =
        params.word(
            "interval",
            interval,
            TrendInterval.WEEK.key(),
            false,
            Arrays.stream(TrendInterval.values()).map(TrendInterval::key).toList());
    params.check();
    TrendInterval i = TrendInterval.of(key).orElseThrow();
    LocalDate end = filter.to() != null ? filter.to() : today;
    LocalDate start = filter.from() != null ? filter.from() : i.intervalsBefore(end, 11);
    if (start.isAfter(end)) {
      params.error("from", "must not be after to (default today)");
    } else if (i.pointsBetween(start, end) > MAX_TREND_POINTS) {
      params.error("from", "the range holds more than " + MAX_TREND_POINTS + " intervals");
    }
    params.check();
    return new TrendQuery(i, filter, start, end);
  }

  /**
   * The shared filters. {@code sourceId} is typed as a UUID in the resources, so that {@code
   * ?sourceId=abc} is refused (400 naming it) by {@code QueryParameterTypes} before it gets here,
   * instead of filtering on an id no source has (docs/decisions/0096).
   */
  ReportFilter filter(UUID sourceId, String unit, String from, String to) {
    return filter(sourceId == null ? null : sourceId.toString(), unit, from, to);
  }

  /** The shared filters for the report of one source, whose id comes from the path. */
  ReportFilter filter(String sourceId, String unit, String from, String to) {
    LocalDate f = date("from", from);
    LocalDate t = date("to", to);
    if (f != null && t != null && f.isAfter(t)) {
      error("to", "must not be before from");
    }
    // Written as rectification-service writes a ticket's units (UnitNames, 0223): ?unit=党委 办公室
    // is 党委办公室.
    return new ReportFilter(params.text(sourceId), UnitNames.written(params.text(unit)), f, t);
  }

  LocalDate date(String field, String raw) {
    return params.date(field, raw);
  }

  /** One of {@code allowed} (see {@link QueryParams#word}). */
  String word(String field, String raw, String absent, boolean anyCase, List<String> allowed) {
    return params.word(field, raw, absent, anyCase, allowed);
  }

  void error(String field, String message) {
    params.error(field, message);
  }

  /** Throws a 400 problem listing every invalid field, if there is one. */
  void check() {
    params.check();
  }
}
