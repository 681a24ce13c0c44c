package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A problem's title that a wrap broke over two lines without punctuation at the break
 * (1.建筑工地扬尘治理措施落实 / 不到位，部分工地未按要求覆盖。, or 1.建筑工地扬尘治理措施 / 落实不到位 as the problem's only text line): one
 * title, never a title and a fragment of a description (docs/decisions/0366). A line that is a
 * label's name alone (整改措施) is no part of the title.
 */
final class BrokenTitles {

  /** What a group's or an area's title ends with (理论学习方面, …领域, 存在的问题, 表现为：). */
  private static final Pattern TITLE_CLOSED = Pattern.compile("(?:方面|领域|问题|[：:])$");

  /** A predicate that cannot open a sentence of its own: 不到位, 未按要求, 没有, 不够. */
  private static final Pattern PREDICATE_OPENING = Pattern.compile("^(?:不|未|没有)");

  private BrokenTitles() {}

  /**
   * How many of {@code body}'s first lines go on with {@code heading}, a title line: the next line
   * when it opens with a predicate (不到位…), or the only text line when it is a title line too.
   */
  static int continuing(String heading, List<String> body) {
    String h = heading.strip();
    if (body.isEmpty()
        || !ProblemText.isTitleLine(h)
        || TITLE_CLOSED.matcher(h).find()
        || Numbering.of(body.get(0).strip()) != null) {
      return 0;
    }
    String next = body.get(0).strip();
    if (PREDICATE_OPENING.matcher(next).find()) {
      return 1;
    }
    // a label's name on its own (整改措施, 整改进展) heads what follows it, never a title's end
    return body.size() == 1 && ProblemText.isTitleLine(next) && !labelNameAlone(next) ? 1 : 0;
  }

  /**
   * Whether {@code line} is a label's name and nothing else (整改措施, 整改进展), written without a colon.
   */
  private static boolean labelNameAlone(String line) {
    String text = TextNoise.clean(line);
    if (!Labels.of(text).isEmpty()) {
      return true; // written with its colon (整改措施：)
    }
    return MeasureHeadLines.isHead(text); // 整改措施 without its colon
  }
}
