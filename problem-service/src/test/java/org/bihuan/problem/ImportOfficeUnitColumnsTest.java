package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.bihuan.problem.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A county's units column named after its offices — 责任股室, 牵头股室, 责任股（室）, 责任中队, 责任站所, 牵头处（科）室 — is
 * the units column: every measure has its unit, and no column is left unread. Tables (.docx, .xlsx)
 * through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0342).
 */
@QuarkusTest
class ImportOfficeUnitColumnsTest {

  private static Ledgers.Table table(String unitsHeader) {
    return new Ledgers.Table(
        "台账",
        List.of(
            row("序号", "存在问题", "整改措施", "牵头领导", unitsHeader, "责任人", "完成时限"),
            row(1, "社保待遇审核不严。", "开展待遇资格复核。", "郜峰", "社保股", "臧琳", "2025年6月30日"),
            row(2, "基金对账不及时。", "建立月度对账制度。", "郜峰", "基金股、财务股", "宓雯", "2025年7月31日")),
        List.of(),
        7);
  }

  @ParameterizedTest
  @CsvSource({
    "责任股室, docx",
    "责任股室, xlsx",
    "牵头股室, xlsx",
    "责任股（室）, docx",
    "责任中队, xlsx",
    "责任站所, docx",
    "牵头处（科）室, xlsx"
  })
  void anOfficesUnitsColumnGivesEachMeasureItsUnits(String unitsHeader, String format) {
    JsonPath answer =
        dryRunTableFile(format, Ledgers.docxOrXlsx(format, "巡察整改任务清单", table(unitsHeader)));
    assertEquals(
        List.of(
            problem(
                "社保待遇审核不严",
                "社保待遇审核不严。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("开展待遇资格复核。", List.of("社保股"), "郜峰", "臧琳", "DEADLINE", "2025-06-30"))),
            problem(
                "基金对账不及时",
                "基金对账不及时。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure(
                        "建立月度对账制度。",
                        List.of("基金股", "财务股"),
                        "郜峰",
                        "宓雯",
                        "DEADLINE",
                        "2025-07-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
