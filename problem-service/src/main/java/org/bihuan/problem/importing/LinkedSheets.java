package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;
import org.bihuan.problem.importing.TableReading.Header;
import org.bihuan.problem.importing.TableReading.Result;

/**
 * Sheets of a workbook that list measures for the problems of another sheet (docs/decisions/0191):
 * a 问题清单 sheet (序号 | 问题描述) and a 整改措施 sheet (问题序号 | 整改措施 | 责任单位 | …) whose rows name the problem
 * they belong to by its 序号. Such a sheet has no 问题 column, a 整改措施 column and a column saying which
 * problem: 问题序号 (对应问题序号, 问题编号…), or else its 序号. Its rows are read as a table's rows are —
 * consecutive rows with the same 问题序号, or a blank or merged one, are measures of one problem, each
 * with its own units, leader, person and time limit — and their measures are added to the problem
 * of the other sheets whose 序号 it names (the first such problem in sheet order), never made
 * problems of their own. A row naming a 序号 no problem has is named in a warning and not imported; a
 * problem that no row names is named too, as it has no measure. A Word table headed 问题序号 and 整改措施,
 * and measures below the problems on one sheet ({@link MeasuresUnderProblems}), are linked alike
 * (0365).
 */
final class LinkedSheets {

  private LinkedSheets() {}

  /** Why a measures sheet's own 序号 column is not read. */
  static final String MEASURE_NUMBERS = "it numbers the measures; 问题序号 names their problem";

  /**
   * The header of a sheet of measures linked to problems by 序号, with its reference column read as
   * the problem column; null for any other sheet (one with a 问题 column, a Word table).
   */
  static Header header(Grid grid) {
    if (TableReading.header(grid) != null) {
      return null;
    }
    List<Grid.Row> rows = grid.rows();
    for (int r = 0; r < rows.size() && r < TableReading.HEADER_SEARCH; r++) {
      Grid.Row row = rows.get(r);
      if (TableHeaders.distinctTexts(row).size() < 2 || TableHeaders.holdsData(row)) {
        continue;
      }
      // a two-row header (责任 merged over 单位 | 人) is read with its sub-headers, as on any sheet
      Column[] alone = ColumnRoles.withHidden(grid, TableHeaders.columns(row));
      TableHeaders.Named named =
          linking(alone) >= 0
              ? TableHeaders.withSubHeader(grid, r, alone)
              : TableHeaders.groupOverSubHeader(grid, r);
      Column[] columns = named == null ? null : ColumnRoles.withHidden(grid, named.columns());
      int ref = columns == null ? -1 : linking(columns);
      // in a Word file only 问题序号 links a table of measures: a Word table of 序号 and 整改措施 is a
      // table of the measures of a problem written above it (0365)
      if (ref < 0 || (grid.sheet() == null && columns[ref] != Column.PROBLEM_REF)) {
        continue;
      }
      Grid.Row names = rows.get(named.last());
      String[] why = new String[columns.length];
      for (int c = 0; c < columns.length; c++) {
        String name = names.cell(c).text().isBlank() ? row.cell(c).text() : names.cell(c).text();
        why[c] = ColumnRoles.why(grid, c, name);
        if (c != ref && (columns[c] == Column.SEQ || columns[c] == Column.PROBLEM_REF)) {
          columns[c] = Column.IGNORED;
          why[c] = MEASURE_NUMBERS;
        }
      }
      columns[ref] = Column.PROBLEM;
      return new Header(TableHeaders.deduplicate(columns, names), named.last(), why);
    }
    return null;
  }

  /**
   * The column naming the problem (问题序号, else 序号) of a measures sheet's header kinds, or -1 when
   * they are not one (a 问题 column, no 整改措施 column, no reference).
   */
  private static int linking(Column[] columns) {
    List<Column> kinds = java.util.Arrays.asList(columns);
    if (kinds.contains(Column.PROBLEM) || !kinds.contains(Column.MEASURE)) {
      return -1;
    }
    int ref = kinds.indexOf(Column.PROBLEM_REF);
    return ref >= 0 ? ref : kinds.indexOf(Column.SEQ);
  }

  /** Where a problem was read: its table's index among the document's tables, and its own. */
  private record Place(int table, int problem) {}

