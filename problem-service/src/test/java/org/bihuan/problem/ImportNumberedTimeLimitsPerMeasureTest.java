package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.bihuan.problem.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A numbered time limit whose items are as many as the measures beside it goes item n to measure n,
 * as a numbered 责任单位 does, also when the items read like the stages of one time limit
 * (1.立行立改；2.2024年8月31日；3.长期坚持, （1）立行立改；（2）长期坚持 on one line or one a line); read from a text and a
 * .docx plan, a Word table and an .xlsx ledger through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0305, amending 0299); two stages beside three
 * measures go by number too, the last stage carrying on to the third (0330).
 */
@QuarkusTest
class ImportNumberedTimeLimitsPerMeasureTest {

  private static final String PLAN =
      """
      ××县人民医院整改方案
      一、存在问题及整改措施
      1.医疗服务收费不规范。
      整改措施：1.立即退还超标准收费；2.开展收费项目全面自查；3.建立收费监督长效机制。
      责任单位：财务科
      责任人：孙丽
      整改时限：1.立行立改；2.2024年8月31日；3.长期坚持。
      2.国库集中支付审核不严。
      整改措施：（1）立即开展支付凭证复核；（2）建立支付审核长效机制。
      责任单位：国库股
      整改时限：（1）立行立改；（2）长期坚持。
      3.政府采购备案不及时。
      整改措施：
      1.清理未备案采购项目；
      2.实行采购备案限时办结。
      责任单位：采购办
      整改时限：
      1.2024年7月31日；
      2.长期坚持。
      4.会风不实。
      整改措施：1.精简会议；2.压减文件；3.改进文风。
      责任单位：办公室
      整改时限：1.2024年6月底前；2.长期坚持
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansNumberedTimeLimitGoesByNumberToAsManyMeasures(String format) throws IOException {
    JsonPath answer =
        format.equals("text")
            ? TableImportTest.dryRun(
                PLAN.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
            : TableImportTest.dryRun(FormatFiles.paragraphs(PLAN), DocumentText.DOCX);
    assertEquals(
        List.of(
            problem(
                "医疗服务收费不规范",
                "医疗服务收费不规范。",
                List.of(),
                lines(3, 7, null),
                List.of(
                    measure("立即退还超标准收费", List.of("财务科"), null, "孙丽", "IMMEDIATE", null),
                    measure("开展收费项目全面自查", List.of("财务科"), null, "孙丽", "DEADLINE", "2024-08-31"),
                    measure("建立收费监督长效机制。", List.of("财务科"), null, "孙丽", "LONG_TERM", null))),
            problem(
                "国库集中支付审核不严",
                "国库集中支付审核不严。",
                List.of(),
                lines(8, 11, null),
                List.of(
                    measure("立即开展支付凭证复核", List.of("国库股"), null, null, "IMMEDIATE", null),
                    measure("建立支付审核长效机制。", List.of("国库股"), null, null, "LONG_TERM", null))),
            problem(
                "政府采购备案不及时",
                "政府采购备案不及时。",
                List.of(),
                // the origin ends at the 整改时限： line; the items one a line after it are not in it
                lines(12, 17, null),
                List.of(
                    measure("清理未备案采购项目", List.of("采购办"), null, null, "DEADLINE", "2024-07-31"),
                    measure("实行采购备案限时办结。", List.of("采购办"), null, null, "LONG_TERM", null))),
            // fewer stages than the measures: by number, the last carrying on (0330)
            problem(
                "会风不实",
                "会风不实。",
                List.of(),
                lines(20, 23, null),
                List.of(
                    measure("精简会议", List.of("办公室"), null, null, "DEADLINE", "2024-06-30"),
                    measure("压减文件", List.of("办公室"), null, null, "LONG_TERM", null),
                    measure("改进文风。", List.of("办公室"), null, null, "LONG_TERM", null)))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Line 23: 整改时限 「1.2024年6月底前；2.长期坚持」 numbers 2 stages beside 3 measures; each measure"
                + " was given its stage by number, and measure 3 「改进文风。」, which has no stage of its own,"
                + " the last stage, which carries on; check them, in the problem 「会风不实」."),
        answer.getList("warnings"),
        answer.prettify());
  }

  private static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
              row(
                  1,
                  "医疗服务收费不规范。",
                  "1.立即退还超标准收费；2.开展收费项目全面自查；3.建立收费监督长效机制。",
                  "财务科",
                  "孙丽",
                  "1.立行立改；2.2024年8月31日；3.长期坚持"),
              row(2, "支付审核不严。", "（1）立即开展复核；（2）建立长效机制。", "国库股", "邓华", "（1）立行立改；（2）长期坚持"),
              row(3, "会风不实。", "1.精简会议；2.压减文件；3.改进文风。", "办公室", "李四", "1.2024年6月底前；2.长期坚持")),
          List.of(),
          6);

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aTableCellsNumberedTimeLimitGoesByNumberToAsManyMeasures(String format) {
    byte[] file = Ledgers.docxOrXlsx(format, "巡察反馈问题整改台账", TABLE);
    JsonPath answer = dryRunTableFile(format, file);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "医疗服务收费不规范",
                "医疗服务收费不规范。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("立即退还超标准收费", List.of("财务科"), null, "孙丽", "IMMEDIATE", null),
                    measure("开展收费项目全面自查", List.of("财务科"), null, "孙丽", "DEADLINE", "2024-08-31"),
                    measure("建立收费监督长效机制。", List.of("财务科"), null, "孙丽", "LONG_TERM", null))),
            problem(
                "支付审核不严",
                "支付审核不严。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("立即开展复核", List.of("国库股"), null, "邓华", "IMMEDIATE", null),
                    measure("建立长效机制。", List.of("国库股"), null, "邓华", "LONG_TERM", null))),
            problem(
                "会风不实",
                "会风不实。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(
                    measure("精简会议", List.of("办公室"), null, "李四", "DEADLINE", "2024-06-30"),
                    measure("压减文件", List.of("办公室"), null, "李四", "LONG_TERM", null),
                    measure("改进文风。", List.of("办公室"), null, "李四", "LONG_TERM", null))));
    assertEquals(expected, problems(answer), answer.prettify());
    String where = format.equals("docx") ? "Table " : "Sheet 「台账」 ";
    assertEquals(
        List.of(
            where
                + "row 2: the 整改措施 cell lists 3 numbered measures (「立即退还超标准收费」 …); each was imported as a"
                + " measure of its own, without its number, with the item of the same number in the"
                + " numbered duty cells and the row's other duties.",
            where
                + "row 3: the 整改措施 cell lists 2 numbered measures (「立即开展复核」 …); each was imported as a"
                + " measure of its own, without its number, with the item of the same number in the"
                + " numbered duty cells and the row's other duties.",
            where
                + "row 4: the 整改时限 「1.2024年6月底前；2.长期坚持」 numbers 2 stages beside 3 measures; each"
                + " measure was given its stage by number, and measure 3, which has no stage of its own,"
                + " the last stage, which carries on; check them.",
            where
                + "row 4: the 整改措施 cell lists 3 numbered measures (「精简会议」 …); each was imported as a"
                + " measure of its own, without its number, with the item of the same number in the"
                + " numbered duty cells and the row's other duties."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
