package org.bihuan.problem;

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
import org.junit.jupiter.api.Test;

/**
 * A plan group's first problem written without a number, right under its heading and followed by
 * its own 整改措施 and duties, read through {@code POST /sources/{id}/import?dryRun=true} from a text
 * file and a .docx: a problem of the group with a warning that it had no number, never the group's
 * introduction; dash items (1-2 after it, 2-1 alone in the next group) are problems and the group
 * headings categories (docs/decisions/0291).
 */
@QuarkusTest
class ImportPlanGroupFirstProblemTest {

  private static final String UNDER_THE_THIRD_GROUP =
      """
      巡察反馈问题整改方案
      一、存在的问题及整改措施
      （一）预算管理方面
      1.预算编制不细化。
      整改措施：细化预算编制。
      责任单位：预算科　责任人：孔亮　整改时限：2025年10月31日
      （二）资产管理方面
      1.固定资产账实不符。
      整改措施：开展固定资产全面清查。
      责任单位：资产科　责任人：周敏　整改时限：2025年12月31日
      （三）公务接待方面
      公务接待超标准，陪餐人数超过规定。
      整改措施：严格执行接待标准。
      责任单位：办公室　责任人：李四　整改时限：2025年9月30日
      1.接待审批单填写不完整。
      整改措施：规范接待审批单。
      责任单位：办公室　责任人：李四　整改时限：2025年8月31日
      """;

  private static final String BEFORE_DASH_ITEMS =
      """
      内部审计问题整改方案
      一、存在的问题
      （一）预算管理方面
      预算编制不细化。
      整改措施：细化预算编制。
      责任单位：预算科　责任人：孔亮　整改时限：2025年10月31日
      1-2 项目支出预算调整频繁。
      整改措施：严格预算调整审批。
      责任单位：预算科　责任人：孔亮　整改时限：2025年11月30日
      （二）资产管理方面
      2-1 固定资产账实不符。
      整改措施：开展固定资产全面清查。
      责任单位：资产科　责任人：周敏　整改时限：2025年12月31日
      """;

