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
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.bench.WordParagraphs;
import org.bihuan.problem.support.ChinesePdf;
import org.junit.jupiter.api.Test;

/**
 * Duties written in brackets after, inside or beside a measure, from text, Word paragraphs and
 * PDFs.
 */
@QuarkusTest
class ImportDutiesInBracketsTest {

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
}
