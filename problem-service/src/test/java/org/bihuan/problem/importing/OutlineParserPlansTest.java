package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.OutlineNumberingStylesTest.measure;
import static org.bihuan.problem.importing.OutlineParserSeedTest.placing;
import static org.bihuan.problem.importing.OutlineParserSeedTest.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bihuan.problem.importing.ParsedMeasure.Timing;
import org.junit.jupiter.api.Test;

/**
 * Rectification plans: measures with their responsibility, labels and dates, tab-separated rows,
 * large documents.
 */
class OutlineParserPlansTest {

  private final OutlineParser parser = new OutlineParser();

  private ParsedDocument parse(String document) {
    return parser.parse(Documents.text(document));
  }

  // --- rectification plans ---

  @Test
  void planWithSectionsGivesProblemsWithMeasuresAndResponsibility() {
    ParsedDocument doc = parse("rectification_plan_sections.txt");
    assertEquals(
        List.of(
            "学习贯彻党的创新理论不够深入的问题",
            "意识形态工作责任制落实不到位的问题",
            "落实“第一议题”制度不严格的问题",
            "“两个责任”落实不到位的问题",
            "违规发放津贴补贴的问题"),
        titles(doc.problems()));
    List<ParsedProblem> p = doc.problems();
    assertEquals(List.of("党的政治建设方面"), p.get(0).categoryPath());
    assertEquals(List.of("全面从严治党方面"), p.get(3).categoryPath());
    assertEquals("理论学习中心组学习流于形式，研讨发言质量不高。", p.get(0).description());
    assertEquals("落实“第一议题”制度不严格的问题", p.get(2).description());
    assertEquals(
        List.of(
            measure(
                "制定年度学习计划，每月开展一次集中学习研讨",
                List.of("党委办公室", "组织部"),
                "张明",
                "李华",
                Timing.DEADLINE,
                "2024-06-30"),
            measure(
                "建立学习督查通报制度。", List.of("党委办公室", "组织部"), "张明", "李华", Timing.DEADLINE, "2024-06-30")),
        p.get(0).measures());
    assertEquals(
        List.of(
            measure(
                "每半年专题研究一次意识形态工作。", List.of("党委宣传部"), "张明", "王芳", Timing.DEADLINE, "2024-09-30")),
        p.get(1).measures());
    assertEquals(
        List.of(
            measure("修订“第一议题”学习制度。", List.of("党委办公室", "纪委办公室"), "赵强", null, Timing.IMMEDIATE, null),
            measure("建立学习台账。", List.of("党委办公室", "纪委办公室"), "赵强", null, Timing.IMMEDIATE, null)),
        p.get(2).measures());
    assertEquals(
        List.of(
            new ParsedMeasure(
                "制定监督检查计划，实现全覆盖。",
                List.of("纪委办公室"),
                List.of("审计部"),
                "刘伟",
                "陈静",
                Timing.DEADLINE,
                LocalDate.of(2024, 12, 31),
                null,
                null)),
        p.get(3).measures());
    assertEquals(
        List.of(
            measure("立即清退违规发放款项，并建立长效机制。", List.of("财务部"), "刘伟", null, Timing.IMMEDIATE, null),
            measure("立即清退违规发放款项，并建立长效机制。", List.of("财务部"), "刘伟", null, Timing.LONG_TERM, null)),
        p.get(4).measures());
    assertEquals(1, placing(doc.warnings()).size());
    assertTrue(placing(doc.warnings()).get(0).contains("违规发放津贴补贴的问题"));
    assertTrue(placing(doc.warnings()).get(0).contains("LONG_TERM"));
    assertTrue(doc.causes().isEmpty());
    assertTrue(doc.proposedMeasures().isEmpty());
  }

