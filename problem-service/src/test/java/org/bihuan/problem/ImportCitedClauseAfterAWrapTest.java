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
 * A rule cited in a problem and wrapped after its 第 (「…第二十条第」 / 「（一）项规定。」, 「…第九条第」 / 「（二）款的要求。」):
 * the bracketed number is the cited clause, and the line goes on with the problem — never a group
 * （一） or （二） that takes the measures below it. In a text file and in the paragraphs of a Word file,
 * through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0362).
 */
@QuarkusTest
class ImportCitedClauseAfterAWrapTest {

  static final String PLAN =
      """
      一、存在的问题
      （一）财务管理方面
      1.违规发放津贴补贴，违反《机关事务管理条例》第二十条第
      （一）项规定。
      整改措施：清退违规发放的津贴补贴。
      责任单位：财务科
      整改时限：2024年12月31日
      2.公务接待超标准，不符合《党政机关国内公务接待管理规定》第九条第
      （二）款的要求。
      整改措施：严格执行接待标准。
      责任单位：办公室
      整改时限：2024年11月30日
      （二）资产管理方面
      1.固定资产账实不符。
      整改措施：开展资产清查。
      责任单位：财务科
      整改时限：2024年10月31日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aBracketedNumberAfterDiIsTheCitedClause(String format) throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan(format, PLAN);
    String first = "违规发放津贴补贴，违反《机关事务管理条例》第二十条第（一）项规定。";
    String second = "公务接待超标准，不符合《党政机关国内公务接待管理规定》第九条第（二）款的要求。";
    assertEquals(
        List.of(
            problem(
                first.substring(0, first.length() - 1),
                first,
                List.of("财务管理方面"),
                lines(3, 7, null),
                List.of(
                    measure("清退违规发放的津贴补贴。", List.of("财务科"), null, null, "DEADLINE", "2024-12-31"))),
            problem(
                second.substring(0, second.length() - 1),
                second,
                List.of("财务管理方面"),
                lines(8, 12, null),
                List.of(
                    measure("严格执行接待标准。", List.of("办公室"), null, null, "DEADLINE", "2024-11-30"))),
            problem(
                "固定资产账实不符",
                "固定资产账实不符。",
                List.of("资产管理方面"),
                lines(14, 17, null),
                List.of(measure("开展资产清查。", List.of("财务科"), null, null, "DEADLINE", "2024-10-31")))),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertEquals(
        List.of(4, 9),
        warnings.stream()
            .filter(w -> w.contains("the clause it cites"))
            .map(w -> Integer.parseInt(w.replaceFirst("^Line (\\d+) .*", "$1")))
            .toList(),
        answer.prettify());
  }
}
