package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.OutlineNumberingStylesTest.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.bihuan.problem.importing.ParsedMeasure.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Label lines, responsibility under groups, points and origins in outlines. */
class OutlineLabelLinesAndPointsTest {

  private final OutlineParser parser = new OutlineParser();

  /** Labels of one line, with every separator, in several orders. */
  static Stream<Arguments> labelLines() {
    List<String> separators = List.of(" ", "\t", "；", ";", "　", "  ", "，", " ；");
    List<List<String>> orders =
        List.of(
            List.of("责任领导：李四", "责任单位：财务科", "整改时限：2024年6月30日"),
            List.of("整改时限：2024年6月30日", "责任领导：李四", "责任单位：财务科"),
            List.of("责任单位：财务科", "整改时限：2024年6月30日", "责任领导：李四"),
            List.of("牵头负责人:李四", "责任单位（部门）:财务科", "完成时间:2024年6月30日"),
            List.of("分管领导：李四", "配合单位：财务科", "时限要求：2024年6月30日"));
    return separators.stream()
        .flatMap(s -> orders.stream().map(o -> Arguments.of(String.join(s, o))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labelLines")
  void labelsOnOneLineAreSeparatedWhateverSeparatesThem(String line) {
    ParsedDocument doc = parser.parse("1.预算执行缓慢的问题\n整改措施：建立月通报制度。\n" + line + "\n");
    // 配合单位 names units that help: co-responsible, not responsible
    boolean co = line.contains("配合单位");
    assertEquals(
        List.of(
            new ParsedMeasure(
                "建立月通报制度。",
                co ? List.of() : List.of("财务科"),
                co ? List.of("财务科") : List.of(),
                "李四",
                null,
                Timing.DEADLINE,
                LocalDate.of(2024, 6, 30),
                null,
                null)),
        doc.problems().get(0).measures(),
        line);
  }

  @Test
  void theIssuesLabelLineGivesEachFieldItsOwnValue() {
    ParsedDocument doc =
        parser.parse("1.预算执行缓慢的问题\n整改措施：建立月通报制度。\n责任领导：李四 责任单位：财务科 整改时限：2024年6月30日\n");
    ParsedMeasure m = doc.problems().get(0).measures().get(0);
    assertEquals("李四", m.leaderInCharge());
    assertEquals(List.of("财务科"), m.responsibleUnits());
    assertEquals(LocalDate.of(2024, 6, 30), m.deadline());
  }

  @Test
  void aLineAfterTheResponsibilityLinesJoinsTheProblemAndIsNamedWithItsLineNumber() {
    ParsedDocument doc =
        parser.parse(
            "1.会议多的问题\n整改措施：压减会议。\n责任单位：办公室；整改时限：长期坚持\n另外，会议时间过长。\n"
                + "2.文件多的问题\n整改措施：精简文件。\n责任单位：办公室；整改时限：长期坚持\n");
    assertEquals(2, doc.problems().size());
    assertEquals("会议多的问题\n另外，会议时间过长。", doc.problems().get(0).description());
    assertEquals(Origin.lines(1, 4), doc.problems().get(0).origin());
    assertTrue(
        doc.warnings().stream().anyMatch(w -> w.startsWith("Line 4 ") && w.contains("会议多的问题")),
        doc.warnings().toString());
  }

  @Test
  void aGroupsIntroductionIsReportedWithItsLineNumber() {
    ParsedDocument doc =
        parser.parse("（一）作风方面\n针对以下问题制定措施：\n1.会议多的问题\n整改措施：压减会议。\n责任单位：办公室；整改时限：长期坚持\n");
    assertEquals(List.of("作风方面"), doc.problems().get(0).categoryPath());
    assertEquals(
        List.of(
            "Line 2 「针对以下问题制定措施：」 introduces the group 「作风方面」; it is not a problem and was not imported."),
        doc.warnings());
  }

  @Test
  void responsibilityUnderAGroupHeadingIsTheGroupsNeverTheProblemBeforeIt() {
    // docs/decisions/0221: the group's 责任单位 goes to its own problems that name none, never to
    // the last problem of the group before it
    ParsedDocument doc =
        parser.parse(
            "（一）甲方面\n1.会议多的问题\n整改措施：压减会议。\n整改时限：长期坚持\n（二）乙方面\n责任单位：办公室\n"
                + "1.文件多的问题\n整改措施：精简文件。\n整改时限：长期坚持\n");
    assertEquals(2, doc.problems().size());
    assertEquals(List.of(), doc.problems().get(0).measures().get(0).responsibleUnits());
    assertEquals(Origin.lines(2, 4), doc.problems().get(0).origin());
    assertEquals("文件多的问题", doc.problems().get(1).title());
    assertEquals(List.of("乙方面"), doc.problems().get(1).categoryPath());
    assertEquals(List.of("办公室"), doc.problems().get(1).measures().get(0).responsibleUnits());
    assertTrue(
        doc.warnings().stream().anyMatch(w -> w.startsWith("Line 5: the group 「乙方面」 gives 责任单位")),
        doc.warnings().toString());
  }

  @Test
  void aMeasureUnderNoProblemBecomesAProblemOfItsOwn() {
    ParsedDocument doc =
        parser.parse(
            "整改措施：建立台账。\n责任单位：办公室；整改时限：2024年5月31日\n整改措施：定期通报。\n责任单位：督查室；整改时限：2024年6月30日\n");
    assertEquals(1, doc.problems().size());
    assertEquals("建立台账", doc.problems().get(0).title());
    assertEquals(2, doc.problems().get(0).measures().size());
    assertTrue(
        doc.warnings().stream().anyMatch(w -> w.startsWith("Line 1:") && w.contains("of its own")),
        doc.warnings().toString());
  }

  @Test
  void aProblemSectionWithoutNumberedItemsIsOneProblemNotNothing() {
    ParsedDocument doc = parser.parse("一、存在的问题\n理论学习不够深入，学用结合不紧。\n二、原因分析\n（一）放松学习。\n");
    assertEquals(1, doc.problems().size());
    assertEquals("理论学习不够深入，学用结合不紧", doc.problems().get(0).title());
    assertEquals(Origin.lines(1, 2), doc.problems().get(0).origin());
    assertTrue(doc.warnings().get(0).startsWith("Lines 1–2"), doc.warnings().toString());
  }

  @Test
  void originsAreTheLinesOfTheTextBlankLinesCounted() {
    ParsedDocument doc =
        parser.parse("对照检查材料\n\n一、存在的问题\n\n1.学习不深。\n满足于读原文。\n\n2.调研不实。\n二、原因分析\n1.放松学习。\n");
    assertEquals(
        List.of(Origin.lines(5, 6), Origin.lines(8, 8)),
        doc.problems().stream().map(ParsedProblem::origin).toList());
  }

  @Test
  void pointsOnLinesOfTheirOwnEachHaveTheirLine() {
    ParsedDocument doc = parser.parse("一、存在的问题\n（一）学习方面\n一是学得不深。\n二是用得不实。\n");
    assertEquals(
        List.of(Origin.lines(3, 3), Origin.lines(4, 4)),
        doc.problems().stream().map(ParsedProblem::origin).toList());
    assertEquals(
        List.of("学得不深", "用得不实"), doc.problems().stream().map(ParsedProblem::title).toList());
  }

  @Test
  void numberedPointsWithTheirOwnResponsibilityAreTheMeasuresOfTheLineAboveThem() {
    ParsedDocument doc =
        parser.parse(
            "整改清单\n一、河道管护方面\n1.垃圾清理不及时\n"
                + "（1）落实保洁责任，责任单位：管理站，整改责任人：陈明，整改时限：2024年4月30日\n"
                + "（2）开展宣传，责任单位：管理站、各乡镇，整改时限：2024年6月30日\n"
                + "2.巡河记录不规范\n（1）统一记录格式，责任单位：河长办，整改时限：立行立改\n");
    assertEquals(
        List.of(
            new ParsedProblem(
                "垃圾清理不及时",
                "垃圾清理不及时",
                List.of("河道管护方面"),
                List.of(
                    measure("落实保洁责任", List.of("管理站"), null, "陈明", Timing.DEADLINE, "2024-04-30"),
                    measure(
                        "开展宣传", List.of("管理站", "各乡镇"), null, null, Timing.DEADLINE, "2024-06-30")),
                Origin.lines(3, 5)),
            new ParsedProblem(
                "巡河记录不规范",
                "巡河记录不规范",
                List.of("河道管护方面"),
                List.of(measure("统一记录格式", List.of("河长办"), null, null, Timing.IMMEDIATE, null)),
                Origin.lines(6, 7))),
        doc.problems());
  }

  @Test
  void measurePointsNumberedUnderUnnumberedProblemsStayInTheirProblem() {
    ParsedDocument doc =
        parser.parse(
            "问题（一）：融合不够。\n整改措施：\n1.制定实施意见；\n2.创建示范点。\n整改责任单位：机关党委；整改完成时限：2024年10月31日\n"
                + "问题（二）：管理不严。\n整改措施：\n1.规范积分管理；\n2.集中培训。\n整改责任单位：机关党委；整改完成时限：长期坚持\n");
    assertEquals(
        List.of("融合不够", "管理不严"), doc.problems().stream().map(ParsedProblem::title).toList());
    assertEquals(
        List.of(
            measure("制定实施意见", List.of("机关党委"), null, null, Timing.DEADLINE, "2024-10-31"),
            measure("创建示范点。", List.of("机关党委"), null, null, Timing.DEADLINE, "2024-10-31")),
        doc.problems().get(0).measures());
    assertEquals(2, doc.problems().get(1).measures().size());
  }

  @Test
  void unnumberedProblemLabelsUnderGroupHeadingsAreProblemsOfThoseGroups() {
    ParsedDocument doc =
        parser.parse(
            "（一）市容方面\n问题表现：垃圾清运不及时。\n整改措施：每日巡查。\n责任单位：环卫科；整改时限：长期坚持\n"
                + "问题表现：占道经营。\n整改措施：专项整治。\n责任单位：执法大队；整改时限：长期坚持\n"
                + "（二）执法方面\n问题表现：案卷不规范。\n整改措施：案卷评查。\n责任单位：法规科；整改时限：2024年7月31日\n");
    assertEquals(
        List.of("垃圾清运不及时", "占道经营", "案卷不规范"),
        doc.problems().stream().map(ParsedProblem::title).toList());
    assertEquals(
        List.of(List.of("市容方面"), List.of("市容方面"), List.of("执法方面")),
        doc.problems().stream().map(ParsedProblem::categoryPath).toList());
  }

  @Test
  void aNumberInFrontOfEachLabelMakesTheTitledLineAboveTheProblem() {
    ParsedDocument doc =
        parser.parse(
            "1.学习不深的问题\n（1）问题表现：流于形式。\n（2）整改措施：制定计划。\n（3）责任单位：办公室；整改时限：2024年5月31日\n"
                + "2.调研不实的问题\n（1）问题表现：下基层少。\n（2）整改措施：开展调研。\n（3）责任单位：研究室；整改时限：2024年6月30日\n");
    assertEquals(
        List.of("学习不深的问题", "调研不实的问题"), doc.problems().stream().map(ParsedProblem::title).toList());
    assertEquals(
        List.of(measure("开展调研。", List.of("研究室"), null, null, Timing.DEADLINE, "2024-06-30")),
        doc.problems().get(1).measures());
  }

  @Test
  void bulletsUnderAGroupAreItsProblemsAndBulletsUnderAProblemStayItsText() {
    ParsedDocument doc =
        parser.parse(
            "一、存在的问题\n（一）在政治建设方面\n1.学习不深入。\n●中心组学习流于形式。\n"
                + "（二）在作风建设方面\n●联系服务群众不够经常。\n●为民办实事项目推进慢。\n"
                + "二、原因分析\n（一）理想信念有所松懈。\n");
    assertEquals(
        List.of("学习不深入", "联系服务群众不够经常", "为民办实事项目推进慢"),
        doc.problems().stream().map(ParsedProblem::title).toList());
    assertEquals(
        List.of(List.of("在政治建设方面"), List.of("在作风建设方面"), List.of("在作风建设方面")),
        doc.problems().stream().map(ParsedProblem::categoryPath).toList());
    assertEquals("学习不深入。\n●中心组学习流于形式。", doc.problems().get(0).description());
    assertEquals(List.of(), doc.warnings());
  }

  @Test
  void pointsWrittenOnOneLineAreStillOneProblemEach() {
    ParsedDocument doc = parser.parse("一、存在的问题\n1)发展方面\n一是研究不深。二是推进不快。\n2)服务方面\n宣传不到位。\n");
    assertEquals(
        // 2)服务方面 over one sentence: the sentence is the problem, the group its category (0343)
        List.of("研究不深", "推进不快", "宣传不到位"),
        doc.problems().stream().map(ParsedProblem::title).toList());
    assertEquals(
        List.of(List.of("发展方面"), List.of("发展方面"), List.of("服务方面")),
        doc.problems().stream().map(ParsedProblem::categoryPath).toList());
  }

  @Test
  void originsOfRowsAndLinesSpanWhatTheyCover() {
    assertEquals(Origin.lines(3, 9), Origin.lines(5, 9).spanning(Origin.lines(3, 4)));
    assertEquals(
        new Origin("台账", null, null, List.of(2, 6), null),
        Origin.rows("台账", 4, 6).spanning(Origin.rows("台账", 2, 2)));
    assertEquals(Origin.lines(1, 1), Origin.lines(1, 1).spanning(null));
  }
}
