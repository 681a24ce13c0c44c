package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.TableFurniture.withoutNoteLabel;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * One problem of a table as its rows give it, before it is parsed ({@link TableRows}): its problem
 * cell, 序号 and category path, its first and last row, and its measures; duties given before any
 * measure apply to all of them.
 */
final class ProblemDraft {
  final String text;
  final String seq;
  final List<String> path;
  final int firstRow;
  int lastRow;
  String description;
  final List<MeasureDraft> measures = new ArrayList<>();

  /** The 整改目标 cells of its rows: kept in its description, as a plan's 整改目标 line is (0330). */
  final java.util.Set<String> goals = new java.util.LinkedHashSet<>();

  /** Rows that repeated the problem cell but for spaces or closing punctuation. */
  int copiesNamed;

  /** Duties given on the problem's rows before (or without) any measure: they apply to all. */
  final MeasureDraft duties = new MeasureDraft("");

  ProblemDraft(String text, String seq, List<String> path, int row) {
    this.text = text;
    this.seq = seq;
    this.path = path;
    this.firstRow = row;
    this.lastRow = row;
    this.description = text;
  }

  /**
   * Takes the row's 具体表现 ({@link Column#DETAIL}, a cell of its own) as the problem's description:
   * the 问题 cell titles it, the particulars describe it; each row's are added once (0377).
   */
  void described(RowCells cells, Grid.Row row) {
    int c = cells.header.index(Column.DETAIL);
    Grid.Cell cell = c < 0 ? Grid.Cell.EMPTY : row.cell(c);
    String detail = cell.text().strip();
    if (detail.isEmpty() || cell.continuesAbove() || description.contains(detail)) {
      return;
    }
    description = description.equals(text) ? detail : description + "\n" + detail;
  }

  /**
   * A further row of this problem (its 问题 cell merged, blank, copied down or under the same 序号): a
   * first sentence or a copy of the problem text is said once; another text under a point of its 序号
   * (1.1 under 1) adds to the description, and the dry run says so.
   */
  void furtherRow(
      Grid.Row row, Grid.Cell problemCell, boolean firstSentence, boolean sameSeq, RowCells cells) {
    String problemText = problemCell.text();
    if (firstSentence) {
      cells.warnings.add(
          cells.where(row)
              + " has no 序号 and repeats the first sentence of the problem above (「"
              + OutlineParser.shorten(problemText)
              + "」); it was read as the same problem, its measure added to it.");
    } else if (!problemCell.continuesAbove()
        && !problemText.equals(text)
        && RepeatedCells.same(problemText, text)) {
      // the cell copied down by hand, ending otherwise (…不规范。 / …不规范；): the same problem (0247)
      if (copiesNamed++ == 0) {
        cells.warnings.add(
            cells.where(row)
                + " repeats the problem text of the row above (「"
                + OutlineParser.shorten(text)
                + "」) but for spaces or closing punctuation; it was read as the same problem, its"
                + " measure added to it.");
      }
    } else if (!problemCell.continuesAbove()
        && !problemText.isEmpty()
        && !text.equals(problemText)
        && !description.contains(problemText)) {
      description = description + "\n" + problemText;
      if (sameSeq) {
        cells.warnings.add(
            cells.where(row)
                + " repeats the 序号 "
                + seq
                + " of the row above with another problem text (「"
                + OutlineParser.shorten(problemText)
                + "」); it was read as more of that problem's description. If it is a problem"
                + " of its own, give it its own 序号.");
      }
    }
  }

  void measure(Grid.Row row, RowCells cells, String lastTitle) {
    String goal = cells.text(row, Column.GOAL).strip();
    if (!goal.isEmpty()) {
      goals.add(goal);
    }
    String remark = cells.text(row, Column.REMARK);
    if (!cells.header.has(Column.MEASURE)) {
      if (cells.hasMeasureOrDuties(row)) {
        this.duties.add(row, cells); // a table of problems with their units but no 措施 column
      }
      if (!remark.isEmpty() && !description.contains("备注：" + remark)) {
        description = description + "\n备注：" + remark;
      }
      return;
    }
    // 整改措施 merged over two columns (近期：… | 长期：…): each column's cell its measures (0369)
    List<Grid.Cell> ownMeasures = ownMeasureCells(row, cells.header);
    if (!ownMeasures.isEmpty()) {
      for (Grid.Cell own : ownMeasures) {
        measuresOf(row, cells, own);
      }
      return;
    }
    Grid.Cell measureCell = cells.cell(row, Column.MEASURE);
    if (!measureCell.text().isEmpty()
        && measures.isEmpty()
        && firstRow == row.number()
        && lastTitle != null) {
      // one 整改措施 cell merged over the rows of two problems: each problem has the measure (0190)
      MeasureDraft m = new MeasureDraft(measureCell.text());
      m.add(row, cells);
      measures.add(m);
      cells.warnings.add(
          cells.where(row)
              + ": the 整改措施 cell 「"
              + OutlineParser.shorten(measureCell.text())
              + "」 is merged over the rows of more than one problem; it was read as a measure of"
              + " each of them (「"
              + OutlineParser.shorten(lastTitle)
              + "」 above and 「"
              + OutlineParser.shorten(
                  OutlineParser.splitHead(Labels.withoutProblemNumber(text.strip())).title())
              + "」). Check that each problem needs the whole measure.");
      return;
    }
    if (!cells.hasMeasureOrDuties(row)
        && cells.text(row, Column.PROGRESS).isEmpty()
        && cells.text(row, Column.REMARK).isEmpty()) {
      return;
    }
    if (measures.isEmpty()) {
      this.duties.add(row, cells);
      return;
    }
    measures.get(measures.size() - 1).add(row, cells);
  }

