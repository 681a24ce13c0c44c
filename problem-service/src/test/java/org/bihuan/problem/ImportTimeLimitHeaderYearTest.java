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
import org.bihuan.problem.support.GroupedTables;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A task list whose 完成时限 header names the year (完成时限（2024年）) over cells 8月31日, 9月30日, while its
 * problems cite figures of 2023 more often: the dates are read in the header's year, not in the
 * year the text names most. Word table and Excel ledger written by POI, through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0411). Under such a header, a cell of yearless
 * dates a paragraph per measure (6月30日 / 9月30日) gives measure n paragraph n, as dated paragraphs do
 * (0408, 0418).
 */
@QuarkusTest
class ImportTimeLimitHeaderYearTest {

  private static Ledgers.Table table(String timeLimit) {
    return new Ledgers.Table(
        "台账",
        List.of(
            row("序号", "存在问题", "整改措施", "责任单位", "责任人", timeLimit),
            row(1, "2023年以局名义印发文件较2022年增长15%。", "严格控制发文数量。", "办公室", "赵磊", "9月30日"),
            row(2, "2023年3次月报逾期报送，2023年12月被通报。", "建立统计报送提醒机制。", "统计科", "钱芳", "8月31日")),
        List.of(),
        6);
  }

  private static List<String> deadlines(JsonPath answer) {
    return answer.getList("problems.measures.deadline.flatten()");
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void datesWithoutAYearAreReadInTheYearTheHeaderNames(String format) {
    JsonPath answer = dryRunTableFile(format, GroupedTables.write(format, table("完成时限（2024年）")));
    assertEquals(List.of("2024-09-30", "2024-08-31"), deadlines(answer), answer.prettify());
    // without it, the year the text names most
    JsonPath plain = dryRunTableFile(format, GroupedTables.write(format, table("完成时限")));
    assertEquals(List.of("2023-09-30", "2023-08-31"), deadlines(plain), plain.prettify());
  }

  private static Ledgers.Table paragraphs(String timeLimit) {
    return new Ledgers.Table(
        "台账",
        List.of(
            row("序号", "存在问题", "整改措施", "责任单位", "责任人", timeLimit),
            row(1, "2024年中心组集中学习仅8次。", "1.制定年度学习计划。\n2.每季度通报学习情况。", "办公室", "张敏", "6月30日\n9月30日"),
            row(2, "车辆管理不规范。", "建立公务用车台账。", "机关事务科", "何军", "2024年10月底前")),
        List.of(),
        6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void yearlessParagraphsUnderTheHeadersYearAreEachMeasuresOwn(String format) {
    JsonPath answer =
        dryRunTableFile(format, GroupedTables.write(format, paragraphs("完成时限（2024年）")));
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "2024年中心组集中学习仅8次",
                "2024年中心组集中学习仅8次。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("制定年度学习计划。", List.of("办公室"), null, "张敏", "DEADLINE", "2024-06-30"),
                    measure("每季度通报学习情况。", List.of("办公室"), null, "张敏", "DEADLINE", "2024-09-30"))),
            problem(
                "车辆管理不规范",
                "车辆管理不规范。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("建立公务用车台账。", List.of("机关事务科"), null, "何军", "DEADLINE", "2024-10-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
    // control: without the header's year the cell is not paired (every measure the latest date)
    JsonPath plain = dryRunTableFile(format, GroupedTables.write(format, paragraphs("完成时限")));
    assertEquals(
        List.of("2024-09-30", "2024-09-30", "2024-10-31"), deadlines(plain), plain.prettify());
  }
}
