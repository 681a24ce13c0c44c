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
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A problem text typed over two rows of a table, the second row with no 序号 and nothing but the rest
 * of the text, is one problem (0360) whose origin names both rows, [2, 3], so that the
 * administrator checking the dry run against the file finds all of it. From a Word table and an
 * Excel ledger, through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0362).
 */
@QuarkusTest
class ImportContinuedRowOriginsTest {

  static final List<List<Object>> ROWS =
      List.of(
          List.of("序号", "存在问题", "整改措施", "责任单位", "完成时限"),
          List.of("1", "部分单位政府采购未按规定公开采购意向，", "规范采购意向公开", "财务科", "2024年9月30日"),
          List.of("", "涉及金额120万元。", "", "", ""),
          List.of("2", "固定资产未定期盘点。", "开展资产盘点", "资产科", "2024年10月31日"));

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aProblemJoinedFromTwoRowsHasBothRows(String format) {
    byte[] file =
        Ledgers.docxOrXlsx(format, "县财政局整改台账", new Ledgers.Table("台账", ROWS, List.of(), 5));
    JsonPath answer = dryRunTableFile(format, file);
    String joined = "部分单位政府采购未按规定公开采购意向，涉及金额120万元。";
    assertEquals(
        List.of(
            problem(
                joined.substring(0, joined.length() - 1),
                joined,
                List.of(),
                tableOrSheetRows(format, 2, 3),
                List.of(measure("规范采购意向公开", List.of("财务科"), null, null, "DEADLINE", "2024-09-30"))),
            problem(
                "固定资产未定期盘点",
                "固定资产未定期盘点。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(measure("开展资产盘点", List.of("资产科"), null, null, "DEADLINE", "2024-10-31")))),
        problems(answer),
        answer.prettify());
  }
}
