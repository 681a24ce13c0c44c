package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunLaidOutPdf;
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
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.BorderlessCellLines;
import org.junit.jupiter.api.Test;

/**
 * A table without rulings whose cells hold leaders, units and people a line each ({@link
 * BorderlessCellLines}): LibreOffice's PDF of a Word table without borders (committed under
 * src/test/resources/formats) and a PDF that PDFBox sets in columns. Each is read as a ruled
 * table's cell is (docs/decisions/0319, 0326): 大气科 / 执法支队 and 信访科 / 法规科 are two units, 李明 / 王刚 two
 * leaders and 张伟 / 李娜 two people joined with 、, while a unit the column wraps (市场监督管理局 / 执法大队, the
 * first line the column's widest; 生态环境保护综 / 合行政执法支队) stays one. The same table with borders gives
 * its people a line each as two people as well. Through {@code POST
 * /sources/{id}/import?dryRun=true}, every field of every problem and measure, and no warning.
 */
@QuarkusTest
class ImportPdfBorderlessCellLinesTest {

  private static final List<Map<String, Object>> EXPECTED =
      List.of(
          problem(
              "排查不全",
              "排查不全。",
              List.of(),
              rows(1, 2, 2, 1),
              List.of(
                  measure(
                      "开展全面排查。",
                      List.of("大气科", "执法支队"),
                      "李明、王刚",
                      "张伟、李娜",
                      "DEADLINE",
                      "2024-09-30"))),
          problem(
              "抽检不足",
              "抽检不足。",
              List.of(),
              rows(1, 3, 3, 1),
              List.of(
                  measure(
                      "扩大抽检范围。", List.of("市场监督管理局执法大队"), "赵强", "陈静", "DEADLINE", "2024-12-31"))),
          problem(
              "积案较多",
              "积案较多。",
              List.of(),
              rows(1, 4, 4, 1),
              List.of(
                  measure(
                      "清理信访积案。", List.of("信访科", "法规科"), "周华", "王芳、刘洋", "DEADLINE", "2024-10-31"))),
          problem(
              "培训不足",
              "培训不足。",
              List.of(),
              rows(1, 5, 5, 1),
              List.of(
                  measure(
                      "组织执法轮训。",
                      List.of("生态环境保护综合行政执法支队"),
                      "孙伟",
                      "钱军",
                      "DEADLINE",
                      "2024-11-30"))));

  @Test
  void libreOfficesPdfOfTheBorderlessTableReadsAsTheWordTable() throws IOException {
    JsonPath word = dryRunPath("表格导入", BorderlessCellLines.table().docx(), DocumentText.DOCX);
    assertEquals(withoutOrigins(EXPECTED), withoutOrigins(problems(word)), word.prettify());
    JsonPath read =
        dryRunPath(
            "表格导入", resource("/formats/" + BorderlessCellLines.NAME + ".pdf"), DocumentText.PDF);
    assertEquals(EXPECTED, problems(read), read.prettify());
    assertEquals(List.of(), read.getList("warnings"), read.prettify());
  }

  /** The same table with borders: its people a line each are two people too. */
  @Test
  void libreOfficesPdfOfTheRuledTableReadsAsTheWordTable() throws IOException {
    JsonPath word = dryRunPath("表格导入", BorderlessCellLines.ruledTable().docx(), DocumentText.DOCX);
    assertEquals(withoutOrigins(EXPECTED), withoutOrigins(problems(word)), word.prettify());
    JsonPath read =
        dryRunPath(
            "表格导入",
            resource("/formats/" + BorderlessCellLines.RULED_NAME + ".pdf"),
            DocumentText.PDF);
    assertEquals(EXPECTED, problems(read), read.prettify());
    assertEquals(List.of(), read.getList("warnings"), read.prettify());
  }

  @Test
  void aPdfBoxTableWithoutRulingsReadsAsTheWordTable() {
    JsonPath read = dryRunLaidOutPdf(BorderlessCellLines.LAID_OUT);
    assertEquals(EXPECTED, problems(read), read.prettify());
    assertEquals(List.of(), read.getList("warnings"), read.prettify());
  }
}
