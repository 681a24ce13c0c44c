package org.bihuan.problem.importing;

import org.apache.pdfbox.text.TextPosition;

/**
 * Gaps between glyphs that are layout, not spaces. PDFBox writes a space wherever two glyphs of a
 * line stand further apart than a fraction of a character; a justified or letter-spaced line (党委
 * 办公室 stretched to the line's width) then reads as two words, and a units label as two units
 * ({@link LabelSpacing#listSpacesKept}). Between two Chinese characters a gap narrower than half
 * the font size — narrower than the space a writer types, which every CJK font draws half an em
 * wide or wider — is spacing and no space is written; a wider gap, and every space the PDF draws as
 * a glyph, still separates (党委办公室 纪委办公室 stays two units).
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

  private static boolean han(String text) {
    return text != null
        && !text.isEmpty()
        && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
  }
}
