package org.bihuan.problem;

import static org.bihuan.problem.support.LedgerSheets.LEADER_HEADINGS;
import static org.bihuan.problem.support.LedgerSheets.dryRunXlsx;
import static org.bihuan.problem.support.LedgerSheets.ledger;
import static org.bihuan.problem.support.LedgerSheets.row;
import static org.bihuan.problem.support.LedgerSheets.table;
import static org.bihuan.problem.support.LedgerSheets.taskTable;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * Documents an outside test wrote and the import misread, rebuilt here as real files and read
 * through {@code POST /sources/{id}/import?dryRun=true}: groups numbered ㈠㈡ with items ⒈⒉, points
 * written 第一，第二， and Ⅰ、Ⅱ、, a measure a PDF wrapped over two lines, a Word task list continued in a
 * 续表 that repeats its header, 同上 and 〃 in a hand-filled ledger, and duty lines with no 整改措施.
 */
@QuarkusTest
class ImportOutsideFindingsTest {

  private static final String TEXT = "text/plain; charset=UTF-8";

  private static JsonPath text(String document) {
    return TableImportTest.dryRun(document.getBytes(StandardCharsets.UTF_8), TEXT);
  }

  @Test
  void groupsNumberedWithParenthesisedIdeographsAndTheirItemsAreAllProblems() {
    JsonPath answer =
        text(
            """
            ××局班子对照检查材料
            一、存在的问题
            ㈠在政治建设方面
            ⒈学习贯彻不够深入。
            ⒉落实“第一议题”制度不严格。
            ㈡在作风建设方面
            第一，联系服务群众不够经常。
            第二，为民办实事项目推进慢。
            ㈢在担当作为方面
            Ⅰ、攻坚克难勇气不足。
            Ⅱ、工作标准不高。
            二、原因分析
            （一）理想信念有所松懈。
            """);
    assertEquals(
        List.of("学习贯彻不够深入", "落实“第一议题”制度不严格", "联系服务群众不够经常", "为民办实事项目推进慢", "攻坚克难勇气不足", "工作标准不高"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(
            List.of("在政治建设方面"),
            List.of("在政治建设方面"),
            List.of("在作风建设方面"),
            List.of("在作风建设方面"),
            List.of("在担当作为方面"),
            List.of("在担当作为方面")),
        answer.getList("problems.categoryPath"));
    assertEquals(List.of("理想信念有所松懈"), answer.getList("causes.title"));
  }

  @Test
  void aMeasureAPdfWrappedOverTwoLinesIsOneSentenceAndDutiesWithoutAMeasureAreKept() {
    byte[] pdf =
        ChinesePdf.of(
            List.of(
                List.of(
                    "××县水利局整改方案",
                    "1.河湖“四乱”问题整治不彻底的问题",
                    "整改措施：开展河湖“清四乱”常态化规范化整治，建立问题清",
                    "单、任务清单、责任清单，逐一销号。",
                    "责任单位：河湖管理科；责任人：张明；整改时限：2024年9月30日",
                    "2.公文处理不及时，存在积压的问题",
                    "责任单位：办公室；责任人：田一；整改时限：2024年10月31日")));
    JsonPath answer = TableImportTest.dryRun(pdf, DocumentText.PDF);
    assertEquals(
        List.of("开展河湖“清四乱”常态化规范化整治，建立问题清单、任务清单、责任清单，逐一销号。", "公文处理不及时，存在积压的问题"),
        answer.getList("problems.measures.measure").stream()
            .map(m -> ((List<?>) m).get(0))
            .toList(),
        answer.prettify());
    assertEquals(List.of("河湖管理科"), answer.getList("problems[0].measures[0].responsibleUnits"));
    assertEquals(List.of("办公室"), answer.getList("problems[1].measures[0].responsibleUnits"));
    assertEquals("田一", answer.getString("problems[1].measures[0].responsiblePerson"));
    assertEquals("2024-10-31", answer.getString("problems[1].measures[0].deadline"));
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(containsString("has no 整改措施 of its own")));
  }

  @Test
  void aMeasureWithItsTimeInOneLabelIsAMeasure() {
    JsonPath answer =
        text(
            """
            整改方案
            1.工程结算审核不严的问题
            整改措施及时限：开展结算审核专项检查。
            责任部门：审计部；责任人：孙二；整改时限：2024年11月30日
            """);
    assertEquals("开展结算审核专项检查。", answer.getString("problems[0].measures[0].measure"));
    assertEquals(List.of("审计部"), answer.getList("problems[0].measures[0].responsibleUnits"));
    assertEquals("孙二", answer.getString("problems[0].measures[0].responsiblePerson"));
  }

  private static final LocalDate MARCH = LocalDate.of(2025, 3, 31);

