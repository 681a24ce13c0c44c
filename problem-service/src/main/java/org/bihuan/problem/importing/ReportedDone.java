package org.bihuan.problem.importing;

import java.util.regex.Pattern;

/**
 * Whether what a document says of a measure (a 整改进展/完成情况 cell, a 整改进展：… line) reports it done: 已完成,
 * 已整改, 已销号, √, 完成率100% … but not 未完成, 正在推进, 基本完成, 已完成部分整改, 大部分已完成, 完成率70%. Only a hint for the
 * person importing (ParsedMeasure.StatusHint), never a verification.
 */
final class ReportedDone {

  private static final Pattern DONE =
      Pattern.compile(
          "已完成|已整改|完成整改|整改完成|已办结|已销号|已落实|全部完成|^完成$|^是$|^√$|^✓$|^✔$"
              // 完成率100% / 完成率 100％: all of it (0347)
              + "|完成率\\s*[:：]?\\s*100(?:\\.0+)?\\s*[%％]");
  private static final Pattern NOT_DONE =
      Pattern.compile(
          "未完成|未整改|尚未|正在|推进中|持续|逐步|未销号|部分完成|基本完成|^否$"
              // 已完成80% / 已完成2个（项）: part of it
              + "|已完成\\s*\\d{1,2}(?:\\.\\d+)?\\s*[%％]|已完成\\s*\\d+\\s*[个项件条处家]"
              // 已完成部分整改 / 大部分已完成 / 基本整改 / 初步完成 / 完成率70%: part of it, not done
              + "|(?:完成|整改|落实|办结)了?(?:大|一)?部分|(?:大|一)?部分(?:已经?)?(?:完成|整改|落实|办结)"
              + "|基本|初步|阶段性|大体|(?<![\\d.])\\d{1,2}(?:\\.\\d+)?\\s*[%％]");

  private ReportedDone() {}

  static boolean says(String text) {
    return DONE.matcher(text).find() && !NOT_DONE.matcher(text).find();
  }

  /** The warning a measure reported done gets in the dry run. */
  static String warning(String measureNamed) {
    return measureNamed
        + ": the document reports it done; it is imported as not yet verified (its evidence"
        + " still has to be checked).";
  }
}
