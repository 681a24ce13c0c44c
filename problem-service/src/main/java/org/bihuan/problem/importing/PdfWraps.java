package org.bihuan.problem.importing;

import java.util.List;
import org.bihuan.problem.importing.Labels.Label;

/**
 * Lines a PDF wrapped at the page width: PDF text has no paragraphs, only lines, so a sentence, a
 * title or a duty line too long for the page goes on in the next line, cut anywhere — inside a
 * word, a name, a date or a label's name (责任单位：党委办公室、机关党 / 委, 建筑管理股 责 / 任人：诸葛亮, 影响项目按期完 / 工验收). One
 * rule, read from the page's geometry: a line whose last glyph reaches the right edge of the page's
 * text block (the right end of its longest line, when another line reaches it too) within one and a
 * half glyphs goes on in the next line, unless that line begins a new item — a number, a label at
 * its start, a closing formula — or is in a table, or the two lines are one entry of a contents
 * page (its own reader joins and counts those, {@link ContentsPage}). A point 二是 goes on the line
 * above only when that line holds 一是 and does not end its sentence. On a page where the longest
 * line stands alone (a title over a contents page of short lines) no edge is known, and only a line
 * ending in a duty's value (责任单位：…, 整改时限：…, 整改目标：…) is joined, as before (0161, 0296, 0303). A line
 * ending short of the edge is joined too when the next line is the sentence's last piece (100%。: a
 * few characters ending with 。) or a bare label's value that would not have fitted after it: a
 * writer moves such a piece whole. A line that begins with an item's number (⑵台账管理混乱。, as short as
 * such a piece) is the next item and never joined (0262); nor is a line that names again a duty the
 * line above names (a measure of its own, 0299), nor one beginning with digits after a line ending
 * in a whole date (0298). A line that runs on goes on into 三、四季度… and into a label's name written
 * without its colon (整改进展 9.5亿元…), which are words of its sentence (0361). Chinese joins without a
 * space, as a reader reads it (0303). The joined line takes the second line's place and the first
 * is left empty, so every line keeps its number; an item's number line keeps the item, the lines
 * joined into it left {@link #CONTINUED}.
 */
final class PdfWraps {

  /**
   * What an item's line joined into the line above is left holding: blank to every reader, and told
   * apart by {@link PdfText} so that the item's origin runs on over it (0346).
   */
  static final String CONTINUED = "\u001F";

  /** How close (in glyph widths) to the text block's right edge a wrapped line ends. */
  private static final float AT_EDGE = 1.5f;

  private PdfWraps() {}

