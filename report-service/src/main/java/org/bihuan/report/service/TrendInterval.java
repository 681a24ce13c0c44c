package org.bihuan.report.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

/** The step of a trend: days, ISO weeks (Monday first) or calendar months. */
public enum TrendInterval {
  DAY("1 day", "day"),
  WEEK("1 week", "week"),
  MONTH("1 month", "month");

  private final String step;
  private final String truncation;

  TrendInterval(String step, String truncation) {
    this.step = step;
    this.truncation = truncation;
  }

  String step() {
    return step;
  }

  String truncation() {
    return truncation;
  }

  public String key() {
    return name().toLowerCase();
  }

  /** The first day of the interval that holds {@code day}. */
  public LocalDate startOf(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** The start of the interval {@code n} intervals before the one holding {@code day}. */
  public LocalDate intervalsBefore(LocalDate day, int n) {
    LocalDate start = startOf(day);
    return switch (this) {
      case DAY -> start.minusDays(n);
      case WEEK -> start.minusWeeks(n);
      case MONTH -> start.minusMonths(n);
    };
  }

  /** How many intervals [from, to] touches. */
  public long pointsBetween(LocalDate from, LocalDate to) {
    LocalDate a = startOf(from);
    LocalDate b = startOf(to);
    return switch (this) {
      case DAY -> java.time.temporal.ChronoUnit.DAYS.between(a, b) + 1;
      case WEEK -> java.time.temporal.ChronoUnit.WEEKS.between(a, b) + 1;
      case MONTH -> java.time.temporal.ChronoUnit.MONTHS.between(a, b) + 1;
    };
  }

  public static Optional<TrendInterval> of(String key) {
    return Arrays.stream(values()).filter(i -> i.key().equals(key)).findFirst();
  }
}
