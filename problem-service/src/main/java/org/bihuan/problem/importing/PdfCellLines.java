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
   * Where a cell's line ended short of the cell's edge (the next line's first character would have
   * fitted): a paragraph the author ended, where a unit's name ending the line and a unit's name on
   * the next line are two units (大气科 / 执法支队), as in the Word cell, and a person's name on each two
   * people (张伟 / 李娜); a unit the column wraps (宁波市生态环境局 / 执法支队, the first line full) stays one
   * (docs/decisions/0319, 0326).
   */
  static final char BREAK = '\u2029';

  /** A unit's name alone on a line: Chinese characters (a bracket), ending as a unit does. */
  private static final java.util.regex.Pattern UNIT_LINE =
      java.util.regex.Pattern.compile("[\\p{IsHan}（）()]{2,30}");

  /** A person's name alone on a line: two or three Chinese characters (张伟, 王小明). */
  private static final java.util.regex.Pattern NAME_LINE =
      java.util.regex.Pattern.compile("\\p{IsHan}{2,3}");

  /**
   * Whether a line of a cell ending at {@code right} ended short of the cell's edge {@code edge}:
   * the next line's first glyph, {@code nextWidth} wide, would still have fitted after it, so the
   * writer did not wrap it there — the author ended it ({@link #BREAK}); otherwise a {@link #WRAP}.
   * Ruled cells read the edge from their right ruling, cells of a table without rulings from their
   * column's widest line (docs/decisions/0319, 0326).
   */
  static boolean endsShort(float right, float nextWidth, float edge) {
    return right + nextWidth <= edge + 0.5f;
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
      append(out, cell.substring(at, end), broken);
      broken = end < cell.length() && cell.charAt(end) == BREAK;
      at = end + 1;
    }
    return out.toString();
  }

  private static boolean isUnit(String line) {
    return UNIT_LINE.matcher(line).matches() && UnitLeads.endsAsUnit(line);
  }

  private static boolean isName(String line) {
    return NAME_LINE.matcher(line).matches() && !UnitLeads.endsAsUnit(line);
  }

  /**
   * Adds a further line of a cell to the text read so far; {@code broken}: the line above ended
   * short of the cell's edge ({@link #endsShort}). After such a line, a unit's name alone on the
   * line above (since the last line kept) and on this one are two units, and a person's name alone
   * on each two people (张伟 / 李娜), each kept on a line of its own as in the Word cell; everything
   * else runs on as {@link #append(StringBuilder, String)} joins it (docs/decisions/0319, 0326).
   */
  static void append(StringBuilder cell, String line, boolean broken) {
    String above = cell.substring(cell.lastIndexOf("\n") + 1).strip();
    String next = line.strip();
    if (broken && ((isUnit(above) && isUnit(next)) || (isName(above) && isName(next)))) {
      cell.append('\n').append(next);
    } else {
      append(cell, line);
    }
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
