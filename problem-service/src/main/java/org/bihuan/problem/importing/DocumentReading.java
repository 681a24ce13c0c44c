package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * What a document says, whatever its format: the problems of its rectification tables when it has
 * any (a Word 整改任务清单, the sheets of an Excel 台账), else the outline of its text ({@link
 * OutlineParser}). A table's rows say which problem each measure belongs to, which its text alone
 * cannot, so tables win; the warnings say when the text outside them also held problems.
 */
public final class DocumentReading {

  private final OutlineParser parser = new OutlineParser();

  private static List<String> withSheet(String sheet, List<String> path) {
    List<String> longer = new ArrayList<>(path.size() + 1);
    longer.add(sheet);
    longer.addAll(path);
    return List.copyOf(longer);
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
      Origin paged = new Origin(o.sheet(), content.pageOf(o.lines().get(0)), o.rows(), o.lines());
      problems.add(
          new ParsedProblem(p.title(), p.description(), p.categoryPath(), p.measures(), paged));
    }
    return new ParsedDocument(problems, doc.causes(), doc.proposedMeasures(), doc.warnings());
  }

  /**
   * A Word table without a header of its own, as wide as a rectification table just before it,
   * continues that table (an author split it at a page with a paragraph break): its rows are read
   * as further rows of that table, numbered on from its last row, so a problem may span both.
   */
  static List<Grid> joinContinuedTables(List<Grid> grids) {
    List<Grid> out = new ArrayList<>();
    for (Grid grid : grids) {
      Grid before = out.isEmpty() ? null : out.get(out.size() - 1);
      if (grid.sheet() == null
          && before != null
          && before.sheet() == null
          && !grid.rows().isEmpty()
          && !before.rows().isEmpty()
          && TableReading.header(grid) == null
          && TableReading.header(before) != null
          && grid.rows().get(0).cells().size() == before.rows().get(0).cells().size()) {
        List<Grid.Row> rows = new ArrayList<>(before.rows());
        int last = rows.get(rows.size() - 1).number();
        for (Grid.Row r : grid.rows()) {
          rows.add(new Grid.Row(last + r.number(), r.cells()));
        }
        out.set(out.size() - 1, new Grid(null, rows));
      } else {
        out.add(grid);
      }
    }
    return out;
  }

  public ParsedDocument read(DocumentContent content) {
    List<ParsedProblem> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>(content.warnings());
    List<TableReading.Result> results = new ArrayList<>();
    List<Grid> tables = joinContinuedTables(content.tables());
    for (Grid grid : tables) {
      results.add(TableReading.read(grid));
    }
    long sheetsWithProblems = results.stream().filter(r -> !r.problems().isEmpty()).count();
    for (int i = 0; i < results.size(); i++) {
      Grid grid = tables.get(i);
      TableReading.Result result = results.get(i);
      boolean sheetCategory =
          grid.sheet() != null
              && sheetsWithProblems > 1
              && result.header() != null
              && !result.header().has(TableReading.Column.CATEGORY);
      for (ParsedProblem p : result.problems()) {
        problems.add(
            sheetCategory
                ? new ParsedProblem(
                    p.title(),
                    p.description(),
                    withSheet(grid.sheet(), p.categoryPath()),
                    p.measures(),
                    p.origin())
                : p);
      }
      warnings.addAll(result.warnings());
      if (grid.sheet() != null && result.header() == null && !grid.rows().isEmpty()) {
        warnings.add(
            "Sheet 「"
                + grid.sheet()
                + "」 has no header row naming a 问题 column (问题描述, 存在问题, …) in its first "
                + TableReading.HEADER_SEARCH
                + " rows; it was not imported.");
      }
    }
    if (problems.isEmpty()) {
      ParsedDocument outline = withPages(parser.parse(content.text()), content);
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
    String outsideText = content.textOutsideTables();
    ParsedDocument outside = outsideText.isBlank() ? null : parser.parse(outsideText);
    if (outside != null && !outside.problems().isEmpty()) {
      warnings.add(
          "The problems were read from the document's tables; its text outside them also reads as "
              + outside.problems().size()
              + " problem(s), which were not imported (a document should list its problems once).");
    }
    return new ParsedDocument(problems, List.of(), List.of(), warnings);
  }
}
