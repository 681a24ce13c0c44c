package org.bihuan.problem;

import static org.bihuan.problem.support.LedgerSheets.dryRunXlsx;
import static org.bihuan.problem.support.LedgerSheets.row;
import static org.bihuan.problem.support.LedgerSheets.table;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an outside tester found in real-looking Excel ledgers (issue 11, third round), rebuilt as
 * workbooks written by POI and read through {@code POST /sources/{id}/import?dryRun=true}: the
 * sign-off rows under the data, the same problems on two sheets, formulas without a calculated
 * value, duties without a measure, totals rows, categories written once for their group, invisible
 * characters in names and hidden rows.
 */
@QuarkusTest
class LedgerFootersImportTest {

  static final List<Object> HEADINGS = List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "整改时限");

  @Test
  void aSignOffRowEndsTheTableAndIsNamed() {
    JsonPath answer =
        dryRunXlsx(
            table(
                "台账",
                HEADINGS,
                List.of(
                    row("1", "问题丙。", "措施丙。", "张海", "综合科", "周伟", "2024年10月31日"),
                    row(
                        "填报单位：局办公室",
                        null,
                        null,
                        "分管领导：王建国",
                        "联系人：刘芳",
                        null,
                        "联系电话：0571-88888888"))));
    assertEquals(List.of("问题丙"), answer.getList("problems.title"), answer.prettify());
    assertEquals("张海", answer.getString("problems[0].measures[0].leaderInCharge"));
    assertEquals(List.of("综合科"), answer.getList("problems[0].measures[0].responsibleUnits"));
    assertEquals("周伟", answer.getString("problems[0].measures[0].responsiblePerson"));
    assertEquals(List.of(2, 2), answer.getList("problems[0].origin.rows"));
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(containsString("row 3 is a sign-off row (「填报单位：局办公室")));

    JsonPath below =
        dryRunXlsx(
            table(
                "台账",
                HEADINGS,
                List.of(
                    row("1", "问题乙。", "措施乙。", "张海", "综合科", "周伟", "2024年10月31日"),
                    row(null, null, null, null, null, null, null),
                    row("制表人：刘芳", null, null, "审核人：王建国", null, null, "制表日期：2024年7月1日"),
                    row(null, "以上情况属实。", null, null, null, null, null))));
    assertEquals(List.of("问题乙"), below.getList("problems.title"), below.prettify());
    assertEquals("张海", below.getString("problems[0].measures[0].leaderInCharge"));
    assertEquals("2024-10-31", below.getString("problems[0].measures[0].deadline"));
    assertEquals(List.of(2, 2), below.getList("problems[0].origin.rows"));
    assertThat(
        below.getList("warnings", String.class),
        hasItem(containsString("row 4 is a sign-off row (「制表人：刘芳 审核人：王建国 制表日期：2024年7月1日」)")));
    assertThat(
        below.getList("warnings", String.class),
        hasItem(containsString("row(s) 5 below the sign-off row 4 were not imported")));
    assertThat(
        below.getList("warnings", String.class).toString(),
        org.hamcrest.Matchers.not(containsString("names several dates")));
  }

  @Test
  void theSameProblemsOnAListSheetAndAMeasuresSheetAreImportedOnce() {
    JsonPath answer =
        dryRunXlsx(
            table(
                "问题清单",
                List.of("序号", "问题类别", "存在问题"),
                List.of(row("1", "党建", "理论学习不深入。"), row("2", "业务", "食堂采购未执行比价程序。"))),
            table(
                "整改清单",
                List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
                List.of(
                    row("1", "理论学习不深入。", "制定学习计划。", "机关党委", "周伟", "2024年9月30日"),
                    row("2", "食堂采购未执行比价程序", "建立比价制度。", "后勤中心", "马丽", "2024年10月31日"),
                    row("3", "会议室登记不全。", "完善登记制度。", "局办公室", "刘芳", "2024年11月30日"))));
    assertEquals(
        List.of("理论学习不深入", "食堂采购未执行比价程序", "会议室登记不全"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("党建"), List.of("业务"), List.of("整改清单")),
        answer.getList("problems.categoryPath"));
    assertEquals(
        List.of(List.of("制定学习计划。"), List.of("建立比价制度。"), List.of("完善登记制度。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of(List.of("机关党委")), List.of(List.of("后勤中心")), List.of(List.of("局办公室"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals("问题清单", answer.getString("problems[1].origin.sheet"));
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(
            containsString(
                "Sheet 「整改清单」 row 3: 「食堂采购未执行比价程序」 is the same problem as sheet 「问题清单」 row 3;"
                    + " it was imported once, with this sheet's 1 measure(s) added to it.")));
  }

  @Test
  void dutiesWithoutAMeasureAreKeptOnAMeasureNamedAfterTheProblem() {
    JsonPath answer =
        dryRunXlsx(
            table(
                "台账",
                HEADINGS,
                List.of(
                    row("1", "问题甲：无措施但有责任。", null, "王建国", "局办公室", "刘芳", "2024年9月30日"),
                    row("2", "问题乙。", "措施乙。", "张海", "综合科", "周伟", "2024年10月31日"))));
    assertEquals(List.of("问题甲", "问题乙"), answer.getList("problems.title"), answer.prettify());
    assertEquals(List.of("问题甲"), answer.getList("problems[0].measures.measure"));
    assertEquals("王建国", answer.getString("problems[0].measures[0].leaderInCharge"));
    assertEquals(List.of("局办公室"), answer.getList("problems[0].measures[0].responsibleUnits"));
    assertEquals("刘芳", answer.getString("problems[0].measures[0].responsiblePerson"));
    assertEquals("2024-09-30", answer.getString("problems[0].measures[0].deadline"));
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(
            containsString(
                "Problem 「问题甲」 (sheet 「台账」 row 2) has no 整改措施 of its own; its 责任领导, 责任单位, 责任人 and"
                    + " 整改时限 were kept on a measure named after the problem.")));
  }

  @Test
  void aTotalsRowInTheSeqColumnIsNotAProblem() {
    JsonPath answer =
        dryRunXlsx(
            table(
                "清单",
                List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
                List.of(
                    row("1", "档案数字化滞后。", "推进档案数字化。", "局办公室", "刘芳", "2025年6月30日"),
                    row("合计", "共4个问题", "5项措施", null, null, null))));
    assertEquals(List.of("档案数字化滞后"), answer.getList("problems.title"), answer.prettify());
    assertEquals(List.of(2, 2), answer.getList("problems[0].origin.rows"));
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(containsString("row 3: a totals row (「合计 共4个问题 5项措施」), not a problem")));
  }

  @Test
  void aCategoryWrittenOnceHoldsForTheRowsBelowIt() {
    JsonPath answer =
        dryRunXlsx(
            table(
                "台账",
                List.of("序号", "类别", "存在问题", "整改措施", "责任单位", "整改时限"),
                List.of(
                    row("1", "党建类", "问题A。", "措施A。", "局办公室", "2024年9月30日"),
                    row("2", null, "问题B。", "措施B。", "局办公室", "2024年9月30日"),
                    row("3", "业务类", "问题C。", "措施C。", "局办公室", "2024年9月30日"),
                    row("4", null, "问题D。", "措施D。", "局办公室", "2024年9月30日"))));
    assertEquals(
        List.of(List.of("党建类"), List.of("党建类"), List.of("业务类"), List.of("业务类")),
        answer.getList("problems.categoryPath"),
        answer.prettify());
  }

  @Test
  void invisibleCharactersInsideNamesAreLeftOutAndNamed() {
    JsonPath answer =
        dryRunXlsx(
            table(
                "台账",
                List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
                List.of(
                    row("1", "问题一。", "措施1。", "局办公室\u200b", "刘\u200d芳", "2024年9月30日"),
                    row("2", "问题二。", "措施2。", "财务科", "\u202e王磊", "2024年10月1日"))));
    assertEquals(
        List.of(List.of(List.of("局办公室")), List.of(List.of("财务科"))),
        answer.getList("problems.measures.responsibleUnits"),
        answer.prettify());
    assertEquals(
        List.of(List.of("刘芳"), List.of("王磊")),
        answer.getList("problems.measures.responsiblePerson"));
    List<String> warnings = answer.getList("warnings", String.class);
    assertThat(warnings, hasItem(containsString("U+202E")));
    assertThat(
        warnings,
        hasItem(containsString("(U+200B) were left out of unit, person or category names")));
  }
}
