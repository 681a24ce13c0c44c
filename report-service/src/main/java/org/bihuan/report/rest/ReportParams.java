package org.bihuan.report.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.input.SupportedDates;
import org.bihuan.platform.problem.ApiProblem;
import org.bihuan.platform.problem.FieldError;
import org.bihuan.report.service.ReportFilter;

/** Reads the query parameters every report shares and collects every invalid one. */
final class ReportParams {

  private final List<FieldError> errors = new ArrayList<>();

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
      errors.add(new FieldError("to", "must not be before from"));
    }
    return new ReportFilter(blankToNull(sourceId), blankToNull(unit), f, t);
  }

  LocalDate date(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    LocalDate d = SupportedDates.parseOrNull(raw.strip());
    if (d == null) {
      errors.add(new FieldError(field, SupportedDates.DATE_EXPECTED));
    }
    return d;
  }

  void error(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  /** Throws a 400 problem listing every invalid field, if there is one. */
  void check() {
    if (!errors.isEmpty()) {
      StringBuilder detail = new StringBuilder();
      for (FieldError e : errors) {
        if (!detail.isEmpty()) {
          detail.append("; ");
        }
        detail.append(e.field()).append(": ").append(e.message());
      }
      throw ApiProblem.invalid(detail.toString(), errors);
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
