package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a problem's measures are to achieve — 整改目标：… before the numbered measures, 目标：… before them,
 * 整改目标：… after the measures and their duties, a 整改目标 column — is the problem's: it follows the
 * problem's text in its description, and no measure's text holds it. In a plan (text, .docx of
 * paragraphs) and a table (Word table, .xlsx ledger), through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0330).
 */
@QuarkusTest
class ImportGoalsBesideMeasuresTest {

  static final String PLAN =
      """
      ××县教育局关于巡察反馈问题的整改方案
      一、存在问题及整改措施
      1.学习制度落实不到位。
      整改目标：学习制度全面落实。
      整改措施：
      1.制定学习计划。
      2.建立考勤制度。
      责任单位：办公室
      责任人：孙七
      整改时限：2025年8月31日前
      2.校园安全排查不彻底。
      目标：隐患全部清零。
      整改措施：1.开展安全大排查；2.建立隐患台账。
      责任单位：安全股
      责任人：周八
      整改时限：2025年9月30日前
      3.教师培训覆盖面窄。
      整改措施：
      1.制定培训计划。
      2.开展全员轮训。
      责任单位：师训股
      责任人：吴九
      整改时限：2025年12月31日前
      整改目标：培训覆盖全体教师。
      """;

  private static Map<String, Object> m(String text, String unit, String person, String date) {
    return measure(text, List.of(unit), null, person, "DEADLINE", date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansGoalIsTheProblems(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "学习制度落实不到位",
                "学习制度落实不到位。\n整改目标：学习制度全面落实。",
                List.of(),
                lines(3, 10, null),
                List.of(
                    m("制定学习计划。", "办公室", "孙七", "2025-08-31"),
                    m("建立考勤制度。", "办公室", "孙七", "2025-08-31"))),
            problem(
                "校园安全排查不彻底",
                "校园安全排查不彻底。\n目标：隐患全部清零。",
                List.of(),
                lines(11, 16, null),
                List.of(
                    m("开展安全大排查", "安全股", "周八", "2025-09-30"),
                    m("建立隐患台账。", "安全股", "周八", "2025-09-30"))),
            problem(
                "教师培训覆盖面窄",
                "教师培训覆盖面窄。\n整改目标：培训覆盖全体教师。",
                List.of(),
                lines(17, 24, null),
                List.of(
                    m("制定培训计划。", "师训股", "吴九", "2025-12-31"),
                    m("开展全员轮训。", "师训股", "吴九", "2025-12-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aTablesGoalColumnIsTheProblems(String format) {
    Ledgers.Table table =
        new Ledgers.Table(
            "台账",
            List.of(
                Ledgers.row("序号", "存在问题", "整改目标", "整改措施", "责任单位", "责任人", "整改时限"),
                Ledgers.row(
                    1, "学习制度落实不到位。", "学习制度全面落实。", "1.制定学习计划；2.建立考勤制度。", "办公室", "孙七", "2025年8月31日前"),
                Ledgers.row(2, "教师培训覆盖面窄。", "培训覆盖全体教师。", "制定培训计划。", "师训股", "吴九", "2025年12月31日前"),
                Ledgers.row(2, "教师培训覆盖面窄。", null, "开展全员轮训。", "师训股", "吴九", "2025年12月31日前")),
            List.of(new int[] {2, 3, 0, 0}, new int[] {2, 3, 1, 1}, new int[] {2, 3, 2, 2}),
            7);
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "整改台账", table));
    assertEquals(
        List.of(
            problem(
                "学习制度落实不到位",
                "学习制度落实不到位。\n整改目标：学习制度全面落实。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    m("制定学习计划", "办公室", "孙七", "2025-08-31"),
                    m("建立考勤制度。", "办公室", "孙七", "2025-08-31"))),
            problem(
                "教师培训覆盖面窄",
                "教师培训覆盖面窄。\n整改目标：培训覆盖全体教师。",
                List.of(),
                tableOrSheetRows(format, 3, 4),
                List.of(
                    m("制定培训计划。", "师训股", "吴九", "2025-12-31"),
                    m("开展全员轮训。", "师训股", "吴九", "2025-12-31")))),
        problems(answer),
        answer.prettify());
    String where = format.equals("docx") ? "Table row " : "Sheet 「台账」 row ";
    assertEquals(
        List.of(
            where
                + "2: the 整改措施 cell lists 2 numbered measures (「制定学习计划」 …); each was imported as"
                + " a measure of its own, without its number, with the row's 责任单位, 责任人 and 整改时限."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
