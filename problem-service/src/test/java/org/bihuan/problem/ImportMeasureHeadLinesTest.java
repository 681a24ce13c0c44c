package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The head of a problem's numbered measures written as 整改措施 without a colon on a line of its own,
 * or as 整改措施如下：, is their label as 整改措施： is: the numbered lines under it are the problem's
 * measures, never problems of their own. In a text file and in the paragraphs of a Word file,
 * through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0362).
 */
@QuarkusTest
class ImportMeasureHeadLinesTest {

  static final String PLAN =
      """
      一、存在的问题
      1.学习制度执行不严格。
      整改措施
      1.完善学习制度。
      2.建立学习台账。
      责任单位：办公室
      整改时限：2024年12月31日
      2.调查研究不深入。
      整改措施如下：
      1.制定调研计划。
      2.形成调研报告。
      责任单位：政策研究室
      整改时限：2024年10月31日
      3.联系群众不紧密。
      整改措施：
      1.建立联系点制度。
      2.定期走访群众。
      责任单位：群工部
      整改时限：2024年11月30日
      """;

  private static Map<String, Object> step(String text, String unit, String deadline) {
    return measure(text, List.of(unit), null, null, "DEADLINE", deadline);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aMeasureHeadWithoutItsColonLabelsTheMeasures(String format) throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "学习制度执行不严格",
                "学习制度执行不严格。",
                List.of(),
                lines(2, 7, null),
                List.of(
                    step("完善学习制度。", "办公室", "2024-12-31"), step("建立学习台账。", "办公室", "2024-12-31"))),
            problem(
                "调查研究不深入",
                "调查研究不深入。",
                List.of(),
                lines(8, 13, null),
                List.of(
                    step("制定调研计划。", "政策研究室", "2024-10-31"),
                    step("形成调研报告。", "政策研究室", "2024-10-31"))),
            problem(
                "联系群众不紧密",
                "联系群众不紧密。",
                List.of(),
                lines(14, 19, null),
                List.of(
                    step("建立联系点制度。", "群工部", "2024-11-30"), step("定期走访群众。", "群工部", "2024-11-30")))),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertEquals(
        List.of(),
        warnings.stream().filter(w -> w.contains("numbering jumps")).toList(),
        answer.prettify());
  }
}
