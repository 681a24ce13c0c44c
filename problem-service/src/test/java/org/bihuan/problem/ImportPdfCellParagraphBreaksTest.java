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
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.PdfCellBreaksTable;
import org.junit.jupiter.api.Test;

/**
 * A Word table printed to PDF by LibreOffice ({@link PdfCellBreaksTable}, committed under
 * src/test/resources/formats) whose cells hold several paragraphs: a 整改措施 cell of two time stages
 * whose first line ends without a stop (第一阶段（2024年7月31日前）：清理积案 / 第二阶段（…）：建立长效机制) gives two
 * measures, as the .docx does, though the printer cut each stage after its date's 日; a 责任单位 cell of
 * two units a paragraph each (大气科 / 执法支队) gives two units, while a long unit the column wraps
 * (生态环境保护综合 / 行政执法支队, and 宁波市生态环境局 / 执法支队, cut after a unit's end) stays one: the wrapped line
 * reaches the cell's edge, the paragraph's does not. Through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0310, 0319).
 */
@QuarkusTest
class ImportPdfCellParagraphBreaksTest {

  private static final List<Map<String, Object>> EXPECTED =
      List.of(
          problem(
              "信访积案化解不力",
              "信访积案化解不力。",
              List.of(),
              rows(1, 2, 2, 1),
              List.of(
                  measure("清理积案", List.of("信访科"), null, "张伟", "DEADLINE", "2024-07-31"),
                  measure("建立长效机制", List.of("信访科"), null, "张伟", "DEADLINE", "2024-09-30"))),
          problem(
              "执法案卷不规范",
              "执法案卷不规范。",
              List.of(),
              rows(1, 3, 3, 1),
              List.of(
                  measure("评查案卷", List.of("法规科"), null, "李娜", "DEADLINE", "2024-08-31"),
                  measure("规范执法文书", List.of("法规科"), null, "李娜", "DEADLINE", "2024-10-31"))),
          problem(
              "大气污染源排查不全",
              "大气污染源排查不全。",
              List.of(),
              rows(1, 4, 4, 1),
              List.of(
                  measure(
                      "开展大气污染源全面排查。",
                      List.of("大气科", "执法支队"),
                      null,
                      "王强",
                      "DEADLINE",
                      "2024-09-30"))),
          problem(
              "执法人员培训不足",
              "执法人员培训不足。",
              List.of(),
              rows(1, 5, 5, 1),
              List.of(
                  measure(
                      "组织执法人员轮训。",
                      List.of("生态环境保护综合行政执法支队"),
                      null,
                      "赵敏",
                      "DEADLINE",
                      "2024-12-31"))),
          problem(
              "执法记录仪使用不规范",
              "执法记录仪使用不规范。",
              List.of(),
              rows(1, 6, 6, 1),
              List.of(
                  measure(
                      "修订执法记录仪管理规定。",
                      List.of("宁波市生态环境局执法支队"),
                      null,
                      "钱军",
                      "DEADLINE",
                      "2024-11-30"))));

  @Test
  void theWordFileGivesTwoStagesTwoUnitsAndTheLongUnitsWhole() {
    JsonPath word = dryRunPath("表格导入", PdfCellBreaksTable.table().docx(), DocumentText.DOCX);
    assertEquals(withoutOrigins(EXPECTED), withoutOrigins(problems(word)), word.prettify());
  }

  @Test
  void libreOfficesPdfOfItReadsAsTheWordFile() throws IOException {
    JsonPath read =
        dryRunPath(
            "表格导入", resource("/formats/" + PdfCellBreaksTable.NAME + ".pdf"), DocumentText.PDF);
    assertEquals(EXPECTED, problems(read), read.prettify());
    assertEquals(List.of(), read.getList("warnings"), read.prettify());
  }
}
