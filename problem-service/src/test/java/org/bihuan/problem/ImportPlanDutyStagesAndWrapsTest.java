package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * A plan's 整改时限 numbering the stages of its one measure (1.2024年6月底前；2.长期坚持), and a numbered duty
 * list cut after an item (责任单位：1.办公室； / 2.人力资源部。责任人：…), as a PDF wraps it at the page's edge, read
 * from a text, a .docx written by POI and a PDF written by PDFBox through {@code POST
 * /sources/{id}/import?dryRun=true}, every field of every problem and measure and every warning
 * compared (docs/decisions/0292; a measure in such stages is held in both, 0330).
 */
@QuarkusTest
class ImportPlanDutyStagesAndWrapsTest {

  private static final String TEXT = "text/plain; charset=UTF-8";

  /** Stages numbered on the line and one a line; unnumbered, the same words stay a DEADLINE. */
  private static final List<String> STAGES =
      List.of(
          "××学院关于巡察反馈问题的整改方案",
          "一、存在问题及整改措施",
          "1.问责工作不到位。",
          "整改措施：建立问责台账。",
          "责任单位：纪检监察室",
          "责任人：马超",
          "整改时限：1.2024年6月底前；2.长期坚持",
          "2.制度建设滞后。",
          "整改措施：修订管理制度。",
          "责任单位：院办公室",
          "整改时限：",
          "（1）2024年9月30日前；",
          "（2）长期坚持",
          "3.档案管理不规范。",
          "整改措施：清理档案。",
          "责任单位：档案室",
          "整改时限：2024年10月底前，长期坚持");

  private static final List<Map<String, Object>> STAGES_READ =
      List.of(
          problem(
              "问责工作不到位",
              "问责工作不到位。",
              List.of(),
              lines(3, 7, null),
              List.of(
                  measure("建立问责台账。", List.of("纪检监察室"), null, "马超", "DEADLINE", "2024-06-30"),
                  measure("建立问责台账。", List.of("纪检监察室"), null, "马超", "LONG_TERM", null))),
          problem(
              "制度建设滞后",
              "制度建设滞后。",
              List.of(),
              // the items under an empty label are read as that label's line (0284)
              lines(8, 11, null),
              List.of(
                  measure("修订管理制度。", List.of("院办公室"), null, null, "DEADLINE", "2024-09-30"),
                  measure("修订管理制度。", List.of("院办公室"), null, null, "LONG_TERM", null))),
          problem(
              "档案管理不规范",
              "档案管理不规范。",
              List.of(),
              lines(14, 17, null),
              List.of(
                  measure("清理档案。", List.of("档案室"), null, null, "DEADLINE", "2024-10-31"),
                  measure("清理档案。", List.of("档案室"), null, null, "LONG_TERM", null))));

  private static final String STAGED =
      "」 numbers the measure's stages, one of them 长期坚持: the measure is held in both stages, as two"
          + " measures of its text: one DEADLINE by ";

  private static final String KEPT_UP = ", and one LONG_TERM (长期坚持) without a deadline.";

  private static final List<String> STAGES_WARNINGS =
      List.of(
          "Problem 「问责工作不到位」, measure 「建立问责台账。」 (line 7): 「1.2024年6月底前；2.长期坚持"
              + STAGED
              + "2024-06-30"
              + KEPT_UP,
          "Problem 「制度建设滞后」, measure 「修订管理制度。」 (line 11): 「（1）2024年9月30日前；（2）长期坚持"
              + STAGED
              + "2024-09-30"
              + KEPT_UP,
          "Problem 「档案管理不规范」, measure 「清理档案。」 (line 17): 「2024年10月底前，长期坚持」 also says 长期坚持: the"
              + " measure is held in both stages, as two measures of its text: one DEADLINE by 2024-10-31"
              + KEPT_UP);

  @Test
  void numberedStagesEndingInLongTermAreHeldInBothStagesInAText() {
    JsonPath answer =
        TableImportTest.dryRun(String.join("\n", STAGES).getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(STAGES_READ, problems(answer), answer.prettify());
    assertEquals(STAGES_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void numberedStagesEndingInLongTermAreHeldInBothStagesInWord() {
    JsonPath answer =
        TableImportTest.dryRun(Ledgers.docx(List.<Object>copyOf(STAGES)), DocumentText.DOCX);
    assertEquals(STAGES_READ, problems(answer), answer.prettify());
    assertEquals(STAGES_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  /**
   * Line 4, the page's longest, ends in a numbered 责任单位 list cut after its first item; line 10 ends
   * one without labels after it; line 11's list is closed, so problem 3 after it stays a problem.
   */
  private static final List<String> WRAPPED =
      List.of(
          "××公司关于巡察反馈问题的整改方案",
          "一、存在问题及整改措施",
          "1.干部选拔任用程序不规范。",
          "整改措施：1.修订选拔任用办法；2.开展档案专项审核。责任单位：1.办公室；",
          "2.人力资源部。责任人：1.韩梅；2.李雷。整改时限：2024年9月30日",
          "2.薪酬发放不规范。",
          "整改措施：1.规范薪酬发放流程；2.开展薪酬专项检查。",
          "整改时限：2024年12月31日",
          "责任单位：1.人力资源部；",
          "2.财务部",
          "责任人：1.李雷；2.王芳",
          "3.公车管理不规范。",
          "整改措施：建立公车使用台账。",
          "责任单位：办公室",
          "整改时限：2024年10月31日");

  private static List<Map<String, Object>> wrapped(Integer page) {
    return List.of(
        problem(
            "干部选拔任用程序不规范",
            "干部选拔任用程序不规范。",
            List.of(),
            lines(3, 5, page),
            List.of(
                measure("修订选拔任用办法", List.of("办公室"), null, "韩梅", "DEADLINE", "2024-09-30"),
                measure("开展档案专项审核。", List.of("人力资源部"), null, "李雷", "DEADLINE", "2024-09-30"))),
        problem(
            "薪酬发放不规范",
            "薪酬发放不规范。",
            List.of(),
            lines(6, 11, page),
            List.of(
                measure("规范薪酬发放流程", List.of("人力资源部"), null, "李雷", "DEADLINE", "2024-12-31"),
                measure("开展薪酬专项检查。", List.of("财务部"), null, "王芳", "DEADLINE", "2024-12-31"))),
        problem(
            "公车管理不规范",
            "公车管理不规范。",
            List.of(),
            lines(12, 15, page),
            List.of(measure("建立公车使用台账。", List.of("办公室"), null, null, "DEADLINE", "2024-10-31"))));
  }

  @Test
  void aNumberedDutyListCutAfterAnItemGoesOnInTheNextLineInAText() {
    JsonPath answer =
        TableImportTest.dryRun(String.join("\n", WRAPPED).getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(wrapped(null), problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aNumberedDutyListCutAfterAnItemGoesOnInTheNextLineInWord() {
    JsonPath answer =
        TableImportTest.dryRun(Ledgers.docx(List.<Object>copyOf(WRAPPED)), DocumentText.DOCX);
    assertEquals(wrapped(null), problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aNumberedDutyListWrappedAtThePageEdgeGoesOnInTheNextLineInAPdf() {
    JsonPath answer = TableImportTest.dryRun(ChinesePdf.of(List.of(WRAPPED)), DocumentText.PDF);
    assertEquals(wrapped(1), problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
