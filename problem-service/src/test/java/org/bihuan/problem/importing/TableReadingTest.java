package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bihuan.problem.importing.TableReading.Column;
import org.junit.jupiter.api.Test;

/** The rules of {@link TableReading} on grids written out cell by cell ("^" continues a merge). */
class TableReadingTest {

  static Grid grid(String sheet, String... rows) {
    List<Grid.Row> out = new ArrayList<>();
    int n = 0;
    for (String row : rows) {
      n++;
      List<Grid.Cell> cells = new ArrayList<>();
      for (String cell : row.split("\\|", -1)) {
        cells.add(
            cell.startsWith("^") ? new Grid.Cell(cell.substring(1), true) : Grid.Cell.of(cell));
      }
      out.add(new Grid.Row(n, cells));
    }
    return Grid.worksheet(sheet, out, false, Set.of());
  }

  @Test
  void headerSynonymsNameTheirColumns() {
    assertEquals(Column.PROBLEM, TableReading.column("问题描述"));
    assertEquals(Column.PROBLEM, TableReading.column("存在问题\n（具体表现）"));
    assertEquals(Column.PROBLEM, TableReading.column("问题清单"));
    assertEquals(Column.CATEGORY, TableReading.column("问题类别"));
    assertEquals(Column.CATEGORY, TableReading.column("问题类型"));
    assertEquals(Column.IGNORED, TableReading.column("问题来源"));
    assertEquals(Column.MEASURE, TableReading.column("整改举措"));
    assertEquals(Column.MEASURE, TableReading.column("具体措施"));
    assertEquals(Column.LEADER, TableReading.column("牵头负责人"));
    assertEquals(Column.LEADER, TableReading.column("分管领导"));
    assertEquals(Column.UNITS, TableReading.column("责任单位（部门）"));
    assertEquals(Column.UNITS, TableReading.column("牵头单位"));
    assertEquals(Column.CO_UNITS, TableReading.column("配合单位"));
    assertEquals(Column.PERSON, TableReading.column("具体责任人"));
    assertEquals(Column.PERSON, TableReading.column("联系人"));
    assertEquals(Column.TIME_LIMIT, TableReading.column("时限要求"));
    assertEquals(Column.TIME_LIMIT, TableReading.column("完成时间"));
    assertEquals(Column.PROGRESS, TableReading.column("完成情况"));
    assertEquals(Column.PROGRESS, TableReading.column("整改进展"));
    assertEquals(Column.STATUS, TableReading.column("是否完成"));
    assertEquals(Column.SEQ, TableReading.column("序号"));
    assertNull(TableReading.column("××单位巡察反馈问题整改落实情况台账（截至2024年7月）"));
  }

  @Test
  void aSecondHeaderRowUnderAGroupHeadingNamesTheSubColumns() {
    TableReading.Result r =
        TableReading.read(
            grid(
                "台账",
                "问题整改台账|问题整改台账|问题整改台账|问题整改台账|问题整改台账",
                "序号|存在问题|整改措施|责任主体|责任主体",
                "|||牵头领导|责任单位",
                "1|学习不深。|制定计划|王明|办公室"));
    ParsedMeasure m = r.problems().get(0).measures().get(0);
    assertEquals("王明", m.leaderInCharge());
    assertEquals(List.of("办公室"), m.responsibleUnits());
    assertEquals(new Origin("台账", null, null, List.of(4, 4), null), r.problems().get(0).origin());
  }