  @Test
  void planWithoutSectionsReadsEveryLabelVariantAndDateForm() {
    ParsedDocument doc = parse("rectification_plan_flat.txt");
    List<ParsedProblem> p = doc.problems();
    assertEquals(
        List.of("预算执行进度缓慢", "固定资产账实不符", "工程款超付", "项目档案管理不规范", "招标文件审核不严", "合同管理台账缺失"), titles(p));
    assertEquals(List.of("财务管理方面"), p.get(0).categoryPath());
    assertEquals(List.of("工程项目管理方面"), p.get(2).categoryPath());
    assertEquals("2023年预算执行率仅为78%，低于序时进度。", p.get(0).description());
    assertEquals("某项目超付工程款3.2万元。", p.get(2).description());
    assertEquals(
        List.of(
            measure(
                "建立预算执行月通报制度", List.of("财务科", "项目办"), "周平", "吴敏", Timing.DEADLINE, "2024-05-31"),
            measure(
                "对执行进度滞后的项目约谈项目负责人。",
                List.of("财务科", "项目办"),
                "周平",
                "吴敏",
                Timing.DEADLINE,
                "2024-05-31")),
        p.get(0).measures());
    assertEquals(
        List.of(measure("开展资产清查。", List.of("办公室"), "周平", "郑洁", Timing.DEADLINE, "2024-05-31")),
        p.get(1).measures());
    assertEquals(
        List.of(
            measure("追回超付款项。", List.of("工程部"), "孙涛", null, Timing.DEADLINE, "2024-05-31"),
            measure(
                "完善工程结算审核制度。", List.of("工程部", "审计科"), "孙涛", null, Timing.DEADLINE, "2024-04-30")),
        p.get(2).measures());
    assertEquals(
        List.of(measure("全面整理项目档案。", List.of("档案室"), "孙涛", null, Timing.LONG_TERM, null)),
        p.get(3).measures());
    assertEquals(
        List.of(measure("修订招标文件审核流程。", List.of("工程部"), null, null, null, null)),
        p.get(4).measures());
    assertEquals(
        List.of(
            measure("建立合同管理台账。", List.of("法务部", "办公室"), null, null, Timing.DEADLINE, "2024-06-30")),
        p.get(5).measures());
    assertEquals(1, doc.warnings().size());
    assertTrue(doc.warnings().get(0).contains("招标文件审核不严"));
    assertTrue(doc.warnings().get(0).contains("尽快完成"));
  }

  @Test
  void problemsMayStartWithTheirLabelInsteadOfANumber() {
    ParsedDocument doc =
        parser.parse(
            "整改清单\n问题表现：会议室超标。面积超出标准20平方米。\n整改措施：腾退超标面积。\n责任单位：办公室\n整改时限：2024年3月31日\n"
                + "问题表现：公车私用\n整改措施：加强车辆管理\n责任单位：车队\n整改时限：2024年4月\n");
    assertEquals(List.of("会议室超标", "公车私用"), titles(doc.problems()));
    assertEquals("会议室超标。面积超出标准20平方米。", doc.problems().get(0).description());
    assertEquals(
        List.of(measure("加强车辆管理", List.of("车队"), null, null, Timing.DEADLINE, "2024-04-30")),
        doc.problems().get(1).measures());
  }

  @Test
  void problemsNumberedInTheirLabelAreSeparated() {
    ParsedDocument doc =
        parser.parse(
            "问题一：学习不深。中心组学习流于形式。\n整改措施：制定学习计划\n责任单位：办公室；整改时限：2024年5月\n"
                + "问题二：调研不实\n整改措施：开展专题调研\n责任单位：研究室；整改时限：2024年6月\n");
    assertEquals(List.of("学习不深", "调研不实"), titles(doc.problems()));
    assertEquals("学习不深。中心组学习流于形式。", doc.problems().get(0).description());
    assertEquals(
        List.of(measure("开展专题调研", List.of("研究室"), null, null, Timing.DEADLINE, "2024-06-30")),
        doc.problems().get(1).measures());
  }

  @Test
  void aPlanPastedFromASpreadsheetAsTabSeparatedRowsIsRead() {
    ParsedDocument doc =
        parser.parse(
            "整改台账\n序号\t问题类别\t存在问题\t整改措施\t责任领导\t责任单位\t整改时限\n"
                + "1\t作风建设\t会议室超标\t腾退超标面积\t张明\t办公室、后勤部\t2024年3月31日\n"
                + "2\t作风建设\t公车私用\t加强车辆管理\t张明\t车队\t立行立改\n"
                + "以上为全部问题。\n");
    assertEquals(List.of("会议室超标", "公车私用"), titles(doc.problems()));
    assertEquals(
        List.of(
            measure("腾退超标面积", List.of("办公室", "后勤部"), "张明", null, Timing.DEADLINE, "2024-03-31")),
        doc.problems().get(0).measures());
    assertEquals(
        List.of(measure("加强车辆管理", List.of("车队"), "张明", null, Timing.IMMEDIATE, null)),
        doc.problems().get(1).measures());
  }

