package org.bihuan.problem.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF cell's line that begins the next numbered item of the cell (1.理论学习不深入； / 2.学习制度执行不严格；)
 * after a line the author ended short of the cell's room ({@link PdfCellLines#endsShort}): the
 * items were paragraphs of their own in the Word cell and stay lines of their own, so that a 问题
 * cell gives its first problem as the title, not the three run together, as the .docx does. A line
 * the column wrapped (the line above full) runs on, whatever it begins with; so does a number that
 * does not follow the item above (2024年 / 3.5万元) (docs/decisions/0341).
 */
final class PdfNumberedLines {

  private PdfNumberedLines() {}

  /** An item's number: 1. 1、 1． (1) （1） 1） — its style and its value. */
  private static final Pattern NUMBER = Pattern.compile("^\\s*([（(]?)(\\d{1,2})([.、．)）])(?!\\d)");

  /**
   * Whether {@code line}, after a line of {@code cell} that ended short, begins the item numbered
   * one after the item the cell's last line begins, in the same style.
   */
  static boolean nextItem(CharSequence cell, String line) {
    String text = cell.toString();
    String last = text.substring(text.lastIndexOf('\n') + 1);
    Matcher above = NUMBER.matcher(last);
    Matcher below = NUMBER.matcher(line);
    if (!above.find() || !below.find()) {
      return false;
    }
    boolean sameStyle =
        above.group(1).isEmpty() == below.group(1).isEmpty()
            && above.group(3).equals(below.group(3));
    return sameStyle && Integer.parseInt(below.group(2)) == Integer.parseInt(above.group(2)) + 1;
  }
}
