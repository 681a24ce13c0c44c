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
 * A numbered 整改时限 of stages (1.2025年5月31日前；2.长期坚持, 1.立行立改；2.长期坚持, three stages) beside more
 * numbered measures: stage n is measure n's, a measure after the last stage takes the last stage,
 * which carries on, and the dry run names it — no measure is given every stage. In a plan (measures
 * a line each or on the 整改措施 line; text and a .docx of paragraphs) and in a table's cells (Word
 * table, .xlsx ledger), through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0330).
 */
@QuarkusTest
class ImportNumberedStagesBesideMoreMeasuresTest {

  static final String PLAN =
      """
      ××县财政局关于巡察反馈问题的整改方案
      一、存在问题及整改措施
      1.资金拨付滞后。
      整改措施：
      1.清理积压资金。
      2.建立拨付台账。
      3.开展定期核查。
      责任单位：国库股
      责任人：赵六
      整改时限：1.2025年5月31日前；2.长期坚持
      2.会议文件过多。
      整改措施：1.精简会议；2.压减文件；3.建立发文审核制度。
      责任单位：办公室
      责任人：钱七
      整改时限：1.立行立改；2.长期坚持
      3.政府采购不规范。
      整改措施：
      1.开展采购自查。
      2.整改违规项目。
      3.修订采购制度。
      4.建立采购台账。
      责任单位：采购办
      责任人：孙八
      整改时限：1.2025年5月31日前；2.2025年8月31日前；3.长期坚持
      """;

  private static Map<String, Object> m(
      String text, String unit, String person, String timing, String date) {
    return measure(text, List.of(unit), null, person, timing, date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansStagesGoByNumberAndTheLastCarriesOn(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "资金拨付滞后",
                "资金拨付滞后。",
                List.of(),
                lines(3, 10, null),
                List.of(
                    m("清理积压资金。", "国库股", "赵六", "DEADLINE", "2025-05-31"),
                    m("建立拨付台账。", "国库股", "赵六", "LONG_TERM", null),
                    m("开展定期核查。", "国库股", "赵六", "LONG_TERM", null))),
            problem(
                "会议文件过多",
                "会议文件过多。",
                List.of(),
                lines(11, 15, null),
                List.of(
                    m("精简会议", "办公室", "钱七", "IMMEDIATE", null),
                    m("压减文件", "办公室", "钱七", "LONG_TERM", null),
                    m("建立发文审核制度。", "办公室", "钱七", "LONG_TERM", null))),
            problem(
                "政府采购不规范",
                "政府采购不规范。",
                List.of(),
                lines(16, 24, null),
                List.of(
                    m("开展采购自查。", "采购办", "孙八", "DEADLINE", "2025-05-31"),
                    m("整改违规项目。", "采购办", "孙八", "DEADLINE", "2025-08-31"),
                    m("修订采购制度。", "采购办", "孙八", "LONG_TERM", null),
                    m("建立采购台账。", "采购办", "孙八", "LONG_TERM", null)))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Line 10: 整改时限 「1.2025年5月31日前；2.长期坚持」 numbers 2 stages beside 3 measures; each"
                + " measure was given its stage by number, and measure 3 「开展定期核查。」, which has no"
                + " stage of its own, the last stage, which carries on; check them, in the problem"
                + " 「资金拨付滞后」.",
            "Line 15: 整改时限 「1.立行立改；2.长期坚持」 numbers 2 stages beside 3 measures; each measure was"
                + " given its stage by number, and measure 3 「建立发文审核制度。」, which has no stage of"
                + " its own, the last stage, which carries on; check them, in the problem 「会议文件过多」.",
            "Line 24: 整改时限 「1.2025年5月31日前；2.2025年8月31日前；3.…」 numbers 3 stages beside 4"
                + " measures; each measure was given its stage by number, and measure 4 「建立采购台账。」,"
                + " which has no stage of its own, the last stage, which carries on; check them, in the"
                + " problem 「政府采购不规范」."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aTablesStagesGoByNumberAndTheLastCarriesOn(String format) {
    Ledgers.Table table =
        new Ledgers.Table(
            "台账",
            List.of(
                Ledgers.row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
                Ledgers.row(
                    1,
                    "资金拨付滞后。",
                    "1.清理积压资金；2.建立拨付台账；3.开展定期核查。",
                    "国库股",
                    "赵六",
                    "1.2025年5月31日前；2.长期坚持"),
                Ledgers.row(
                    2, "会议文件过多。", "1.精简会议；2.压减文件；3.建立发文审核制度。", "办公室", "钱七", "1.立行立改；2.长期坚持")),
            List.of(),
            6);
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "整改台账", table));
    assertEquals(
        List.of(
            problem(
                "资金拨付滞后",
                "资金拨付滞后。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    m("清理积压资金", "国库股", "赵六", "DEADLINE", "2025-05-31"),
                    m("建立拨付台账", "国库股", "赵六", "LONG_TERM", null),
                    m("开展定期核查。", "国库股", "赵六", "LONG_TERM", null))),
            problem(
                "会议文件过多",
                "会议文件过多。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    m("精简会议", "办公室", "钱七", "IMMEDIATE", null),
                    m("压减文件", "办公室", "钱七", "LONG_TERM", null),
                    m("建立发文审核制度。", "办公室", "钱七", "LONG_TERM", null)))),
        problems(answer),
        answer.prettify());
    String where = format.equals("docx") ? "Table row " : "Sheet 「台账」 row ";
    String numbered =
        " numbered measures (「%s」 …); each was imported as a measure of its own, without its"
            + " number, with the item of the same number in the numbered duty cells and the row's"
            + " other duties.";
    assertEquals(
        List.of(
            where
                + "2: the 整改时限 「1.2025年5月31日前；2.长期坚持」 numbers 2 stages beside 3 measures; each"
                + " measure was given its stage by number, and measure 3, which has no stage of its"
                + " own, the last stage, which carries on; check them.",
            where + "2: the 整改措施 cell lists 3" + numbered.formatted("清理积压资金"),
            where
                + "3: the 整改时限 「1.立行立改；2.长期坚持」 numbers 2 stages beside 3 measures; each measure"
                + " was given its stage by number, and measure 3, which has no stage of its own, the"
                + " last stage, which carries on; check them.",
            where + "3: the 整改措施 cell lists 3" + numbered.formatted("精简会议")),
        answer.getList("warnings"),
        answer.prettify());
  }
}
