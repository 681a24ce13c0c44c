package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.FormatFiles;
import org.junit.jupiter.api.Test;

/**
 * Dash items of a plan whose text begins with digits (1-1 2023年以来，…, 1-2 12345热线…) or with a word a
 * range would end in (2-2年轻干部…), and a dash number given twice in a group, read through {@code POST
 * /sources/{id}/import?dryRun=true} from a text file, a .docx and a PDF: each item its own problem
 * with its text whole, a repeat named in the warnings (docs/decisions/0291).
 */
@QuarkusTest
class ImportPlanDashNumbersTest {

  private static final String ITEMS_BEGINNING_WITH_DIGITS =
      """
      巡察反馈问题整改方案
      一、存在的问题
      （一）工作作风方面
      1-1 2023年以来，督查检查频次过多，基层负担较重。
      整改措施：统筹督查检查计划。
      责任单位：办公室　责任人：李四　整改时限：2025年6月30日
      1-2 12345热线反映的问题办理不及时。
      整改措施：建立热线工单督办机制。
      责任单位：信访科　责任人：王五　整改时限：2025年7月31日
      （二）队伍建设方面
      2-1 干部交流轮岗不够。
      整改措施：制定干部交流轮岗计划。
      责任单位：组织科　责任人：赵六　整改时限：2025年9月30日
      2-2年轻干部培养不足。
      整改措施：建立年轻干部培养台账。
      责任单位：组织科　责任人：赵六　整改时限：长期坚持
      """;

  private static JsonPath text(String document) {
    return TableImportTest.dryRun(
        document.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
  }

  private static List<Map<String, Object>> itemsBeginningWithDigits() {
    return List.of(
        problem(
            "2023年以来，督查检查频次过多，基层负担较重",
            "2023年以来，督查检查频次过多，基层负担较重。",
            List.of("工作作风方面"),
            lines(4, 6, null),
            List.of(measure("统筹督查检查计划。", List.of("办公室"), null, "李四", "DEADLINE", "2025-06-30"))),
        problem(
            "12345热线反映的问题办理不及时",
            "12345热线反映的问题办理不及时。",
            List.of("工作作风方面"),
            lines(7, 9, null),
            List.of(measure("建立热线工单督办机制。", List.of("信访科"), null, "王五", "DEADLINE", "2025-07-31"))),
        problem(
            "干部交流轮岗不够",
            "干部交流轮岗不够。",
            List.of("队伍建设方面"),
            lines(11, 13, null),
            List.of(measure("制定干部交流轮岗计划。", List.of("组织科"), null, "赵六", "DEADLINE", "2025-09-30"))),
        problem(
            "年轻干部培养不足",
            "年轻干部培养不足。",
            List.of("队伍建设方面"),
            lines(14, 16, null),
            List.of(measure("建立年轻干部培养台账。", List.of("组织科"), null, "赵六", "LONG_TERM", null))));
  }

  @Test
  void dashItemsBeginningWithDigitsAreProblemsWithTheirTextWholeInTextAndWord() throws IOException {
    JsonPath typed = text(ITEMS_BEGINNING_WITH_DIGITS);
    assertEquals(itemsBeginningWithDigits(), problems(typed), typed.prettify());
    assertEquals(List.of(), typed.getList("warnings"));

    JsonPath word =
        TableImportTest.dryRun(
            FormatFiles.paragraphs(ITEMS_BEGINNING_WITH_DIGITS), DocumentText.DOCX);
    assertEquals(itemsBeginningWithDigits(), problems(word), word.prettify());
    assertEquals(List.of(), word.getList("warnings"));
  }

  @Test
  void dashItemsBeginningWithDigitsInAPdfAreNotLost() {
    JsonPath pdf =
        TableImportTest.dryRun(ChinesePdf.ofText(ITEMS_BEGINNING_WITH_DIGITS), DocumentText.PDF);
    assertEquals(
        withoutOrigins(itemsBeginningWithDigits()), withoutOrigins(problems(pdf)), pdf.prettify());
    assertEquals(List.of(1, 1, 1, 1), pdf.getList("problems.origin.page"));
    assertEquals(List.of(), pdf.getList("warnings"));
  }

  @Test
  void aDashNumberGivenTwiceInAGroupIsTwoProblemsAndNamed() throws IOException {
    String plan =
        """
        巡察反馈问题整改方案
        一、存在的问题
        （一）预算管理方面
        1-1 资金拨付不及时。
        整改措施：建立资金拨付台账。
        责任单位：国库科　整改时限：2025年10月31日
        （三）采购管理方面
        3-1 采购比价不严格。
        整改措施：修订采购管理办法。
        责任单位：财务科　整改时限：2025年8月31日
        3-2 公务接待超标准。
        整改措施：严格接待审批。
        责任单位：财务科　整改时限：2025年9月30日
        3-2 合同审查缺失。
        整改措施：建立合同审查制度。
        责任单位：法规科　整改时限：2025年10月31日
        """;
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "资金拨付不及时",
                "资金拨付不及时。",
                List.of("预算管理方面"),
                lines(4, 6, null),
                List.of(
                    measure("建立资金拨付台账。", List.of("国库科"), null, null, "DEADLINE", "2025-10-31"))),
            problem(
                "采购比价不严格",
                "采购比价不严格。",
                List.of("采购管理方面"),
                lines(8, 10, null),
                List.of(
                    measure("修订采购管理办法。", List.of("财务科"), null, null, "DEADLINE", "2025-08-31"))),
            problem(
                "公务接待超标准",
                "公务接待超标准。",
                List.of("采购管理方面"),
                lines(11, 13, null),
                List.of(measure("严格接待审批。", List.of("财务科"), null, null, "DEADLINE", "2025-09-30"))),
            problem(
                "合同审查缺失",
                "合同审查缺失。",
                List.of("采购管理方面"),
                lines(14, 16, null),
                List.of(
                    measure("建立合同审查制度。", List.of("法规科"), null, null, "DEADLINE", "2025-10-31"))));
    for (JsonPath answer :
        List.of(
            text(plan), TableImportTest.dryRun(FormatFiles.paragraphs(plan), DocumentText.DOCX))) {
      assertEquals(expected, problems(answer), answer.prettify());
      assertEquals(
          List.of(
              "Line 7: numbering jumps to （三） at 「采购管理方面」; check that no item is missing.",
              "Line 14 「3-2 合同审查缺失。」 repeats the number 3-2 of line 11 in its group; both were read"
                  + " as problems — check the numbering."),
          answer.getList("warnings"));
    }
  }
}
