package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a document says, whatever its format: the problems of its rectification tables when it has
 * any (a Word 整改任务清单, the sheets of an Excel 台账), else the outline of its text ({@link
 * OutlineParser}). A table's rows say which problem each measure belongs to, which its text alone
 * cannot, so tables win; the warnings say when the text outside them also held problems.
 */
public final class DocumentReading {

  private final OutlineParser parser = new OutlineParser();

  /**
   * {@code path} below {@code above}; a table's own first category that repeats the heading above
   * the table is not given twice.
   */
  private static List<String> under(List<String> above, List<String> path) {
    List<String> longer = new ArrayList<>(above);
    boolean repeats = !path.isEmpty() && path.get(0).equals(above.get(above.size() - 1));
    longer.addAll(repeats ? path.subList(1, path.size()) : path);
    return List.copyOf(longer);
  }

  /** A heading that names only the genre of what follows (存在的问题, 整改任务清单), not a category. */
  private static final Pattern GENERIC_HEADING =
      Pattern.compile("(?:存在的?|查摆的?|发现的?|反馈的?|主要|具体|的|问题|清单|整改|任务|台账|情况|一览表|汇总表?|明细表?|及|和|与)+");

  /**
   * The categories the headings above each Word table give its problems (一、政治建设方面, then （一）…):
   * numbered headings of the two top ranks, nested by rank and carried on to later tables until a
   * heading of the same or a higher rank replaces them, as in a document's outline. A heading that
   * is a sentence, names a section that holds no problems (原因, 措施, 工作要求) or only names the genre
   * (存在的问题, 整改任务清单) is not a category. Worksheets get none.
   */
  static List<List<String>> headingPaths(List<Grid> tables) {
    List<Numbering> open = new ArrayList<>();
    List<List<String>> paths = new ArrayList<>(tables.size());
    for (Grid grid : tables) {
      if (grid.sheet() != null) {
        paths.add(List.of());
        continue;
      }
      for (String line : grid.lead()) {
        Numbering n = Numbering.of(line.strip());
        if (n == null || !isCategoryHeading(n)) {
          continue;
        }
        while (!open.isEmpty() && open.get(open.size() - 1).rank() >= n.rank()) {
          open.remove(open.size() - 1);
        }
        open.add(n);
      }
      paths.add(open.stream().map(n -> n.text().strip()).toList());
    }
    return paths;
  }

  private static boolean isCategoryHeading(Numbering n) {
    String text = n.text().strip();
    if (n.rank() > Numbering.CHINESE_IN_PARENTHESES
        || text.length() < 2
        || text.length() > 30
        || text.matches(".*[。；;，,：:！？!?]$")
        || GENERIC_HEADING.matcher(text).matches()) {
      return false;
    }
    SectionKind kind = SectionKind.of(text);
    return kind != SectionKind.CAUSES
        && kind != SectionKind.MEASURES
        && kind != SectionKind.IGNORED;
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
      Origin paged =
          new Origin(o.sheet(), content.pageOf(o.lines().get(0)), o.table(), o.rows(), o.lines());
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
        out.set(out.size() - 1, Grid.wordTable(rows, before.table(), before.lead()));
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
    List<List<String>> headings = headingPaths(tables);
    long sheetsWithProblems = results.stream().filter(r -> !r.problems().isEmpty()).count();
    for (int i = 0; i < results.size(); i++) {
      Grid grid = tables.get(i);
      TableReading.Result result = results.get(i);
      boolean sheetCategory =
          grid.sheet() != null
              && sheetsWithProblems > 1
              && result.header() != null
              && !result.header().has(TableReading.Column.CATEGORY);
      List<String> above = sheetCategory ? List.of(grid.sheet()) : headings.get(i);
      for (ParsedProblem p : result.problems()) {
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
