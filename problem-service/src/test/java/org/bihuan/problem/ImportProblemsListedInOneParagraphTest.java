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
import org.bihuan.problem.support.ProblemListsInOneParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 存在问题 cell listing its numbered problems in one paragraph (1.…；2.…；3.…) is read as a cell with a
 * paragraph per problem is: beside as many numbered measures, a problem per number with the measure
 * of its number and the row's duties; beside one measure, one problem titled by the first item and
 * a warning naming the others. From a Word table and an Excel ledger, through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0362).
 */
@QuarkusTest
class ImportProblemsListedInOneParagraphTest {

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void problemsListedInOneParagraphAreSplitLikeParagraphs(String format) {
    JsonPath answer = dryRunTableFile(format, ProblemListsInOneParagraph.file(format));
    assertEquals(
        List.of(
            problem(
                "学校食堂索证索票不全",
                "学校食堂索证索票不全。",
                List.of("食品安全"),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("开展学校食堂专项检查", List.of("食品科"), null, "刘洋", "DEADLINE", "2024-09-30"))),
            problem(
                "农贸市场快检室闲置",
                "农贸市场快检室闲置。",
                List.of("食品安全"),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("恢复快检室日常运行", List.of("食品科"), null, "刘洋", "DEADLINE", "2024-09-30"))),
            problem(
                "小餐饮从业人员健康证过期",
                "小餐饮从业人员健康证过期。",
                List.of("食品安全"),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("督促从业人员办理健康证。", List.of("食品科"), null, "刘洋", "DEADLINE", "2024-09-30"))),
            problem(
                "电梯维保记录不完整",
                "1.电梯维保记录不完整；2.气瓶充装单位台账缺失。",
                List.of("特种设备"),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure(
                        "建立特种设备使用单位台账并定期抽查。",
                        List.of("特设科"),
                        null,
                        "陈刚",
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
                + " numbered measures; they were read as one problem titled by the first (「电梯维保记录不完整」),"
                + " with 「气瓶充装单位台账缺失」 in its description. If each is a problem of its own, give each a"
                + " row of its own."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
