package org.bihuan.problem.importing;

import java.util.List;
import org.bihuan.problem.importing.Labels.Label;

/**
 * Label lines a PDF wrapped at the page width (责任单位：党委办公室、纪检监察室、…、机关党 / 委): PDF text has no
 * paragraphs, only lines, so a duty line too long for the page goes on in the next line and its
 * last name is cut in two. A line is joined with the next when it carries a duty label (责任单位, 配合单位,
 * 责任领导, 责任人, 整改时限 or another label) as its last, its last glyph reaches the right edge of the
 * page's text block (the right end of its longest line) within one and a half glyphs, and the next
 * line does not begin with a label or a number. A line ending short of the edge is joined too when
 * the next line is the sentence's last piece (100%。: a few characters ending with 。) that would not
 * have fitted after it: a writer moves such a piece whole. A line that begins with an item's number
 * (⑵台账管理混乱。, as short as such a piece) is the next item and never joined, whether the line above
 * ends at the edge or short of it (0262). Nor is a line that names again a duty the line above
 * names (a measure of its own, 0299). A 整改目标： line is joined like a duty line. The joined line
 * takes the second line's place and the first is left empty, so every line keeps its number.
 */
final class PdfWraps {

  /** How close (in glyph widths) to the text block's right edge a wrapped line ends. */
  private static final float AT_EDGE = 1.5f;

  private PdfWraps() {}

  static void join(List<String> lines, PdfLayout layout) {
    List<Float> rights = layout.lineRights();
    List<Float> widths = layout.lastGlyphWidths();
    int measured = rights.size() + (Float.isNaN(layout.lastRight()) ? 0 : 1);
    int written = lines.size();
    while (written > 0 && lines.get(written - 1).isBlank()) {
      written--;
    }
    if (measured != written) {
      return; // the lines PDFBox wrote do not match the lines measured
    }
    float block = Float.NaN;
    for (int i = 0; i < measured; i++) {
      float r = hangingLeftOut(right(rights, i, layout), lines.get(i), widths, i, layout);
      if (!Float.isNaN(r) && (Float.isNaN(block) || r > block)) {
        block = r;
      }
    }
    if (Float.isNaN(block)) {
      return;
    }
    // the page's last line is never joined into: page numbers and running footers stand there
    for (int i = 0; i + 2 < measured; i++) {
      float r = right(rights, i, layout);
      float w = i < widths.size() ? widths.get(i) : layout.lastWidth();
      if (Float.isNaN(r) || Float.isNaN(w)) {
        continue;
      }
      String line = TextNoise.clean(lines.get(i));
      String next = TextNoise.clean(lines.get(i + 1));
      boolean atEdge = r >= block - AT_EDGE * w;
      boolean moved = lastPieceMoved(next) || BareLabelEnds.valueOf(lines.get(i), next) != null;
      if (!atEdge && !(moved && tooWide(r, i + 1, block, w, layout))) {
        continue;
      }
      if (next.isEmpty()
          || Numbering.of(next) != null
          || !Labels.of(next).isEmpty()
          || !endsInDuty(line)
          || repeatsDuty(line, next)
          || digitsAfterWholeDate(line, next)) {
        continue;
      }
      // the joined line stands where it ends, so the problem's origin still covers both lines; a
      // bare label's name ending the first keeps its space, which is its colon (0296)
      lines.set(i + 1, BareLabelEnds.joined(lines.get(i), lines.get(i + 1)));
      lines.set(i, "");
      i++;
    }
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
}