  /**
   * The measures of one 整改措施 cell of a row: numbered measures, measures by term or stage, each with
   * its duties.
   */
  private void measuresOf(Grid.Row row, RowCells cells, Grid.Cell measureCell) {
    // 开展培训。 / 建立机制。 beside 2024年9月底前 / 2024年12月底前: a measure per paragraph (0422)
    List<CellMeasures.Piece> pieces =
        ParagraphDuties.measures(
            CellMeasures.of(measureCell.text(), SentenceDuties.withoutColumn(cells.header)),
            row,
            cells);
    // 1.采购办 / 2.财务科 beside 1.… 2.…: item n of a duty cell is measure n's (0276)
    NumberedDuties.Split split = NumberedDuties.perMeasure(row, cells, pieces.size());
    // 近期：… / 长效：… beside 近期：2024年9月30日 / 长效：长期坚持: each measure the stage of its term (0306)
    NumberedDuties.stagesByTerm(
        row, cells, split, pieces.stream().map(CellMeasures.Piece::term).toList());
    // measures named by term are read as a plan's are, without a note (0306)
    // and so are measures in time stages (0310)
    boolean staged = StageMeasures.leads(measureCell.text());
    boolean byTerm = MeasureTerms.leads(measureCell.text().strip()) || staged;
    // 第一阶段：…；第二阶段：… beside 第一阶段：2024年9月30日前；第二阶段：…: each its stage's (0310)
    List<String> stageLimits =
        staged ? StageMeasures.limits(cells.text(row, Column.TIME_LIMIT), pieces.size()) : null;
    if (!byTerm && pieces.size() > 1 && pieces.stream().allMatch(CellMeasures.Piece::ownBracket)) {
      cells.warnings.add(
          cells.where(row)
              + ": the 整改措施 cell holds "
              + pieces.size()
              + " measures, each followed by its duties in brackets (「"
              + OutlineParser.shorten(pieces.get(0).text())
              + "」 …); each was imported as a measure of its own with the duties of its bracket.");
    } else if (!byTerm && pieces.size() > 1) {
      cells.warnings.add(
          cells.where(row)
              + ": the 整改措施 cell lists "
              + pieces.size()
              + " numbered measures (「"
              + OutlineParser.shorten(pieces.get(0).text())
              + "」 …); each was imported as a measure of its own, without its number, with "
              + (split.matched()
                  ? "the item of the same number in the numbered duty cells and the row's other"
                      + " duties."
                  : "the row's 责任单位, 责任人 and 整改时限."));
    }
    for (int i = 0; i < pieces.size(); i++) {
      CellMeasures.Piece piece = pieces.get(i);
      MeasureDraft m = new MeasureDraft(CellLines.unwrapped(piece.text()));
      m.term = piece.term();
      m.stageLimit =
          piece.stageLimit() != null || stageLimits == null
              ? piece.stageLimit()
              : stageLimits.get(i);
      m.add(split.rows().get(i), cells);
      m.bracketed(piece.duties());
      leaderNotCarried(row, m, cells);
      measures.add(m);
    }
  }

  /**
   * A further measure's row whose problem cell is blank, not merged (a table split in two breaks a
   * merge), and whose 责任领导 is blank while the measure above names one: the leader is not carried
   * down, and the dry run says so (0263).
   */
  private void leaderNotCarried(Grid.Row row, MeasureDraft m, RowCells cells) {
    int leader = cells.header.index(Column.LEADER);
    Grid.Cell problemCell = cells.cell(row, Column.PROBLEM);
    if (leader < 0
        || measures.isEmpty()
        || !m.leaders.isEmpty()
        || !problemCell.text().isEmpty()
        || problemCell.continuesAbove()
        || row.cell(leader).continuesAbove()) {
      return;
    }
    MeasureDraft above = measures.get(measures.size() - 1);
    if (above.leaders.isEmpty()) {
      return;
    }
    cells.warnings.add(
        cells.where(row)
            + ": 「"
            + cells.headerName(leader)
            + "」 is blank for the measure 「"
            + OutlineParser.shorten(m.text)
            + "」; it was imported without a leader although the row above names 「"
            + String.join("、", above.leaders)
            + "」 (a cell merged down is not carried over a table break). If it is the same"
            + " leader, write it in this row.");
  }

