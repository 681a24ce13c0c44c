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
 * A plan's label 责任股（室）：综合股 names the units (not text of the measure), and a time limit that says
 * the measure's progress in brackets — 2025年9月30日（已完成）, 2025年10月31日（正在推进） — keeps it as the
 * progress note, a measure reported done with its status hint and warning, as a 完成情况 cell gives
 * them. Plans (text, .docx) and tables (.docx, .xlsx) through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0342).
 */
@QuarkusTest
class ImportOfficeLabelsAndStatusAfterTimeLimitsTest {

  private static final String PLAN =
      """
      ××县人社局巡察整改方案
      一、整改任务
      1.窗口服务效率不高。
      整改措施：推行首问负责制。
      责任股（室）：综合股；责任人：隗敏；完成时限：2025年9月30日（已完成）
      2.业务培训不系统。
      整改措施：制定年度培训计划。
      牵头股室：培训股；责任人：隗敏；完成时限：2025年10月31日（正在推进）
      """;

  private static Map<String, Object> withProgress(
      Map<String, Object> measure, String progress, String hint) {
    Map<String, Object> m = new LinkedHashMap<>(measure);
    m.put("progress", progress);
    m.put("statusHint", hint);
    return m;
  }

  private static List<Map<String, Object>> expected(
      Map<String, Object> first, Map<String, Object> second) {
    return List.of(
        problem(
            "窗口服务效率不高",
            "窗口服务效率不高。",
            List.of(),
            first,
            List.of(
                withProgress(
                    measure("推行首问负责制。", List.of("综合股"), null, "隗敏", "DEADLINE", "2025-09-30"),
                    "已完成",
                    "REPORTED_DONE"))),
        problem(
            "业务培训不系统",
            "业务培训不系统。",
            List.of(),
            second,
            List.of(
                withProgress(
                    measure("制定年度培训计划。", List.of("培训股"), null, "隗敏", "DEADLINE", "2025-10-31"),
                    "正在推进",
                    null))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void anOfficeLabelNamesTheUnitsAndATimeLimitsBracketIsTheProgress(String format)
      throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        expected(lines(3, 5, null), lines(6, 8, null)), problems(answer), answer.prettify());
    assertEquals(
        List.of(
            "Problem 「窗口服务效率不高」, measure 「推行首问负责制。」: the document reports it done; it is imported"
                + " as not yet verified (its evidence still has to be checked)."),
        answer.getList("warnings"),
        answer.prettify());
  }

  private static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任股（室）", "责任人", "完成时限"),
              row(1, "窗口服务效率不高。", "推行首问负责制。", "综合股", "隗敏", "2025年9月30日（已完成）"),
              row(2, "业务培训不系统。", "制定年度培训计划。", "培训股", "隗敏", "2025年10月31日（正在推进）")),
          List.of(),
          6);

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aTablesTimeLimitBracketIsTheProgress(String format) {
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "巡察整改任务清单", TABLE));
    assertEquals(
        expected(tableOrSheetRows(format, 2, 2), tableOrSheetRows(format, 3, 3)),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Problem 「窗口服务效率不高」, measure 「推行首问负责制。」: the document reports it done; it is imported"
                + " as not yet verified (its evidence still has to be checked)."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
