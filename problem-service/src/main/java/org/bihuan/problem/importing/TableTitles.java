package org.bihuan.problem.importing;

import java.util.regex.Pattern;

/**
 * A table's own title written in a row of it — 附件2：专项整治问题清单, 附表1 整改台账, 巡察反馈问题整改清单 — merged across
 * the table or alone in its first row (docs/decisions/0276). It names the list, not a group of its
 * problems: it is no category, and it ends the groups above it, so the problems below it do not
 * inherit the category of the rows (or the table) before it.
 */
final class TableTitles {

  /** 附件2：, 附件二, 附表1, 附件: an annex's label at the start. */
  private static final Pattern ANNEX =
      Pattern.compile("^附[件表]\\s*[0-9０-９一二三四五六七八九十]*\\s*[：:、.．\\s]?");

  /** The kind of list a title names, at its end: 清单, 台账, 一览表, 汇总表, 明细表, 问题表. */
  private static final Pattern LIST_KIND =
      Pattern.compile("(?:清单|台账|一览表|汇总表|明细表|问题表|任务表|登记表|统计表)$");

  private TableTitles() {}

  /** Whether a group row's one text is the title of the table rather than a group heading. */
  static boolean isTitle(String text) {
    String t = text.strip();
    if (t.isEmpty()
        || TableHeaders.HEADING_STOPS.matcher(t.replaceFirst("^附[件表][^：:]{0,4}[：:]", "")).find()) {
      return false;
    }
    return (ANNEX.matcher(t).lookingAt() && t.length() > 2 && t.length() <= 40)
        || (LIST_KIND.matcher(t).find() && t.length() <= 40 && Numbering.of(t) == null);
  }
}
