package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.ContinuedTables.joinContinuedTables;
import static org.bihuan.problem.importing.SameProblemOnSheets.sameOnAnotherSheet;
import static org.bihuan.problem.importing.TableHeadings.under;
import static org.bihuan.problem.importing.TextBesideTables.aboutTableHeading;
import static org.bihuan.problem.importing.TextBesideTables.compact;
import static org.bihuan.problem.importing.TextBesideTables.inDocumentOrder;
import static org.bihuan.problem.importing.TextBesideTables.inWholeText;
import static org.bihuan.problem.importing.TextBesideTables.isHeadingOnly;
import static org.bihuan.problem.importing.TextBesideTables.linesInWholeText;
import static org.bihuan.problem.importing.TextBesideTables.sameProblem;
import static org.bihuan.problem.importing.TextBesideTables.whereInText;
import static org.bihuan.problem.importing.TextOutsideTables.uniformLines;
import static org.bihuan.problem.importing.TextOutsideTables.withoutNotes;
import static org.bihuan.problem.importing.TextOutsideTables.withoutSignOff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a document says, whatever its format: the problems of its rectification tables when it has
 * any (a Word 整改任务清单, the sheets of an Excel 台账), else the outline of its text ({@link
 * OutlineParser}). A table's rows say which problem each measure belongs to, which its text alone
 * cannot, so tables win; the warnings say when the text outside them also held problems.
 */
public final class DocumentReading {

  private final OutlineParser parser = new OutlineParser();

  /** What a sheet without a header is named with, after its name. */
  private static final String NO_HEADER =
      "」 has no header row naming a 问题 column (问题描述, 存在问题, …) in its first ";

  /**
   * The warnings that name a sheet not imported for want of a header row (where it is looked for,
   * and a row below that looks like one): a refusal of a document without problems repeats them in
   * its detail (0319).
   */
  public static List<String> headerNotes(List<String> warnings) {
    return warnings.stream().filter(w -> w.startsWith("Sheet 「") && w.contains(NO_HEADER)).toList();
  }

  /**
   * A sheet name a program or a filing number gave (Sheet1, 工作表2, a copied sheet Sheet1 (2), 附件1,
   * 附表2-1), which says nothing about its problems (0365).
   */
  private static final Pattern DEFAULT_SHEET_NAME =
      Pattern.compile(
          "(?i)(?:sheet|工作表|表|附件|附表)\\s*[0-9０-９一二三四五六七八九十]{0,3}"
              + "(?:\\s*[-－—_.]\\s*[0-9]{1,2})?(?:\\s*[（(]\\s*[0-9]{1,3}\\s*[)）])?");

  /** {@link TableHeadings#headingPaths}. */
  static List<List<String>> headingPaths(List<Grid> tables) {
    return TableHeadings.headingPaths(tables);
  }

  /**
   * A PDF's problems with the page their first line is on, where the outline reader says which
   * lines a problem came from.
   */
  static ParsedDocument withPages(ParsedDocument doc, DocumentContent content) {
    if (content.pageFirstLines().isEmpty()) {
      return doc;
    }
    List<ParsedProblem> problems = new ArrayList<>();
    for (ParsedProblem p : doc.problems()) {
      Origin o = p.origin();
      if (o == null || o.lines() == null || o.lines().isEmpty() || o.page() != null) {
        problems.add(p);
        continue;
      }
      List<Integer> lines = WrappedOrigins.over(o.lines(), content.continuedLines());
      Origin paged =
          new Origin(o.sheet(), content.pageOf(lines.get(0)), o.table(), o.rows(), lines);
      problems.add(
          new ParsedProblem(p.title(), p.description(), p.categoryPath(), p.measures(), paged));
    }
    return new ParsedDocument(problems, doc.causes(), doc.proposedMeasures(), doc.warnings());
  }

  public ParsedDocument read(DocumentContent content) {
    // what an unruled PDF table's rows show is named after its problems' fields (0384)
    java.util.Map<Integer, List<String>> signs = new java.util.TreeMap<>();
    ParsedDocument doc = read(content, signs);
    PdfTableReadGuard.rowSigns(content, doc, signs);
    return doc;
  }

