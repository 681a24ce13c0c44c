package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * An item's number alone on its line, its text on the next (「1.」 then 「理论学习不深入…」, 「一是」 then
 * 「资金拨付不及时」): one numbered line, joined before the outline is read, keeping the number's line
 * (docs/decisions/0371, 0372). Before, the number stood alone and the line after it was no item's,
 * so a measure under it became the problem's title. A number alone is a line whose {@link
 * Numbering} has no text. A point's number (一是, 其一，) always takes the next line; any other takes it
 * only when it has no number, no label and is no part heading (第三章 组织保障) of its own.
 */
final class BareItemNumbers {

  private BareItemNumbers() {}

  static List<TextNoise.SourceLine> join(List<TextNoise.SourceLine> lines) {
    List<TextNoise.SourceLine> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      TextNoise.SourceLine line = lines.get(i);
      String number = line.text().strip();
      Numbering bare = Numbering.of(number);
      if (bare != null && bare.text().isBlank() && i + 1 < lines.size()) {
        String next = lines.get(i + 1).text().strip();
        if (takes(bare, number, next)) {
          out.add(new TextNoise.SourceLine(number + next, line.number()));
          i++;
          continue;
        }
      }
      out.add(line);
    }
    return out;
  }

  /**
   * Whether the number {@code bare} alone on its line ({@code number}) takes {@code next} as its
   * text: a point's number (一是) any line; another number a line without a number or a label of its
   * own, the two then read as one numbered line.
   */
  private static boolean takes(Numbering bare, String number, String next) {
    if (next.isEmpty()) {
      return false;
    }
    if (bare.rank() == Numbering.POINT) {
      return true;
    }
    return Numbering.of(next) == null
        && Labels.of(next).isEmpty()
        && !SectionHeadingLines.isPart(next) // 4. / 第三章 组织保障: the number is empty (0375)
        && Numbering.of(number + next) != null;
  }
}
