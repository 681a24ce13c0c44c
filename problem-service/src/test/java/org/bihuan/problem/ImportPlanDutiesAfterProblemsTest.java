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
 * Plans that give a group's duties after its problems (以上问题责任领导：…), name a category heading before
 * a 【问题】 label at any level, number a problem 第3项： in its text, and write 5月前 for a time limit,
 * read from real files (text, a .docx written by POI, a PDF written by PDFBox) through {@code POST
 * /sources/{id}/import?dryRun=true}, every field of every problem and measure compared
 * (docs/decisions/0277).
 */
@QuarkusTest
class ImportPlanDutiesAfterProblemsTest {

  private static final String TEXT = "text/plain; charset=UTF-8";

  /** Two groups, each closed by a line giving duties for its problems. */
  private static final List<String> DUTIES_AFTER_PROBLEMS =
      List.of(
          "××局关于巡察反馈问题的整改方案",
          "一、存在问题及整改措施",
          "（一）理论学习方面",
          "1.理论学习不深入，学习流于形式。",
          "整改措施：制定年度学习计划，每月开展集中学习。",
          "2.学习记录不完整。",
          "整改措施：规范学习记录，建立学习台账。",
          "责任单位：党委办公室",
          "以上问题责任领导：王五；责任单位：办公室；整改时限：2025年6月30日",
          "（二）财务管理方面",
          "1.预算执行缓慢。",
          "整改措施：加快预算执行进度。",
          "整改时限：2025年9月30日",
          "2.报销审核不严。",
          "整改措施：加强报销审核。",
          "上述问题责任单位均为财务科，整改时限均为2025年8月31日",
          "以上问题的责任领导均为赵六");

  private static List<Map<String, Object>> dutiesAfterProblems(Integer page) {
    return List.of(
        problem(
            "理论学习不深入，学习流于形式",
            "理论学习不深入，学习流于形式。",
            List.of("理论学习方面"),
            lines(4, 5, page),
            List.of(
                measure(
                    "制定年度学习计划，每月开展集中学习。", List.of("办公室"), "王五", null, "DEADLINE", "2025-06-30"))),
        problem(
            "学习记录不完整",
            "学习记录不完整。",
            List.of("理论学习方面"),
            lines(6, 8, page),
            List.of(
                measure("规范学习记录，建立学习台账。", List.of("党委办公室"), "王五", null, "DEADLINE", "2025-06-30"))),
        problem(
            "预算执行缓慢",
            "预算执行缓慢。",
            List.of("财务管理方面"),
            lines(11, 13, page),
            List.of(measure("加快预算执行进度。", List.of("财务科"), "赵六", null, "DEADLINE", "2025-09-30"))),
        problem(
            "报销审核不严",
            "报销审核不严。",
            List.of("财务管理方面"),
            lines(14, 15, page),
            List.of(measure("加强报销审核。", List.of("财务科"), "赵六", null, "DEADLINE", "2025-08-31"))));
  }

  private static final List<String> DUTIES_AFTER_PROBLEMS_WARNINGS =
      List.of(
          "Line 9 「以上问题责任领导：王五；责任单位：办公室；整改时限：2025…」 gives 责任领导、责任单位、整改时限 for the 2"
              + " problem(s) above it; they were given to 2 of them where they name none.",
          "Line 16 「上述问题责任单位均为财务科，整改时限均为2025年8月31日」 gives 责任单位、整改时限 for the 2 problem(s)"
              + " above it; they were given to 2 of them where they name none.",
          "Line 17 「以上问题的责任领导均为赵六」 gives 责任领导 for the 2 problem(s) above it; they were given to 2"
              + " of them where they name none.");

  @Test
  void dutiesAfterAGroupsProblemsGoToEveryProblemOfTheGroupThatNamesNoneInAText() {
    JsonPath answer =
        TableImportTest.dryRun(
            String.join("\n", DUTIES_AFTER_PROBLEMS).getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(dutiesAfterProblems(null), problems(answer), answer.prettify());
    assertEquals(DUTIES_AFTER_PROBLEMS_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void dutiesAfterAGroupsProblemsGoToEveryProblemOfTheGroupInWordParagraphs() {
    JsonPath answer =
        TableImportTest.dryRun(
            Ledgers.docx(List.<Object>copyOf(DUTIES_AFTER_PROBLEMS)), DocumentText.DOCX);
    assertEquals(dutiesAfterProblems(null), problems(answer), answer.prettify());
    assertEquals(DUTIES_AFTER_PROBLEMS_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void dutiesAfterAGroupsProblemsGoToEveryProblemOfTheGroupInAPdf() {
    JsonPath answer =
        TableImportTest.dryRun(ChinesePdf.of(List.of(DUTIES_AFTER_PROBLEMS)), DocumentText.PDF);
    assertEquals(dutiesAfterProblems(1), problems(answer), answer.prettify());
  }

  @Test
  void aCategoryHeadingBeforeABracketedProblemLabelIsTheCategoryAtAnyLevel() {
    byte[] docx =
        Ledgers.docx(
            List.<Object>of(
                "××局巡察整改方案",
                "一、整改任务",
                "（一）理论学习方面【问题】理论学习不深入，学习流于形式。",
                "【整改措施】制定年度学习计划。",
                "【责任单位】办公室",
                "【整改时限】2025年5月前",
                "（二）财务管理方面",
                "【问题】第3项：采购制度执行不严格，存在未按规定比价的情况。",
                "【整改措施】修订采购管理办法。",
                "【责任单位】财务科",
                "【整改时限】2025年6月之前"));
    JsonPath answer = TableImportTest.dryRun(docx, DocumentText.DOCX);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "理论学习不深入，学习流于形式",
                "理论学习不深入，学习流于形式。",
                List.of("理论学习方面"),
                lines(3, 6, null),
                List.of(
                    measure("制定年度学习计划。", List.of("办公室"), null, null, "DEADLINE", "2025-04-30"))),
            problem(
                "采购制度执行不严格，存在未按规定比价的情况",
                "采购制度执行不严格，存在未按规定比价的情况。",
                List.of("财务管理方面"),
                lines(8, 11, null),
                List.of(
                    measure("修订采购管理办法。", List.of("财务科"), null, null, "DEADLINE", "2025-05-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
    // 5月前 is read as the end of April (0277): the dry run quotes it with that date, to be checked
    assertEquals(
        List.of(
            "Problem 「理论学习不深入，学习流于形式」, measure 「制定年度学习计划。」 (line 6): 「2025年5月前」 is read as"
                + " before that month, 2025-04-30 (the end of the month before it); check it.",
            "Problem 「采购制度执行不严格，存在未按规定比价的情况」, measure 「修订采购管理办法。」 (line 11): 「2025年6月之前」 is"
                + " read as before that month, 2025-05-31 (the end of the month before it); check it."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @Test
  void aProblemNumberedDiSanXiangIsTitledByTheTextAfterIt() {
    String text =
        String.join(
            "\n",
            "××局巡察整改方案",
            "一、存在问题及整改措施",
            "1.第3项：采购制度执行不严格，存在未按规定比价的情况。",
            "整改措施：修订采购管理办法。",
            "责任单位：财务科",
            "整改时限：2025年5月底前");
    JsonPath answer = TableImportTest.dryRun(text.getBytes(StandardCharsets.UTF_8), TEXT);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "采购制度执行不严格，存在未按规定比价的情况",
                "采购制度执行不严格，存在未按规定比价的情况。",
                List.of(),
                lines(3, 6, null),
                List.of(
                    measure("修订采购管理办法。", List.of("财务科"), null, null, "DEADLINE", "2025-05-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