  private ParsedDocument read(DocumentContent content, java.util.Map<Integer, List<String>> signs) {
    List<ParsedProblem> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>(content.warnings());
    List<TableReading.Result> results = new ArrayList<>();
    List<Grid> tables = new ArrayList<>();
    // a PDF table's row cut by a page break is one row again (0225), a merged cell's tail set
    // beside the rows below it goes back to the cell (0241)
    // a continuation table of other column widths is read cell by cell, not by its edges (0263)
    // a 整改任务书 form (问题描述 | … / 整改措施 | …) is a task list of one row (0360)
    // a form is one problem's table: the next form's labels are no header repeated over a page
    // (0379)
    Set<Grid> forms = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Grid> read = new ArrayList<>();
    for (Grid g : content.tables()) {
      Grid form = TaskForms.asTaskList(g);
      Grid aligned = OtherColumnWidths.aligned(form);
      if (form != g) {
        forms.add(aligned);
      }
      read.add(aligned);
    }
    joinContinuedTables(read, forms)
        .forEach(g -> tables.add(RowsOverPageBreaks.joined(MergedCellTails.folded(g))));
    // measures under the problems on one sheet, named by 问题序号: a linked table of their own (0365)
    List<Grid> parts = new ArrayList<>();
    tables.forEach(g -> parts.addAll(MeasuresUnderProblems.split(g)));
    tables.clear();
    tables.addAll(parts);
    // a sheet of measures naming their problems by 序号 is read after the others, into them (0191)
    List<TableReading.Header> linked = new ArrayList<>();
    for (Grid grid : tables) {
      TableReading.Header header = LinkedSheets.header(grid);
      linked.add(header);
      // a summary sheet counts problems and names none: left out, named (0273)
      results.add(header == null ? SheetCounts.read(grid) : null);
    }
    LinkedSheets.attach(tables, results, linked);
    // a PDF table printed without borders whose 序号 say rows were cut or merged is refused (0384)
    PdfTableNumbers.numbers(content, tables, results, signs);
    List<List<String>> headings = headingPaths(tables);
    long sheetsWithProblems = results.stream().filter(r -> !r.problems().isEmpty()).count();
    // sheets named after a category of their problems (党建方面, 作风方面): a title on two of them is
    // two problems, one in each category (0273)
    Set<String> categorySheets = new HashSet<>();
    for (int i = 0; i < results.size(); i++) {
      Grid grid = tables.get(i);
      TableReading.Result result = results.get(i);
      boolean sheetCategory =
          grid.sheet() != null
              && !DEFAULT_SHEET_NAME.matcher(grid.sheet().strip()).matches()
              && sheetsWithProblems > 1
              && result.header() != null
              && !result.header().has(TableReading.Column.CATEGORY);
      List<String> above = sheetCategory ? List.of(grid.sheet()) : headings.get(i);
      if (sheetCategory && !TableHeadings.isGeneric(grid.sheet().strip())) {
        categorySheets.add(grid.sheet());
      }
      for (ParsedProblem p : result.problems()) {
        if (grid.sheet() != null
            && sameOnAnotherSheet(p, grid.sheet(), problems, warnings, categorySheets)) {
          continue;
        }
        problems.add(
            above.isEmpty()
                ? p
                : new ParsedProblem(
                    p.title(),
                    p.description(),
                    under(above, p.categoryPath()),
                    p.measures(),
                    p.origin()));
      }
      warnings.addAll(result.warnings());
      if (grid.sheet() != null && result.header() == null && !grid.rows().isEmpty()) {
        Grid.Row low = TableHeaders.lowHeaderLike(grid);
        warnings.add(
            "Sheet 「"
                + grid.sheet()
                + NO_HEADER
                + TableReading.HEADER_SEARCH
                + " rows; it was not imported."
                + (low == null
                    ? ""
                    : " Row "
                        + low.number()
                        + " (「"
                        + OutlineParser.shorten(String.join(" ", TableHeaders.distinctTexts(low)))
                        + "」) below them looks like one: move it into the first "
                        + TableReading.HEADER_SEARCH
                        + " rows and upload the file again."));
      }
    }
    if (problems.isEmpty()) {
      // a Word file's lines are told outside its tables (0332)
      ParsedDocument outline =
          OriginLines.outsideTables(withPages(parser.parse(content.text()), content), content);
      if (!content.tables().isEmpty()
          && content.tables().stream().allMatch(g -> g.sheet() != null)) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(outline.warnings());
        return new ParsedDocument(List.of(), List.of(), List.of(), all);
      }
      if (warnings.isEmpty()) {
        return outline;
      }
      List<String> all = new ArrayList<>(outline.warnings());
      all.addAll(warnings);
      return new ParsedDocument(
          outline.problems(), outline.causes(), outline.proposedMeasures(), all);
    }
    List<Grid> told = OriginLines.toldBy(content); // how lines are counted beside tables (0332)
    String outsideText =
        withoutNotes(
            withoutSignOff(uniformLines(content.textOutsideTables()), content.tables(), warnings),
            content.tables(),
            warnings);
    // an unruled PDF table whose lost rows stand in the text after it is refused (0384)
    PdfTableNumbers.rowsOutside(content, tables, results, outsideText, signs);
    // findings numbered on across the tables (1.–2. in a table, 3. below it) are read with the
    // tables' numbers in their places, so that no jump turns them into points of another (0247)
    ParsedDocument outside =
        outsideText.isBlank()
            ? null
            : NumbersAcrossTables.parse(parser, outsideText, tables, results);
    if (outside == null || outside.problems().isEmpty()) {
      // the text read and left out is named, as every other line not imported is (0265)
      if (outside != null) {
        ParagraphsLeftOut.warning(outsideText, told, List.of(), outside).ifPresent(warnings::add);
        return new ParsedDocument(problems, outside.causes(), outside.proposedMeasures(), warnings);
      }
      return new ParsedDocument(problems, List.of(), List.of(), warnings);
    }
    // the text outside the tables lists problems too (两个段落问题, then 二、整改任务（见下表）): they are
    // imported with the tables' problems in document order, except the headings the tables already
    // took as categories and the problems a table lists again
    Set<String> headingTexts = new HashSet<>();
    headings.forEach(path -> path.forEach(h -> headingTexts.add(compact(h))));
    List<ParsedProblem> own = new ArrayList<>();
    List<ParsedProblem> repeated = new ArrayList<>();
    for (ParsedProblem p : outside.problems()) {
      if (isHeadingOnly(p, headingTexts)) {
        continue;
      }
      if (problems.stream().anyMatch(t -> sameProblem(t, p))) {
        repeated.add(p);
        continue;
      }
      own.add(p);
    }
    if (!repeated.isEmpty()) {
      warnings.add(
          repeated.size()
              + " problem(s) in the text outside the tables (「"
              + OutlineParser.shorten(repeated.get(0).title())
              + "」"
              + (repeated.size() > 1 ? " …" : "")
              + ") are listed again in a table; each was imported once, from the table.");
    }
    if (own.isEmpty()) {
      // its problems were the tables' again: what they did not take is named (0265)
      ParagraphsLeftOut.warning(outsideText, told, repeated, outside).ifPresent(warnings::add);
      return new ParsedDocument(problems, outside.causes(), outside.proposedMeasures(), warnings);
    }
    warnings.add(
        own.size()
            + " problem(s) were read from the text outside the tables ("
            + whereInText(own, told)
            + ") and "
            + problems.size()
            + " from the tables; both are imported, in the document's order. Check the dry run"
            + " if the text only summarises the tables.");
    outside.warnings().stream()
        .filter(w -> !aboutTableHeading(w, headingTexts))
        .map(w -> linesInWholeText(w, told))
        .forEach(warnings::add);
    List<ParsedProblem> ordered = new ArrayList<>();
    for (ParsedProblem p : inDocumentOrder(own, tables, results, problems)) {
      ordered.add(own.contains(p) ? inWholeText(p, told) : p);
    }
    // the text's 原因分析 and 整改措施 are read beside the tables' problems (0366)
    return new ParsedDocument(ordered, outside.causes(), outside.proposedMeasures(), warnings);
  }
}
