package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Things counted within a sentence and wrapped to a line's start: 「…大队对所属中队进行抽查」 /
 * 「（1）中队、（2）中队未建立台账…」. The line opens with a bracketed number as a sub-item does, but the next
 * bracketed number follows on the same line right after a few words and 、 (or 和, 及, 与, ，): the
 * numbers name things of one sentence. Where the line above is an item's text that does not close
 * its sentence, the line goes on with it, and the item is not split. A line with one bracketed
 * number, or after a line that closes its sentence or introduces points (…：), stays an item
 * (docs/decisions/0375).
 */
final class InlineEnumerations {

  /** （1）中队、（2）…: a bracketed number, up to 12 words, a joining mark and the next number. */
  private static final Pattern PAIR =
      Pattern.compile(
          "^[（(]\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*[）)]"
              + "[^（()）、，,。；;：:]{1,12}[、，,和及与]\\s*[（(]\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*[）)]");

  private InlineEnumerations() {}

  /** Takes the numbering off such lines; returns their indexes, in order. */
  static List<Integer> mark(List<String> lines, List<Numbering> numbering) {
    List<Integer> marked = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      Numbering n = numbering.get(i);
      if (n == null
          || (n.rank() != Numbering.CHINESE_IN_PARENTHESES
              && n.rank() != Numbering.ARABIC_IN_PARENTHESES)
          || !countsOn(lines.get(i).strip())) {
        continue;
      }
      String before = SentenceEnds.textBefore(lines, numbering, i);
      if (before != null && SentenceEnds.textRunsOn(before) && insideItem(numbering, i)) {
        numbering.set(i, null);
        marked.add(i);
      }
    }
    return marked;
  }

  /** Whether {@code line} opens with two bracketed numbers in a row, the second the next number. */
  private static boolean countsOn(String line) {
    Matcher m = PAIR.matcher(line);
    return m.lookingAt() && number(m.group(2)) == number(m.group(1)) + 1;
  }

  private static int number(String digits) {
    return Character.isDigit(digits.charAt(0))
        ? Integer.parseInt(digits)
        : Numbering.chineseNumber(digits);
  }

  /** Whether the nearest numbered line above line {@code i} is an item (1. or deeper). */
  private static boolean insideItem(List<Numbering> numbering, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (numbering.get(j) != null) {
        return numbering.get(j).rank() >= Numbering.ARABIC;
      }
    }
    return false;
  }
}
