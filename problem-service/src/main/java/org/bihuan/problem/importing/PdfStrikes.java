package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.text.TextPosition;

/**
 * Struck-out text in a PDF: words with a thin horizontal line drawn through the middle of their
 * glyphs — a word deleted by hand in a signed document, or a deletion of a Word document exported
 * with its revisions shown. Such text is no longer what the document says, as Word's deleted
 * revisions (0193) are not, so its glyphs are left out of the page's text and the dry run names
 * them by page and line. A line under the glyphs (an underline, at or below the baseline) or above
 * them (a table's rule between rows) is not a strike: only a line whose height lies between a fifth
 * and four fifths of the glyph's height above its baseline, and that covers the glyph's centre,
 * strikes it. Struck glyphs are not written ({@link PdfText}); a line struck out whole is written
 * empty.
 */
final class PdfStrikes {

  /** The band of a glyph's height (from its baseline up, in font sizes) a strike line crosses. */
  private static final float LOWEST = 0.2f;

  private static final float HIGHEST = 0.8f;

  /** How far apart (points) two glyphs' baselines may be for them to stand on one line. */
  private static final float SAME_BASELINE = 1f;

  /** How many struck passages of a page are named: the rest are counted. */
  private static final int NAMED = 10;

  private PdfStrikes() {}

  /** A struck passage: its text and the page's text line (1-based) it stands on. */
  record Struck(int line, String text) {}

  /**
   * Adds the struck glyphs of {@code glyphs} (a page's, in reading order) to {@code out} and the
   * struck passages to {@code struck}; {@code lineBefore} is the number of text lines of the page
   * before these glyphs. Returns the number of text lines these glyphs stand on. The glyphs stay in
   * the list, so that a line struck out whole is still written, empty, and the page's lines keep
   * their numbers.
   */
  static int strike(
      List<TextPosition> glyphs,
      List<PdfLayout.Segment> strokes,
      int lineBefore,
      List<Struck> struck,
      Set<TextPosition> out) {
    int line = lineBefore;
    float baseline = Float.NaN;
    StringBuilder passage = new StringBuilder();
    int passageLine = 0;
    Iterator<TextPosition> it = glyphs.iterator();
    while (it.hasNext()) {
      TextPosition g = it.next();
      if (Float.isNaN(baseline) || Math.abs(g.getYDirAdj() - baseline) > SAME_BASELINE) {
        line++;
        baseline = g.getYDirAdj();
        passageLine = flush(passage, passageLine, struck);
      }
      if (!strokes.isEmpty() && struck(g, strokes)) {
        if (passage.length() == 0) {
          passageLine = line;
        }
        passage.append(g.getUnicode());
        out.add(g);
      } else if (g.getUnicode() != null && !g.getUnicode().isBlank()) {
        passageLine = flush(passage, passageLine, struck);
      }
    }
    flush(passage, passageLine, struck);
    return line - lineBefore;
  }

  private static int flush(StringBuilder passage, int line, List<Struck> struck) {
    String text = passage.toString().strip();
    if (!text.isEmpty()) {
      struck.add(new Struck(line, text));
    }
    passage.setLength(0);
    return 0;
  }

  /**
   * How many strokes at a glyph's height are looked at: a line has a few; a hostile page drawing
   * thousands of lines across one text line is not searched glyph by glyph through all of them.
   */
  private static final int LOOKED_AT = 64;

