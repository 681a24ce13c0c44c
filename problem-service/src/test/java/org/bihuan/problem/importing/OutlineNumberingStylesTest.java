package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.bihuan.problem.importing.ParsedMeasure.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Problems read in every numbering style, group by group, in plans and self-examinations. */
class OutlineNumberingStylesTest {

  private final OutlineParser parser = new OutlineParser();

  /** The numbering styles DOMAIN.md lists, each as the markers of a first and a second item. */
  static Stream<Arguments> numberingStyles() {
    return Stream.of(
        Arguments.of("（1）", "（2）"),
        Arguments.of("(1)", "(2)"),
        Arguments.of("1)", "2)"),
        Arguments.of("1）", "2）"),
        Arguments.of("①", "②"),
        Arguments.of("⑴", "⑵"),
        Arguments.of("1、", "2、"),
        Arguments.of("1．", "2．"),
        Arguments.of("１．", "２．"),
        Arguments.of("1.", "2."),
        Arguments.of("1. ", "2. "),
        Arguments.of("⒈", "⒉"),
        Arguments.of("一是", "二是"));
  }

  private static final ParsedMeasure LEARNING =
      measure("制定学习计划。", List.of("办公室"), "张明", null, Timing.DEADLINE, "2024-06-30");
  private static final ParsedMeasure RESEARCH =
      measure("开展专题调研。", List.of("研究室", "办公室"), "张明", "李华", Timing.DEADLINE, "2024-07-31");

  private static String planGroup(String first, String second) {
    return first
        + "学习不深的问题\n整改措施：制定学习计划。\n责任领导：张明；责任单位：办公室；整改时限：2024年6月30日\n"
        + second
        + "调研不实的问题\n问题表现：下基层少。\n整改措施：开展专题调研。\n"
        + "责任领导：张明 责任单位：研究室、办公室 责任人：李华 整改时限：2024年7月31日\n";
  }

  @ParameterizedTest(name = "plan problems numbered {0} {1}")
  @MethodSource("numberingStyles")
  void planProblemsAreReadInEveryNumberingStyle(String first, String second) {
    ParsedDocument doc =
        parser.parse("关于整改的方案\n一、整改任务\n（一）学习方面\n" + planGroup(first, second) + "二、保障措施\n加强领导。\n");
    assertEquals(
        List.of(
            new ParsedProblem(
                "学习不深的问题", "学习不深的问题", List.of("学习方面"), List.of(LEARNING), Origin.lines(4, 6)),
            new ParsedProblem(
                "调研不实的问题", "下基层少。", List.of("学习方面"), List.of(RESEARCH), Origin.lines(7, 10))),
        doc.problems());
    assertEquals(
        List.of(
            "Lines 11–12: the section 「二、保障措施」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was"
                + " not imported."),
        doc.warnings());
  }

  @Test
  void problemsNumberedInTheirLabelAsTheFirstAndSecondProblemAreProblems() {
    ParsedDocument doc =
        parser.parse(
            "某某学院党委巡察反馈问题整改方案\n一、党的政治建设方面\n问题一：贯彻落实上级决策部署不够有力。\n"
                + "整改措施：建立重大决策部署落实台账。\n责任领导：谢军；责任单位：党政办；整改时限：2024年9月30日\n"
                + "二、全面从严治党方面\n第一个问题：科研经费管理存在廉洁风险。\n整改措施：开展科研经费使用专项审计。\n"
                + "责任领导：谭浩；责任单位：纪委办公室、财务处；整改时限：2024年11月30日\n"
                + "第2个问题：基建项目监管不到位。\n整改措施：建立基建项目全过程监督机制。\n"
                + "责任领导：谭浩；责任单位：基建处；整改时限：2025年3月31日\n");
    assertEquals(
        List.of("贯彻落实上级决策部署不够有力", "科研经费管理存在廉洁风险", "基建项目监管不到位"),
        doc.problems().stream().map(ParsedProblem::title).toList(),
        doc.warnings().toString());
    assertEquals(
        List.of(List.of("建立重大决策部署落实台账。"), List.of("开展科研经费使用专项审计。"), List.of("建立基建项目全过程监督机制。")),
        doc.problems().stream()
            .map(p -> p.measures().stream().map(ParsedMeasure::measure).toList())
            .toList());
    assertEquals(List.of(), doc.warnings());
  }

