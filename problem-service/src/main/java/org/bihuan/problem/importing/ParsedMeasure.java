package org.bihuan.problem.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * A measure with its responsibility and time limit, as a rectification plan lists it under one
 * problem. {@code timing} is IMMEDIATE (立行立改), DEADLINE or LONG_TERM (长期坚持); {@code deadline} is
 * null for LONG_TERM and may be null for IMMEDIATE (the rectification service applies its default).
 */
public record ParsedMeasure(
    String measure,
    List<String> responsibleUnits,
    String leaderInCharge,
    String responsiblePerson,
    Timing timing,
    LocalDate deadline) {

  public enum Timing {
    IMMEDIATE,
    DEADLINE,
    LONG_TERM
  }
}
