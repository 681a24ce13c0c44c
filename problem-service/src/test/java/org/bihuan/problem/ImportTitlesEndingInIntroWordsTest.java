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
 * A problem whose title ends with the words that would introduce points (…存在的问题有, …，主要表现在) but with
 * no colon after them keeps those words: they are the title as written. Only a colon after them
 * (…存在的问题有：) makes them a lead-in, left out of the title. In a text file and in the paragraphs of a
 * Word file, through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0362).
 */
@QuarkusTest
class ImportTitlesEndingInIntroWordsTest {

  static final String PLAN =
      """
      一、存在的问题
      1.干部队伍建设方面存在的问题有
      整改措施：加强干部队伍建设。
      责任单位：组织科
      整改时限：2024年12月31日
      2.理论学习不深入，主要表现在
      整改措施：完善学习制度。
      责任单位：办公室
      整改时限：2024年10月31日
      3.制度执行方面存在的问题有：
      整改措施：严格执行制度。
      责任单位：综合科
      整改时限：2024年11月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void theWordsEndingATitleStayUnlessAColonFollows(String format) throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "干部队伍建设方面存在的问题有",
                "干部队伍建设方面存在的问题有",
                List.of(),
                lines(2, 5, null),
                List.of(
                    measure("加强干部队伍建设。", List.of("组织科"), null, null, "DEADLINE", "2024-12-31"))),
            problem(
                "理论学习不深入，主要表现在",
                "理论学习不深入，主要表现在",
                List.of(),
                lines(6, 9, null),
                List.of(measure("完善学习制度。", List.of("办公室"), null, null, "DEADLINE", "2024-10-31"))),
            problem(
                "制度执行方面存在的问题",
                "制度执行方面存在的问题",
                List.of(),
                lines(10, 13, null),
                List.of(measure("严格执行制度。", List.of("综合科"), null, null, "DEADLINE", "2024-11-30")))),
        problems(answer),
        answer.prettify());
  }
}
