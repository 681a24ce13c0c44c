package org.bihuan.report.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.platform.input.SupportedDates;
import org.bihuan.platform.problem.ApiProblem;
import org.bihuan.platform.problem.FieldError;
import org.bihuan.report.service.ReportFilter;

/** Reads the query parameters every report shares and collects every invalid one. */
final class ReportParams {

  private final List<FieldError> errors = new ArrayList<>();

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
