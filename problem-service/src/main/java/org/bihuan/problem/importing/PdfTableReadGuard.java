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

  /**
   * Refuses {@code doc} when it was read from a PDF holding a table printed without borders and
   * shows what a misread table leaves. A PDF whose tables are all ruled, or that holds none, is not
   * asked for these signs: its fields may well read 部门负责人 or 明确责任单位、责任人和完成时限. But a PDF without
   * ruled tables none of whose problems was read from a table is refused when it prints a table's
   * header row ({@link PdfHeadersWithoutRows}, 0391): its problems were made up from the table's
   * lines, or none found.
   */
  static void check(DocumentContent content, ParsedDocument doc) {
    if (!"pdf".equals(content.format())) {
      return;
    }
    Map<Integer, List<String>> wrong = new TreeMap<>();
    if (!content.unruledTables().isEmpty()) {
      fieldSigns(doc.problems(), content, wrong);
    }
    PdfMisreadFields.found(content, doc, wrong);
    if (wrong.isEmpty()
        && content.tables().stream().allMatch(g -> content.unruledTables().contains(g.table()))
        && doc.problems().stream()
            .noneMatch(p -> p.origin() != null && p.origin().table() != null)) {
      // no problem was read from a table, though one's header may be printed, and no ruled table
      // (a blank form appended to a plan) was read either (0391)
      wrong.putAll(PdfHeadersWithoutRows.found(content));
    }
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
   * PdfTableNumbers#numbers} and {@link PdfTableNumbers#rowsOutside} while {@code doc} was read),
   * naming first what the fields of its problems show, the most telling findings.
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
  static void refuseWhen(Map<Integer, List<String>> wrong) {
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

  /** The page a problem was read from, or null when the PDF does not say. */
  static Integer page(ParsedProblem p, DocumentContent content) {
    Origin o = p.origin();
    if (o == null) {
      return null;
    }
    if (o.page() != null) {
      return o.page();
    }
    return o.lines() == null || o.lines().isEmpty() ? null : content.pageOf(o.lines().get(0));
  }
}
