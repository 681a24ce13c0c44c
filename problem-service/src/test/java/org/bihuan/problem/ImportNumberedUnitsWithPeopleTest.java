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
 * A numbered 责任单位 list whose items name their person in brackets — 1.办公室（张三）2.财务处（李四）, with 、, ；, a
 * space or nothing between the items, two people in one bracket — beside as many measures: measure
 * n gets unit n and the people of item n, not every measure every person; read from a text and a
 * .docx plan through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0306, amending
 * 0298/0305's "left").
 */
@QuarkusTest
class ImportNumberedUnitsWithPeopleTest {

  private static final String PLAN =
      """
      ××县卫生健康局巡察整改方案
      一、存在问题及整改措施
      1.固定资产管理不规范。
      整改措施：1.开展固定资产全面清查；2.建立固定资产管理台账。
      责任单位：1.办公室（张三）2.财务处（李四）
      整改时限：2025年6月30日
      2.公务接待不规范。
      整改措施：1.清理公务接待账目；2.修订公务接待管理制度。
      责任单位：1.办公室（王五）、2.财务处（赵六）
      整改时限：2025年6月30日
      3.会议费管理不规范。
      整改措施：1.清理会议费支出；2.压减会议数量；3.规范会议费报销。
      责任单位：1.财务处（孙七）；2.办公室（周八、吴九）；3.审计科（郑十）
      整改时限：2025年9月30日
      4.差旅费报销超标准。
      整改措施：1.追缴超标准报销费用；2.修订差旅费管理办法。
      责任单位：1.财务处（冯一） 2.办公室（陈二）
      整改时限：2025年10月31日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aNumberedUnitsPersonInBracketsGoesToItsMeasure(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "固定资产管理不规范",
                "固定资产管理不规范。",
                List.of(),
                lines(3, 6, null),
                List.of(
                    measure("开展固定资产全面清查", List.of("办公室"), null, "张三", "DEADLINE", "2025-06-30"),
                    measure("建立固定资产管理台账。", List.of("财务处"), null, "李四", "DEADLINE", "2025-06-30"))),
            problem(
                "公务接待不规范",
                "公务接待不规范。",
                List.of(),
                lines(7, 10, null),
                List.of(
                    measure("清理公务接待账目", List.of("办公室"), null, "王五", "DEADLINE", "2025-06-30"),
                    measure("修订公务接待管理制度。", List.of("财务处"), null, "赵六", "DEADLINE", "2025-06-30"))),
            problem(
                "会议费管理不规范",
                "会议费管理不规范。",
                List.of(),
                lines(11, 14, null),
                List.of(
                    measure("清理会议费支出", List.of("财务处"), null, "孙七", "DEADLINE", "2025-09-30"),
                    measure("压减会议数量", List.of("办公室"), null, "周八、吴九", "DEADLINE", "2025-09-30"),
                    measure("规范会议费报销。", List.of("审计科"), null, "郑十", "DEADLINE", "2025-09-30"))),
            problem(
                "差旅费报销超标准",
                "差旅费报销超标准。",
                List.of(),
                lines(15, 18, null),
                List.of(
                    measure("追缴超标准报销费用", List.of("财务处"), null, "冯一", "DEADLINE", "2025-10-31"),
                    measure("修订差旅费管理办法。", List.of("办公室"), null, "陈二", "DEADLINE", "2025-10-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
