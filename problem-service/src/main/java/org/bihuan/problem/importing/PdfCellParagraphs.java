package org.bihuan.problem.importing;

import java.util.regex.Pattern;

/**
 * Where a PDF cell's lines hold units or people a paragraph each, as the Word cell did (政务服务科 /
 * 综合执法大队, 张伟 / 李娜), though the PDF gives lines, not paragraphs. A line begins a paragraph of its
 * own when the line above ended short of the cell's room ({@link PdfCellLines#endsShort}) and the
 * paragraphs on either side are both a unit's name alone or both a person's name alone; a unit the
 * column wraps over several lines counts whole (法规科 / 市场监督管理局综 / 合执法大队: two units). A line that
 * filled the cell's room looks the same whether the author ended the paragraph there or the column
 * wrapped it, so a full line ends a unit only when the unit below is not one the unit above holds
 * ({@link FullLineUnits}: 政务服务科 / 综合执法大队 and 党政办公室 / 综合执法大队 are two, 市场监督管理局 / 执法大队 and 执法大队 / 一中队
 * one), and a full line ends a person when it and the next paragraph are each a name a surname
 * begins (张伟 / 李娜; 欧阳 / 明华 is one name). Everything else runs on, as a wrapped line does
 * (docs/decisions/0319, 0326, 0329, 0339).
 */
final class PdfCellParagraphs {

  private PdfCellParagraphs() {}

  /** A unit's name alone: Chinese characters (a bracket), ending as a unit does. */
  private static final Pattern UNIT = Pattern.compile("[\\p{IsHan}（）()]{2,30}");

  /**
   * A line that may begin a unit's or a person's paragraph: Chinese characters and brackets, maybe
   * a 、 after them where a list of units goes on at the next line (财务股、).
   */
  private static final Pattern BEGINS = Pattern.compile("[\\p{IsHan}（）()]{1,30}、?");

  /** A person's name alone: two or three Chinese characters (张伟, 王小明). */
  private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,3}");

  /**
   * Keeps {@code line} apart behind {@link PdfCellLines#BREAK} ({@code broken}: the line above
   * ended short) or {@link PdfCellLines#WRAP} (it was full) when it may begin a unit's or a
   * person's name after one, for {@link #settled} to decide; false when the line simply runs on.
   */
  static boolean append(StringBuilder cell, String line, boolean broken) {
    String next = line.strip();
    if (!BEGINS.matcher(next).matches()) {
      return false;
    }
    // the text above as it reads if the line kept apart last stays apart, and if it runs on
    String since = lastParagraph(cell);
    String whole = lastLine(cell);
    boolean apart =
        broken
            ? isUnits(since) || isName(since) || isUnits(whole) || isName(whole)
            : mayEnd(since) || isSurnamed(since) || mayEnd(whole) || isSurnamed(whole);
    if (apart) {
      cell.append(broken ? PdfCellLines.BREAK : PdfCellLines.WRAP).append(next);
    }
    return apart;
  }

  /**
   * A cell's text with each line {@link #append} kept apart settled: on a line of its own when the
   * paragraphs on either side of it are two units' or two people's names, else run on.
   */
  static String settled(CharSequence cell) {
    String text = cell.toString();
    if (text.indexOf(PdfCellLines.BREAK) < 0 && text.indexOf(PdfCellLines.WRAP) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    int mark = next(text, 0);
    while (mark < text.length()) {
      out.append(text, at, mark);
      int end = mark + 1;
      while (end < text.length() && !isMark(text.charAt(end)) && text.charAt(end) != '\n') {
        end++;
      }
      String above = lastParagraph(out);
      String below = text.substring(mark + 1, end).strip();
      if (text.charAt(mark) == PdfCellLines.BREAK
          ? (isUnits(above) && isUnits(below)) || (isName(above) && isName(below))
          : (isUnit(above) && isUnit(below) && FullLineUnits.ends(above, unitName(below)))
              || (isSurnamed(above) && isSurnamed(below))) {
        out.append('\n');
      }
      at = mark + 1;
      mark = next(text, at);
    }
    return out.append(text, at, text.length()).toString();
  }

  private static boolean isMark(char c) {
    return c == PdfCellLines.BREAK || c == PdfCellLines.WRAP;
  }

  private static int next(String text, int from) {
    int i = from;
    while (i < text.length() && !isMark(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The text of a cell since its last line kept apart, stripped. */
  private static String lastParagraph(CharSequence cell) {
    int from = 0;
    for (int i = cell.length() - 1; i >= 0; i--) {
      if (cell.charAt(i) == '\n' || isMark(cell.charAt(i))) {
        from = i + 1;
        break;
      }
    }
    return cell.subSequence(from, cell.length()).toString().strip();
  }

  /** The text of a cell since its last line break, the lines kept apart run on. */
  private static String lastLine(CharSequence cell) {
    String text = cell.toString();
    return text.substring(text.lastIndexOf('\n') + 1)
        .replace(String.valueOf(PdfCellLines.BREAK), "")
        .replace(String.valueOf(PdfCellLines.WRAP), "")
        .strip();
  }

  /**
   * A unit's name alone, maybe with a bracket after it that says what it does or who answers
   * (政务服务科（牵头）, 办公室（车管）, 医政股（张明）).
   */
  private static boolean isUnit(String text) {
    String name = UNIT_NOTE.matcher(text).replaceFirst("");
    return UNIT.matcher(text).matches() && UnitLeads.endsAsUnit(name);
  }

  /**
   * Units' names alone listed with 、, the list maybe going on at the next line: 政务服务科, 财务股、,
   * 财务股、督导室（配合） (docs/decisions/0385).
   */
  private static boolean isUnits(String text) {
    String list = text.endsWith("、") ? text.substring(0, text.length() - 1) : text;
    for (String unit : list.split("、", -1)) {
      if (!isUnit(unit.strip())) {
        return false;
      }
    }
    return true;
  }

  /** A bracket closing a unit's name: （牵头）, （张明）. */
  private static final Pattern UNIT_NOTE = Pattern.compile("[（(][^（()）]{1,12}[）)]$");

  private static boolean isName(String text) {
    return NAME.matcher(text).matches() && !UnitLeads.endsAsUnit(text);
  }

  /** A unit's name alone that a full line may end ({@link FullLineUnits}): 政务服务科, 党政办公室. */
  private static boolean mayEnd(String text) {
    return isUnit(text) && FullLineUnits.mayEnd(text);
  }

  /** A unit's name without the bracket after it: 综合执法大队（配合） is 综合执法大队. */
  private static String unitName(String text) {
    return UNIT_NOTE.matcher(text).replaceFirst("");
  }

  /** A person's name alone that begins with a surname and is not one alone (欧阳). */
  private static boolean isSurnamed(String text) {
    return isName(text) && BracketNames.isName(text) && !BracketNames.isCompoundSurname(text);
  }
}
