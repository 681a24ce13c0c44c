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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A list of units is split at 、 outside brackets only: 办公室（含档案室、机要室） is one unit — the remark 含…
 * left out of its name, as 财务科（含下属单位） is — and 信息中心（网络安全、数据管理） keeps its bracket whole; no unit has
 * a bracket that does not pair. Plans (text, .docx) and tables (.docx, .xlsx) through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0342).
 */
@QuarkusTest
class ImportUnitListsWithBracketsTest {

  private static final String PLAN =
      """
      ××县档案局巡察整改方案
      一、存在问题及整改措施
      1.涉密文件管理不规范。
      整改措施：开展涉密文件清查。
      责任单位：办公室（含档案室、机要室）；责任人：邵岚；整改时限：2025年6月30日
      2.国库集中支付审核不严。
      整改措施：修订支付审核办法。
      责任单位：审计科；配合单位：财务科（含会计核算中心、国库支付中心）、法规科；整改时限：2025年7月31日
      3.政务数据共享滞后。
      整改措施：建立数据共享目录。
      责任单位：信息中心（网络安全、数据管理）、办公室；整改时限：2025年8月31日
      """;

  private static Map<String, Object> helped(Map<String, Object> measure, List<String> coUnits) {
    Map<String, Object> m = new LinkedHashMap<>(measure);
    m.put("coResponsibleUnits", coUnits);
    return m;
  }

  private static List<Map<String, Object>> expected(List<Map<String, Object>> origins) {
    return List.of(
        problem(
            "涉密文件管理不规范",
            "涉密文件管理不规范。",
            List.of(),
            origins.get(0),
            List.of(measure("开展涉密文件清查。", List.of("办公室"), null, "邵岚", "DEADLINE", "2025-06-30"))),
        problem(
            "国库集中支付审核不严",
            "国库集中支付审核不严。",
            List.of(),
            origins.get(1),
            List.of(
                helped(
                    measure("修订支付审核办法。", List.of("审计科"), null, null, "DEADLINE", "2025-07-31"),
                    List.of("财务科", "法规科")))),
        problem(
            "政务数据共享滞后",
            "政务数据共享滞后。",
            List.of(),
            origins.get(2),
            List.of(
                measure(
                    "建立数据共享目录。",
                    List.of("信息中心（网络安全、数据管理）", "办公室"),
                    null,
                    null,
                    "DEADLINE",
                    "2025-08-31"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansUnitListKeepsEachBracketWhole(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        expected(List.of(lines(3, 5, null), lines(6, 8, null), lines(9, 11, null))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  private static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任单位", "配合单位", "责任人", "完成时限"),
              row(1, "涉密文件管理不规范。", "开展涉密文件清查。", "办公室（含档案室、机要室）", null, "邵岚", "2025年6月30日"),
              row(
                  2,
                  "国库集中支付审核不严。",
                  "修订支付审核办法。",
                  "审计科",
                  "财务科（含会计核算中心、国库支付中心）、法规科",
                  null,
                  "2025年7月31日"),
              row(3, "政务数据共享滞后。", "建立数据共享目录。", "信息中心（网络安全、数据管理）、办公室", null, null, "2025年8月31日")),
          List.of(),
          7);

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aTablesUnitCellKeepsEachBracketWhole(String format) {
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "巡察整改任务清单", TABLE));
    assertEquals(
        expected(
            List.of(
                tableOrSheetRows(format, 2, 2),
                tableOrSheetRows(format, 3, 3),
                tableOrSheetRows(format, 4, 4))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
