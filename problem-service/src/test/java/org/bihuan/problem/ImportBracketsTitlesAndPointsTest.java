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
 * duties in brackets after a measure, leaders written with their posts or two at once.
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
