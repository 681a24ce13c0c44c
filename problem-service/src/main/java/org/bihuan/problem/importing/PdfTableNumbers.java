package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the 序号 of a table printed without borders say of how its rows were read (docs/decisions/
 * 0384, 0387), for {@link PdfTableReadGuard} to refuse: a problem whose first row has no number
 * while others have one (a row cut in two), a row holding another problem's number inside a problem
 * (two merged), a number that neither follows the one before nor starts again at 1, rows left
 * outside the table numbered on from its last. A 序号 counting the measure rows of a problem merged
 * over them (0369) runs on inside it and is none of these.
 */
final class PdfTableNumbers {

  private PdfTableNumbers() {}

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}");

  /** A 序号 written in Chinese numerals (一, 十二, 二十三), as Word tables often number their rows. */
  private static final Pattern CHINESE_NUMBER = Pattern.compile("[一二三四五六七八九十百零〇两]{1,4}");

  /**
   * Refuses a PDF whose tables' 序号 (as each problem's first row gives it, {@code results} by table
   * of {@code tables} as read) say rows were cut, merged or skipped: a problem whose first row has
   * no number while others have one, a number standing in a row inside another problem, a number
   * that neither follows the one before nor starts again at 1.
   */
  static void numbers(
      DocumentContent content,
      List<Grid> tables,
      List<TableReading.Result> results,
      Map<Integer, List<String>> signs) {
    if (!"pdf".equals(content.format())) {
      return;
    }
    Map<Integer, List<String>> wrong = new TreeMap<>();
    for (int i = 0; i < tables.size() && i < results.size(); i++) {
      Grid grid = tables.get(i);
      TableReading.Result result = results.get(i);
      if (!content.unruledTables().contains(grid.table())
          || result == null
          || result.header() == null) {
        continue;
      }
      Map<Integer, Grid.Row> byNumber = new TreeMap<>();
      grid.rows().forEach(r -> byNumber.put(r.number(), r));
      int due = result.header().index(TableReading.Column.TIME_LIMIT);
      for (int j = 0; j < result.problems().size(); j++) {
        ParsedProblem p = result.problems().get(j);
        String seq = j < result.seqs().size() ? result.seqs().get(j) : null;
        if (seq == null || !Integer.valueOf(j + 1).equals(value(seq.strip()))) {
          // the row's own 序号 printed in its column apart from the title: 2处隐患… in row 2 is a count
          PdfTableReadSigns.gluedSeq(p, j + 1, signs, PdfTableReadGuard.page(p, content));
        }
        List<Integer> rows = p.origin() == null ? null : p.origin().rows();
        if (rows != null && !rows.isEmpty()) {
          for (int r = rows.get(0); r <= rows.get(rows.size() - 1); r++) {
            PdfTableReadSigns.joinedDates(
                byNumber.get(r), due, p, signs, PdfTableReadGuard.page(p, content));
          }
        }
      }
      int at = result.header().index(TableReading.Column.SEQ);
      if (at < 0) {
        continue;
      }
      List<ParsedProblem> unnumbered = new ArrayList<>();
      Integer before = null;
      int numbered = 0;
      for (int j = 0; j < result.problems().size(); j++) {
        ParsedProblem p = result.problems().get(j);
        String written = j < result.seqs().size() ? result.seqs().get(j).strip() : "";
        Integer first = value(written);
        if (first == null) {
          unnumbered.add(p);
        } else {
          int n = first;
          numbered++;
          if (before != null && n != 1 && n != before + 1) {
            PdfTableReadGuard.add(
                wrong,
                PdfTableReadGuard.page(p, content),
                "序号 "
                    + n
                    + " follows 序号 "
                    + before
                    + " (「"
                    + OutlineParser.shorten(p.title())
                    + "」): numbers were cut, merged or skipped");
          }
          before = n;
        }
        List<Integer> rows = p.origin() == null ? null : p.origin().rows();
        if (rows == null || rows.isEmpty()) {
          continue;
        }
        int problem = result.header().index(TableReading.Column.PROBLEM);
        for (int r = rows.get(0) + 1; r <= rows.get(rows.size() - 1); r++) {
          Integer inside = seq(byNumber.get(r), at);
          if (inside != null
              && before != null
              && inside == before + 1
              && blank(byNumber.get(r), problem)) {
            before =
                inside; // a 序号 counting the measures of a problem merged over their rows (0369)
          } else if (inside != null && !inside.equals(first)) {
            PdfTableReadGuard.add(
                wrong,
                PdfTableReadGuard.page(p, content),
                "the row numbered "
                    + inside
                    + " was read into problem 「"
                    + OutlineParser.shorten(p.title())
                    + "」");
          }
        }
      }
      int read = result.problems().size();
      if (read >= 2 && numbered * 2 < read) {
        // the 序号 printed in their column ran into the cells beside them
        PdfTableReadGuard.add(
            wrong,
            PdfTableReadGuard.page(result.problems().get(0), content),
            read
                - numbered
                + " of the "
                + read
                + " problems were read without the 序号 printed"
                + " in the table's 序号 column");
      } else if (numbered >= 2) {
        for (ParsedProblem p : unnumbered) {
          PdfTableReadGuard.add(
              wrong,
              PdfTableReadGuard.page(p, content),
              "「" + OutlineParser.shorten(p.title()) + "」 was read from a row without a 序号");
        }
      }
    }
    PdfTableReadGuard.refuseWhen(wrong);
  }

  /**
   * Refuses a PDF whose text outside an unruled table with a 序号 column holds lines beginning with
   * the numbers that go on from the table's last (its rows, lost from it).
   */
  static void rowsOutside(
      DocumentContent content,
      List<Grid> tables,
      List<TableReading.Result> results,
      String outsideText,
      Map<Integer, List<String>> signs) {
    if (!"pdf".equals(content.format()) || outsideText == null || outsideText.isBlank()) {
      return;
    }
    for (int i = 0; i < tables.size() && i < results.size(); i++) {
      TableReading.Result result = results.get(i);
      if (!content.unruledTables().contains(tables.get(i).table())
          || result == null
          || result.header() == null
          || result.header().index(TableReading.Column.SEQ) < 0
          || result.problems().isEmpty()) {
        continue;
      }
      int last = result.problems().size();
      for (String seq : result.seqs()) {
        Integer n = seq == null ? null : value(seq.strip());
        if (n != null) {
          last = Math.max(last, n);
        }
      }
      ParsedProblem end = result.problems().get(result.problems().size() - 1);
      PdfTableReadSigns.rowsOutside(outsideText, last, signs, PdfTableReadGuard.page(end, content));
    }
  }

  /** Whether a row's cell {@code at} holds nothing (a cell merged down from the row above). */
  private static boolean blank(Grid.Row row, int at) {
    return row != null
        && at >= 0
        && (at >= row.cells().size() || row.cells().get(at).text().isBlank());
  }

  /** A row's 序号, or null when its 序号 cell holds none. */
  private static Integer seq(Grid.Row row, int at) {
    if (row == null || at >= row.cells().size()) {
      return null;
    }
    return value(row.cells().get(at).text().strip());
  }

  /**
   * The number a 序号 cell holds, in digits or in Chinese numerals (五, 十二), written as the reader
   * compares them ({@link SeqNumbers#key}: 1、, （1）, １ are 1), or null.
   */
  private static Integer value(String text) {
    String key = SeqNumbers.key(text);
    if (NUMBER.matcher(key).matches()) {
      return Integer.parseInt(key);
    }
    int n = CHINESE_NUMBER.matcher(key).matches() ? Numbering.chineseNumber(key) : -1;
    return n > 0 ? n : null;
  }
}
