package org.bihuan.problem.importing;

import java.util.List;

/**
 * Items numbered in Roman numerals (Ⅰ. Ⅱ. Ⅲ.) under an arabic item: 3.合同管理方面 / Ⅰ.合同台账信息不完整。 / 4.….
 * Ⅰ、 ranks as 1. does ({@link Numbering}), so without this it would stand beside 3. as an item of
 * its own and leave 3. empty. A run of Roman-numbered lines beginning with Ⅰ right after an item
 * numbered 1. 2. 3. is a level below it: its lines take the rank of （1）, up to the next line
 * numbered at the rank of 1. or above in another style (docs/decisions/0343). Roman items that open
 * a list, or follow 一、 or （一）, keep the rank of 1.
 */
final class RomanPoints {

  private RomanPoints() {}

  /** Moves each such run of Roman-numbered lines one level below the item above it. */
  static void mark(List<Numbering> numbering) {
    Numbering above = null; // the last numbered line outside a Roman run
    boolean inRun = false;
    for (int i = 0; i < numbering.size(); i++) {
      ReadingTime.check();
      Numbering n = numbering.get(i);
      if (n == null) {
        continue;
      }
      if (roman(n)) {
        if (!inRun) {
          inRun =
              n.number() == 1 && above != null && above.rank() == Numbering.ARABIC && !roman(above);
        }
        if (inRun) {
          numbering.set(
              i, new Numbering(Numbering.ARABIC_IN_PARENTHESES, n.number(), n.marker(), n.text()));
        }
        continue;
      }
      if (n.rank() <= Numbering.ARABIC) {
        inRun = false;
      }
      above = n;
    }
  }

  private static boolean roman(Numbering n) {
    char first = n.marker().isEmpty() ? ' ' : n.marker().charAt(0);
    return n.rank() == Numbering.ARABIC && first >= '\u2160' && first <= '\u216B';
  }
}