  static void join(List<String> lines, PdfLayout layout, java.util.Set<Integer> inTables) {
    List<Float> rights = layout.lineRights();
    List<Float> widths = layout.lastGlyphWidths();
    int measured = rights.size() + (Float.isNaN(layout.lastRight()) ? 0 : 1);
    int written = lines.size();
    while (written > 0 && lines.get(written - 1).isBlank()) {
      written--;
    }
    if (written > measured || lines.size() < measured) {
      return; // the lines PDFBox wrote do not match the lines measured (a footnote left out is
      // blank)
    }
    float block = Float.NaN;
    for (int i = 0; i < measured; i++) {
      if (lines.get(i).isBlank()) {
        continue; // a footnote or a browser's footer left out (PdfFootnotes) is no edge of the text
      }
      float r = hangingLeftOut(right(rights, i, layout), lines.get(i), widths, i, layout);
      if (!Float.isNaN(r) && (Float.isNaN(block) || r > block)) {
        block = r;
      }
    }
    if (Float.isNaN(block)) {
      return;
    }
    // one lone longest line (a title over a contents page of short lines) is no edge of a text
    // block: there only duty lines are joined, as they were before (0161, 0296, 0303)
    boolean dutiesOnly = reaching(lines, block, measured, layout) < 2;
    // the page's last line is never joined into: page numbers and running footers stand there,
    // unless such a footer was left out of it (blank) already
    int last = written < measured ? written : written - 1;
    int held = -1; // where the text of line i stands when it was joined into an item's first line
    for (int i = 0; i + 1 < last; i++) {
      int h = held >= 0 && lines.get(i).isBlank() ? held : i;
      held = -1;
      float r = right(rights, i, layout);
      float w = i < widths.size() ? widths.get(i) : layout.lastWidth();
      if (Float.isNaN(r) || Float.isNaN(w)) {
        continue;
      }
      String line = TextNoise.clean(lines.get(h));
      String next = TextNoise.clean(lines.get(i + 1));
      boolean atEdge = r >= block - AT_EDGE * w;
      boolean moved = lastPieceMoved(next) || BareLabelEnds.valueOf(lines.get(h), next) != null;
      if (!atEdge
          && !(moved && tooWide(r, i + 1, block, w, layout))
          && !leadTooWide(line, r, i + 1, block, layout)) {
        continue;
      }
      if (next.isEmpty()
          || (dutiesOnly && !endsInDuty(line))
          || (Numbering.of(next) != null
              && !pointGoesOn(line, Numbering.of(next))
              && !NumeralPhrases.wrapsInto(line, next))
          || (!Labels.of(next).isEmpty() && !LabelWordsInText.goesOn(line, lines.get(i + 1)))
          || repeatsDuty(line, next)
          || digitsAfterWholeDate(line, next)
          || Closing.isFormula(next)
          || ContentsPage.wrapped(line, next)
          || inTables.contains(i)
          || inTables.contains(i + 1)) {
        continue;
      }
      // a bare label's name ending the first keeps its space, which is its colon (0296); a line
      // joined so goes on to the next in turn when it too reaches the edge (0303). The joined
      // line stands where an item begins (1.预算执行… / 项目资金…), so the item's origin starts at
      // its number, and otherwise where it ends, so the origin still covers both lines
      boolean item = Numbering.of(line) != null;
      if (item && i + 2 >= written - 1) {
        // right above the page's last line (a page number), the blank left would be one of the
        // page's blank lines at its foot, which are not counted: the lines stay as they are
        continue;
      }
      String both = joined(lines.get(h), LabelWordsInText.unspaced(line, lines.get(i + 1)));
      if (item) {
        lines.set(h, both);
        lines.set(i + 1, CONTINUED);
        held = h;
      } else {
        lines.set(i + 1, both);
        lines.set(h, "");
      }
    }
  }

  /**
   * Two lines of one paragraph as one: Chinese text joins without a space, two Latin words or
   * numbers keep one, and a bare label's name ending the first keeps its space ({@link
   * BareLabelEnds#joined}).
   */
  private static String joined(String line, String next) {
    String both = BareLabelEnds.joined(line, next);
    String first = line.stripTrailing();
    String rest = next.strip();
    String named = withCutName(first, rest);
    if (named != null) {
      return named;
    }
    if (both.length() == first.length() + rest.length()
        && !first.isEmpty()
        && !rest.isEmpty()
        && ((isLatin(first.charAt(first.length() - 1)) && isLatin(rest.charAt(0)))
            || first.length() < line.length()
            || (Numbering.of(rest) != null
                && SEPARATORS.indexOf(first.charAt(first.length() - 1)) < 0))) {
      // two Latin words, a space the PDF draws at the line's end (…1月31日 / 3.2025年…), or an item
      // numbered on after no separator (a break at a space the browser does not draw) keep a space
      return first + " " + rest;
    }
    return both;
  }

  /** What ends an item of a list written on one line. */
  private static final String SEPARATORS = "；;，,、。.．：:";

  /** How far back from a line's end a label's name cut by it may start (责任单位（部门）, spaces). */
  private static final int NAME_BACK = 12;

