package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.resource;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.BorderlessFindings;
import org.bihuan.problem.support.OfficeTable;
import org.bihuan.problem.support.OfficeTables;
import org.junit.jupiter.api.Test;

/**
 * Word tables without borders exported to PDF by LibreOffice that an outside tester found misread
 * (docs/decisions/0241; the PDFs committed under src/test/resources/formats with their expected
 * answers, {@link BorderlessFindings}): header cells 1.2 characters apart, a header repeated on
 * every page and wrapped over two lines (its first column too), a 存在问题 merged down over two
 * measures' rows, and the same at a page's foot with the merged text's tail on the next page. Each
 * is read as the .docx it was made from is, every field of every problem and measure compared.
 * Through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfBorderlessFindingsTest {

  @Test
  void headerCellsACharacterApartAreTwoColumnsWhenTheRowsLineUpUnderBoth() throws IOException {
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "工程招投标监管不严，个别项目评标程序不规范",
                "工程招投标监管不严，个别项目评标程序不规范。",
                List.of(),
                rows(1, 2, 2, 1),
                List.of(
                    measure(
                        "修订招投标监管办法，严格评标程序。",
                        List.of("建设管理科"),
                        null,
                        "李明",
                        "DEADLINE",
                        "2024-06-30"))),
            problem(
                "住房保障资格审核把关不严",
                "住房保障资格审核把关不严。",
                List.of(),
                rows(1, 3, 3, 1),
                List.of(
                    measure(
                        "开展保障对象资格复核。", List.of("住房保障科"), null, "王芳", "DEADLINE", "2024-09-30"))),
            problem(
                "安全生产检查流于形式",
                "安全生产检查流于形式。",
                List.of(),
                rows(1, 4, 4, 1),
                List.of(
                    measure("建立安全检查台账，逐项销号。", List.of("安全监督站"), null, "赵强", "IMMEDIATE", null))));
    readAsTheDocx(
        expected, BorderlessFindings.closeHeader(), "/formats/borderless-close-header.pdf");
  }

  @Test
  void aHeaderRepeatedOnEveryPageAndWrappedOverTwoLinesAddsNothingToTheRowsItStandsOver()
      throws IOException {
    // 序 over 号 (the first column) and 责任单位 over （部门）, on each of the seven pages, over the rest
    // of a row the page break cut
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 1; i <= 26; i++) {
      expected.add(
          problem(
              // 第N项问题： numbers the problem; the title is the text after it (0262)
              OfficeTables.unit(i) + "在执行相关管理制度过程中存在不严格、不规范的情况",
              OfficeTables.longProblem(i),
              List.of(),
              rows(1, i + 1, i + 1, PAGES[i - 1]),
              List.of(
                  measure(
                      OfficeTables.longMeasure(i),
                      List.of(OfficeTables.unit(i)),
                      OfficeTables.leader(i),
                      OfficeTables.person(i),
                      "DEADLINE",
                      String.format(
                          "2024-%02d-%02d",
                          OfficeTables.month(i), OfficeTables.month(i) == 2 ? 28 : 30)))));
    }
    readAsTheDocx(
        expected,
        BorderlessFindings.repeatedWrappedHeader(),
        "/formats/borderless-repeated-wrapped-header.pdf");
  }

  @Test
  void aProblemMergedDownOverTwoMeasuresRowsIsOneProblemWithTwoMeasures() throws IOException {
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务用车管理不规范，存在公车私用现象",
                "公务用车管理不规范，存在公车私用现象。",
                List.of(),
                rows(1, 2, 2, 1),
                List.of(
                    measure("修订公务用车管理办法。", List.of("办公室"), null, "张三", "DEADLINE", "2024-06-30"))),
            problem(
                "工程项目质量监管不到位，部分在建项目存在偷工减料、以次充好问题，监理单位履职不力，质量验收把关不严",
                BorderlessFindings.MERGED_ROWS.get(1).get(1),
                List.of(),
                rows(1, 3, 4, 1),
                twoMeasures()),
            problem(
                "档案管理不规范，归档不及时",
                "档案管理不规范，归档不及时。",
                List.of(),
                rows(1, 5, 5, 1),
                List.of(archives())));
    readAsTheDocx(
        expected, BorderlessFindings.mergedProblem(), "/formats/borderless-merged-problem.pdf");
  }

  @Test
  void theTailOfAMergedProblemSetOnTheNextPageStaysWithItsProblem() throws IOException {
    // the problem merged over rows 18 and 19 starts four lines above page 1's foot; its last three
    // lines stand at the top of page 2, above row 20
    int n = BorderlessFindings.FILLER;
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      expected.add(
          problem(
              OfficeTables.unit(i) + "第" + i + "项问题",
              OfficeTables.unit(i) + "第" + i + "项问题。",
              List.of(),
              rows(1, i + 1, i + 1, 1),
              List.of(
                  measure(
                      "整改第" + i + "项问题。",
                      List.of(OfficeTables.unit(i)),
                      null,
                      OfficeTables.person(i),
                      "DEADLINE",
                      String.format(
                          "2024-%02d-%02d",
                          OfficeTables.month(i), OfficeTables.month(i) == 2 ? 28 : 30)))));
    }
    expected.add(
        problem(
            "工程项目质量监管不到位",
            BorderlessFindings.LONG_MERGED,
            List.of(),
            rows(1, n + 2, n + 3, 1),
            twoMeasures()));
    expected.add(
        problem(
            "档案管理不规范，归档不及时",
            "档案管理不规范，归档不及时。",
            List.of(),
            rows(1, n + 4, n + 4, 2),
            List.of(archives())));
    readAsTheDocx(
        expected,
        BorderlessFindings.mergedProblemOverPage(),
        "/formats/borderless-merged-problem-over-page.pdf");
  }

  /**
   * The .docx of {@code table} gives {@code expected} (origins aside), and LibreOffice's PDF of it
   * ({@code pdf}) gives {@code expected} with its origins, and no warning.
   */
  private static void readAsTheDocx(
      List<Map<String, Object>> expected, OfficeTable table, String pdf) throws IOException {
    JsonPath word = dryRunPath("表格导入", table.docx(), DocumentText.DOCX);
    assertEquals(withoutOrigins(expected), withoutOrigins(problems(word)), word.prettify());
    JsonPath read = dryRunPath("表格导入", resource(pdf), DocumentText.PDF);
    assertEquals(expected, problems(read), read.prettify());
    assertEquals(List.of(), read.getList("warnings"), read.prettify());
  }

  /** The page each of the 26 problems of the repeated header's table starts on. */
  private static final int[] PAGES = {
    1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 7, 7, 7, 7
  };

  private static List<Map<String, Object>> twoMeasures() {
    return List.of(
        measure("开展在建项目质量专项检查。", List.of("质量监督站"), null, "李四", "DEADLINE", "2024-07-31"),
        measure("建立监理单位履职考核制度。", List.of("建设管理科"), null, "王五", "DEADLINE", "2024-09-30"));
  }

  private static Map<String, Object> archives() {
    return measure("开展档案整理，建立归档台账。", List.of("档案室"), null, "钱七", "DEADLINE", "2024-10-31");
  }
}
