package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * What a PDF page's geometry says beyond its text: the ruled lines it draws (a table's grid) and
 * where each text line ends on the right (a line the page width wrapped). Filled while PDFBox reads
 * the page ({@link PdfText}), in the page's user space with y measured from the top.
 */
final class PdfLayout {

  /** Two ruling lines closer than this (points) are one. */
  static final float SAME_LINE = 2f;

  /** A rectangle thinner than this (points) is a ruling line, not an area. */
  static final float THIN = 3f;

  /** A grid has at least this many distinct horizontal and vertical rulings (two rows, columns). */
  static final int RULINGS = 3;

  /** How many drawn segments of one page are kept: a table of 100 rows is a few hundred. */
  private static final int SEGMENTS_KEPT = 20_000;

  /** A drawn segment, horizontal or vertical: {@code at} its y (or x), from {@code from} to to. */
  record Segment(boolean horizontal, float at, float from, float to) {}

  /**
   * A glyph's centre, its baseline, its width and font size (points), and its character(s). {@code
   * left} and {@code right} are its edges.
   */
  record Glyph(float x, float y, float width, float size, String text) {
    float left() {
      return x - width / 2;
    }

    float right() {
      return x + width / 2;
    }
  }

  private final List<Segment> segments = new ArrayList<>();
  private final List<Segment> strokes = new ArrayList<>();
  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<Float> lineRights = new ArrayList<>();
  private final List<Float> lineWidths = new ArrayList<>();
  private final List<Float> lineLefts = new ArrayList<>();
  private final List<Float> lineLeads = new ArrayList<>();
  private final List<Float> lineBaselines = new ArrayList<>();
  private float currentRight = Float.NaN;
  private float currentGlyph = Float.NaN;
  private float currentLeft = Float.NaN;
  private float currentLead = Float.NaN;
  private float currentBaseline = Float.NaN;

  /** The page's right edge (its crop box's width), NaN until the page is read. */
  private float pageRight = Float.NaN;

  /** Sets the width of the page's crop box: where a table wider than the page is cut. */
  void pageWidth(float width) {
    pageRight = width;
  }

  void clear() {
    pageRight = Float.NaN;
    segments.clear();
    strokes.clear();
    glyphs.clear();
    lineRights.clear();
    lineWidths.clear();
    lineLefts.clear();
    lineLeads.clear();
    lineBaselines.clear();
    currentRight = Float.NaN;
    currentGlyph = Float.NaN;
    currentLeft = Float.NaN;
    currentLead = Float.NaN;
    currentBaseline = Float.NaN;
  }

  /**
   * The thin horizontal lines the page draws (a straight line, or a rectangle thinner than {@value
   * #THIN} points): rules, underlines, and strokes through text (struck-out words).
   */
  List<Segment> strokes() {
    return strokes;
  }

  /** The page's ruling lines, horizontal and vertical, as drawn so far. */
  List<Segment> rulings() {
    return segments;
  }

  /** A rectangle drawn ({@code re}), corners in top-down page space. */
  void rectangle(float x0, float y0, float x1, float y1) {
    float left = Math.min(x0, x1);
    float right = Math.max(x0, x1);
    float top = Math.min(y0, y1);
    float bottom = Math.max(y0, y1);
    if (bottom - top < THIN) {
      segment(new Segment(true, (top + bottom) / 2, left, right));
      stroke(new Segment(true, (top + bottom) / 2, left, right));
    } else if (right - left < THIN) {
      segment(new Segment(false, (left + right) / 2, top, bottom));
    } else {
      segment(new Segment(true, top, left, right));
      segment(new Segment(true, bottom, left, right));
      segment(new Segment(false, left, top, bottom));
      segment(new Segment(false, right, top, bottom));
    }
  }

