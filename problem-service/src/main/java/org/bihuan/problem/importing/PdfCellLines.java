package org.bihuan.problem.importing;

/**
 * The lines of a PDF table's cell joined into its text. A PDF gives a cell's wrapped lines, not its
 * paragraphs: a line runs on from the line above without a break (a date wrapped as 「2025年 6」 / 「月
 * 30日」 is one date, a unit 「人事」 / 「科」 one unit), except a line that holds nothing but labelled
 * duties (责任单位：人事科, 责任人：陈静), which an author writes as a paragraph of its own under the measure: it
 * stays on a line of its own, as in a Word cell, so that the measure's cell gives it as the
 * measure's duties, never as its text (docs/decisions/0273, 0278).
 */
final class PdfCellLines {

  private PdfCellLines() {}

  /** Where a cell's lines were cut while its glyphs were read (joined by {@link #joined}). */
  static final char WRAP = '\u2028';

  /**
   * Where a cell's line ended short of the cell's room (the next line's first character would have
   * fitted): a paragraph the author ended, where a unit's name ending the line and a unit's name on
   * the next lines are two units (大气科 / 执法支队), as in the Word cell, and a person's name on each two
   * people (张伟 / 李娜); a unit the column wraps (宁波市生态环境局 / 执法支队, the first line full) stays one
   * (docs/decisions/0319, 0326, 0329).
   */
  static final char BREAK = '\u2029';

  /**
   * Whether a line of a cell {@code width} wide ended short of the cell's room for a line, {@code
   * room} wide: the next line's first glyph, {@code nextWidth} wide, would still have fitted after
   * it, so the writer did not wrap it there — the author ended it ({@link #BREAK}); otherwise a
   * {@link #WRAP}. Widths, not where the line ends, so that a cell set centred (a short line in the
   * middle of the cell) reads as one set flush left: ruled cells read the room between their
   * rulings, cells of a table without rulings the column's widest line (docs/decisions/0319, 0326,
   * 0329).
   */
  static boolean endsShort(float width, float nextWidth, float room) {
    return width + nextWidth <= room + 0.5f;
  }

  /** Whether a line of a cell gives only labelled duties. */
  static boolean isDutyLine(String line) {
    return !line.isBlank() && CellMeasures.isDutyLine(line);
  }

  /** A cell's text read with {@link #WRAP} between its lines: one text, duty lines kept apart. */
  static String joined(String cell) {
    if (cell.indexOf(WRAP) < 0 && cell.indexOf(BREAK) < 0) {
      return cell;
    }
    StringBuilder out = new StringBuilder();
    boolean broken = false;
    int at = 0;
    while (at <= cell.length()) {
      int end = at;
      while (end < cell.length() && cell.charAt(end) != WRAP && cell.charAt(end) != BREAK) {
        end++;
      }
      String line = cell.substring(at, end);
      if (broken && !out.toString().isBlank() && !PdfNumberedLines.nextItem(out, line)) {
        appendRuled(out, line);
      } else {
        append(out, line, broken);
      }
      broken = end < cell.length() && cell.charAt(end) == BREAK;
      at = end + 1;
    }
    return settled(out);
  }

  /**
   * Adds a further line of a cell to the text read so far; {@code broken}: the line above ended
   * short of the cell's room ({@link #endsShort}). A line that may begin a unit's or a person's
   * name of its own is kept apart for {@link PdfCellParagraphs} to settle once the cell is read
   * whole; a line that begins the cell's next numbered item after a short line stays a line of its
   * own ({@link PdfNumberedLines}); everything else runs on as {@link #append(StringBuilder,
   * String)} joins it (docs/decisions/0319, 0326, 0329).
   */
  static void append(StringBuilder cell, String line, boolean broken) {
    if (broken && PdfNumberedLines.nextItem(cell, line)) {
      cell.append('\n').append(line.strip());
    } else if (!PdfCellParagraphs.append(cell, line, broken)) {
      append(cell, line);
    }
  }

  /**
   * Adds a line of a ruled cell after a line that ended short of the cell's room: kept apart for
   * {@link PdfCellParagraphs} when it may begin a unit's or a person's name, else on a line of its
   * own where the author ended the paragraph above ({@link PdfParagraphEnds}), as the Word cell's
   * paragraphs are, else run on (docs/decisions/0429).
   */
  private static void appendRuled(StringBuilder cell, String line) {
    if (PdfCellParagraphs.append(cell, line, true)) {
      return;
    }
    String text = cell.toString();
    String above =
        text.substring(text.lastIndexOf('\n') + 1)
            .replace(String.valueOf(WRAP), "")
            .replace(String.valueOf(BREAK), "")
            .strip();
    if (PdfParagraphEnds.ends(above, line.strip())) {
      cell.append('\n').append(line.strip());
    } else {
      append(cell, line);
    }
  }

  /**
   * A cell's text with the lines {@link #append(StringBuilder, String, boolean)} kept apart
   * settled.
   */
  static String settled(CharSequence cell) {
    return PdfCellParagraphs.settled(cell);
  }

  /** Adds a further line of a cell to the text read so far. */
  static void append(StringBuilder cell, String line) {
    if (!cell.toString().isBlank() && (isDutyLine(line) || opensAsFirst(cell, line))) {
      cell.append('\n').append(line.strip());
    } else {
      cell.append(line);
    }
  }

  /**
   * Whether the line begins as the cell's first line does with a measure's term or time stage (近期：…
   * / 长效：…, 第一阶段：… / 第二阶段：…): the next measure of the cell, which the author began on a line of its
   * own, as in a Word cell (docs/decisions/0306, 0310) — also when the line above ends without a
   * stop and the printer cut the stage's bracket at the line's end (第二阶段（2024年9月30日 / 前）：…, 0319).
   */
  private static boolean opensAsFirst(CharSequence cell, String line) {
    String first = cell.toString();
    return (MeasureTerms.leads(first) && MeasureTerms.leads(line))
        || (StageMeasures.leads(first) && StageMeasures.opensLine(line));
  }
}
