package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bihuan.problem.importing.ParsedMeasure.StatusHint;

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
 *       (a repeated 序号 with another problem text adds that text to the description and says so in a
 *       warning; the same problem text under another 问题类别 is another problem); but a 序号 of its own
 *       that changes always starts a new problem ({@link SeqNumbers}, 0190);
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
    PROGRESS,
    STATUS,
    REMARK,
    /** 问题序号: which problem of another sheet a row belongs to ({@link ColumnRoles}). */
    PROBLEM_REF,
    IGNORED
  }

  /** Header words, in the order they are tried (the first that a header cell contains wins). */
  private static final Object[][] NAMES = {
    {Column.SEQ, "序号", "编号", "序"},
    {Column.REMARK, "备注"},
    {Column.IGNORED, "来源", "依据", "整改目标", "目标", "佐证", "附件", "电话", "手机", "联系方式", "邮箱"},
    {Column.CATEGORY, "类别", "类型", "分类", "领域", "大类", "小类", "子类", "细类", "方面"},
    {Column.PROGRESS, "进展", "完成情况", "整改情况", "落实情况", "推进情况", "进度"},
    {Column.STATUS, "状态", "是否完成", "是否整改", "是否销号", "销号"},
    {Column.MEASURE, "措施", "举措", "整改任务", "整改内容", "整改方案", "整改要求"},
    {Column.LEADER, "领导", "牵头负责人"},
    {Column.CO_UNITS, "配合", "协办", "协同", "参与单位"},
    {Column.UNITS, "单位", "部门", "处室", "科室", "主体"},
    {Column.PERSON, "责任人", "联系人", "经办人", "承办人", "负责人"},
    {Column.TIME_LIMIT, "时限", "期限", "完成时间", "整改时间", "时间", "日期"},
    {Column.PROBLEM, "问题"},
  };

  /** Punctuation a heading never holds: a cell with it is a sentence, i.e. a problem. */
  private static final Pattern HEADING_STOPS = Pattern.compile("[。；;，,：:！？!?]");

  /** A 序号 in Chinese numerals, as a group's number: 一, 二、, 十一 (not 一是). */
  private static final Pattern CHINESE_SEQ = Pattern.compile("[一二三四五六七八九十]{1,3}[、．.]?");

  private static final Pattern NOTE_ROW =
      Pattern.compile(
          "^(?:[（(]\\s*(?:注|备注|说明|附注)\\s*[0-9一二三１-９]*\\s*[：:]|(?:注|备注|说明|附注)\\s*[0-9一二三１-９]*\\s*[：:]|填报人|填表人|制表(?:人|单位|日期|时间)?\\s*[：:]|审核人"
              + "|联系电话|联系人[：:]|填报单位"
              + "|填报日期|填报时间|报送单位|报送日期|单位[（(]盖章|主要负责人签字).*",
          Pattern.DOTALL);

  /**
   * A totals row's first text (合计, 合计：5项, 小计 3, 共计12个问题, 共5项): not a problem. Only a short text
   * counts, so that a problem beginning with 共计 is still one.
   */
  private static final Pattern TOTALS_ROW =
      Pattern.compile(
          "^(?:[合总小共]\\s*计(?:$|[\\s：:（(0-9０-９一二三四五六七八九十])"
              + "|共\\s*[0-9０-９一二三四五六七八九十百]+\\s*(?:项|个|条|处|类)).{0,16}",
          Pattern.DOTALL);

  /**
   * A cell of a ledger's sign-off row (填报单位：局办公室, 分管领导：王建国, 联系人：刘芳, 联系电话：…, 填表人：…, 审核人：…, 制表日期：…):
   * a sign-off label and its value. A row of such cells under the data ends the table.
   */
  private static final Pattern SIGN_OFF_LABEL =
      Pattern.compile(
          "(?:(?:填报|填表|制表|报送|审核|审批|审定|签发|复核)(?:单位|人|日期|时间)?"
              + "|(?:分管|主管|主要|单位|部门)?(?:领导|负责人)|联系(?:人|电话|方式)|电话|手机|日期|单位)"
              + "[（(]?(?:签字|签名|盖章)?[）)]?");

  /** A cell's label up to its colon: 审核人：…, 填报单位（盖章）：…. */
  private static final Pattern LABEL = Pattern.compile("^([\\p{IsHan}（()）]{1,12})[：:]");

  /** Whether a cell is a sign-off label with its value (审核人：王建国, 制表日期：2024年7月1日). */
  static boolean isSignOffCell(String text) {
    java.util.regex.Matcher label = LABEL.matcher(text.strip().replaceAll("[\\s\\u3000]", ""));
    return label.find() && SIGN_OFF_LABEL.matcher(label.group(1)).matches();
  }

  /**
   * Whether a paragraph is a sign-off line written under a Word table (填报单位：XX社区（盖章）　联系人：秦月　联系电话：…,
   * 制表人：罗琳　审核人：钟诚, 填表日期：2024年7月1日): the cells of a sign-off row written in one line, each label
   * with its value and separated by spaces. Text without a label is part of the value before it.
   */
  static boolean isSignOffLine(String line) {
    String[] words = line.strip().split("[\\s\\u3000]+");
    if (words.length == 0 || !LABEL.matcher(words[0]).find()) {
      return false;
    }
    List<String> cells = new ArrayList<>();
    for (String w : words) {
      if (cells.isEmpty() || LABEL.matcher(w).find()) {
        cells.add(w);
      } else {
        cells.set(cells.size() - 1, cells.get(cells.size() - 1) + w);
      }
    }
    return cells.stream().allMatch(TableReading::isSignOffCell);
  }

  /** 合计, 总计, 小计, 共计 (合计：, 小计（一）) written in the 序号 or first column: a totals row. */
  private static final Pattern TOTALS_MARKER =
      Pattern.compile("[合总小共]\\s*计(?:[\\s：:（(].{0,12})?", Pattern.DOTALL);

  /** A note's label at the start of a problem's text (说明：, 注：, 备注1：). */
  private static final Pattern NOTE_LABEL =
      Pattern.compile("^(?:注|备注|说明|附注)\\s*[0-9一二三１-９]*\\s*[：:]\\s*");

  /**
   * A problem text without a leading note label, so that 说明：部分单位未建立台账 is titled by what follows the
   * label, not by the label; the text as written when nothing follows it.
   */
  static String withoutNoteLabel(String text) {
    String rest = NOTE_LABEL.matcher(text.strip()).replaceFirst("");
    return rest.isBlank() ? text : rest;
  }

  private static final Pattern UNIT_SEPARATORS =
      Pattern.compile("[" + Labels.UNIT_SEPARATOR_CHARS + "\\s\\u3000]+");

  /** Excel date serials from 2000-01-01 to 2099-12-31: a number in a date column in this range. */
  static final double FIRST_SERIAL = 36526;

  static final double LAST_SERIAL = 73050;

  private static final Pattern SERIAL_TEXT = Pattern.compile("[0-9]{5}(?:\\.[0-9]+)?");

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

  /** The column a header cell names, or null. */
  static Column column(String headerCell) {
    // 备　注 and 责 任 单 位: headers spaced out to fill their cell, with full-width spaces too
    String name = headerCell.replaceAll("[\\s\\u3000\\u00A0*＊:：]", "");
    if (name.isEmpty() || name.length() > 20 || SENTENCE_END.matcher(name).find()) {
      return null; // 问题三。 is a problem, not a header naming a problem column
    }
    Column preset = ColumnRoles.preset(name);
    if (preset != null) {
      return preset;
    }
    if (name.contains("领导") && name.contains("责任人")) {
      return Column.LEADER_AND_PERSON;
    }
    for (Object[] names : NAMES) {
      for (int i = 1; i < names.length; i++) {
        if (name.contains((String) names[i])) {
          return (Column) names[0];
        }
      }
    }
    return null;
  }

  /** Sentence punctuation: a header cell names a column and never holds a sentence. */
  private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?]");

  /** A 序号 value or a date: what a data row holds and a header row never does. */
  private static final Pattern DATA_VALUE =
      Pattern.compile("^(?:[0-9０-９]{1,5}(?:\\.0)?|[0-9]{4}\\s*[年./-]\\s*[0-9]{1,2}.*)$");

  /**
   * Whether a row holds data: a number (its 序号) or a date in a cell of its own. Such a row is never
   * a header, even when its problem cell contains 问题 and its measure cell 措施 (a table continued
   * without a header of its own starts with one).
   */
  static boolean holdsData(Grid.Row row) {
    for (Grid.Cell cell : row.cells()) {
      if (DATA_VALUE.matcher(cell.text()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The header among the first rows, or null when there is none. */
  static Header header(Grid grid) {
    List<Grid.Row> rows = grid.rows();
    for (int r = 0; r < rows.size() && r < HEADER_SEARCH; r++) {
      Grid.Row row = rows.get(r);
      if (distinctTexts(row).size() < 2 || holdsData(row)) {
        continue; // a title merged across the table, a single 填报单位 line, or a row of data
      }
      Column[] alone = ColumnRoles.withHidden(grid, columns(row));
      Named named = isHeader(alone) ? withSubHeader(grid, r, alone) : groupOverSubHeader(grid, r);
      if (named == null || !isHeader(ColumnRoles.withHidden(grid, named.columns()))) {
        continue;
      }
      Column[] columns = named.columns();
      int last = named.last();
      columns = ColumnRoles.withHidden(grid, columns);
      String[] why = new String[columns.length];
      for (int c = 0; c < columns.length; c++) {
        String name = row.cell(c).text();
        if (last > r && !rows.get(last).cell(c).text().isBlank()) {
          name = rows.get(last).cell(c).text();
        }
        why[c] = ColumnRoles.why(grid, c, name);
      }
      // a group row names no time limit itself: 整改情况 over 措施 | 时限 is told by its sub-headers
      Grid.Row names = isHeader(alone) ? row : rows.get(last);
      return new Header(deduplicate(problemRefAsSeq(columns), names), last, why);
    }
    return null;
  }

  /** The columns a header names and the row index it ends on (its own, or a sub-header's). */
  record Named(Column[] columns, int last) {}

  /**
   * Row {@code r}'s columns with a sub-header row below it read in: where the row names no column,
   * or its cell is merged across columns (责任 over 责任单位 | 责任人), the cell below names it; a
   * sub-header that names nothing alone is read with its group (责任 + 人: 责任人).
   */
  static Named withSubHeader(Grid grid, int r, Column[] alone) {
    Column[] columns = alone.clone();
    List<Grid.Row> rows = grid.rows();
    if (r + 1 >= rows.size() || holdsData(rows.get(r + 1))) {
      return new Named(columns, r);
    }
    Grid.Row row = rows.get(r);
    Grid.Row sub = rows.get(r + 1);
    Column[] below = columns(sub);
    boolean second = false;
    for (int c = 0; c < below.length && c < columns.length; c++) {
      boolean spanned = spanned(row, c, columns.length);
      Column kind = below[c];
      if (kind == null && spanned && !sub.cell(c).text().isBlank()) {
        kind = column(row.cell(c).text() + sub.cell(c).text());
      }
      if (kind != null && kind != Column.IGNORED && (columns[c] == null || spanned)) {
        columns[c] = kind;
        second = true;
      }
    }
    return new Named(columns, second ? r + 1 : r);
  }

  /**
   * A group row that names its columns only with the sub-header row below it (问题 merged over 类别 |
   * 描述): the two rows read together, or null when no cell of the row is merged across columns over
   * sub-headers.
   */
  static Named groupOverSubHeader(Grid grid, int r) {
    List<Grid.Row> rows = grid.rows();
    if (r + 1 >= rows.size() || holdsData(rows.get(r + 1))) {
      return null;
    }
    Grid.Row row = rows.get(r);
    Grid.Row sub = rows.get(r + 1);
    int width = Math.max(row.cells().size(), sub.cells().size());
    boolean grouped = false;
    for (int c = 0; c < width; c++) {
      if (HEADING_STOPS.matcher(row.cell(c).text()).find()) {
        return null; // 填报单位：… over the header: a label with its value, not a group of columns
      }
      String below = sub.cell(c).text();
      grouped |= spanned(row, c, width) && !below.isBlank() && !below.equals(row.cell(c).text());
    }
    if (!grouped) {
      return null;
    }
    Named named = withSubHeader(grid, r, columns(new Grid.Row(row.number(), padded(row, width))));
    return named.last() > r ? named : null;
  }

  private static List<Grid.Cell> padded(Grid.Row row, int width) {
    List<Grid.Cell> cells = new ArrayList<>(row.cells());
    while (cells.size() < width) {
      cells.add(Grid.Cell.EMPTY);
    }
    return cells;
  }

  /** Whether a header cell is merged across columns (the same text beside it). */
  private static boolean spanned(Grid.Row row, int c, int width) {
    String text = row.cell(c).text();
    return !text.isBlank()
        && (c > 0 && text.equals(row.cell(c - 1).text())
            || c + 1 < width && text.equals(row.cell(c + 1).text()));
  }

  /**
   * On a sheet with a 问题 column, a 问题序号 column is its 序号 (there is no other sheet's problem to
   * refer to); beside a 序号 column it is not read.
   */
  private static Column[] problemRefAsSeq(Column[] columns) {
    boolean seq = Arrays.asList(columns).contains(Column.SEQ);
    Column[] out = columns.clone();
    for (int c = 0; c < out.length; c++) {
      if (out[c] == Column.PROBLEM_REF) {
        out[c] = seq ? Column.IGNORED : Column.SEQ;
        seq = true;
      }
    }
    return out;
  }

  private static boolean isHeader(Column[] columns) {
    Set<Column> named = EnumSet.noneOf(Column.class);
    for (Column c : columns) {
      if (c != null && c != Column.IGNORED) {
        named.add(c);
      }
    }
    return named.contains(Column.PROBLEM) && named.size() >= 2;
  }

  static Column[] columns(Grid.Row row) {
    Column[] columns = new Column[row.cells().size()];
    String previous = null;
    for (int c = 0; c < columns.length; c++) {
      String text = row.cell(c).text();
      // a header cell merged across columns names only its first column
      columns[c] = text.equals(previous) ? null : column(text);
      previous = text;
    }
    return columns;
  }

  /**
   * One column per kind: a second problem or measure column is ignored; of two time columns the one
   * naming a time limit (时限, 期限) wins over a completion date; several unit columns are read
   * together.
   */
  static Column[] deduplicate(Column[] columns, Grid.Row header) {
    Column[] out = Arrays.copyOf(columns, columns.length);
    int time = -1;
    for (int c = 0; c < out.length; c++) {
      if (out[c] != Column.TIME_LIMIT) {
        continue;
      }
      String name = header.cell(c).text();
      boolean limit = name.contains("时限") || name.contains("期限");
      if (time < 0) {
        time = c;
      } else if (limit && !header.cell(time).text().contains("时限")) {
        out[time] = Column.IGNORED;
        time = c;
      } else {
        out[c] = Column.IGNORED;
      }
    }
    for (Column single :
        List.of(Column.SEQ, Column.PROBLEM, Column.MEASURE, Column.PROGRESS, Column.STATUS)) {
      boolean seen = false;
      for (int c = 0; c < out.length; c++) {
        if (out[c] == single) {
          if (seen) {
            out[c] = Column.IGNORED;
          }
          seen = true;
        }
      }
    }
    return out;
  }

  static Set<String> distinctTexts(Grid.Row row) {
    Set<String> texts = new LinkedHashSet<>();
    for (Grid.Cell cell : row.cells()) {
      if (!cell.text().isBlank()) {
        texts.add(cell.text());
      }
    }
    return texts;
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
    Reader reader = new Reader(grid, header);
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
            reader.where(grid.rows().get(r))
                + " is the header row of another table (「"
                + OutlineParser.shorten(String.join(" ", distinctTexts(grid.rows().get(r))))
                + "」); the rows below it were read under its columns.");
        reader = new Reader(grid, next);
        above = new String[next.columns().length];
        r = next.lastRow();
        continue;
      }
      reader.row(withDittosResolved(grid.rows().get(r), above));
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
    Grid.Row row = grid.rows().get(r);
    if (holdsData(row) || distinctTexts(row).size() < 3) {
      return null;
    }
    Column[] columns = ColumnRoles.withHidden(grid, columns(row));
    Set<Column> named = EnumSet.noneOf(Column.class);
    for (int c = 0; c < columns.length; c++) {
      Grid.Cell cell = row.cell(c);
      if (cell.text().isBlank() || cell.continuesLeft()) {
        continue;
      }
      if (cell.continuesAbove() || columns[c] == null) {
        return null;
      }
      if (columns[c] != Column.IGNORED) {
        named.add(columns[c]);
      }
    }
    if (!named.contains(Column.PROBLEM)
        || named.size() < 3
        || Arrays.equals(columns, current.columns())) {
      return null;
    }
    List<Grid.Row> rest = grid.rows().subList(r, grid.rows().size());
    Header below =
        header(
            new Grid(grid.sheet(), rest, grid.date1904(), grid.table(), grid.lead(), grid.place()));
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

  private static final class Reader {
    final Grid grid;
    final Header header;
    final List<ParsedProblem> problems = new ArrayList<>();
    final List<String> seqs = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<Numbering> categoryStack = new ArrayList<>();
    final List<String> categoryPath = new ArrayList<>();
    ProblemDraft current;

    /** Filled cells of columns that are not read, by column. */
    final int[] unread;

    /** Rows whose 备注 text was kept. */
    int remarks;

    /**
     * The sign-off row that ended the table (0 while it goes on), and the rows with text below it.
     */
    int signOffRow;

    final List<Integer> belowSignOff = new ArrayList<>();

    /** The category columns (大类, 类别, 小类…), each carried down to the rows below it. */
    final CategoryColumns categories;

    /** The title of the problem read last, for a 整改措施 cell merged over it and the next one. */
    String lastTitle;

    /** Measure rows above the table's first problem, read as its measures when it comes (0252). */
    final List<Grid.Row> beforeFirst = new ArrayList<>();

    /**
     * The year the table's dates (and the lines above it) name most often, in which a month without
     * a year is read ({@link DeadlineText#documentYear}); null when they name none.
     */
    final Integer year;

    Reader(Grid grid, Header header) {
      this.grid = grid;
      this.header = header;
      this.unread = new int[header.columns().length];
      this.categories = CategoryColumns.of(header.columns(), this::headerName);
      StringBuilder dated = new StringBuilder(String.join("\n", grid.lead()));
      for (Grid.Row row : grid.rows()) {
        row.cells().forEach(c -> dated.append('\n').append(c.text()));
      }
      this.year = DeadlineText.documentYear(dated);
    }

    String where(Grid.Row row) {
      String where = where(row.number());
      return Character.toUpperCase(where.charAt(0)) + where.substring(1);
    }

    Grid.Cell cell(Grid.Row row, Column column) {
      int i = header.index(column);
      return i < 0 ? Grid.Cell.EMPTY : row.cell(i);
    }

    String text(Grid.Row row, Column column) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < header.columns().length; i++) {
        if (header.columns()[i] == column && !row.cell(i).text().isEmpty()) {
          if (all.length() > 0) {
            all.append('、');
          }
          all.append(row.cell(i).text());
        }
      }
      return all.toString();
    }

    /** Rows whose phone numbers were named already (a merged cell is read on each of its rows). */
    final Set<String> phonesNamed = new java.util.HashSet<>();

    /**
     * The text of a leader or person column without the phone numbers written into it ({@link
     * ContactNumbers}), named once in a warning.
     */
    String withoutPhones(Grid.Row row, Column column) {
      String text = text(row, column);
      if (!ContactNumbers.holds(text)) {
        return text;
      }
      String names = ContactNumbers.without(text);
      if (phonesNamed.add(column + "\u0000" + text)) {
        warnings.add(
            where(row)
                + ": the phone number(s) in the "
                + (column == Column.LEADER ? "责任领导" : column == Column.PERSON ? "责任人" : "责任领导及责任人")
                + " cell were left out of the name"
                + (names.isEmpty() ? "; no name is left." : " (「" + names + "」 was read)."));
      }
      return names;
    }

    void row(Grid.Row row) {
      if (row.isBlank()) {
        return;
      }
      if (signOffRow > 0) {
        belowSignOff.add(row.number());
        return;
      }
      if (isSignOffRow(row)) {
        // 填报单位：… | 分管领导：王建国 | 联系人：刘芳: who filled the ledger in, never a measure's duties (0182)
        boolean under = current != null || !problems.isEmpty();
        finish();
        warnings.add(
            where(row)
                + " is a sign-off row (「"
                + OutlineParser.shorten(String.join(" ", distinctTexts(row)))
                + "」), not part of the table; it was not imported"
                + (under ? " and the table ends above it." : "."));
        if (under) {
          signOffRow = row.number();
        }
        return;
      }
      String firstText =
          row.cells().stream()
              .map(Grid.Cell::text)
              .filter(t -> !t.isBlank())
              .findFirst()
              .orElse("");
      String marker = (header.has(Column.SEQ) ? cell(row, Column.SEQ) : row.cell(0)).text().strip();
      if (TOTALS_MARKER.matcher(marker).matches()) {
        // 合计 | 共4个问题 | 5项措施: 合计/总计/小计 in the 序号 (or first) column is a totals row even when
        // its other cells look like a problem and a measure (0182)
        finish();
        warnings.add(
            where(row)
                + ": a totals row (「"
                + OutlineParser.shorten(String.join(" ", distinctTexts(row)))
                + "」), not a problem; it was not imported.");
        return;
      }
      // a row with a 整改措施 or duties of its own is a problem whatever its first words (0177)
      boolean duties = hasOwnMeasureOrDuties(row, firstText);
      if (NOTE_ROW.matcher(firstText.strip()).matches() && !duties) {
        if (NOTE_LABEL.matcher(firstText.strip().replaceFirst("^[（(]\\s*", "")).lookingAt()) {
          // （备注：……） / 注：…… under the data: a note on the table, never a problem (0247)
          warnings.add(
              where(row)
                  + " is a note (「"
                  + OutlineParser.shorten(firstText.strip())
                  + "」), not a problem; it was not imported.");
        }
        return;
      }
      if (!holdsData(row)
          && Arrays.equals(ColumnRoles.withHidden(grid, columns(row)), header.columns())) {
        return; // the header repeated (a table continued on a new page)
      }
      if (TOTALS_ROW.matcher(firstText.strip()).matches() && !duties) {
        warnings.add(
            where(row)
                + ": a totals row (「"
                + OutlineParser.shorten(String.join(" ", distinctTexts(row)))
                + "」), not a problem; it was not imported.");
        return;
      }
      Grid.Row finding = SentenceRows.asProblem(row, header);
      boolean ownCategory = finding == null || !categories.coveredBySentence(row);
      if (finding != null) {
        // 3.食堂管理不规范，存在过期食品。 alone across the row: a finding, not a category (0247)
        warnings.add(
            where(row)
                + " holds one sentence across the row (「"
                + OutlineParser.shorten(firstText.strip())
                + "」); it was read as a problem, not as a category heading. Check its 整改措施.");
        row = finding;
      } else if (isCategoryRow(row)) {
        category(
            row.cells().stream().map(Grid.Cell::text).filter(t -> !t.isBlank()).findFirst().get());
        return;
      }
      String heading = headingInProblemCell(row);
      if (heading != null) {
        category(heading);
        return;
      }
      row = oneValuePerMergedCell(row);
      countUnread(row);
      Grid.Cell problemCell = cell(row, Column.PROBLEM);
      String problemText = problemCell.text();

      Grid.Cell seqCell = cell(row, Column.SEQ);
      String seq = seqCell.text();
      boolean ownSeq = !seq.isEmpty() && !seqCell.continuesAbove();
      // 1-2 after 1-1 beside the same problem (merged, blank or repeated): its next measure (0200)
      boolean sameSeq =
          ownSeq
              && current != null
              && (SeqNumbers.sameProblem(seq, current.seq)
                  || (SeqNumbers.samePointsParent(seq, current.seq)
                      && (problemCell.continuesAbove()
                          || problemText.isEmpty()
                          || RepeatedCells.same(problemText, current.text))
                      && !categories.differs(row, current.path)));
      // a 序号 of its own that is another value starts a new problem, whatever the 问题 cell holds
      // (0190): a row with nothing but its 序号 (a form numbered in advance) holds no problem
      boolean newSeq =
          ownSeq
              && current != null
              && !sameSeq
              && (!problemText.isEmpty() || hasMeasureOrDuties(row));
      if (ownSeq && !sameSeq && problemText.isEmpty() && !hasMeasureOrDuties(row)) {
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
            where(row)
                + (blank
                    ? " has a 序号 of its own ("
                        + seq
                        + ", after "
                        + current.seq
                        + ") and a blank 问题 cell; it was imported as a problem of its own with the"
                        + " problem text of the row above (「"
                    : problemCell.continuesAbove()
                        ? " continues the merged 问题 cell (「"
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
        if ((hasMeasureOrDuties(row) || !text(row, Column.REMARK).isEmpty())
            && problems.isEmpty()
            && current == null) {
          // a measure row above the table's first problem: that problem's, said so (0252)
          beforeFirst.add(row);
          return;
        }
        if (hasMeasureOrDuties(row) || !text(row, Column.REMARK).isEmpty()) {
          // a measure row above the first problem (M4): named with its text, so that nothing is
          // lost
          // unseen; which problem it belongs to the table does not say (0247)
          warnings.add(
              where(row)
                  + ": a 整改措施 or 责任单位 with no problem above it in the table (「"
                  + OutlineParser.shorten(String.join(" | ", distinctTexts(row)))
                  + "」); the row was not imported. Write it on the row of its problem, or merge"
                  + " that problem's cell over it.");
        }
        return;
      }
      if (newProblem) {
        finish();
        List<String> path = new ArrayList<>(categoryPath);
        // 大类 | 小类, or a 类别 written on the first row of its group only (cells unmerged to sort
        // or filter): each holds for the rows below until the next (0182, 0190)
        for (String category : ownCategory ? categories.path(row) : List.<String>of()) {
          if (path.isEmpty() || !path.get(path.size() - 1).equals(category)) {
            path.add(category);
          }
        }
        current =
            new ProblemDraft(
                problemText,
                seq,
                List.copyOf(path),
                beforeFirst.isEmpty() ? row.number() : beforeFirst.get(0).number());
        for (Grid.Row early : beforeFirst) {
          measure(early);
          warnings.add(
              where(early)
                  + ": a 整改措施 or 责任单位 above the table's first problem (「"
                  + OutlineParser.shorten(String.join(" | ", distinctTexts(early)))
                  + "」) was read as a measure of that problem (「"
                  + OutlineParser.shorten(
                      OutlineParser.splitHead(Labels.withoutProblemNumber(problemText.strip()))
                          .title())
                  + "」, "
                  + where(row)
                  + "). If it is another problem's, write it on that problem's row.");
        }
        beforeFirst.clear();
      } else if (firstSentence) {
        warnings.add(
            where(row)
                + " has no 序号 and repeats the first sentence of the problem above (「"
                + OutlineParser.shorten(problemText)
                + "」); it was read as the same problem, its measure added to it.");
      } else if (!problemCell.continuesAbove()
          && !problemText.equals(current.text)
          && RepeatedCells.same(problemText, current.text)) {
        // the cell copied down by hand, ending otherwise (…不规范。 / …不规范；): the same problem (0247)
        if (current.copiesNamed++ == 0) {
          warnings.add(
              where(row)
                  + " repeats the problem text of the row above (「"
                  + OutlineParser.shorten(current.text)
                  + "」) but for spaces or closing punctuation; it was read as the same problem, its"
                  + " measure added to it.");
        }
      } else if (!problemCell.continuesAbove()
          && !problemText.isEmpty()
          && !current.text.equals(problemText)
          && !current.description.contains(problemText)) {
        current.description = current.description + "\n" + problemText;
        if (sameSeq) {
          warnings.add(
              where(row)
                  + " repeats the 序号 "
                  + current.seq
                  + " of the row above with another problem text (「"
                  + OutlineParser.shorten(problemText)
                  + "」); it was read as more of that problem's description. If it is a problem"
                  + " of its own, give it its own 序号.");
        }
      }
      current.lastRow = row.number();
      measure(row);
    }

    /**
     * A data row with each cell merged across columns (a Word gridSpan, an Excel area) read once:
     * its text stays in one of the columns it covers and the others are empty, so 办公室 spanning 责任单位
     * and 责任人 is a unit, not a unit and a person. The column is the one its label names (责任人：马丽), a
     * 序号 column for a bare number, else the first column that is read. The dry run says so when the
     * cell covered more than one column that is read.
     */
    Grid.Row oneValuePerMergedCell(Grid.Row row) {
      List<Grid.Cell> cells = new ArrayList<>(row.cells());
      boolean changed = false;
      for (int start = 0; start < cells.size(); ) {
        int end = start + 1;
        while (end < cells.size() && cells.get(end).continuesLeft()) {
          end++;
        }
        Grid.Cell merged = cells.get(start);
        if (end - start < 2 || merged.text().isBlank()) {
          start = end;
          continue;
        }
        List<Integer> read = new ArrayList<>();
        for (int c = start; c < end && c < header.columns().length; c++) {
          Column kind = header.columns()[c];
          if (kind != null && kind != Column.IGNORED) {
            read.add(c);
          }
        }
        int keep = read.isEmpty() ? start : columnOf(merged.text(), read);
        for (int c = start; c < end; c++) {
          cells.set(
              c,
              c == keep
                  ? new Grid.Cell(merged.text(), merged.continuesAbove(), merged.number())
                  : Grid.Cell.EMPTY);
        }
        changed = true;
        if (read.size() >= 2 && !merged.continuesAbove()) {
          List<String> names = new ArrayList<>();
          for (int c : read) {
            names.add("「" + headerName(c) + "」");
          }
          List<String> others = new ArrayList<>(names);
          others.remove(read.indexOf(keep));
          warnings.add(
              where(row)
                  + ": a cell merged across "
                  + String.join("、", names.subList(0, names.size() - 1))
                  + " and "
                  + names.get(names.size() - 1)
                  + " was read once, as 「"
                  + headerName(keep)
                  + "」; "
                  + String.join("、", others)
                  + (others.size() > 1 ? " were" : " was")
                  + " left empty.");
        }
        start = end;
      }
      return changed ? new Grid.Row(row.number(), cells) : row;
    }

    /** A cell that only gives a time limit: a short date (2024年8月31日前) or 立行立改/长期坚持. */
    private static final Pattern TIME_LIMIT_TEXT =
        Pattern.compile("(?:[0-9]{4}\\s*[年./-][^，,。；;]{0,14}|立行立改|长期坚持|持续整改)");

    /** Which of the {@code read} columns a merged cell's text belongs to. */
    private int columnOf(String text, List<Integer> read) {
      List<Labels.Labelled> labels = Labels.of(text.strip());
      if (!labels.isEmpty()) {
        Column named =
            switch (labels.get(0).label()) {
              case PROBLEM -> Column.PROBLEM;
              case MEASURE -> Column.MEASURE;
              case LEADER -> Column.LEADER;
              case UNITS -> Column.UNITS;
              case CO_UNITS -> Column.CO_UNITS;
              case PERSON -> Column.PERSON;
              case TIME_LIMIT -> Column.TIME_LIMIT;
              case PROGRESS -> Column.PROGRESS;
              case OTHER -> null;
            };
        for (int c : read) {
          if (header.columns()[c] == named) {
            return c;
          }
        }
      }
      if (TIME_LIMIT_TEXT.matcher(text.strip()).matches()) {
        for (int c : read) {
          if (header.columns()[c] == Column.TIME_LIMIT) {
            return c;
          }
        }
      }
      boolean bareNumber = text.strip().matches("[0-9０-９]{1,5}(?:\\.0)?");
      for (int c : read) {
        if ((header.columns()[c] == Column.SEQ) == bareNumber) {
          return c;
        }
      }
      return read.get(0);
    }

    /**
     * A row whose every filled cell is a sign-off label with its value (see {@link
     * #isSignOffCell}).
     */
    boolean isSignOffRow(Grid.Row row) {
      boolean any = false;
      for (Grid.Cell c : row.cells()) {
        if (c.text().isBlank()) {
          continue;
        }
        if (c.continuesAbove() || !isSignOffCell(c.text())) {
          return false;
        }
        any = true;
      }
      return any;
    }

    /** Counts the filled cells of the columns that are not read (see {@link #unreadWarnings}). */
    void countUnread(Grid.Row row) {
      for (int i = 0; i < unread.length; i++) {
        Column c = header.columns()[i];
        Grid.Cell cell = row.cell(i);
        if ((c == null || c == Column.IGNORED)
            && !cell.text().isEmpty()
            && !cell.continuesAbove()) {
          unread[i]++;
        }
      }
    }

    /**
     * Names each column whose cells hold text that is not imported (a column the reader does not
     * know, or a second column of a kind read once), and where the 备注 text went.
     */
    void unreadWarnings() {
      for (Grid.Row early : beforeFirst) {
        warnings.add(
            where(early)
                + ": a 整改措施 or 责任单位 with no problem in the table (「"
                + OutlineParser.shorten(String.join(" | ", distinctTexts(early)))
                + "」); the row was not imported. Write it on the row of its problem.");
      }
      beforeFirst.clear();
      if (!belowSignOff.isEmpty()) {
        warnings.add(
            (grid.sheet() == null ? "Table" : "Sheet 「" + grid.sheet() + "」")
                + ": row(s) "
                + belowSignOff.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " below the sign-off row "
                + signOffRow
                + " were not imported.");
      }
      for (int i = 0; i < unread.length; i++) {
        String why = i < header.why().length ? header.why()[i] : null;
        String name = headerName(i);
        if (unread[i] == 0 && (why == null || name.isEmpty())) {
          continue;
        }
        warnings.add(
            (grid.sheet() == null ? "Table" : "Sheet 「" + grid.sheet() + "」")
                + ": column "
                + columnName(i)
                + (name.isEmpty() ? " (no header)" : " 「" + name + "」")
                + " is not imported ("
                + (why != null
                    ? why
                    : header.columns()[i] == Column.IGNORED
                        ? "the importer does not read it"
                        : "the importer does not know it")
                + ")"
                + (unread[i] == 0
                    ? "; it holds no text under the header."
                    : "; the text of its " + unread[i] + " filled cell(s) was not kept."));
      }
      if (remarks > 0) {
        warnings.add(
            (grid.sheet() == null ? "Table" : "Sheet 「" + grid.sheet() + "」")
                + ": the 备注 column's text ("
                + remarks
                + " row(s)) is kept in the measure's progress note as 「备注：…」 (it becomes the"
                + " ticket's first progress report), or in the problem's description when the"
                + " problem has no measure.");
      }
    }

    String headerName(int column) {
      for (int r = header.lastRow(); r >= 0 && r >= header.lastRow() - 1; r--) {
        String text = grid.rows().get(r).cell(column).text();
        if (!text.isEmpty()) {
          return text;
        }
      }
      return "";
    }

    String columnName(int column) {
      if (grid.sheet() == null) {
        return String.valueOf(column + 1);
      }
      StringBuilder letters = new StringBuilder();
      for (int v = column + 1; v > 0; v = (v - 1) / 26) {
        letters.insert(0, (char) ('A' + (v - 1) % 26));
      }
      return letters.toString();
    }

    /**
     * The time limit of a row. In a worksheet, a number in the time-limit column that Excel would
     * show as a date from 2000 to 2099 (a date cell formatted as General, or typed as text) is read
     * as that date; a number stored as text is said in a warning, as it may be meant otherwise.
     */
    String timeLimit(Grid.Row row) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < header.columns().length; i++) {
        Grid.Cell cell = row.cell(i);
        if (header.columns()[i] != Column.TIME_LIMIT || cell.text().isEmpty()) {
          continue;
        }
        String text = cell.text();
        if (grid.sheet() != null && SERIAL_TEXT.matcher(text).matches()) {
          double serial = Double.parseDouble(text);
          if (serial >= FIRST_SERIAL && serial < LAST_SERIAL + 1) {
            String date = CellValues.date(Math.floor(serial), grid.date1904());
            if (!cell.number() && !cell.continuesAbove()) {
              warnings.add(
                  where(row)
                      + ": the time limit 「"
                      + text
                      + "」 is a number stored as text; it was read as the Excel date "
                      + date
                      + " (check it).");
            }
            text = date;
          }
        }
        if (all.length() > 0) {
          all.append('、');
        }
        all.append(text);
      }
      return all.toString();
    }

    /**
     * Whether the row has a 整改措施, unit, leader, person or time limit of its own: a cell of those
     * columns that neither continues a merge from above nor repeats the row's first text (a note
     * merged across the table fills every column with itself).
     */
    boolean hasOwnMeasureOrDuties(Grid.Row row, String firstText) {
      for (int i = 0; i < header.columns().length; i++) {
        Column c = header.columns()[i];
        Grid.Cell cell = row.cell(i);
        if ((c == Column.MEASURE
                || c == Column.LEADER_AND_PERSON
                || c == Column.UNITS
                || c == Column.CO_UNITS
                || c == Column.LEADER
                || c == Column.PERSON
                || c == Column.TIME_LIMIT)
            && !cell.text().isBlank()
            && !cell.continuesAbove()
            && !cell.text().strip().equals(firstText.strip())) {
          return true;
        }
      }
      return false;
    }

    boolean hasMeasureOrDuties(Grid.Row row) {
      for (Column c :
          List.of(
              Column.MEASURE,
              Column.UNITS,
              Column.CO_UNITS,
              Column.LEADER,
              Column.LEADER_AND_PERSON,
              Column.PERSON,
              Column.TIME_LIMIT)) {
        if (!text(row, c).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    /** One text only (merged across, or alone in a 序号/类别/unnamed column): a group heading. */
    boolean isCategoryRow(Grid.Row row) {
      Set<String> texts = new LinkedHashSet<>();
      int own = 0;
      int column = -1;
      for (int i = 0; i < row.cells().size(); i++) {
        Grid.Cell c = row.cell(i);
        if (c.text().isBlank()) {
          continue;
        }
        if (c.continuesAbove()) {
          return false;
        }
        texts.add(c.text());
        own++;
        column = i;
      }
      if (texts.size() != 1) {
        return false;
      }
      String text = texts.iterator().next();
      if (text.matches("[0-9０-９.．]+")) {
        return false;
      }
      Column kind = column < header.columns().length ? header.columns()[column] : null;
      return own >= 2
          || kind == null
          || kind == Column.SEQ
          || kind == Column.CATEGORY
          || kind == Column.IGNORED;
    }

    /**
     * A group heading typed into the 问题 cell instead of across the row, as units often do: the row
     * holds only a short heading (一、政治建设方面, （二）作风建设方面, 政治建设方面) in its 问题 cell, perhaps after a 序号
     * in Chinese numerals (一 │ 政治建设方面), and no 措施 or duty, in a table whose problems have them.
     * Returns the heading with its number (一、政治建设方面), or null for any other row: a sentence, a
     * problem numbered in arabic numerals, a row with a measure, unit or date.
     */
    String headingInProblemCell(Grid.Row row) {
      if (!header.has(Column.MEASURE) && !header.has(Column.UNITS)) {
        return null; // a list of problems alone: every row is a problem
      }
      for (int i = 0; i < row.cells().size(); i++) {
        Grid.Cell c = row.cell(i);
        if (c.text().isBlank()) {
          continue;
        }
        Column kind = i < header.columns().length ? header.columns()[i] : null;
        if (c.continuesAbove() || (kind != Column.SEQ && kind != Column.PROBLEM)) {
          return null;
        }
      }
      String text = cell(row, Column.PROBLEM).text().strip();
      String seq = cell(row, Column.SEQ).text().strip();
      if (text.isEmpty() || text.length() > 30 || HEADING_STOPS.matcher(text).find()) {
        return null;
      }
      Numbering own = Numbering.of(text);
      if (own != null) {
        return own.rank() <= Numbering.CHINESE_IN_PARENTHESES && seq.isEmpty() ? text : null;
      }
      Numbering bySeq =
          seq.isEmpty()
              ? null
              : Numbering.of(
                  CHINESE_SEQ.matcher(seq).matches() ? seq.replaceFirst("[、．.]?$", "、") : seq);
      if (bySeq != null
          && bySeq.rank() <= Numbering.CHINESE_IN_PARENTHESES
          && bySeq.text().isBlank()) {
        return bySeq.marker().strip() + text;
      }
      return seq.isEmpty() && text.endsWith("方面") ? text : null;
    }

    void category(String text) {
      finish();
      categories.reset();
      Numbering n = Numbering.of(text);
      if (n == null) {
        categoryStack.clear();
        categoryPath.clear();
        categoryPath.add(text);
        categoryStack.add(null);
        return;
      }
      while (!categoryStack.isEmpty()) {
        Numbering top = categoryStack.get(categoryStack.size() - 1);
        if (top != null && top.rank() < n.rank()) {
          break;
        }
        categoryStack.remove(categoryStack.size() - 1);
        categoryPath.remove(categoryPath.size() - 1);
      }
      categoryStack.add(n);
      categoryPath.add(n.text().strip());
    }

    /**
     * A further measure's row whose problem cell is blank, not merged (a table split in two breaks
     * a merge), and whose 责任领导 is blank while the measure above names one: the leader is not
     * carried down, and the dry run says so (0263).
     */
    private void leaderNotCarried(Grid.Row row, MeasureDraft m) {
      int leader = header.index(Column.LEADER);
      Grid.Cell problemCell = cell(row, Column.PROBLEM);
      if (leader < 0
          || current.measures.isEmpty()
          || !m.leaders.isEmpty()
          || !problemCell.text().isEmpty()
          || problemCell.continuesAbove()
          || row.cell(leader).continuesAbove()) {
        return;
      }
      MeasureDraft above = current.measures.get(current.measures.size() - 1);
      if (above.leaders.isEmpty()) {
        return;
      }
      warnings.add(
          where(row)
              + ": 「"
              + headerName(leader)
              + "」 is blank for the measure 「"
              + OutlineParser.shorten(m.text)
              + "」; it was imported without a leader although the row above names 「"
              + String.join("、", above.leaders)
              + "」 (a cell merged down is not carried over a table break). If it is the same"
              + " leader, write it in this row.");
    }

    void measure(Grid.Row row) {
      String remark = text(row, Column.REMARK);
      if (!remark.isEmpty()) {
        remarks++;
      }
      if (!header.has(Column.MEASURE)) {
        if (hasMeasureOrDuties(row)) {
          current.duties.add(row, this); // a table of problems with their units but no 措施 column
        }
        if (!remark.isEmpty() && !current.description.contains("备注：" + remark)) {
          current.description = current.description + "\n备注：" + remark;
        }
        return;
      }
      Grid.Cell measureCell = cell(row, Column.MEASURE);
      if (!measureCell.text().isEmpty() && !measureCell.continuesAbove()) {
        List<String> lines = new ArrayList<>();
        List<String> duties = new ArrayList<>();
        for (String line : measureCell.text().split("\n", -1)) {
          List<String> parts = BracketedDuties.split(line);
          lines.add(parts == null ? line : parts.get(0));
          if (parts != null) {
            duties.addAll(parts.subList(1, parts.size()));
          }
        }
        MeasureDraft m =
            new MeasureDraft(
                duties.isEmpty() ? measureCell.text() : String.join("\n", lines).strip());
        m.add(row, this);
        m.bracketed(duties);
        leaderNotCarried(row, m);
        current.measures.add(m);
        return;
      }
      if (!measureCell.text().isEmpty()
          && current.measures.isEmpty()
          && current.firstRow == row.number()
          && lastTitle != null) {
        // one 整改措施 cell merged over the rows of two problems: each problem has the measure (0190)
        MeasureDraft m = new MeasureDraft(measureCell.text());
        m.add(row, this);
        current.measures.add(m);
        warnings.add(
            where(row)
                + ": the 整改措施 cell 「"
                + OutlineParser.shorten(measureCell.text())
                + "」 is merged over the rows of more than one problem; it was read as a measure of"
                + " each of them (「"
                + OutlineParser.shorten(lastTitle)
                + "」 above and 「"
                + OutlineParser.shorten(
                    OutlineParser.splitHead(Labels.withoutProblemNumber(current.text.strip()))
                        .title())
                + "」). Check that each problem needs the whole measure.");
        return;
      }
      if (!hasMeasureOrDuties(row)
          && text(row, Column.PROGRESS).isEmpty()
          && text(row, Column.REMARK).isEmpty()) {
        return;
      }
      if (current.measures.isEmpty()) {
        current.duties.add(row, this);
        return;
      }
      current.measures.get(current.measures.size() - 1).add(row, this);
    }

    void finish() {
      ProblemDraft draft = current;
      current = null;
      if (draft == null) {
        lastTitle = null;
        return;
      }
      // several items in one 问题 cell (1.… 2.…) with the row's one set of measures: one problem,
      // titled by its first item without the number, described by the cell as written (0171)
      // 问题一：学习不深入。 numbers the problem in its label, as a plan's line does: the title is
      // 学习不深入 (Labels, one rule for both)
      String text = Labels.withoutProblemNumber(draft.text.strip());
      Numbering first = Numbering.of(text.lines().findFirst().orElse(""));
      boolean firstItem = first != null && first.number() == 1 && !first.text().isBlank();
      // 经检查，存在以下问题：1.… 2.…: a lead-in before the items titles nothing (0264)
      LeadIns.Items leadIn = firstItem ? null : LeadIns.of(withoutNoteLabel(text));
      String title =
          OutlineParser.splitHead(
                  withoutNoteLabel(
                      firstItem ? first.text() : leadIn != null ? leadIn.items().get(0) : text))
              .title();
      String named = "Problem 「" + OutlineParser.shorten(title) + "」";
      if (leadIn != null) {
        warnings.add(
            named
                + " ("
                + where(draft.firstRow)
                + "): the 问题 cell opens with a lead-in (「"
                + OutlineParser.shorten(leadIn.lead())
                + "」) before "
                + leadIn.items().size()
                + " numbered items; it was read as one problem titled by its first item, its"
                + " description the whole cell with every item, the row's 整改措施 serving them all."
                + " If each item is a problem of its own, give each a row of its own.");
      }
      List<ParsedMeasure> measures = new ArrayList<>();
      for (MeasureDraft m : draft.measures) {
        measures.add(m.parsed(named, draft.duties, warnings, year));
      }
      String description = draft.description;
      if (draft.measures.isEmpty()
          && !draft.duties.remarks.isEmpty()
          && !(header.has(Column.MEASURE) && !draft.duties.isEmpty())) {
        description = description + "\n备注：" + String.join("\n", draft.duties.remarks);
      }
      if (header.has(Column.MEASURE) && measures.isEmpty() && !draft.duties.isEmpty()) {
        // 问题甲 | (no 措施) | 王建国 | 局办公室 | 刘芳 | 2024年9月30日: the duties are never dropped; as in a
        // plan's text, they go on a measure named after the problem (0182)
        warnings.add(
            named
                + " ("
                + where(draft.firstRow)
                + ") has no 整改措施 of its own; its 责任领导, 责任单位, 责任人 and 整改时限 were kept on a"
                + " measure named after the problem.");
        measures.add(new MeasureDraft(title).parsed(named, draft.duties, warnings, year));
      } else if (header.has(Column.MEASURE) && measures.isEmpty()) {
        warnings.add(named + " (" + where(draft.firstRow) + ") has no 整改措施.");
      }
      if (!header.has(Column.MEASURE) && !draft.duties.isEmpty()) {
        warnings.add(
            named
                + ": the table has no 整改措施 column, so its 责任单位 and 时限 could not be given to a"
                + " measure.");
      }
      lastTitle = title;
      seqs.add(draft.seq);
      problems.add(
          new ParsedProblem(
              title,
              description,
              draft.path,
              measures,
              grid.sheet() == null && grid.table() > 0
                  ? grid.origin(draft.firstRow, draft.lastRow)
                  : Origin.rows(grid.sheet(), draft.firstRow, draft.lastRow)));
    }

    String where(int rowNumber) {
      return grid.sheet() == null
          ? grid.rowInFile(rowNumber)
          : "sheet 「" + grid.sheet() + "」 row " + rowNumber;
    }
  }

  /**
   * The units of a cell, one or several separated by 、，,；;/ spaces or line breaks (a cell's
   * paragraphs are lines). A line or part that begins 牵头：/责任单位： gives responsible units, one that
   * begins 配合：/协办： co-responsible ones, and later parts without a prefix follow the last prefix;
   * 财务科（配合） marks one unit. Without any prefix, the units go where the column says.
   */
  static void splitUnits(String cell, Set<String> units, Set<String> coUnits) {
    Labels.units(cell, UNIT_SEPARATORS, units, coUnits);
  }

  static String withoutNumber(String text) {
    Numbering n = Numbering.of(text);
    return n == null ? text.strip() : n.text().strip();
  }

  private static final class ProblemDraft {
    final String text;
    final String seq;
    final List<String> path;
    final int firstRow;
    int lastRow;
    String description;
    final List<MeasureDraft> measures = new ArrayList<>();

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
  }

  /** 2024年6月底前 / 6月30日前 / 年底前 written after a bracket's duties without its label. */
  private static final Pattern UNLABELLED_TIME =
      Pattern.compile("^(?:[0-9０-９]{2,4}年|[0-9０-９]{1,2}月|年底|年内|立行立改|长期坚持|持续推进)");

  private static final class MeasureDraft {
    final String text;
    final Set<String> units = new LinkedHashSet<>();
    final Set<String> coUnits = new LinkedHashSet<>();
    final Set<String> leaders = new LinkedHashSet<>();
    final Set<String> persons = new LinkedHashSet<>();
    final Set<String> timeLimits = new LinkedHashSet<>();
    final Set<String> progress = new LinkedHashSet<>();
    final Set<String> statuses = new LinkedHashSet<>();
    final Set<String> remarks = new LinkedHashSet<>();

    MeasureDraft(String text) {
      this.text = text;
    }

    boolean isEmpty() {
      return units.isEmpty()
          && coUnits.isEmpty()
          && leaders.isEmpty()
          && persons.isEmpty()
          && timeLimits.isEmpty();
    }

    void add(Grid.Row row, Reader reader) {
      splitUnits(reader.text(row, Column.UNITS), units, coUnits);
      splitUnits(reader.text(row, Column.CO_UNITS), coUnits, coUnits);
      addNames(leaders, reader.withoutPhones(row, Column.LEADER));
      addNames(persons, reader.withoutPhones(row, Column.PERSON));
      List<String> both =
          Labels.leaderAndPeople(reader.withoutPhones(row, Column.LEADER_AND_PERSON));
      if (!both.isEmpty()) {
        leaders.add(both.get(0));
        persons.addAll(both.subList(1, both.size()));
      }
      addText(timeLimits, reader.timeLimit(row));
      addText(progress, reader.text(row, Column.PROGRESS));
      addText(statuses, reader.text(row, Column.STATUS));
      addText(remarks, reader.text(row, Column.REMARK));
    }

    /**
     * The duties written in brackets in the measure's cell (…建立台账（责任单位：财务科，责任人：王五，2024年6月底前）, as a
     * plan's line is read, {@link BracketedDuties}): each field they give replaces the row's; a
     * time written without its label after them (2024年6月底前) is the time limit (0252).
     */
    void bracketed(List<String> duties) {
      Set<String> u = new LinkedHashSet<>();
      Set<String> co = new LinkedHashSet<>();
      Set<String> lead = new LinkedHashSet<>();
      Set<String> people = new LinkedHashSet<>();
      Set<String> times = new LinkedHashSet<>();
      for (String bracket : duties) {
        for (Labels.Labelled l : Labels.of(bracket)) {
          List<String> rest = new ArrayList<>();
          for (String piece : l.value().split("[，,；;]")) {
            if (l.label() != Labels.Label.TIME_LIMIT
                && UNLABELLED_TIME.matcher(piece.strip()).find()) {
              addText(times, piece);
            } else {
              rest.add(piece);
            }
          }
          String v = String.join("、", rest).strip();
          switch (l.label()) {
            case UNITS -> splitUnits(v, u, co);
            case CO_UNITS -> splitUnits(v, co, co);
            case LEADER -> addNames(lead, v);
            case PERSON -> addNames(people, v);
            case TIME_LIMIT -> addText(times, l.value());
            default -> {}
          }
        }
      }
      replace(units, u);
      replace(coUnits, co);
      replace(leaders, lead);
      replace(persons, people);
      replace(timeLimits, times);
    }

    private static void replace(Set<String> field, Set<String> bracketed) {
      if (!bracketed.isEmpty()) {
        field.clear();
        field.addAll(bracketed);
      }
    }

    private static void addNames(Set<String> into, String value) {
      into.addAll(Labels.names(value));
    }

    private static void addText(Set<String> into, String value) {
      String v = value.strip();
      if (!v.isEmpty()) {
        into.add(v);
      }
    }

    ParsedMeasure parsed(String named, MeasureDraft defaults, List<String> warnings, Integer year) {
      if (units.isEmpty()) {
        units.addAll(defaults.units);
      }
      if (coUnits.isEmpty()) {
        coUnits.addAll(defaults.coUnits);
      }
      if (leaders.isEmpty()) {
        leaders.addAll(defaults.leaders);
      }
      if (persons.isEmpty()) {
        persons.addAll(defaults.persons);
      }
      if (timeLimits.isEmpty()) {
        timeLimits.addAll(defaults.timeLimits);
      }
      String measure = text;
      if (measure.indexOf('\n') < 0) {
        Numbering single = Numbering.of(measure);
        if (single != null && !single.text().isBlank()) {
          measure = single.text().strip();
        }
      }
      String measureNamed = named + ", measure 「" + OutlineParser.shorten(measure) + "」";
      DeadlineText.Reading time;
      if (timeLimits.isEmpty()) {
        time = new DeadlineText.Reading(null, null, null);
        warnings.add(
            measureNamed + ": no 整改时限 is given; set a time limit before creating its ticket.");
      } else {
        time = DeadlineText.read(String.join("；", timeLimits), year);
        if (time.note() != null) {
          warnings.add(
              measureNamed
                  + ": "
                  + time.note()
                  + (time.timing() == null
                      ? "; set a time limit before creating its ticket."
                      : "."));
        }
      }
      if (units.isEmpty()) {
        warnings.add(measureNamed + ": no 责任单位 is given.");
      }
      if (remarks.isEmpty()) {
        remarks.addAll(defaults.remarks);
      }
      List<String> notes = new ArrayList<>(progress);
      if (!remarks.isEmpty()) {
        notes.add("备注：" + String.join("\n", remarks));
      }
      String progressNote = notes.isEmpty() ? null : String.join("\n", notes);
      StatusHint hint = null;
      for (String said : statuses.isEmpty() ? progress : statuses) {
        if (ReportedDone.says(said)) {
          hint = StatusHint.REPORTED_DONE;
        }
      }
      if (hint != null) {
        warnings.add(ReportedDone.warning(measureNamed));
      }
      List<String> co = new ArrayList<>(coUnits);
      co.removeAll(units);
      return new ParsedMeasure(
          measure,
          List.copyOf(units),
          List.copyOf(co),
          leaders.isEmpty() ? null : String.join("、", leaders),
          persons.isEmpty() ? null : String.join("、", persons),
          time.timing(),
          time.deadline(),
          progressNote,
          hint);
    }
  }
}
