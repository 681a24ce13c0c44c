package org.bihuan.problem.importing;

import java.util.List;

/**
 * A table cell's text typed over several lines — two paragraphs of a Word cell, Alt+Enter in an
 * Excel cell — read as the text it wraps (docs/decisions/0369): a line that ends without a stop
 * (。；：！？ and the like, {@link ProblemText#endsWithStop}) runs on into the next, Chinese text
 * without a space and two Latin words with one (Microsoft / Teams is 「Microsoft Teams」). A line
 * that begins a numbered item (1. 2. （一） 一是) or a label (责任单位：) stays a line of its own, so
 * numbered points in a cell keep their meaning; so does a line after a stop, a paragraph the author
 * ended.
 *
 * <p>A problem cell's first line may head it instead (docs/decisions/0405, 0425): a short line
 * without a stop that reads as a heading (档案管理不规范, 文山会海问题仍然存在) over a sentence of detail
 * (部分档案缺页、漏签。) is the problem's title, never the start of one sentence with the detail.
 */
final class CellLines {

  private CellLines() {}

  /** The cell's text with its wrapped lines joined; other line breaks kept. */
  static String unwrapped(String cell) {
    if (cell == null || cell.indexOf('\n') < 0) {
      return cell;
    }
    return ProblemText.join(List.of(cell.split("\n", -1)), CellLines::wraps);
  }

  /**
   * A problem cell's text as {@link #unwrapped} reads it, its {@link #heading} kept on a line of
   * its own.
   */
  static String problemUnwrapped(String cell) {
    String heading = heading(cell);
    if (heading == null) {
      return unwrapped(cell);
    }
    String t = cell.strip();
    return heading + "\n" + unwrapped(t.substring(t.indexOf('\n') + 1).strip());
  }

  /**
   * The first line of a problem cell when it heads the cell: it would run on into the next line
   * ({@link #wraps}), but it reads as a heading over a sentence of detail ({@link
   * CellHeadings#heads}: short, ended by its author, the detail a sentence), and the lines under it
   * neither go on with it as a plan's broken title does ({@link BrokenTitles#continuing}: …措施落实 /
   * 不到位，… is one sentence) nor open with the end of a word the line break cut ({@link #endsAWord}:
   * …不到 / 位，…). {@code null} when the cell has no such line.
   */
  static String heading(String cell) {
    List<String> lines =
        cell == null ? List.of() : cell.strip().lines().map(String::strip).toList();
    if (lines.size() < 2) {
      return null; // one line, or one line and a line break the cell ends with
    }
    String first = lines.get(0);
    List<String> rest = lines.subList(1, lines.size());
    boolean heads =
        wraps(first, rest.get(0))
            && rest.stream().noneMatch(String::isEmpty)
            && CellHeadings.heads(first, rest)
            && BrokenTitles.continuing(first, rest) == 0
            && !endsAWord(rest.get(0));
    return heads ? first : null;
  }

  /**
   * Whether {@code line} opens with the end of a word the line above broke (Alt+Enter inside it:
   * …不到 / 位，…, …不够 / 深入，…): its first clause, before ，、；, or a stop, is two characters or fewer,
   * too short to be a sentence of detail.
   */
  private static boolean endsAWord(String line) {
    int end = 0;
    while (end < line.length() && "，、；,;。".indexOf(line.charAt(end)) < 0) {
      end++;
    }
    return line.substring(0, end).strip().length() <= 2;
  }

  /** Whether {@code line} continues the sentence {@code previous} left unfinished on its line. */
  private static boolean wraps(String previous, String line) {
    return !previous.isEmpty()
        && !line.isEmpty()
        && !ProblemText.endsWithStop(previous)
        && Numbering.of(line) == null
        && Labels.of(line).isEmpty();
  }
}