  @Test
  void theSameProblemTextUnderAnotherNumberIsAnotherProblemWithAWarning() {
    TableReading.Result r =
        TableReading.read(
            grid(
                null,
                "序号|存在问题|整改措施|责任单位|责任人|整改时限",
                "1|会议记录不全。|补齐记录|第一党支部|甲一|2024年9月30日",
                "2|“三会一课”制度落实不到位|督促第二党支部|第二党支部|乙二|2024年9月30日",
                "3|“三会一课”制度落实不到位|督促第三党支部|第三党支部|丙三|2024年10月31日",
                "|“三会一课”制度落实不到位|督促第三党支部复查|第三党支部|丙三|2024年11月30日"));
    assertEquals(
        List.of("会议记录不全", "“三会一课”制度落实不到位", "“三会一课”制度落实不到位"),
        r.problems().stream().map(ParsedProblem::title).toList());
    assertEquals(
        List.of(List.of("督促第三党支部", "督促第三党支部复查")),
        r.problems().subList(2, 3).stream()
            .map(p -> p.measures().stream().map(ParsedMeasure::measure).toList())
            .toList());
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.contains("under another 序号 (2, 3)")),
        r.warnings().toString());
  }

  @Test
  void theSameNumberUnderABlankProblemCellKeepsTheProblemAndANewProblemTextStartsOne() {
    TableReading.Result r =
        TableReading.read(
            grid(
                null,
                "序号|问题|整改措施|责任单位|整改时限",
                "1|学习不深。|制定计划|办公室|2024年6月30日",
                "1||专题研讨|组织科|2024年7月31日",
                "|调研不实。|开展调研|政研室|立行立改",
                "|调研不实。|转化成果|政研室|长期坚持"));
    assertEquals(2, r.problems().size());
    assertEquals(2, r.problems().get(0).measures().size());
    assertEquals(LocalDate.of(2024, 7, 31), r.problems().get(0).measures().get(1).deadline());
    assertEquals(List.of("组织科"), r.problems().get(0).measures().get(1).responsibleUnits());
    assertEquals(2, r.problems().get(1).measures().size());
    assertEquals(ParsedMeasure.Timing.LONG_TERM, r.problems().get(1).measures().get(1).timing());
  }

  @Test
  void aRowContinuingAMergedMeasureAddsItsUnitsToThatMeasure() {
    TableReading.Result r =
        TableReading.read(
            grid(
                null,
                "问题|整改措施|责任单位|责任人|整改时限",
                "会议多。|精简会议|办公室|李华|2024年6月30日",
                "^会议多。|^精简会议|后勤部|周敏|2024年6月30日"));
    ParsedMeasure m = r.problems().get(0).measures().get(0);
    assertEquals(1, r.problems().get(0).measures().size());
    assertEquals(List.of("办公室", "后勤部"), m.responsibleUnits());
    assertEquals("李华、周敏", m.responsiblePerson());
  }

  @Test
  void aTimeLimitColumnWinsOverACompletionDateAndAStatusColumnGivesTheHint() {
    TableReading.Result r =
        TableReading.read(
            grid(
                null,
                "问题描述|整改措施|责任单位|完成时间|整改时限|是否完成",
                "会议多。|精简会议|办公室|2024年5月2日|2024年6月30日|是",
                "公车私用。|加强管理|车队||2024年9月30日|否"));
    ParsedMeasure first = r.problems().get(0).measures().get(0);
    assertEquals(LocalDate.of(2024, 6, 30), first.deadline());
    assertEquals(ParsedMeasure.StatusHint.REPORTED_DONE, first.statusHint());
    assertNull(r.problems().get(1).measures().get(0).statusHint());
  }

  @Test
  void noteRowsAndARepeatedHeaderAreSkippedAndAMeasureAboveTheFirstProblemIsItsMeasure() {
    TableReading.Result r =
        TableReading.read(
            grid(
                "Sheet1",
                "序号|问题|整改措施|责任单位|整改时限",
                "||先行整改|办公室|2024年6月30日",
                "1|学习不深。|制定计划|办公室|2024年6月30日",
                "序号|问题|整改措施|责任单位|整改时限",
                "2|调研不实。|开展调研|政研室|2024年6月30日",
                "注：本表由各单位填报。||||",
                "填报人：张三|||联系电话：123|"));
    assertEquals(2, r.problems().size());
    assertEquals(3, r.warnings().size(), r.warnings().toString());
    // the measure row above the first problem is that problem's first measure, said so (0252)
    assertEquals(
        List.of("先行整改", "制定计划"),
        r.problems().get(0).measures().stream().map(ParsedMeasure::measure).toList());
    assertEquals(List.of(2, 3), r.problems().get(0).origin().rows());
    assertTrue(
        r.warnings()
            .get(0)
            .contains(
                "row 2: a 整改措施 or 责任单位 above the table's first problem (「先行整改 | 办公室 | 2024年6月30日」)"
                    + " was read as a measure of that problem (「学习不深」"),
        r.warnings().get(0));
    // the note is named with its text, as not imported (0247)
    assertTrue(
        r.warnings().get(1).contains("row 6 is a note (「注：本表由各单位填报。」)"), r.warnings().get(1));
    // the sign-off row is named, as not imported (0182)
    assertTrue(r.warnings().get(2).contains("row 7 is a sign-off row"), r.warnings().get(2));
  }

  @Test
  void aTableWithoutAProblemColumnIsNotARectificationTable() {
    assertNull(TableReading.header(grid(null, "姓名|单位|电话", "张三|办公室|123")));
    assertNull(TableReading.read(grid(null, "姓名|单位|电话")).header());
  }

  @Test
  void aWordTableSplitAtAPageBreakContinuesUnderTheHeaderOfTheTableBefore() {
    Grid first = grid(null, "序号|存在问题|整改措施|责任单位|完成时限", "1|学习不深。|制定计划|办公室|2024年6月30日");
    Grid second = grid(null, "^1|^学习不深。|专题研讨|组织科|2024年7月31日", "2|调研不实。|开展调研|政研室|立行立改");
    ParsedDocument doc =
        new DocumentReading().read(new DocumentContent("docx", "", "", List.of(first, second)));
    assertEquals(2, doc.problems().size(), doc.toString());
    assertEquals(2, doc.problems().get(0).measures().size());
    assertEquals(List.of("政研室"), doc.problems().get(1).measures().get(0).responsibleUnits());
  }

  @Test
  void aPdfProblemGetsThePageItsFirstLineIsOn() {
    DocumentContent pdf = new DocumentContent("pdf", "", "", List.of(), List.of(1, 40, 81));
    ParsedProblem onPage2 =
        new ParsedProblem(
            "学习不深",
            "学习不深",
            List.of(),
            List.of(),
            new Origin(null, null, null, null, List.of(52, 60)));
    ParsedProblem unknown = new ParsedProblem("调研不实", "调研不实", List.of(), List.of(), null);
    ParsedDocument paged =
        DocumentReading.withPages(
            new ParsedDocument(List.of(onPage2, unknown), List.of(), List.of(), List.of()), pdf);
    assertEquals(2, paged.problems().get(0).origin().page());
    assertEquals(List.of(52, 60), paged.problems().get(0).origin().lines());
    assertNull(paged.problems().get(1).origin());
    assertEquals(3, pdf.pageOf(81));
    assertEquals(1, pdf.pageOf(39));
  }

  @Test
  void theNumberedHeadingsAboveWordTablesNestByRankAndCarryOverButTitlesSentencesAndGenresDoNot() {
    List<Grid.Row> rows = grid(null, "序号|存在问题|整改措施").rows();
    List<Grid> tables =
        List.of(
            Grid.wordTable(rows, 1, List.of("××局整改任务清单", "一、存在的问题", "根据反馈意见制定本清单。")),
            Grid.wordTable(rows, 2, List.of("一、政治建设方面", "（一）理论学习")),
            Grid.wordTable(rows, 3, List.of()),
            Grid.wordTable(rows, 4, List.of("（二）组织生活", "二、工作要求")),
            Grid.wordTable(rows, 5, List.of("三、作风建设方面", "1. 会风文风")),
            Grid.worksheet("Sheet1", rows, false, Set.of()));
    assertEquals(
        List.of(
            List.of(),
            List.of("政治建设方面", "理论学习"),
            List.of("政治建设方面", "理论学习"),
            List.of("政治建设方面", "组织生活"),
            List.of("作风建设方面"),
            List.of()),
        DocumentReading.headingPaths(tables));
  }

  @Test
  void aRowRepeatingTheNumberWithAnotherProblemTextIsAnotherProblemAndSaysSo() {
    TableReading.Result r =
        TableReading.read(
            grid(
                "台账",
                "序号|存在问题|整改措施|责任单位|整改时限",
                "3|会议记录不全。|规范记录|办公室|2024年9月30日",
                "3|会议纪要未及时印发。|按时印发|办公室|2024年9月30日"));
    // two rows numbered alike with two problem texts are two problems (0273; was one, 0177)
    assertEquals(2, r.problems().size());
    assertEquals("会议记录不全。", r.problems().get(0).description());
    assertEquals("会议纪要未及时印发。", r.problems().get(1).description());
    assertEquals(1, r.problems().get(0).measures().size());
    assertEquals(1, r.problems().get(1).measures().size());
    assertEquals(1, r.warnings().size(), r.warnings().toString());
    assertEquals(
        "Sheet 「台账」 row 3 repeats the 序号 3 of the row above with another problem text"
            + " (「会议纪要未及时印发。」); it was imported as a problem of its own.",
        r.warnings().get(0));
  }

  @Test
  void theSameProblemTextUnderAnotherCategoryIsAnotherProblem() {
    TableReading.Result r =
        TableReading.read(
            grid(
                "台账",
                "问题类别|存在问题|整改措施|责任单位",
                "作风建设|制度执行不严格。|修订制度|办公室",
                "纪律建设|制度执行不严格。|开展检查|纪检组",
                "^纪律建设|制度执行不严格。|通报曝光|纪检组"));
    assertEquals(2, r.problems().size(), r.problems().toString());
    assertEquals(List.of("作风建设"), r.problems().get(0).categoryPath());
    assertEquals(List.of("纪律建设"), r.problems().get(1).categoryPath());
    assertEquals(1, r.problems().get(0).measures().size());
    assertEquals(2, r.problems().get(1).measures().size());
  }
}
