package org.bihuan.problem.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * A measure with its responsibility and time limit, as a rectification plan lists it under one
 * problem. {@code timing} is IMMEDIATE (立行立改), DEADLINE or LONG_TERM (长期坚持); {@code deadline} is
 * null for LONG_TERM, and may be null for IMMEDIATE (the rectification service applies its
 * default). A measure done by a date and then kept up (1.2024年6月底前；2.长期坚持) is two of these, one
 * each stage ({@link KeptUpStages}, docs/decisions/0330).
 *
 * <p>{@code coResponsibleUnits} are the units of a 配合单位 column or label, which help the responsible
 * units but do not answer for the measure (docs/decisions/0045, 0108). {@code progress} is what a
 * 整改进展/完成情况 column or 整改进展：… line says, the measure's first progress note; {@code statusHint} is
 * REPORTED_DONE when the document says the measure is done (已完成/已整改) — a hint for the person
 * importing, never a verification.
 */
public record ParsedMeasure(
    String measure,
    List<String> responsibleUnits,
    List<String> coResponsibleUnits,
    String leaderInCharge,
    String responsiblePerson,
    Timing timing,
    LocalDate deadline,
    String progress,
    StatusHint statusHint) {

  public enum Timing {
    IMMEDIATE,
    DEADLINE,
    LONG_TERM
  }

  /** What the document itself claims about a measure's state. */
  public enum StatusHint {
    REPORTED_DONE
  }
}
