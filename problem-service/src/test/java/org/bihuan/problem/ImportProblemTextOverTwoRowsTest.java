package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.TableRowFindings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A problem text typed over two rows of a Word table or an Excel ledger — the second row without a
 * 序号 and with nothing but its 问题 cell filled — is one problem with the row's measure, read through
 * {@code POST /sources/{id}/import?dryRun=true}: joined as one sentence when the cell above ends
 * without 。/；, as the next sentence of the description when it does; a row with a measure of its
 * own stays a measure of the problem above (docs/decisions/0360).
 */
@QuarkusTest
class ImportProblemTextOverTwoRowsTest {

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aRowWithOnlyProblemTextContinuesTheProblemAbove(String format) {
    JsonPath answer = dryRunTableFile(format, TableRowFindings.problemTextOverTwoRows(format));
    assertEquals(
        List.of(
            problem(
                "社保基金管理存在风险隐患，部分待遇发放未进行资格认证，2023年多发放待遇12.6万元未追回",
                "社保基金管理存在风险隐患，部分待遇发放未进行资格认证，2023年多发放待遇12.6万元未追回。",
                List.of(),
                tableOrSheetRows(format, 2, 3),
                List.of(
                    measure(
                        "开展社保待遇资格认证专项清理", List.of("社保中心"), "欧阳修", "王强", "DEADLINE", "2024-09-30"))),
            problem(
                "劳动保障监察执法不规范",
                "劳动保障监察执法不规范。\n个别案件超期办结，群众反映强烈。",
                List.of(),
                tableOrSheetRows(format, 4, 6),
                List.of(
                    measure("规范执法程序", List.of("劳动监察大队"), "周九", "钱七", "DEADLINE", "2024-12-31"),
                    measure("建立案件办理台账", List.of("劳动监察大队"), "周九", "钱七", "DEADLINE", "2025-03-31"))),
            problem(
                "就业补贴审核把关不严",
                "就业补贴审核把关不严。",
                List.of(),
                tableOrSheetRows(format, 7, 7),
                List.of(
                    measure(
                        "开展就业补贴资金专项检查", List.of("就业服务中心"), "李四", "张三", "DEADLINE", "2024-10-31")))),
        problems(answer),
        answer.prettify());
    String where = format.equals("docx") ? "Table row " : "Sheet 「台账」 row ";
    assertEquals(
        List.of(
            where
                + "3 has no 序号 and only a 问题 text (「2023年多发放待遇12.6万元未追回。」), no 整改措施 or duties of its"
                + " own; it was read as the continuation of the problem above"
                + " (「社保基金管理存在风险隐患，部分待遇发放未进行资格认证，」), joined to its text.",
            where
                + "5 has no 序号 and only a 问题 text (「个别案件超期办结，群众反映强烈。」), no 整改措施 or duties of its"
                + " own; it was read as the continuation of the problem above (「劳动保障监察执法不规范。」),"
                + " the next sentence of its description."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
