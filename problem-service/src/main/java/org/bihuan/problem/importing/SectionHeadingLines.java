package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section headings numbered otherwise than 一、: read as the document's sections ({@link
 * BareHeadings#RANK}), above every group and item, whatever their numbers (docs/decisions/0375).
 *
 * <ul>
 *   <li>A part or a chapter (第三部分 保障措施, 第四章 组织保障, 第一部分 存在的问题) whose words name a kind of section:
 *       第…部分 and 第…章 are never a problem's number, so such a line ends the section before it — its
 *       text is never part of a problem — and its own words are the heading.
 *   <li>An item's number before words that name the section only (1、存在问题及整改措施, 1.问题及整改要求, 1、整改任务)
 *       where the next numbered line starts a list of another style (（1）…方面) and no 一、 or （一）
 *       stands above it: the line heads the groups under it, as 一、存在的问题 does; the later lines
 *       numbered in its style whose words name a section without problems or the causes (2、保障措施,
 *       3、工作要求, 2、原因分析) are sections too.
 *   <li>A line that names the stages of the work and nothing else ({@link SectionKind#namesStages}:
 *       三、整改步骤, 工作步骤, 实施步骤, 时间安排, 进度安排; never 时间节点：, a label, nor a line ending in a colon),
 *       numbered as a heading, as an item with no 一、 or （一） above it, or bare: its stages
 *       (（一）动员部署阶段（2024年3月1日—3月15日）…) are no problems, whether the line's number follows the
 *       problems' own (一、… 二、… 三、整改步骤) or a bare line stands after them, so the line ends the
 *       problems as a section holding none; the later lines numbered in its style that name a
 *       section are sections too (docs/decisions/0382).
 * </ul>
 */
final class SectionHeadingLines {

  /** 第三部分 / 第四章 / 第二篇 and the words after it. */
  private static final Pattern PART =
      Pattern.compile("^第\\s*[一二三四五六七八九十\\d]{1,3}\\s*(?:部分|章|篇)[\\s、：:.．]*(\\S.*)$");

  /** What no heading holds: a sentence's end or a comma. */
  private static final Pattern SENTENCE = Pattern.compile("[。！？!?，,；;]");

  private SectionHeadingLines() {}

  /** Replaces the numbering of each such line with a section heading's. */
  static void mark(List<String> lines, List<Numbering> numbering) {
    String sectionStyle = null;
    // an item numbered line under 一、 or （一） is that heading's, never the document's section
    boolean underHeading = false;
    String stagesStyle = null;
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      Numbering n = numbering.get(i);
      if (n == null) {
        String part = partWords(lines.get(i));
        if (part != null || SectionKind.namesStages(lines.get(i))) {
          numbering.set(i, heading(part != null ? part : lines.get(i)));
          underHeading = true;
        }
        continue;
      }
      if ((SectionKind.namesStages(n.text()) && atSectionRank(n, underHeading))
          || (MixedNumbering.style(n).equals(stagesStyle) && named(n.text()) != null)) {
        numbering.set(i, heading(n.text()));
        stagesStyle = MixedNumbering.style(n);
        underHeading = true;
        continue;
      }
      if (n.rank() < Numbering.ARABIC || n.rank() == Numbering.POINT) {
        underHeading = true;
        continue;
      }
      String style = MixedNumbering.style(n);
      SectionKind kind = named(n.text());
      boolean sectionOnly =
          (kind == SectionKind.PROBLEMS && SectionKind.kindOfProblem(words(n.text())) == null)
              || kind == SectionKind.MEASURES;
      if ((sectionOnly && !underHeading && opensListOfOtherStyle(numbering, i, style))
          || (style.equals(sectionStyle)
              && (kind == SectionKind.IGNORED || kind == SectionKind.CAUSES))) {
        numbering.set(i, heading(n.text()));
        sectionStyle = style;
      }
    }
  }

  /**
   * Whether a numbered line naming the stages stands where a section heading does: numbered as a
   * heading (三、, （三）), or as an item (3.) with no 一、 or （一） above it — never an item of a problem.
   */
  private static boolean atSectionRank(Numbering n, boolean underHeading) {
    return n.rank() < Numbering.ARABIC || (n.rank() != Numbering.POINT && !underHeading);
  }

  /** Whether {@code line} is a part or chapter heading naming a kind of section (第三章 组织保障). */
  static boolean isPart(String line) {
    return partWords(line) != null;
  }

  /** The words of a part or chapter heading that names a kind of section; null for other lines. */
  private static String partWords(String line) {
    Matcher m = PART.matcher(line.strip());
    return m.matches() && named(m.group(1)) != null ? m.group(1) : null;
  }

  /** The kind of section {@code text} names, null where it is no heading or names none. */
  private static SectionKind named(String text) {
    String words = words(text);
    if (words.isEmpty() || words.length() > 20 || SENTENCE.matcher(words).find()) {
      return null;
    }
    SectionKind kind = SectionKind.of(words);
    return kind == SectionKind.UNKNOWN ? null : kind;
  }

  private static String words(String text) {
    return text.strip().replaceAll("[：:]$", "").strip();
  }

  private static Numbering heading(String text) {
    return new Numbering(BareHeadings.RANK, 0, "", words(text));
  }

  /** Whether the next numbered line after {@code i} is a 1 of a style other than {@code style}. */
  private static boolean opensListOfOtherStyle(List<Numbering> numbering, int i, String style) {
    for (int j = i + 1; j < numbering.size(); j++) {
      Numbering next = numbering.get(j);
      if (next != null) {
        return next.number() == 1
            && next.rank() != BareHeadings.RANK
            && !MixedNumbering.style(next).equals(style);
      }
    }
    return false;
  }
}
