package org.bihuan.problem.importing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Section headings written without a number, on a line of their own: 存在的问题, 原因分析, 整改措施. Short lines
 * like these also occur as ordinary text, so they count as headings only when the document
 * evidently uses them as its sections: at least two of them of different kinds, or one while no
 * numbered heading (一、 or （一）) names a section. They then rank above 一、.
 */
final class BareHeadings {

  static final int RANK = -1;

  private static final Pattern PUNCTUATION = Pattern.compile("[。，,；;！!？?、（）()“”\"]");
  private static final Pattern DOCUMENT_TITLE = Pattern.compile("材料|方案|报告|发言|提纲|通知|清单|台账");

  /** 针对以下问题制定措施：introduces items; it is a sentence, not a section heading. */
  private static final Pattern INTRODUCTION = Pattern.compile("以下|如下|针对|制定|现将|逐项");

  /**
   * The sections of a plan that hold no problems and may close it; not 整改情况 or 完成情况, which a report
   * writes as a line under each problem. The stages' words (方法步骤及进度, 工作步骤和时限) are {@link
   * SectionKind#STAGE_WORDS}; a bare 整改步骤/时间安排 alone is a section by itself ({@link
   * SectionHeadingLines}).
   */
  private static final Pattern CLOSING_SECTION =
      Pattern.compile("保障|组织领导|指导思想|工作要求|总体要求|有关要求|基本原则|工作目标|整改目标|" + SectionKind.STAGE_WORDS);

  private static final Set<SectionKind> SECTIONS =
      EnumSet.of(SectionKind.PROBLEMS, SectionKind.CAUSES, SectionKind.MEASURES);

  private BareHeadings() {}

  /** Replaces the null numbering of each bare section heading with a rank {@link #RANK} one. */
  static void mark(List<String> lines, List<Numbering> numbering) {
    Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
    int candidates = 0;
    boolean numberedSections = false;
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      Numbering n = numbering.get(i);
      if (n != null) {
        numberedSections |=
            n.rank() <= Numbering.CHINESE_IN_PARENTHESES
                && SECTIONS.contains(SectionKind.of(OutlineParser.splitHead(n.text()).title()));
      } else {
        SectionKind kind = kind(lines.get(i));
        if (kind != null) {
          kinds.add(kind);
          candidates++;
        }
      }
    }
    if (!(kinds.size() >= 2 || (candidates >= 1 && !numberedSections))) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      if (numbering.get(i) == null
          && (kind(lines.get(i)) != null || closingSection(lines.get(i)))) {
        String heading = lines.get(i).replaceAll("[：:]$", "");
        numbering.set(i, new Numbering(RANK, 0, "", heading));
      }
    }
  }

  /**
   * 工作要求, 保障措施, 组织领导 written as bare as the document's other section headings: a section holding no
   * problems, not imported as 三、工作要求 is not (docs/decisions/0343). It counts as a heading only
   * where the document's bare headings are already evident, never by itself.
   */
  private static boolean closingSection(String line) {
    String heading = line.strip().replaceAll("[：:]$", "");
    return !heading.isEmpty()
        && heading.length() <= 10
        && !PUNCTUATION.matcher(heading).find()
        && !heading.contains("：")
        && !heading.contains(":")
        && SectionKind.holdsNoProblems(heading)
        && CLOSING_SECTION.matcher(heading).find();
  }

  private static SectionKind kind(String line) {
    if (line.length() > 20
        || PUNCTUATION.matcher(line).find()
        || DOCUMENT_TITLE.matcher(line).find()
        || INTRODUCTION.matcher(line).find()
        || !Labels.find(ProblemsAbove.labelledPart(line)).labels().isEmpty()) {
      // 以上问题整改措施： opens a measure shared by the problems above (0284, 0292), never a section
      return null;
    }
    String heading = line.replaceAll("[：:]$", "");
    if (heading.contains("：") || heading.contains(":")) {
      return null;
    }
    SectionKind kind = SectionKind.of(heading);
    return SECTIONS.contains(kind) ? kind : null;
  }
}
