package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Problems numbered ① ②, （1）（2） or 1、2、 followed by one 整改措施 numbered 1. 2.: a measure for each
 * problem when the counts match, all on the last one with a warning when they differ; 第一，/其一，/首先，
 * lines read as points (problems under a group heading, the points of a problem after its text),
 * never as lines with "no number"; and a group heading 「（二）队伍建设方面」 over an unnumbered problem line
 * is that problem's category. Text and .docx through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0331).
 */
@QuarkusTest
class ImportMeasureBlocksPointsAndFieldHeadingsTest {

  private static final String BLOCKS =
      """
      ××局巡察整改方案
      一、存在的问题及整改措施
      （一）理论学习方面
      ①理论学习不深入，学习计划落实不到位。
      ②学用结合不紧密，指导实践不够。
      整改措施：
      1.制定年度学习计划，每月集中学习一次。
      2.开展专题研讨，推动学以致用。
      责任单位：办公室
      整改时限：2025年6月30日
      （二）财务管理方面
      （1）公务卡使用率低。
      （2）差旅费报销审核不严。
      （3）固定资产账实不符。
      整改措施：
      1.推行公务卡强制结算。
      2.修订差旅费管理办法。
      3.开展固定资产清查。
      责任单位：财务科
      责任人：王强
      整改时限：2025年8月31日
      （三）采购管理方面
      1、采购计划编制不规范。
      2、验收程序不完整。
      整改措施：
      1.规范采购计划编制。
      2.完善验收程序。
      3.建立采购档案。
      责任单位：办公室
      整改时限：2025年9月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aMeasureBlockAsLongAsItsProblemsGivesEachItsMeasure(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, BLOCKS);
    List<String> theory = List.of("理论学习方面");
    List<String> finance = List.of("财务管理方面");
    List<String> purchase = List.of("采购管理方面");
    assertEquals(
        List.of(
            oneLine("理论学习不深入，学习计划落实不到位", theory, 4, 4, office("制定年度学习计划，每月集中学习一次。", "2025-06-30")),
            oneLine("学用结合不紧密，指导实践不够", theory, 5, 10, office("开展专题研讨，推动学以致用。", "2025-06-30")),
            oneLine("公务卡使用率低", finance, 12, 12, finance("推行公务卡强制结算。")),
            oneLine("差旅费报销审核不严", finance, 13, 13, finance("修订差旅费管理办法。")),
            oneLine("固定资产账实不符", finance, 14, 21, finance("开展固定资产清查。")),
            problem("采购计划编制不规范", "采购计划编制不规范。", purchase, lines(23, 23, null), List.of()),
            problem(
                "验收程序不完整",
                "验收程序不完整。",
                purchase,
                lines(24, 30, null),
                List.of(
                    office("规范采购计划编制。", "2025-09-30"),
                    office("完善验收程序。", "2025-09-30"),
                    office("建立采购档案。", "2025-09-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Lines 4–10: the 整改措施 after the 2 problems on lines 4, 5 lists 2 numbered measure(s),"
                + " one for each problem; measure n was read as the measure of problem n, in their"
                + " order.",
            "Lines 12–21: the 整改措施 after the 3 problems on lines 12, 13, 14 lists 3 numbered"
                + " measure(s), one for each problem; measure n was read as the measure of problem n,"
                + " in their order.",
            "Lines 23–30: the 整改措施 after the 2 problems on lines 23, 24 lists 3 numbered"
                + " measure(s), not one for each problem; all were read as measures of the last of"
                + " them (line 24) — check which problem each is for.",
            "Problem 「采购计划编制不规范」 (line 23) has no 整改措施."),
        answer.getList("warnings"),
        answer.prettify());
  }

  private static final String POINTS =
      """
      ××单位对照检查材料
      一、存在的问题
      （一）理论学习方面
      ⒈理论学习不够深入。
      ⒉学用结合不紧密。
      第一，学习不系统，满足于读文件、记笔记。
      第二，运用理论指导实践不够。
      （二）工作作风方面
      1．调查研究不深入。
      2．服务意识不强。
      首先，下基层次数少。
      其次，解决实际问题不够。
      最后，联系群众不紧密。
      （三）纪律作风方面
      其一，执行请示报告制度不严格。
      其二，公务接待把关不严。
      （四）担当作为方面
      首先，攻坚克难的勇气不足。
      其次，创新意识不强。
      二、整改措施
      （一）加强理论学习。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void pointsAreNumberedPointsOfWhatTheyFollow(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, POINTS);
    List<String> theory = List.of("理论学习方面");
    List<String> style = List.of("工作作风方面");
    List<String> discipline = List.of("纪律作风方面");
    List<String> duty = List.of("担当作为方面");
    assertEquals(
        List.of(
            oneLine("理论学习不够深入", theory, 4, 4, null),
            problem(
                "学用结合不紧密",
                "学用结合不紧密。\n第一，学习不系统，满足于读文件、记笔记。\n第二，运用理论指导实践不够。",
                theory,
                lines(5, 7, null),
                List.of()),
            oneLine("调查研究不深入", style, 9, 9, null),
            problem(
                "服务意识不强",
                "服务意识不强。\n首先，下基层次数少。\n其次，解决实际问题不够。\n最后，联系群众不紧密。",
                style,
                lines(10, 13, null),
                List.of()),
            oneLine("执行请示报告制度不严格", discipline, 15, 15, null),
            oneLine("公务接待把关不严", discipline, 16, 16, null),
            oneLine("攻坚克难的勇气不足", duty, 18, 18, null),
            oneLine("创新意识不强", duty, 19, 19, null)),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            point(6, "第一，学习不系统，满足于读文件、记笔记。", "学用结合不紧密"),
            point(7, "第二，运用理论指导实践不够。", "学用结合不紧密"),
            point(11, "首先，下基层次数少。", "服务意识不强"),
            point(12, "其次，解决实际问题不够。", "服务意识不强"),
            point(13, "最后，联系群众不紧密。", "服务意识不强")),
        answer.getList("warnings"),
        answer.prettify());
  }

  private static final String FIELDS =
      """
      ××单位巡察整改方案
      一、存在的问题及整改措施
      （一）理论学习方面
      1.理论学习不深入。
      整改措施：制定学习计划。
      责任单位：办公室
      整改时限：2025年6月30日
      （二）队伍建设方面
      干部队伍年龄结构老化，后备干部储备不足。
      整改措施：制定干部培养计划。
      责任单位：组织人事科
      整改时限：2025年12月31日
      （三）基层党建方面：
      党支部“三会一课”记录不全。
      整改措施：
      1.规范会议记录。
      2.开展专项检查。
      责任单位：机关党委
      整改时限：2025年10月31日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aFieldHeadingOverAnUnnumberedLineIsItsCategory(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, FIELDS);
    assertEquals(
        List.of(
            oneLine("理论学习不深入", List.of("理论学习方面"), 4, 7, office("制定学习计划。", "2025-06-30")),
            oneLine(
                "干部队伍年龄结构老化，后备干部储备不足",
                List.of("队伍建设方面"),
                9,
                12,
                measure("制定干部培养计划。", List.of("组织人事科"), null, null, "DEADLINE", "2025-12-31")),
            problem(
                "党支部“三会一课”记录不全",
                "党支部“三会一课”记录不全。",
                List.of("基层党建方面"),
                lines(14, 19, null),
                List.of(
                    measure("规范会议记录。", List.of("机关党委"), null, null, "DEADLINE", "2025-10-31"),
                    measure("开展专项检查。", List.of("机关党委"), null, null, "DEADLINE", "2025-10-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            unnumbered(9, "干部队伍年龄结构老化，后备干部储备不足。", "队伍建设方面", "干部队伍年龄结构老化，后备干部储备不足"),
            unnumbered(14, "党支部“三会一课”记录不全。", "基层党建方面", "党支部“三会一课”记录不全")),
        answer.getList("warnings"),
        answer.prettify());
  }

  /** A problem written as one sentence, with at most one measure. */
  private static Map<String, Object> oneLine(
      String title, List<String> category, int from, int to, Map<String, Object> measure) {
    return problem(
        title,
        title + "。",
        category,
        lines(from, to, null),
        measure == null ? List.of() : List.of(measure));
  }

  private static Map<String, Object> office(String text, String deadline) {
    return measure(text, List.of("办公室"), null, null, "DEADLINE", deadline);
  }

  private static Map<String, Object> finance(String text) {
    return measure(text, List.of("财务科"), null, "王强", "DEADLINE", "2025-08-31");
  }

  private static String point(int line, String text, String problem) {
    return "Line "
        + line
        + " 「"
        + text
        + "」 is a point (一是, 第一，, 首先…) after the last problem of its group, whose other"
        + " problems are one line each; it was read as a point of the problem 「"
        + problem
        + "」 and added to its description.";
  }

  private static String unnumbered(int line, String text, String group, String title) {
    return "Line "
        + line
        + " 「"
        + text
        + "」 comes first under the group 「"
        + group
        + "」, with no number that was read, and the 整改措施 or duties after it are its own; it"
        + " was read as the problem 「"
        + title
        + "」.";
  }
}
