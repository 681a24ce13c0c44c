package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.problem.support.RestartedListWord;
import org.junit.jupiter.api.Test;

/**
 * Deadlines written with a two-digit year, in a plan written by POI as a .docx, and Word list
 * numbers that restart or start at a value other than 1, in a .docx written by POI and its .doc
 * (LibreOffice's conversion, committed) — through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportTwoDigitYearsAndRestartedListsTest {

  private static final String PLAN =
      """
      ××局关于巡察反馈问题的整改方案
      一、作风建设方面
      1.公务接待不规范的问题
      整改措施：修订接待制度。
      责任单位：办公室
      整改时限：24年10月底
      2.会议偏多的问题
      整改措施：精简会议。
      责任单位：综合科
      整改时限：24.10.31
      3.调研不深入的问题
      整改措施：开展专题调研。
      责任单位：研究室
      整改时限：2024年10月
      4.档案管理不规范的问题
      整改措施：开展档案整理。
      责任单位：档案室
      整改时限：10月份""";

  @Test
  void aTwoDigitYearIsReadAsThisCenturysAndAMonthWithoutAYearInTheDocumentsYear()
      throws IOException {
    JsonPath answer = dryRunPath("两位年份", FormatFiles.paragraphs(PLAN), DocumentText.DOCX);
    List<String> category = List.of("作风建设方面");
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待不规范的问题",
                "公务接待不规范的问题",
                category,
                lines(3, 6, null),
                List.of(measure("修订接待制度。", List.of("办公室"), null, null, "DEADLINE", "2024-10-31"))),
            problem(
                "会议偏多的问题",
                "会议偏多的问题",
                category,
                lines(7, 10, null),
                List.of(measure("精简会议。", List.of("综合科"), null, null, "DEADLINE", "2024-10-31"))),
            problem(
                "调研不深入的问题",
                "调研不深入的问题",
                category,
                lines(11, 14, null),
                List.of(measure("开展专题调研。", List.of("研究室"), null, null, "DEADLINE", "2024-10-31"))),
            problem(
                "档案管理不规范的问题",
                "档案管理不规范的问题",
                category,
                lines(15, 18, null),
                List.of(measure("开展档案整理。", List.of("档案室"), null, null, "DEADLINE", "2024-10-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(
        List.of(
            "Problem 「公务接待不规范的问题」, measure 「修订接待制度。」 (line 6): 「24年10月底」 has a two-digit"
                + " year, read as 2024.",
            "Problem 「会议偏多的问题」, measure 「精简会议。」 (line 10): 「24.10.31」 has a two-digit year,"
                + " read as 2024.",
            "Problem 「档案管理不规范的问题」, measure 「开展档案整理。」 (line 18): 「10月份」 has no year; it was"
                + " read in the document's year, 2024 (2024-10-31)."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @Test
  void wordListNumbersThatRestartOrStartAboveOneAreNumberedAsWordShowsThem() throws IOException {
    JsonPath typed =
        dryRunPath(
            "列表编号",
            RestartedListWord.SELF_EXAM.getBytes(StandardCharsets.UTF_8),
            "text/plain; charset=UTF-8");
    JsonPath fromDocx =
        dryRunPath("列表编号", RestartedListWord.docx(RestartedListWord.SELF_EXAM), DocumentText.DOCX);
    assertEquals(
        List.of(
            "学习深度不够。主要表现在：\n（1）集中学习多，个人自学少；\n（2）读原文少，看解读多。",
            "研讨交流不够深入。主要表现在：\n（1）专题研讨发言准备不充分；\n（2）交流研讨流于形式。",
            "服务基层意识不强。主要表现在：\n（1）到基层现场办公少；\n（2）解决群众急难愁盼问题不及时；\n对反映的问题跟踪不够，（3）回访群众少。"),
        typed.getList("problems.description"),
        typed.prettify());
    // each run of points restarts (w:startOverride), the last at 3; the groups start at 三
    assertEquals(content(typed), content(fromDocx), fromDocx.prettify());

    // LibreOffice writes each restart into the .doc as a copy of the list holding the run's first
    // point, the other points staying in the list itself (no list format override), so the .doc
    // numbers them （1）（1） as LibreOffice and Word show that file; the start-at values (三、 and
    // the last run's （3）) are the levels' own
    byte[] doc = FormatFiles.committed("restarted-list-numbers-doc.doc");
    JsonPath fromDoc = dryRunPath("列表编号", doc, DocumentText.DOC);
    String shown =
        RestartedListWord.SELF_EXAM
            .replace("（2）读原文少", "（1）读原文少")
            .replace("（2）交流研讨", "（1）交流研讨")
            .replace("（2）解决群众", "（1）解决群众");
    JsonPath typedAsShown =
        dryRunPath("列表编号", shown.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
    assertEquals(content(typedAsShown), content(fromDoc), fromDoc.prettify());
  }

  private static Map<String, Object> content(JsonPath answer) {
    return Map.of(
        "problems", problems(answer),
        "causes", answer.getList("causes"),
        "proposedMeasures", answer.getList("proposedMeasures"),
        "warnings", answer.getList("warnings"));
  }
}
