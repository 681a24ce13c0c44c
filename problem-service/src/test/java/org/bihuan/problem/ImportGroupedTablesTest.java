package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.GroupedTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grouped and numbered task lists (0276), written by POI as .docx, .xlsx and .xls and read through
 * {@code POST /sources/{id}/import?dryRun=true}: group headings in the 问题类别 column, sub-numbered
 * rows 1-1/1-2 under a group row 1, numbered duty cells beside a numbered 整改措施 cell, a table's own
 * title row, a 整改目标 column (the problem's, 0330) and two bracketed duty groups in one 整改措施 cell.
 */
@QuarkusTest
class ImportGroupedTablesTest {

  private static final String SEP = "2024-09-30";
  private static final String DEC = "2024-12-31";

  private static JsonPath dryRun(String format) {
    return dryRunTableFile(format, GroupedTables.headingsInTheCategoryColumn(format));
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx", "xls"})
  void aHeadingInTheCategoryColumnIsTheCategoryOfTheRowsBelow(String format) {
    JsonPath answer = dryRun(format);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "理论学习不深入",
                "理论学习不深入。",
                List.of("政治建设方面"),
                tableOrSheetRows(format, 3, 3),
                List.of(measure("制定学习计划。", List.of("机关党委"), null, "周伟", "DEADLINE", DEC))),
            problem(
                "三会一课落实不到位",
                "三会一课落实不到位。",
                List.of("政治建设方面"),
                tableOrSheetRows(format, 4, 4),
                List.of(measure("严格执行三会一课制度。", List.of("党办"), null, "李四", "DEADLINE", DEC))),
            problem(
                "公务接待不规范",
                "公务接待不规范。",
                List.of("作风建设方面"),
                tableOrSheetRows(format, 6, 6),
                List.of(measure("修订接待制度。", List.of("办公室"), null, "王五", "DEADLINE", SEP))));
    assertEquals(expected, problems(answer), answer.prettify());
  }

  @Test
  void aGroupRowAboveSubNumberedProblemsIsTheirCategory() {
    JsonPath answer = dryRunTableFile("xlsx", GroupedTables.subNumberedRows("xlsx"));
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "未执行比价程序",
                "未执行比价程序。",
                List.of("采购管理方面"),
                tableOrSheetRows("xlsx", 3, 3),
                List.of(measure("建立比价制度。", List.of("采购办"), null, "孙丽", "DEADLINE", SEP))),
            problem(
                "合同审查缺失",
                "合同审查缺失。",
                List.of("采购管理方面"),
                tableOrSheetRows("xlsx", 4, 4),
                List.of(measure("建立合同审查制度。", List.of("法规科"), null, "刘芳", "DEADLINE", DEC))),
            problem(
                "白条入账",
                "白条入账。",
                List.of("财务管理方面"),
                tableOrSheetRows("xlsx", 6, 6),
                List.of(measure("严格报销审核。", List.of("财务科"), null, "王五", "DEADLINE", DEC))),
            problem(
                "资产账实不符",
                "资产账实不符。",
                List.of("财务管理方面"),
                tableOrSheetRows("xlsx", 7, 7),
                List.of(measure("开展资产清查。", List.of("财务科"), null, "王五", "DEADLINE", DEC))),
            problem(
                "档案管理不规范",
                "档案管理不规范。",
                List.of(),
                tableOrSheetRows("xlsx", 8, 10),
                List.of(
                    measure("开展档案清理。", List.of("办公室"), null, "李四", "DEADLINE", SEP),
                    measure("建立档案借阅登记。", List.of("办公室"), null, "李四", "DEADLINE", DEC))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx", "xls"})
  void numberedDutyCellsGiveEachNumberedMeasureItsOwnDuties(String format) {
    JsonPath answer = dryRunTableFile(format, GroupedTables.numberedDutyCells(format));
    List<String> shared = List.of("法规科", "办公室", "财务科");
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "政府采购程序不规范",
                "政府采购程序不规范。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("规范采购流程", List.of("采购办"), null, "孙丽", "DEADLINE", SEP),
                    measure("建立比价制度", List.of("财务科"), null, "王五", "DEADLINE", "2024-10-31"),
                    measure("开展专项审计。", List.of("审计科"), null, "赵六", "DEADLINE", DEC))),
            problem(
                "合同审查缺失",
                "合同审查缺失。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("建立合同审查制度。", shared, null, "刘芳", "DEADLINE", DEC),
                    measure("开展合同清理。", shared, null, "刘芳", "DEADLINE", DEC))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(
            containsString(
                "row 3: the 「责任单位」 cell lists 3 numbered items (「法规科」 …) beside 2 measures; they"
                    + " could not be matched by number")));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aTablesOwnTitleRowIsNoCategoryAndEndsTheGroupsAbove(boolean merged) {
    JsonPath answer = dryRunTableFile("docx", GroupedTables.titledSecondTable(merged, false));
    Map<String, Object> second = tableOrSheetRows("docx", 3, 3);
    second.put("table", 2);
    Map<String, Object> third = tableOrSheetRows("docx", 4, 4);
    third.put("table", 2);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "理论学习不深入",
                "理论学习不深入。",
                List.of("政治建设方面"),
                tableOrSheetRows("docx", 3, 3),
                List.of(measure("制定学习计划。", List.of("机关党委"), null, "周伟", "DEADLINE", DEC))),
            problem(
                "违规发放津贴补贴",
                "违规发放津贴补贴。",
                List.of(),
                second,
                List.of(measure("清退违规发放款项。", List.of("财务科"), null, "王五", "DEADLINE", DEC))),
            problem(
                "公车私用",
                "公车私用。",
                List.of(),
                third,
                List.of(measure("建立派车登记制度。", List.of("办公室"), null, "李四", "DEADLINE", SEP))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(containsString("「附件2：专项整治问题清单」 is the table's title, not a group")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx", "xls"})
  void aGoalColumnIsKeptAndEachBracketOfDutiesIsTheMeasuresBeforeIt(String format) {
    JsonPath answer = dryRunTableFile(format, GroupedTables.goalsAndTwoBracketedDuties(format));
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "理论学习不深入",
                "理论学习不深入。\n整改目标：学习制度化常态化",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(measure("制定学习计划。", List.of("机关党委"), null, "周伟", "DEADLINE", DEC))),
            problem(
                "公务接待不规范",
                "公务接待不规范。\n整改目标：接待规范有序",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("修订接待制度", List.of("办公室"), null, "张三", "DEADLINE", SEP),
                    measure("开展接待专项检查", List.of("纪检组"), null, "李四", "DEADLINE", SEP))));
    assertEquals(expected, problems(answer), answer.prettify());
  }
}
