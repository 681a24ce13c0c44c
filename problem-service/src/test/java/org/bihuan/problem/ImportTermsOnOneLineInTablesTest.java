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
 * A table's 整改措施 cell 近期：…；长效：… on one line is a measure per term, as the same cell written a line
 * each is (0306) and as a plan's line is (0317), each with the stage of its term; a 整改时限 cell whose
 * stages give their dates in brackets with nothing after them (第一阶段（2024年7月31日前）；第二阶段（…）) gives
 * each measure in stages its own. A Word table and an .xlsx ledger through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0317).
 */
@QuarkusTest
class ImportTermsOnOneLineInTablesTest {

  private static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
              row(1, "公车管理不规范。", "近期：清理公车台账；长效：建立公车月度核查机制。", "后勤科", "钱七", "近期：2024年8月31日前；长效：长期坚持"),
              row(
                  2,
                  "档案管理混乱。",
                  "第一阶段：完成档案清理；第二阶段：建立档案管理制度。",
                  "档案室",
                  "赵六",
                  "第一阶段（2024年7月31日前）；第二阶段（2024年12月31日前）")),
          List.of(),
          6);

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void termsOnOneLineAreMeasuresOfTheirOwn(String format) {
    byte[] file = Ledgers.docxOrXlsx(format, "巡察反馈问题整改台账", TABLE);
    JsonPath answer = dryRunTableFile(format, file);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公车管理不规范",
                "公车管理不规范。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("清理公车台账", List.of("后勤科"), null, "钱七", "DEADLINE", "2024-08-31"),
                    measure("建立公车月度核查机制。", List.of("后勤科"), null, "钱七", "LONG_TERM", null))),
            problem(
                "档案管理混乱",
                "档案管理混乱。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("完成档案清理", List.of("档案室"), null, "赵六", "DEADLINE", "2024-07-31"),
                    measure("建立档案管理制度。", List.of("档案室"), null, "赵六", "DEADLINE", "2024-12-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
