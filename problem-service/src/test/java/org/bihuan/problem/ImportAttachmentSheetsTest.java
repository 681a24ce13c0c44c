package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.sheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.AttachmentSheets;
import org.junit.jupiter.api.Test;

/**
 * Sheets named 「附件1」 (under the title row 「附件1 巡察反馈问题整改台账」) and 「Sheet1 (2)」, read through {@code
 * POST /sources/{id}/import?dryRun=true} (docs/decisions/0365): such names say nothing about their
 * problems and are no category; the title row is not a problem.
 */
@QuarkusTest
class ImportAttachmentSheetsTest {

  private static final String DEC = "2024-12-31";

  @Test
  void attachmentAndCopiedSheetNamesAreNoCategory() {
    JsonPath answer = dryRunTableFile("xlsx", AttachmentSheets.xlsx());
    assertEquals(
        List.of(
            problem(
                "食堂管理不规范",
                "食堂管理不规范。",
                List.of(),
                sheetRows("附件1", 3, 3),
                List.of(measure("完善食堂管理制度", List.of("后勤科"), null, null, "DEADLINE", DEC))),
            problem(
                "车辆使用登记不全",
                "车辆使用登记不全。",
                List.of(),
                sheetRows("附件1", 4, 4),
                List.of(measure("建立车辆使用台账", List.of("办公室"), null, null, "DEADLINE", DEC))),
            problem(
                "档案移交不及时",
                "档案移交不及时。",
                List.of(),
                sheetRows("Sheet1 (2)", 2, 2),
                List.of(measure("完成档案移交", List.of("档案室"), null, null, "DEADLINE", DEC)))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
