package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfLayout.SAME_LINE;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.PdfColumnLines.Piece;
import org.bihuan.problem.importing.PdfLayout.Glyph;

/**
 * A group heading line (二、作风建设方面, （二）…) between a PDF table and its rest, drawn with rulings or
 * without and without a header of its own: the rest is a table of its own under the header of the
 * table above, its header row numbered 0 so that its rows keep the numbers the page shows, and the
 * heading stays a line of the text above it, which makes it the category of its problems as above
 * any table ({@link TableHeadings#headingPaths}) — as the headerless rest of a Word table under a
 * heading paragraph is read ({@link ContinuedTables}, docs/decisions/0273, 0278). Only a numbered
 * heading of the two top ranks that is a category by the rule of the headings above a table ({@link
 * TableHeadings#isCategoryHeading}).
 */
final class PdfGroupHeadings {

  private PdfGroupHeadings() {}

  /** Whether a line of text is a group heading. */
  static boolean isHeading(String line) {
    Numbering n = Numbering.of(line.strip());
    return n != null && TableHeadings.isCategoryHeading(n);
  }

  /**
   * Whether a line of a table drawn without rulings, cut at its {@code header}'s columns, is a
   * group heading: one piece of text starting left of the second column (a line of a cell starts in
   * its column), reading as a heading.
   */
  static boolean isHeadingLine(List<Piece> pieces, List<Piece> header) {
    return pieces.size() == 1
        && header.size() > 1
        && pieces.get(0).left() < header.get(1).left()
        && isHeading(pieces.get(0).text());
  }

  /** A table's rows with its header row (the first) numbered 0 and its other rows on from 1. */
  static List<Grid.Row> underHeader(List<Grid.Row> rows) {
    List<Grid.Row> out = new ArrayList<>();
    for (Grid.Row r : rows) {
      out.add(new Grid.Row(out.size(), r.cells()));
    }
    return out;
  }

  /**
   * Whether the last line of text above {@code top} ({@code sorted} by baseline, then x) is a group
   * heading: the heading at the top of a page above the headerless rest of the table the page
   * before ended with (under a running header, if any).
   */
  static boolean justAbove(List<Glyph> sorted, float top) {
    StringBuilder line = new StringBuilder();
    float y = Float.NaN;
    for (Glyph g : sorted) {
      if (g.y() >= top - SAME_LINE) {
        break;
      }
      if (g.text().isBlank()) {
        continue;
      }
      if (Float.isNaN(y) || g.y() - y > SAME_LINE) {
        line.setLength(0);
        y = g.y();
      }
      line.append(g.text());
    }
    return isHeading(line.toString());
  }

  /**
   * Whether the lines of text strictly between {@code top} and {@code bottom} ({@code sorted} by
   * baseline, then x) are group headings, one at least.
   */
  static boolean between(List<Glyph> sorted, float top, float bottom) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float y = Float.NaN;
    for (Glyph g : sorted) {
      if (g.y() >= bottom - SAME_LINE) {
        break;
      }
      if (g.y() <= top + SAME_LINE) {
        continue;
      }
      if (!Float.isNaN(y) && g.y() - y > SAME_LINE) {
        lines.add(line.toString());
        line.setLength(0);
      }
      y = line.isEmpty() ? g.y() : y;
      line.append(g.text());
    }
    lines.add(line.toString());
    lines.removeIf(String::isBlank);
    return !lines.isEmpty() && lines.stream().allMatch(PdfGroupHeadings::isHeading);
  }
}
