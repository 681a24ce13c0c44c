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
 * A 存在问题 cell listing numbered problems (1. 2. 3., a paragraph each) beside a 整改措施 cell listing as
 * many numbered measures: a problem per number, each with the measure of its number and the row's
 * unit, person and time limit, read through {@code POST /sources/{id}/import?dryRun=true} from a
 * Word table and an Excel ledger. Beside one measure the row stays one problem, and the dry run
 * names the items folded into it (docs/decisions/0360).
 */
@QuarkusTest
class ImportNumberedProblemsInOneCellTest {

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void eachNumberedProblemGetsTheMeasureOfItsNumber(String format) {
    JsonPath answer = dryRunTableFile(format, TableRowFindings.numberedProblemsInOneCell(format));
    assertEquals(
        List.of(
            problem(
                "A级景区消防设施不全",
                "A级景区消防设施不全。",
                List.of("安全生产"),
                tableOrSheetRows(format, 2, 2),
                List.of(measure("补齐消防设施", List.of("文旅股"), null, "王强", "DEADLINE", "2024-09-30"))),
            problem(
                "游乐设施未按期检验",
                "游乐设施未按期检验。",
                List.of("安全生产"),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("督促完成游乐设施检验", List.of("文旅股"), null, "王强", "DEADLINE", "2024-09-30"))),
            problem(
                "应急演练次数不足",
                "应急演练次数不足。",
                List.of("安全生产"),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("每季度开展一次应急演练。", List.of("文旅股"), null, "王强", "DEADLINE", "2024-09-30"))),
            problem(
                "导游资格审查不严",
                "1.导游资格审查不严；\n2.旅游投诉处理不及时。",
                List.of("市场管理"),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure(
                        "建立导游资格审查和投诉快速处理机制。",
                        List.of("市场股"),
                        null,
                        "张三",
                        "DEADLINE",
                        "2024-10-31")))),
        problems(answer),
        answer.prettify());
    String where = format.equals("docx") ? "Table row " : "Sheet 「台账」 row ";
    assertEquals(
        List.of(
            where
                + "2: the 问题 cell lists 3 numbered problems beside as many numbered measures; each was"
                + " imported as a problem of its own with the measure of its number and the row's"
                + " duties.",
            where
                + "3: the 问题 cell lists 2 numbered problems but its 整改措施 cell does not list as many"
                + " numbered measures; they were read as one problem titled by the first (「导游资格审查不严」),"
                + " with 「旅游投诉处理不及时」 in its description. If each is a problem of its own, give each a"
                + " row of its own."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
