package org.bihuan.problem;

import static org.bihuan.problem.ImportSelfCheckMeasureDutiesTest.proposal;
import static org.bihuan.problem.ImportSelfCheckMeasureDutiesTest.proposals;
import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 一、存在的问题 1.… 2.… then 二、整改措施 1.… 2.… whose items name no problem and hold their duty lines: a plan
 * (titled 整改方案, 整改清单, 整改台账, 整改任务) and a self-check report (自查报告, 检查报告) write them alike. In a plan
 * each item is a problem of its own with its measure and duties, named in the dry run; in a report
 * they stay proposed measures with their duties (0332, the control); where the title tells neither,
 * they stay proposed measures and the dry run says so — never silent. From a text and a .docx of
 * paragraphs through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0427). Fails on
 * main: the plan's items were proposed measures, without a warning, and so were the untold ones.
 */
@QuarkusTest
class ImportPlanOrReportMeasuresTest {

  private static final String BODY =
      """
      一、存在的问题
      1.机关作风不够扎实。
      2.服务企业意识不强。
      二、整改措施
      1.开展机关作风专项整治，严肃查处推诿扯皮问题。责任单位：效能办；责任人：石静；完成时限：2024年9月30日。
      2.建立领导干部联系企业制度，每月走访一次。责任单位：工信局；责任人：顾涛；完成时限：2024年10月31日。
      """;

  private static final String FIRST = "开展机关作风专项整治，严肃查处推诿扯皮问题。";
  private static final String SECOND = "建立领导干部联系企业制度，每月走访一次。";

  private static String unnamed(int line, String text) {
    return "Line "
        + line
        + ": 「"
        + text
        + "」 names no problem of the document; it was read as a problem of its own, with its"
        + " measures — check whether it answers one of the problems above.";
  }

  private static List<Map<String, Object>> problemsAbove(int first) {
    return List.of(
        problem("机关作风不够扎实", "机关作风不够扎实。", List.of(), lines(first, first, null), List.of()),
        problem("服务企业意识不强", "服务企业意识不强。", List.of(), lines(first + 1, first + 1, null), List.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansItemsNamingNoProblemAreProblemsOfTheirOwn(String format) throws IOException {
    for (String title : List.of("整改方案", "关于巡察反馈问题的整改清单", "××局作风问题整改台账", "整　改　方　案")) {
      assertReadAsPlan(format, title, 0);
    }
    // a document number or an attachment's mark above the title
    assertReadAsPlan(format, "X纪发〔2024〕5号\n关于巡察反馈问题的整改方案", 1);
    assertReadAsPlan(format, "附件1\n关于巡察反馈问题的整改方案", 1);
  }

  private void assertReadAsPlan(String format, String front, int shift) throws IOException {
    JsonPath answer = dryRunPlan(format, front + "\n" + BODY);
    List<Map<String, Object>> expected = new ArrayList<>(problemsAbove(3 + shift));
    expected.add(
        problem(
            "开展机关作风专项整治，严肃查处推诿扯皮问题",
            FIRST,
            List.of(),
            lines(6 + shift, 6 + shift, null),
            List.of(measure(FIRST, List.of("效能办"), null, "石静", "DEADLINE", "2024-09-30"))));
    expected.add(
        problem(
            "建立领导干部联系企业制度，每月走访一次",
            SECOND,
            List.of(),
            lines(7 + shift, 7 + shift, null),
            List.of(measure(SECOND, List.of("工信局"), null, "顾涛", "DEADLINE", "2024-10-31"))));
    assertEquals(expected, problems(answer), front + "\n" + answer.prettify());
    assertEquals(List.of(), answer.getList("proposedMeasures"), answer.prettify());
    List<String> warnings = new ArrayList<>();
    if (shift > 0) {
      // the line under the one above the title is the title: not a problem, and said so
      warnings.add(
          "Line 2 「"
              + front.split("\n")[1]
              + "」 comes before the first section; it introduces the document, is not a problem"
              + " and was not imported.");
    }
    warnings.add(unnamed(6 + shift, "开展机关作风专项整治，严肃查处推诿扯皮问题。责任单位：效能办…"));
    warnings.add(unnamed(7 + shift, "建立领导干部联系企业制度，每月走访一次。责任单位：工信局；责…"));
    assertEquals(warnings, answer.getList("warnings"), answer.prettify());
  }

  /** The control: a self-check report's next steps stay proposed measures, without a warning. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aReportsItemsStayProposedMeasures(String format) throws IOException {
    for (String title : List.of("××局巡察整改自查报告", "关于整改方案落实情况的检查报告", "关于巡察反馈问题整改落实情况的报告（附整改任务清单）")) {
      JsonPath answer = dryRunPlan(format, title + "\n" + BODY);
      assertEquals(problemsAbove(3), problems(answer), answer.prettify());
      assertEquals(proposed(), proposals(answer), answer.prettify());
      assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
    }
  }

  /** No title: the items stay proposed measures, and the dry run says they may be a plan's. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void untoldItemsStayProposedMeasuresAndAreNamed(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, BODY);
    assertEquals(problemsAbove(2), problems(answer), answer.prettify());
    assertEquals(proposed(), proposals(answer), answer.prettify());
    assertEquals(
        List.of(
            "Line 4: the items of 「二、整改措施」 name none of the problems above and hold duty lines;"
                + " they were read as proposed measures, as a self-check report's next steps are — if"
                + " the document is a plan (整改方案), they are measures of problems: name each item's"
                + " problem (针对“…”问题) or title the document 整改方案, and import it again."),
        answer.getList("warnings"),
        answer.prettify());
  }

  private static List<Map<String, Object>> proposed() {
    return List.of(
        proposal("开展机关作风专项整治，严肃查处推诿扯皮问题", FIRST, List.of("效能办"), "石静", "DEADLINE", "2024-09-30"),
        proposal("建立领导干部联系企业制度，每月走访一次", SECOND, List.of("工信局"), "顾涛", "DEADLINE", "2024-10-31"));
  }
}
