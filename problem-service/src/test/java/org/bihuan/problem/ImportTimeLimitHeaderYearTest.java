package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.GroupedTables;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A task list whose 完成时限 header names the year (完成时限（2024年）) over cells 8月31日, 9月30日, while its
 * problems cite figures of 2023 more often: the dates are read in the header's year, not in the
 * year the text names most. Word table and Excel ledger written by POI, through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0411).
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
}
