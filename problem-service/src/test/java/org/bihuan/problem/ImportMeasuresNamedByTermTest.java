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
 * Measures named by their term — 近期措施：… / 长效措施：…, 短期措施 / 中长期措施, 近期整改措施 / 长期措施, and 近期：… / 中长期：…
 * lines under 整改措施： — each followed by its own duties: a measure each, with its own duties; a
 * long-term measure without a time limit of its own is LONG_TERM. A time limit whose stages are
 * named by the same terms (（1）近期：…；（2）中长期：…, in another order, or unnumbered) gives each measure
 * the stage of its term; the term is no part of the measure's text. Read from a text and a .docx
 * plan through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0306, amending 0299
 * and 0305).
 */
@QuarkusTest
class ImportMeasuresNamedByTermTest {

  private static final String BY_LABEL =
      """
      ××区教育局关于巡察反馈问题的整改方案
      一、存在问题及整改措施
      1.干部队伍结构不合理，年轻干部储备不足。
      近期措施：制定年度干部选拔任用计划，选拔一批优秀年轻干部。
      责任单位：组织人事科  责任人：张三  整改时限：2025年6月30日
      长效措施：建立年轻干部常态化培养选拔机制。
      责任单位：组织人事科  责任人：李四  整改时限：长期坚持
      2.意识形态工作责任制落实不到位。
      短期措施：召开专题会议研究部署意识形态工作。
      责任单位：办公室
      责任人：王五
      整改时限：2025年3月底前
      中长期措施：健全意识形态工作责任清单，纳入年度考核。
      责任单位：宣传科
      责任人：赵六
      整改时限：长期坚持
      3.校园食堂管理不规范。
      近期整改措施：开展校园食堂食品安全专项检查。
      责任单位：后勤保障科；责任人：钱七；整改时限：立行立改
      长期措施：建立食堂管理长效监督机制。
      责任单位：后勤保障科；责任人：钱七
      """;

  private static final String BY_LINE =
      """
      ××区教育局关于巡察反馈问题的整改方案
      一、存在问题及整改措施
      1.固定资产管理不规范。
      整改措施：
      近期：开展固定资产全面清查，摸清家底。
      中长期：建立固定资产动态管理机制。
      责任单位：财务科
      责任人：张三
      整改时限：（1）近期：2025年3月底前；（2）中长期：长期坚持
      2.校车安全管理存在漏洞。
      整改措施：
      短期：对全区校车开展安全隐患排查。
      长期：完善校车安全管理制度。
      责任单位：安全管理科
      责任人：李四
      整改时限：(1)长期：长期坚持；(2)短期：2025年4月30日
      3.教师培训经费使用不规范。
      整改措施：（1）近期：清理2024年培训经费支出；（2）中长期：修订培训经费管理办法。
      责任单位：教师发展中心
      责任人：王五
      整改时限：近期：2025年5月31日；中长期：长期坚持
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void measuresNamedByTermEachGetTheirOwnDuties(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, BY_LABEL);
    assertEquals(
        List.of(
            problem(
                "干部队伍结构不合理，年轻干部储备不足",
                "干部队伍结构不合理，年轻干部储备不足。",
                List.of(),
                lines(3, 7, null),
                List.of(
                    measure(
                        "制定年度干部选拔任用计划，选拔一批优秀年轻干部。",
                        List.of("组织人事科"),
                        null,
                        "张三",
                        "DEADLINE",
                        "2025-06-30"),
                    measure("建立年轻干部常态化培养选拔机制。", List.of("组织人事科"), null, "李四", "LONG_TERM", null))),
            problem(
                "意识形态工作责任制落实不到位",
                "意识形态工作责任制落实不到位。",
                List.of(),
                lines(8, 16, null),
                List.of(
                    measure(
                        "召开专题会议研究部署意识形态工作。", List.of("办公室"), null, "王五", "DEADLINE", "2025-03-31"),
                    measure(
                        "健全意识形态工作责任清单，纳入年度考核。", List.of("宣传科"), null, "赵六", "LONG_TERM", null))),
            problem(
                "校园食堂管理不规范",
                "校园食堂管理不规范。",
                List.of(),
                lines(17, 21, null),
                List.of(
                    measure("开展校园食堂食品安全专项检查。", List.of("后勤保障科"), null, "钱七", "IMMEDIATE", null),
                    measure("建立食堂管理长效监督机制。", List.of("后勤保障科"), null, "钱七", "LONG_TERM", null)))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Problem 「校园食堂管理不规范」, measure 「建立食堂管理长效监督机制。」: the term 长期 names a long-term measure, and it has no 整改时限 of its own: it is imported as LONG_TERM, without a deadline."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aTimeLimitsStagesNamedByTermGoToTheMeasuresOfThatTerm(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, BY_LINE);
    assertEquals(
        List.of(
            problem(
                "固定资产管理不规范",
                "固定资产管理不规范。",
                List.of(),
                lines(3, 9, null),
                List.of(
                    measure(
                        "开展固定资产全面清查，摸清家底。", List.of("财务科"), null, "张三", "DEADLINE", "2025-03-31"),
                    measure("建立固定资产动态管理机制。", List.of("财务科"), null, "张三", "LONG_TERM", null))),
            problem(
                "校车安全管理存在漏洞",
                "校车安全管理存在漏洞。",
                List.of(),
                lines(10, 16, null),
                List.of(
                    measure(
                        "对全区校车开展安全隐患排查。", List.of("安全管理科"), null, "李四", "DEADLINE", "2025-04-30"),
                    measure("完善校车安全管理制度。", List.of("安全管理科"), null, "李四", "LONG_TERM", null))),
            problem(
                "教师培训经费使用不规范",
                "教师培训经费使用不规范。",
                List.of(),
                lines(17, 21, null),
                List.of(
                    measure(
                        "清理2024年培训经费支出", List.of("教师发展中心"), null, "王五", "DEADLINE", "2025-05-31"),
                    measure("修订培训经费管理办法。", List.of("教师发展中心"), null, "王五", "LONG_TERM", null)))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
