package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.OfficeWord;
import org.junit.jupiter.api.Test;

/**
 * POST /sources/{id}/import?dryRun=true with what typed documents write (docs/decisions/0220): a
 * footnote's mark set full size inside a sentence (…整改不到位①，… / …不严格[1]，…) with its note at the
 * page's foot, a table of contents without a 目录 line, and time limits that name a month or the
 * year's end without a year (10月份, 10月底前, 年底前), read in the document's year with a warning.
 */
@QuarkusTest
class ImportMarksContentsAndMonthsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "text/plain; charset=UTF-8";

  private static final String NOTED_PLAN =
      """
      ××局巡察反馈问题整改方案
      一、存在问题及整改措施
      1.整改不到位①，部分问题反复出现。
      整改措施：建立整改台账，逐项销号。
      责任单位：办公室
      整改时限：2024年12月31日
      2.制度执行不严格[1]，审批流于形式。
      整改措施：修订审批制度。
      责任单位：综合科
      整改时限：2024年11月30日
      <<SMALL>>①根据《中国共产党巡视工作条例》第二十条。
      <<SMALL>>[1]见《关于加强制度执行的通知》。
      — 1 —""";

  @Test
  void aFullSizeMarkInsideASentenceGoesWithItsNoteAtThePagesFoot() throws IOException {
    JsonNode answer = dryRun(ChinesePdf.laidOut(NOTED_PLAN), DocumentText.PDF);
    assertEquals(
        JSON.readTree(
            """
            [{"title": "整改不到位，部分问题反复出现",
              "description": "整改不到位，部分问题反复出现。",
              "categoryPath": [],
              "measures": [{"measure": "建立整改台账，逐项销号。", "responsibleUnits": ["办公室"], "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null, "timing": "DEADLINE", "deadline": "2024-12-31", "progress": null, "statusHint": null}]},
             {"title": "制度执行不严格，审批流于形式",
              "description": "制度执行不严格，审批流于形式。",
              "categoryPath": [],
              "measures": [{"measure": "修订审批制度。", "responsibleUnits": ["综合科"], "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null, "timing": "DEADLINE", "deadline": "2024-11-30", "progress": null, "statusHint": null}]}]
            """),
        withoutOrigins(answer),
        answer.toPrettyString());
    List<String> warnings = warnings(answer);
    assertEquals(
        List.of(
            "Page 1: the footnote 「①根据《中国共产党巡视工作条例》第二十条。」 at the foot of the page is a note to the"
                + " text, not part of a problem; it was not imported.",
            "Page 1: the footnote 「[1]见《关于加强制度执行的通知》。」 at the foot of the page is a note to the"
                + " text, not part of a problem; it was not imported."),
        warnings.subList(0, 2),
        warnings.toString());
  }

  private static final String HEADLESS_CONTENTS =
      """
      ××局关于巡察反馈问题的整改方案
      一、存在问题及整改措施……………………2
      （一）党建方面……………………………2
      （二）业务方面……………………………3
      二、工作要求………………………………4
      一、存在问题及整改措施
      （一）党建方面
      1.理论学习不够深入。
      整改措施：制定学习计划。
      责任单位：办公室
      整改时限：2024年9月30日
      （二）业务方面
      1.固定资产管理混乱。
      整改措施：开展资产清查。
      责任单位：财务处
      整改时限：2024年12月31日
      二、工作要求
      各单位要高度重视，认真抓好整改落实。""";

  private static final String CONTENTS_PROBLEMS =
      """
      [{"title": "理论学习不够深入",
        "description": "理论学习不够深入。",
        "categoryPath": ["党建方面"],
        "measures": [{"measure": "制定学习计划。", "responsibleUnits": ["办公室"], "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null, "timing": "DEADLINE", "deadline": "2024-09-30", "progress": null, "statusHint": null}]},
       {"title": "固定资产管理混乱",
        "description": "固定资产管理混乱。",
        "categoryPath": ["业务方面"],
        "measures": [{"measure": "开展资产清查。", "responsibleUnits": ["财务处"], "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null, "timing": "DEADLINE", "deadline": "2024-12-31", "progress": null, "statusHint": null}]}]
      """;

  private static final String CONTENTS_NAMED =
      "Lines 2–5 are the document's table of contents (without a 目录 line, 4 entries: 「一、存在问题及整改措施」"
          + "「（一）党建方面」「（二）业务方面」…); they repeat its headings with page numbers and were not imported.";

  @Test
  void contentsWithoutAContentsLineAreLeftOutOfTextAndPdf() throws IOException {
    JsonNode text = dryRun(HEADLESS_CONTENTS.getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(JSON.readTree(CONTENTS_PROBLEMS), withoutOrigins(text), text.toPrettyString());
    assertEquals(CONTENTS_NAMED, warnings(text).get(0), text.toPrettyString());
    JsonNode pdf =
        dryRun(
            ChinesePdf.ofText(
                HEADLESS_CONTENTS.replace(
                    "二、工作要求………………………………4\n", "二、工作要求………………………………4\n<<PAGE>>\n")),
            DocumentText.PDF);
    assertEquals(JSON.readTree(CONTENTS_PROBLEMS), withoutOrigins(pdf), pdf.toPrettyString());
    assertEquals(CONTENTS_NAMED, warnings(pdf).get(0), pdf.toPrettyString());

    // Word's TOC field and toc styles without a 目录 paragraph above them
    JsonNode word = dryRun(OfficeWord.docx(false), DocumentText.DOCX);
    assertEquals(
        JSON.readTree(ImportContentsNotesAndListedUnitsTest.PROBLEMS),
        withoutOrigins(word),
        word.toPrettyString());
    assertEquals(
        1,
        warnings(word).stream().filter(w -> w.contains("table of contents")).count(),
        word.toPrettyString());
  }

  private static final String MONTHS_PLAN =
      """
      ××局2024年巡察反馈问题整改方案
      一、存在问题及整改措施
      1.理论学习不够深入。
      整改措施：制定学习计划。
      责任单位：办公室
      整改时限：2024年6月30日
      2.会议偏多。
      整改措施：精简会议。
      责任单位：综合科
      整改时限：10月份
      3.调研不深入。
      整改措施：开展专题调研。
      责任单位：办公室
      整改时限：10月底前
      4.档案管理不规范。
      整改措施：开展档案整理。
      责任单位：档案室
      整改时限：年底前
      5.资产管理混乱。
      整改措施：开展资产清查。
      责任单位：财务处
      整改时限：2024年10月份""";

  @Test
  void aMonthWithoutAYearIsReadInTheDocumentsYearWithAWarning() throws IOException {
    JsonNode answer = dryRun(MONTHS_PLAN.getBytes(StandardCharsets.UTF_8), TEXT);
    List<String> deadlines = new ArrayList<>();
    answer
        .get("problems")
        .forEach(p -> deadlines.add(p.get("measures").get(0).get("deadline").asText()));
    assertEquals(
        List.of("2024-06-30", "2024-10-31", "2024-10-31", "2024-12-31", "2024-10-31"),
        deadlines,
        answer.toPrettyString());
    List<String> warnings = warnings(answer);
    assertEquals(
        List.of(
            "Problem 「会议偏多」, measure 「精简会议。」 (line 10): 「10月份」 has no year; it was read in the"
                + " document's year, 2024 (2024-10-31).",
            "Problem 「调研不深入」, measure 「开展专题调研。」 (line 14): 「10月底前」 has no year; it was read in"
                + " the document's year, 2024 (2024-10-31).",
            "Problem 「档案管理不规范」, measure 「开展档案整理。」 (line 18): 「年底前」 has no year; it was read in"
                + " the document's year, 2024 (2024-12-31)."),
        warnings.stream().filter(w -> w.contains("no year")).toList(),
        warnings.toString());

    // a Word table: the year from the table's other dates
    List<List<Object>> rows =
        List.of(
            Arrays.asList("序号", "问题描述", "整改措施", "责任单位", "完成时限"),
            Arrays.asList("1", "理论学习不够深入。", "制定学习计划。", "办公室", "2024年6月30日"),
            Arrays.asList("2", "会议偏多。", "精简会议。", "综合科", "10月底前"),
            Arrays.asList("3", "档案管理不规范。", "开展档案整理。", "档案室", "年底前"));
    byte[] docx = Ledgers.docx(List.of("××局整改任务清单"), new Ledgers.Table("清单", rows, List.of(), 5));
    JsonNode word = dryRun(docx, DocumentText.DOCX);
    List<String> wordDeadlines = new ArrayList<>();
    word.get("problems")
        .forEach(p -> wordDeadlines.add(p.get("measures").get(0).get("deadline").asText()));
    assertEquals(
        List.of("2024-06-30", "2024-10-31", "2024-12-31"), wordDeadlines, word.toPrettyString());

    // without a year anywhere in the document nothing is guessed
    JsonNode yearless =
        dryRun(MONTHS_PLAN.replace("2024年", "").getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(
        "null", yearless.get("problems").get(1).get("measures").get(0).get("deadline").toString());
  }

  private static JsonNode withoutOrigins(JsonNode answer) {
    ArrayNode problems = answer.get("problems").deepCopy();
    problems.forEach(p -> ((ObjectNode) p).remove("origin"));
    return problems;
  }

  private static List<String> warnings(JsonNode answer) {
    List<String> warnings = new ArrayList<>();
    answer.get("warnings").forEach(w -> warnings.add(w.asText()));
    return warnings;
  }

  private static JsonNode dryRun(byte[] body, String mediaType) throws IOException {
    return JSON.readTree(Api.dryRun("脚注、目录与月份", body, mediaType));
  }
}
