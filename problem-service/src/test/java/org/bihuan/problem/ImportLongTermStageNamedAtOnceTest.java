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
 * A plan's 整改时限 whose long-term stage is written 长效 (or 远期) followed at once by its time limit
 * (近期2025年4月30日前，长效长期坚持; 近期2025年6月30日前，远期常态化推进) beside measures named 近期/长效: each measure takes its
 * own term's stage — the 近期 one the date, the 长效 one LONG_TERM without a deadline — and beside one
 * measure not named by term the 整改时限 gives the stages of that measure (held in both: DEADLINE by
 * the date and LONG_TERM, as 近期：…；中长期：长期坚持 is, 0330). From a text and a .docx of paragraphs through
 * {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0324).
 */
@QuarkusTest
class ImportLongTermStageNamedAtOnceTest {

  static final String PLAN =
      """
      ××区财政局关于审计反馈问题的整改方案
      一、存在问题及整改措施
      1.预算执行进度缓慢。
      整改措施：
      近期：开展预算执行情况专项清理。
      长效：建立预算执行月度通报制度。
      责任单位：预算科
      责任人：张三
      整改时限：近期2025年4月30日前，长效长期坚持
      2.专项资金拨付不及时。
      整改措施：近期：清理积压拨付事项；长效：建立资金拨付台账。
      责任单位：国库科
      责任人：李四
      整改时限：近期：2025年5月31日前；长效：常态化推进
      3.政府采购程序不规范。
      整改措施：
      近期：开展采购项目自查。
      远期：修订政府采购内控制度。
      责任单位：采购办
      责任人：王五
      整改时限：近期2025年6月30日前，远期常态化推进
      4.票据管理不规范。
      整改措施：规范票据领用登记。
      责任单位：办公室
      责任人：赵六
      整改时限：近期2025年4月30日前，长效长期坚持
      """;

  static List<Map<String, Object>> expected() {
    return List.of(
        problem(
            "预算执行进度缓慢",
            "预算执行进度缓慢。",
            List.of(),
            lines(3, 9, null),
            List.of(
                measure("开展预算执行情况专项清理。", List.of("预算科"), null, "张三", "DEADLINE", "2025-04-30"),
                measure("建立预算执行月度通报制度。", List.of("预算科"), null, "张三", "LONG_TERM", null))),
        problem(
            "专项资金拨付不及时",
            "专项资金拨付不及时。",
            List.of(),
            lines(10, 14, null),
            List.of(
                measure("清理积压拨付事项", List.of("国库科"), null, "李四", "DEADLINE", "2025-05-31"),
                measure("建立资金拨付台账。", List.of("国库科"), null, "李四", "LONG_TERM", null))),
        problem(
            "政府采购程序不规范",
            "政府采购程序不规范。",
            List.of(),
            lines(15, 21, null),
            List.of(
                measure("开展采购项目自查。", List.of("采购办"), null, "王五", "DEADLINE", "2025-06-30"),
                measure("修订政府采购内控制度。", List.of("采购办"), null, "王五", "LONG_TERM", null))),
        problem(
            "票据管理不规范",
            "票据管理不规范。",
            List.of(),
            lines(22, 26, null),
            List.of(
                measure("规范票据领用登记。", List.of("办公室"), null, "赵六", "DEADLINE", "2025-04-30"),
                measure("规范票据领用登记。", List.of("办公室"), null, "赵六", "LONG_TERM", null))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void eachTermTakesItsOwnStage(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(expected(), problems(answer), answer.prettify());
    assertEquals(
        List.of(
            "Problem 「票据管理不规范」, measure 「规范票据领用登记。」 (line 26): 「近期2025年4月30日前，长效长期坚持」"
                + " names the measure's stages, one of them 长期坚持: the measure is held in both stages, as"
                + " two measures of its text: one DEADLINE by 2025-04-30, and one LONG_TERM (长期坚持)"
                + " without a deadline."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
