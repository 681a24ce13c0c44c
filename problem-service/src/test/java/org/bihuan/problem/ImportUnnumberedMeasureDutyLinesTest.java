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
 * Measures written without numbers under one problem, each line followed by its own duty line or
 * lines (责任单位：… 责任人：… 整改时限：…, on one line with spaces or ；, or one label a line): each is a measure
 * of its own with its own unit, person and time limit, not one measure with every duty; read from a
 * text and a .docx plan through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0306,
 * extending 0299).
 */
@QuarkusTest
class ImportUnnumberedMeasureDutyLinesTest {

  private static final String PLAN =
      """
      ××市财政局巡察反馈问题整改方案
      一、存在问题及整改措施
      1.财务报销审核不严，部分票据不合规。
      整改措施：
      全面清理2023年以来的报销凭证
      责任单位：财务科  责任人：张三  整改时限：2025年3月31日
      修订完善财务报销管理办法
      责任单位：办公室  责任人：李四  整改时限：2025年6月30日
      开展财务人员业务培训
      责任单位：人事科  责任人：王五  整改时限：长期坚持
      2.公务用车管理不规范，存在公车私用现象。
      整改措施：对公务用车使用情况开展专项检查。
      责任单位：机关事务中心；责任人：赵六；整改时限：2025年4月30日
      建立公务用车使用登记和审批制度。
      责任单位：办公室；责任人：钱七；整改时限：2025年5月31日
      3.政府采购程序不规范。
      整改措施：
      组织开展政府采购专项自查；
      责任单位：采购办
      责任人：孙八
      整改时限：立行立改
      完善采购内控制度，实行采购事项集体决策；
      责任单位：采购办
      责任人：周九
      整改时限：2025年9月30日
      加强采购人员业务培训。
      责任单位：人事科
      责任人：吴十
      整改时限：2025年12月31日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void eachMeasureLineFollowedByItsDutiesIsAMeasureOfItsOwn(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "财务报销审核不严，部分票据不合规",
                "财务报销审核不严，部分票据不合规。",
                List.of(),
                lines(3, 10, null),
                List.of(
                    measure(
                        "全面清理2023年以来的报销凭证", List.of("财务科"), null, "张三", "DEADLINE", "2025-03-31"),
                    measure("修订完善财务报销管理办法", List.of("办公室"), null, "李四", "DEADLINE", "2025-06-30"),
                    measure("开展财务人员业务培训", List.of("人事科"), null, "王五", "LONG_TERM", null))),
            problem(
                "公务用车管理不规范，存在公车私用现象",
                "公务用车管理不规范，存在公车私用现象。",
                List.of(),
                lines(11, 15, null),
                List.of(
                    measure(
                        "对公务用车使用情况开展专项检查。",
                        List.of("机关事务中心"),
                        null,
                        "赵六",
                        "DEADLINE",
                        "2025-04-30"),
                    measure(
                        "建立公务用车使用登记和审批制度。", List.of("办公室"), null, "钱七", "DEADLINE", "2025-05-31"))),
            problem(
                "政府采购程序不规范",
                "政府采购程序不规范。",
                List.of(),
                lines(16, 29, null),
                List.of(
                    measure("组织开展政府采购专项自查", List.of("采购办"), null, "孙八", "IMMEDIATE", null),
                    measure(
                        "完善采购内控制度，实行采购事项集体决策",
                        List.of("采购办"),
                        null,
                        "周九",
                        "DEADLINE",
                        "2025-09-30"),
                    measure("加强采购人员业务培训。", List.of("人事科"), null, "吴十", "DEADLINE", "2025-12-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
