package org.bihuan.platform.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The dates the services accept: 1900-01-01 to 9999-12-31, written YYYY-MM-DD. PostgreSQL cannot
 * store most of Java's range (it answered 500), has no year 0 (0000-01-01 came back as 0001-01-01),
 * and nothing a rectification list speaks of lies outside this range (docs/decisions/0056).
 */
public final class SupportedDates {

  public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
  public static final LocalDate MAX = LocalDate.of(9999, 12, 31);
  public static final Instant MIN_INSTANT = MIN.atStartOfDay().toInstant(ZoneOffset.UTC);
  public static final Instant MAX_INSTANT =
      MAX.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

  public static final String DATE_EXPECTED =
      "must be a date YYYY-MM-DD between " + MIN + " and " + MAX;
  public static final String INSTANT_EXPECTED =
      "must be a date-time like 2024-06-30T08:00:00Z between " + MIN + " and " + MAX;

  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private SupportedDates() {}

  /** The date written in {@code text}, or null when it is not a supported YYYY-MM-DD date. */
  public static LocalDate parseOrNull(String text) {
    if (text == null || text.length() != 10) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(text, STRICT_DATE);
      return contains(d) ? d : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static boolean contains(LocalDate d) {
    return !d.isBefore(MIN) && !d.isAfter(MAX);
  }

  public static boolean contains(Instant i) {
    return !i.isBefore(MIN_INSTANT) && i.isBefore(MAX_INSTANT);
  }
}