  /**
   * {@code first} and {@code rest} as one line when the line's end cut a label's name (建筑管理股 责 /
   * 任人：诸葛亮, 股责 任 / 人：): the name whole, with the colon after it on the next line, after one space
   * that parts it from the value before it — the space a tab or a justified line moved into the
   * name, or left out. Null when no name is cut. A problem's label is not looked for: 问 / 题： ends a
   * sentence as often.
   */
  private static String withCutName(String first, String rest) {
    for (int p = Math.max(1, first.length() - NAME_BACK); p < first.length(); p++) {
      if (Character.isWhitespace(first.charAt(p)) || first.charAt(p) == '\u3000') {
        continue;
      }
      String tail = first.substring(p).replaceAll("[\\s\\u3000]", "");
      String both = tail + rest;
      for (int len = Math.min(both.length() - 1, NAME_BACK); len > tail.length(); len--) {
        char after = both.charAt(len);
        String name = both.substring(0, len);
        if ((after == '：' || after == ':')
            && LabelNames.isLabelName(name)
            && LabelNames.label(name) != Label.PROBLEM) {
          return first.substring(0, p).stripTrailing() + " " + both;
        }
      }
    }
    return null;
  }

  private static final String POINT_DIGITS = "一二三四五六七八九十";

  /**
   * Whether {@code n}, a point 二是… beginning the next line, goes on the points that {@code line}
   * holds after its start (整改措施：一是…；): one paragraph's points, cut where the page ended the line.
   */
  private static boolean pointGoesOn(String line, Numbering n) {
    if (n.rank() >= Numbering.ARABIC && n.rank() <= Numbering.CIRCLED) {
      return MeasureItems.goOn(line, n);
    }
    if (n.rank() != Numbering.POINT
        || n.number() < 2
        || n.number() > POINT_DIGITS.length()
        || line.strip().matches(".*[。！？!?]$")) {
      return false; // a line ending its sentence ends its point: 二是… below is a line of its own
    }
    int before = line.lastIndexOf(POINT_DIGITS.charAt(n.number() - 2) + "是");
    return before > 0;
  }

  /**
   * How many of the page's written lines end within {@link #AT_EDGE} glyphs of {@code block}, the
   * right end of its longest line: two or more make it the text block's edge.
   */
  private static int reaching(List<String> lines, float block, int measured, PdfLayout layout) {
    List<Float> rights = layout.lineRights();
    List<Float> widths = layout.lastGlyphWidths();
    int reaching = 0;
    for (int i = 0; i < measured; i++) {
      float r = hangingLeftOut(right(rights, i, layout), lines.get(i), widths, i, layout);
      float w = i < widths.size() ? widths.get(i) : layout.lastWidth();
      if (!lines.get(i).isBlank() && !Float.isNaN(w) && r >= block - AT_EDGE * w) {
        reaching++;
      }
    }
    return reaching;
  }

