package org.bihuan.report.service;

import java.time.LocalDate;

/**
 * The filters every report takes. {@code from}/{@code to} restrict by creation date in the
 * organisation's zone (inclusive): tickets by their createdAt, problems by theirs. {@code unit}
 * keeps tickets with that responsible unit however spelled ({@link UnitKeys}) and problems
 * addressed by such a ticket; {@code sourceId} keeps problems of that source and tickets whose
 * sourceIds include it.
 */
public record ReportFilter(String sourceId, String unit, LocalDate from, LocalDate to) {

  public static final ReportFilter NONE = new ReportFilter(null, null, null, null);

  /** The grouping key of {@code unit}, which the unit filter compares. */
  public String unitKey() {
    return UnitKeys.of(unit);
  }
}
