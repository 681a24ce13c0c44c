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
import java.util.List;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The units and their people under one label — 责任单位及责任人：纪检组（王强）、医政股（张明）, also 责任单位和责任人, 责任部门及责任人,
 * 责任单位/责任人, and a table's 责任单位及责任人 column — and the items of a numbered units list each naming its
 * lead (1.财务处（牵头：李四）；2.审计科（王五）): measure n gets unit n and person n when the items pair with the
 * measures, otherwise every measure gets all the units with their people. Read from a text and a
 * .docx plan, a Word table and an .xlsx ledger through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0311).
 */
@QuarkusTest
class ImportUnitsAndPeopleLabelsTest {

  private static final String PLAN =
      """
      ××县卫生健康局巡察整改方案
      一、存在问题及整改措施
      1.党风廉政建设责任落实不到位。
      整改措施：开展廉政风险排查。
      责任单位及责任人：纪检组（王强）、医政股（张明）
      整改时限：2025年6月30日
      2.药品采购管理不规范。
      整改措施：规范药品采购流程。
      责任单位和责任人：药剂科（刘洋）
      整改时限：2025年7月31日
      3.会议记录不完整。
      整改措施：建立会议记录审核制度。
      责任部门及责任人：办公室（陈静）
      整改时限：2025年8月31日
      4.公章使用登记不全。
      整改措施：规范公章使用登记。
      责任单位/责任人：办公室（陈静）、档案室（周敏）
      整改时限：2025年9月30日
      5.财务报销审核不严。
      整改措施：1.开展报销凭证复核；2.修订报销审核办法。
      责任单位：1.财务处（牵头：李四）；2.审计科（王五）
      整改时限：2025年10月31日
      6.专项资金使用不规范。
      整改措施：开展专项资金清理。
      责任单位：1.财务处（牵头：李四）；2.审计科（王五）
      整改时限：2025年11月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void unitsAndTheirPeopleUnderOneLabelAndLeadsOnNumberedUnits(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "党风廉政建设责任落实不到位",
                "党风廉政建设责任落实不到位。",
                List.of(),
                lines(3, 6, null),
                List.of(
                    measure(
                        "开展廉政风险排查。",
                        List.of("纪检组", "医政股"),
                        null,
                        "王强、张明",
                        "DEADLINE",
                        "2025-06-30"))),
            problem(
                "药品采购管理不规范",
                "药品采购管理不规范。",
                List.of(),
                lines(7, 10, null),
                List.of(
                    measure("规范药品采购流程。", List.of("药剂科"), null, "刘洋", "DEADLINE", "2025-07-31"))),
            problem(
                "会议记录不完整",
                "会议记录不完整。",
                List.of(),
                lines(11, 14, null),
                List.of(
                    measure("建立会议记录审核制度。", List.of("办公室"), null, "陈静", "DEADLINE", "2025-08-31"))),
            problem(
                "公章使用登记不全",
                "公章使用登记不全。",
                List.of(),
                lines(15, 18, null),
                List.of(
                    measure(
                        "规范公章使用登记。",
                        List.of("办公室", "档案室"),
                        null,
                        "陈静、周敏",
                        "DEADLINE",
                        "2025-09-30"))),
            problem(
                "财务报销审核不严",
                "财务报销审核不严。",
                List.of(),
                lines(19, 22, null),
                List.of(
                    measure("开展报销凭证复核", List.of("财务处"), null, "李四", "DEADLINE", "2025-10-31"),
                    measure("修订报销审核办法。", List.of("审计科"), null, "王五", "DEADLINE", "2025-10-31"))),
            problem(
                "专项资金使用不规范",
                "专项资金使用不规范。",
                List.of(),
                lines(23, 26, null),
                List.of(
                    measure(
                        "开展专项资金清理。",
                        List.of("财务处", "审计科"),
                        null,
                        "李四、王五",
                        "DEADLINE",
                        "2025-11-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  private static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任单位及责任人", "完成时限"),
              row(1, "党风廉政建设责任落实不到位。", "开展廉政风险排查。", "纪检组（王强）、医政股（张明）", "2025年6月30日"),
              row(2, "药品采购管理不规范。", "规范药品采购流程。", "药剂科（牵头：刘洋）", "2025年7月31日"),
              row(3, "档案管理不规范。", "开展档案清理。", "档案室（牵头）、办公室（配合）", "2025年8月31日")),
          List.of(),
          5);

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aUnitsAndPeopleColumn(String format) {
    byte[] file = Ledgers.docxOrXlsx(format, "巡察反馈问题整改任务清单", TABLE);
    JsonPath answer = dryRunTableFile(format, file);
    java.util.Map<String, Object> helped =
        new java.util.LinkedHashMap<>(
            measure("开展档案清理。", List.of("档案室"), null, null, "DEADLINE", "2025-08-31"));
    helped.put("coResponsibleUnits", List.of("办公室"));
    assertEquals(
        List.of(
            problem(
                "党风廉政建设责任落实不到位",
                "党风廉政建设责任落实不到位。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure(
                        "开展廉政风险排查。",
                        List.of("纪检组", "医政股"),
                        null,
                        "王强、张明",
                        "DEADLINE",
                        "2025-06-30"))),
            problem(
                "药品采购管理不规范",
                "药品采购管理不规范。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("规范药品采购流程。", List.of("药剂科"), null, "刘洋", "DEADLINE", "2025-07-31"))),
            problem(
                "档案管理不规范", "档案管理不规范。", List.of(), tableOrSheetRows(format, 4, 4), List.of(helped))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
