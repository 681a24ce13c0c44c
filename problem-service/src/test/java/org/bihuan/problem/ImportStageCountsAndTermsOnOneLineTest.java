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
 * A plan's measures in three stages beside a 整改时限 of two: the two stages it names are theirs, the
 * third takes the 整改时限 whole, and the dry run names the problem, the line and the stage; a stage's
 * own date read as a range is named with the line the stage stands on, not line 0; and 近期：…；长效：… on
 * one line — the 整改措施 line or a numbered measure item — is a measure per term, as the same written
 * a line each is (近期 the 整改时限's date or its term's stage, 长效 LONG_TERM). From a text and a .docx of
 * paragraphs through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0317).
 */
@QuarkusTest
class ImportStageCountsAndTermsOnOneLineTest {

  static final String PLAN =
      """
      ××局关于巡察反馈问题的整改方案
      一、存在问题及整改措施
      1.问题台账管理不规范。
      整改措施：第一阶段：完成全面排查；第二阶段：完成整改；第三阶段：建立长效机制。
      责任单位：办公室
      责任人：张三
      整改时限：第一阶段：2024年7月31日前；第二阶段：2024年9月30日前
      2.财务报销审核不严格。
      整改措施：
      第一阶段（2024年7月至9月）：清理报销凭证；
      第二阶段（2024年10月31日前）：修订报销管理办法。
      责任单位：财务科
      责任人：王五
      3.车辆管理不规范。
      整改措施：近期：清理公车台账；长效：建立公车月度核查机制
      责任单位：后勤科
      责任人：钱七
      整改时限：近期：2024年8月31日前；长效：长期坚持
      4.档案管理混乱。
      整改措施：近期：清理档案台账；长效：建立档案月度核查机制。
      责任单位：档案室
      责任人：赵六
      5.公文处理不及时。
      整改措施：1.近期：清理积压公文；长效：建立公文督办机制；2.规范公文流转程序。
      责任单位：办公室
      责任人：孙八
      整改时限：2024年9月30日前
      """;

  static List<Map<String, Object>> expected() {
    return List.of(
        problem(
            "问题台账管理不规范",
            "问题台账管理不规范。",
            List.of(),
            lines(3, 7, null),
            List.of(
                measure("完成全面排查", List.of("办公室"), null, "张三", "DEADLINE", "2024-07-31"),
                measure("完成整改", List.of("办公室"), null, "张三", "DEADLINE", "2024-09-30"),
                measure("建立长效机制。", List.of("办公室"), null, "张三", "DEADLINE", "2024-09-30"))),
        problem(
            "财务报销审核不严格",
            "财务报销审核不严格。",
            List.of(),
            lines(8, 13, null),
            List.of(
                measure("清理报销凭证", List.of("财务科"), null, "王五", "DEADLINE", "2024-09-30"),
                measure("修订报销管理办法。", List.of("财务科"), null, "王五", "DEADLINE", "2024-10-31"))),
        problem(
            "车辆管理不规范",
            "车辆管理不规范。",
            List.of(),
            lines(14, 18, null),
            List.of(
                measure("清理公车台账", List.of("后勤科"), null, "钱七", "DEADLINE", "2024-08-31"),
                measure("建立公车月度核查机制", List.of("后勤科"), null, "钱七", "LONG_TERM", null))),
        problem(
            "档案管理混乱",
            "档案管理混乱。",
            List.of(),
            lines(19, 22, null),
            List.of(
                measure("清理档案台账", List.of("档案室"), null, "赵六", null, null),
                measure("建立档案月度核查机制。", List.of("档案室"), null, "赵六", "LONG_TERM", null))),
        problem(
            "公文处理不及时",
            "公文处理不及时。",
            List.of(),
            lines(23, 27, null),
            List.of(
                measure("清理积压公文", List.of("办公室"), null, "孙八", "DEADLINE", "2024-09-30"),
                measure("建立公文督办机制", List.of("办公室"), null, "孙八", "DEADLINE", "2024-09-30"),
                measure("规范公文流转程序。", List.of("办公室"), null, "孙八", "DEADLINE", "2024-09-30"))));
  }

  static final List<String> WARNINGS =
      List.of(
          "Problem 「问题台账管理不规范」, measure 「建立长效机制。」 (line 7): 「第一阶段：2024年7月31日前；第二阶段："
              + "2024年9月30日前」 names several dates; the latest, 2024-09-30, is the deadline.",
          "Problem 「问题台账管理不规范」, measure 「建立长效机制。」 (line 7): the 整改时限 is written in 2 stages"
              + " beside 3 measures in stages, and names no 第三阶段; this stage took the 整改时限 whole.",
          "Problem 「财务报销审核不严格」, measure 「清理报销凭证」 (line 10): 「2024年7月至2024年9月」 names several dates;"
              + " the latest, 2024-09-30, is the deadline.",
          "Problem 「档案管理混乱」, measure 「清理档案台账」: no 整改时限 is given; set a time limit before creating"
              + " its ticket.",
          "Problem 「档案管理混乱」, measure 「建立档案月度核查机制。」: the term 长效 names a long-term measure, and it"
              + " has no 整改时限 of its own: it is imported as LONG_TERM, without a deadline.");

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void stagesPairByNumberAndTermsOnOneLineAreMeasuresOfTheirOwn(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(expected(), problems(answer), answer.prettify());
    assertEquals(WARNINGS, answer.getList("warnings"), answer.prettify());
  }
}