  @Test
  void textAfterTheResponsibilityLinesIsContextOfTheProblemNotPartOfTheMeasure() {
    ParsedDocument doc = parser.parse("1.公车私用问题\n整改措施：加强车辆管理\n责任单位：车队；整改时限：立行立改\n另外，车辆台账不全。\n");
    assertEquals("加强车辆管理", doc.problems().get(0).measures().get(0).measure());
    assertEquals("公车私用问题\n另外，车辆台账不全。", doc.problems().get(0).description());
  }

  @Test
  void aGoalAfterTheResponsibilityLinesIsTheProblems() {
    ParsedDocument doc = parser.parse("1.公车私用问题\n整改措施：加强车辆管理\n责任单位：车队；整改时限：立行立改\n整改目标：杜绝公车私用。\n");
    assertEquals("加强车辆管理", doc.problems().get(0).measures().get(0).measure());
    assertEquals("公车私用问题\n整改目标：杜绝公车私用。", doc.problems().get(0).description());
  }

  @Test
  void labelsOnTheProblemLineItselfAreRead() {
    ParsedDocument doc =
        parser.parse(
            "1.公车私用问题。整改措施：加强车辆管理。责任单位：车队；整改时限：立行立改\n"
                + "2.超标准接待问题。整改措施：严格接待标准。责任单位：办公室；整改时限：长期坚持\n");
    assertEquals(List.of("公车私用问题", "超标准接待问题"), titles(doc.problems()));
    assertEquals(
        List.of(measure("加强车辆管理。", List.of("车队"), null, null, Timing.IMMEDIATE, null)),
        doc.problems().get(0).measures());
    assertEquals(Timing.LONG_TERM, doc.problems().get(1).measures().get(0).timing());
  }

  @Test
  void measurePointsNumberedLikeTheProblemsStayInTheirProblem() {
    ParsedDocument doc =
        parser.parse(
            "1.学习不深的问题\n整改措施：\n1.制定学习计划\n2.开展专题研讨\n责任单位：办公室；整改时限：2024年5月\n"
                + "2.调研不实的问题\n整改措施：开展专题调研\n责任单位：研究室；整改时限：2024年6月\n");
    assertEquals(List.of("学习不深的问题", "调研不实的问题"), titles(doc.problems()));
    assertEquals(
        List.of("制定学习计划", "开展专题研讨"),
        doc.problems().get(0).measures().stream().map(ParsedMeasure::measure).toList());
  }

  @Test
  void missingResponsibilityAndTimeLimitAreWarnedAboutByProblem() {
    ParsedDocument doc = parser.parse("1.学习不深的问题\n整改措施：制定学习计划\n2.调研不实的问题\n问题表现：下基层少\n");
    assertEquals(2, doc.problems().size());
    ParsedMeasure m = doc.problems().get(0).measures().get(0);
    assertEquals(null, m.timing());
    assertEquals(List.of(), m.responsibleUnits());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("学习不深的问题") && w.contains("整改时限")));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("学习不深的问题") && w.contains("责任单位")));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("调研不实的问题") && w.contains("整改措施")));
  }

  @Test
  void aLargeDocumentIsReadCompletely() {
    StringBuilder text = new StringBuilder("一、存在的问题\n");
    for (int g = 1; g <= 100; g++) {
      text.append("（").append(WordListNumbers.chinese(g)).append("）第").append(g).append("组\n");
      for (int i = 1; i <= 50; i++) {
        text.append(i).append(".问题").append(g).append('-').append(i).append("\n描述。\n");
      }
    }
    ParsedDocument doc = parser.parse(text.toString());
    assertEquals(5000, doc.problems().size());
    assertEquals(List.of("第100组"), doc.problems().get(4999).categoryPath());
  }
}
