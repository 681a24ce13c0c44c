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

  /** The strokes sorted by their height on the page, as {@link #strike} expects them. */
  static List<PdfLayout.Segment> byHeight(List<PdfLayout.Segment> strokes) {
    List<PdfLayout.Segment> sorted = new ArrayList<>(strokes);
    sorted.sort(java.util.Comparator.comparingDouble(PdfLayout.Segment::at));
    return sorted;
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
