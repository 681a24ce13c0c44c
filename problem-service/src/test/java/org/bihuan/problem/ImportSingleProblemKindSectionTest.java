package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.lines;
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
 * A document's only problem section whose heading names a kind of problem (一、教育收费问题, （一）作风问题：,
 * 一、教育收费方面存在的问题) is the category of its problems, as two such sections are; one that names only the
 * section (一、存在的问题, 一、发现的问题, 一、存在问题) gives none. Read from a text and a .docx through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0316).
 */
@QuarkusTest
class ImportSingleProblemKindSectionTest {

  private static final String ITEMS =
      """
      1、个别学校代收费未公示。
      2、课后服务收费标准不统一。
      """;

  @ParameterizedTest
  @CsvSource({
    "text, 一、教育收费问题, 教育收费问题",
    "docx, 一、教育收费问题, 教育收费问题",
    "text, （一）作风问题：, 作风问题",
    "docx, 一、教育收费方面存在的问题, 教育收费问题",
    "text, 一、存在的问题, ''",
    "docx, 一、存在问题, ''",
    "text, 一、发现的问题：, ''",
    "text, 一、查摆出的主要问题, ''",
    "text, 一、工作中存在的问题, ''",
    "docx, 一、自查发现的问题, ''",
    "text, 一、当前仍然存在的一些问题, ''"
  })
  void theOnlySectionNamingAKindOfProblemIsTheirCategory(
      String format, String heading, String category) throws IOException {
    JsonPath answer = dryRunPlan(format, "XX学校自查问题清单\n" + heading + "\n" + ITEMS);
    List<String> path = category.isEmpty() ? List.of() : List.of(category);
    assertEquals(
        List.of(
            problem("个别学校代收费未公示", "个别学校代收费未公示。", path, lines(3, 3, null), List.of()),
            problem("课后服务收费标准不统一", "课后服务收费标准不统一。", path, lines(4, 4, null), List.of())),
        problems(answer));
    assertEquals(List.of(), answer.getList("warnings"));
  }
}
