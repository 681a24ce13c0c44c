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
import java.util.Map;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Task lists written by POI (Word table, Excel ledger), through {@code POST
 * /sources/{id}/import?dryRun=true}: a 整改措施 cell of numbered measures each ending with its own time
 * limit in brackets (1.…（2024年9月底前） 2.…（2024年10月底前）) gives each measure its bracket's time limit,
 * the bracket not in its text, beside a 完成时限 column naming the last of them (docs/decisions/0420).
 * Controls: a list where one item names no date, or an item's bracket is no time limit, reads as
 * before (the row's 完成时限 for every item, the brackets in the text).
 */
@QuarkusTest
class ImportMeasureItemTimeLimitsTest {

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void numberedMeasuresEachEndingWithTheirOwnTimeLimitTakeIt(String format) {
    Ledgers.Table table =
        new Ledgers.Table(
            "台账",
            List.of(
                row("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
                row(
                    1,
                    "食堂食品安全管理不规范。",
                    "1.全面清理食材供应商资质，补齐索证索票（2024年9月底前）；2.配备留样冰箱，落实48小时留样制度（2024年10月底前）；"
                        + "3.引入第三方食品安全检测（2024年12月底前）。",
                    "后勤服务中心",
                    "王强",
                    "2024年12月31日"),
                // controls: one item names no date; a bracket that is no time limit
                row(
                    2,
                    "车辆管理制度执行不严。",
                    "1.完善用车审批制度（2024年8月底前）；2.安装公务用车定位监控系统。",
                    "办公室",
                    "李娜",
                    "2024年11月30日"),
                row(
                    3,
                    "业务培训不足。",
                    "1.开展业务培训（每季度一次）；2.建立培训台账（2024年10月底前）。",
                    "人事科",
                    "赵磊",
                    "2024年12月31日")),
            List.of(),
            6);
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "整改任务清单", table));
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "食堂食品安全管理不规范",
                "食堂食品安全管理不规范。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure(
                        "全面清理食材供应商资质，补齐索证索票",
                        List.of("后勤服务中心"),
                        null,
                        "王强",
                        "DEADLINE",
                        "2024-09-30"),
                    measure(
                        "配备留样冰箱，落实48小时留样制度",
                        List.of("后勤服务中心"),
                        null,
                        "王强",
                        "DEADLINE",
                        "2024-10-31"),
                    measure(
                        "引入第三方食品安全检测", List.of("后勤服务中心"), null, "王强", "DEADLINE", "2024-12-31"))),
            problem(
                "车辆管理制度执行不严",
                "车辆管理制度执行不严。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure(
                        "完善用车审批制度（2024年8月底前）",
                        List.of("办公室"),
                        null,
                        "李娜",
                        "DEADLINE",
                        "2024-11-30"),
                    measure(
                        "安装公务用车定位监控系统。", List.of("办公室"), null, "李娜", "DEADLINE", "2024-11-30"))),
            problem(
                "业务培训不足",
                "业务培训不足。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(
                    measure("开展业务培训（每季度一次）", List.of("人事科"), null, "赵磊", "DEADLINE", "2024-12-31"),
                    measure(
                        "建立培训台账（2024年10月底前）。",
                        List.of("人事科"),
                        null,
                        "赵磊",
                        "DEADLINE",
                        "2024-12-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
  }
}
