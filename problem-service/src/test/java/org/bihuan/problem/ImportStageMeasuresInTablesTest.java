package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.ImportAnswers.sheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.StageMeasuresTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A table's 整改措施 cell written in time stages — 第一阶段：2024年9月30日前完成排查；第二阶段：… on one line beside an
 * empty 整改时限 cell, 第一阶段（2024年9月30日前）：… a stage a line beside a cell holding both dates — gives a
 * measure per stage, without its stage words, each with the date of its stage (第一阶段：完成…；第二阶段：…
 * beside 第一阶段：2024年8月31日前；第二阶段：长期坚持: each the 整改时限's stage); a cell named by term (近期：… / 长效：…)
 * gives a measure per term with the stage of its term. The same from a Word table, an .xlsx ledger,
 * and PDFs of the table (ruled cell by cell as PDFBox draws it, and as LibreOffice prints a Word
 * table), whose cells' lines are cut where a printer cuts them: each reads as the .docx does.
 * Through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0306, 0310).
 */
@QuarkusTest
class ImportStageMeasuresInTablesTest {

  private static List<Map<String, Object>> expected(IntFunction<Map<String, Object>> row) {
    return List.of(
        problem(
            "固定资产台账不健全",
            "固定资产台账不健全。",
            List.of(),
            row.apply(2),
            List.of(
                measure("补齐固定资产台账。", List.of("财务科"), null, "赵敏", "DEADLINE", "2024-09-30"),
                measure("建立资产月检查制度。", List.of("财务科"), null, "赵敏", "LONG_TERM", null))),
        problem(
            "问题整改台账不规范",
            "问题整改台账不规范。",
            List.of(),
            row.apply(3),
            List.of(
                measure("2024年9月30日前完成排查", List.of("办公室"), null, "张三", "DEADLINE", "2024-09-30"),
                measure(
                    "2024年12月31日前完成整改。", List.of("办公室"), null, "张三", "DEADLINE", "2024-12-31"))),
        problem(
            "合同管理不规范",
            "合同管理不规范。",
            List.of(),
            row.apply(4),
            List.of(
                measure("完成合同清理", List.of("法规科"), null, "李四", "DEADLINE", "2024-09-30"),
                measure("修订合同管理办法。", List.of("法规科"), null, "李四", "DEADLINE", "2024-12-31"))),
        problem(
            "会议偏多",
            "会议偏多。",
            List.of(),
            row.apply(5),
            List.of(measure("精简会议。", List.of("办公室"), null, "王五", "DEADLINE", "2024-07-31"))),
        problem(
            "制度建设滞后",
            "制度建设滞后。",
            List.of(),
            row.apply(6),
            List.of(
                measure("完成制度梳理", List.of("党办"), null, "周八", "DEADLINE", "2024-08-31"),
                measure("修订完善制度。", List.of("党办"), null, "周八", "LONG_TERM", null))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aCellsTimeStagesAreMeasuresEachWithTheDateOfItsStage(String format) {
    JsonPath answer = dryRunTableFile(format, StageMeasuresTable.file(format));
    assertEquals(
        expected(r -> format.equals("docx") ? rows(1, r, r) : sheetRows("台账", r, r)),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ruled-pdf", "office-pdf"})
  void aPdfOfTheTableReadsAsItsWordFile(String format) {
    JsonPath answer = dryRunPath("外部文件", StageMeasuresTable.file(format), DocumentText.PDF);
    assertEquals(expected(r -> rows(1, r, r, 1)), problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
