package org.bihuan.problem.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a time limit says in brackets of the measure's progress: 2024年9月30日（已完成）, 2024年8月31日前(正在推进).
 * The bracket is the measure's progress note, as a 完成情况 cell or a 整改进展 line would be, so that a
 * measure reported done gets its status hint and its warning, and nothing is lost without a word;
 * the date still reads as the time limit (docs/decisions/0342).
 *
 * <p>A time limit cell holding nothing but such words (已完成, 已整改) is the measure's progress note
 * too, with its status hint (0369); it names no date, and the dry run says so as for any cell
 * without one.
 *
 * <p>Only a bracket that holds nothing but such words counts: （暂定）, （含）, （工作日） and any other
 * bracket stay the time limit's own.
 */
final class StatusInTimeLimits {

  private static final Pattern BRACKET =
      Pattern.compile("[（(【\\[]\\s*([^（）()【】\\[\\]]{2,12}?)\\s*[）)】\\]]");

  /** Progress that is not done yet, written alone in the bracket. */
  private static final Pattern UNDER_WAY =
      Pattern.compile(
          "^(?:未完成|未整改|尚未完成|正在推进|正在整改|推进中|整改中|持续推进|部分完成|基本完成"
              + "|完成率\\s*\\d{1,2}(?:\\.\\d+)?\\s*[%％])$");

  /** The longest progress written alone in a time limit's cell (已完成, 已整改到位). */
  private static final int WHOLE_CELL = 8;

  private StatusInTimeLimits() {}

  /** The progress a time limit's bracket says; null when it says none. */
  static String said(String timeLimit) {
    if (timeLimit == null) {
      return null;
    }
    // 已完成 alone in the 整改时限 cell: the progress the cell gives in place of a date (0369)
    String whole = timeLimit.strip().replaceAll("[。.]$", "");
    if (whole.length() <= WHOLE_CELL
        && !whole.matches(".*\\d.*")
        && (ReportedDone.says(whole) || UNDER_WAY.matcher(whole).matches())) {
      return whole;
    }
    Matcher m = BRACKET.matcher(timeLimit);
    while (m.find()) {
      String inside = m.group(1).strip();
      if (ReportedDone.says(inside) || UNDER_WAY.matcher(inside).matches()) {
        return inside;
      }
    }
    return null;
  }
}
