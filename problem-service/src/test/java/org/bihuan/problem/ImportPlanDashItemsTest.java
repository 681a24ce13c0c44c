package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.junit.jupiter.api.Test;

/**
 * Rectification plans whose problems are numbered with a dash under their group (1-1 / 1-2 under
 * （一）, 2－1． / 2—2 under （二）, 1-1 under 一、), read through {@code POST
 * /sources/{id}/import?dryRun=true}: one problem per item, the group its category, a first part
 * that is not the group's number named in the warnings (docs/decisions/0285); and a section's first
 * problem whose number is not read at all, which is never dropped.
 */
@QuarkusTest
class ImportPlanDashItemsTest {

  private static final String BRACKETED_GROUPS =
      """
      内部审计问题整改方案
      一、存在的问题
      （一）预算管理方面
      1-1 预算编制不细化。
      整改措施：细化预算编制。
      责任单位：预算科　责任人：孔亮　整改时限：2025年10月31日
      1-2、项目支出预算调整频繁。
      整改措施：严格预算调整审批。
      责任单位：预算科　责任人：孔亮　整改时限：2025年11月30日
      （二）资产管理方面
      2－1．固定资产账实不符。
      整改措施：开展固定资产全面清查。
      责任单位：资产科　责任人：周敏　整改时限：2025年12月31日
      2—2 项目完工后未及时转固。
      整改措施：完工项目三个月内办理转固手续。
      责任单位：资产科　责任人：周敏　整改时限：长期坚持
      """;

  private static JsonPath text(String document) {
    return TableImportTest.dryRun(
        document.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
  }

  /** A .docx of one paragraph per line. */
  private static byte[] docx(String text) throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      for (String line : text.strip().split("\n")) {
        document.createParagraph().createRun().setText(line);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  private static List<Map<String, Object>> bracketedGroups() {
    return List.of(
        problem(
            "预算编制不细化",
            "预算编制不细化。",
            List.of("预算管理方面"),
            lines(4, 6, null),
            List.of(measure("细化预算编制。", List.of("预算科"), null, "孔亮", "DEADLINE", "2025-10-31"))),
        problem(
            "项目支出预算调整频繁",
            "项目支出预算调整频繁。",
            List.of("预算管理方面"),
            lines(7, 9, null),
            List.of(measure("严格预算调整审批。", List.of("预算科"), null, "孔亮", "DEADLINE", "2025-11-30"))),
        problem(
            "固定资产账实不符",
            "固定资产账实不符。",
            List.of("资产管理方面"),
            lines(11, 13, null),
            List.of(measure("开展固定资产全面清查。", List.of("资产科"), null, "周敏", "DEADLINE", "2025-12-31"))),
        problem(
            "项目完工后未及时转固",
            "项目完工后未及时转固。",
            List.of("资产管理方面"),
            lines(14, 16, null),
            List.of(measure("完工项目三个月内办理转固手续。", List.of("资产科"), null, "周敏", "LONG_TERM", null))));
  }

  @Test
  void dashItemsUnderBracketedGroupsAreOneProblemEachInTextAndWord() throws IOException {
    JsonPath typed = text(BRACKETED_GROUPS);
    assertEquals(bracketedGroups(), problems(typed), typed.prettify());
    assertEquals(List.of(), typed.getList("warnings"));

    JsonPath word = TableImportTest.dryRun(docx(BRACKETED_GROUPS), DocumentText.DOCX);
    assertEquals(bracketedGroups(), problems(word), word.prettify());
    assertEquals(List.of(), word.getList("warnings"));
  }

  @Test
  void dashItemsInAPdfAreOneProblemEach() {
    JsonPath pdf = TableImportTest.dryRun(ChinesePdf.ofText(BRACKETED_GROUPS), DocumentText.PDF);
    assertEquals(withoutOrigins(bracketedGroups()), withoutOrigins(problems(pdf)), pdf.prettify());
    assertEquals(List.of(1, 1, 1, 1), pdf.getList("problems.origin.page"));
    assertEquals(List.of(), pdf.getList("warnings"));
  }

  @Test
  void aDashItemWhoseFirstPartIsNotItsGroupsNumberIsKeptInItsGroupWithAWarning() {
    JsonPath answer =
        text(
            """
            巡察反馈问题整改方案
            一、党建工作方面
            1-1 理论学习不深入。
            整改措施：制定年度学习计划。
            责任单位：办公室　整改时限：2025年5月31日
            1－2 组织生活不规范
            整改措施：规范三会一课。
            责任单位：组织科　整改时限：2025年6月30日
            二、财务管理方面
            2-1.采购比价不严格。
            整改措施：修订采购管理办法。
            责任单位：财务科　整改时限：立行立改
            3-2 公务接待超标准。
            整改措施：严格接待审批。
            责任单位：财务科　整改时限：2025年8月31日
            """);
    assertEquals(
        List.of(
            problem(
                "理论学习不深入",
                "理论学习不深入。",
                List.of("党建工作方面"),
                lines(3, 5, null),
                List.of(
                    measure("制定年度学习计划。", List.of("办公室"), null, null, "DEADLINE", "2025-05-31"))),
            problem(
                "组织生活不规范",
                "组织生活不规范",
                List.of("党建工作方面"),
                lines(6, 8, null),
                List.of(measure("规范三会一课。", List.of("组织科"), null, null, "DEADLINE", "2025-06-30"))),
            problem(
                "采购比价不严格",
                "采购比价不严格。",
                List.of("财务管理方面"),
                lines(10, 12, null),
                List.of(measure("修订采购管理办法。", List.of("财务科"), null, null, "IMMEDIATE", null))),
            problem(
                "公务接待超标准",
                "公务接待超标准。",
                List.of("财务管理方面"),
                lines(13, 15, null),
                List.of(measure("严格接待审批。", List.of("财务科"), null, null, "DEADLINE", "2025-08-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Line 13 「3-2 公务接待超标准。」 is numbered 3-2 under the group 「二、财务管理方面」, whose number is 2;"
                + " it was read as a problem of that group — check the numbering."),
        answer.getList("warnings"));
  }

  @Test
  void aSectionsFirstProblemWithoutANumberIsReadAsTheProblemOfTheMeasureAfterIt() {
    JsonPath answer =
        text(
            """
            内部审计问题整改方案
            一、存在的问题
            预算编制不细化。
            整改措施：细化预算编制。
            责任单位：预算科　责任人：孔亮　整改时限：2025年10月31日
            （一）项目支出预算调整频繁。
            整改措施：严格预算调整审批。
            责任单位：预算科　责任人：孔亮　整改时限：2025年11月30日
            """);
    assertEquals(
        List.of(
            problem(
                "预算编制不细化",
                "预算编制不细化。",
                List.of(),
                lines(3, 5, null),
                List.of(measure("细化预算编制。", List.of("预算科"), null, "孔亮", "DEADLINE", "2025-10-31"))),
            problem(
                "项目支出预算调整频繁",
                "项目支出预算调整频繁。",
                List.of(),
                lines(6, 8, null),
                List.of(
                    measure("严格预算调整审批。", List.of("预算科"), null, "孔亮", "DEADLINE", "2025-11-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Line 3 「预算编制不细化。」 comes before the first problem, with no number that was read, and the"
                + " 整改措施 or duties after it are under no problem; it was read as the text of the problem"
                + " 「预算编制不细化」."),
        answer.getList("warnings"));
  }
}
