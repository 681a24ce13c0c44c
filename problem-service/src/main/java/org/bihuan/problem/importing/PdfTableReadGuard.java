package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bihuan.platform.error.ApiProblem;

/**
 * What a PDF's problems must not look like, when its tables were printed without cell borders and
 * their rows and columns had to be guessed from where the text stands (docs/decisions/0384): a
 * problem, category or field made of a table's header words run together (序号问题描述整改措施责任领) or of one
 * character cut from a cell (号, 导: a header's word wrapped in a narrow column), page furniture
 * inside a field (「Page 4」, Calc's 「###」 for a number too wide for its column), a table row whose
 * 序号 cell is empty read as a problem of its own while the others are numbered (a row cut in two), a
 * row holding a printed 序号 read into another problem (two merged), printed numbers skipped. Such a
 * reading would lose, merge or invent problems: the PDF is refused (422 {@code
 * pdf-table-unreadable}) naming the page(s) and what was wrong, and asking for the original file.
 */
final class PdfTableReadGuard {

  private PdfTableReadGuard() {}

  /** Page furniture printed into a table's cells: Calc's foot 「Page 4」 and its 「###」. */
  private static final Pattern FURNITURE = Pattern.compile("(?i)(?:\\bpage\\s*\\d+\\b|#{2,})");

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}");

  /** A 序号 written in Chinese numerals (一, 十二, 二十三), as Word tables often number their rows. */
  private static final Pattern CHINESE_NUMBER = Pattern.compile("[一二三四五六七八九十百零〇两]{1,4}");

  /**
   * Refuses {@code doc} when it was read from a PDF holding a table printed without borders and
   * shows what a misread table leaves. A PDF whose tables are all ruled, or that holds none, is not
   * asked: its fields may well read 部门负责人 or 明确责任单位、责任人和完成时限.
   */
  static void check(DocumentContent content, ParsedDocument doc) {
    if (!"pdf".equals(content.format()) || content.unruledTables().isEmpty()) {
      return;
    }
    Map<Integer, List<String>> wrong = new TreeMap<>();
    fieldSigns(doc.problems(), content, wrong);
    refuseWhen(wrong);
  }

  /** Adds what the fields of {@code problems} show of a misread table to {@code wrong}. */
  private static void fieldSigns(
      List<ParsedProblem> problems, DocumentContent content, Map<Integer, List<String>> wrong) {
    for (ParsedProblem p : problems) {
      Integer page = page(p, content);
      if (PdfTableReadSigns.noTitle(p.title())) {
        add(wrong, page, "「" + p.title().strip() + "」 is a number or a header name, not a problem");
      }
      for (String field : fields(p)) {
        if (field.strip().codePointCount(0, field.strip().length()) == 1) {
          add(wrong, page, "「" + field.strip() + "」 is one character cut from a cell");
        } else if (HeaderNameRuns.madeOfNames(field)) {
          add(wrong, page, "「" + OutlineParser.shorten(field) + "」 is the table's header words");
        } else if (HeaderNameRuns.containsRun(field)) {
          add(
              wrong,
              page,
              "「" + OutlineParser.shorten(field) + "」 holds the table's header words run together");
        } else if (FURNITURE.matcher(field).find()) {
          add(
              wrong,
              page,
              "「" + OutlineParser.shorten(field) + "」 holds page furniture (a page number or ###)");
        }
      }
    }
  }

  /**
   * Refuses the PDF when {@code signs} name what its unruled tables' rows show (found by {@link
   * #numbers} and {@link #rowsOutside} while {@code doc} was read), naming first what the fields of
   * its problems show, the most telling findings.
   */
  static void rowSigns(
      DocumentContent content, ParsedDocument doc, Map<Integer, List<String>> signs) {
    if (signs.isEmpty()) {
      return;
    }
    Map<Integer, List<String>> wrong = new TreeMap<>();
    fieldSigns(doc.problems(), content, wrong);
    signs.forEach((page, what) -> what.forEach(w -> add(wrong, page, w)));
    refuseWhen(wrong);
  }

  /** Refuses the PDF naming, page by page, what was wrong; nothing when nothing was. */
  private static void refuseWhen(Map<Integer, List<String>> wrong) {
    if (wrong.isEmpty()) {
      return;
    }
    StringBuilder detail = new StringBuilder("The PDF's table could not be read: ");
    List<String> said = new ArrayList<>();
    wrong.forEach(
        (page, what) ->
            said.add((page == 0 ? "" : "page " + page + ": ") + String.join("; ", what)));
    detail.append(String.join("; ", said));
    detail.append(
        ". A table printed without cell borders does not say where its rows and columns end, and"
            + " reading it would lose, merge or invent problems. Send the original Word (.docx) or"
            + " Excel (.xlsx) file the PDF was made from, or a PDF printed with the table's borders.");
    throw ApiProblem.unprocessable("pdf-table-unreadable", detail.toString());
  }

  static void add(Map<Integer, List<String>> wrong, Integer page, String what) {
    List<String> own = wrong.computeIfAbsent(page == null ? 0 : page, k -> new ArrayList<>());
    if (!own.contains(what) && own.size() < 3) {
      own.add(what);
    }
  }

  private static List<String> fields(ParsedProblem p) {
    List<String> out = new ArrayList<>(p.categoryPath());
    out.add(p.title());
    for (ParsedMeasure m : p.measures()) {
      out.add(m.measure());
      out.addAll(m.responsibleUnits());
      out.add(m.leaderInCharge());
      out.add(m.responsiblePerson());
    }
    out.removeIf(f -> f == null || f.isBlank());
    return out;
  }

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
          PdfTableReadSigns.gluedSeq(p, j + 1, signs, page(p, content));
        }
        List<Integer> rows = p.origin() == null ? null : p.origin().rows();
        if (rows != null && !rows.isEmpty()) {
          for (int r = rows.get(0); r <= rows.get(rows.size() - 1); r++) {
            PdfTableReadSigns.joinedDates(byNumber.get(r), due, p, signs, page(p, content));
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
            add(
                wrong,
                page(p, content),
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
            add(
                wrong,
                page(p, content),
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
        add(
            wrong,
            page(result.problems().get(0), content),
            read
                - numbered
                + " of the "
                + read
                + " problems were read without the 序号 printed"
                + " in the table's 序号 column");
      } else if (numbered >= 2) {
        for (ParsedProblem p : unnumbered) {
          add(
              wrong,
              page(p, content),
              "「" + OutlineParser.shorten(p.title()) + "」 was read from a row without a 序号");
        }
      }
    }
    refuseWhen(wrong);
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
      PdfTableReadSigns.rowsOutside(outsideText, last, signs, page(end, content));
    }
  }

  /** The page a problem was read from, or null when the PDF does not say. */
  private static Integer page(ParsedProblem p, DocumentContent content) {
    Origin o = p.origin();
    if (o == null) {
      return null;
    }
    if (o.page() != null) {
      return o.page();
    }
    return o.lines() == null || o.lines().isEmpty() ? null : content.pageOf(o.lines().get(0));
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