  @ParameterizedTest(name = "self-examination problems numbered {0} {1}")
  @MethodSource("numberingStyles")
  void selfExaminationProblemsAreReadInEveryNumberingStyle(String first, String second) {
    ParsedDocument doc =
        parser.parse(
            "对照检查材料\n一、存在的问题\n（一）学习方面\n"
                + first
                + "学习不深。满足于读原文。\n"
                + second
                + "调研不实。下基层少。\n二、原因分析\n（一）理想信念弱化。放松了改造。\n");
    assertEquals(
        List.of(
            new ParsedProblem(
                "学习不深", "学习不深。满足于读原文。", List.of("学习方面"), List.of(), Origin.lines(4, 4)),
            new ParsedProblem(
                "调研不实", "调研不实。下基层少。", List.of("学习方面"), List.of(), Origin.lines(5, 5))),
        doc.problems());
    assertEquals(List.of("理想信念弱化"), doc.causes().stream().map(ParsedCause::title).toList());
    assertEquals(List.of(), doc.warnings());
  }

  /** Three groups, each numbering its problems its own way (the third as the first did not). */
  static Stream<Arguments> groupsNumberedDifferently() {
    return Stream.of(
        Arguments.of("1.", "1.", "（1）"),
        Arguments.of("1、", "①", "1)"),
        Arguments.of("（1）", "1.", "⑴"),
        Arguments.of("1.", "一是", "（1）"),
        Arguments.of("１．", "(1)", "①"));
  }

  @ParameterizedTest(name = "groups numbered {0} / {1} / {2}")
  @MethodSource("groupsNumberedDifferently")
  void everyGroupMayNumberItsProblemsDifferently(String a, String b, String c) {
    String text =
        "整改方案\n一、存在问题及整改措施\n（一）甲方面\n"
            + planGroup(a, next(a))
            + "（二）乙方面\n"
            + planGroup(b, next(b))
            + "（三）丙方面\n"
            + planGroup(c, next(c));
    ParsedDocument doc = parser.parse(text);
    assertEquals(6, doc.problems().size(), doc.toString());
    List<List<String>> paths = doc.problems().stream().map(ParsedProblem::categoryPath).toList();
    assertEquals(
        List.of(
            List.of("甲方面"),
            List.of("甲方面"),
            List.of("乙方面"),
            List.of("乙方面"),
            List.of("丙方面"),
            List.of("丙方面")),
        paths);
    for (int i = 0; i < 6; i += 2) {
      assertEquals("学习不深的问题", doc.problems().get(i).title());
      assertEquals(List.of(LEARNING), doc.problems().get(i).measures());
      assertEquals("调研不实的问题", doc.problems().get(i + 1).title());
      assertEquals(List.of(RESEARCH), doc.problems().get(i + 1).measures());
    }
    assertEquals(List.of(), doc.warnings());
  }

  private static String next(String marker) {
    return switch (marker) {
      case "一是" -> "二是";
      case "①" -> "②";
      case "⑴" -> "⑵";
      default -> marker.replace('1', '2').replace('１', '２');
    };
  }

  @Test
  void theIssuesPlanKeepsAllSixProblems() {
    String text =
        "整改方案\n一、整改任务\n（一）政治建设方面\n1.学习不深的问题\n整改措施：制定计划。\n责任单位：办公室；整改时限：2024年6月30日\n"
            + "2.调研不实的问题\n整改措施：开展调研。\n责任单位：办公室；整改时限：2024年6月30日\n"
            + "（二）从严治党方面\n1.责任不实的问题\n整改措施：签订责任书。\n责任单位：纪委；整改时限：2024年6月30日\n"
            + "2.津贴违规的问题\n整改措施：清退款项。\n责任单位：财务科；整改时限：2024年6月30日\n"
            + "（三）干部队伍方面\n（1）轮岗不及时的问题\n整改措施：制定轮岗计划。\n责任单位：人事科；整改时限：2024年12月31日\n"
            + "（2）培训不精准的问题\n整改措施：分类培训。\n责任单位：人事科；整改时限：2024年10月31日\n";
    ParsedDocument doc = parser.parse(text);
    assertEquals(
        List.of("学习不深的问题", "调研不实的问题", "责任不实的问题", "津贴违规的问题", "轮岗不及时的问题", "培训不精准的问题"),
        doc.problems().stream().map(ParsedProblem::title).toList());
    assertEquals(List.of("干部队伍方面"), doc.problems().get(5).categoryPath());
    assertEquals(
        List.of(measure("分类培训。", List.of("人事科"), null, null, Timing.DEADLINE, "2024-10-31")),
        doc.problems().get(5).measures());
    assertEquals(List.of(), doc.warnings());
  }

  static ParsedMeasure measure(
      String text, List<String> units, String leader, String person, Timing timing, String date) {
    return new ParsedMeasure(
        text,
        units,
        List.of(),
        leader,
        person,
        timing,
        date == null ? null : LocalDate.parse(date),
        null,
        null);
  }
}