  @Test
  void aTaskListContinuedInATableRepeatingItsHeaderKeepsEveryMeasureWithItsProblem() {
    byte[] docx =
        Ledgers.docx(
            List.of(
                "巡察反馈问题整改任务清单",
                "（一）党风廉政建设方面",
                taskTable(
                    row(1, "公务接待不规范。", "修订接待制度。", "办公室", "李四", MARCH),
                    row(2, "政府采购程序不规范。", "规范采购流程。", "财务科", "王五", MARCH)),
                "（续表）",
                taskTable(
                    row(null, null, "对近三年采购项目开展回头看。", "财务科", "王五", MARCH),
                    row(2, "政府采购程序不规范。", "建立采购台账。", "财务科", "王五", MARCH),
                    row(3, "林下经济发展缓慢。", "制定发展规划。", "林业站", "赵六", MARCH))));
    JsonPath answer = TableImportTest.dryRun(docx, DocumentText.DOCX);
    assertEquals(
        List.of("公务接待不规范", "政府采购程序不规范", "林下经济发展缓慢"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of("规范采购流程。", "对近三年采购项目开展回头看。", "建立采购台账。"),
        answer.getList("problems[1].measures.measure"));
    assertEquals(
        List.of(List.of("党风廉政建设方面"), List.of("党风廉政建设方面"), List.of("党风廉政建设方面")),
        answer.getList("problems.categoryPath"));
  }

  @Test
  void aHeadingThatIsNoCategoryEndsTheGroupAboveIt() {
    byte[] docx =
        Ledgers.docx(
            List.of(
                "整改方案",
                "（一）党风廉政建设方面",
                "1. 公务用车管理不严。",
                "整改措施：建立用车台账。责任单位：办公室。责任人：钱七。整改时限：2024年7月31日。",
                "（二）整改任务清单（详见下表）",
                taskTable(row(1, "会议文件偏多。", "精简会议。", "办公室", "李四", MARCH))));
    JsonPath answer = TableImportTest.dryRun(docx, DocumentText.DOCX);
    assertEquals(
        List.of("公务用车管理不严", "会议文件偏多"), answer.getList("problems.title"), answer.prettify());
    assertEquals(List.of(), answer.getList("problems[1].categoryPath"));
  }

  @Test
  void dittoMarksInALedgerRepeatTheCellAbove() {
    JsonPath answer =
        dryRunXlsx(
            ledger(
                LEADER_HEADINGS,
                row(1, "档案借阅登记不规范。", "建立借阅登记制度。", "张三", "档案室", MARCH),
                row(null, "同上", "开展档案清查。", "同上", "〃", MARCH),
                row(2, "档案数字化进度滞后。", "制定数字化计划。", "〃", "信息科", MARCH)));
    assertEquals(
        List.of("档案借阅登记不规范", "档案数字化进度滞后"), answer.getList("problems.title"), answer.prettify());
    assertEquals(List.of("建立借阅登记制度。", "开展档案清查。"), answer.getList("problems[0].measures.measure"));
    assertEquals(List.of("张三", "张三"), answer.getList("problems[0].measures.leaderInCharge"));
    assertEquals(
        List.of(List.of("档案室"), List.of("档案室")),
        answer.getList("problems[0].measures.responsibleUnits"));
    assertEquals("张三", answer.getString("problems[1].measures[0].leaderInCharge"));
  }

  @Test
  void aPhoneColumnDefaultSheetNamesASpacedOutUnitAndPartProgressAreReadForWhatTheyAre() {
    List<Object> headings = row("序号", "存在问题", "整改措施", "责任单位", "责任人", "责任人联系电话", "完成时限", "整改进展");
    JsonPath answer =
        dryRunXlsx(
            table(
                "Sheet1",
                headings,
                List.of(
                    row(
                        1,
                        "借阅登记不规范。",
                        "建立借阅登记制度。",
                        "档 案 室",
                        "黄一",
                        "13900000001",
                        MARCH,
                        "已完成80%"))),
            table(
                "Sheet2",
                headings,
                List.of(row(1, "数字化进度滞后。", "制定数字化计划。", "信息科", "黄二", "13900000002", MARCH, "已完成"))));
    assertEquals(
        List.of("借阅登记不规范", "数字化进度滞后"), answer.getList("problems.title"), answer.prettify());
    assertEquals(List.of(List.of(), List.of()), answer.getList("problems.categoryPath"));
    assertEquals(
        List.of("黄一", "黄二"),
        List.of(
            answer.getString("problems[0].measures[0].responsiblePerson"),
            answer.getString("problems[1].measures[0].responsiblePerson")));
    assertEquals(List.of("档案室"), answer.getList("problems[0].measures[0].responsibleUnits"));
    assertEquals(null, answer.getString("problems[0].measures[0].statusHint"));
    assertEquals("REPORTED_DONE", answer.getString("problems[1].measures[0].statusHint"));
  }

  @Test
  void pointsListedOnOneLineOfAPlanAreAProblemEachWithTheMeasureBelowThem() {
    JsonPath answer =
        text(
            """
            ××局整改方案
            1.队伍建设方面
            一是干部年龄结构老化；二是专业技术人才短缺。
            整改措施：制定人才引进计划。
            责任单位：人事科；责任人：周八；整改时限：2024年12月31日
            """);
    assertEquals(
        List.of("干部年龄结构老化", "专业技术人才短缺"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of("制定人才引进计划。"), List.of("制定人才引进计划。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of("周八"), List.of("周八")),
        answer.getList("problems.measures.responsiblePerson"));
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(containsString("lists 2 problems on one line")));
  }
}
