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
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Item 3 wrapped after 「…涉及老城区」 onto a line 「3、4号地块…」: the item's own number at the wrap is a
 * phrase of its text (3、4号地块), never item 3 again — item 3 keeps its measure and item 4 follows. In
 * a text file and in the paragraphs of a Word file, through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0362).
 */
@QuarkusTest
class ImportItemNumberRepeatedInAWrapTest {

  static final String PLAN =
      """
      一、存在的问题
      1、土地出让金征收不及时。
      整改措施：加快征收进度。
      责任单位：财政局
      整改时限：2024年12月31日
      2、闲置土地处置不力。
      整改措施：制定处置方案。
      责任单位：自然资源局
      整改时限：2024年11月30日
      3、部分出让地块未按期开工，涉及老城区
      3、4号地块及新城区5号地块。
      整改措施：督促开工建设。
      责任单位：自然资源局
      整改时限：2024年10月31日
      4、土地储备资金管理不规范。
      整改措施：规范资金管理。
      责任单位：财政局
      整改时限：2024年9月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void theItemsOwnNumberAtAWrapIsAPhrase(String format) throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "土地出让金征收不及时",
                "土地出让金征收不及时。",
                List.of(),
                lines(2, 5, null),
                List.of(measure("加快征收进度。", List.of("财政局"), null, null, "DEADLINE", "2024-12-31"))),
            problem(
                "闲置土地处置不力",
                "闲置土地处置不力。",
                List.of(),
                lines(6, 9, null),
                List.of(
                    measure("制定处置方案。", List.of("自然资源局"), null, null, "DEADLINE", "2024-11-30"))),
            problem(
                "部分出让地块未按期开工，涉及老城区3、4号地块及新城区5号地块",
                "部分出让地块未按期开工，涉及老城区3、4号地块及新城区5号地块。",
                List.of(),
                lines(10, 14, null),
                List.of(
                    measure("督促开工建设。", List.of("自然资源局"), null, null, "DEADLINE", "2024-10-31"))),
            problem(
                "土地储备资金管理不规范",
                "土地储备资金管理不规范。",
                List.of(),
                lines(15, 18, null),
                List.of(measure("规范资金管理。", List.of("财政局"), null, null, "DEADLINE", "2024-09-30")))),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertEquals(
        List.of(11),
        warnings.stream()
            .filter(w -> w.contains("repeats the number of the item it stands in"))
            .map(w -> Integer.parseInt(w.replaceFirst("^Line (\\d+) .*", "$1")))
            .toList(),
        answer.prettify());
  }
}
