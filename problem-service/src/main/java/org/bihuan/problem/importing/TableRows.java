package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.TableFurniture.NOTE_LABEL;
import static org.bihuan.problem.importing.TableFurniture.NOTE_ROW;
import static org.bihuan.problem.importing.TableFurniture.TOTALS_MARKER;
import static org.bihuan.problem.importing.TableFurniture.TOTALS_ROW;
import static org.bihuan.problem.importing.TableFurniture.isSignOffRow;
import static org.bihuan.problem.importing.TableHeaders.columns;
import static org.bihuan.problem.importing.TableHeaders.distinctTexts;
import static org.bihuan.problem.importing.TableHeaders.holdsData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bihuan.problem.importing.TableReading.Column;
import org.bihuan.problem.importing.TableReading.Header;

/**
 * The rows of a table under its header read one by one into problems and measures, as {@link
 * TableReading} describes: notes, totals and sign-off rows set aside, group headings entered, and
 * each row placed as a new problem or a further measure of the problem above.
 */
final class TableRows {
  final Grid grid;
  final Header header;
  final RowCells cells;
  final List<ParsedProblem> problems = new ArrayList<>();
  final List<String> seqs = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  private final NumberOnlyRows numberOnlyRows = new NumberOnlyRows(warnings);
  private final GroupHeadings headings;
  private final NotImported notImported;
  private ProblemDraft current;

  /** The category columns (大类, 类别, 小类…), each carried down to the rows below it. */
  private final CategoryColumns categories;

  /** The title of the problem read last, for a 整改措施 cell merged over it and the next one. */
  private String lastTitle;

  /** Measure rows above the table's first problem, read as its measures when it comes (0252). */
  private final MeasuresAboveFirstProblem beforeFirst;

  /** The year a month without one is read in ({@link HeaderYear}); null when none is named. */
  private final Integer year;

  TableRows(Grid grid, Header header) {
    this.grid = grid;
    this.header = header;
    this.cells = new RowCells(grid, header, warnings);
    this.headings = new GroupHeadings(cells);
    this.notImported = new NotImported(cells);
    this.beforeFirst = new MeasuresAboveFirstProblem(cells, warnings);
    this.categories = CategoryColumns.of(header.columns(), cells::headerName);
    StringBuilder dated = new StringBuilder(String.join("\n", grid.lead()));
    for (Grid.Row row : grid.rows()) {
      row.cells().forEach(c -> dated.append('\n').append(c.text()));
    }
    this.year = HeaderYear.orElse(header, cells, DeadlineText.documentYear(dated));
  }

