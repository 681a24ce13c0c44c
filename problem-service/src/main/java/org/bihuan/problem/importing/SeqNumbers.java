package org.bihuan.problem.importing;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table's 序号 says about its rows (docs/decisions/0190, amending 0045 and 0177): a row with a
 * 序号 of its own that is another value than the problem's above starts a new problem, even when its
 * 问题 cell repeats the problem above — but not when that cell continues a 问题 cell merged over it
 * (0369) or is blank beside a measure of the row's own (0377): then the 序号 numbers the problem's
 * measures ({@link #furtherMeasure}); a row whose 序号 is blank, continues a merged 序号 cell, repeats
 * the problem's 序号 or numbers a point of it (1.1, 1-2 under 1) belongs to the problem above; so
 * does a row numbering another point under the same number (1-2 after 1-1) beside a 问题 cell that is
 * merged over both, blank or the same text (0200).
 */
final class SeqNumbers {

  private SeqNumbers() {}

  /** What is left out when 序号 are compared: brackets, a trailing 、 or ., spaces. */
  private static final Pattern NOISE = Pattern.compile("[\\s()（）\\[\\]【】、,，。]|[.．]$");

  private static final Pattern SUB_NUMBER = Pattern.compile("[.．\\-－—_/][0-9]+");

  /** A 序号 as compared: （1） → 1, 1、 → 1, １ → 1. */
  static String key(String seq) {
    String folded = Normalizer.normalize(seq == null ? "" : seq, Normalizer.Form.NFKC);
    return NOISE.matcher(folded.strip()).replaceAll("");
  }

  /**
   * Whether {@code seq} is the problem's own 序号 {@code problemSeq} again, or numbers a point under
   * it (1.1, 1-2 under 1).
   */
  static boolean sameProblem(String seq, String problemSeq) {
    String own = key(seq);
    String problem = key(problemSeq);
    if (own.isEmpty() || problem.isEmpty()) {
      return own.equals(problem);
    }
    if (style(seq) != style(problemSeq)) {
      return false; // （2） is no 2 again, ① no 1 (0288)
    }
    return own.equals(problem)
        || (own.startsWith(problem)
            && SUB_NUMBER.matcher(own.substring(problem.length())).matches());
  }

  /**
   * Whether a row repeating the problem's 序号 itself (not a point under it) holds another problem: a
   * 问题 text of its own that is not the problem's again (a copy, its first sentence). Two rows
   * numbered alike with two problem texts are two problems, the dry run says so (0273).
   */
  static boolean anotherProblemAlike(
      String seq, String problemSeq, Grid.Cell problemCell, String problemText) {
    String text = problemCell.text();
    return !key(seq).isEmpty()
        && key(seq).equals(key(problemSeq))
        && !problemCell.continuesAbove()
        && !text.isEmpty()
        && !RepeatedCells.same(text, problemText)
        && !RepeatedCells.firstSentence(text, problemText);
  }

  /** How an arabic 序号 is written: bracketed （1） (1) ⑴, closed 1) 1）, circled ①, or plain. */
  private enum Style {
    BRACKETED,
    CLOSED,
    CIRCLED,
    PLAIN
  }

  private static final Pattern BRACKETED = Pattern.compile("[（(]\\s*[0-9０-９]{1,2}\\s*[)）]|[⑴-⒇]");
  private static final Pattern CLOSED = Pattern.compile("[0-9０-９]{1,2}\\s*[)）]");
  private static final Pattern CIRCLED = Pattern.compile("[①-⑳]");

  private static Style style(String seq) {
    String s = seq == null ? "" : seq.strip();
    if (BRACKETED.matcher(s).matches()) {
      return Style.BRACKETED;
    }
    if (CLOSED.matcher(s).matches()) {
      return Style.CLOSED;
    }
    return CIRCLED.matcher(s).matches() ? Style.CIRCLED : Style.PLAIN;
  }

  /**
   * Whether {@code seq} numbers a measure under the problem {@code problemSeq} by writing its
   * number another way: （1） （2）, (1), 1), ① under a problem numbered 1 (or not numbered). Beside a
   * blank, merged or repeated 问题 cell such a row is the problem's next measure, whatever its number
   * (0288).
   */
  static boolean measureUnder(String seq, String problemSeq) {
    Style own = style(seq);
    return own != Style.PLAIN && own != style(problemSeq);
  }

  /** A sub-number and the number it is under: 1-2 → 1, 1.2 → 1, 2．1 → 2. */
  private static final Pattern POINT = Pattern.compile("(.+?)[.．\\-－—_/][0-9]+");

  /**
   * Whether {@code seq} and the problem's {@code problemSeq} number two points under the same
   * number with no row of that number (1-1 then 1-2, 2.1 then 2.2). Beside a 问题 cell merged over
   * both, blank or repeating the text, they are the measures of one problem (0190, amended by
   * 0200).
   */
  static boolean samePointsParent(String seq, String problemSeq) {
    Matcher own = POINT.matcher(key(seq));
    Matcher problem = POINT.matcher(key(problemSeq));
    return own.matches() && problem.matches() && own.group(1).equals(problem.group(1));
  }

  /**
   * Why a row with a 序号 of its own that neither repeats the problem's nor numbers a point of it is
   * a further measure of the problem above, in the problem's category (said in a warning after the
   * row's place), or null when it starts a problem: beside a 问题 cell merged down over the row
   * above, the 序号 numbers the problem's measures (0369, amending 0190); beside a blank 问题 cell, not
   * merged, with a 整改措施 or duties of its own, the row is one more measure of the problem above (a
   * problem spanning several rows, its cell left blank below its first; 0377, amending 0190).
   */
  static String furtherMeasure(
      String seq,
      String problemSeq,
      String problemText,
      Grid.Cell problemCell,
      boolean measureOrDuties) {
    String ownNumber = " has a 序号 of its own (" + seq + ", after " + problemSeq + ")";
    if (problemCell.continuesAbove()) {
      return ownNumber
          + " beside the 问题 cell merged over the row above (「"
          + OutlineParser.shorten(problemText)
          + "」); the 序号 was read as numbering its measures, the row as a further measure of"
          + " that problem.";
    }
    if (problemCell.text().isBlank() && measureOrDuties) {
      return ownNumber
          + " and a blank 问题 cell; it was read as a further measure of the problem above (「"
          + OutlineParser.shorten(problemText)
          + "」). If it is a problem of its own, write its problem text in the 问题 cell.";
    }
    return null;
  }

  /**
   * The 序号 of a row holding nothing but it (7 beside empty cells, a form numbered in advance or a
   * row emptied): no problem, left out, but named with its 序号 so that no row is dropped unseen
   * ({@link NumberOnlyRows}, docs/decisions/0382); null where another cell of its own holds text.
   */
  static String numberOnly(Grid.Row row, int seqColumn) {
    return nothingBut(row, seqColumn, seqColumn) ? row.cell(seqColumn).text().strip() : null;
  }

  /**
   * Whether no cell of the row other than columns {@code a} and {@code b} holds a text of its own
   * (cells merged from above not counted).
   */
  static boolean nothingBut(Grid.Row row, int a, int b) {
    for (int i = 0; i < row.cells().size(); i++) {
      Grid.Cell cell = row.cell(i);
      if (i != a && i != b && !cell.text().isBlank() && !cell.continuesAbove()) {
        return false;
      }
    }
    return true;
  }
}
