package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Ledgers;
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
}
