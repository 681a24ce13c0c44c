package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The document's year, in which a month without a year is read, counts the dates written with a
 * two-digit year as their year, and breaks a tie by the later year (docs/decisions/0309).
 */
class DocumentYearTest {

  @Test
  void aDateWithATwoDigitYearCountsForItsYear() {
    assertEquals(
        2024,
        DeadlineText.documentYear(
            "整改时限：2024年9月30日\n2024年12月底前\n24年10月底\n9月30日前\n2025年3月31日\n2025年3月底"));
    assertEquals(
        2024, DeadlineText.documentYear("24.10.31\n24年底\n2025年3月31日\n2024年6月30日\n2025年6月"));
  }

  @Test
  void aTieIsTheLaterYearAndSpansOfYearsAreNoDates() {
    // guards: the rule as 0220 set it, and 近10年以上 / 满5年 are no dates
    assertEquals(2025, DeadlineText.documentYear("2024年9月30日\n2025年3月31日\n10月底前"));
    assertEquals(2025, DeadlineText.documentYear("近10年以上\n任职满10年\n2025年3月底\n10月份"));
  }
}
