package org.bihuan.problem.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit in stages whose later stage names no year: 2024年9月30日完成阶段性任务，年底前全面完成 /
 * 2024年9月底前完成排查，12月底前完成整改. The later stage is in the year the earlier one names (2024年底前,
 * 2024年12月底前), so the time limit names two dates and the latest, the day the measure is fully done,
 * is its deadline, with a note naming both (docs/decisions/0343). A year is carried only forward,
 * from a date written before the yearless one in the same time limit; a time limit with no year is
 * left to the document's year ({@link DeadlineText#read(String, Integer)}).
 */
final class YearCarriedOn {

  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

  private YearCarriedOn() {}

  /** {@code text} with each yearless month or year's end after a year given that year. */
  static String of(String text) {
    if (!YEAR.matcher(text).find()) {
      return text;
    }
    return carried(carried(text, DeadlineText.YEARLESS_MONTH), DeadlineText.YEARLESS_PART);
  }

  /** Each place {@code yearless} finds in {@code text} given the last year written before it. */
  private static String carried(String text, Pattern yearless) {
    Matcher at = yearless.matcher(text);
    Matcher year = YEAR.matcher(text);
    StringBuilder out = new StringBuilder();
    int from = 0;
    String last = null;
    int seen = 0; // the years before {@code seen} are read
    while (at.find()) {
      while (year.find(seen) && year.end() <= at.start()) {
        last = year.group(1);
        seen = year.end();
      }
      // 2025年 6月: the year's own month, spaced or wrapped from it, needs none
      if (last != null && !text.substring(seen, at.start()).isBlank()) {
        out.append(text, from, at.start()).append(last).append('年');
        from = at.start();
      }
    }
    return out.append(text.substring(from)).toString();
  }
}
