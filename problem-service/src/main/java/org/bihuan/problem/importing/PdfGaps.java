package org.bihuan.problem.importing;

import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Gaps between glyphs that are layout, not spaces. PDFBox writes a space wherever two glyphs of a
 * line stand further apart than a fraction of a character; a justified or letter-spaced line (党委
 * 办公室 stretched to the line's width) then reads as two words, and a units label as two units
 * ({@link LabelSpacing#listSpacesKept}). Between two Chinese characters a gap narrower than half
 * the font size — narrower than the space a writer types, which every CJK font draws half an em
 * wide or wider — is spacing and no space is written; a wider gap, and every space the PDF draws as
 * a glyph, still separates (党委办公室 纪委办公室 stays two units). Chinese characters and digits evenly
 * spaced wider than that (整 改 时, 2 0 2 4) are letter spacing too ({@link #evenlySpaced}, 0303).
 */
final class PdfGaps {

  /** A gap between two Chinese characters narrower than this (in font sizes) is spacing. */
  private static final float SPACING = 0.5f;

  private PdfGaps() {}

  /** Whether the gap PDFBox found between {@code before} and {@code after} is only spacing. */
  static boolean spacing(TextPosition before, TextPosition after) {
    if (before == null || !han(before.getUnicode()) || !han(after.getUnicode())) {
      return false;
    }
    float size = Math.max(before.getFontSizeInPt(), after.getFontSizeInPt());
    if (size <= 0) {
      return false;
    }
    float gap = after.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
    return gap < SPACING * size;
  }

  /** How far apart (in font sizes) two gaps may be to be the same spacing of a line. */
  private static final float EVEN = 0.05f;

  /**
   * The glyphs of {@code glyphs} (a page's, in reading order) that stand after a gap which is
   * letter spacing however wide: three Chinese characters or digits or more on one baseline, each
   * as far from the next, less than a full-width space apart (整 改 时, 2 0 2 4 年: a line LibreOffice
   * justified after its last tab, or one a browser printed letter-spaced). A space a writer types
   * stands between two words, so the gaps around it differ.
   */
  static java.util.Set<TextPosition> evenlySpaced(List<TextPosition> glyphs) {
    java.util.Set<TextPosition> after =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = 0; i + 2 < glyphs.size(); i++) {
      TextPosition a = glyphs.get(i);
      TextPosition b = glyphs.get(i + 1);
      TextPosition c = glyphs.get(i + 2);
      if (!letter(a.getUnicode()) || !letter(b.getUnicode()) || !letter(c.getUnicode())) {
        continue;
      }
      float size =
          Math.max(a.getFontSizeInPt(), Math.max(b.getFontSizeInPt(), c.getFontSizeInPt()));
      if (size <= 0
          || Math.abs(a.getYDirAdj() - b.getYDirAdj()) > 1
          || Math.abs(b.getYDirAdj() - c.getYDirAdj()) > 1) {
        continue;
      }
      float first = b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
      float second = c.getXDirAdj() - (b.getXDirAdj() + b.getWidthDirAdj());
      if (first > 0
          && second > 0
          && first < size
          && second < size
          && Math.abs(first - second) <= EVEN * size) {
        after.add(b);
        after.add(c);
      }
    }
    return after;
  }

  /** A Chinese character or a digit: what letter spacing spreads inside a Chinese line. */
  private static boolean letter(String text) {
    return han(text) || (text != null && text.length() == 1 && Character.isDigit(text.charAt(0)));
  }

  private static boolean han(String text) {
    return text != null
        && !text.isEmpty()
        && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
  }
}
