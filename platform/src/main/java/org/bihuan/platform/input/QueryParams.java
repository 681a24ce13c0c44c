package org.bihuan.platform.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;

/**
 * Query parameters read as strings and checked in one place, the same way in every service: a blank
 * value is absent, a value is stripped, an enum name is read in any case ({@code status=open} is
 * OPEN), a flag is true/false (also 1/0, yes/no), a date is one {@link SupportedDates} reads. Every
 * invalid parameter of a request is collected and {@link #check()} answers them together: one 400
 * whose {@code errors} name each field.
 *
 * <pre>{@code
 * QueryParams q = new QueryParams();
 * UUID source = q.uuid("sourceId", sourceId);
 * List<Status> statuses = q.anyOf("status", status, Status.class);
 * q.check();
 * }</pre>
 */
public final class QueryParams {

  private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]{1,19}");

  private final List<FieldError> errors = new ArrayList<>();

  /** The value stripped, or null when absent or blank. */
  public String text(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  public UUID uuid(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(raw.strip());
    } catch (IllegalArgumentException e) {
      return refuse(field, "must be a UUID");
    }
  }

  /** One name of {@code type}, in any case; null when absent. */
  public <E extends Enum<E>> E oneOf(String field, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return refuse(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  /**
   * Names of {@code type} separated by commas ({@code status=ASSIGNED,IN_PROGRESS}); empty when
   * absent.
   */
  public <E extends Enum<E>> List<E> anyOf(String field, String raw, Class<E> type) {
    List<E> out = new ArrayList<>();
    if (raw == null || raw.isBlank()) {
      return out;
    }
    for (String part : raw.split(",")) {
      E value = oneOf(field, part.isBlank() ? "-" : part, type);
      if (value != null && !out.contains(value)) {
        out.add(value);
      }
    }
    return out;
  }

  /** true or false (also 1/0, yes/no); null when absent. */
  public Boolean bool(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> refuse(field, "must be true or false");
    };
  }

  /**
   * A switch of an operation ({@code ?dryRun=true}): false when absent. Given without a value
   * ({@code ?dryRun} or {@code ?dryRun=}) it is refused rather than read as false: a caller who
   * wrote {@code ?dryRun} meant a dry run, and reading it as false would write.
   */
  public boolean flag(String field, String raw) {
    return flag(field, raw, null);
  }

  /**
   * {@link #flag(String, String)} where the query string as sent is at hand: {@code ?dryRun} with
   * no {@code =} reaches a resource as no value at all, and only the raw query shows it was given.
   */
  public boolean flag(String field, String raw, String rawQuery) {
    if (raw == null && rawQuery != null && givenWithoutValue(rawQuery, field)) {
      raw = "";
    }
    if (raw != null && raw.isBlank()) {
      refuse(field, "must be true or false; given without a value it is neither");
      return false;
    }
    return Boolean.TRUE.equals(bool(field, raw));
  }

  private static boolean givenWithoutValue(String rawQuery, String field) {
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.equals(field) || pair.equals(field + "=")) {
        return true;
      }
    }
    return false;
  }

  public LocalDate date(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    LocalDate d = SupportedDates.parseOrNull(raw.strip());
    return d != null ? d : refuse(field, SupportedDates.DATE_EXPECTED);
  }

  /**
   * One of the words {@code allowed} ({@code format=csv}, {@code by=unit}), compared as written, or
   * lower-cased first where {@code anyCase}; {@code absent} when blank. Anything else, and a blank
   * value where {@code absent} is null, is invalid: null, and an error listing the words.
   */
  public String word(
      String field, String raw, String absent, boolean anyCase, List<String> allowed) {
    String value = raw == null || raw.isBlank() ? absent : raw.strip();
    if (value != null && anyCase) {
      value = value.toLowerCase(Locale.ROOT);
    }
    if (value != null && allowed.contains(value)) {
      return value;
    }
    return refuse(field, "must be one of " + String.join(", ", allowed));
  }

  /**
   * A whole number from {@code min} to {@code max} written in plain ASCII digits ({@code
   * Long.parseLong} would read ５ and ٥ as 5), nothing around them; {@code absent} when missing or
   * empty, and {@code absent} with an error when invalid (also 19 digits above {@code
   * Long.MAX_VALUE}).
   */
  public long wholeNumber(String field, String raw, long absent, long min, long max) {
    if (raw == null || raw.isEmpty()) {
      return absent;
    }
    if (ASCII_DIGITS.matcher(raw).matches()) {
      try {
        long v = Long.parseLong(raw);
        if (v >= min && v <= max) {
          return v;
        }
      } catch (NumberFormatException aboveLongMax) {
        // 19 digits above Long.MAX_VALUE: out of range like any other value past max
      }
    }
    error(field, "must be a whole number from " + min + " to " + max);
    return absent;
  }

  /** Records an invalid parameter found by a rule of the caller's own. */
  public void error(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  /** Throws one 400 naming every invalid parameter, if there is one. */
  public void check() {
    if (errors.isEmpty()) {
      return;
    }
    StringBuilder detail = new StringBuilder();
    for (FieldError e : errors) {
      if (!detail.isEmpty()) {
        detail.append("; ");
      }
      detail.append(e.field()).append(": ").append(e.message());
    }
    throw ApiProblem.invalid(detail.toString(), errors);
  }

  private <T> T refuse(String field, String message) {
    error(field, message);
    return null;
  }
}
