package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.SubNumberedMeasures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Task lists written by POI as .docx, .xlsx and .xls and read through {@code POST
 * /sources/{id}/import?dryRun=true} (0288): measure rows numbered （1） ① 1) under a problem row,
 * units cells naming their helpers in a bracket, and placeholder cells (无, 暂无, —, ——, ／).
 */
@QuarkusTest
class ImportSubNumberedMeasuresTest {

  private static final String SEP = "2024-09-30";
  private static final String DEC = "2024-12-31";

  private static Map<String, Object> co(Map<String, Object> measure, String... units) {
    measure.put("coResponsibleUnits", List.of(units));
    return measure;
  }

  private static Map<String, Object> progress(Map<String, Object> measure, String note) {
    measure.put("progress", note);
    return measure;
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx", "xls"})
  void measureRowsNumberedAnotherWayUnderAProblemAreItsMeasures(String format) {
    JsonPath answer = dryRunTableFile(format, SubNumberedMeasures.measureRows(format));
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待不规范",
                "公务接待不规范。",
                List.of(),
                tableOrSheetRows(format, 2, 4),
                List.of(
                    measure("修订接待制度。", List.of("办公室"), null, "李四", "DEADLINE", DEC),
                    measure("建立接待台账。", List.of("财务科"), null, "王五", "DEADLINE", SEP))),
            problem(
                "会议费管理不严",
                "会议费管理不严。",
                List.of(),
                tableOrSheetRows(format, 5, 6),
                List.of(
                    measure("规范会议费报销。", List.of("财务科"), null, "王五", "DEADLINE", DEC),
                    measure("清退超范围费用。", List.of("财务科"), null, "王五", "DEADLINE", SEP))),
            problem(
                "资产账实不符",
                "资产账实不符。",
                List.of(),
                tableOrSheetRows(format, 7, 9),
                List.of(
                    measure("开展资产清查。", List.of("办公室"), null, "李四", "DEADLINE", DEC),
                    measure("建立资产台账。", List.of("财务科"), null, "王五", "DEADLINE", DEC))),
            problem(
                "档案管理不规范",
                "档案管理不规范。",
                List.of(),
                tableOrSheetRows(format, 10, 10),
                List.of(measure("开展档案清理。", List.of("办公室"), null, "李四", "DEADLINE", SEP))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx", "xls"})
  void aBracketNamingHelpersAfterAUnitGivesThemAsCoResponsible(String format) {
    JsonPath answer = dryRunTableFile(format, SubNumberedMeasures.helpersInBrackets(format));
    assertEquals(
        List.of(
            List.of(
                co(measure("腾退超标准办公用房。", List.of("机关事务中心"), null, "李强", "DEADLINE", DEC), "财务科")),
            List.of(co(measure("严控会议费支出。", List.of("财务科"), null, "李强", "DEADLINE", DEC), "办公室")),
            List.of(
                co(
                    measure("严格差旅费审核。", List.of("办公室"), null, "李强", "DEADLINE", DEC),
                    "财务科",
                    "审计科",
                    "法规科"))),
        answer.getList("problems.measures"),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx", "xls"})
  void placeholderCellsNameNoUnitPersonLeaderOrProgress(String format) {
    JsonPath answer = dryRunTableFile(format, SubNumberedMeasures.placeholders(format));
    assertEquals(
        List.of(
            List.of(measure("配齐消防设施。", List.of("办公室"), "张伟", "李娜", "DEADLINE", SEP)),
            List.of(measure("建立维修审批制度。", List.of("办公室"), null, null, "DEADLINE", SEP)),
            List.of(measure("盘活闲置设备。", List.of("办公室"), null, "李娜", "DEADLINE", SEP)),
            List.of(
                progress(measure("制定预约制度。", List.of(), "张伟", "李娜", "DEADLINE", SEP), "预约制度已起草"))),
        answer.getList("problems.measures"),
        answer.prettify());
    assertThat(answer.getList("warnings", String.class), everyItem(not(containsString("「无"))));
  }
}
