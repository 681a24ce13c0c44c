package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.TableRowFindings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A duties column (责任分工及时限, 责任分工, 责任落实) whose cells write their own labels — 责任领导：… 责任单位：… 责任人：…
 * 完成时限：…, one per paragraph or on one line separated by ； — fills each measure's leader, units,
 * person and time limit, read through {@code POST /sources/{id}/import?dryRun=true} from a Word
 * table and an Excel ledger; no warning says a 责任单位 is missing (docs/decisions/0360).
 */
@QuarkusTest
class ImportLabelledDutyCellsTest {

  @ParameterizedTest
  @CsvSource({
    "docx, 责任分工及时限",
    "xlsx, 责任分工及时限",
    "docx, 责任分工",
    "xlsx, 责任分工",
    "docx, 责任落实",
    "xlsx, 责任落实"
  })
  void labelledLinesInADutiesCellFillTheMeasure(String format, String dutiesHeader) {
    JsonPath answer =
        dryRunTableFile(format, TableRowFindings.labelledDutyCells(format, dutiesHeader));
    assertEquals(
        List.of(
            problem(
                "占道经营治理反弹，老城区早市秩序混乱",
                "占道经营治理反弹，老城区早市秩序混乱。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure(
                        "开展占道经营集中整治，设置临时疏导点。",
                        List.of("市容管理股", "城管执法大队一中队"),
                        "欧阳修",
                        "王强",
                        "DEADLINE",
                        "2024-09-30"))),
            problem(
                "执法人员着装不规范，存在粗暴执法现象",
                "执法人员着装不规范，存在粗暴执法现象。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("开展执法规范化培训。", List.of("法制股"), "李四", "张三", "DEADLINE", "2024-10-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
