package org.bihuan.problem;

import static org.bihuan.problem.ParagraphImports.TEXT;
import static org.bihuan.problem.ParagraphImports.commit;
import static org.bihuan.problem.ParagraphImports.dryRun;
import static org.bihuan.problem.ParagraphImports.storedTitles;
import static org.bihuan.problem.ParagraphImports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.bench.WordParagraphs;
import org.junit.jupiter.api.Test;

/**
 * Points under an item are one problem, and labels and numbers before a problem stay out of its
 * title.
 */
@QuarkusTest
class ImportPointsAndLabelledTitlesTest {

  /** An item followed by 一是…二是… lines, and a 一是 problem with （1）（2） sub-points under it. */
  static final List<String> POINTS_UNDER_ITEMS =
      List.of(
          "××局巡察整改清单",
          "一、存在问题及整改措施",
          "（一）后勤管理方面",
          "（1）公务用车管理不规范。",
          "整改措施：完善派车制度。",
          "责任单位：办公室；整改时限：2024年9月30日",
          "（2）食堂管理不规范。",
          "一是食材采购未公开招标；",
          "二是出入库台账不全；",
          "三是留样制度执行不严。",
          "整改措施：",
          "一是修订食堂管理制度；",
          "二是建立出入库台账。",
          "责任领导：张三；责任单位：后勤科；责任人：李明；整改时限：2024年10月31日",
          "（二）制度执行方面",
          "一是会议制度落实不到位。",
          "（1）会前准备不充分；",
          "（2）会议记录不完整。",
          "整改措施：严格执行会议制度。",
          "责任单位：办公室；整改时限：2024年9月30日",
          "二是档案管理不规范。",
          "整改措施：",
          "（1）全面清理档案；",
          "（2）建立借阅登记制度。",
          "责任单位：档案室；整改时限：2024年12月31日");

