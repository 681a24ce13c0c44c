package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain-text and Word-paragraph outlines as other offices write them, through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0375): a wrapped line that opens with a
 * bracketed number inside a sentence (a cited clause 第一百零二条 / （二）项规定…, things counted 抽查 /
 * （1）中队、（2）中队…) goes on with its problem; a numbered item without words is left out with a warning,
 * or refused with 422 import-title-missing when measures stand under it, never titled by the
 * importer; a numbered line that names the section only (1、存在问题及整改措施) heads it; 第三部分 保障措施 / 第四章
 * 组织保障 end the problems; a title is one line; a typed page number line is no text.
 */
@QuarkusTest
class ImportOutlineWrapsAndSectionEndsTest {

  static final String WRAPS =
      """
      一、存在的问题
      （一）执法监督方面
      1.执法案卷管理不规范，违反《中华人民共和国行政处罚法》第一百零二条
      （二）项规定的案件2起。
      整改措施：开展案卷评查。
      责任单位：法制科
      整改时限：2025年3月31日
      2.基层台账建设滞后，大队对所属中队进行抽查
      （1）中队、（2）中队未建立台账，检查记录缺失。
      整改措施：建立统一台账。
      责任单位：执法大队
      整改时限：2025年4月30日
      （二）队伍建设方面
      1.教育培训不经常
      （1）培训计划未落实。
      （2）培训记录不全。
      整改措施：制定年度培训计划。
      责任单位：政治处
      整改时限：2025年6月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void bracketedNumbersInsideAWrappedSentenceGoOnWithTheirProblem(String format)
      throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan(format, WRAPS);
    String cited = "执法案卷管理不规范，违反《中华人民共和国行政处罚法》第一百零二条（二）项规定的案件2起";
    String counted = "基层台账建设滞后，大队对所属中队进行抽查（1）中队、（2）中队未建立台账，检查记录缺失";
    assertEquals(
        List.of(
            problem(
                cited,
                cited + "。",
                List.of("执法监督方面"),
                lines(3, 7, null),
                List.of(measure("开展案卷评查。", List.of("法制科"), null, null, "DEADLINE", "2025-03-31"))),
            problem(
                counted,
                counted + "。",
                List.of("执法监督方面"),
                lines(8, 12, null),
                List.of(measure("建立统一台账。", List.of("执法大队"), null, null, "DEADLINE", "2025-04-30"))),
            // a real sub-list after a line without 。 stays the item's points
            problem(
                "教育培训不经常",
                "（1）培训计划未落实。\n（2）培训记录不全。",
                List.of("队伍建设方面"),
                lines(14, 19, null),
                List.of(
                    measure("制定年度培训计划。", List.of("政治处"), null, null, "DEADLINE", "2025-06-30")))),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertTrue(
        warnings.stream()
            .anyMatch(w -> w.startsWith("Line 4 ") && w.contains("the clause it cites")),
        answer.prettify());
    assertTrue(
        warnings.stream()
            .anyMatch(
                w -> w.startsWith("Line 9 ") && w.contains("count things within the sentence")),
        answer.prettify());
  }

  static final String EMPTY_ITEM =
      """
      一、存在的问题
      1.会议记录不完整。
      整改措施：规范会议记录。
      责任单位：办公室
      整改时限：2025年3月31日
      2.
      3.资产登记不及时。
      整改措施：及时登记资产。
      责任单位：财务科
      整改时限：2025年4月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aNumberWithNothingUnderItIsLeftOutAndNamed(String format) throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan(format, EMPTY_ITEM);
    assertEquals(
        List.of(
            problem(
                "会议记录不完整",
                "会议记录不完整。",
                List.of(),
                lines(2, 5, null),
                List.of(measure("规范会议记录。", List.of("办公室"), null, null, "DEADLINE", "2025-03-31"))),
            problem(
                "资产登记不及时",
                "资产登记不及时。",
                List.of(),
                lines(7, 10, null),
                List.of(measure("及时登记资产。", List.of("财务科"), null, null, "DEADLINE", "2025-04-30")))),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertTrue(
        warnings.contains(
            "Line 6: a numbered item with no text and nothing under it (a number left in a"
                + " template); it names no problem and was not imported."),
        answer.prettify());
    assertTrue(warnings.stream().noneMatch(w -> w.contains("无标题")), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aNumberWithNoWordsOverItsMeasuresIsRefusedNamingItsLine(String format) throws IOException {
    String plan =
        """
        一、存在的问题
        （一）会议记录不完整。
        整改措施：规范会议记录。
        责任单位：办公室
        整改时限：2025年3月31日
        （二）
        整改措施：及时登记资产。
        责任单位：财务科
        整改时限：2025年4月30日
        """;
    byte[] body =
        format.equals("text")
            ? plan.getBytes(StandardCharsets.UTF_8)
            : FormatFiles.paragraphs(plan);
    Api.dryRunAnswer(
            Api.patient(),
            Api.source("没有标题的序号"),
            body,
            format.equals("text") ? "text/plain; charset=UTF-8" : DocumentText.DOCX)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/problems/import-title-missing"))
        .body("detail", containsString("the problem (lines 6–9) has no visible title"))
        .body("errors[0].field", equalTo("problems[1].title"));
  }

  static final String SECTION_AS_ITEM =
      """
      关于巡察反馈问题的整改方案
      1、存在问题及整改措施
      （1）党的建设方面
      1.理论学习不深入，学习记录流于形式。
      2.组织生活不规范，三会一课记录缺失。
      （2）业务工作方面
      1.项目审批程序不严格。
      2.资金拨付不及时。
      2、保障措施
      各单位要高度重视，确保整改取得实效。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aNumberedLineNamingTheSectionHeadsItsGroups(String format) throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan(format, SECTION_AS_ITEM);
    assertEquals(
        List.of(
            problem(
                "理论学习不深入，学习记录流于形式",
                "理论学习不深入，学习记录流于形式。",
                List.of("党的建设方面"),
                lines(4, 4, null),
                List.of()),
            problem(
                "组织生活不规范，三会一课记录缺失",
                "组织生活不规范，三会一课记录缺失。",
                List.of("党的建设方面"),
                lines(5, 5, null),
                List.of()),
            problem("项目审批程序不严格", "项目审批程序不严格。", List.of("业务工作方面"), lines(7, 7, null), List.of()),
            problem("资金拨付不及时", "资金拨付不及时。", List.of("业务工作方面"), lines(8, 8, null), List.of())),
        problems(answer),
        answer.prettify());
    assertTrue(
        answer.<String>getList("warnings").stream()
            .anyMatch(w -> w.startsWith("Lines 9–10: the section 「2、保障措施」 holds no problems")),
        answer.prettify());
  }

  static final String PART_AFTER_PROBLEMS =
      """
      一、存在的问题
      1.理论学习不深入，学习记录
      流于形式。
      2.组织生活不规范，三会一课记录缺失。
      整改措施：规范组织生活。
      责任单位：组织科
      整改时限：2025年4月30日
      第三部分 保障措施
      各单位要高度重视，切实加强组织领导，确保整改取得实效。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPartOrChapterThatHoldsNoProblemsEndsTheProblems(String format) throws IOException {
    for (String part : List.of("第三部分 保障措施", "第四章 组织保障", "第三部分：工作要求")) {
      JsonPath answer =
          ImportAnswers.dryRunPlan(format, PART_AFTER_PROBLEMS.replace("第三部分 保障措施", part));
      assertEquals(
          List.of(
              problem(
                  "理论学习不深入，学习记录流于形式", "理论学习不深入，学习记录流于形式。", List.of(), lines(2, 3, null), List.of()),
              problem(
                  "组织生活不规范，三会一课记录缺失",
                  "组织生活不规范，三会一课记录缺失。",
                  List.of(),
                  lines(4, 7, null),
                  List.of(
                      measure("规范组织生活。", List.of("组织科"), null, null, "DEADLINE", "2025-04-30")))),
          problems(answer),
          answer.prettify());
      String shown = part.replace(" ", "");
      assertTrue(
          answer.<String>getList("warnings").stream()
              .anyMatch(
                  w ->
                      w.equals(
                          "Lines 8–9: the section 「"
                              + shown
                              + "」 holds no problems (such as"
                              + " 工作要求, 保障措施, 组织领导); it was not imported.")),
          answer.prettify());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aTitleIsOneLine(String format) throws IOException {
    String plan =
        """
        问题表现：理论学习不深入部分党员干部
        对新思想理解不透
        整改措施：加强学习。
        责任单位：办公室
        整改时限：2025年3月31日
        """;
    JsonPath answer = ImportAnswers.dryRunPlan(format, plan);
    assertEquals(
        List.of(
            problem(
                "理论学习不深入部分党员干部对新思想理解不透",
                "理论学习不深入部分党员干部\n对新思想理解不透",
                List.of(),
                lines(1, 5, null),
                List.of(measure("加强学习。", List.of("办公室"), null, null, "DEADLINE", "2025-03-31")))),
        problems(answer),
        answer.prettify());
  }

  @Test
  void aTypedPageNumberLineInATextWithoutFormFeedsIsNoText() {
    String text =
        "一、存在的问题\n1.理论学习不深入，学习记录流于形式。\n— 2 —\n2.组织生活不规范，三会一课记录缺失。\n- 3 -\n"
            + "3.项目审批程序不严格。\n第3页 共5页\n";
    JsonPath answer =
        ImportAnswers.dryRunPath(
            "外部文件", text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "理论学习不深入，学习记录流于形式", "理论学习不深入，学习记录流于形式。", List.of(), lines(2, 2, null), List.of()),
            problem(
                "组织生活不规范，三会一课记录缺失", "组织生活不规范，三会一课记录缺失。", List.of(), lines(4, 4, null), List.of()),
            problem("项目审批程序不严格", "项目审批程序不严格。", List.of(), lines(6, 6, null), List.of()));
    assertEquals(expected, problems(answer), answer.prettify());
  }
}
