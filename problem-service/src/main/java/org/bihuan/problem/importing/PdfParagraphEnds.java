package org.bihuan.problem.importing;

import java.util.regex.Pattern;

/**
 * Where a ruled PDF cell's line that ended short of the cell's room ({@link PdfCellLines#BREAK})
 * ends a paragraph the author wrote, so that the cell gives the rules that read a Word cell's
 * paragraphs the same paragraphs: measures a paragraph each beside a time limit a paragraph each
 * ({@link ParagraphDuties}, 0422), a title line over a detail ({@link CellHeadings}, 0425). In
 * LibreOffice's prints of Word tables a short line is the author's paragraph end but where the
 * printer carried a character down with it: a character that may not begin a line after it (人员培训 /
 * 训，…: the line ends one character short) or a number or Latin word that did not fit whole (截至 /
 * 2023年 底…) — those run on, as a wrapped line does (docs/decisions/0429).
 */
final class PdfParagraphEnds {

  private PdfParagraphEnds() {}

  /** Punctuation a printer never begins a line with; the character before it goes down too. */
  private static final String NO_LINE_START = "，。、；：！？）」』”’》,.;:!?)%";

  /** A line opening with a number or a Latin word the printer keeps whole. */
  private static final Pattern OPENS_UNBROKEN = Pattern.compile("^[0-9A-Za-z].*");

  /**
   * A line the author closed before a number: a sentence's or clause's stop, a bracket closed, or a
   * time limit's end (2025年4月30日 / 2025年5月底, 立行立改 / 2025年6月30日).
   */
  private static final Pattern CLOSED =
      Pattern.compile(".*(?:[。；;！？!?：:）)]|\\d+日|月底|年底|月|前|改|持|完成)$");

  /** Whether the short line {@code above} ends a paragraph before the line {@code below}. */
  static boolean ends(String above, String below) {
    if (above.isEmpty() || below.isEmpty()) {
      return false;
    }
    if (below.length() >= 2
        && Character.UnicodeScript.of(below.codePointAt(0)) == Character.UnicodeScript.HAN
        && NO_LINE_START.indexOf(below.charAt(1)) >= 0) {
      return false;
    }
    if ("（(【〔《“".indexOf(below.charAt(0)) >= 0 && !CLOSED.matcher(above).matches()) {
      return false; // an opening bracket never ends a line: the print carried it down (（含新入职人员）)
    }
    return !OPENS_UNBROKEN.matcher(below).matches() || CLOSED.matcher(above).matches();
  }
}
