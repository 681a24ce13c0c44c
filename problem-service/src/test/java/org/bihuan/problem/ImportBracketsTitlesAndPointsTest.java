package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.bench.WordParagraphs;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An outside tester's plans written as numbered paragraphs (text, Word paragraphs, a PDF's text),
 * imported through {@code POST /sources/{id}/import}, dry run and commit (docs/decisions/0248):
 * duties in brackets after a measure, leaders written with their posts or two at once, points (一是…,
 * （1）…) under an item, and problems titled after a label or a number (【问题1】, 问题2： then 问题描述：,
 * 第3项问题：, 巡察指出：（4）, （5）).
 */
@QuarkusTest
class ImportBracketsTitlesAndPointsTest {

  private static final String TEXT = "text/plain; charset=UTF-8";

  /** Duties in a bracket after the measure, full- and half-width, and after a problem. */
  static final List<String> BRACKETED_DUTIES =
      List.of(
          "××县财政局巡察整改方案",
          "一、整改任务",
          "（一）财务管理方面",
          "1.银行账户管理混乱，存在闲置账户的问题",
          "整改措施：清理银行账户。（责任领导：李四；责任单位：财务科；整改时限：2024年12月31日）",
          "2.公务卡使用不规范的问题",
          "整改措施：规范公务卡结算。(牵头领导：王五；牵头单位：办公室；责任人：赵六；完成时限：2024年10月31日)",
          "（二）作风建设方面",
          "1.会议材料印发过多的问题（责任单位：办公室；完成时限：2024年9月30日）",
          "整改措施：精简会议材料（2024年9月底前完成）。");

