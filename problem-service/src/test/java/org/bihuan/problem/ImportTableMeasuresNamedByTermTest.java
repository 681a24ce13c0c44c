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
 * A table's 整改措施 cell whose lines are named by their term (近期：… / 长效：…, 近期措施：… / 长效措施：…, 短期：… /
 * 中长期：…) beside a 整改时限 cell whose stages are named by the same terms (近期：2024年9月30日 / 长效：长期坚持, in
 * another order or numbered): a measure per term, without the term in its text, each with the stage
 * of its term — as a plan's measures named by term are read. A Word table and an .xlsx ledger
 * through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0306).
 */
@QuarkusTest
class ImportTableMeasuresNamedByTermTest {

  private static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
              row(
                  1,
                  "固定资产台账不健全。",
                  "近期：补齐固定资产台账。\n长效：建立资产月检查制度。",
                  "财务科",
                  "赵敏",
                  "近期：2024年9月30日\n长效：长期坚持"),
              row(
                  2,
                  "合同管理不规范。",
                  "近期措施：清理在执行合同。\n长效措施：修订合同管理办法，\n建立合同台账。",
                  "法规科",
                  "李四",
                  "（1）长效：长期坚持；（2）近期：2024年10月31日"),
              row(
                  3,
                  "医保基金使用监管不到位。",
                  "短期：开展医保基金专项检查。\n中长期：建立医保基金监管长效机制。",
                  "医保科",
                  "王五",
                  "短期：立行立改；中长期：2025年6月30日")),
          List.of(),
          6);

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aCellsMeasuresNamedByTermTakeTheStagesOfTheirTerms(String format) {
    byte[] file = Ledgers.docxOrXlsx(format, "巡察反馈问题整改台账", TABLE);
    JsonPath answer = dryRunTableFile(format, file);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "固定资产台账不健全",
                "固定资产台账不健全。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("补齐固定资产台账。", List.of("财务科"), null, "赵敏", "DEADLINE", "2024-09-30"),
                    measure("建立资产月检查制度。", List.of("财务科"), null, "赵敏", "LONG_TERM", null))),
            problem(
                "合同管理不规范",
                "合同管理不规范。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("清理在执行合同。", List.of("法规科"), null, "李四", "DEADLINE", "2024-10-31"),
                    measure("修订合同管理办法，建立合同台账。", List.of("法规科"), null, "李四", "LONG_TERM", null))),
            problem(
                "医保基金使用监管不到位",
                "医保基金使用监管不到位。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(
                    measure("开展医保基金专项检查。", List.of("医保科"), null, "王五", "IMMEDIATE", null),
                    measure(
                        "建立医保基金监管长效机制。", List.of("医保科"), null, "王五", "DEADLINE", "2025-06-30"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
