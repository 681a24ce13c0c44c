package org.bihuan.problem.importing;

import java.util.List;

/**
 * The lines of a PDF a problem came from, its wrapped lines included. A PDF gives an item's
 * paragraph as the lines the page wrapped it into; {@link PdfWraps} joins them into the item's
 * first line and leaves the others blank, so that the outline reader tells the item by its first
 * line alone. The origin runs on over those blank lines: a point written over lines 4–6 is told by
 * lines 4–6, as the page shows it, not by line 4 (docs/decisions/0346).
 */
final class WrappedOrigins {

  private WrappedOrigins() {}

  /**
   * {@code lines} (first, last) with the last run on over the lines {@code continued} (in ascending
   * order) holds.
   */
  static List<Integer> over(List<Integer> lines, List<Integer> continued) {
    if (continued.isEmpty() || lines.size() != 2) {
      return lines;
    }
    int last = lines.get(1);
    while (java.util.Collections.binarySearch(continued, last + 1) >= 0) {
      last++;
    }
    return last == lines.get(1) ? lines : List.of(lines.get(0), last);
  }
}
