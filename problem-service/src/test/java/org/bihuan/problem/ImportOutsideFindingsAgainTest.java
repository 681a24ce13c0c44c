package org.bihuan.problem;

import static org.bihuan.problem.support.LedgerSheets.LEADER_HEADINGS;
import static org.bihuan.problem.support.LedgerSheets.TASK_HEADINGS;
import static org.bihuan.problem.support.LedgerSheets.dryRunXlsx;
import static org.bihuan.problem.support.LedgerSheets.ledger;
import static org.bihuan.problem.support.LedgerSheets.row;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * A third outside test's findings, rebuilt as real files (Word written by POI, PDF by PDFBox) and
 * read through {@code POST /sources/{id}/import?dryRun=true}: labels written without their colon,
 * label words inside a measure's text.
 */
@QuarkusTest
class ImportOutsideFindingsAgainTest {

  private static JsonPath word(String... paragraphs) {
    return TableImportTest.dryRun(Ledgers.docx(List.of((Object[]) paragraphs)), DocumentText.DOCX);
  }

  @Test
  void labelsWrittenWithoutTheirColonAreLabels() {
    JsonPath answer =
        word(
            "××局整改方案",
            "1.公务接待不规范的问题",
            "整改措施：修订接待制度。",
            "责任单位 办公室",
            "责任人 李四",
            "整改时限 2024年6月30日",
            "2.政府采购程序不规范的问题",
            "整改措施 规范采购流程。",
            "责任领导 张三 责任单位 财务科 责任人 王五 整改时限 2024年7月31日");
    assertEquals(
        List.of("公务接待不规范的问题", "政府采购程序不规范的问题"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of("修订接待制度。"), List.of("规范采购流程。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of(List.of("办公室")), List.of(List.of("财务科"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of("李四"), List.of("王五")),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(null, answer.getString("problems[0].measures[0].leaderInCharge"));
    assertEquals("张三", answer.getString("problems[1].measures[0].leaderInCharge"));
    assertEquals(
        List.of(List.of("2024-06-30"), List.of("2024-07-31")),
        answer.getList("problems.measures.deadline"));
  }

  @Test
  void aLabelWordInsideAMeasureDoesNotCutIt() {
    JsonPath answer =
        word(
            "××局整改方案",
            "1.公务接待不规范的问题",
            "整改措施：明确责任单位：各科室按分工落实接待制度，逐项核对。",
            "责任单位：办公室；责任人：李四；整改时限：2024年6月30日",
            "2.政府采购程序不规范的问题",
            "整改措施：压实主体责任，责任人：由分管领导牵头，逐项督办销号。",
            "责任单位：财务科；责任人：王五；整改时限：2024年7月31日",
            "3.会议偏多的问题",
            "整改措施：精简会议，落实责任人：",
            "责任单位：办公室；责任人：李四；整改时限：2024年8月31日");
    assertEquals(
        List.of(
            List.of("明确责任单位：各科室按分工落实接待制度，逐项核对。"),
            List.of("压实主体责任，责任人：由分管领导牵头，逐项督办销号。"),
            List.of("精简会议，落实责任人：")),
        answer.getList("problems.measures.measure"),
        answer.prettify());
    assertEquals(
        List.of(List.of(List.of("办公室")), List.of(List.of("财务科")), List.of(List.of("办公室"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of("李四"), List.of("王五"), List.of("李四")),
        answer.getList("problems.measures.responsiblePerson"));
  }

  @Test
  void paragraphsUnderAGroupHeadingAreAProblemEach() {
    JsonPath answer =
        word(
            "××局班子对照检查材料",
            "一、政治建设方面",
            "理论学习不够深入，学用结合不紧。部分同志满足于读原文。",
            "落实“第一议题”制度不严格，有时流于形式。",
            "二、作风建设方面",
            "联系服务群众不够经常。下基层调研次数少。",
            "三、原因分析",
            "（一）理想信念有所松懈。");
    assertEquals(
        List.of("理论学习不够深入，学用结合不紧", "落实“第一议题”制度不严格，有时流于形式", "联系服务群众不够经常"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of("理论学习不够深入，学用结合不紧。部分同志满足于读原文。", "落实“第一议题”制度不严格，有时流于形式。", "联系服务群众不够经常。下基层调研次数少。"),
        answer.getList("problems.description"));
    assertEquals(
        List.of(List.of("政治建设方面"), List.of("政治建设方面"), List.of("作风建设方面")),
        answer.getList("problems.categoryPath"));
    assertEquals(List.of(3, 3), answer.getList("problems[0].origin.lines"));
    assertEquals(List.of("理想信念有所松懈"), answer.getList("causes.title"));

    JsonPath underSection =
        word(
            "××局班子对照检查材料",
            "一、存在的问题",
            "（一）政治建设方面",
            "理论学习不够深入，学用结合不紧。",
            "落实“第一议题”制度不严格。",
            "（二）作风建设方面",
            "联系服务群众不够经常。");
    assertEquals(
        List.of("理论学习不够深入，学用结合不紧", "落实“第一议题”制度不严格", "联系服务群众不够经常"),
        underSection.getList("problems.title"),
        underSection.prettify());
    assertEquals(
        List.of(List.of("政治建设方面"), List.of("政治建设方面"), List.of("作风建设方面")),
        underSection.getList("problems.categoryPath"));
  }

  @Test
  void aBulletWrappedOverTwoLinesIsOneLineAgain() {
    byte[] pdf =
        ChinesePdf.of(
            List.of(
                List.of(
                    "××局班子对照检查材料",
                    "一、存在的问题",
                    "（一）政治建设方面",
                    "● 理论学习不够深入，学用结合不紧，部分同志满足于读原",
                    "文、记笔记。",
                    "● 落实“第一议题”制度不严格。",
                    "（二）作风建设方面",
                    "▲ 联系服务群众不够经常，下基层",
                    "调研次数少。",
                    "- 为民办实事项目推进慢。")));
    JsonPath answer = TableImportTest.dryRun(pdf, DocumentText.PDF);
    assertEquals(
        List.of(
            "理论学习不够深入，学用结合不紧，部分同志满足于读原文、记笔记", "落实“第一议题”制度不严格", "联系服务群众不够经常，下基层调研次数少", "为民办实事项目推进慢"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(
            "理论学习不够深入，学用结合不紧，部分同志满足于读原文、记笔记。",
            "落实“第一议题”制度不严格。",
            "联系服务群众不够经常，下基层调研次数少。",
            "为民办实事项目推进慢。"),
        answer.getList("problems.description"));
    assertEquals(
        List.of(List.of("政治建设方面"), List.of("政治建设方面"), List.of("作风建设方面"), List.of("作风建设方面")),
        answer.getList("problems.categoryPath"));
  }

  @Test
  void aParagraphBeforeTheBulletsOfAGroupIsNeverDropped() {
    JsonPath answer =
        word(
            "××局班子对照检查材料",
            "一、存在的问题",
            "（一）作风建设方面",
            "联系服务群众不够经常，下基层",
            "调研次数少。",
            "· 为民办实事项目推进慢。",
            "· 会议文件偏多。");
    assertEquals(
        List.of("联系服务群众不够经常，下基层调研次数少", "为民办实事项目推进慢", "会议文件偏多"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("作风建设方面"), List.of("作风建设方面"), List.of("作风建设方面")),
        answer.getList("problems.categoryPath"));
    assertEquals(List.of(4, 5), answer.getList("problems[0].origin.lines"));
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(containsString("it was read as a problem of its own")));
  }

  @Test
  void measuresNumberedLikeProblemsAreNoNumberingJump() {
    JsonPath answer =
        word(
            "××局整改方案",
            "1.公务接待不规范的问题",
            "整改措施：",
            "1.修订接待制度。",
            "2.开展专项检查。",
            "责任单位：办公室；责任人：李四；整改时限：2024年6月30日",
            "2.政府采购程序不规范的问题",
            "整改措施：",
            "1.规范采购流程。",
            "2.建立采购台账。",
            "责任单位：财务科；责任人：王五；整改时限：2024年7月31日",
            "4.会议偏多的问题",
            "整改措施：精简会议。",
            "责任单位：办公室；责任人：李四；整改时限：2024年8月31日");
    assertEquals(
        List.of("公务接待不规范的问题", "政府采购程序不规范的问题", "会议偏多的问题"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("修订接待制度。", "开展专项检查。"), List.of("规范采购流程。", "建立采购台账。"), List.of("精简会议。")),
        answer.getList("problems.measures.measure"));
    List<String> jumps =
        answer.getList("warnings", String.class).stream()
            .filter(w -> w.contains("numbering jumps"))
            .toList();
    assertEquals(1, jumps.size(), jumps.toString());
    assertThat(jumps.get(0), containsString("Line 12: numbering jumps to 4."));
  }

  @Test
  void severalItemsInOneProblemCellWithOneMeasureAreOneProblemKeepingTheItems() {
    JsonPath answer =
        dryRunXlsx(
            ledger(
                TASK_HEADINGS,
                row(1, "1.公务接待不规范。\n2.接待清单不全。", "修订接待制度。", "办公室", "李四", "2024年6月30日"),
                row(2, "会议偏多。", "精简会议。", "办公室", "李四", "2024年6月30日")));
    assertEquals(List.of("公务接待不规范", "会议偏多"), answer.getList("problems.title"), answer.prettify());
    assertEquals(List.of("1.公务接待不规范。\n2.接待清单不全。", "会议偏多。"), answer.getList("problems.description"));
    assertEquals(
        List.of(List.of("修订接待制度。"), List.of("精简会议。")), answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of(List.of("办公室")), List.of(List.of("办公室"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(List.of(2, 2), answer.getList("problems[0].origin.rows"));
  }

  @Test
  void aLeaderWrittenWithHisPostIsOnePerson() {
    JsonPath answer =
        dryRunXlsx(
            ledger(
                LEADER_HEADINGS,
                row(1, "公务接待不规范。", "修订接待制度。", "副局长 张三", "办公室", "2024年6月30日"),
                row(2, "会议偏多。", "精简会议。", "张三 副局长", "办公室", "2024年6月30日"),
                row(3, "调研不深。", "开展调研。", "张三（副局长）", "办公室", "2024年6月30日"),
                row(4, "文件偏多。", "精简文件。", "张三 李四", "办公室", "2024年6月30日")));
    assertEquals(
        List.of(List.of("张三"), List.of("张三"), List.of("张三"), List.of("张三、李四")),
        answer.getList("problems.measures.leaderInCharge"),
        answer.prettify());

    JsonPath plan =
        word(
            "××局整改方案",
            "1.公务接待不规范的问题",
            "整改措施：修订接待制度。",
            "责任领导：副局长\u3000张三\u3000责任单位：办公室\u3000整改时限：2024年6月30日");
    assertEquals("张三", plan.getString("problems[0].measures[0].leaderInCharge"), plan.prettify());
    assertEquals(List.of("办公室"), plan.getList("problems[0].measures[0].responsibleUnits"));
  }
}