  void row(Grid.Row row) {
    if (row.isBlank()) {
      return;
    }
    if (notImported.signOffRow > 0) {
      if (!problemBelowSignOff(row)) {
        notImported.belowSignOff.add(row.number());
        return;
      }
      // 填表人：… between problem rows: the table goes on below it (0273)
      warnings.add(
          cells.where(row)
              + " holds a problem below the sign-off row "
              + notImported.signOffRow
              + "; the sign-off row does not end the table, the rows below it were read.");
      notImported.signOffRow = 0;
    }
    if (isSignOffRow(row)) {
      // 填报单位：… | 分管领导：王建国 | 联系人：刘芳: who filled the ledger in, never a measure's duties (0182)
      boolean under = current != null || !problems.isEmpty();
      finish();
      warnings.add(
          cells.where(row)
              + " is a sign-off row (「"
              + OutlineParser.shorten(String.join(" ", distinctTexts(row)))
              + "」), not part of the table; it was not imported"
              + (under ? "; the rows below it are read only where they hold problems." : "."));
      if (under) {
        notImported.signOffRow = row.number();
      }
      return;
    }
    String firstText =
        row.cells().stream().map(Grid.Cell::text).filter(t -> !t.isBlank()).findFirst().orElse("");
    String marker =
        (header.has(Column.SEQ) ? cells.cell(row, Column.SEQ) : row.cell(0)).text().strip();
    if (TOTALS_MARKER.matcher(marker).matches()) {
      // 合计 | 共4个问题 | 5项措施: 合计/总计/小计 in the 序号 (or first) column is a totals row even when
      // its other cells look like a problem and a measure (0182)
      finish();
      totalsRow(row);
      return;
    }
    // a row with a 整改措施 or duties of its own is a problem whatever its first words (0177)
    boolean duties = cells.hasOwnMeasureOrDuties(row, firstText);
    if (NOTE_ROW.matcher(firstText.strip()).matches() && !duties) {
      if (NOTE_LABEL.matcher(firstText.strip().replaceFirst("^[（(]\\s*", "")).lookingAt()) {
        // （备注：……） / 注：…… under the data: a note on the table, never a problem (0247)
        warnings.add(
            cells.where(row)
                + " is a note (「"
                + OutlineParser.shorten(firstText.strip())
                + "」), not a problem; it was not imported.");
      }
      return;
    }
    if ((!holdsData(row)
            && Arrays.equals(ColumnRoles.withHidden(grid, columns(row)), header.columns()))
        || (grid.pages() == null && TableFurniture.isColumnNumberRow(row))) {
      // the header repeated (a table continued on a new page), or its columns numbered in a file
      // (a PDF's reading of such a form is left to its guards, 0409)
      return;
    }
    if (TOTALS_ROW.matcher(firstText.strip()).matches() && !duties) {
      totalsRow(row);
      return;
    }
    Grid.Row finding = SentenceRows.asProblem(row, header);
    boolean ownCategory = finding == null || !categories.coveredBySentence(row);
    if (finding != null) {
      // 3.食堂管理不规范，存在过期食品。 alone across the row: a finding, not a category (0247)
      warnings.add(
          cells.where(row)
              + " holds one sentence across the row (「"
              + OutlineParser.shorten(firstText.strip())
              + "」); it was read as a problem, not as a category heading. Check its 整改措施.");
      row = finding;
    } else if (headings.isCategoryRow(row)) {
      category(
          row.cells().stream().map(Grid.Cell::text).filter(t -> !t.isBlank()).findFirst().get());
      return;
    }
    String heading = headings.headingInProblemCell(row);
    if (heading != null) {
      category(heading);
      return;
    }
    row = cells.oneValuePerMergedCell(row);
    notImported.countUnread(row);
    Grid.Cell problemCell = cells.cell(row, Column.PROBLEM);
    String problemText = problemCell.text();
    String labelRow = EmptyItems.labelRow(row, problemCell, header, cells); // 问题5： alone (0388)
    if (labelRow != null) {
      warnings.add(labelRow);
      return;
    }
    Grid.Cell seqCell = cells.cell(row, Column.SEQ);
    String seq = seqCell.text();
    boolean ownSeq = !seq.isEmpty() && !seqCell.continuesAbove();
    // 1-2 after 1-1 beside the same problem (merged, blank or repeated): its next measure (0200)
    boolean sameSeq =
        ownSeq
            && current != null
            && (SeqNumbers.sameProblem(seq, current.seq)
                || ((SeqNumbers.samePointsParent(seq, current.seq)
                        || SeqNumbers.measureUnder(seq, current.seq))
                    && (problemCell.continuesAbove()
                        || problemText.isEmpty()
                        || RepeatedCells.same(problemText, current.text))
                    && !categories.differs(row, current.path)));
    // a 问题 cell merged down over rows numbered 1, 2, … (0369), or blank beside a measure, in the
    // problem's category: the 序号 counts the measures of one problem (0377, amending 0190)
    String measureRow =
        ownSeq && !sameSeq && current != null && !categories.differs(row, current.path)
            ? SeqNumbers.furtherMeasure(
                seq, current.seq, current.text, problemCell, cells.hasMeasureOrDuties(row))
            : null;
    if (measureRow != null) {
      sameSeq = true;
      warnings.add(cells.where(row) + measureRow);
    }
    if (sameSeq && SeqNumbers.anotherProblemAlike(seq, current.seq, problemCell, current.text)) {
      sameSeq = false; // 7 | 问题庚 then 7 | 问题辛: two problems numbered alike (0273)
      warnings.add(
          cells.where(row)
              + " repeats the 序号 "
              + seq
              + " of the row above with another problem text (「"
              + OutlineParser.shorten(problemText)
              + "」); it was imported as a problem of its own.");
    }
    // a 序号 of its own that is another value starts a new problem, whatever the 问题 cell holds
    // (0190): a row with nothing but its 序号 (a form numbered in advance) holds no problem
    boolean newSeq =
        ownSeq
            && current != null
            && !sameSeq
            && (!problemText.isEmpty() || cells.hasMeasureOrDuties(row));
    if (ownSeq && !sameSeq && problemText.isEmpty() && !cells.hasMeasureOrDuties(row)) {
      String numberOnly = SeqNumbers.numberOnly(row, header.index(Column.SEQ));
      if (numberOnly != null) {
        numberOnlyRows.add(cells.where(row), numberOnly); // 0382
      }
      return;
    }
    // the same problem text under another category is another problem
    boolean otherCategory = current != null && categories.differs(row, current.path);
    // a blank 序号 beside the first sentence of the problem above, copied down: that problem (0252)
    boolean firstSentence =
        current != null
            && !ownSeq
            && !otherCategory
            && !problemCell.continuesAbove()
            && RepeatedCells.firstSentence(problemText, current.text);
    boolean newProblem =
        current == null
            || newSeq
            || (!problemCell.continuesAbove()
                && !problemText.isEmpty()
                && (!RepeatedCells.same(problemText, current.text) || otherCategory)
                && !sameSeq
                && !firstSentence);
    if (newSeq && (RepeatedCells.same(problemText, current.text) || problemText.isEmpty())) {
      boolean blank = problemText.isEmpty();
      warnings.add(
          cells.where(row)
              + (blank
                  ? " has a 序号 of its own ("
                      + seq
                      + ", after "
                      + current.seq
                      + ") and a blank 问题 cell; it was imported as a problem of its own with the"
                      + " problem text of the row above (「"
                  : " repeats the problem text (「")
              + OutlineParser.shorten(current.text)
              + "」)"
              + (blank ? "." : " under another 序号 (" + current.seq + ", " + seq + ");")
              + (blank ? "" : " each 序号 was imported as a problem of its own.")
              + " If they are one problem, leave the 序号 blank or repeat it.");
      if (blank) {
        problemText = current.text;
      }
    }
    if (newProblem && problemText.isEmpty()) {
      if ((cells.hasMeasureOrDuties(row) || !cells.text(row, Column.REMARK).isEmpty())
          && problems.isEmpty()
          && current == null) {
        // a measure row above the table's first problem: that problem's, said so (0252)
        beforeFirst.hold(row);
        return;
      }
      if (cells.hasMeasureOrDuties(row) || !cells.text(row, Column.REMARK).isEmpty()) {
        // a measure row above the first problem (M4): named with its text, so that nothing is
        // lost
        // unseen; which problem it belongs to the table does not say (0247)
        warnings.add(
            cells.where(row)
                + ": a 整改措施 or 责任单位 with no problem above it in the table (「"
                + OutlineParser.shorten(String.join(" | ", distinctTexts(row)))
                + "」); the row was not imported. Write it on the row of its problem, or merge"
                + " that problem's cell over it.");
      }
      return;
    }
    if (newProblem) {
      finish();
      List<String> path = new ArrayList<>(headings.categoryPath);
      // 大类 | 小类, or a 类别 written on the first row of its group only (cells unmerged to sort
      // or filter): each holds for the rows below until the next (0182, 0190)
      for (String category : ownCategory ? categories.path(row) : List.<String>of()) {
        if (path.isEmpty() || !path.get(path.size() - 1).equals(category)) {
          path.add(category);
        }
      }
      current = new ProblemDraft(problemText, seq, List.copyOf(path), beforeFirst.firstRow(row));
      beforeFirst.readAsMeasuresOf(problemText, row, this::measure);
    } else {
      current.furtherRow(row, problemCell, firstSentence, sameSeq, cells);
    }
    current.lastRow = row.number();
    current.described(cells, row);
    measure(row);
  }