  /** Whether a stroke of {@code strokes} (sorted by height, {@link #byHeight}) strikes a glyph. */
  private static boolean struck(TextPosition g, List<PdfLayout.Segment> strokes) {
    float size = g.getFontSizeInPt() > 0 ? g.getFontSizeInPt() : g.getHeightDir();
    if (size <= 0) {
      return false;
    }
    float centre = g.getXDirAdj() + g.getWidthDirAdj() / 2;
    float top = g.getYDirAdj() - HIGHEST * size;
    float bottom = g.getYDirAdj() - LOWEST * size;
    int lo = 0;
    int hi = strokes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (strokes.get(mid).at() < top) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < strokes.size() && i < lo + LOOKED_AT; i++) {
      PdfLayout.Segment s = strokes.get(i);
      if (s.at() > bottom) {
        return false;
      }
      if (s.from() <= centre && s.to() >= centre) {
        return true;
      }
    }
    return false;
  }

  /**
   * A page's thin horizontal strokes, each list sorted by height as {@link #strike} expects them:
   * those that may strike text, and the cells' borders ({@link #border}) among them.
   */
  record Strokes(List<PdfLayout.Segment> strikes, List<PdfLayout.Segment> borders) {}

  /** The page's {@code strokes} told apart by the page's {@code rulings}. */
  static Strokes byHeight(List<PdfLayout.Segment> strokes, List<PdfLayout.Segment> rulings) {
    List<PdfLayout.Segment> verticals = new ArrayList<>();
    for (PdfLayout.Segment r : rulings) {
      if (!r.horizontal()) {
        verticals.add(r);
      }
    }
    verticals.sort(java.util.Comparator.comparingDouble(PdfLayout.Segment::at));
    List<PdfLayout.Segment> strikes = new ArrayList<>();
    List<PdfLayout.Segment> borders = new ArrayList<>();
    for (PdfLayout.Segment s : strokes) {
      (border(s, verticals) ? borders : strikes).add(s);
    }
    strikes.sort(java.util.Comparator.comparingDouble(PdfLayout.Segment::at));
    borders.sort(java.util.Comparator.comparingDouble(PdfLayout.Segment::at));
    return new Strokes(strikes, borders);
  }

  /**
   * How far (points) a border's end may stand from the vertical rule it meets: the width of the
   * lines drawn, not the room a cell leaves between its rule and its text.
   */
  private static final float MEETS = 1f;

  /**
   * Whether a horizontal stroke is a cell's border rather than a strike: it runs from one vertical
   * rule of the page to another, as a table's grid line between two rows does — the whole width of
   * a cell or of the table. A strike covers the struck words only, and a cell's text stands clear
   * of its rules; a grid line runs through text only where a row is lower than the text it holds (a
   * spreadsheet printed at the default row height, its wrapped text drawn over the rule).
   */
  private static boolean border(PdfLayout.Segment s, List<PdfLayout.Segment> verticals) {
    return meets(s.from(), s.at(), verticals) && meets(s.to(), s.at(), verticals);
  }

  /** Whether a vertical rule of {@code verticals} (sorted by x) passes by the point (x, y). */
  private static boolean meets(float x, float y, List<PdfLayout.Segment> verticals) {
    int lo = 0;
    int hi = verticals.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (verticals.get(mid).at() < x - MEETS) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < verticals.size() && i < lo + RULES_LOOKED_AT; i++) {
      PdfLayout.Segment v = verticals.get(i);
      if (v.at() > x + MEETS) {
        return false;
      }
      if (v.from() - MEETS <= y && y <= v.to() + MEETS) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many vertical rules near a stroke's end are looked at: a column's rule drawn a piece a row
   * is a few hundred pieces; a hostile page's thousands are not all searched for every stroke.
   */
  private static final int RULES_LOOKED_AT = 1024;

  /**
   * Refuses the PDF when a page's text is drawn over its table's grid lines ({@code overRules}: the
   * passages a cell's border runs through, {@link #strike} with {@link Strokes#borders}, by page):
   * a row lower than the text it holds — a spreadsheet printed at the default row height, its
   * wrapped cells spilling over the rows above and below. Which row each line of such a cell's text
   * belongs to the print does not say, and read row by row its problems and measures would be cut
   * and run into their neighbours'.
   */
  static void refuseOverRules(java.util.Map<Integer, List<Struck>> overRules) {
    if (overRules.isEmpty()) {
      return;
    }
    List<String> said = new ArrayList<>();
    overRules.forEach(
        (page, passages) -> {
          List<String> named = new ArrayList<>();
          for (Struck s : passages.subList(0, Math.min(3, passages.size()))) {
            named.add("line " + s.line() + " 「" + OutlineParser.shorten(s.text()) + "」");
          }
          said.add("page " + page + ": " + String.join(", ", named));
        });
    throw org.bihuan.platform.error.ApiProblem.unprocessable(
        "pdf-table-unreadable",
        "The PDF's table could not be read: its text is drawn over the table's grid lines ("
            + String.join("; ", said)
            + "). Its rows are lower than the text they hold (a spreadsheet printed at the default"
            + " row height), so a cell's lines spill into the rows above and below it and which"
            + " row they belong to cannot be told. Send the original Word (.docx) or Excel (.xlsx)"
            + " file the PDF was made from, or a PDF printed after fitting the rows' height to"
            + " their text.");
  }

  /** The dry run's warning naming a page's struck passages, or null when it has none. */
  static String warning(int page, List<Struck> struck) {
    if (struck.isEmpty()) {
      return null;
    }
    List<String> named = new ArrayList<>();
    for (Struck s : struck.subList(0, Math.min(NAMED, struck.size()))) {
      named.add("line " + s.line() + " 「" + OutlineParser.shorten(s.text()) + "」");
    }
    return "Page "
        + page
        + " of the PDF: struck-out text (a line drawn through it) was left out: "
        + String.join(", ", named)
        + (struck.size() > NAMED ? " and " + (struck.size() - NAMED) + " more" : "")
        + " (lines counted from the top of the page). Check the import if a stroke was not a"
        + " deletion.";
  }
}
