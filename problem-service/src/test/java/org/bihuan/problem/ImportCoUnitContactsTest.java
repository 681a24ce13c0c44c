package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.bihuan.problem.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A ticket's responsible person is the one who answers: the 责任人 given (a label or a column) wins
 * over a person in a unit's bracket, and a helping unit's contact — 配合单位：规划科（赵敏）, 财务处（配合：李四）, a
 * 配合单位 cell 审计科（李四）, 配合：稽核科（李四） in a units cell — is never the responsible person, nor a unit. The
 * ticket keeps no contact, so the warnings name each one left out. The people of the responsible
 * units still answer when no 责任人 is given. Plans (text, .docx) and tables (.docx, .xlsx) through
 * {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0320, amending 0311).
 */
@QuarkusTest
class ImportCoUnitContactsTest {

  private static final String PLAN =
      """
      ××市生态环境局审计整改方案
      一、存在问题及整改措施
      1.专项资金闲置。
      整改措施：全面清理闲置资金。
      责任单位：财务处（牵头：钱伟）
      配合单位：规划科（赵敏）
      整改时限：2025年6月30日
      2.档案管理不规范。
      整改措施：开展档案清理。
      责任单位：办公室（牵头：张三）、财务处（配合：李四）
      整改时限：2025年7月31日
      3.政务公开不及时。
      整改措施：修订政务公开制度。
      责任单位：医政股（张明）
      责任人：王五
      整改时限：2025年8月31日
      4.超限超载治理不力。
      整改措施：开展联合治超行动。
      牵头单位：执法支队
      配合单位：公路中心（孔亮）
      整改时限：2025年9月30日
      5.合同审查不严。
      整改措施：建立合同审查制度。
      责任单位：法规科（郑丽）
      配合单位：办公室
      整改时限：2025年10月31日
      """;

  private static Map<String, Object> helped(Map<String, Object> measure, List<String> coUnits) {
    Map<String, Object> m = new LinkedHashMap<>(measure);
    m.put("coResponsibleUnits", coUnits);
    return m;
  }

  private static String leftOut(String problem, String measure, String contact) {
    return "Problem 「"
        + problem
        + "」, measure 「"
        + measure
        + "」: 「"
        + contact
        + "」, named in brackets after a helping unit (配合), is that unit's contact and was not"
        + " stored: a helping unit does not answer for the measure, and a ticket keeps no contact.";
  }

  private static String besideGiven(String problem, String measure, String person, String given) {
    return "Problem 「"
        + problem
        + "」, measure 「"
        + measure
        + "」: 「"
        + person
        + "」, named in brackets after a responsible unit, was not stored: the 责任人 given, 「"
        + given
        + "」, is the measure's responsible person, and a ticket keeps one.";
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansGivenPersonAnswersAndAHelpersContactIsNamedInTheWarnings(String format)
      throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "专项资金闲置",
                "专项资金闲置。",
                List.of(),
                lines(3, 7, null),
                List.of(
                    helped(
                        measure("全面清理闲置资金。", List.of("财务处"), null, "钱伟", "DEADLINE", "2025-06-30"),
                        List.of("规划科")))),
            problem(
                "档案管理不规范",
                "档案管理不规范。",
                List.of(),
                lines(8, 11, null),
                List.of(
                    helped(
                        measure("开展档案清理。", List.of("办公室"), null, "张三", "DEADLINE", "2025-07-31"),
                        List.of("财务处")))),
            problem(
                "政务公开不及时",
                "政务公开不及时。",
                List.of(),
                lines(12, 16, null),
                List.of(
                    measure("修订政务公开制度。", List.of("医政股"), null, "王五", "DEADLINE", "2025-08-31"))),
            problem(
                "超限超载治理不力",
                "超限超载治理不力。",
                List.of(),
                lines(17, 21, null),
                List.of(
                    helped(
                        measure("开展联合治超行动。", List.of("执法支队"), null, null, "DEADLINE", "2025-09-30"),
                        List.of("公路中心")))),
            problem(
                "合同审查不严",
                "合同审查不严。",
                List.of(),
                lines(22, 26, null),
                List.of(
                    helped(
                        measure("建立合同审查制度。", List.of("法规科"), null, "郑丽", "DEADLINE", "2025-10-31"),
                        List.of("办公室"))))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            leftOut("专项资金闲置", "全面清理闲置资金。", "赵敏"),
            leftOut("档案管理不规范", "开展档案清理。", "李四"),
            besideGiven("政务公开不及时", "修订政务公开制度。", "张明", "王五"),
            leftOut("超限超载治理不力", "开展联合治超行动。", "孔亮")),
        answer.getList("warnings"),
        answer.prettify());
  }

  private static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任单位", "配合单位", "具体责任人", "完成时限"),
              row(1, "财务审批不严格。", "修订财务审批制度。", "财务科（赵敏）", null, "钱伟", "2025年4月30日"),
              row(2, "专项资金使用不规范。", "开展专项资金清理。", "财务科", "审计科（李四）", "张明", "2025年7月31日"),
              row(
                  3,
                  "医保基金监管薄弱。",
                  "开展定点医药机构专项检查。",
                  "牵头：基金监管科（张明）配合：稽核科（李四）",
                  null,
                  null,
                  "2025年6月30日"),
              row(4, "合同管理不规范。", "建立合同审查制度。", "法规科（郑丽）", "办公室", null, "2025年8月31日"),
              row(5, "档案管理不规范。", "开展档案清理。", "办公室（牵头：张三）、财务处（配合：李四）", null, null, "2025年9月30日")),
          List.of(),
          7);

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aTablesPersonColumnAnswersAndAHelpersContactIsNamedInTheWarnings(String format) {
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "审计整改任务清单", TABLE));
    assertEquals(
        List.of(
            problem(
                "财务审批不严格",
                "财务审批不严格。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("修订财务审批制度。", List.of("财务科"), null, "钱伟", "DEADLINE", "2025-04-30"))),
            problem(
                "专项资金使用不规范",
                "专项资金使用不规范。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    helped(
                        measure("开展专项资金清理。", List.of("财务科"), null, "张明", "DEADLINE", "2025-07-31"),
                        List.of("审计科")))),
            problem(
                "医保基金监管薄弱",
                "医保基金监管薄弱。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(
                    helped(
                        measure(
                            "开展定点医药机构专项检查。",
                            List.of("基金监管科"),
                            null,
                            "张明",
                            "DEADLINE",
                            "2025-06-30"),
                        List.of("稽核科")))),
            problem(
                "合同管理不规范",
                "合同管理不规范。",
                List.of(),
                tableOrSheetRows(format, 5, 5),
                List.of(
                    helped(
                        measure("建立合同审查制度。", List.of("法规科"), null, "郑丽", "DEADLINE", "2025-08-31"),
                        List.of("办公室")))),
            problem(
                "档案管理不规范",
                "档案管理不规范。",
                List.of(),
                tableOrSheetRows(format, 6, 6),
                List.of(
                    helped(
                        measure("开展档案清理。", List.of("办公室"), null, "张三", "DEADLINE", "2025-09-30"),
                        List.of("财务处"))))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            besideGiven("财务审批不严格", "修订财务审批制度。", "赵敏", "钱伟"),
            leftOut("专项资金使用不规范", "开展专项资金清理。", "李四"),
            leftOut("医保基金监管薄弱", "开展定点医药机构专项检查。", "李四"),
            leftOut("档案管理不规范", "开展档案清理。", "李四")),
        answer.getList("warnings"),
        answer.prettify());
  }
}
