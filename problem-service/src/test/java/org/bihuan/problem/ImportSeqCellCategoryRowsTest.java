package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.resource;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.SeqCategoryRows;
import org.bihuan.problem.support.SeqCategoryRows.Spread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A category row whose number stands in its own 序号 cell (（一）, 一, 一、, or (1) above problems numbered
 * 1, 2, 3) and whose name is merged across all the other columns, repeated in each, or written in
 * the first of them alone is the category of the rows under it, as when the row is merged across
 * the 序号 too: Word (.docx), Excel (.xlsx, .xls) and LibreOffice's PDF of the Word table, through
 * {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0337).
 */
@QuarkusTest
class ImportSeqCellCategoryRowsTest {

  private static final String SEP = "2024-09-30";
  private static final String DEC = "2024-12-31";

  private static List<Map<String, Object>> expected(Function<Integer, Map<String, Object>> at) {
    return List.of(
        problem(
            "理论学习不深入",
            "理论学习不深入。",
            List.of("落实全面从严治党责任方面"),
            at.apply(3),
            List.of(measure("制定学习计划。", List.of("机关党委"), null, "周伟", "DEADLINE", DEC))),
        problem(
            "三会一课落实不到位",
            "三会一课落实不到位。",
            List.of("落实全面从严治党责任方面"),
            at.apply(4),
            List.of(measure("严格执行三会一课制度。", List.of("党办"), null, "李四", "DEADLINE", DEC))),
        problem(
            "公务接待不规范",
            "公务接待不规范。",
            List.of("作风建设方面"),
            at.apply(6),
            List.of(measure("修订接待制度。", List.of("办公室"), null, "王五", "DEADLINE", SEP))));
  }

  @ParameterizedTest
  @CsvSource({
    "（一）, （二）, MERGED, docx",
    "（一）, （二）, MERGED, xlsx",
    "（一）, （二）, MERGED, xls",
    "一, 二, MERGED, docx",
    "一, 二, MERGED, xlsx",
    "一、, 二、, REPEATED, docx",
    "一、, 二、, REPEATED, xlsx",
    "（一）, （二）, REPEATED, xls",
    "(1), (2), MERGED, docx",
    "(1), (2), MERGED, xlsx",
    "（1）, （2）, REPEATED, xlsx",
    "（一）, （二）, FIRST_ONLY, docx",
    "一, 二, FIRST_ONLY, xlsx",
  })
  void aGroupNumberInItsOwnCellBesideOneNameIsTheCategory(
      String first, String second, Spread spread, String format) {
    JsonPath answer =
        dryRunTableFile(
            format, SeqCategoryRows.write(format, SeqCategoryRows.table(first, second, spread)));
    assertEquals(
        expected(r -> tableOrSheetRows(format, r, r)), problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void theGroupRowsOfLibreOfficesPdfAreCategoriesToo() throws IOException {
    JsonPath answer =
        dryRunPath("表格导入", resource("/documents/seq-category-rows.pdf"), DocumentText.PDF);
    assertEquals(expected(r -> rows(1, r, r, 1)), problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
