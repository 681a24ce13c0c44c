package org.bihuan.problem.importing;

import java.text.Normalizer;
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

  /** A sheet name a program gave (Sheet1, 工作表2), which says nothing about its problems. */
  private static final Pattern DEFAULT_SHEET_NAME =
      Pattern.compile("(?i)(?:sheet|工作表|表)\\s*\\d{0,3}");

  /**
   * A heading that names only the genre of what follows (存在的问题, 整改任务清单), not a category. The repeat
   * is possessive: no word begins with what another may end with, so it matches the same headings,
   * and a heading of 10,000 问题 no longer recurses once per word (0245, amended).
   */
  private static final Pattern GENERIC_HEADING =
      Pattern.compile("(?:存在的?|查摆的?|发现的?|反馈的?|主要|具体|的|问题|清单|整改|任务|台账|情况|一览表|汇总表?|明细表?|及|和|与)++");

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
        if (n == null || n.rank() > Numbering.CHINESE_IN_PARENTHESES) {
          continue;
        }
        // a category, or a heading that only names the genre of what follows, closes the open
        // headings of its rank and below: （二）整改任务清单（详见下表） ends the group （一）党风廉政建设方面
        boolean category = isCategoryHeading(n);
        if (!category && !GENERIC_HEADING.matcher(headingText(n)).matches()) {
          continue;
        }
        while (!open.isEmpty() && open.get(open.size() - 1).rank() >= n.rank()) {
          open.remove(open.size() - 1);
        }
        if (category) {
          open.add(n);
        }
      }
      paths.add(open.stream().map(DocumentReading::headingText).toList());
    }
    return paths;
  }

  /** A heading's text without its number and a trailing （见下表）. */
  private static String headingText(Numbering n) {
    return n.text().strip().replaceAll("[（(](?:详见|见|如)?[下附]表[0-9一二三四五六七八九十]*[)）]$", "").strip();
  }

  private static boolean isCategoryHeading(Numbering n) {
    String text = headingText(n);
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
   * as further rows of that table, numbered on from its last row, so a problem may span both. In a
   * PDF (a header row repeated on each page) the tables after it are numbered as the reader sees
   * them: one table over the pages (0242).
   */
  static List<Grid> joinContinuedTables(List<Grid> grids) {
    List<Grid> out = new ArrayList<>();
    int joinedAway = 0; // a PDF's tables joined to the one before: the tables after are counted on
    for (Grid grid : grids) {
      Grid before = out.isEmpty() ? null : out.get(out.size() - 1);
      if (grid.sheet() == null
          && before != null
          && before.sheet() == null
          && !grid.rows().isEmpty()
          && !before.rows().isEmpty()
          && TableReading.header(before) != null
          && grid.rows().get(0).cells().size() == before.rows().get(0).cells().size()
          && continues(before, grid)) {
        List<Grid.Row> rows = new ArrayList<>(before.rows());
        int last = rows.get(rows.size() - 1).number();
        for (Grid.Row r : grid.rows()) {
          rows.add(new Grid.Row(last + r.number(), r.cells()));
        }
        Grid joined =
            Grid.wordTable(rows, before.table(), before.lead(), before.place())
                .joinedFrom(before, grid);
        if (before.pages() != null && grid.pages() != null) {
          List<Integer> pages = new ArrayList<>(before.pages());
          while (pages.size() < last) {
            pages.add(pages.isEmpty() ? 1 : pages.get(pages.size() - 1));
          }
          pages.addAll(grid.pages());
          joined = joined.onPages(pages);
        }
        out.set(out.size() - 1, joined);
        joinedAway += grid.pages() != null ? 1 : 0;
      } else if (grid.pages() != null && joinedAway > 0) {
        out.add(
            new Grid(
                    grid.sheet(),
                    grid.rows(),
                    grid.date1904(),
                    grid.table() - joinedAway,
                    grid.lead(),
                    grid.place(),
                    grid.hiddenColumns())
                .onPages(grid.pages()));
      } else {
        out.add(grid);
      }
    }
    return out;
  }

  /** 续表 / （续表） / 续上表: what an author writes above the rest of a table split at a page. */
  private static final Pattern CONTINUED =
      Pattern.compile("[（(]?\\s*续\\s*(?:上)?表\\s*[0-9一二三四五六七八九十]*\\s*[)）]?[：:]?");

  /**
   * A Word table that continues the one before it: without a header of its own, or repeating that
   * table's header (a 续表), with nothing between them but blank lines or 续表 — a heading between them
   * starts another table.
   */
  private static boolean continues(Grid before, Grid grid) {
    TableReading.Header own = TableReading.header(grid);
    if (own != null
        && !java.util.Arrays.equals(own.columns(), TableReading.header(before).columns())) {
      return false;
    }
    if (own == null) {
      return true; // the rows of a table split without its header (0165)
    }
    return grid.lead().stream()
        .allMatch(l -> l.isBlank() || CONTINUED.matcher(l.strip()).matches());
  }

  public ParsedDocument read(DocumentContent content) {
    List<ParsedProblem> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>(content.warnings());
    List<TableReading.Result> results = new ArrayList<>();
    List<Grid> tables = new ArrayList<>();
    // a PDF table's row cut by a page break is one row again (0225), a merged cell's tail set
    // beside the rows below it goes back to the cell (0241)
    // a continuation table of other column widths is read cell by cell, not by its edges (0263)
    joinContinuedTables(content.tables().stream().map(OtherColumnWidths::aligned).toList())
        .forEach(g -> tables.add(RowsOverPageBreaks.joined(MergedCellTails.folded(g))));
    // a sheet of measures naming their problems by 序号 is read after the others, into them (0191)
    List<TableReading.Header> linked = new ArrayList<>();
    for (Grid grid : tables) {
      TableReading.Header header = LinkedSheets.header(grid);
      linked.add(header);
      results.add(header == null ? TableReading.read(grid) : null);
    }
    LinkedSheets.attach(tables, results, linked);
    List<List<String>> headings = headingPaths(tables);
    long sheetsWithProblems = results.stream().filter(r -> !r.problems().isEmpty()).count();
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
      for (ParsedProblem p : result.problems()) {
        if (grid.sheet() != null && sameOnAnotherSheet(p, grid.sheet(), problems, warnings)) {
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
    String outsideText =
        withoutNotes(
            withoutSignOff(uniformLines(content.textOutsideTables()), content.tables(), warnings),
            content.tables(),
            warnings);
    // findings numbered on across the tables (1.–2. in a table, 3. below it) are read with the
    // tables' numbers in their places, so that no jump turns them into points of another (0247)
    ParsedDocument outside =
        outsideText.isBlank()
            ? null
            : NumbersAcrossTables.parse(parser, outsideText, tables, results);
    if (outside == null || outside.problems().isEmpty()) {
      // the text read and left out is named, as every other line not imported is (0265)
      if (outside != null) {
        ParagraphsLeftOut.warning(outsideText, content.tables(), List.of())
            .ifPresent(warnings::add);
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
      ParagraphsLeftOut.warning(outsideText, content.tables(), repeated).ifPresent(warnings::add);
      return new ParsedDocument(problems, List.of(), List.of(), warnings);
    }
    warnings.add(
        own.size()
            + " problem(s) were read from the text outside the tables ("
            + whereInText(own, content.tables())
            + ") and "
            + problems.size()
            + " from the tables; both are imported, in the document's order. Check the dry run"
            + " if the text only summarises the tables.");
    outside.warnings().stream()
        .filter(w -> !aboutTableHeading(w, headingTexts))
        .map(w -> linesInWholeText(w, content.tables()))
        .forEach(warnings::add);
    List<ParsedProblem> ordered = new ArrayList<>();
    for (ParsedProblem p : inDocumentOrder(own, tables, results, problems)) {
      ordered.add(own.contains(p) ? inWholeText(p, content.tables()) : p);
    }
    return new ParsedDocument(ordered, List.of(), List.of(), warnings);
  }

  /**
   * The text outside tables with the sign-off lines under a table blanked (lines kept):
   * 填报单位：…　联系人：秦月 　联系电话：… and 制表人：罗琳　审核人：钟诚 written below a Word table, before any numbered line,
   * are who filled the table in — the rule of a ledger's sign-off row ({@link
   * TableReading#isSignOffLine}, 0182) — never a problem or a measure's duties. A warning names
   * them.
   */
  static String withoutSignOff(String text, List<Grid> tables, List<String> warnings) {
    String[] lines = text.split("\n", -1);
    Set<Integer> tableAbove = new HashSet<>();
    tables.stream()
        .filter(g -> g.place() != null)
        .forEach(g -> tableAbove.add(g.place().outsideBefore()));
    if (tableAbove.isEmpty()) {
      return text;
    }
    boolean underTable = false;
    List<String> signOff = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      underTable |= tableAbove.contains(i);
      String line = lines[i].strip();
      if (!underTable || line.isEmpty()) {
        continue;
      }
      if (Numbering.of(line) != null || !TableReading.isSignOffLine(line)) {
        underTable = false; // the text goes on: what follows is not the table's sign-off
        continue;
      }
      signOff.add(line.replaceAll("[\\s\\u3000]+", " "));
      lines[i] = "";
    }
    if (signOff.isEmpty()) {
      return text;
    }
    warnings.add(
        "The sign-off line(s) under the table ("
            + signOff.stream()
                .map(l -> "「" + OutlineParser.shorten(l) + "」")
                .collect(java.util.stream.Collectors.joining(", "))
            + ") name who filled it in; they are not problems and were not imported.");
    return String.join("\n", lines);
  }

  /** 注：/ 备注：/ 说明：/ 注1： at the start of a line: a note on the table above or below. */
  private static final Pattern NOTE =
      Pattern.compile("^[（(]?\\s*(?:注|备注|说明)\\s*[0-9一二三四五六七八九十]{0,2}\\s*[：:]");

  /** Whether a line (stripped) is a note on a table: 注：…, 备注：…, 说明：…. */
  static boolean isNote(String line) {
    return NOTE.matcher(line).find();
  }

  /**
   * A numbered line with a measure or its duties in it (5.白条入账。整改措施：…责任单位：财务科): a finding written
   * under the table, which ends a note above it (0247).
   */
  private static boolean isFinding(String line) {
    return Numbering.of(line) != null && Closing.DUTY_INSIDE.matcher(line).find();
  }

  /**
   * A line that hands over to the table below it: 其余问题的整改任务见下表。 / 详见附表。 / any line ending in a
   * colon (具体任务如下： / 以下为其余审计问题：), and （续表） ({@link #CONTINUED}).
   */
  private static final Pattern LEAD_IN = Pattern.compile("(?:[见如]下表|下表[：:。]?$|详见附表|见附表|[：:]$)");

  static boolean handsOver(String line) {
    return LEAD_IN.matcher(line).find() || CONTINUED.matcher(line).matches();
  }

  /**
   * The text outside tables with the lines that are not its own blanked (lines kept, so the rest
   * keeps its numbers): a note (注：1. 完成时限为最迟时间。2. …) runs to the next table or the end and lists no
   * problems, and the last line above a table that hands over to it (…见下表。) is not part of the
   * problem above it. A note followed by problems with their labels (整改措施：, 责任单位：, …) before the
   * next table is not blanked: it is read as in a text file, where a note line goes with the
   * problem above it and a warning says so (0177). When a blanked note holds more lines than its
   * own, a warning names it.
   */
  static String withoutNotes(String text, List<Grid> tables, List<String> warnings) {
    String[] lines = text.split("\n", -1);
    Set<Integer> tableAfter = new HashSet<>();
    tables.stream()
        .filter(g -> g.place() != null)
        .forEach(g -> tableAfter.add(g.place().outsideBefore()));
    int i = 0;
    while (i < lines.length) {
      if (!NOTE.matcher(lines[i].strip()).find()) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < lines.length && !tableAfter.contains(end) && !isFinding(lines[end].strip())) {
        end++; // a table stands just above line end, or a finding with its duties starts there
      }
      boolean labelled = false;
      int more = 0;
      for (int k = i + 1; k < end; k++) {
        String line = lines[k].strip();
        if (!line.isEmpty()) {
          more++;
          labelled |= !Labels.of(line).isEmpty();
        }
      }
      if (labelled) {
        i++;
        continue;
      }
      if (more > 0) {
        warnings.add(
            "The note 「"
                + OutlineParser.shorten(lines[i].strip())
                + "」 and the "
                + more
                + " line(s) after it"
                + (end < lines.length ? " up to the next table" : " to the end")
                + " were read as a note, not as problems; they were not imported. If they list"
                + " problems, give each its 整改措施 or 责任单位.");
      } else if (!tables.isEmpty()) {
        // one note line under a table (注：表中时限为最迟完成时间。): kept as a warning, never dropped unseen
        // (0252)
        warnings.add(
            "The note 「"
                + OutlineParser.shorten(lines[i].strip())
                + "」 was read as a note, not as a problem; it was not imported.");
      }
      for (int k = i; k < end; k++) {
        lines[k] = "";
      }
      i = end;
    }
    for (int before : tableAfter) {
      int last = before - 1;
      while (last >= 0 && last < lines.length && lines[last].isBlank()) {
        last--;
      }
      if (last >= 0 && last < lines.length && handsOver(lines[last].strip())) {
        lines[last] = headingWithoutHandOver(lines[last].strip());
      }
      withoutLeadInLabels(lines, before, warnings);
    }
    return String.join("\n", lines);
  }

  /** A label's value that hands over to what follows: 以下为检查发现的问题, 如下, 见下表. */
  private static final Pattern HANDING_OVER_VALUE = Pattern.compile("^(?:以下|如下|下列|下表|见下表|详见|见附表)");

  /**
   * Blanks the label lines that introduce the table below line {@code before} (0233): the run of
   * unnumbered label lines directly above it (blank lines aside; 问题：以下为检查发现的问题, 责任单位：各部门), when
   * none of them is a 整改措施 and either one hands over to the table (its value says 以下, 如下, 见下表 …) or
   * none names a problem — duties alone, with no problem above them in the run, belong to no
   * problem of the text. A problem written with its labels (问题：…, 整改措施：…) above a table, or duties
   * under a numbered problem, stay. A warning names the lines blanked.
   */
  private static void withoutLeadInLabels(String[] lines, int before, List<String> warnings) {
    List<Integer> run = new ArrayList<>();
    boolean handsOver = false;
    boolean problem = false;
    for (int i = Math.min(before, lines.length) - 1; i >= 0; i--) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      List<Labels.Labelled> labels = Numbering.of(line) == null ? Labels.of(line) : List.of();
      if (labels.isEmpty()) {
        break;
      }
      for (Labels.Labelled l : labels) {
        if (l.label() == Labels.Label.MEASURE) {
          return;
        }
        problem |= l.label() == Labels.Label.PROBLEM;
        handsOver |= HANDING_OVER_VALUE.matcher(l.value().strip()).find();
      }
      run.add(0, i);
    }
    if (run.isEmpty() || (problem && !handsOver)) {
      return;
    }
    warnings.add(
        run.stream()
                .map(i -> "「" + OutlineParser.shorten(lines[i].strip()) + "」")
                .collect(java.util.stream.Collectors.joining(", "))
            + (run.size() > 1 ? " introduce" : " introduces")
            + " the table below; "
            + (run.size() > 1 ? "they name" : "it names")
            + " no problem of the text and "
            + (run.size() > 1 ? "were" : "was")
            + " not imported.");
    run.forEach(i -> lines[i] = "");
  }

  /** （见下表） / 见下表。 / 如下： at the end of a heading that hands over to the table below it. */
  private static final Pattern HAND_OVER_TAIL =
      Pattern.compile("[（(]?\\s*(?:详见|见|如)?\\s*(?:下表|附表)\\s*[）)]?[：:。]?$|[：:]$");

  /**
   * A numbered heading that hands over to the table below it (（二）业务工作方面（见下表）) stays, without the
   * hand-over, so that the numbering of the text around the table runs on (（一） （二） （三）) and no jump
   * is reported; any other hand-over line is blanked.
   */
  private static String headingWithoutHandOver(String line) {
    Numbering n = Numbering.of(line);
    if (n == null) {
      return "";
    }
    String heading = HAND_OVER_TAIL.matcher(n.text().strip()).replaceFirst("").strip();
    return heading.isEmpty() ? "" : n.marker() + heading;
  }

  /** The document's line ends made one: Word's manual line break (\u000B) and page break too. */
  private static String uniformLines(String text) {
    return text.replace("\r\n", "\n")
        .replace('\r', '\n')
        .replace('\u000B', '\n')
        .replace('\f', '\n');
  }

  /**
   * Text without spaces, punctuation and a leading number: what two listings of a problem share.
   */
  /**
   * Whether a problem of a later sheet is a problem an earlier sheet already listed (a 问题清单 sheet
   * and a 整改清单 sheet with the same problem texts): its title, folded as {@link #compact} folds it,
   * equals the title of a problem read from another sheet. It is then that problem: the measures it
   * carries that the first does not have are added to the first, and the dry run says so (0182).
   */
  private static boolean sameOnAnotherSheet(
      ParsedProblem later, String sheet, List<ParsedProblem> problems, List<String> warnings) {
    String key = compact(Normalizer.normalize(later.title(), Normalizer.Form.NFKC));
    if (key.isEmpty()) {
      return false;
    }
    for (int j = 0; j < problems.size(); j++) {
      ParsedProblem first = problems.get(j);
      if (first.origin() == null
          || first.origin().sheet() == null
          || first.origin().sheet().equals(sheet)
          || !key.equals(compact(Normalizer.normalize(first.title(), Normalizer.Form.NFKC)))) {
        continue;
      }
      Set<String> had = new HashSet<>();
      first.measures().forEach(m -> had.add(compact(m.measure())));
      List<ParsedMeasure> measures = new ArrayList<>(first.measures());
      int added = 0;
      for (ParsedMeasure m : later.measures()) {
        if (had.add(compact(m.measure()))) {
          measures.add(m);
          added++;
        }
      }
      problems.set(
          j,
          new ParsedProblem(
              first.title(),
              first.description(),
              first.categoryPath(),
              List.copyOf(measures),
              first.origin()));
      warnings.add(
          "Sheet 「"
              + sheet
              + "」 "
              + rowsOf(later.origin())
              + ": 「"
              + OutlineParser.shorten(later.title())
              + "」 is the same problem as sheet 「"
              + first.origin().sheet()
              + "」 "
              + rowsOf(first.origin())
              + "; it was imported once"
              + (added > 0 ? ", with this sheet's " + added + " measure(s) added to it." : ".")
              + " If they are different problems, give them different titles.");
      return true;
    }
    return false;
  }

  private static String rowsOf(Origin o) {
    List<Integer> rows = o == null ? null : o.rows();
    if (rows == null || rows.isEmpty()) {
      return "";
    }
    return rows.get(0).equals(rows.get(rows.size() - 1))
        ? "row " + rows.get(0)
        : "rows " + rows.get(0) + "–" + rows.get(rows.size() - 1);
  }

  private static String compact(String text) {
    String t = text.strip();
    Numbering n = Numbering.of(t);
    if (n != null) {
      t = n.text();
    }
    return t.replaceAll("[\\s\\p{P}\\p{S}]", "");
  }

  private static final Pattern QUOTED = Pattern.compile("「([^」]*)」");

  /**
   * A warning of the text outside the tables about a heading that a table took as its category
   * (「二、财务管理方面」 has no numbered problems / Problem 「财务管理方面」 has no 整改措施): the table's problems are
   * imported under that heading, so the warning would mislead (0177).
   */
  private static boolean aboutTableHeading(String warning, Set<String> headingTexts) {
    if (!warning.contains("has no numbered problems; it was skipped")
        && !warning.contains("has no 整改措施.")) {
      return false;
    }
    java.util.regex.Matcher m = QUOTED.matcher(warning);
    return m.find() && headingTexts.contains(compact(m.group(1)));
  }

  /** A problem the outline made of a heading a table took as its category: no text of its own. */
  private static boolean isHeadingOnly(ParsedProblem p, Set<String> headingTexts) {
    return headingTexts.contains(compact(p.title()))
        && compact(p.description()).equals(compact(p.title()))
        && p.measures().isEmpty();
  }

  /**
   * The same problem listed twice: one's title is the other's, or holds it (at least 8 characters).
   */
  private static boolean sameProblem(ParsedProblem inTable, ParsedProblem inText) {
    String a = compact(inTable.title());
    String b = compact(inText.title());
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    String da = compact(inTable.description());
    String db = compact(inText.description());
    return (b.length() >= 8 && (a.contains(b) || da.contains(b)))
        || (a.length() >= 8 && (b.contains(a) || db.contains(a)));
  }

  /**
   * A problem of the text outside tables with its lines told in the whole text's numbering (the
   * tables' cells are lines of the whole text too).
   */
  private static ParsedProblem inWholeText(ParsedProblem p, List<Grid> tables) {
    Origin o = p.origin();
    if (o == null || o.lines() == null) {
      return p;
    }
    List<Integer> lines = o.lines().stream().map(l -> l + shift(l, tables)).toList();
    return new ParsedProblem(
        p.title(),
        p.description(),
        p.categoryPath(),
        p.measures(),
        new Origin(o.sheet(), o.page(), o.table(), o.rows(), lines));
  }

  /**
   * Where the problems of the text outside tables stand, in the whole text's numbering and beside
   * the tables around them: 「财务报销审核不严」 line 23 (after table 1), … (0247).
   */
  private static String whereInText(List<ParsedProblem> own, List<Grid> tables) {
    List<String> places = new ArrayList<>();
    for (ParsedProblem p : own) {
      ParsedProblem whole = inWholeText(p, tables);
      Origin o = whole.origin();
      String where = "「" + OutlineParser.shorten(p.title()) + "」";
      if (o != null && o.lines() != null && !o.lines().isEmpty()) {
        int first = o.lines().get(0);
        int last = o.lines().get(o.lines().size() - 1);
        where += first == last ? " line " + first : " lines " + first + "–" + last;
        where += besideTables(firstLine(p), tables);
      }
      places.add(where);
    }
    return String.join(", ", places);
  }

  /**
   * " (after table 2)", " (between tables 1 and 2)", " (before table 1)" for a line of the text.
   */
  static String besideTables(int outsideLine, List<Grid> tables) {
    int after = 0;
    int before = 0;
    for (Grid g : tables) {
      if (g.place() == null || g.table() <= 0) {
        continue;
      }
      if (g.place().outsideBefore() < outsideLine) {
        after = g.table();
      } else if (before == 0) {
        before = g.table();
      }
    }
    if (after > 0 && before > 0) {
      return " (between tables " + after + " and " + before + ")";
    }
    return after > 0
        ? " (after table " + after + ")"
        : before > 0 ? " (before table " + before + ")" : "";
  }

  /** "Line 11", "Lines 4–6", "(line 7)" in a warning about the text outside tables. */
  private static final Pattern LINE_NUMBERS = Pattern.compile("([Ll]ines? )(\\d+)(?:–(\\d+))?");

  /**
   * A warning about the text outside tables with its line numbers told in the whole text's
   * numbering, as the problems' origins are ({@link #inWholeText}).
   */
  private static String linesInWholeText(String warning, List<Grid> tables) {
    java.util.regex.Matcher m = LINE_NUMBERS.matcher(warning);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int first = Integer.parseInt(m.group(2));
      String told = m.group(1) + (first + shift(first, tables));
      if (m.group(3) != null) {
        int last = Integer.parseInt(m.group(3));
        told += "–" + (last + shift(last, tables));
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(told));
    }
    m.appendTail(out);
    return out.toString();
  }

  static int shift(int outsideLine, List<Grid> tables) {
    int shift = 0;
    for (Grid g : tables) {
      if (g.place() != null && g.place().outsideBefore() < outsideLine) {
        shift = g.place().textAfter() - g.place().outsideBefore();
      }
    }
    return shift;
  }

  /**
   * The problems of the text and of the tables in the order the document gives them: the text's
   * problems (numbered by the lines of the text outside tables) that stand before a table come
   * before that table's.
   */
  private static List<ParsedProblem> inDocumentOrder(
      List<ParsedProblem> fromText,
      List<Grid> tables,
      List<TableReading.Result> results,
      List<ParsedProblem> fromTables) {
    List<ParsedProblem> ordered = new ArrayList<>();
    int text = 0;
    int table = 0;
    for (int i = 0; i < tables.size(); i++) {
      Grid.Place place = tables.get(i).place();
      while (place != null
          && text < fromText.size()
          && firstLine(fromText.get(text)) <= place.outsideBefore()) {
        ordered.add(fromText.get(text++));
      }
      int count = results.get(i).problems().size();
      ordered.addAll(fromTables.subList(table, table + count));
      table += count;
    }
    ordered.addAll(fromText.subList(text, fromText.size()));
    return ordered;
  }

  private static int firstLine(ParsedProblem p) {
    Origin o = p.origin();
    return o == null || o.lines() == null ? Integer.MAX_VALUE : o.lines().get(0);
  }
}
