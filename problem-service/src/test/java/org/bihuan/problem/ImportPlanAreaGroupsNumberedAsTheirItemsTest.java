package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan whose groups are numbered in a style of the same rank as their problems' — 1、信息化建设方面 over
 * 1. 机房管理制度不健全。… — each group naming an area and followed at once by its problem 1., read through
 * {@code POST /sources/{id}/import?dryRun=true} as text and as Word paragraphs: the area lines are
 * the categories of the problems below them, never problems or measures (docs/decisions/0413). The
 * control: one list of problems written 1、 and 2. under （一）…方面 stays one list.
 */
@QuarkusTest
class ImportPlanAreaGroupsNumberedAsTheirItemsTest {

  private static final String PLAN =
      """
      关于审计反馈问题的整改方案
      一、总体要求
      坚持问题导向，逐项整改到位。
      二、整改任务
      1、信息化建设方面
      1. 机房管理制度不健全。机房出入未登记
      整改措施：
      ⑴制定机房出入登记制度。
      分管领导：马国庆 责任单位：信息中心 责任人员：宋洋 完成时限：2025年6月30日
      ⑵建立机房日常巡检台账。
      分管领导：马国庆 责任单位：信息中心 责任人员：宋洋 完成时限：2025年8月31日
      2. 数据备份不及时。
      整改措施：
      ⑴每周备份业务数据一次。
      分管领导：马国庆 责任单位：信息中心 责任人员：宋洋 完成时限：长期坚持
      2、资产管理方面
      1. 固定资产账实不符。部分资产已报废未核销
      整改措施：
      ⑴组织固定资产全面清查。
      分管领导：张志远 责任单位：计划财务科、后勤服务中心 责任人员：钱芳 完成时限：2025年9月30日
      三、保障措施
      （一）加强组织领导。成立整改工作领导小组。
      """;

  /** The control: problems numbered 1、 and 2. in one list under （一）…方面. */
  private static final String MIXED_STOPS =
      """
      关于审计反馈问题的整改方案
      一、存在的问题及整改措施
      （一）信息化建设方面
      1、机房管理制度不健全。
      整改措施：制定机房出入登记制度。
      分管领导：马国庆 责任单位：信息中心 责任人员：宋洋 完成时限：2025年6月30日
      2. 数据备份不及时。
      整改措施：每周备份业务数据一次。
      分管领导：马国庆 责任单位：信息中心 责任人员：宋洋 完成时限：长期坚持
      （二）资产管理方面
      1、固定资产账实不符。
      整改措施：组织固定资产全面清查。
      分管领导：张志远 责任单位：计划财务科 责任人员：钱芳 完成时限：2025年9月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void areaLinesNumberedAsTheItemsBelowThemAreTheirGroups(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "机房管理制度不健全",
                "机房管理制度不健全。机房出入未登记",
                List.of("信息化建设方面"),
                lines(6, 11, null),
                List.of(
                    measure("制定机房出入登记制度。", List.of("信息中心"), "马国庆", "宋洋", "DEADLINE", "2025-06-30"),
                    measure(
                        "建立机房日常巡检台账。", List.of("信息中心"), "马国庆", "宋洋", "DEADLINE", "2025-08-31"))),
            problem(
                "数据备份不及时",
                "数据备份不及时。",
                List.of("信息化建设方面"),
                lines(12, 15, null),
                List.of(measure("每周备份业务数据一次。", List.of("信息中心"), "马国庆", "宋洋", "LONG_TERM", null))),
            problem(
                "固定资产账实不符",
                "固定资产账实不符。部分资产已报废未核销",
                List.of("资产管理方面"),
                lines(17, 20, null),
                List.of(
                    measure(
                        "组织固定资产全面清查。",
                        List.of("计划财务科", "后勤服务中心"),
                        "张志远",
                        "钱芳",
                        "DEADLINE",
                        "2025-09-30")))),
        problems(answer),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void oneListOfProblemsWrittenWithTwoStopsStaysOneList(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, MIXED_STOPS);
    assertEquals(
        List.of(
            problem(
                "机房管理制度不健全",
                "机房管理制度不健全。",
                List.of("信息化建设方面"),
                lines(4, 6, null),
                List.of(
                    measure(
                        "制定机房出入登记制度。", List.of("信息中心"), "马国庆", "宋洋", "DEADLINE", "2025-06-30"))),
            problem(
                "数据备份不及时",
                "数据备份不及时。",
                List.of("信息化建设方面"),
                lines(7, 9, null),
                List.of(measure("每周备份业务数据一次。", List.of("信息中心"), "马国庆", "宋洋", "LONG_TERM", null))),
            problem(
                "固定资产账实不符",
                "固定资产账实不符。",
                List.of("资产管理方面"),
                lines(11, 13, null),
                List.of(
                    measure(
                        "组织固定资产全面清查。", List.of("计划财务科"), "张志远", "钱芳", "DEADLINE", "2025-09-30")))),
        problems(answer),
        answer.prettify());
  }
}