  /**
   * A row below a sign-off row that holds a problem: a 问题 text of its own with a 整改措施 or duties
   * beside it, as no sign-off, note or closing remark (以上情况属实。) has.
   */
  private boolean problemBelowSignOff(Grid.Row row) {
    Grid.Cell problem = cells.cell(row, Column.PROBLEM);
    return !problem.text().isBlank()
        && !problem.continuesAbove()
        && !isSignOffRow(row)
        && !NOTE_ROW.matcher(problem.text().strip()).matches()
        && !TOTALS_ROW.matcher(problem.text().strip()).matches()
        && cells.hasMeasureOrDuties(row);
  }

  /** Names a totals row (合计, 共5项) in the warnings: it is not a problem and is not imported. */
  private void totalsRow(Grid.Row row) {
    warnings.add(
        cells.where(row)
            + ": a totals row (「"
            + OutlineParser.shorten(String.join(" ", distinctTexts(row)))
            + "」), not a problem; it was not imported.");
  }

  void category(String text) {
    finish();
    categories.reset();
    headings.enter(text);
  }

  void measure(Grid.Row row) {
    if (!cells.text(row, Column.REMARK).isEmpty()) {
      notImported.remarks++;
    }
    current.measure(row, cells, lastTitle);
  }

  /** A row joined to the 问题 cell above it (0360): the problem's rows reach it (0362). */
  void joined(Grid.Row row) {
    if (current != null) {
      current.lastRow = row.number();
    }
  }

  void finish() {
    ProblemDraft draft = current;
    current = null;
    if (draft == null) {
      lastTitle = null;
      return;
    }
    ParsedProblem problem = draft.parsed(cells, year);
    lastTitle = problem.title();
    seqs.add(draft.seq);
    problems.add(problem);
  }

  /**
   * Names the measure rows above a first problem that never came, and what the table holds that is
   * not imported ({@link NotImported}).
   */
  void unreadWarnings() {
    beforeFirst.unread();
    notImported.warnings();
  }
}
