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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A group's first problem written without a number whose text goes on with 一是…；二是… points — on its
 * own line after …主要表现在：, on the lines after it, or in the same paragraph — before its 整改措施: one
 * problem whose description keeps every point, its measures (一是… under 整改措施 are measures), and the
 * numbered problems after it (2.) read as the group's second; read from a text and a .docx plan
 * through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0306, extending 0291).
 */
@QuarkusTest
class ImportGroupFirstProblemPointsTest {

  private static final String PLAN =
      """
      ××县人力资源和社会保障局巡察整改方案
      一、巡察反馈问题及整改措施
      （一）党建工作方面
      党建工作责任落实不到位，主要表现在：一是“三会一课”制度执行不严格；
      二是党员发展程序不规范；
      三是党费收缴不及时。
      整改措施：一是严格落实“三会一课”制度；二是规范党员发展程序。
      责任单位：机关党委
      责任人：陈一
      整改时限：2025年6月30日
      2.主题党日活动形式单一。
      整改措施：丰富主题党日活动内容。
      责任单位：机关党委
      责任人：陈一
      整改时限：2025年9月30日
      （二）财务管理方面
      财务制度执行不严格。
      一是公务卡使用率低；
      二是差旅费报销超标准。
      整改措施：
      一是加强财务报销审核；
      二是推行公务卡强制结算。
      责任单位：财务科
      责任人：林二
      整改时限：2025年6月30日
      2.预算执行进度慢。
      整改措施：加快预算执行进度。
      责任单位：财务科
      责任人：林二
      整改时限：2025年12月31日
      （三）干部管理方面
      干部日常监督管理偏松偏软。一是干部请销假制度执行不严；二是个人有关事项报告核查不到位。
      整改措施：严格执行干部请销假和个人有关事项报告制度。
      责任单位：组织人事科
      责任人：黄三
      整改时限：2025年8月31日
      2.年轻干部培养力度不够。
      整改措施：制定年轻干部培养计划。
      责任单位：组织人事科
      责任人：黄三
      整改时限：长期坚持
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void pointsAfterAGroupsUnnumberedFirstProblemDescribeIt(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "党建工作责任落实不到位",
                "党建工作责任落实不到位，主要表现在：一是“三会一课”制度执行不严格；\n二是党员发展程序不规范；\n三是党费收缴不及时。",
                List.of("党建工作方面"),
                lines(4, 10, null),
                List.of(
                    measure("严格落实“三会一课”制度", List.of("机关党委"), null, "陈一", "DEADLINE", "2025-06-30"),
                    measure("规范党员发展程序。", List.of("机关党委"), null, "陈一", "DEADLINE", "2025-06-30"))),
            problem(
                "主题党日活动形式单一",
                "主题党日活动形式单一。",
                List.of("党建工作方面"),
                lines(11, 15, null),
                List.of(
                    measure("丰富主题党日活动内容。", List.of("机关党委"), null, "陈一", "DEADLINE", "2025-09-30"))),
            problem(
                "财务制度执行不严格",
                "财务制度执行不严格。\n一是公务卡使用率低；\n二是差旅费报销超标准。",
                List.of("财务管理方面"),
                lines(17, 25, null),
                List.of(
                    measure("加强财务报销审核", List.of("财务科"), null, "林二", "DEADLINE", "2025-06-30"),
                    measure("推行公务卡强制结算。", List.of("财务科"), null, "林二", "DEADLINE", "2025-06-30"))),
            problem(
                "预算执行进度慢",
                "预算执行进度慢。",
                List.of("财务管理方面"),
                lines(26, 30, null),
                List.of(
                    measure("加快预算执行进度。", List.of("财务科"), null, "林二", "DEADLINE", "2025-12-31"))),
            problem(
                "干部日常监督管理偏松偏软",
                "干部日常监督管理偏松偏软。一是干部请销假制度执行不严；二是个人有关事项报告核查不到位。",
                List.of("干部管理方面"),
                lines(32, 36, null),
                List.of(
                    measure(
                        "严格执行干部请销假和个人有关事项报告制度。",
                        List.of("组织人事科"),
                        null,
                        "黄三",
                        "DEADLINE",
                        "2025-08-31"))),
            problem(
                "年轻干部培养力度不够",
                "年轻干部培养力度不够。",
                List.of("干部管理方面"),
                lines(37, 41, null),
                List.of(measure("制定年轻干部培养计划。", List.of("组织人事科"), null, "黄三", "LONG_TERM", null)))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Line 4 「党建工作责任落实不到位，主要表现在：一是“三会一课”制度执行…」 comes first under the group 「党建工作方面」, with no number that was read, and the 整改措施 or duties after it are its own; it was read as the problem 「党建工作责任落实不到位」.",
            "Line 17 「财务制度执行不严格。」 comes first under the group 「财务管理方面」, with no number that was read, and the 整改措施 or duties after it are its own; it was read as the problem 「财务制度执行不严格」.",
            "Line 32 「干部日常监督管理偏松偏软。一是干部请销假制度执行不严；二是个…」 comes first under the group 「干部管理方面」, with no number that was read, and the 整改措施 or duties after it are its own; it was read as the problem 「干部日常监督管理偏松偏软」."),
        answer.getList("warnings"),
        answer.prettify());
  }

  /** A bare 主要表现在： names no problem: its points stay the group's items, as before 0306. */
  private static final String BARE_INTRODUCTION =
      """
      ××局整改方案
      一、存在问题及整改措施
      （一）作风建设方面
      主要表现在：
      一是会议多、文件多；
      二是调查研究不深入。
      整改措施：精简会议文件，开展调查研究。
      责任单位：办公室
      整改时限：2025年6月30日
      （二）财务方面
      1.报销不规范。
      整改措施：规范报销。
      责任单位：财务科
      整改时限：2025年6月30日
      """;

  /** A guard: the rule leaves points after an introduction that names no problem as they were. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void pointsAfterABareIntroductionStayTheGroupsItems(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, BARE_INTRODUCTION);
    assertEquals(
        List.of(
            problem("会议多、文件多", "会议多、文件多", List.of("作风建设方面"), lines(5, 5, null), List.of()),
            problem(
                "调查研究不深入",
                "调查研究不深入。",
                List.of("作风建设方面"),
                lines(6, 9, null),
                List.of(
                    measure(
                        "精简会议文件，开展调查研究。", List.of("办公室"), null, null, "DEADLINE", "2025-06-30"))),
            problem(
                "报销不规范",
                "报销不规范。",
                List.of("财务方面"),
                lines(11, 14, null),
                List.of(measure("规范报销。", List.of("财务科"), null, null, "DEADLINE", "2025-06-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Line 4 「主要表现在：」 introduces the group 「作风建设方面」; it is not a problem and was not imported.",
            "Problem 「会议多、文件多」 (line 5) has no 整改措施."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
