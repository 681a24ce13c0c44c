package org.bihuan.problem.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a time limit is spelled before {@link DeadlineText} reads it: dates in Chinese numerals
 * (二〇二四年九月三十日 → 2024年9月30日), two-digit years (24年10月底 → 2024年10月底) and ranges whose end leaves out
 * the year (2024年6月-12月 → 2024年6月-2024年12月) are rewritten into the form the date patterns read.
 */
final class DateSpelling {

  /** 24年9月30日, 24年底: a year of two digits, read as 2024. */
  private static final Pattern TWO_DIGIT_YEAR =
      Pattern.compile("(?<![0-9０-９.．])(?<y>[0-9]{2})(?=\\s*年)");

  /** 24.10.31, 24/10/31, 24-10-31: a date with a year of two digits, read as 2024. */
  private static final Pattern TWO_DIGIT_YEAR_DATE =
      Pattern.compile(
          "(?<![0-9０-９.．/-])(?<y>[0-9]{2})(?=(?<s>[.．/-])(?:0?[1-9]|1[0-2])\\k<s>"
              + "(?:0?[1-9]|[12][0-9]|3[01])(?![0-9.．/-]))");

  /**
   * A date written with a two-digit year, as a document's dates are counted for its year ({@link
   * DeadlineText#documentYear}): 24年10月底, 24年9月30日, 24年底, 24.10.31 — its year of this century. A
   * span (近10年, 满5年以上) names no date and is not one.
   */
  static final Pattern TWO_DIGIT_YEAR_OF_A_DATE =
      Pattern.compile(
          "(?<![0-9０-９.．/-])(?<y>[0-9]{2})"
              + "(?:\\s*年\\s*(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月|底|末|[上下]半年|第?[一二三四1-4]季度)"
              + "|(?=(?<s>[.．/-])(?:0?[1-9]|1[0-2])\\k<s>(?:0?[1-9]|[12][0-9]|3[01])(?![0-9.．/-])))");

  /** The text with each two-digit year written in four digits (24年10月 → 2024年10月), or null. */
  static String withFullYears(String text) {
    String out = TWO_DIGIT_YEAR_DATE.matcher(text).replaceAll("20${y}");
    out = TWO_DIGIT_YEAR.matcher(out).replaceAll("20${y}");
    return out.equals(text) ? null : out;
  }

  /**
   * A date with its year in Chinese numerals (二〇二四年, 二零二四年) or Arabic, and optionally a month and a
   * day in Chinese numerals (九月, 十二月, 三十日).
   */
  private static final Pattern CHINESE_DATE =
      Pattern.compile(
          "(?<y>[〇零○Ｏ一二三四五六七八九]{4}|\\d{4})\\s*年\\s*"
              + "(?:(?<m>[一二三四五六七八九十]{1,3}|\\d{1,2})\\s*月"
              + "(?:\\s*(?<d>[一二三四五六七八九十]{1,3})\\s*(?<unit>[日号]))?)?");

  private static final String DIGITS = "〇一二三四五六七八九";

  private DateSpelling() {}

  /** 二〇二四年九月三十日 → 2024年9月30日; text without Chinese-numeral dates is returned as it is. */
  static String arabicDates(String text) {
    Matcher m = CHINESE_DATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String year = m.group("y");
      String month = m.group("m");
      String day = m.group("d");
      boolean chinese =
          !Character.isDigit(year.charAt(0))
              || (month != null && !Character.isDigit(month.charAt(0)))
              || day != null;
      if (!chinese) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      StringBuilder date = new StringBuilder();
      for (char c : year.toCharArray()) {
        date.append(Character.isDigit(c) ? c : (char) ('0' + digit(c)));
      }
      date.append('年');
      if (month != null) {
        date.append(Character.isDigit(month.charAt(0)) ? month : chineseNumber(month)).append('月');
      }
      if (day != null) {
        date.append(chineseNumber(day)).append(m.group("unit"));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(date.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static int digit(char c) {
    return c == '零' || c == '○' || c == 'Ｏ' ? 0 : DIGITS.indexOf(c);
  }

  /** 九 → 9, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31. */
  private static int chineseNumber(String text) {
    int ten = text.indexOf('十');
    if (ten < 0) {
      return digit(text.charAt(0));
    }
    int tens = ten == 0 ? 1 : digit(text.charAt(0));
    int ones = ten == text.length() - 1 ? 0 : digit(text.charAt(ten + 1));
    return tens * 10 + ones;
  }

  /**
   * A range whose end leaves out the year (2024年6月-12月, 2024年6-12月, 2024年6月1日至12月31日): the end is
   * given the start's year, so that the range's end, its latest date, is the deadline (0177).
   */
  private static final Pattern RANGE_END_WITHOUT_YEAR =
      Pattern.compile(
          "(?<y>\\d{4})\\s*年\\s*(?<start>\\d{1,2}\\s*月?(?:\\s*\\d{1,2}\\s*[日号])?)\\s*"
              + "(?<to>[-—–~～至到])\\s*(?<end>\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?)");

  static String withRangeYears(String text) {
    Matcher m = RANGE_END_WITHOUT_YEAR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String start = m.group("start").strip();
      if (!start.contains("月")) {
        start = start + "月";
      }
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              m.group("y") + "年" + start + m.group("to") + m.group("y") + "年" + m.group("end")));
    }
    m.appendTail(out);
    return out.toString();
  }
}
