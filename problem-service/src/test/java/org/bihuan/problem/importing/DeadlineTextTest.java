package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.bihuan.problem.importing.ParsedMeasure.Timing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineTextTest {

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "2024年6月30日前|DEADLINE|2024-06-30",
        "20240930|DEADLINE|2024-09-30",
        "20241015前完成|DEADLINE|2024-10-15",
        "2024.09|DEADLINE|2024-09-30",
        "2024-11|DEADLINE|2024-11-30",
        "2024/9/30|DEADLINE|2024-09-30",
        "2024年6月30日|DEADLINE|2024-06-30",
        "2024年6月30号之前完成|DEADLINE|2024-06-30",
        "2024年9月底|DEADLINE|2024-09-30",
        "2024年9月底前|DEADLINE|2024-09-30",
        "2024年2月底|DEADLINE|2024-02-29",
        "2023年2月|DEADLINE|2023-02-28",
        "2024年4月|DEADLINE|2024-04-30",
        "2024年4月份|DEADLINE|2024-04-30",
        "2024年6月上旬|DEADLINE|2024-06-10",
        "2024年6月中旬|DEADLINE|2024-06-20",
        "2024年6月下旬|DEADLINE|2024-06-30",
        "2024-05-31|DEADLINE|2024-05-31",
        "2024.5.31|DEADLINE|2024-05-31",
        "2024/5/31|DEADLINE|2024-05-31",
        "２０２４年５月３１日|DEADLINE|2024-05-31",
        "2024 年 5 月 31 日前|DEADLINE|2024-05-31",
        "2024.6|DEADLINE|2024-06-30",
        "2024.10|DEADLINE|2024-10-31",
        "2024.1|DEADLINE|2024-01-31",
        "2024．10|DEADLINE|2024-10-31",
        "２０２４．１０|DEADLINE|2024-10-31",
        "2024.10底|DEADLINE|2024-10-31",
        "2024.10月底前|DEADLINE|2024-10-31",
        "2024.10.15|DEADLINE|2024-10-15",
        "2024．10．15前|DEADLINE|2024-10-15",
        "2024年底|DEADLINE|2024-12-31",
        "2024年年底前|DEADLINE|2024-12-31",
        "2024年末|DEADLINE|2024-12-31",
        "2024年内|DEADLINE|2024-12-31",
        "2024年上半年|DEADLINE|2024-06-30",
        "2024年第三季度|DEADLINE|2024-09-30",
        "2024年一季度末|DEADLINE|2024-03-31",
        "立行立改|IMMEDIATE|-",
        "立即整改|IMMEDIATE|-",
        "立行立改，2024年5月31日前完成|IMMEDIATE|2024-05-31",
        "长期坚持|LONG_TERM|-",
        "持续推进，常态化开展|LONG_TERM|-",
        "立行立改，长期坚持|IMMEDIATE|-",
        "2024年6月底前完成，长期坚持|DEADLINE|2024-06-30",
        "2024年6月底前初见成效，2024年12月底前全面完成|DEADLINE|2024-12-31",
        "二〇二四年九月三十日|DEADLINE|2024-09-30",
        "二〇二四年九月底|DEADLINE|2024-09-30",
        "二零二四年十二月三十一日前|DEADLINE|2024-12-31",
        "二〇二五年二月二十八号|DEADLINE|2025-02-28",
        "二〇二四年十月十日|DEADLINE|2024-10-10",
        "二〇二四年底|DEADLINE|2024-12-31",
        "二〇二四年一季度|DEADLINE|2024-03-31",
        "2024年十一月|DEADLINE|2024-11-30",
        "2024年6月二十日|DEADLINE|2024-06-20",
        "立行立改，二〇二四年五月三十一日前完成|IMMEDIATE|2024-05-31",
        "2024年6月-12月|DEADLINE|2024-12-31",
        "2024年6-12月|DEADLINE|2024-12-31",
        "2024年6月1日至12月15日|DEADLINE|2024-12-15",
        "2024年完成|DEADLINE|2024-12-31",
        "2024年度|DEADLINE|2024-12-31",
        "2024年内全面完成|DEADLINE|2024-12-31",
        "2024年至2025年|DEADLINE|2025-12-31",
        "2024年、2025年|DEADLINE|2025-12-31",
      })
  void timeLimitsAreRead(String text, Timing timing, LocalDate deadline) {
    DeadlineText.Reading reading = DeadlineText.read(text);
    assertEquals(timing, reading.timing(), text);
    assertEquals(deadline, reading.deadline(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"立行立改，长期坚持", "2024年6月底前完成，长期坚持", "2024年6月底前初见成效，2024年12月底前全面完成"})
  void combinationsCarryANoteSayingHowTheyWereRead(String text) {
    assertNotNull(DeadlineText.read(text).note(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"尽快完成", "6月底前", "下一步", "2024年13月", "2024年2月30日", " "})
  void anythingElseIsNotUnderstoodAndNoDateIsGuessed(String text) {
    DeadlineText.Reading reading = DeadlineText.read(text);
    assertNull(reading.timing(), text);
    assertNull(reading.deadline(), text);
    assertNotNull(reading.note(), text);
  }

  /** A holiday or a season of a year is not its 31 December, and no date is guessed (0273). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"2025年春节前", "2025年 春节前", "2025年国庆节前", "2025年暑假前完成", "2025年秋季学期开学前", "25年春节前"})
  void aHolidayOrSeasonOfAYearIsNoDateAndTheNoteSaysSo(String text) {
    DeadlineText.Reading reading = DeadlineText.read(text, 2025);
    assertNull(reading.timing(), text);
    assertNull(reading.deadline(), text);
    assertTrue(
        reading
            .note()
            .contains("names a time of the year (a holiday, a season) that is not a date"),
        reading.note());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "24年10月底, 2024-10-31",
    "24年9月30日前, 2024-09-30",
    "24.10.31, 2024-10-31",
    "24．10．31前完成, 2024-10-31",
    "24/9/30, 2024-09-30",
    "24年底, 2024-12-31",
    "25年上半年, 2025-06-30",
    "24年10月份, 2024-10-31"
  })
  void aTwoDigitYearIsAYearOfThisCenturyAndTheNoteSaysSo(String text, String deadline) {
    DeadlineText.Reading reading = DeadlineText.read(text);
    assertEquals(Timing.DEADLINE, reading.timing(), text);
    assertEquals(LocalDate.parse(deadline), reading.deadline(), text);
    assertEquals(
        "「" + text + "」 has a two-digit year, read as " + deadline.substring(0, 4), reading.note());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2024年10月, 2024-10-31", "2024.10.31, 2024-10-31", "20240930, 2024-09-30"})
  void aFourDigitYearIsNotTakenForATwoDigitOne(String text, String deadline) {
    DeadlineText.Reading reading = DeadlineText.read(text);
    assertEquals(LocalDate.parse(deadline), reading.deadline(), text);
    assertNull(reading.note(), text);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"10月份", "24.5", "完成率达到24.10%"})
  void aMonthWithoutAYearOrADecimalIsNoTwoDigitYear(String text) {
    assertNull(DeadlineText.read(text).deadline(), text);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"6月底前", "9月30日前完成", "九月底", "十二月三十一日前"})
  void aMonthWithoutAYearIsNotGuessedAndTheNoteSaysWhereTheYearGoes(String text) {
    DeadlineText.Reading reading = DeadlineText.read(text);
    assertNull(reading.timing(), text);
    assertNull(reading.deadline(), text);
    assertEquals(
        "「"
            + text
            + "」 has no year, and none is guessed; write the year into it (××××年"
            + text
            + ")",
        reading.note());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1024年6月30日", "0202年3月", "1899年12月31日", "1850年底", "1899-12-31"})
  void aDateOutsideTheSupportedDatesIsNeverADeadline(String text) {
    DeadlineText.Reading reading = DeadlineText.read(text);
    assertNull(reading.timing());
    assertNull(reading.deadline());
    assertNotNull(reading.note());
    assertEquals(true, reading.note().contains("1900-01-01 to 9999-12-31"), reading.note());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1900年1月1日", "9999年12月31日"})
  void theFirstAndLastSupportedDatesAreDeadlines(String text) {
    assertEquals(Timing.DEADLINE, DeadlineText.read(text).timing());
  }

  @ParameterizedTest(name = "{0} in 2024 → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10月份|2024-10-31",
        "10月底前|2024-10-31",
        "6月底前|2024-06-30",
        "九月底|2024-09-30",
        "9月30日前完成|2024-09-30",
        "年底前|2024-12-31",
        "今年底|2024-12-31",
        "上半年|2024-06-30",
        "十二月三十一日前|2024-12-31"
      })
  void aMonthOrTheYearsEndWithoutAYearIsReadInTheDocumentsYearWithANote(
      String text, String deadline) {
    DeadlineText.Reading reading = DeadlineText.read(text, 2024);
    assertEquals(Timing.DEADLINE, reading.timing(), text);
    assertEquals(LocalDate.parse(deadline), reading.deadline(), text);
    assertEquals(
        "「" + text + "」 has no year; it was read in the document's year, 2024 (" + deadline + ")",
        reading.note());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"半年内", "3个月内", "每月", "立行立改"})
  void aSpanOrNoMonthIsNotGivenTheDocumentsYear(String text) {
    assertEquals(DeadlineText.read(text), DeadlineText.read(text, 2024), text);
  }

  @org.junit.jupiter.api.Test
  void theDocumentsYearIsTheYearItsDatesNameMostOften() {
    assertEquals(2024, DeadlineText.documentYear("2023年巡察反馈\n整改时限：2024年6月30日\n2024年9月底\n10月份"));
    assertNull(DeadlineText.documentYear("整改时限：10月份\n年底前"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025年5月前|2025-04-30",
        "2025年5月以前|2025-04-30",
        "2025年5月之前|2025-04-30",
        "2025年5月前完成|2025-04-30",
        "2025年1月前|2024-12-31",
        "2025年5月底前|2025-05-31",
        "2025年5月底|2025-05-31",
        "2025年5月|2025-05-31",
        "2025年5月30日前|2025-05-30"
      })
  void aMonthFollowedByQianIsBeforeThatMonthAndItsEndIsNot(String text, String deadline) {
    DeadlineText.Reading reading = DeadlineText.read(text);
    assertEquals(Timing.DEADLINE, reading.timing(), text);
    assertEquals(LocalDate.parse(deadline), reading.deadline(), text);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {"6月以前|2025-05-31", "6月之前|2025-05-31", "6月前|2025-05-31", "6月底前|2025-06-30"})
  void aMonthWithoutAYearBeforeQianIsBeforeThatMonthOfTheDocumentsYear(
      String text, String deadline) {
    assertEquals(LocalDate.parse(deadline), DeadlineText.read(text, 2025).deadline(), text);
  }

  @org.junit.jupiter.api.Test
  void aMonthBeforeQianIsReadWithANoteQuotingTheTextAndTheDate() {
    DeadlineText.Reading reading = DeadlineText.read("2025年5月前完成");
    assertEquals(LocalDate.of(2025, 4, 30), reading.deadline());
    assertNotNull(reading.note());
    assertTrue(
        reading.note().contains("2025年5月前") && reading.note().contains("2025-04-30"),
        reading.note());
    DeadlineText.Reading yearless = DeadlineText.read("6月前", 2025);
    assertTrue(yearless.note().contains("2025-05-31"), yearless.note());
    assertNull(DeadlineText.read("2025年5月底前").note());
  }
}
