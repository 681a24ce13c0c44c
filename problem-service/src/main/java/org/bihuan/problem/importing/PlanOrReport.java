package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.OutlineParser.shorten;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.OutlineParser.Node;

/**
 * Whether a document is a rectification plan or a report, told by its title (docs/decisions/0427):
 * 整改方案, 整改清单, 整改台账, 整改任务 are plans, 自查报告, 自查自纠, 检查报告 reports; the genre word written last wins
 * (关于整改方案落实情况的报告 is a report). A plan's 二、整改措施 whose items name no problem but hold duty lines are
 * its problems' measures written as items of their own, read as problems of their own; a report's
 * are its next steps, proposed measures (0332). A title that says neither leaves it untold: the
 * items stay proposed measures and the dry run says so.
 */
final class PlanOrReport {

  /** The genre words of a title: a plan's or a report's. */
  private static final Pattern GENRE = Pattern.compile("(方案|清单|台账|任务|计划)|(报告|自查|自纠|总结|汇报)");

  enum Genre {
    PLAN,
    REPORT,
    UNTOLD
  }

  private PlanOrReport() {}

  /**
   * Lines that may stand above a title: an attachment's mark (附件1, 附件：), a document number
   * (〔2024〕5号, X发〔2024〕5号), a classification.
   */
  private static final Pattern ABOVE_TITLE =
      Pattern.compile(
          "附件[0-9０-９一二三四五六七八九十]*[：:]?|.{0,20}[〔\\[［(（][0-9０-９]{4}[〕\\]］)）][0-9０-９]+号|(?:密级|秘密|机密|内部)[^，。]{0,10}");

  /** A bracketed part of a title (（附整改任务清单）) tells nothing of its genre. */
  private static final Pattern BRACKETED = Pattern.compile("[（(【\\[〔][^）)】\\]〕]*[）)】\\]〕]");

  /** The genre of the document whose outline is {@code root}, by its title line(s). */
  static Genre of(Node root) {
    int at = 0;
    while (at < root.body.size()
        && at < 3
        && ABOVE_TITLE.matcher(bare(root.body.get(at))).matches()) {
      at++;
    }
    if (at >= root.body.size() || !ProblemText.isTitleLine(bare(root.body.get(at)))) {
      return Genre.UNTOLD;
    }
    String title = bare(root.body.get(at));
    if (root.body.size() > at + 1 && ProblemText.wrapsTitle(title, bare(root.body.get(at + 1)))) {
      title += bare(root.body.get(at + 1)); // 「…关于巡视反馈意见的整改」 / 「方案」 (0221)
    }
    Genre genre = Genre.UNTOLD;
    Matcher word = GENRE.matcher(BRACKETED.matcher(title).replaceAll(""));
    while (word.find()) {
      genre = word.group(1) != null ? Genre.PLAN : Genre.REPORT;
    }
    return genre;
  }

  /** A line without its spaces: 「整　改　方　案」 is 「整改方案」. */
  private static String bare(String line) {
    return line.replaceAll("[\\s\u3000]+", "");
  }

  /**
   * The warning for a measures section after the problems whose items name none of them and were
   * read as proposed measures with their duties where the title does not tell the genre.
   */
  static String untold(Node section) {
    return "Line "
        + section.number
        + ": the items of 「"
        + shorten(section.line)
        + "」 name none of the problems above and hold duty lines; they were read as proposed"
        + " measures, as a self-check report's next steps are — if the document is a plan (整改方案),"
        + " they are measures of problems: name each item's problem (针对“…”问题) or title the"
        + " document 整改方案, and import it again.";
  }
}