  private static void assertBracketedDuties(JsonPath answer) {
    assertEquals(
        List.of("银行账户管理混乱，存在闲置账户的问题", "公务卡使用不规范的问题", "会议材料印发过多的问题"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("财务管理方面"), List.of("财务管理方面"), List.of("作风建设方面")),
        answer.getList("problems.categoryPath"));
    assertEquals(
        List.of(List.of("清理银行账户。"), List.of("规范公务卡结算。"), List.of("精简会议材料（2024年9月底前完成）。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of("李四"), List.of("王五"), Arrays.asList((String) null)),
        answer.getList("problems.measures.leaderInCharge"));
    assertEquals(
        List.of(List.of(List.of("财务科")), List.of(List.of("办公室")), List.of(List.of("办公室"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(Arrays.asList((String) null), List.of("赵六"), Arrays.asList((String) null)),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(
        List.of(List.of("2024-12-31"), List.of("2024-10-31"), List.of("2024-09-30")),
        answer.getList("problems.measures.deadline"));
    assertEquals(List.of(), answer.getList("warnings"));
  }

  @Test
  void dutiesInABracketAfterTheMeasureAreReadAsTheirOwnLineFromText() {
    byte[] body = text(BRACKETED_DUTIES);
    assertBracketedDuties(dryRun(body, TEXT));
    JsonPath committed = commit(body, TEXT);
    assertBracketedDuties(committed);
    assertEquals(
        List.of("会议材料印发过多的问题", "公务卡使用不规范的问题", "银行账户管理混乱，存在闲置账户的问题"),
        storedTitles(committed.getString("sourceId")).stream().sorted().toList());
  }

  @Test
  void dutiesInABracketAfterTheMeasureAreReadAsTheirOwnLineFromWordParagraphs() throws IOException {
    byte[] docx = WordParagraphs.docx(BRACKETED_DUTIES);
    assertBracketedDuties(dryRun(docx, DocumentText.DOCX));
    assertBracketedDuties(commit(docx, DocumentText.DOCX));
  }

  @Test
  void dutiesInABracketAfterTheMeasureAreReadAsTheirOwnLineFromAPdf() {
    byte[] pdf = ChinesePdf.of(List.of(BRACKETED_DUTIES));
    JsonPath answer = dryRun(pdf, DocumentText.PDF);
    assertBracketedDuties(answer);
    assertEquals(Map.of("page", 1, "lines", List.of(4, 5)), answer.getMap("problems[0].origin"));
    assertBracketedDuties(commit(pdf, DocumentText.PDF));
  }

  @Test
  void aBracketOfDutiesThePdfWrappedOverTwoLinesKeepsItsLeader() {
    byte[] pdf =
        ChinesePdf.of(
            List.of(
                List.of(
                    "××县财政局巡察整改方案",
                    "1.银行账户管理混乱，存在闲置账户的问题",
                    "整改措施：清理账户。（责任领导：李四；责任单位：财务科；整改",
                    "时限：2024年12月31日）",
                    "2.公务卡使用不规范的问题",
                    "整改措施：规范公务卡结算。（牵头领导：王五；",
                    "责任单位：办公室；责任人：赵六；整改时限：2024年10月31日）")));
    for (JsonPath answer : List.of(dryRun(pdf, DocumentText.PDF), commit(pdf, DocumentText.PDF))) {
      assertEquals(
          List.of("银行账户管理混乱，存在闲置账户的问题", "公务卡使用不规范的问题"),
          answer.getList("problems.title"),
          answer.prettify());
      assertEquals(
          List.of(List.of("清理账户。"), List.of("规范公务卡结算。")),
          answer.getList("problems.measures.measure"));
      assertEquals(
          List.of(List.of("李四"), List.of("王五")),
          answer.getList("problems.measures.leaderInCharge"));
      assertEquals(
          List.of(List.of(List.of("财务科")), List.of(List.of("办公室"))),
          answer.getList("problems.measures.responsibleUnits"));
      assertEquals(
          List.of(Arrays.asList((String) null), List.of("赵六")),
          answer.getList("problems.measures.responsiblePerson"));
      assertEquals(
          List.of(List.of("2024-12-31"), List.of("2024-10-31")),
          answer.getList("problems.measures.deadline"));
      assertEquals(List.of(), answer.getList("warnings"));
    }
  }

  @Test
  void leadersWrittenWithPostsAreStoredByNameAndTwoLeadersAsTwo() {
    byte[] body =
        text(
            List.of(
                "××局巡察整改方案",
                "一、存在问题及整改措施",
                "1.财务审批不严格的问题",
                "整改措施：完善财务审批制度。",
                "责任领导：局党组书记、局长张三",
                "责任单位：财务科；整改时限：2024年9月30日",
                "2.食堂管理不规范的问题",
                "整改措施：完善食堂管理制度。",
                "责任领导：张三（科长）",
                "责任单位：后勤科；整改时限：2024年10月31日",
                "3.公务用车管理不规范的问题",
                "整改措施：完善派车登记制度。",
                "责任领导：王五、赵六",
                "责任单位：办公室；整改时限：2024年11月30日"));
    for (JsonPath answer : List.of(dryRun(body, TEXT), commit(body, TEXT))) {
      assertEquals(
          List.of(List.of("张三"), List.of("张三"), List.of("王五、赵六")),
          answer.getList("problems.measures.leaderInCharge"),
          answer.prettify());
      assertEquals(
          List.of(List.of(List.of("财务科")), List.of(List.of("后勤科")), List.of(List.of("办公室"))),
          answer.getList("problems.measures.responsibleUnits"));
      assertEquals(
          List.of(
              "责任领导 written with a post are stored by name only, so that the reports count each"
                  + " leader once: 「局党组书记、局长张三」 → 「张三」, 「张三（科长）」 → 「张三」."),
          answer.getList("warnings"));
    }
  }

  @Test
  void bracketsOfDutiesInTheMiddleOfALineOrOnePerDutyAreTakenOutOfTheText() {
    byte[] body =
        text(
            List.of(
                "××局巡察整改方案",
                "一、存在问题及整改措施",
                "1.党建台账不规范的问题",
                "整改措施：规范台账（责任领导：李四；责任单位：党建办；整改时限：2024年9月30日），每月检查一次。",
                "2.固定资产台账缺失的问题",
                "整改措施：建立台账（责任单位：办公室），按月更新。",
                "3.财务报销不规范的问题",
                "整改措施：规范报销。（责任领导：王五）（责任单位：财务科）（整改时限：2024年9月30日）",
                "4.档案管理混乱的问题",
                "整改措施：清理档案[责任单位：办公室]，建立目录【整改时限：2024年10月31日】。",
                "5.印章管理不规范的问题",
                "整改措施：规范用印（责任单位：办公室，按月检查。",
                "6.车辆管理不规范的问题",
                "整改措施：完善派车制度。",
                "责任单位：办公室；整改时限：2024年12月31日"));
    for (JsonPath answer : List.of(dryRun(body, TEXT), commit(body, TEXT))) {
      assertEquals(
          List.of(
              "党建台账不规范的问题", "固定资产台账缺失的问题", "财务报销不规范的问题", "档案管理混乱的问题", "印章管理不规范的问题", "车辆管理不规范的问题"),
          answer.getList("problems.title"),
          answer.prettify());
      assertEquals(
          List.of(
              List.of("规范台账，每月检查一次。"),
              List.of("建立台账，按月更新。"),
              List.of("规范报销。"),
              List.of("清理档案，建立目录。"),
              List.of("规范用印（责任单位：办公室，按月检查。"),
              List.of("完善派车制度。")),
          answer.getList("problems.measures.measure"));
      assertEquals(
          List.of(
              List.of("李四"),
              Arrays.asList((String) null),
              List.of("王五"),
              Arrays.asList((String) null),
              Arrays.asList((String) null),
              Arrays.asList((String) null)),
          answer.getList("problems.measures.leaderInCharge"));
      assertEquals(
          List.of(
              List.of(List.of("党建办")),
              List.of(List.of("办公室")),
              List.of(List.of("财务科")),
              List.of(List.of("办公室")),
              List.of(List.of()),
              List.of(List.of("办公室"))),
          answer.getList("problems.measures.responsibleUnits"));
      assertEquals(
          List.of(
              List.of("2024-09-30"),
              Arrays.asList((String) null),
              List.of("2024-09-30"),
              List.of("2024-10-31"),
              Arrays.asList((String) null),
              List.of("2024-12-31")),
          answer.getList("problems.measures.deadline"));
    }
  }

  @Test
  void leadersWrittenWithPostsBeforeAfterOrInBracketsAreStoredByName() {
    List<String> leaders =
        List.of(
            "局党组成员、副局长李四",
            "副局长兼党组成员李四",
            "张三（党组书记、局长）",
            "张三(兼)",
            "李四同志",
            "副局长：王五",
            "张三（党组书记） 李四（副局长）",
            "局长、副局长");
    List<String> lines = new java.util.ArrayList<>(List.of("××局巡察整改方案", "一、存在问题及整改措施"));
    for (int i = 0; i < leaders.size(); i++) {
      lines.add((i + 1) + ".第" + (i + 1) + "项制度执行不到位的问题");
      lines.add("整改措施：完善制度" + (i + 1) + "。");
      lines.add("责任领导：" + leaders.get(i));
      lines.add("责任单位：办公室；整改时限：2024年9月30日");
    }
    byte[] body = text(lines);
    for (JsonPath answer : List.of(dryRun(body, TEXT), commit(body, TEXT))) {
      assertEquals(
          List.of(
              List.of("李四"),
              List.of("李四"),
              List.of("张三"),
              List.of("张三"),
              List.of("李四"),
              List.of("王五"),
              List.of("张三、李四"),
              // posts alone name no person (0251)
              java.util.Arrays.asList((String) null)),
          answer.getList("problems.measures.leaderInCharge"),
          answer.prettify());
      assertEquals(
          java.util.Collections.nCopies(8, List.of(List.of("办公室"))),
          answer.getList("problems.measures.responsibleUnits"));
      assertEquals(
          java.util.Collections.nCopies(8, List.of("2024-09-30")),
          answer.getList("problems.measures.deadline"));
      List<String> warnings = answer.getList("warnings");
      assertEquals(2, warnings.size(), String.join("\n", warnings));
      assertEquals(
          "责任领导 「局长、副局长」 names posts and no person; no leader was stored for the measure(s) that"
              + " give it (a leader is stored by name): fill in the leader's name.",
          warnings.get(0));
      assertEquals(true, warnings.get(1).contains("「局党组成员、副局长李四」 → 「李四」"), warnings.get(1));
    }
  }

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

  static byte[] text(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  static JsonPath dryRun(byte[] body, String mediaType) {
    return JsonPath.from(Api.dryRun("段落导入", body, mediaType));
  }

  /** Imports for real into a new source; the answer with the source's id as {@code sourceId}. */
  static JsonPath commit(byte[] body, String mediaType) {
    String source = Api.source("段落导入");
    String answer =
        io.restassured.RestAssured.given()
            .auth()
            .oauth2(Tokens.reporter("导入人", null))
            .contentType(mediaType)
            .body(body)
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .extract()
            .asString();
    return JsonPath.from(answer.replaceFirst("\\{", "{\"sourceId\":\"" + source + "\","));
  }

  /** The titles of the problems stored under a source. */
  static List<String> storedTitles(String source) {
    return Api.asViewer()
        .queryParam("sourceId", source)
        .get("/api/v1/problems")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.title");
  }
}
