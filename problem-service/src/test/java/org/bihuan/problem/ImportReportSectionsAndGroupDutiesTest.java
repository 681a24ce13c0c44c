package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.bench.WordParagraphs;
import org.bihuan.problem.support.Api;
import org.junit.jupiter.api.Test;

/**
 * POST /sources/{id}/import?dryRun=true with a 整改报告 and a 整改方案 as units write them
 * (docs/decisions/0221), as text and as a .docx of paragraphs POI writes: a problem section whose
 * heading reports on the problems (巡察反馈问题整改情况, 存在的问题及整改情况, 整改落实情况) holds the problems, and a group
 * whose 整改措施 and duties are written once before its numbered problems gives them to those problems
 * — never to the last problem of the group before it.
 */
@QuarkusTest
class ImportReportSectionsAndGroupDutiesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "text/plain; charset=UTF-8";

  private static final String REPORT =
      """
      某某区卫生健康局关于巡察整改进展情况的报告
      一、%s
      （一）党的建设方面
      1．基层党组织“三会一课”落实不到位。
      整改措施：
      （1）建立“三会一课”记录月检制度
      （2）开展支部书记轮训
      责任领导：杜明
      责任科室：机关党委
      责任人：贺兰
      整改时限：2024 年 8 月 31 日
      2．党员发展程序不规范。
      整改措施：逐一复核近三年党员发展档案。
      责任领导：杜明
      责任科室：组织人事科
      责任人：贺兰
      整改时限：2024 年 9 月 30 日
      （二）资金管理方面
      1．专项资金拨付滞后。
      整改措施：建立专项资金拨付台账，按月通报。
      责任领导：龚平
      责任科室：规划财务科
      责任人：马骏
      整改时限：2024 年 10 月 31 日
      二、工作要求
      持续巩固整改成果。
      某某区卫生健康局
      2024 年 7 月 20 日
      """;

  private static final List<String> REPORT_PROBLEMS =
      List.of(
          "基层党组织“三会一课”落实不到位 [党的建设方面]"
              + " | 建立“三会一课”记录月检制度 [机关党委] 杜明 贺兰 2024-08-31"
              + " | 开展支部书记轮训 [机关党委] 杜明 贺兰 2024-08-31",
          "党员发展程序不规范 [党的建设方面] | 逐一复核近三年党员发展档案。 [组织人事科] 杜明 贺兰 2024-09-30",
          "专项资金拨付滞后 [资金管理方面] | 建立专项资金拨付台账，按月通报。 [规划财务科] 龚平 马骏 2024-10-31");

  private static final List<String> REPORT_HEADINGS =
      List.of("巡察反馈问题整改情况", "问题整改情况", "存在的问题及整改情况", "反馈问题整改落实情况", "巡察反馈问题及整改落实情况", "整改落实情况");

  @Test
  void aSectionReportingOnTheProblemsHoldsThemAsText() throws IOException {
    for (String heading : REPORT_HEADINGS) {
      JsonNode answer = dryRun(REPORT.formatted(heading).getBytes(StandardCharsets.UTF_8), TEXT);
      assertEquals(REPORT_PROBLEMS, problems(answer), heading + ": " + answer.toPrettyString());
      assertTrue(
          warnings(answer)
              .contains(
                  "Lines 25–26: the section 「二、工作要求」 holds no problems (such as 工作要求, 保障措施,"
                      + " 组织领导); it was not imported."),
          heading + ": " + warnings(answer));
    }
  }

  @Test
  void aSectionReportingOnTheProblemsHoldsThemInWord() throws IOException {
    for (String heading : List.of("巡察反馈问题整改情况", "存在的问题及整改情况", "整改落实情况")) {
      JsonNode answer = dryRun(WordParagraphs.docx(lines(REPORT.formatted(heading))), DOCX);
      assertEquals(REPORT_PROBLEMS, problems(answer), heading + ": " + answer.toPrettyString());
    }
  }

  @Test
  void aReportSectionOfProseStillHoldsNoProblems() throws IOException {
    String text =
        REPORT
            .formatted("巡察反馈问题整改情况")
            .replace(
                "某某区卫生健康局关于巡察整改进展情况的报告\n",
                "某某区卫生健康局关于巡察整改进展情况的报告\n一、上轮巡察反馈问题整改落实情况\n上轮巡察反馈的问题已全部整改到位。\n")
            .replace("一、巡察反馈问题整改情况", "二、巡察反馈问题整改情况")
            .replace("二、工作要求", "三、工作要求");
    JsonNode answer = dryRun(text.getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(REPORT_PROBLEMS, problems(answer), answer.toPrettyString());
    assertTrue(
        warnings(answer)
            .contains(
                "Lines 2–3: the section 「一、上轮巡察反馈问题整改落实情况」 holds no problems (such as 工作要求, 保障措施,"
                    + " 组织领导); it was not imported."),
        warnings(answer).toString());
  }

  private static final String PLAN =
      """
      县文化和旅游局关于县委巡察反馈意见整改工作方案
      一、反馈问题及整改措施
      （一）政治建设方面
      1.落实意识形态工作责任制不到位。
      整改措施：每半年召开一次意识形态工作专题会议。
      责任领导：郭志明
      责任单位：办公室
      责任人：吕婷
      整改时限：2024年12月31日
      2.文物安全巡查流于形式。
      整改措施：建立文物安全巡查记录和月报制度。
      责任领导：郭志明　责任单位：文物股　责任人：康健　整改时限：2024年8月31日
      （二）作风建设方面
      %s责任领导：潘建
      责任单位：机关党委
      整改时限：2024年9月30日
      1.文风会风不实，以会议落实会议。
      2.督查检查过多过频，基层负担重。
      二、工作要求
      各责任单位要于每月25日前报送整改进展情况。
      """;

  private static final String GROUP_MEASURE = "整改措施：严格执行中央八项规定精神，开展作风建设专项整治。\n";

  private static final List<String> EARLIER_GROUP =
      List.of(
          "落实意识形态工作责任制不到位 [政治建设方面] | 每半年召开一次意识形态工作专题会议。 [办公室] 郭志明 吕婷 2024-12-31",
          "文物安全巡查流于形式 [政治建设方面] | 建立文物安全巡查记录和月报制度。 [文物股] 郭志明 康健 2024-08-31");

  @Test
  void aGroupsMeasureAndDutiesBeforeItsProblemsGoToThem() throws IOException {
    List<String> expected = new ArrayList<>(EARLIER_GROUP);
    expected.add("文风会风不实，以会议落实会议 [作风建设方面] | 严格执行中央八项规定精神，开展作风建设专项整治。 [机关党委] 潘建 null 2024-09-30");
    expected.add("督查检查过多过频，基层负担重 [作风建设方面] | 严格执行中央八项规定精神，开展作风建设专项整治。 [机关党委] 潘建 null 2024-09-30");
    String text = PLAN.formatted(GROUP_MEASURE);
    for (JsonNode answer :
        List.of(
            dryRun(text.getBytes(StandardCharsets.UTF_8), TEXT),
            dryRun(WordParagraphs.docx(lines(text)), DOCX))) {
      assertEquals(expected, problems(answer), answer.toPrettyString());
      assertTrue(
          warnings(answer)
              .contains(
                  "Line 13: the group 「作风建设方面」 gives a 整改措施 for the whole group; it was given to 2"
                      + " problem(s) of the group that have none of their own."),
          warnings(answer).toString());
    }
  }

  @Test
  void aGroupsDutiesWithoutAMeasureNeverChangeTheGroupBefore() throws IOException {
    List<String> expected = new ArrayList<>(EARLIER_GROUP);
    expected.add("文风会风不实，以会议落实会议 [作风建设方面] | 文风会风不实，以会议落实会议 [机关党委] 潘建 null 2024-09-30");
    expected.add("督查检查过多过频，基层负担重 [作风建设方面] | 督查检查过多过频，基层负担重 [机关党委] 潘建 null 2024-09-30");
    String text = PLAN.formatted("");
    for (JsonNode answer :
        List.of(
            dryRun(text.getBytes(StandardCharsets.UTF_8), TEXT),
            dryRun(WordParagraphs.docx(lines(text)), DOCX))) {
      assertEquals(expected, problems(answer), answer.toPrettyString());
    }
  }

  @Test
  void aTitleWrappedBeforeItsLastWordIsOneTitle() throws IOException {
    String text =
        PLAN.formatted(GROUP_MEASURE)
            .replace("县文化和旅游局关于县委巡察反馈意见整改工作方案\n", "县文化和旅游局关于县委巡察反馈意见整改工作\n方案\n");
    for (JsonNode answer :
        List.of(
            dryRun(text.getBytes(StandardCharsets.UTF_8), TEXT),
            dryRun(WordParagraphs.docx(lines(text)), DOCX))) {
      assertEquals(4, answer.get("problems").size(), answer.toPrettyString());
      assertTrue(
          warnings(answer).stream().noneMatch(w -> w.contains("comes before the first section")),
          warnings(answer).toString());
    }
    // a short line after the title that is no part of it is still named
    JsonNode answer =
        dryRun(text.replace("\n方案\n", "方案\n为抓好整改，制定本方案。\n").getBytes(StandardCharsets.UTF_8), TEXT);
    assertTrue(
        warnings(answer)
            .contains(
                "Line 2 「为抓好整改，制定本方案。」 comes before the first section; it introduces the document, is"
                    + " not a problem and was not imported."),
        warnings(answer).toString());
  }

  private static final String DOCX = DocumentText.DOCX;

  private static List<String> lines(String text) {
    return List.of(text.split("\n"));
  }

  /** Each problem as 「title [category] | measure [units] leader person deadline | …」. */
  private static List<String> problems(JsonNode answer) {
    List<String> problems = new ArrayList<>();
    for (JsonNode p : answer.get("problems")) {
      List<String> path = new ArrayList<>();
      p.get("categoryPath").forEach(c -> path.add(c.asText()));
      StringBuilder s = new StringBuilder(p.get("title").asText()).append(' ').append(path);
      for (JsonNode m : p.get("measures")) {
        List<String> units = new ArrayList<>();
        m.get("responsibleUnits").forEach(u -> units.add(u.asText()));
        s.append(" | ")
            .append(m.get("measure").asText())
            .append(' ')
            .append(units)
            .append(' ')
            .append(m.get("leaderInCharge").asText(null))
            .append(' ')
            .append(m.get("responsiblePerson").asText(null))
            .append(' ')
            .append(m.get("deadline").asText(null));
      }
      problems.add(s.toString());
    }
    return problems;
  }

  private static List<String> warnings(JsonNode answer) {
    List<String> warnings = new ArrayList<>();
    answer.get("warnings").forEach(w -> warnings.add(w.asText()));
    return warnings;
  }

  private static JsonNode dryRun(byte[] body, String mediaType) throws IOException {
    return JSON.readTree(Api.dryRun("整改报告与分组职责", body, mediaType));
  }
}
