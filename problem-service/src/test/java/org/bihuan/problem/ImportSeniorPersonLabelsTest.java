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
 * A duty line naming two people, one under a general label (负责人, 单位负责人) and one under a more
 * specific one (项目负责人, 具体负责人, 经办人): without a 责任领导/分管领导 on the line, the general one is the leader
 * and the specific one the person. Controls: a lone 单位负责人 stays the person (0424); with a 分管领导 on
 * the line both stay the person, as before. In a line and in a bracket after the measure, from a
 * text and a .docx of paragraphs through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0427). Fails on main: both names were the person and the leader empty.
 */
@QuarkusTest
class ImportSeniorPersonLabelsTest {

  static final String PLAN =
      """
      整改方案
      一、存在问题
      （一）工程项目管理不规范。
      整改措施：对未验收项目逐一建立台账，限期完成验收。
      单位负责人：黄志刚；项目负责人：刘洋；完成时限：2024年11月30日
      （二）党费收缴使用管理不规范。
      整改措施：
      1.建立党费收缴月报制度。
      （负责人：王海涛；具体负责人：孙丽；责任单位：组织人事科；完成时限：2024年9月30日）
      2.开展党费收缴情况自查。
      责任单位：组织人事科；负责人：王海涛；经办人：陈刚；完成时限：2024年8月31日
      （三）安全生产培训不到位。
      整改措施：组织全员安全生产培训。
      责任单位：安监科；单位负责人：吴昊；完成时限：2024年8月31日
      （四）窗口服务效率不高。
      整改措施：推行预约办理和延时服务。
      责任单位：政务服务科；分管领导：张志远；负责人：林晓；具体负责人：周敏；完成时限：2024年10月15日
      （五）基建项目档案不全。
      整改措施：补齐基建项目档案。
      责任单位：基建科；负责人：黄强；联系人：刘敏；完成时限：2024年12月31日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void theGeneralOfTwoPersonLabelsIsTheLeader(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "工程项目管理不规范",
                "工程项目管理不规范。",
                List.of(),
                lines(3, 5, null),
                List.of(
                    measure(
                        "对未验收项目逐一建立台账，限期完成验收。", List.of(), "黄志刚", "刘洋", "DEADLINE", "2024-11-30"))),
            problem(
                "党费收缴使用管理不规范",
                "党费收缴使用管理不规范。",
                List.of(),
                lines(6, 11, null),
                List.of(
                    measure("建立党费收缴月报制度。", List.of("组织人事科"), "王海涛", "孙丽", "DEADLINE", "2024-09-30"),
                    measure(
                        "开展党费收缴情况自查。", List.of("组织人事科"), "王海涛", "陈刚", "DEADLINE", "2024-08-31"))),
            problem(
                "安全生产培训不到位",
                "安全生产培训不到位。",
                List.of(),
                lines(12, 14, null),
                List.of(
                    measure("组织全员安全生产培训。", List.of("安监科"), null, "吴昊", "DEADLINE", "2024-08-31"))),
            problem(
                "窗口服务效率不高",
                "窗口服务效率不高。",
                List.of(),
                lines(15, 17, null),
                List.of(
                    measure(
                        "推行预约办理和延时服务。",
                        List.of("政务服务科"),
                        "张志远",
                        "林晓、周敏",
                        "DEADLINE",
                        "2024-10-15"))),
            // beside a 联系人 (whom to ask), the 负责人 stays the person
            problem(
                "基建项目档案不全",
                "基建项目档案不全。",
                List.of(),
                lines(18, 20, null),
                List.of(
                    measure(
                        "补齐基建项目档案。", List.of("基建科"), null, "黄强、刘敏", "DEADLINE", "2024-12-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of("Problem 「工程项目管理不规范」, measure 「对未验收项目逐一建立台账，限期完成验收。」: no 责任单位 is given."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
