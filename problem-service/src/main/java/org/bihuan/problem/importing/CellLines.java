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

  /** Whether {@code line} continues the sentence {@code previous} left unfinished on its line. */
  private static boolean wraps(String previous, String line) {
    return !previous.isEmpty()
        && !line.isEmpty()
        && !ProblemText.endsWithStop(previous)
        && Numbering.of(line) == null
        && Labels.of(line).isEmpty();
  }
}
