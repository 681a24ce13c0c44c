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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 一是…；二是… on the line after a numbered item whose title states a problem (1.落实意识形态工作责任制不到位): the
 * points are the item's description, the item stays one problem and no category is made of it; the
 * items beside it stay uncategorised. A title naming an area (（一）作风建设方面) still groups its points
 * (docs/decisions/0339). From a text and a .docx of paragraphs through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0366).
 */
@QuarkusTest
class ImportPointsUnderStatedTitlesTest {

  static final String REPORT =
      """
      县教育局关于巡察反馈问题的自查报告
      一、存在的主要问题
      1.落实意识形态工作责任制不到位
      一是理论学习中心组学习流于形式；二是意识形态阵地管理不严。
      2.财务管理不规范
      一是公务接待审批不严；
      二是专项资金使用不规范。
      3.干部队伍建设滞后。
      二、整改措施
      1.严格落实学习制度。
      2.加强财务管理。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void thePointsDescribeTheItem(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, REPORT);
    assertEquals(
        List.of(
            problem(
                "落实意识形态工作责任制不到位",
                "一是理论学习中心组学习流于形式；二是意识形态阵地管理不严。",
                List.of(),
                lines(3, 4, null),
                List.of()),
            problem(
                "财务管理不规范", "一是公务接待审批不严；\n二是专项资金使用不规范。", List.of(), lines(5, 7, null), List.of()),
            problem("干部队伍建设滞后", "干部队伍建设滞后。", List.of(), lines(8, 8, null), List.of())),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of("严格落实学习制度", "加强财务管理"), answer.getList("proposedMeasures.title"), answer.prettify());
  }
}
