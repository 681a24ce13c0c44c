package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.bihuan.problem.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.GroupedTables;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Duty cells whose lines are paired with the measures only when every line is a whole entry of its
 * column: a unit's name broken over two lines (市场监督管理局 / 执法稽查科, 党政办公室（ / 综合科）) or a name list
 * broken inside a name (王强、李 / 明华) stays every measure's, warned; and unnumbered measure lines,
 * each a whole sentence opening with an action, beside one time limit and duty cells that do not
 * pair line by line, are as many measures, each with the row's duties (docs/decisions/0431). Word
 * table and Excel ledger written by POI, through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportWholeDutyEntriesTest {

  private static Ledgers.Table brokenNames() {
    return new Ledgers.Table(
        "台账",
        List.of(
            row("序号", "存在问题", "整改措施", "牵头领导", "责任单位", "责任人", "完成时限"),
            row(1, "执法台账不健全。", "1.建立执法台账。\n2.开展专项检查。", "张志远", "市场监督管理局\n执法稽查科", "王强", "2024年9月30日"),
            row(
                2,
                "公文处理不及时。",
                "1.修订公文处理办法。\n2.通报办理情况。",
                "李红梅",
                "党政办公室（\n综合科）",
                "周敏",
                "2024年10月31日"),
            row(3, "值班制度落实不到位。", "1.完善值班制度。\n2.开展值班检查。", "马国庆", "办公室", "王强、李\n明华", "2024年11月30日"),
            row(
                4,
                "合同管理不规范。",
                "1.建立合同审查制度。\n2.开展合同清理。",
                "马国庆",
                "法规科\n财务科",
                "何涛\n钱芳",
                "2024年12月31日")),
        List.of(),
        7);
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aNameBrokenOverTwoLinesIsEveryMeasures(String format) {
    JsonPath answer = dryRunTableFile(format, GroupedTables.write(format, brokenNames()));
    // every measure the whole cell, read as before 0422 (its lines still read as units of their
    // own:
    // docs/integration.md §6)
    List<String> bureau = List.of("市场监督管理局", "执法稽查科");
    List<String> office = List.of("党政办公室（", "综合科）");
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "执法台账不健全",
                "执法台账不健全。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("建立执法台账。", bureau, "张志远", "王强", "DEADLINE", "2024-09-30"),
                    measure("开展专项检查。", bureau, "张志远", "王强", "DEADLINE", "2024-09-30"))),
            problem(
                "公文处理不及时",
                "公文处理不及时。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("修订公文处理办法。", office, "李红梅", "周敏", "DEADLINE", "2024-10-31"),
                    measure("通报办理情况。", office, "李红梅", "周敏", "DEADLINE", "2024-10-31"))),
            problem(
                "值班制度落实不到位",
                "值班制度落实不到位。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(
                    measure("完善值班制度。", List.of("办公室"), "马国庆", "王强、李、明华", "DEADLINE", "2024-11-30"),
                    measure(
                        "开展值班检查。", List.of("办公室"), "马国庆", "王强、李、明华", "DEADLINE", "2024-11-30"))),
            problem(
                "合同管理不规范",
                "合同管理不规范。",
                List.of(),
                tableOrSheetRows(format, 5, 5),
                // control: whole entries a line each, paired as 0422 reads them
                List.of(
                    measure("建立合同审查制度。", List.of("法规科"), "马国庆", "何涛", "DEADLINE", "2024-12-31"),
                    measure("开展合同清理。", List.of("财务科"), "马国庆", "钱芳", "DEADLINE", "2024-12-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertTrue(
        warnings.stream()
            .anyMatch(w -> w.contains("row 2") && w.contains("「责任单位」") && w.contains("not whole")),
        answer.prettify());
  }

  private static Ledgers.Table unnumberedLines() {
    return new Ledgers.Table(
        "台账",
        List.of(
            row("序号", "存在问题", "整改措施", "牵头领导", "责任单位", "责任人", "完成时限"),
            row(
                1,
                "固定资产账实不符。",
                "全面清查固定资产。\n对盘亏资产查明原因。\n完善资产管理系统。",
                "石磊",
                "资产管理科\n财务科",
                "任杰\n任杰\n任杰",
                "2024年10月31日"),
            row(2, "会议纪要归档不及时。", "建立会议纪要归档制度，明确专人负责。", "石磊", "办公室", "周敏", "2024年11月30日")),
        List.of(),
        7);
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void unnumberedSentencesOfActionBesideOneDateAreAsManyMeasures(String format) {
    JsonPath answer = dryRunTableFile(format, GroupedTables.write(format, unnumberedLines()));
    List<String> units = List.of("资产管理科", "财务科");
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "固定资产账实不符",
                "固定资产账实不符。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("全面清查固定资产。", units, "石磊", "任杰", "DEADLINE", "2024-10-31"),
                    measure("对盘亏资产查明原因。", units, "石磊", "任杰", "DEADLINE", "2024-10-31"),
                    measure("完善资产管理系统。", units, "石磊", "任杰", "DEADLINE", "2024-10-31"))),
            problem(
                "会议纪要归档不及时",
                "会议纪要归档不及时。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                // control: one measure wrapped mid-sentence stays one
                List.of(
                    measure(
                        "建立会议纪要归档制度，明确专人负责。",
                        List.of("办公室"),
                        "石磊",
                        "周敏",
                        "DEADLINE",
                        "2024-11-30"))));
    assertEquals(expected, problems(answer), answer.prettify());
  }
}
