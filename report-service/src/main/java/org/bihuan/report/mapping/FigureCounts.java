package org.bihuan.report.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The raw counts behind one set of figures, as the SQL aggregation (the report service's
 * ReportQueries) gives them; the rates are computed from them here, so the tests compare the counts
 * with those of their Java reading of the rules number by number.
 */
public record FigureCounts(
    long problemsTotal,
    long problemsClosed,
    long problemsWithdrawn,
    long counted,
    long timeBound,
    long longTerm,
    long verified,
    long verifiedTimeBound,
    long onTime,
    long extendedAndMet,
    long overdue,
    long dueSoon,
    long assigned,
    long inProgress,
    long submitted,
    long cancelled,
    long red,
    long yellow,
    long green,
    long verifiedWithTimes,
    BigDecimal verifySeconds,
    long longTermVerified,
    long longTermOpen,
    Long longTermMaxDaysSinceProgress,
    long longTermNeverReported,
    long stagnant) {

  public static final FigureCounts EMPTY =
      new FigureCounts(
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          BigDecimal.ZERO,
          0,
          0,
          null,
          0,
          0);

  /** {@code {"total","closed","withdrawn","closureRate"}}. */
  public record ProblemFigures(
      long total, long closed, long withdrawn, @Schema(nullable = true) Double closureRate) {}

  /** Long-term (长期坚持) tickets, reported apart from the time-bound rates. */
  public record LongTermFigures(
      long total,
      long verified,
      long open,
      @Schema(nullable = true) Long maxDaysSinceLastProgress,
      long openWithoutProgressReport) {}

  /** The ticket figures of the contract plus extendedAndMet and longTermDetail. */
  public record TicketFigures(
      long total,
      long timeBound,
      long longTerm,
      long verified,
      @Schema(nullable = true) Double completionRate,
      @Schema(nullable = true) Double onTimeRate,
      long extendedAndMet,
      long overdue,
      long dueSoon,
      @Schema(
              description =
                  "Tickets being worked on without a progress report for two of their reportEvery"
                      + " intervals (进展停滞)")
          long stagnant,
      Map<String, Long> byStatus,
      Map<String, Long> lights,
      @Schema(nullable = true) Double meanDaysToVerify,
      LongTermFigures longTermDetail) {}

  public ProblemFigures problems() {
    return new ProblemFigures(
        problemsTotal,
        problemsClosed,
        problemsWithdrawn,
        rate(problemsClosed, problemsTotal - problemsWithdrawn));
  }

  public TicketFigures tickets() {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    byStatus.put("ASSIGNED", assigned);
    byStatus.put("IN_PROGRESS", inProgress);
    byStatus.put("SUBMITTED", submitted);
    byStatus.put("VERIFIED", verified);
    byStatus.put("CANCELLED", cancelled);
    Map<String, Long> lights = new LinkedHashMap<>();
    lights.put("RED", red);
    lights.put("YELLOW", yellow);
    lights.put("GREEN", green);
    Double meanDays =
        verifiedWithTimes == 0
            ? null
            : verifySeconds
                .divide(BigDecimal.valueOf(verifiedWithTimes * 86_400L), 2, RoundingMode.HALF_UP)
                .doubleValue();
    return new TicketFigures(
        counted,
        timeBound,
        longTerm,
        verified,
        rate(verifiedTimeBound, timeBound),
        rate(onTime, verifiedTimeBound),
        extendedAndMet,
        overdue,
        dueSoon,
        stagnant,
        byStatus,
        lights,
        meanDays,
        new LongTermFigures(
            longTerm,
            longTermVerified,
            longTermOpen,
            longTermMaxDaysSinceProgress,
            longTermNeverReported));
  }

  /** A fraction 0..1 rounded to four places, or null when there is nothing to divide by. */
  static Double rate(long part, long whole) {
    if (whole <= 0) {
      return null;
    }
    return BigDecimal.valueOf(part)
        .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
        .doubleValue();
  }
}
