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
 * A section heading naming the problems and what is done about them — 问题 (or 问题清单) with 和, 及 or 与
 * and 整改措施, 整改安排, 整改任务, 整改目标, 整改举措, 整改方案 or 整改落实情况 — is the section's heading, never a kind of
 * problem: it adds no category (安排问题, 任务问题, 目标问题) to the problems below it, with or without groups
 * (（一）作风方面) under it. Text and .docx through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0337).
 */
@QuarkusTest
class ImportProblemsAndRectificationHeadingTest {

  private static final String ITEMS =
      """
      1.调研不深入。
      整改措施：开展调研。
      责任单位：办公室
      责任人：张三
      整改时限：2024年9月30日
      2.公务接待不规范。
      整改措施：修订接待制度。
      责任单位：后勤科
      整改时限：2024年12月31日
      """;

  @ParameterizedTest
  @CsvSource({
    "text, 一、反馈问题和整改安排",
    "docx, 一、反馈问题和整改安排",
    "text, 一、问题清单及整改安排",
    "docx, 一、问题清单及整改安排",
    "text, 一、主要问题和整改任务",
    "docx, 一、主要问题和整改任务",
    "text, 三、问题清单和整改目标",
    "docx, 三、问题清单和整改目标",
    "text, 一、存在问题与整改举措",
    "text, 一、巡察发现问题和整改方案",
    "docx, 一、反馈问题和整改落实情况",
    "text, 一、反馈问题及整改措施",
    "docx, 一、存在问题和整改措施"
  })
  void theHeadingAddsNoCategory(String format, String heading) throws IOException {
    for (boolean grouped : new boolean[] {true, false}) {
      String group = grouped ? "（一）作风方面\n" : "";
      int at = grouped ? 5 : 4;
      List<String> path = grouped ? List.of("作风方面") : List.of();
      JsonPath answer = dryRunPlan(format, "某局巡察整改方案\n\n" + heading + "\n" + group + ITEMS);
      assertEquals(
          List.of(
              problem(
                  "调研不深入",
                  "调研不深入。",
                  path,
                  lines(at, at + 4, null),
                  List.of(measure("开展调研。", List.of("办公室"), null, "张三", "DEADLINE", "2024-09-30"))),
              problem(
                  "公务接待不规范",
                  "公务接待不规范。",
                  path,
                  lines(at + 5, at + 8, null),
                  List.of(
                      measure("修订接待制度。", List.of("后勤科"), null, null, "DEADLINE", "2024-12-31")))),
          problems(answer),
          format + " " + heading + " " + answer.prettify());
      assertEquals(List.of(), answer.getList("warnings"), format + " " + heading);
    }
  }
}