  /**
   * Reads the linked sheets ({@code linked.get(i)} non-null) and adds their measures to the
   * problems of the other sheets' results; a linked sheet's own result holds no problem, only its
   * warnings. {@code results.get(i)} is null for a linked sheet when called.
   */
  static void attach(List<Grid> tables, List<Result> results, List<Header> linked) {
    // each table's problems by 序号: a linked table's rows name problems of one table (0365)
    List<Map<String, Place>> seqsOf = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      Map<String, Place> bySeq = new HashMap<>();
      seqsOf.add(bySeq);
      Result r = results.get(i);
      if (r == null) {
        continue;
      }
      for (int j = 0; j < r.problems().size(); j++) {
        String key = SeqNumbers.key(r.seqs().get(j));
        if (!key.isEmpty()) {
          bySeq.putIfAbsent(key, new Place(i, j));
        }
      }
    }
    Map<Place, List<ParsedMeasure>> added = new HashMap<>();
    List<Integer> linkedSheets = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      Header header = linked.get(i);
      if (header == null) {
        continue;
      }
      linkedSheets.add(i);
      Grid grid = tables.get(i);
      Result read = TableReading.read(grid, header);
      List<String> warnings = new ArrayList<>();
      List<String> own = new ArrayList<>(read.warnings());
      int refColumn = header.index(Column.PROBLEM);
      List<String> refs = new ArrayList<>();
      read.problems().forEach(p -> refs.add(rowText(grid, p.origin().rows().get(0), refColumn)));
      LinkedTargets.Referred referred =
          LinkedTargets.referred(
              tables,
              results,
              header,
              i,
              j ->
                  (int)
                      refs.stream().filter(ref -> !targets(ref, seqsOf.get(j)).isEmpty()).count());
      Map<String, Place> bySeq = referred.table() < 0 ? Map.of() : seqsOf.get(referred.table());
      if (referred.said() != null) {
        warnings.add(referred.said());
      }
      for (ParsedProblem p : read.problems()) {
        List<Integer> span = p.origin().rows();
        String ref = rowText(grid, span.get(0), refColumn);
        List<Place> targets = targets(ref, bySeq);
        String rowsSaid =
            where(grid)
                + " "
                + (span.get(0).equals(span.get(1))
                    ? "row " + span.get(0)
                    : "rows " + span.get(0) + "–" + span.get(1));
        String pseudo = "Problem 「" + OutlineParser.shorten(p.title()) + "」";
        if (targets.isEmpty()) {
          warnings.add(
              rowsSaid
                  + " name(s) the problem 序号 "
                  + ref
                  + ", which no problem of the other "
                  + (grid.sheet() == null ? "tables" : "sheets")
                  + " has; "
                  + p.measures().size()
                  + " measure(s) were not imported. Correct the 问题序号 and upload the file again.");
          own.replaceAll(w -> w.startsWith(pseudo) ? w.replace(pseudo, rowsSaid) : w);
          continue;
        }
        for (Place target : targets) {
          ParsedProblem problem = results.get(target.table()).problems().get(target.problem());
          String named = "Problem 「" + OutlineParser.shorten(problem.title()) + "」";
          if (targets.size() == 1) {
            own.replaceAll(w -> w.startsWith(pseudo) ? named + w.substring(pseudo.length()) : w);
          }
          added.computeIfAbsent(target, t -> new ArrayList<>()).addAll(p.measures());
          warnings.add(
              rowsSaid
                  + " (问题序号 "
                  + ref
                  + "): "
                  + p.measures().size()
                  + " measure(s) of the problem 「"
                  + OutlineParser.shorten(problem.title())
                  + "」 ("
                  + rowOf(problem)
                  + "); they were added to it"
                  + (targets.size() > 1
                      ? ", as to each of the " + targets.size() + " problems the row names."
                      : "."));
        }
        if (targets.size() > 1) {
          String all = "the problems 序号 " + ref;
          own.replaceAll(
              w ->
                  w.startsWith(pseudo)
                      ? rowsSaid + " (" + all + ")" + w.substring(pseudo.length())
                      : w);
        }
      }
      warnings.addAll(own);
      results.set(i, new Result(List.of(), warnings, header, List.of()));
    }
    if (linkedSheets.isEmpty()) {
      return;
    }
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      if (linked.get(i) != null || r == null) {
        continue;
      }
      List<ParsedProblem> problems = new ArrayList<>();
      List<String> warnings = new ArrayList<>(r.warnings());
      for (int j = 0; j < r.problems().size(); j++) {
        ParsedProblem p = r.problems().get(j);
        List<ParsedMeasure> more = added.get(new Place(i, j));
        if (more == null) {
          problems.add(p);
          if (p.measures().isEmpty() && !r.header().has(Column.MEASURE)) {
            warnings.add(
                "Problem 「"
                    + OutlineParser.shorten(p.title())
                    + "」 ("
                    + rowOf(p)
                    + ") has no 整改措施: no row of the measures "
                    + (p.origin().sheet() == null ? "table" : "sheet")
                    + " names its 序号"
                    + (r.seqs().get(j).isEmpty() ? "" : " " + r.seqs().get(j))
                    + ".");
          }
          continue;
        }
        List<ParsedMeasure> measures = new ArrayList<>(p.measures());
        measures.addAll(more);
        problems.add(
            new ParsedProblem(
                p.title(), p.description(), p.categoryPath(), List.copyOf(measures), p.origin()));
      }
      results.set(i, new Result(problems, warnings, r.header(), r.seqs()));
    }
  }

  /** 2、3 / 2,3 / 2；3 / 2 3: several 序号 in one 问题序号 cell (2/3 and 2.3 are sub-numbers). */
  private static final Pattern SEQ_LIST = Pattern.compile("[、,，;；\\s\\u3000]+");

  /** 2-3 / 2～3 / 2至3: the 序号 from one to the other. */
  private static final Pattern SEQ_RANGE =
      Pattern.compile("([0-9]{1,4})\\s*(?:[-－—–~～]|至|到)\\s*([0-9]{1,4})");

  /** The most problems one 问题序号 range names; a wider one is taken for a typing slip. */
  private static final int RANGE_MAX = 50;

  /**
   * The problems a 问题序号 cell names: each of a list (2、3, 2,3) when every one is a problem's 序号,
   * else the one whose 序号 the cell is (1-2 may be a sub-number), else each of a range (2-3, 2～4)
   * when every one is a problem's 序号 (0247); none otherwise, so that the row is named as naming no
   * problem.
   */
  static List<Place> targets(String cell, Map<String, Place> bySeq) {
    String ref = ITEM_WORDS.matcher(cell.strip()).replaceAll("");
    List<Place> several = several(ref, bySeq);
    Place direct = bySeq.get(SeqNumbers.key(ref));
    if (SEQ_LIST.split(ref.strip()).length > 1 && !several.isEmpty()) {
      return several; // 2、3 is problems 2 and 3, never a problem 23
    }
    return direct != null ? List.of(direct) : several;
  }

  /** 第4、5项 / 第4-5项 / 第4项、第5项: the words around the numbers of a 问题序号 cell go (issue 11). */
  private static final Pattern ITEM_WORDS =
      Pattern.compile("第\\s*(?=[0-9０-９])|(?<=[0-9０-９])\\s*(?:项|条|号|个)(?:问题)?");

  private static List<Place> several(String ref, Map<String, Place> bySeq) {
    List<Place> out = new ArrayList<>();
    for (String part : SEQ_LIST.split(ref.strip())) {
      if (part.isEmpty()) {
        continue;
      }
      Matcher range = SEQ_RANGE.matcher(part);
      List<String> seqs = new ArrayList<>();
      if (range.matches()) {
        int from = Integer.parseInt(range.group(1));
        int to = Integer.parseInt(range.group(2));
        if (to <= from || to - from >= RANGE_MAX) {
          return List.of();
        }
        for (int n = from; n <= to; n++) {
          seqs.add(String.valueOf(n));
        }
      } else {
        seqs.add(part);
      }
      for (String seq : seqs) {
        Place p = bySeq.get(SeqNumbers.key(seq));
        if (p == null) {
          return List.of();
        }
        if (!out.contains(p)) {
          out.add(p);
        }
      }
    }
    return out.size() > 1 ? out : List.of();
  }

  /** 「Sheet 「措施清单」」, or 「Table 2」 for a Word table. */
  private static String where(Grid grid) {
    return grid.sheet() == null ? "Table " + grid.table() : "Sheet 「" + grid.sheet() + "」";
  }

  /** Where a problem's first row stands: 「sheet 「问题清单」 row 3」, 「table 1 row 3」. */
  private static String rowOf(ParsedProblem p) {
    Origin o = p.origin();
    return (o.sheet() == null ? "table " + o.table() : "sheet 「" + o.sheet() + "」")
        + " row "
        + o.rows().get(0);
  }

  private static String rowText(Grid grid, int rowNumber, int column) {
    for (Grid.Row row : grid.rows()) {
      if (row.number() == rowNumber) {
        return row.cell(column).text();
      }
    }
    return "";
  }
}
