package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfNoteMarks.withoutInlineMarks;
import static org.bihuan.problem.importing.PdfNoteMarks.withoutMarks;
import static org.bihuan.problem.importing.PdfNoteMarks.withoutTrailingMark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Footnotes at a PDF page's foot (¹根据《…》第二十条。): a PDF has no notes, only lines, so a note would run
 * on into the description of the problem above it. Among the last {@value #FOOT} lines of a page
 * (page numbers aside), a line below the short rule drawn above a page's notes ({@link
 * #belowSeparator}), a line that starts with a superscript number (a digit set smaller than the
 * line's text or raised above its baseline), or a line set clearly smaller than the page's text
 * that starts with a number, ①, * or 注, starts the notes: it and every line below it are blanked
 * out (every line keeps its number) and named in the warnings, as a Word document's notes are. The
 * note's mark in the text above (…质量不高。¹), a superscript glyph with the note's number, is left out
 * of its line (docs/decisions/0215).
 */
final class PdfFootnotes {

  /** How many of a page's last lines (page numbers aside) may be notes. */
  private static final int FOOT = 6;

  /** A superscript or a note's font is at most this share of the size it is compared with. */
  private static final float SMALLER = 0.85f;

  /** A glyph raised by more than this share of its line's size above the line's baseline. */
  private static final float RAISED = 0.2f;

  /** A glyph belongs to the line whose baseline is within this share of its size. */
  private static final float SAME_LINE = 0.6f;

  private static final Pattern MARK =
      Pattern.compile(
          "\\d{1,2}|[\\u2460-\\u2473]|[*＊※]|\\[\\d{1,2}]|［\\d{1,2}］|〔\\d{1,2}〕|【\\d{1,2}】");

  /**
   * A note's number and its first word: 1根据…, ①…, *…, 注1：…; never 1. or 2024年 (an item, a date).
   */
  private static final Pattern NOTE_START =
      Pattern.compile(
          "^(?:\\d{1,2}(?![\\d.．、,，)）:：])|[\\u2460-\\u2473]|[*＊※]|\\[\\d{1,2}]|［\\d{1,2}］"
              + "|〔\\d{1,2}〕|【\\d{1,2}】|注\\s*\\d{0,2}\\s*[：:]?)\\s*\\S");

  private static final int QUOTED = 60;

  /** A note apart from the text stands this many line spacings below the line above it. */
  private static final float APART = 1.5f;

  /** A separator stands at least this share of the text size below a line and above the next. */
  private static final float SEPARATOR_GAP = 0.4f;

  private PdfFootnotes() {}

  /** A text line's glyphs, left to right, and the sizes and baseline they are mostly set in. */
  record LineGlyphs(List<PdfLayout.Glyph> glyphs, float size, float baseline) {
    boolean superscript(PdfLayout.Glyph g) {
      return g.size() <= size * SMALLER || baseline - g.y() > size * RAISED;
    }
  }

  /** Blanks the page's footnote lines and their marks in the text; the warnings name the notes. */
  static List<String> cut(List<String> lines, PdfLayout layout, int page, Set<Integer> inTables) {
    List<Float> baselines = layout.baselinesWithLast();
    int written = lines.size();
    while (written > 0 && lines.get(written - 1).isBlank()) {
      written--;
    }
    if (baselines.size() != written || written < 2) {
      return List.of(); // the lines PDFBox wrote do not match the lines measured
    }
    List<LineGlyphs> byLine = byLine(baselines, layout.glyphs());
    float body = median(layout.glyphs().stream().map(PdfLayout.Glyph::size).toList());
    float spacing = spacing(baselines);
    int start = -1;
    int seen = 0;
    for (int i = written - 1; i > 0 && seen < FOOT; i--) {
      String t = lines.get(i).strip();
      if (t.isEmpty() || PageFurniture.isPageNumber(t)) {
        continue;
      }
      seen++;
      if (startsNote(t, byLine.get(i), body)
          || (NOTE_START.matcher(t).find()
              && apartAndSmaller(i, baselines, byLine.get(i), body, spacing))) {
        start = i;
      }
    }
    int ruled = belowSeparator(lines, written, baselines, layout, body);
    if (ruled >= 0) {
      start = ruled;
    }
    int first = start;
    if (start < 0 || inTables.stream().anyMatch(i -> i >= first)) {
      return List.of(); // no note, or a table's rows where the notes would be
    }
    List<String> warnings = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    StringBuilder note = new StringBuilder();
    for (int i = start; i < written; i++) {
      String t = lines.get(i).strip();
      if (t.isEmpty() || PageFurniture.isPageNumber(t)) {
        continue;
      }
      if (i == start || startsNote(t, byLine.get(i), body)) {
        if (!note.isEmpty()) {
          warnings.add(warning(page, note.toString()));
          note.setLength(0);
        }
        var m = MARK.matcher(t);
        if (m.lookingAt()) {
          numbers.add(m.group());
        }
      }
      note.append(t);
      lines.set(i, "");
    }
    warnings.add(warning(page, note.toString()));
    for (int i = 0; i < start; i++) {
      lines.set(
          i,
          withoutInlineMarks(
              withoutTrailingMark(withoutMarks(lines.get(i), byLine.get(i), numbers), numbers),
              numbers));
    }
    return warnings;
  }

  /**
   * The first line below a footnote separator — the short rule Word and LibreOffice draw above a
   * page's notes: a horizontal stroke from the text's left edge, shorter than half its width, well
   * below one line and above the next, among the page's last {@value #FOOT} lines — when that line
   * starts like a note; -1 when there is none.
   */
  private static int belowSeparator(
      List<String> lines, int written, List<Float> baselines, PdfLayout layout, float body) {
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    for (PdfLayout.Glyph g : layout.glyphs()) {
      left = Math.min(left, g.left());
      right = Math.max(right, g.right());
    }
    if (left >= right) {
      return -1;
    }
    int seen = 0;
    for (int i = written - 1; i > 0 && seen < FOOT; i--) {
      String t = lines.get(i).strip();
      if (t.isEmpty() || PageFurniture.isPageNumber(t)) {
        continue;
      }
      seen++;
      float above = baselines.get(i - 1);
      float below = baselines.get(i);
      if (Float.isNaN(above) || Float.isNaN(below) || !NOTE_START.matcher(t).find()) {
        continue;
      }
      for (PdfLayout.Segment s : layout.strokes()) {
        if (s.horizontal()
            && Math.abs(s.from() - left) <= body
            && s.to() - s.from() < (right - left) / 2
            && s.at() > above + body * SEPARATOR_GAP
            && s.at() < below - body * SEPARATOR_GAP) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean startsNote(String text, LineGlyphs line, float body) {
    if (line.glyphs().isEmpty() || !NOTE_START.matcher(text).find()) {
      return false;
    }
    PdfLayout.Glyph first = line.glyphs().get(0);
    boolean superscriptNumber = MARK.matcher(first.text()).matches() && line.superscript(first);
    return superscriptNumber || line.size() <= body * SMALLER;
  }

  /**
   * A line set smaller than the page's text that stands apart below it, further from the line above
   * than {@value #APART} of the page's usual line spacing: the notes Word puts at a page's foot
   * below a short page's last text.
   */
  private static boolean apartAndSmaller(
      int i, List<Float> baselines, LineGlyphs line, float body, float spacing) {
    float above = baselines.get(i - 1);
    float here = baselines.get(i);
    return !Float.isNaN(above)
        && !Float.isNaN(here)
        && !Float.isNaN(spacing)
        && line.size() < body
        && here - above > spacing * APART;
  }

  /** The page's usual distance between consecutive baselines (their median). */
  private static float spacing(List<Float> baselines) {
    List<Float> gaps = new ArrayList<>();
    for (int i = 1; i < baselines.size(); i++) {
      float gap = baselines.get(i) - baselines.get(i - 1);
      if (!Float.isNaN(gap) && gap > 0) {
        gaps.add(gap);
      }
    }
    return median(gaps);
  }

  private static String warning(int page, String note) {
    return "Page "
        + page
        + ": the footnote 「"
        + (note.length() > QUOTED ? note.substring(0, QUOTED) + "…" : note)
        + "」 at the foot of the page is a note to the text, not part of a problem; it was not"
        + " imported.";
  }

  /** Each line's glyphs: every glyph goes to the line whose baseline is nearest. */
  private static List<LineGlyphs> byLine(List<Float> baselines, List<PdfLayout.Glyph> glyphs) {
    List<List<PdfLayout.Glyph>> of = new ArrayList<>();
    for (int i = 0; i < baselines.size(); i++) {
      of.add(new ArrayList<>());
    }
    Integer[] order = new Integer[baselines.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Float.compare(key(baselines.get(a)), key(baselines.get(b))));
    float[] sorted = new float[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = key(baselines.get(order[i]));
    }
    for (PdfLayout.Glyph g : glyphs) {
      int at = Arrays.binarySearch(sorted, g.y());
      int insertion = at >= 0 ? at : -at - 1;
      int nearest = -1;
      float distance = Float.MAX_VALUE;
      for (int k = Math.max(0, insertion - 1); k <= Math.min(sorted.length - 1, insertion); k++) {
        float d = Math.abs(sorted[k] - g.y());
        if (d < distance) {
          distance = d;
          nearest = order[k];
        }
      }
      if (nearest >= 0 && distance <= Math.max(1f, g.size() * SAME_LINE)) {
        of.get(nearest).add(g);
      }
    }
    List<LineGlyphs> out = new ArrayList<>(of.size());
    for (List<PdfLayout.Glyph> line : of) {
      line.sort(Comparator.comparingDouble(PdfLayout.Glyph::left));
      out.add(
          new LineGlyphs(
              line,
              median(line.stream().map(PdfLayout.Glyph::size).toList()),
              median(line.stream().map(PdfLayout.Glyph::y).toList())));
    }
    return out;
  }

  /** An empty line's baseline (NaN) sorts after every other and is never nearest. */
  private static float key(float baseline) {
    return Float.isNaN(baseline) ? Float.MAX_VALUE : baseline;
  }

  private static float median(List<Float> values) {
    if (values.isEmpty()) {
      return Float.NaN;
    }
    float[] v = new float[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i);
    }
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