  private static void assertPointsUnderItems(JsonPath answer) {
    assertEquals(
        List.of("公务用车管理不规范", "食堂管理不规范", "会议制度落实不到位", "档案管理不规范"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(
            "公务用车管理不规范。",
            "食堂管理不规范。\n一是食材采购未公开招标；\n二是出入库台账不全；\n三是留样制度执行不严。",
            "会议制度落实不到位。\n（1）会前准备不充分；\n（2）会议记录不完整。",
            "档案管理不规范。"),
        answer.getList("problems.description"));
    assertEquals(
        List.of(List.of("后勤管理方面"), List.of("后勤管理方面"), List.of("制度执行方面"), List.of("制度执行方面")),
        answer.getList("problems.categoryPath"));
    assertEquals(
        List.of(
            List.of("完善派车制度。"),
            List.of("修订食堂管理制度", "建立出入库台账。"),
            List.of("严格执行会议制度。"),
            List.of("全面清理档案", "建立借阅登记制度。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(
            Arrays.asList((String) null),
            List.of("张三", "张三"),
            Arrays.asList((String) null),
            Arrays.asList(null, null)),
        answer.getList("problems.measures.leaderInCharge"));
    assertEquals(
        List.of(
            Arrays.asList((String) null),
            List.of("李明", "李明"),
            Arrays.asList((String) null),
            Arrays.asList(null, null)),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(
        List.of(
            List.of(List.of("办公室")),
            List.of(List.of("后勤科"), List.of("后勤科")),
            List.of(List.of("办公室")),
            List.of(List.of("档案室"), List.of("档案室"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(
            List.of("2024-09-30"),
            List.of("2024-10-31", "2024-10-31"),
            List.of("2024-09-30"),
            List.of("2024-12-31", "2024-12-31")),
        answer.getList("problems.measures.deadline"));
    assertEquals(List.of(), answer.getList("warnings"));
  }

  @Test
  void pointsUnderAnItemAreOneProblemFromText() {
    byte[] body = text(POINTS_UNDER_ITEMS);
    assertPointsUnderItems(dryRun(body, TEXT));
    JsonPath committed = commit(body, TEXT);
    assertPointsUnderItems(committed);
    assertEquals(4, storedTitles(committed.getString("sourceId")).size());
  }

  @Test
  void pointsUnderAnItemAreOneProblemFromWordParagraphs() throws IOException {
    byte[] docx = WordParagraphs.docx(POINTS_UNDER_ITEMS);
    assertPointsUnderItems(dryRun(docx, DocumentText.DOCX));
    assertPointsUnderItems(commit(docx, DocumentText.DOCX));
  }

  /** Problems titled after a label or a number: 【问题1】, 问题2： then 问题描述：, 第3项问题：, 巡察指出：（4）, （5）. */
  static final List<String> LABELLED_TITLES =
      List.of(
          "××局巡察整改方案",
          "一、存在问题及整改措施",
          "【问题1】学习制度落实不严格。",
          "整改措施：制定学习计划。",
          "责任单位：办公室；整改时限：2024年9月30日",
          "问题2：",
          "问题描述：财务审批不规范，存在先支付后审批现象。",
          "整改措施：严格审批流程。",
          "责任领导：局党组书记、局长张三；责任单位：财务科；整改时限：2024年10月31日",
          "第3项问题：干部档案管理不规范。",
          "整改措施：专项审核干部档案。",
          "责任单位：组织科；整改时限：2024年11月30日",
          "巡察指出：（4）议事规则执行不到位。",
          "整改措施：修订议事规则。（责任领导：王五；责任单位：办公室；整改时限：2024年12月31日）",
          "（5）公车管理不规范。",
          "整改措施：完善派车制度。",
          "责任单位：办公室；整改时限：2024年12月31日");

  private static void assertLabelledTitles(JsonPath answer) {
    assertEquals(
        List.of("学习制度落实不严格", "财务审批不规范，存在先支付后审批现象", "干部档案管理不规范", "议事规则执行不到位", "公车管理不规范"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of("学习制度落实不严格。", "财务审批不规范，存在先支付后审批现象。", "干部档案管理不规范。", "议事规则执行不到位。", "公车管理不规范。"),
        answer.getList("problems.description"));
    assertEquals(
        List.of(
            List.of("制定学习计划。"),
            List.of("严格审批流程。"),
            List.of("专项审核干部档案。"),
            List.of("修订议事规则。"),
            List.of("完善派车制度。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(
            Arrays.asList((String) null),
            List.of("张三"),
            Arrays.asList((String) null),
            List.of("王五"),
            Arrays.asList((String) null)),
        answer.getList("problems.measures.leaderInCharge"));
    assertEquals(
        List.of(
            List.of(List.of("办公室")),
            List.of(List.of("财务科")),
            List.of(List.of("组织科")),
            List.of(List.of("办公室")),
            List.of(List.of("办公室"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(
            List.of("2024-09-30"),
            List.of("2024-10-31"),
            List.of("2024-11-30"),
            List.of("2024-12-31"),
            List.of("2024-12-31")),
        answer.getList("problems.measures.deadline"));
  }

  @Test
  void labelsAndNumbersBeforeAProblemStayOutOfItsTitleFromText() {
    byte[] body = text(LABELLED_TITLES);
    JsonPath answer = dryRun(body, TEXT);
    assertLabelledTitles(answer);
    assertEquals(List.of(6, 9), answer.getList("problems[1].origin.lines"));
    assertLabelledTitles(commit(body, TEXT));
  }

  @Test
  void labelsAndNumbersBeforeAProblemStayOutOfItsTitleFromWordParagraphs() throws IOException {
    byte[] docx = WordParagraphs.docx(LABELLED_TITLES);
    JsonPath answer = dryRun(docx, DocumentText.DOCX);
    assertLabelledTitles(answer);
    assertEquals(List.of(6, 9), answer.getList("problems[1].origin.lines"));
    assertLabelledTitles(commit(docx, DocumentText.DOCX));
  }
}
