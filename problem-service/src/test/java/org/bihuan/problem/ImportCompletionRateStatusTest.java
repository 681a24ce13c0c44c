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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 完成情况 cell or a time limit's bracket giving a completion rate: 完成率100%, 完成率 100％ and 已完成100%
 * report the measure done (its status hint and warning, as 已完成 gives them); 完成率60% is progress
 * under way. Word and Excel tables written by POI through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0347).
 */
@QuarkusTest
class ImportCompletionRateStatusTest {

  private static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限", "完成情况"),
              row(1, "档案室温湿度不达标。", "购置恒温恒湿设备。", "档案股", "亓永红", "2025年5月31日", "完成率100%"),
              row(2, "借阅登记不规范。", "启用电子借阅登记系统。", "利用股", "亓永红", "2025年6月30日", "完成率 100％"),
              row(3, "数字化进度滞后。", "分批推进馆藏档案数字化。", "技术股", "亓永红", "2025年12月31日", "完成率60%"),
              row(4, "库房巡查记录缺失。", "建立库房日巡查制度。", "保管股", "亓永红", "2025年7月31日（已完成100%）", "")),
          List.of(),
          7);

  private static Map<String, Object> withProgress(
      Map<String, Object> measure, String progress, String hint) {
    Map<String, Object> m = new LinkedHashMap<>(measure);
    m.put("progress", progress);
    m.put("statusHint", hint);
    return m;
  }

  private static Map<String, Object> problemOfRow(
      String format, int row, String title, Map<String, Object> measure) {
    return problem(
        title, title + "。", List.of(), tableOrSheetRows(format, row, row), List.of(measure));
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aCompletionRateOfAllIsReportedDone(String format) {
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "档案整改台账", TABLE));
    assertEquals(
        List.of(
            problemOfRow(
                format,
                2,
                "档案室温湿度不达标",
                withProgress(
                    measure("购置恒温恒湿设备。", List.of("档案股"), null, "亓永红", "DEADLINE", "2025-05-31"),
                    "完成率100%",
                    "REPORTED_DONE")),
            problemOfRow(
                format,
                3,
                "借阅登记不规范",
                withProgress(
                    measure("启用电子借阅登记系统。", List.of("利用股"), null, "亓永红", "DEADLINE", "2025-06-30"),
                    "完成率 100％",
                    "REPORTED_DONE")),
            problemOfRow(
                format,
                4,
                "数字化进度滞后",
                withProgress(
                    measure("分批推进馆藏档案数字化。", List.of("技术股"), null, "亓永红", "DEADLINE", "2025-12-31"),
                    "完成率60%",
                    null)),
            problemOfRow(
                format,
                5,
                "库房巡查记录缺失",
                withProgress(
                    measure("建立库房日巡查制度。", List.of("保管股"), null, "亓永红", "DEADLINE", "2025-07-31"),
                    "已完成100%",
                    "REPORTED_DONE"))),
        problems(answer),
        answer.prettify());
    assertEquals(3, answer.getList("warnings").size(), answer.prettify());
  }
}