  /** A straight line drawn ({@code m … l}); slanted ones are no ruling. */
  void line(float x0, float y0, float x1, float y1) {
    if (Math.abs(y0 - y1) < SAME_LINE) {
      segment(new Segment(true, (y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
      stroke(new Segment(true, (y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
    } else if (Math.abs(x0 - x1) < SAME_LINE) {
      segment(new Segment(false, (x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)));
    }
  }

  private void segment(Segment s) {
    if (segments.size() < SEGMENTS_KEPT && s.to() - s.from() >= THIN) {
      segments.add(s);
    }
  }

  private void stroke(Segment s) {
    if (strokes.size() < SEGMENTS_KEPT && s.to() - s.from() >= 1f) {
      strokes.add(s);
    }
  }

  /** A glyph the page's text keeps: {@code x} its left edge, {@code y} its baseline. */
  void glyph(float x, float y, float width, float size, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    glyphs.add(new Glyph(x + width / 2, y, width, size, text));
  }

  /** The glyphs of the page's text, in the order the text reads them. */
  List<Glyph> glyphs() {
    return glyphs;
  }

  /**
   * A piece of a text line shown: the left edge of its first glyph, the right edge of its last, the
   * last glyph's width, the piece's baseline and the right edge of its first part that no writer
   * cuts ({@link PdfPageStripper}: a run of digits and Latin letters, or a character with the
   * closing marks after it).
   */
  void shown(float left, float right, float glyphWidth, float baseline, float lead) {
    if (Float.isNaN(currentLeft) || left < currentLeft) {
      currentLead = lead;
    }
    currentRight = Float.isNaN(currentRight) ? right : Math.max(currentRight, right);
    currentLeft = Float.isNaN(currentLeft) ? left : Math.min(currentLeft, left);
    if (Float.isNaN(currentBaseline)) {
      currentBaseline = baseline;
    }
    currentGlyph = glyphWidth;
  }

  /** The text line being written ends. */
  void lineEnds() {
    lineRights.add(currentRight);
    lineWidths.add(currentGlyph);
    lineLefts.add(currentLeft);
    lineLeads.add(currentLead);
    lineBaselines.add(currentBaseline);
    currentRight = Float.NaN;
    currentGlyph = Float.NaN;
    currentLeft = Float.NaN;
    currentLead = Float.NaN;
    currentBaseline = Float.NaN;
  }

  /**
   * The left edge of each text line (NaN for an empty line); the last line's is {@link #lastLeft}.
   */
  List<Float> lineLefts() {
    return lineLefts;
  }

  float lastLeft() {
    return currentLeft;
  }

  /**
   * The right edge of each text line's first part that no writer cuts (NaN for an empty line); the
   * last line's is {@link #lastLead}. A line above it that ends closer to the text block's right
   * edge than that part is wide was cut there because the part did not fit.
   */
  List<Float> lineLeads() {
    return lineLeads;
  }

  float lastLead() {
    return currentLead;
  }

  /**
   * The baseline of each text line, top down (NaN for an empty line), then {@link #lastBaseline}.
   */
  List<Float> lineBaselines() {
    return lineBaselines;
  }

  float lastBaseline() {
    return currentBaseline;
  }

  /**
   * The baseline of each line of the page's text, the last line's with them when it has one: one a
   * line PDFBox wrote, top down.
   */
  List<Float> baselinesWithLast() {
    List<Float> baselines = new ArrayList<>(lineBaselines);
    if (!Float.isNaN(currentBaseline)) {
      baselines.add(currentBaseline);
    }
    return baselines;
  }

  /**
   * {@link #baselinesWithLast}, one for each of the page's {@code lines} PDFBox wrote up to the
   * blank lines at their end; null when they do not match.
   */
  List<Float> baselinesOf(List<String> lines) {
    int count = lines.size();
    while (count > 0 && lines.get(count - 1).isBlank()) {
      count--;
    }
    List<Float> baselines = baselinesWithLast();
    return baselines.size() == count ? baselines : null;
  }

  /** The right edge of the line being written (the page's last line): NaN when none. */
  float lastRight() {
    return currentRight;
  }

  /** The width of the last glyph of the line being written. */
  float lastWidth() {
    return currentGlyph;
  }

  /** The right edge of each text line of the page, in order (NaN for an empty line). */
  List<Float> lineRights() {
    return lineRights;
  }

  /** The width of the last glyph of each text line (NaN for an empty line). */
  List<Float> lastGlyphWidths() {
    return lineWidths;
  }

  /**
   * The page's ruled tables (cells drawn with lines) that are rectification tables — the header
   * {@link TableReading} looks for names their columns — and whether the page draws such a table
   * whose cells cannot be read ({@code unreadable}: more rows or columns than are read).
   */
  record Ruled(List<PdfColumns.Table> tables, boolean unreadable) {}

  /** The page's ruled tables ({@link PdfRuledTables}). */
  Ruled ruled() {
    return ruled(null);
  }

  /**
   * The page's ruled tables, {@code open} the header row of the ruled table the page before ended
   * with, null when it ended otherwise ({@link PdfRuledTables#ruled}).
   */
  Ruled ruled(List<String> open) {
    return PdfRuledTables.ruled(segments, glyphs, open, pageRight);
  }
}
