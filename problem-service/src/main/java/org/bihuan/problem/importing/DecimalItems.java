package org.bihuan.problem.importing;

import java.util.List;

/**
 * Decimal numbers under a heading and no whole number: （一）预算管理方面 / 1.1 预算编制不细化。 / 1.2 … (or 1.1预算…
 * with the text at once). Ranked by their depth alone, 1.1 would stand beside （一）, and the heading
 * would swallow its items; they are the items of the heading they follow, one rank below it
 * (docs/decisions/0281).
 */
final class DecimalItems {

  private DecimalItems() {}

  /** Moves each of the decimal numbers {@code kept} below the nearest heading before it. */
  static void belowHeadings(List<Numbering> numbering, List<Integer> kept) {
    int next = 0;
    Numbering heading = null;
    for (int i = 0; i < numbering.size() && next < kept.size(); i++) {
      ReadingTime.check();
      Numbering n = numbering.get(i);
      if (i == kept.get(next)) {
        next++;
        if (heading != null && n.rank() <= heading.rank() && heading.rank() < Numbering.CIRCLED) {
          numbering.set(i, new Numbering(heading.rank() + 1, n.number(), n.marker(), n.text()));
        }
      } else if (n != null && Numbering.decimalDepth(n) == 0) {
        heading = n;
      }
    }
  }
}