  /** Whether the last label of a line is one whose value is a name, a list or a time limit. */
  private static boolean endsInDuty(String line) {
    java.util.regex.Matcher goal = PlanReading.GOAL.matcher(line);
    int after = -1;
    while (goal.find()) {
      after = goal.end();
    }
    if (after >= 0 && Labels.find(line.substring(after)).labels().isEmpty()) {
      return true; // 整改目标：…, the goal of a measure, runs on as a duty's value does (0192)
    }
    List<Labels.Labelled> labels = Labels.find(line).labels();
    if (labels.isEmpty()) {
      return false;
    }
    Label last = labels.get(labels.size() - 1).label();
    return last != Label.PROBLEM && last != Label.MEASURE && last != Label.PROGRESS;
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static float right(List<Float> rights, int i, PdfLayout layout) {
    return i < rights.size() ? rights.get(i) : layout.lastRight();
  }

  /** Punctuation a writer lets stand in the right margin (、，。；：) at a line's end. */
  private static final String HANGS = "、，。；：,.;:";

  /**
   * The right end {@code r} of line {@code i} with half of a last punctuation mark left out: Word
   * and LibreOffice let a 、 or 。 hang into the margin, so the longest line may end past the text
   * block by that much and a line cut at the edge one glyph short of it looked short (0296).
   */
  private static float hangingLeftOut(
      float r, String line, List<Float> widths, int i, PdfLayout layout) {
    String t = line.strip();
    if (Float.isNaN(r) || t.isEmpty() || HANGS.indexOf(t.charAt(t.length() - 1)) < 0) {
      return r;
    }
    float w = i < widths.size() ? widths.get(i) : layout.lastWidth();
    return Float.isNaN(w) ? r : r - w / 2;
  }

  /** The longest last piece that moves whole to the next line: 100%。, 完成。, 底前。 */
  private static final int LAST_PIECE = 8;

  /**
   * Whether a line is the last piece of a sentence that the page width moved whole to a line of its
   * own: short, and ending the sentence (100%。). A writer breaks a line only between characters
   * that may be parted, and keeps 100% and the stop after it together, so the line above may end
   * well before the right edge.
   */
  private static boolean lastPieceMoved(String next) {
    String t = next.strip();
    return t.length() <= LAST_PIECE && t.length() >= 2 && t.matches(".*[。；;！？]$");
  }

  /**
   * Whether line {@code next}'s text would not have fitted after the end {@code right} of the line
   * above within the text block ending at {@code block}: why it went on to a line of its own.
   */
  private static boolean tooWide(float right, int next, float block, float w, PdfLayout layout) {
    List<Float> lefts = layout.lineLefts();
    float left = next < lefts.size() ? lefts.get(next) : layout.lastLeft();
    float end = right(layout.lineRights(), next, layout);
    return !Float.isNaN(left) && !Float.isNaN(end) && right + (end - left) > block - w / 2;
  }

  /**
   * Whether the first part of line {@code next} that no writer cuts (3.2025, 理；: {@link
   * PdfLayout#lineLeads}) would not have fitted after the end {@code right} of the line above: a
   * writer moves such a part whole, so the line above ends short of the edge by up to its width —
   * LibreOffice moving a number, Chromium moving the character before a ； that may not begin a line
   * nor hang in the margin (docs/decisions/0307). A line ending its sentence (。！？) is left: a
   * paragraph ends there as often.
   */
  private static boolean leadTooWide(
      String line, float right, int next, float block, PdfLayout layout) {
    if (line.strip().matches(".*[。！？!?]$")) {
      return false;
    }
    List<Float> lefts = layout.lineLefts();
    List<Float> leads = layout.lineLeads();
    float left = next < lefts.size() ? lefts.get(next) : layout.lastLeft();
    float lead = next < leads.size() ? leads.get(next) : layout.lastLead();
    return !Float.isNaN(left) && !Float.isNaN(lead) && right + (lead - left) > block;
  }

  /**
   * Whether the next line names again a duty the line names (建立台账，责任单位：…，整改时限：2024年6月30日 /
   * 开展研讨，责任单位：…): a measure of its own with its own duties, never the rest of the line's last value
   * (0299).
   */
  private static boolean repeatsDuty(String line, String next) {
    java.util.Set<Label> named = java.util.EnumSet.noneOf(Label.class);
    for (Labels.Labelled l : Labels.find(line).labels()) {
      named.add(l.label());
    }
    for (Labels.Labelled l : Labels.find(next).labels()) {
      if (l.label() != Label.OTHER && named.contains(l.label())) {
        return true;
      }
    }
    return false;
  }

  /** A whole date at a line's end: 2024年6月30日, 6月30日前, 2024年6月底, 2024年12月31日止。 */
  private static final java.util.regex.Pattern WHOLE_DATE =
      java.util.regex.Pattern.compile("(?:\\d{1,2}\\s*[日号]|[底末])\\s*(?:之?前|止)?(?:完成)?[。；;]?$");

  /**
   * Whether {@code next} begins with digits while {@code line} ends in a whole date:
   * 整改时限：2024年6月30日 / 2023年以来，… or 12345热线…. No date goes on in digits after its day, so the line
   * is no wrap, however near the edge the date ends (docs/decisions/0298); a date cut after its
   * year or month (2024年 / 6月30日) still is.
   */
  private static boolean digitsAfterWholeDate(String line, String next) {
    return !next.isEmpty()
        && (Character.isDigit(next.charAt(0)))
        && WHOLE_DATE.matcher(line.strip()).find();
  }
}
