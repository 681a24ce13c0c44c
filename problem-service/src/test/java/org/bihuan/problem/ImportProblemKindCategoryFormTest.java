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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The category a plan's only problem section gives is the kind of problem its heading names, in one
 * form — the kind and 问题 — whatever words wrap it (关于…, …及整改措施, …（5个）, …方面存在的问题, …存在问题及整改情况,
 * 存在问题（…）); a heading naming the section alone gives none. Read from a text and a .docx through
 * {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0321, amending 0316).
 */
@QuarkusTest
class ImportProblemKindCategoryFormTest {

  private static final String ITEMS =
      """
      1.食堂采购未执行询价制度。
      整改措施：建立询价制度。
      责任单位：后勤科（钱伟）
      整改时限：2025年6月30日
      2.职工兼职取酬未申报。
      整改措施：开展清理。
      责任单位：人事科
      责任人：孙平
      整改时限：2025年5月31日
      """;

  @ParameterizedTest
  @CsvSource({
    "text, 一、关于教育收费问题, 教育收费问题",
    "docx, 一、教育收费问题及整改措施, 教育收费问题",
    "text, 一、教育收费问题（5个）, 教育收费问题",
    "docx, 一、存在问题（教育收费）, 教育收费问题",
    "text, 一、教育收费存在问题及整改情况, 教育收费问题",
    "docx, 一、食品安全方面存在的问题, 食品安全问题",
    "text, 一、党建工作方面存在的问题, 党建工作问题",
    "text, （一）教育收费问题, 教育收费问题",
    "text, 一、问题及整改措施, ''",
    "docx, 一、巡察反馈问题及整改措施, ''"
  })
  void theCategoryIsTheKindOfProblemTheHeadingNames(String format, String heading, String category)
      throws IOException {
    JsonPath answer = dryRunPlan(format, "县某中学整改方案\n\n" + heading + "\n" + ITEMS);
    List<String> path = category.isEmpty() ? List.of() : List.of(category);
    assertEquals(
        List.of(
            problem(
                "食堂采购未执行询价制度",
                "食堂采购未执行询价制度。",
                path,
                lines(4, 7, null),
                List.of(measure("建立询价制度。", List.of("后勤科"), null, "钱伟", "DEADLINE", "2025-06-30"))),
            problem(
                "职工兼职取酬未申报",
                "职工兼职取酬未申报。",
                path,
                lines(8, 12, null),
                List.of(measure("开展清理。", List.of("人事科"), null, "孙平", "DEADLINE", "2025-05-31")))),
        problems(answer),
        format + " " + heading);
    assertEquals(List.of(), answer.getList("warnings"), format + " " + heading);
  }
}
