package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.resource;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Problem cells that open with the label numbering the problem — 第1号问题：…, 存在问题4：…, as 问题（二）：… — in
 * an Excel ledger and a Word table (problem-label-prefixes.xlsx/.docx, written with openpyxl and
 * python-docx), read through {@code POST /sources/{id}/import?dryRun=true}: the title is the text
 * after the label, never the label; the description is the cell as written (docs/decisions/0402).
 */
@QuarkusTest
class ImportProblemCellLabelsTest {

  private static List<Map<String, Object>> expected(String format) {
    return List.of(
        problem(
            "档案管理不规范",
            "第1号问题：档案管理不规范。",
            List.of(),
            tableOrSheetRows(format, 2, 2),
            List.of(measure("补齐档案材料", List.of("办公室"), null, "张三", "DEADLINE", "2025-06-30"))),
        problem(
            "公务接待超标准",
            "存在问题4：公务接待超标准。",
            List.of(),
            tableOrSheetRows(format, 3, 3),
            List.of(measure("严格接待审批", List.of("财务科"), null, "李四", "DEADLINE", "2025-07-31"))),
        problem(
            "采购比价不严格",
            "问题（二）：采购比价不严格。",
            List.of(),
            tableOrSheetRows(format, 4, 4),
            List.of(measure("修订采购管理办法", List.of("采购中心"), null, "王五", "DEADLINE", "2025-08-31"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx"})
  void aProblemCellIsTitledByTheTextAfterTheLabelThatNumbersIt(String format) throws IOException {
    JsonPath answer =
        dryRunTableFile(format, resource("/documents/problem-label-prefixes." + format));
    assertEquals(expected(format), problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"));
  }
}
