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
 * A group (3.合同管理方面) beside groups of numbered problems whose only problem is a sentence without a
 * number: the problem is titled by that sentence, in the group's category, never by the group's
 * name. From a text and a .docx of paragraphs through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0331, 0343).
 */
@QuarkusTest
class ImportGroupOverUnnumberedProblemTest {

  static final String REPORT =
      """
      县粮食储备公司内部控制自查报告
      一、发现的主要问题
      1.仓储管理方面
      （1）粮情检测记录不连续。
      （2）出入库单据签字不全。
      2.车辆管理方面
      公务车辆加油卡未实行一车一卡。
      3.档案管理方面
      （1）会计档案移交手续不规范。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void theSentenceIsTheProblemAndTheGroupItsCategory(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, REPORT);
    assertEquals(
        List.of(
            problem("粮情检测记录不连续", "粮情检测记录不连续。", List.of("仓储管理方面"), lines(4, 4, null), List.of()),
            problem("出入库单据签字不全", "出入库单据签字不全。", List.of("仓储管理方面"), lines(5, 5, null), List.of()),
            problem(
                "公务车辆加油卡未实行一车一卡",
                "公务车辆加油卡未实行一车一卡。",
                List.of("车辆管理方面"),
                lines(6, 7, null),
                List.of()),
            problem(
                "会计档案移交手续不规范", "会计档案移交手续不规范。", List.of("档案管理方面"), lines(9, 9, null), List.of())),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
