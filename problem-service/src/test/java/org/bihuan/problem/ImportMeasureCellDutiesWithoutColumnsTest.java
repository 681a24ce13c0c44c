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
 * /sources/{id}/import?dryRun=true}: a 整改措施 cell whose sentence is followed by a labelled time
 * limit or person (…实行发文审核备案。完成时限：2024年9月30日, 修订应急预案；责任人：何涛) gives the measure that field, the
 * label not in its text, where the table has no column for it (docs/decisions/0421). Controls:
 * running words after the label (完成时限：2024年6月30日前完成并报送整改报告, 责任人：各支部书记要带头执行) stay the measure's
 * text, and beside a 完成时限 column the label stays in the text and the column is the measure's.
 */
@QuarkusTest
class ImportMeasureCellDutiesWithoutColumnsTest {

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void labelledFieldsAfterTheSentenceAreTheMeasuresWhereNoColumnNamesThem(String format) {
    Ledgers.Table table =
        new Ledgers.Table(
            "台账",
            List.of(
                row("序号", "存在问题", "整改措施", "责任单位"),
                row(1, "文山会海问题仍然存在。", "严格控制发文数量，实行发文审核备案。完成时限：2024年9月30日", "办公室"),
                row(2, "调查研究不深入。", "合并同类会议，推行视频会议。完成时限：长期坚持", "办公室"),
                row(3, "应急演练流于形式。", "修订应急预案；责任人：何涛", "安全保卫科"),
                row(4, "考勤管理不严。", "加强考勤管理；责任人：各支部书记要带头执行", "人事科")),
            List.of(),
            4);
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "整改任务清单", table));
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "文山会海问题仍然存在",
                "文山会海问题仍然存在。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure(
                        "严格控制发文数量，实行发文审核备案。",
                        List.of("办公室"),
                        null,
                        null,
                        "DEADLINE",
                        "2024-09-30"))),
            problem(
                "调查研究不深入",
                "调查研究不深入。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(measure("合并同类会议，推行视频会议。", List.of("办公室"), null, null, "LONG_TERM", null))),
            problem(
                "应急演练流于形式",
                "应急演练流于形式。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(measure("修订应急预案", List.of("安全保卫科"), null, "何涛", null, null))),
            problem(
                "考勤管理不严",
                "考勤管理不严。",
                List.of(),
                tableOrSheetRows(format, 5, 5),
                List.of(measure("加强考勤管理；责任人：各支部书记要带头执行", List.of("人事科"), null, null, null, null))));
    assertEquals(expected, problems(answer), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void besideAColumnTheLabelStaysInTheTextAndTheColumnIsTheMeasures(String format) {
    Ledgers.Table table =
        new Ledgers.Table(
            "台账",
            List.of(
                row("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
                row(1, "文山会海问题仍然存在。", "实行发文审核备案。完成时限：2024年6月30日", "办公室", "赵磊", "2024年12月31日")),
            List.of(),
            6);
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "整改任务清单", table));
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "文山会海问题仍然存在",
                "文山会海问题仍然存在。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure(
                        "实行发文审核备案。完成时限：2024年6月30日",
                        List.of("办公室"),
                        null,
                        "赵磊",
                        "DEADLINE",
                        "2024-12-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
  }
}
