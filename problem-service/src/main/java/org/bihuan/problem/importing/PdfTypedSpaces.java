package org.bihuan.problem.importing;

import java.util.regex.Pattern;
import org.bihuan.problem.importing.PdfLayout.Glyph;

/**
 * Where a PDF line holds a space its author typed. A PDF draws no space: the glyph after it simply
 * stands further on. Between Latin glyphs half a character is a space; between two Chinese glyphs,
 * which stand flush, a fifth of one more than the gap before is: LibreOffice sets a typed space in
 * a CJK font about a quarter of a character wide, so that 「李四 赵六」 in a 责任人 cell is two people, not
 * 李四赵六 (docs/decisions/0346).
 */
final class PdfTypedSpaces {

  private PdfTypedSpaces() {}

  /** The gap (in font sizes) that is a space between any two glyphs. */
  private static final float WORD_GAP = 0.5f;

  /** The gap (in font sizes) that is a space between two Chinese glyphs. */
  private static final float HAN_GAP = 0.2f;

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /**
   * Whether the gap between {@code before} and {@code after}, of font size {@code size}, is one;
   * {@code previous} is the gap before {@code before} on its line (NaN: it begins the line). A
   * justified line (两端对齐) spreads its glyphs evenly: between Chinese glyphs only a gap wider than
   * the one before it by a fifth of a character is a space, never the first of a line.
   */
  static boolean between(Glyph before, Glyph after, float size, float previous) {
    float gap = after.left() - before.right();
    return gap >= WORD_GAP * size
        || (gap - previous >= HAN_GAP * size
            && HAN.matcher(before.text()).matches()
            && HAN.matcher(after.text()).matches());
  }
}