  private static List<JsonPath> textAndWord(String document) throws IOException {
    return List.of(
        TableImportTest.dryRun(
            document.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8"),
        TableImportTest.dryRun(FormatFiles.paragraphs(document), DocumentText.DOCX));
  }

  /** The first group's problem of both plans, numbered or not, on lines 4 to 6. */
  private static Map<String, Object> budget() {
    return problem(
        "预算编制不细化",
        "预算编制不细化。",
        List.of("预算管理方面"),
        lines(4, 6, null),
        List.of(measure("细化预算编制。", List.of("预算科"), null, "孔亮", "DEADLINE", "2025-10-31")));
  }

  /** The second group's problem of both plans, on lines {@code first} to {@code last}. */
  private static Map<String, Object> assets(int first, int last) {
    return problem(
        "固定资产账实不符",
        "固定资产账实不符。",
        List.of("资产管理方面"),
        lines(first, last, null),
        List.of(measure("开展固定资产全面清查。", List.of("资产科"), null, "周敏", "DEADLINE", "2025-12-31")));
  }

  @Test
  void aGroupsFirstProblemWithoutANumberIsAProblemOfTheGroup() throws IOException {
    List<Map<String, Object>> expected =
        List.of(
            budget(),
            assets(8, 10),
            problem(
                "公务接待超标准，陪餐人数超过规定",
                "公务接待超标准，陪餐人数超过规定。",
                List.of("公务接待方面"),
                lines(12, 14, null),
                List.of(
                    measure("严格执行接待标准。", List.of("办公室"), null, "李四", "DEADLINE", "2025-09-30"))),
            problem(
                "接待审批单填写不完整",
                "接待审批单填写不完整。",
                List.of("公务接待方面"),
                lines(15, 17, null),
                List.of(
                    measure("规范接待审批单。", List.of("办公室"), null, "李四", "DEADLINE", "2025-08-31"))));
    for (JsonPath answer : textAndWord(UNDER_THE_THIRD_GROUP)) {
      assertEquals(expected, problems(answer), answer.prettify());
      assertEquals(
          List.of(
              "Line 12 「公务接待超标准，陪餐人数超过规定。」 comes first under the group 「公务接待方面」, with no"
                  + " number that was read, and the 整改措施 or duties after it are its own; it was read"
                  + " as the problem 「公务接待超标准，陪餐人数超过规定」."),
          answer.getList("warnings"));
    }
  }

  @Test
  void anUnnumberedFirstProblemBeforeDashItemsLeavesTheGroupHeadingsCategories()
      throws IOException {
    List<Map<String, Object>> expected =
        List.of(
            budget(),
            problem(
                "项目支出预算调整频繁",
                "项目支出预算调整频繁。",
                List.of("预算管理方面"),
                lines(7, 9, null),
                List.of(
                    measure("严格预算调整审批。", List.of("预算科"), null, "孔亮", "DEADLINE", "2025-11-30"))),
            assets(11, 13));
    for (JsonPath answer : textAndWord(BEFORE_DASH_ITEMS)) {
      assertEquals(expected, problems(answer), answer.prettify());
      assertEquals(
          List.of(
              "Line 4 「预算编制不细化。」 comes first under the group 「预算管理方面」, with no number that was"
                  + " read, and the 整改措施 or duties after it are its own; it was read as the problem"
                  + " 「预算编制不细化」."),
          answer.getList("warnings"));
    }
  }

  @Test
  void theItemAfterAnUnnumberedFirstProblemMayBeNumberedTwoButNotThree() throws IOException {
    String firstNote =
        "Line 4 「预算编制不细化。」 comes first under the group 「预算管理方面」, with no number that was"
            + " read, and the 整改措施 or duties after it are its own; it was read as the problem"
            + " 「预算编制不细化」.";
    for (JsonPath answer : textAndWord(BEFORE_DASH_ITEMS.replace("1-2 ", "2."))) {
      assertEquals(3, problems(answer).size(), answer.prettify());
      assertEquals(List.of(firstNote), answer.getList("warnings"));
    }
    for (JsonPath answer : textAndWord(BEFORE_DASH_ITEMS.replace("1-2 ", "3."))) {
      assertEquals(3, problems(answer).size(), answer.prettify());
      assertEquals(
          List.of(
              "Line 7: numbering jumps to 3. at 「项目支出预算调整频繁。」; check that no item is missing.",
              firstNote),
          answer.getList("warnings"));
    }
  }

  @Test
  void anIntroductionEndingInAColonBeforeTheGroupsMeasureStaysTheGroups() throws IOException {
    for (JsonPath answer :
        textAndWord(
            """
            整改方案
            一、整改任务
            （一）作风方面
            针对以下问题：
            整改措施：开展作风整顿。
            责任领导：钱伟
            1.会议多。
            整改措施：压减会议。
            责任单位：办公室　整改时限：2025年6月30日
            2.文件多。
            责任单位：综合科　整改时限：2025年7月31日
            """)) {
      assertEquals(
          List.of(
              problem(
                  "会议多",
                  "会议多。",
                  List.of("作风方面"),
                  lines(7, 9, null),
                  List.of(measure("压减会议。", List.of("办公室"), "钱伟", null, "DEADLINE", "2025-06-30"))),
              problem(
                  "文件多",
                  "文件多。",
                  List.of("作风方面"),
                  lines(10, 11, null),
                  List.of(
                      measure("开展作风整顿。", List.of("综合科"), "钱伟", null, "DEADLINE", "2025-07-31")))),
          problems(answer),
          answer.prettify());
      assertEquals(
          List.of(
              "Line 3: the group 「作风方面」 is introduced by 「针对以下问题：」; it is not a problem and was"
                  + " not imported.",
              "Line 3: the group 「作风方面」 gives a 整改措施 for the whole group; it was given to 1"
                  + " problem(s) of the group that have none of their own, and its 责任单位, 责任领导, 责任人"
                  + " and 整改时限 to the measures of 1 other problem(s) where they name none."),
          answer.getList("warnings"));
    }
  }
}