  /**
   * The problem as read: titled by its problem cell, its measures parsed; what is worth saying goes
   * into the table's warnings.
   */
  ParsedProblem parsed(RowCells cells, Integer year) {
    // several items in one 问题 cell (1.… 2.…) with the row's one set of measures: one problem,
    // titled by its first item without the number, described by the cell as written (0171)
    // 问题一：学习不深入。 numbers the problem in its label, as a plan's line does: the title is
    // 学习不深入 (Labels, one rule for both)
    // a cell's lines that wrap one sentence are one text: no line break in a title (0369)
    // a first line stating the problem over a sentence of detail is the title (0405)
    String text = CellLines.problemUnwrapped(Labels.withoutProblemNumber(this.text.strip()));
    String heading = CellLines.heading(text);
    Numbering first = Numbering.of(text.lines().findFirst().orElse(""));
    boolean firstItem = first != null && first.number() == 1 && !first.text().isBlank();
    // 经检查，存在以下问题：1.… 2.…: a lead-in before the items titles nothing (0264)
    LeadIns.Items leadIn = firstItem ? null : LeadIns.of(withoutNoteLabel(text));
    String title =
        OutlineParser.splitHead(
                ProblemLeadIns.without( // 经查：…, 财务管理：…: titled by what follows (0361)
                    withoutNoteLabel(
                        firstItem
                            ? NumberedProblemCells.firstItem(text.lines().findFirst().get(), first)
                            : leadIn != null
                                ? leadIn.items().get(0)
                                : heading != null ? heading : text)))
            .title();
    String named = "Problem 「" + OutlineParser.shorten(title) + "」";
    if (leadIn != null) {
      cells.warnings.add(
          named
              + " ("
              + cells.where(this.firstRow)
              + "): the 问题 cell opens with a lead-in (「"
              + OutlineParser.shorten(leadIn.lead())
              + "」) before "
              + leadIn.items().size()
              + " numbered items; it was read as one problem titled by its first item, its"
              + " description the whole cell with every item, the row's 整改措施 serving them all."
              + " If each item is a problem of its own, give each a row of its own.");
    }
    // 近期：…；长效：… beside three measures: no stage is said to be one measure's (0324)
    cells.warnings.addAll(
        UnpairedTableStages.notes(
            named + " (" + cells.where(this.firstRow) + ")",
            this.measures.stream().map(m -> m.sharedLimit(this.duties)).toList()));
    List<ParsedMeasure> measures = new ArrayList<>();
    for (MeasureDraft m : this.measures) {
      measures.addAll(m.parsed(named, this.duties, cells.warnings, year));
    }
    String description = CellLines.problemUnwrapped(this.description);
    // without a 措施 column each row's 备注 is in the description already (measure above, 0360)
    if (this.measures.isEmpty()
        && !this.duties.remarks.isEmpty()
        && cells.header.has(Column.MEASURE)
        && this.duties.isEmpty()) {
      description = description + "\n备注：" + String.join("\n", this.duties.remarks);
    }
    if (cells.header.has(Column.MEASURE) && measures.isEmpty() && !this.duties.isEmpty()) {
      // 问题甲 | (no 措施) | 王建国 | 局办公室 | 刘芳 | 2024年9月30日: the duties are never dropped; as in a
      // plan's text, they go on a measure named after the problem (0182)
      cells.warnings.add(
          named
              + " ("
              + cells.where(this.firstRow)
              + ") has no 整改措施 of its own; its 责任领导, 责任单位, 责任人 and 整改时限 were kept on a"
              + " measure named after the problem.");
      measures.addAll(new MeasureDraft(title).parsed(named, this.duties, cells.warnings, year));
    } else if (cells.header.has(Column.MEASURE) && measures.isEmpty()) {
      cells.warnings.add(named + " (" + cells.where(this.firstRow) + ") has no 整改措施.");
    }
    if (!cells.header.has(Column.MEASURE) && !this.duties.isEmpty()) {
      cells.warnings.add(
          named
              + ": the table has no 整改措施 column, so its 责任单位 and 时限 could not be given to a"
              + " measure.");
    }
    if (!goals.isEmpty()) {
      // what the problem's measures are to achieve is the problem's, as in a plan (0330)
      description = description + "\n整改目标：" + String.join("；", goals);
    }
    return new ParsedProblem(
        title,
        description,
        path,
        measures,
        cells.grid.sheet() == null && cells.grid.table() > 0
            ? cells.grid.origin(firstRow, lastRow)
            : Origin.rows(cells.grid.sheet(), firstRow, lastRow));
  }

  /**
   * The cells of the row's 整改措施 columns (one, or two under a header merged over them, 0369) that
   * hold a text of their own, not continuing a merge from the row above.
   */
  private static List<Grid.Cell> ownMeasureCells(Grid.Row row, TableReading.Header header) {
    List<Grid.Cell> own = new ArrayList<>();
    for (int i = 0; i < header.columns().length; i++) {
      Grid.Cell cell = row.cell(i);
      if (header.columns()[i] == Column.MEASURE
          && !cell.text().isEmpty()
          && !cell.continuesAbove()) {
        own.add(cell);
      }
    }
    return own;
  }
}
