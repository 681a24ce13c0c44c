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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One measure, not named by term, whose 整改时限 is done by a date (or at once) and then kept up —
 * 近期：…前完成；长效：长期坚持, 近期…，长效长期坚持, 立行立改，长期坚持, …前完成，长期坚持, 1.…前；2.长期坚持 — is held in both stages: two
 * measures of its text and duties, the first DEADLINE with the date (IMMEDIATE for 立行立改), the
 * second LONG_TERM without a deadline, and the dry run says so. In a plan (text, .docx of
 * paragraphs) and in a table's 整改时限 cell (Word table, .xlsx ledger), through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0330).
 */
@QuarkusTest
class ImportMeasureDoneThenKeptUpTest {

  /** A problem, its measure, its unit and person, its 整改时限, and what it is held as. */
  private record Case(
      String problem,
      String measure,
      String unit,
      String person,
      String limit,
      String first,
      String date,
      String note) {}

  private static final String HELD =
      "the measure is held in both stages, as two measures of its text: ";

  private static final List<Case> CASES =
      List.of(
          new Case(
              "惠农补贴台账不全",
              "全面清理补贴发放台账，建立动态更新机制。",
              "计财股",
              "张三",
              "近期：2025年6月30日前完成；长效：长期坚持",
              "DEADLINE",
              "2025-06-30",
              "「近期：2025年6月30日前完成；长效：长期坚持」 names the measure's stages, one of them 长期坚持: "
                  + HELD
                  + "one DEADLINE by 2025-06-30, and one LONG_TERM (长期坚持) without a deadline"),
          new Case(
              "项目验收不及时",
              "开展项目验收专项清理。",
              "项目办",
              "李四",
              "近期2025年7月31日前完成，长效长期坚持",
              "DEADLINE",
              "2025-07-31",
              "「近期2025年7月31日前完成，长效长期坚持」 names the measure's stages, one of them 长期坚持: "
                  + HELD
                  + "one DEADLINE by 2025-07-31, and one LONG_TERM (长期坚持) without a deadline"),
          new Case(
              "村级公章管理不严",
              "规范公章使用登记。",
              "办公室",
              "王五",
              "立行立改，长期坚持",
              "IMMEDIATE",
              null,
              "「立行立改，长期坚持」 says 立行立改 and 长期坚持: "
                  + HELD
                  + "one IMMEDIATE (立行立改), and one LONG_TERM (长期坚持) without a deadline"),
          new Case(
              "档案管理不规范",
              "清理历年档案。",
              "档案室",
              "赵六",
              "2025年9月30日前完成，长期坚持",
              "DEADLINE",
              "2025-09-30",
              "「2025年9月30日前完成，长期坚持」 also says 长期坚持: "
                  + HELD
                  + "one DEADLINE by 2025-09-30, and one LONG_TERM (长期坚持) without a deadline"),
          new Case(
              "公务接待超标准",
              "修订公务接待管理办法。",
              "办公室",
              "孙七",
              "1.2025年10月31日前；2.长期坚持",
              "DEADLINE",
              "2025-10-31",
              "「1.2025年10月31日前；2.长期坚持」 numbers the measure's stages, one of them 长期坚持: "
                  + HELD
                  + "one DEADLINE by 2025-10-31, and one LONG_TERM (长期坚持) without a deadline"));

  private static List<Map<String, Object>> measures(Case c) {
    return List.of(
        measure(c.measure(), List.of(c.unit()), null, c.person(), c.first(), c.date()),
        measure(c.measure(), List.of(c.unit()), null, c.person(), "LONG_TERM", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansMeasureIsHeldInBothStages(String format) throws IOException {
    StringBuilder plan = new StringBuilder("××县农业农村局关于巡察反馈问题的整改方案\n一、存在问题及整改措施\n");
    List<Map<String, Object>> expected = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      int first = 3 + 5 * i;
      plan.append(i + 1)
          .append('.')
          .append(c.problem())
          .append("。\n整改措施：")
          .append(c.measure())
          .append("\n责任单位：")
          .append(c.unit())
          .append("\n责任人：")
          .append(c.person())
          .append("\n整改时限：")
          .append(c.limit())
          .append('\n');
      expected.add(
          problem(
              c.problem(),
              c.problem() + "。",
              List.of(),
              lines(first, first + 4, null),
              measures(c)));
      warnings.add(
          "Problem 「"
              + c.problem()
              + "」, measure 「"
              + c.measure()
              + "」 (line "
              + (first + 4)
              + "): "
              + c.note()
              + ".");
    }
    JsonPath answer = dryRunPlan(format, plan.toString());
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(warnings, answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aTablesMeasureIsHeldInBothStages(String format) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Ledgers.row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"));
    List<Map<String, Object>> expected = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      rows.add(Ledgers.row(i + 1, c.problem() + "。", c.measure(), c.unit(), c.person(), c.limit()));
      expected.add(
          problem(
              c.problem(),
              c.problem() + "。",
              List.of(),
              tableOrSheetRows(format, i + 2, i + 2),
              measures(c)));
      warnings.add(
          "Problem 「" + c.problem() + "」, measure 「" + c.measure() + "」: " + c.note() + ".");
    }
    Ledgers.Table table = new Ledgers.Table("台账", rows, List.of(), 6);
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "巡察反馈问题整改台账", table));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(warnings, answer.getList("warnings"), answer.prettify());
  }
}
