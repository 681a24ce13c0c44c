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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * A problem's text that opens with a short lead-in before a colon — how it was found (经查：,
 * 2023年度审计发现：) or the area it is in (公务用车方面：, 财务管理：) — is titled by what follows the colon, its
 * description the text as written; a clause that states the problem before its colon (理论学习不深入：…)
 * still titles it. In a plan's lines (text) and in the 存在问题 cells of a ledger (.xlsx) and a Word
 * table (.docx), read through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0361).
 */
@QuarkusTest
class ImportProblemLeadInsTest {

  static final List<String> TEXTS =
      List.of(
          "经查：部分单位存在超标准公务接待问题，涉及金额2.3万元。",
          "2023年度审计发现：食堂账目不清，收支未单独核算。",
          "公务用车方面：个别干部公车私用，节假日未按规定封存。",
          "财务管理：报销凭证审核把关不严。",
          "理论学习不深入：中心组学习流于形式。");

  static final List<String> TITLES =
      List.of(
          "部分单位存在超标准公务接待问题，涉及金额2.3万元",
          "食堂账目不清，收支未单独核算",
          "个别干部公车私用，节假日未按规定封存",
          "报销凭证审核把关不严",
          "理论学习不深入");

  static final List<String> MEASURES =
      List.of("清退超标准接待费用。", "食堂收支单独核算。", "开展公车使用专项检查。", "建立报销凭证复核制度。", "制定中心组学习计划。");

  static final List<String> UNITS = List.of("办公室", "财务科", "车管科", "财务科", "办公室");

  static final List<String> PEOPLE = List.of("陈红", "赵敏", "周亮", "赵敏", "陈红");

  static final List<String> DEADLINES =
      List.of("2024-09-30", "2024-10-31", "2024-08-31", "2024-12-31", "2024-07-31");

  @Test
  void aPlansProblemIsTitledByWhatFollowsItsLeadIn() throws IOException {
    StringBuilder plan = new StringBuilder("县机关事务管理局整改方案\n一、问题及整改措施\n（一）公务接待方面\n");
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 0; i < TEXTS.size(); i++) {
      String deadline = DEADLINES.get(i);
      plan.append(i + 1)
          .append('.')
          .append(TEXTS.get(i))
          .append("\n整改措施：")
          .append(MEASURES.get(i))
          .append("\n责任单位：")
          .append(UNITS.get(i))
          .append("；责任人：")
          .append(PEOPLE.get(i))
          .append("；整改时限：")
          .append(deadline.replaceFirst("(\\d+)-0?(\\d+)-(\\d+)", "$1年$2月$3日"))
          .append('\n');
      expected.add(
          problem(
              TITLES.get(i),
              TEXTS.get(i),
              List.of("公务接待方面"),
              lines(4 + 3 * i, 6 + 3 * i, null),
              List.of(
                  measure(
                      MEASURES.get(i),
                      List.of(UNITS.get(i)),
                      null,
                      PEOPLE.get(i),
                      "DEADLINE",
                      deadline))));
    }
    JsonPath answer = ImportAnswers.dryRunPlan("text", plan.toString());
    assertEquals(expected, problems(answer), answer.prettify());
  }

  @Test
  void aTableCellsProblemIsTitledByWhatFollowsItsLeadIn() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"));
    for (int i = 0; i < TEXTS.size(); i++) {
      rows.add(
          row(
              String.valueOf(i + 1),
              TEXTS.get(i),
              MEASURES.get(i),
              UNITS.get(i),
              PEOPLE.get(i),
              DEADLINES.get(i)));
    }
    for (String format : List.of("xlsx", "docx")) {
      JsonPath answer =
          dryRunTableFile(
              format,
              Ledgers.docxOrXlsx(format, "整改台账", new Ledgers.Table("台账", rows, List.of(), 6)));
      List<Map<String, Object>> expected = new ArrayList<>();
      for (int i = 0; i < TEXTS.size(); i++) {
        expected.add(
            problem(
                TITLES.get(i),
                TEXTS.get(i),
                List.of(),
                tableOrSheetRows(format, i + 2, i + 2),
                List.of(
                    measure(
                        MEASURES.get(i),
                        List.of(UNITS.get(i)),
                        null,
                        PEOPLE.get(i),
                        "DEADLINE",
                        DEADLINES.get(i)))));
      }
      assertEquals(expected, problems(answer), format + ": " + answer.prettify());
    }
  }
}
