package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.TableHeaders.distinctTexts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a rectification table (a Word 整改任务清单, an Excel 整改台账) into problems and measures.
 *
 * <p>The header row is looked for among the first {@value #HEADER_SEARCH} rows: the first row that
 * names a problem column (问题描述/存在问题/问题表现/问题清单…) and at least one other known column; title rows
 * above it (one merged cell), 填报单位 lines and a second header row (责任主体 above 牵头领导|责任单位|责任人) are
 * handled. After it:
 *
 * <ul>
 *   <li>a row whose problem cell is blank, continues a vertical merge, or repeats the problem above
 *       — or that repeats the 序号 above — belongs to the problem above: one problem spanning several
 *       rows is one problem, each row one measure with its own units, leader, person and time limit
 *       (a repeated 序号 with another problem text of its own is another problem, numbered alike, and
 *       a warning says so, 0273; a point under it, 1.1 under 1, with another text adds that text to
 *       the description; the same problem text under another 问题类别 is another problem); but a 序号 of
 *       its own that changes starts a new problem ({@link SeqNumbers}, 0190), unless the 问题 cell is
 *       merged over its row: then the 序号 numbers that problem's measures (0369);
 *   <li>a 整改措施 cell merged over the rows of two problems is a measure of each (0190); columns not
 *       read and phone numbers in name cells are {@link ColumnRoles}' and {@link ContactNumbers}'
 *       rules, category columns {@link CategoryColumns}'; a sheet of measures linked to another
 *       sheet's problems by 问题序号 is read by {@link LinkedSheets} (0191);
 *   <li>a row whose measure cell is blank or continues a merge adds its units, leader, person and
 *       time limit to the measure above;
 *   <li>a row holding one text only, merged across the table or in the 序号 column (一、政治建设方面), is a
 *       category of the problems below it; a 问题类别 column gives a category too;
 *   <li>注：/备注：/填报人/制表 rows and blank rows are skipped, a repeated header row too.
 * </ul>
 *
 * Nothing under the header is dropped silently: a row that cannot be placed is named in a warning.
 *
 * <p>{@link TableHeaders} finds the header; {@link TableRows} reads the rows under it, with {@link
 * RowCells} (a row's cells under the header), {@link GroupHeadings}, {@link TableFurniture} (notes,
 * totals and sign-off rows), {@link ProblemDraft} and {@link MeasureDraft}; {@link NotImported}
 * names what is left out (docs/decisions/0264).
 */
final class TableReading {

  static final int HEADER_SEARCH = 20;

  enum Column {
    SEQ,
    CATEGORY,
    PROBLEM,
    MEASURE,
    LEADER,
    /** 责任领导及责任人, 责任领导/责任人: the leader first, then the person or people. */
    LEADER_AND_PERSON,
    UNITS,
    CO_UNITS,
    PERSON,
    TIME_LIMIT,
    /** 责任分工及时限, 责任落实: a cell of labelled duty lines (责任单位：…／责任人：…, {@link DutyCells}). */
    DUTIES,
    PROGRESS,
    /** 整改目标: what the problem's measures are to achieve, kept with them as a plan's is (0276). */
    GOAL,
    STATUS,
    REMARK,
    /** 问题序号: which problem of another sheet a row belongs to ({@link ColumnRoles}). */
    PROBLEM_REF,
    /** 具体表现 beside a 问题 column: the problem's description ({@link ColumnRoles#byContent}). */
    DETAIL,
    /**
     * 整改类型 holding 立行立改 / 限期整改 / 长期坚持: read with the row's time limit, for its timing ({@link
     * ColumnRoles#byContent}).
     */
    TIMING,
    IGNORED
  }

  /** The columns a table's header names, and the row index (in {@link Grid#rows()}) it ends on. */
  record Header(Column[] columns, int lastRow, String[] why) {

    Header(Column[] columns, int lastRow) {
      this(columns, lastRow, new String[columns.length]);
    }

    int index(Column c) {
      for (int i = 0; i < columns.length; i++) {
        if (columns[i] == c) {
          return i;
        }
      }
      return -1;
    }

    boolean has(Column c) {
      return index(c) >= 0;
    }
  }

  /**
   * The problems of a table, its warnings, and its header (null: none found); {@code seqs} gives
   * each problem's 序号 as written (empty when it has none), in the order of {@code problems}.
   */
  record Result(
      List<ParsedProblem> problems, List<String> warnings, Header header, List<String> seqs) {

    Result(List<ParsedProblem> problems, List<String> warnings, Header header) {
      this(problems, warnings, header, problems.stream().map(p -> "").toList());
    }
  }

  private TableReading() {}

  /** The column a header cell names, or null ({@link TableHeaders#column}). */
  static Column column(String headerCell) {
    return TableHeaders.column(headerCell);
  }

  /** The header among the first rows, or null when there is none ({@link TableHeaders#header}). */
  static Header header(Grid grid) {
    return TableHeaders.header(grid);
  }

  /** Whether a paragraph is a sign-off line written under a Word table ({@link TableFurniture}). */
  static boolean isSignOffLine(String line) {
    return TableFurniture.isSignOffLine(line);
  }

  /** Reads a table (a Word table continued in a second table is joined by DocumentReading). */
  static Result read(Grid grid) {
    return read(grid, header(grid));
  }

  /** Reads a table under {@code header} (null: the table has none, and nothing is read). */
  static Result read(Grid grid, Header header) {
    if (header == null) {
      return new Result(List.of(), List.of(), null);
    }
    int first = header.lastRow() + 1;
    List<ParsedProblem> problems = new ArrayList<>();
    List<String> seqs = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (header.lastRow() >= HEADER_SEARCH) {
      // a header that is clearly one, under a long 填报说明 (0319)
      Grid.Row named = grid.rows().get(header.lastRow());
      warnings.add(
          (grid.sheet() == null ? "The table" : "Sheet 「" + grid.sheet() + "」")
              + ": its header row is row "
              + named.number()
              + " (「"
              + OutlineParser.shorten(String.join(" ", distinctTexts(named)))
              + "」), below the first "
              + HEADER_SEARCH
              + " rows where a header is looked for; it was read as the header, and the "
              + header.lastRow()
              + " rows above it were not imported.");
    }
    TableRows reader = new TableRows(grid, header);
    // a problem text typed over two rows, the second with nothing else: one problem (0360)
    List<Grid.Row> rows = ProblemCellContinuations.joined(grid, header, first, reader.cells);
    String[] above = new String[header.columns().length];
    for (int r = first; r < grid.rows().size(); r++) {
      ReadingTime.check();
      Header next = r > first ? anotherHeader(grid, r, reader.header) : null;
      if (next != null) {
        // a second table lower on the sheet (its title, its own header row): read under its header
        reader.finish();
        reader.unreadWarnings();
        problems.addAll(reader.problems);
        seqs.addAll(reader.seqs);
        warnings.addAll(reader.warnings);
        warnings.add(
            reader.cells.where(grid.rows().get(r))
                + " is the header row of another table (「"
                + OutlineParser.shorten(String.join(" ", distinctTexts(grid.rows().get(r))))
                + "」); the rows below it were read under its columns.");
        reader = new TableRows(grid, next);
        above = new String[next.columns().length];
        r = next.lastRow();
        continue;
      }
      if (rows.get(r).isBlank() && !grid.rows().get(r).isBlank()) {
        reader.joined(grid.rows().get(r)); // its text went on with the problem above (0360, 0362)
        continue;
      }
      // 1.… 2.… in the 问题 cell beside 1.… 2.… in the 整改措施 cell: a problem per number (0360)
      Grid.Row below = r + 1 < rows.size() ? rows.get(r + 1) : null;
      for (Grid.Row part :
          NumberedProblemCells.split(rows.get(r), below, reader.header, reader.cells)) {
        reader.row(withDittosResolved(part, above));
      }
    }
    reader.finish();
    reader.unreadWarnings();
    problems.addAll(reader.problems);
    seqs.addAll(reader.seqs);
    warnings.addAll(reader.warnings);
    return new Result(problems, warnings, header, seqs);
  }

  /**
   * The header of another table starting at row {@code r} below the first one, or null. Only a row
   * whose every filled cell names a column, three kinds at least, one of them 问题, and that is not
   * the header above repeated: a row of data never qualifies (a 序号, a date, a name or a sentence).
   */
  private static Header anotherHeader(Grid grid, int r, Header current) {
    Column[] columns = TableHeaders.clearly(grid, grid.rows().get(r));
    if (columns == null || Arrays.equals(columns, current.columns())) {
      return null;
    }
    List<Grid.Row> rest = grid.rows().subList(r, grid.rows().size());
    Header below =
        header(
            new Grid(
                grid.sheet(),
                rest,
                grid.date1904(),
                grid.table(),
                grid.lead(),
                grid.place(),
                Set.of(),
                null,
                List.of()));
    return below == null ? null : new Header(below.columns(), below.lastRow() + r, below.why());
  }

  /** 同上 / 〃 in a cell: the same as the cell above it (hand-filled 台账). */
  private static final Pattern DITTO = Pattern.compile("同上|同前|〃|″|\"|”|ditto");

  /**
   * A row with each 同上/〃 cell replaced by the last text above it in that column, so a problem cell
   * saying 同上 continues the problem above (another measure of it) and a 责任领导 saying 同上 names the
   * leader above; {@code above} keeps each column's last text.
   */
  static Grid.Row withDittosResolved(Grid.Row row, String[] above) {
    List<Grid.Cell> cells = new ArrayList<>(row.cells());
    for (int i = 0; i < cells.size() && i < above.length; i++) {
      Grid.Cell c = cells.get(i);
      String text = c.text().strip();
      if (DITTO.matcher(text).matches() && above[i] != null) {
        cells.set(i, new Grid.Cell(above[i], c.continuesAbove(), c.number()));
      } else if (!text.isEmpty()) {
        above[i] = c.text();
      }
    }
    return new Grid.Row(row.number(), cells);
  }

  static String withoutNumber(String text) {
    Numbering n = Numbering.of(text);
    return n == null ? text.strip() : n.text().strip();
  }
}
