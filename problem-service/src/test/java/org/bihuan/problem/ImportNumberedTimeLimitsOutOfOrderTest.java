package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.bihuan.problem.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A numbered time limit whose items are written in another order than their numbers
 * (整改时限：2.2025年6月底前；1.2025年3月底前, （3）…；（1）…；（2）…, 2.长期坚持 1.立行立改, or one a line in a table's cell):
 * item n goes to measure n by its number, not by its place (0305's rule), from a text and a .docx
 * plan, a Word table and an .xlsx ledger through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0306).
 */
@QuarkusTest
class ImportNumberedTimeLimitsOutOfOrderTest {

  private static final String PLAN =
      """
      ××县卫生健康局巡察整改方案
      一、存在问题及整改措施
      1.固定资产管理不规范。
      整改措施：1.开展固定资产全面清查；2.建立固定资产管理台账。
      责任单位：财务科
      责任人：张三
      整改时限：2.2025年6月底前；1.2025年3月底前
      2.合同管理不严格。
      整改措施：（1）清理在履行合同；（2）修订合同管理办法；（3）开展合同管理培训。
      责任单位：法规科
      整改时限：（3）2025年12月31日；（1）2025年5月31日；（2）2025年8月31日
      3.医保基金使用监管不到位。
      整改措施：1.开展医保基金专项检查；2.建立医保基金监管长效机制。
      责任单位：医保科
      整改时限：2.长期坚持 1.立行立改
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansTimeLimitsOutOfOrderGoByTheirNumbers(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "固定资产管理不规范",
                "固定资产管理不规范。",
                List.of(),
                lines(3, 7, null),
                List.of(
                    measure("开展固定资产全面清查", List.of("财务科"), null, "张三", "DEADLINE", "2025-03-31"),
                    measure("建立固定资产管理台账。", List.of("财务科"), null, "张三", "DEADLINE", "2025-06-30"))),
            problem(
                "合同管理不严格",
                "合同管理不严格。",
                List.of(),
                lines(8, 11, null),
                List.of(
                    measure("清理在履行合同", List.of("法规科"), null, null, "DEADLINE", "2025-05-31"),
                    measure("修订合同管理办法", List.of("法规科"), null, null, "DEADLINE", "2025-08-31"),
                    measure("开展合同管理培训。", List.of("法规科"), null, null, "DEADLINE", "2025-12-31"))),
            problem(
                "医保基金使用监管不到位",
                "医保基金使用监管不到位。",
                List.of(),
                lines(12, 15, null),
                List.of(
                    measure("开展医保基金专项检查", List.of("医保科"), null, null, "IMMEDIATE", null),
                    measure("建立医保基金监管长效机制。", List.of("医保科"), null, null, "LONG_TERM", null)))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  private static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
              row(
                  1,
                  "固定资产管理不规范。",
                  "1.开展固定资产全面清查；2.建立固定资产管理台账。",
                  "财务科",
                  "张三",
                  "2.2025年6月底前；1.2025年3月底前"),
              row(
                  2,
                  "合同管理不严格。",
                  "（1）清理在履行合同；（2）修订合同管理办法；（3）开展合同管理培训。",
                  "法规科",
                  "李四",
                  "（3）2025年12月31日\n（1）2025年5月31日\n（2）2025年8月31日"),
              row(3, "医保基金使用监管不到位。", "1.开展医保基金专项检查；2.建立医保基金监管长效机制。", "医保科", "王五", "2.长期坚持；1.立行立改")),
          List.of(),
          6);

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aTableCellsTimeLimitsOutOfOrderGoByTheirNumbers(String format) {
    byte[] file = Ledgers.docxOrXlsx(format, "巡察反馈问题整改台账", TABLE);
    JsonPath answer = dryRunTableFile(format, file);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "固定资产管理不规范",
                "固定资产管理不规范。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("开展固定资产全面清查", List.of("财务科"), null, "张三", "DEADLINE", "2025-03-31"),
                    measure("建立固定资产管理台账。", List.of("财务科"), null, "张三", "DEADLINE", "2025-06-30"))),
            problem(
                "合同管理不严格",
                "合同管理不严格。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("清理在履行合同", List.of("法规科"), null, "李四", "DEADLINE", "2025-05-31"),
                    measure("修订合同管理办法", List.of("法规科"), null, "李四", "DEADLINE", "2025-08-31"),
                    measure("开展合同管理培训。", List.of("法规科"), null, "李四", "DEADLINE", "2025-12-31"))),
            problem(
                "医保基金使用监管不到位",
                "医保基金使用监管不到位。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(
                    measure("开展医保基金专项检查", List.of("医保科"), null, "王五", "IMMEDIATE", null),
                    measure("建立医保基金监管长效机制。", List.of("医保科"), null, "王五", "LONG_TERM", null))));
    assertEquals(expected, problems(answer), answer.prettify());
    String where = format.equals("docx") ? "Table " : "Sheet 「台账」 ";
    assertEquals(
        List.of(
            where + "row 2: " + numberedMeasures(2, "开展固定资产全面清查"),
            where + "row 3: " + numberedMeasures(3, "清理在履行合同"),
            where + "row 4: " + numberedMeasures(2, "开展医保基金专项检查")),
        answer.getList("warnings"),
        answer.prettify());
  }

  private static String numberedMeasures(int count, String first) {
    return "the 整改措施 cell lists "
        + count
        + " numbered measures (「"
        + first
        + "」 …); each was imported as a measure of its own, without its number, with the item of"
        + " the same number in the numbered duty cells and the row's other duties.";
  }
}
