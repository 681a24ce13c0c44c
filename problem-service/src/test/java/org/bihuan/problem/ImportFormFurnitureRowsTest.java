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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.GroupedTables;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What official forms print between the header and the problems, in a Word table and an Excel
 * ledger written by POI, through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0409): a row numbering the columns 1 2 3 … 7, a 填写说明：… row merged across, and
 * group rows counting their problems (一、党的建设方面（共2个问题））. None of them is a problem, a category holds
 * the group's name without its count, and the note is named in the warnings.
 */
@QuarkusTest
class ImportFormFurnitureRowsTest {

  private static final String NOTE = "填写说明：问题描述应简明扼要，整改措施应具体可行，完成时限精确到日。";

  private static Ledgers.Table form() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限", "备注"));
    rows.add(row("1", "2", "3", "4", "5", "6", "7"));
    rows.add(row(NOTE, null, null, null, null, null, null));
    rows.add(row("一、党的建设方面（共2个问题）", null, null, null, null, null, null));
    rows.add(row(1, "意识形态工作责任制落实不到位。", "制定意识形态工作责任清单。", "党委办公室", "周敏", GroupedTables.SEP, null));
    rows.add(row(2, "党费收缴使用管理不规范。", "开展党费收缴专项检查。", "组织科", "李娜", GroupedTables.DEC, null));
    rows.add(row("二、作风建设方面（1项）", null, null, null, null, null, null));
    rows.add(row(3, "文山会海问题仍然存在。", "压减会议和发文数量。", "综合科", "王强", GroupedTables.DEC, null));
    return new Ledgers.Table(
        "台账",
        rows,
        List.of(new int[] {2, 2, 0, 6}, new int[] {3, 3, 0, 6}, new int[] {6, 6, 0, 6}),
        7);
  }

  private static Map<String, Object> expected(
      String format,
      String title,
      String category,
      int row,
      String measure,
      String unit,
      String person,
      String deadline) {
    return problem(
        title,
        title + "。",
        List.of(category),
        tableOrSheetRows(format, row, row),
        List.of(measure(measure, List.of(unit), null, person, "DEADLINE", deadline)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void columnNumbersNotesAndGroupCountsAreNoProblems(String format) {
    JsonPath answer = dryRunTableFile(format, GroupedTables.write(format, form()));
    assertEquals(
        List.of(
            expected(
                format,
                "意识形态工作责任制落实不到位",
                "党的建设方面",
                5,
                "制定意识形态工作责任清单。",
                "党委办公室",
                "周敏",
                "2024-09-30"),
            expected(format, "党费收缴使用管理不规范", "党的建设方面", 6, "开展党费收缴专项检查。", "组织科", "李娜", "2024-12-31"),
            expected(format, "文山会海问题仍然存在", "作风建设方面", 8, "压减会议和发文数量。", "综合科", "王强", "2024-12-31")),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertEquals(1, warnings.size(), answer.prettify());
    assertEquals(true, warnings.get(0).contains("is a note (「填写说明：问题描述应简明扼要"), answer.prettify());
  }

  @org.junit.jupiter.api.Test
  void aPlansGroupsAreNamedWithoutTheirCounts() throws java.io.IOException {
    JsonPath answer =
        org.bihuan.problem.support.ImportAnswers.dryRunPlan(
            "text",
            """
            专项检查发现问题整改方案
            一、安全生产方面存在的问题（共1个问题）
            1.应急预案演练流于形式。
            整改措施：修订综合应急预案并组织一次综合演练。
            责任部门：安全保卫科；整改时限：2024年11月30日
            二、作风建设方面存在的问题（共1个问题）
            1.调查研究不深入。
            整改措施：制定年度调研计划。
            责任部门：党委办公室；整改时限：2024年12月31日
            """);
    assertEquals(
        List.of(List.of("安全生产方面存在的问题"), List.of("作风建设方面存在的问题")),
        answer.getList("problems.categoryPath"),
        answer.prettify());
  }
}
