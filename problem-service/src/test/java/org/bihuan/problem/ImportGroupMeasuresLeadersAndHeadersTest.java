package org.bihuan.problem;

import static org.bihuan.problem.support.LedgerSheets.LEADER_HEADINGS;
import static org.bihuan.problem.support.LedgerSheets.dryRunXlsx;
import static org.bihuan.problem.support.LedgerSheets.ledger;
import static org.bihuan.problem.support.LedgerSheets.row;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * A group line's measure, a wrapped PDF label, leaders written with posts, and header names spelt
 * differently.
 */
@QuarkusTest
class ImportGroupMeasuresLeadersAndHeadersTest {

  @Test
  void aGroupLineCarryingAMeasureAppliesToTheGroupsProblemsWithoutOne() {
    JsonPath answer =
        TableImportTest.dryRun(
            Ledgers.docx(
                List.of(
                    "××局整改方案",
                    "一、理论学习方面",
                    "整改措施：健全理论学习制度。责任单位：党委办公室；整改时限：2024年12月31日",
                    "1.理论学习不深入的问题",
                    "整改措施：制定学习计划。",
                    "责任单位：组织部；责任人：张三；整改时限：2024年6月30日",
                    "2.学用结合不紧的问题",
                    "二、作风建设方面",
                    "1.会议偏多的问题",
                    "整改措施：精简会议。",
                    "责任单位：办公室；整改时限：2024年8月31日")),
            DocumentText.DOCX);
    assertEquals(
        List.of("理论学习不深入的问题", "学用结合不紧的问题", "会议偏多的问题"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("制定学习计划。"), List.of("健全理论学习制度。"), List.of("精简会议。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of(List.of("组织部")), List.of(List.of("党委办公室")), List.of(List.of("办公室"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of("2024-06-30"), List.of("2024-12-31"), List.of("2024-08-31")),
        answer.getList("problems.measures.deadline"));
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(
            containsString(
                "「理论学习方面」 gives a 整改措施 for the whole group; it was given to 1 problem(s) of the"
                    + " group that have none of their own")));
  }

  @Test
  void aPdfLabelWhoseValueWrapsOntoTheNextLineIsReadWhole() {
    byte[] pdf =
        ChinesePdf.of(
            List.of(
                List.of(
                    "××局整改方案",
                    "1.公务接待不规范的问题",
                    "整改措施：修订接待制度。",
                    "责任单位：办公室；配合单位：宣传部、",
                    "组织部；",
                    "具体责任人：",
                    "马丽",
                    "整改时限：2024年6月30日",
                    "2.会议偏多的问题",
                    "整改措施：精简会议。",
                    "责任单位：综合科；配合单位：财务科，",
                    "审计科、人事科",
                    "责任人：王五；整改时限：2024年7月31日")));
    JsonPath answer = TableImportTest.dryRun(pdf, DocumentText.PDF);
    assertEquals(
        List.of("公务接待不规范的问题", "会议偏多的问题"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of(List.of("宣传部", "组织部")), List.of(List.of("财务科", "审计科", "人事科"))),
        answer.getList("problems.measures.coResponsibleUnits"));
    assertEquals(
        List.of(List.of("马丽"), List.of("王五")),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(
        List.of(List.of("2024-06-30"), List.of("2024-07-31")),
        answer.getList("problems.measures.deadline"));
  }

  @Test
  void aLeaderWrittenWithAPostBeforeTheNameIsStoredAsThePerson() {
    JsonPath answer =
        dryRunXlsx(
            ledger(
                LEADER_HEADINGS,
                row(1, "公务接待不规范。", "修订接待制度。", "校长刘春", "办公室", "2024年6月30日"),
                row(2, "会议偏多。", "精简会议。", "刘春", "办公室", "2024年6月30日"),
                row(3, "调研不深。", "开展调研。", "副局长 王强", "办公室", "2024年6月30日"),
                row(4, "文件偏多。", "精简文件。", "党委书记李明", "办公室", "2024年6月30日"),
                row(5, "督查偏少。", "加强督查。", "李明（党委书记）", "办公室", "2024年6月30日"),
                row(6, "台账不全。", "补齐台账。", "王长江", "办公室", "2024年6月30日")));
    assertEquals(
        List.of(
            List.of("刘春"),
            List.of("刘春"),
            List.of("王强"),
            List.of("李明"),
            List.of("李明"),
            List.of("王长江")),
        answer.getList("problems.measures.leaderInCharge"),
        answer.prettify());
    List<String> warnings = answer.getList("warnings", String.class);
    assertThat(warnings, hasItem(containsString("「校长刘春」 → 「刘春」")));
    assertThat(warnings, hasItem(containsString("「李明（党委书记）」 → 「李明」")));

    JsonPath plan =
        TableImportTest.dryRun(
            Ledgers.docx(
                List.of(
                    "××局整改方案",
                    "1.公务接待不规范的问题",
                    "整改措施：修订接待制度。",
                    "责任领导：副局长　张三　责任单位：办公室　整改时限：2024年6月30日")),
            DocumentText.DOCX);
    assertEquals("张三", plan.getString("problems[0].measures[0].leaderInCharge"), plan.prettify());
  }

  @Test
  void headerNamesWrittenWithSpacesOr承办And办结AreRecognised() {
    JsonPath answer =
        dryRunXlsx(
            ledger(
                List.of("序　号", "存 在 问 题", "整改措施", "承办单位", "承办人", "办结时限", "备　注"),
                row(1, "公务接待不规范。", "修订接待制度。", "办公室", "李四", "2024年6月30日", "已部分完成"),
                row(2, "会议偏多。", "精简会议。", "综合科", "王五", "2024年7月31日", null)));
    assertEquals(List.of("公务接待不规范", "会议偏多"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of(List.of("办公室")), List.of(List.of("综合科"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of("李四"), List.of("王五")),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(
        List.of(List.of("2024-06-30"), List.of("2024-07-31")),
        answer.getList("problems.measures.deadline"));
    assertEquals("备注：已部分完成", answer.getString("problems[0].measures[0].progress"));
    assertThat(
        answer.getList("warnings", String.class), not(hasItem(containsString("is not imported"))));

    JsonPath handled =
        dryRunXlsx(
            ledger(
                List.of("序号", "存在问题", "整改措施", "责任单位", "经办人", "完成时限"),
                row(1, "公务接待不规范。", "修订接待制度。", "办公室", "李四", "2024年6月30日")));
    assertEquals("李四", handled.getString("problems[0].measures[0].responsiblePerson"));
  }

  @Test
  void aColumnNamingTheLeaderAndThePersonGivesBoth() {
    JsonPath answer =
        dryRunXlsx(
            ledger(
                List.of("序号", "存在问题", "整改措施", "责任单位", "责任领导及责任人", "完成时限"),
                row(1, "公务接待不规范。", "修订接待制度。", "办公室", "李明/张三", "2024年6月30日"),
                row(2, "会议偏多。", "精简会议。", "综合科", "李明（张三）", "2024年7月31日"),
                row(3, "调研不深。", "开展调研。", "政研室", "王强\n赵六、钱七", "2024年8月31日"),
                row(4, "文件偏多。", "精简文件。", "办公室", "王强", "2024年9月30日")));
    assertEquals(
        Arrays.asList(List.of("李明"), List.of("李明"), List.of("王强"), List.of("王强")),
        answer.getList("problems.measures.leaderInCharge"),
        answer.prettify());
    assertEquals(
        Arrays.asList(List.of("张三"), List.of("张三"), List.of("赵六、钱七"), Arrays.asList((Object) null)),
        answer.getList("problems.measures.responsiblePerson"));

    JsonPath slashed =
        dryRunXlsx(
            ledger(
                List.of("序号", "存在问题", "整改措施", "责任单位", "责任领导/责任人", "完成时限"),
                row(1, "公务接待不规范。", "修订接待制度。", "办公室", "李明/张三", "2024年6月30日")));
    assertEquals("李明", slashed.getString("problems[0].measures[0].leaderInCharge"));
    assertEquals("张三", slashed.getString("problems[0].measures[0].responsiblePerson"));
  }
}
