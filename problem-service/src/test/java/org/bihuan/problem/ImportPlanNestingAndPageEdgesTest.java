package org.bihuan.problem;

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
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.SectionRestartedPlanWord;
import org.junit.jupiter.api.Test;

/**
 * Plans whose numbering nests otherwise than the fixed ranks say, and PDF lines repeated at the
 * edges of pages, read from real files (a .docx written by POI, a PDF written by PDFBox, a .doc
 * converted by LibreOffice) through {@code POST /sources/{id}/import?dryRun=true}, every field of
 * every problem and measure compared (docs/decisions/0272).
 */
@QuarkusTest
class ImportPlanNestingAndPageEdgesTest {

  @Test
  void groupsNumberedInParenthesesEnclosingItemsOneTwoAreCategories() {
    byte[] docx =
        Ledgers.docx(
            List.<Object>of(
                "××局巡察整改方案",
                "一、存在的问题及整改措施",
                "（1）党建工作方面",
                "1.理论学习不深入的问题",
                "整改措施：制定学习计划。",
                "责任单位：办公室",
                "整改时限：2024年6月30日",
                "2.组织生活不规范的问题",
                "整改措施：规范组织生活。",
                "责任单位：党办",
                "整改时限：2024年7月31日",
                "（2）财务管理方面",
                "1.预算执行缓慢的问题",
                "整改措施：加快预算执行。",
                "责任单位：财务科",
                "整改时限：2024年8月31日",
                "2.资产账实不符的问题",
                "整改措施：清查资产。",
                "责任单位：资产科",
                "整改时限：2024年9月30日"));
    JsonPath answer = TableImportTest.dryRun(docx, DocumentText.DOCX);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "理论学习不深入的问题",
                "理论学习不深入的问题",
                List.of("党建工作方面"),
                lines(4, 7, null),
                List.of(measure("制定学习计划。", List.of("办公室"), null, null, "DEADLINE", "2024-06-30"))),
            problem(
                "组织生活不规范的问题",
                "组织生活不规范的问题",
                List.of("党建工作方面"),
                lines(8, 11, null),
                List.of(measure("规范组织生活。", List.of("党办"), null, null, "DEADLINE", "2024-07-31"))),
            problem(
                "预算执行缓慢的问题",
                "预算执行缓慢的问题",
                List.of("财务管理方面"),
                lines(13, 16, null),
                List.of(measure("加快预算执行。", List.of("财务科"), null, null, "DEADLINE", "2024-08-31"))),
            problem(
                "资产账实不符的问题",
                "资产账实不符的问题",
                List.of("财务管理方面"),
                lines(17, 20, null),
                List.of(measure("清查资产。", List.of("资产科"), null, null, "DEADLINE", "2024-09-30"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void numberedProblemsAlikeAtTheTopOfEveryPageStayAndOnlyTheRunningHeaderGoes() {
    // 60 problems, four a page; each page's first line below its running header is a problem
    // whose line is the same on every page apart from its digits
    List<List<String>> pages = new ArrayList<>();
    for (int page = 1, n = 1; page <= 15; page++) {
      List<String> lines = new ArrayList<>();
      lines.add("××单位整改方案 第 " + page + " 页");
      if (page == 1) {
        lines.add("一、存在的问题及整改措施");
      }
      for (int k = 0; k < 4; k++, n++) {
        lines.add(n + ". 第" + n + "考点存在考务管理不规范的问题");
        lines.add("整改措施：规范第" + n + "考点考务管理。");
        lines.add("责任单位：考务科");
        lines.add("整改时限：2024年6月30日");
      }
      pages.add(lines);
    }
    JsonPath answer = TableImportTest.dryRun(ChinesePdf.of(pages), DocumentText.PDF);
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int n = 1; n <= 60; n++) {
      String title = "第" + n + "考点存在考务管理不规范的问题";
      int first = 2 + 4 * (n - 1);
      expected.add(
          problem(
              title,
              title,
              List.of(),
              lines(first, first + 3, (n - 1) / 4 + 1),
              List.of(
                  measure(
                      "规范第" + n + "考点考务管理。",
                      List.of("考务科"),
                      null,
                      null,
                      "DEADLINE",
                      "2024-06-30"))));
    }
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(
        List.of(
            "The line 「××单位整改方案第 1 页」, repeated at the top or bottom of page(s) 1–15, was read as a"
                + " running header or footer and left out of the text."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @Test
  void aClosingGroupOfRequirementsIsLeftOutAndNamedAndAnOtherProblemsGroupIsKept() {
    byte[] docx =
        Ledgers.docx(
            List.<Object>of(
                "××局巡察反馈问题整改方案",
                "一、存在问题及整改措施",
                "（一）理论学习方面",
                "1.中心组学习不深入的问题",
                "整改措施：制定年度学习计划。",
                "责任单位：办公室",
                "整改时限：2024年6月30日",
                "（二）其他方面存在的问题",
                "1.档案管理不规范的问题",
                "整改措施：开展档案清理。",
                "责任单位：档案室",
                "整改时限：2024年9月30日",
                "（三）工作要求",
                "1.各单位要高度重视，切实把整改工作抓紧抓实。",
                "2.整改完成后及时报送整改情况。"));
    JsonPath answer = TableImportTest.dryRun(docx, DocumentText.DOCX);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "中心组学习不深入的问题",
                "中心组学习不深入的问题",
                List.of("理论学习方面"),
                lines(4, 7, null),
                List.of(
                    measure("制定年度学习计划。", List.of("办公室"), null, null, "DEADLINE", "2024-06-30"))),
            problem(
                "档案管理不规范的问题",
                "档案管理不规范的问题",
                List.of("其他方面存在的问题"),
                lines(9, 12, null),
                List.of(measure("开展档案清理。", List.of("档案室"), null, null, "DEADLINE", "2024-09-30"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(
        List.of(
            "Lines 13–15: the group 「（三）工作要求」 at the end of the section 「一、存在问题及整改措施」 holds no"
                + " problems (such as 工作要求, 保障措施, 组织领导); it was not imported."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @Test
  void problemsOfAWordListRestartedPerGroupGiveNoNumberingJumpInTheDoc() throws IOException {
    List<Map<String, Object>> expected =
        List.of(
            planProblem("中心组学习不深入的问题", "理论学习方面", 3, "制定年度学习计划。", "办公室", "2024-06-30"),
            planProblem("研讨交流流于形式的问题", "理论学习方面", 7, "每月开展专题研讨。", "办公室", "2024-07-31"),
            planProblem("青年干部学习覆盖不全的问题", "理论学习方面", 11, "建立青年理论学习小组。", "人事科", "2024-08-31"),
            planProblem("预算执行率偏低的问题", "财务管理方面", 16, "建立预算执行月通报制度。", "财务科", "2024-09-30"),
            planProblem("资产账实不符的问题", "财务管理方面", 20, "开展资产清查。", "资产科", "2024-10-31"));
    // the .doc shows the problems 1. 1. 2. and 1. 1. (SectionRestartedPlanWord); the .docx 1. 2. 3.
    JsonPath doc =
        TableImportTest.dryRun(
            ImportAnswers.resource("/documents/plan-restarted-lists-doc.doc"), DocumentText.DOC);
    assertEquals(expected, problems(doc), doc.prettify());
    assertEquals(List.of(), doc.getList("warnings"), doc.prettify());
    JsonPath docx = TableImportTest.dryRun(SectionRestartedPlanWord.docx(), DocumentText.DOCX);
    assertEquals(expected, problems(docx), docx.prettify());
    assertEquals(List.of(), docx.getList("warnings"), docx.prettify());
  }

  @Test
  void aGroupHeadingRunningIntoItsFirstBracketedProblemGivesThatProblemItsOwnTitle() {
    byte[] docx =
        Ledgers.docx(
            List.<Object>of(
                "××局巡察反馈问题整改方案",
                "一、理论学习方面【问题】中心组学习不深入，研讨交流流于形式。",
                "【措施】制定年度学习计划，每月开展专题研讨。",
                "【责任单位】办公室",
                "【整改时限】2024年6月30日",
                "【问题】青年干部理论学习覆盖不全。",
                "【措施】建立青年理论学习小组。",
                "【责任单位】人事科",
                "【整改时限】2024年7月31日",
                "二、财务管理方面【问题】预算执行率偏低。",
                "【措施】建立预算执行月通报制度。",
                "【责任单位】财务科",
                "【整改时限】2024年8月31日"));
    JsonPath answer = TableImportTest.dryRun(docx, DocumentText.DOCX);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "中心组学习不深入，研讨交流流于形式",
                "中心组学习不深入，研讨交流流于形式。",
                List.of("理论学习方面"),
                lines(2, 5, null),
                List.of(
                    measure(
                        "制定年度学习计划，每月开展专题研讨。",
                        List.of("办公室"),
                        null,
                        null,
                        "DEADLINE",
                        "2024-06-30"))),
            problem(
                "青年干部理论学习覆盖不全",
                "青年干部理论学习覆盖不全。",
                List.of("理论学习方面"),
                lines(6, 9, null),
                List.of(
                    measure("建立青年理论学习小组。", List.of("人事科"), null, null, "DEADLINE", "2024-07-31"))),
            problem(
                "预算执行率偏低",
                "预算执行率偏低。",
                List.of("财务管理方面"),
                lines(10, 13, null),
                List.of(
                    measure(
                        "建立预算执行月通报制度。", List.of("财务科"), null, null, "DEADLINE", "2024-08-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  private static Map<String, Object> planProblem(
      String title, String group, int line, String measure, String unit, String deadline) {
    return problem(
        title,
        title,
        List.of(group),
        lines(line, line + 3, null),
        List.of(measure(measure, List.of(unit), null, null, "DEADLINE", deadline)));
  }
}
