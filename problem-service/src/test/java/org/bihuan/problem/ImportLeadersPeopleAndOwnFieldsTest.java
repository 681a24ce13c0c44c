package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.support.LedgerSheets;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fields of a plan's measures as other units write them: a leader with a post or a remark
 * (王建国（负总责）, 副局长 李明（协管）) is stored by name and the dry run names what was left out; a bracketed
 * group of fields after a measure (（责任人：陈洁，2024年6月底前完成）) fills each of its fields; fields written
 * inside one numbered measure are that measure's only; a person written as a role (各股室主要负责人) is
 * kept as written, 张三等 is 张三 with a note; two labels joined by 、 (责任单位、第一责任人：办公室、李四) pair with
 * their values. From a text, a .docx of paragraphs and a task list table through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0376).
 */
@QuarkusTest
class ImportLeadersPeopleAndOwnFieldsTest {

  static final String PLAN =
      """
      区市场监管局巡察整改方案
      一、问题清单及整改措施
      1.重大事项报告不及时。
      整改措施：建立重大事项报告台账。
      责任领导：王建国（负总责）
      责任单位：办公室；整改时限：2024年6月30日
      2.执法案卷归档不规范。
      整改措施：统一执法案卷归档标准。
      牵头领导：局党组书记、局长 王建国
      责任单位：法规科；整改时限：2024年7月31日
      3.专项资金拨付滞后。
      整改措施：建立专项资金拨付督办机制。
      分管领导：副局长 李明（协管）
      责任单位：财务科；整改时限：2024年8月31日
      4.消费投诉处置超时。
      整改措施：开展投诉处置专项清理。（责任人：陈洁，2024年6月底前完成）
      责任单位：消保科
      5.特种设备检查不全。
      整改措施：
      （1）制定年度检查计划。
      （2）开展全覆盖检查。责任人：张三
      （3）公开检查结果。（责任人：李华，2024年8月底前完成）
      责任单位：特设科；整改时限：2024年9月30日
      6.内部审计整改不到位。
      整改措施：逐项对账销号。
      责任单位：各股室；责任人：各股室主要负责人
      整改时限：2024年10月31日
      7.档案管理不规范。
      整改措施：补齐档案目录。
      责任单位：办公室；责任人：张三等
      整改时限：2024年11月30日
      8.公车使用登记不全。
      整改措施：完善派车登记。
      责任单位、第一责任人：办公室、李四
      整改时限：2024年12月31日
      9.会议纪要流转慢。
      整改措施：建立纪要流转时限。
      责任领导、责任单位：张局长、办公室
      整改时限：2024年12月31日
      """;

  static final String REMARKS =
      "责任领导 written with a remark on their part in the measure are stored by name only; the"
          + " remark is not kept (add it to the measure's text if it matters): 「王建国（负总责）」 → 「王建国」,"
          + " 「副局长李明（协管）」 → 「李明」.";

  static final String OTHERS =
      "责任领导 or 责任人 written as names then 等 mean others too, who are not named; only the names"
          + " written were stored (add the others by name if they are responsible): 「张三等」 → 「张三」.";

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void eachFieldIsReadForItsMeasure(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "重大事项报告不及时",
                "重大事项报告不及时。",
                List.of(),
                lines(3, 6, null),
                List.of(
                    measure("建立重大事项报告台账。", List.of("办公室"), "王建国", null, "DEADLINE", "2024-06-30"))),
            problem(
                "执法案卷归档不规范",
                "执法案卷归档不规范。",
                List.of(),
                lines(7, 10, null),
                List.of(
                    measure("统一执法案卷归档标准。", List.of("法规科"), "王建国", null, "DEADLINE", "2024-07-31"))),
            problem(
                "专项资金拨付滞后",
                "专项资金拨付滞后。",
                List.of(),
                lines(11, 14, null),
                List.of(
                    measure(
                        "建立专项资金拨付督办机制。", List.of("财务科"), "李明", null, "DEADLINE", "2024-08-31"))),
            problem(
                "消费投诉处置超时",
                "消费投诉处置超时。",
                List.of(),
                lines(15, 17, null),
                List.of(
                    measure("开展投诉处置专项清理。", List.of("消保科"), null, "陈洁", "DEADLINE", "2024-06-30"))),
            problem(
                "特种设备检查不全",
                "特种设备检查不全。",
                List.of(),
                lines(18, 23, null),
                List.of(
                    measure("制定年度检查计划。", List.of("特设科"), null, null, "DEADLINE", "2024-09-30"),
                    measure("开展全覆盖检查。", List.of("特设科"), null, "张三", "DEADLINE", "2024-09-30"),
                    measure("公开检查结果。", List.of("特设科"), null, "李华", "DEADLINE", "2024-08-31"))),
            problem(
                "内部审计整改不到位",
                "内部审计整改不到位。",
                List.of(),
                lines(24, 27, null),
                List.of(
                    measure(
                        "逐项对账销号。", List.of("各股室"), null, "各股室主要负责人", "DEADLINE", "2024-10-31"))),
            problem(
                "档案管理不规范",
                "档案管理不规范。",
                List.of(),
                lines(28, 31, null),
                List.of(measure("补齐档案目录。", List.of("办公室"), null, "张三", "DEADLINE", "2024-11-30"))),
            problem(
                "公车使用登记不全",
                "公车使用登记不全。",
                List.of(),
                lines(32, 35, null),
                List.of(measure("完善派车登记。", List.of("办公室"), null, "李四", "DEADLINE", "2024-12-31"))),
            problem(
                "会议纪要流转慢",
                "会议纪要流转慢。",
                List.of(),
                lines(36, 39, null),
                List.of(
                    measure("建立纪要流转时限。", List.of("办公室"), "张局长", null, "DEADLINE", "2024-12-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            OTHERS,
            "责任领导 written with a post are stored by name only, so that the reports count each"
                + " leader once: 「局党组书记、局长王建国」 → 「王建国」.",
            REMARKS),
        answer.getList("warnings"));
  }

  /** The same leaders and people in the cells of a task list, a Word table or an Excel sheet. */
  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void leadersAndPeopleInCellsAreReadAsInLines(String format) {
    Ledgers.Table table =
        LedgerSheets.table(
            "台账",
            List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "完成时限"),
            List.of(
                LedgerSheets.row(
                    1, "重大事项报告不及时。", "建立重大事项报告台账。", "王建国（负总责）", "办公室", "赵敏", "2024年6月30日"),
                LedgerSheets.row(
                    2, "专项资金拨付滞后。", "建立督办机制。", "副局长 李明（协管）", "财务科", "孙丽", "2024年8月31日"),
                LedgerSheets.row(
                    3, "内部审计整改不到位。", "逐项对账销号。", "李明", "各股室", "各股室主要负责人", "2024年10月31日"),
                LedgerSheets.row(4, "档案管理不规范。", "补齐档案目录。", "李明", "办公室", "张三等", "2024年11月30日")));
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "区市场监管局巡察整改任务清单", table));
    assertEquals(
        List.of(
            problem(
                "重大事项报告不及时",
                "重大事项报告不及时。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("建立重大事项报告台账。", List.of("办公室"), "王建国", "赵敏", "DEADLINE", "2024-06-30"))),
            problem(
                "专项资金拨付滞后",
                "专项资金拨付滞后。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(measure("建立督办机制。", List.of("财务科"), "李明", "孙丽", "DEADLINE", "2024-08-31"))),
            problem(
                "内部审计整改不到位",
                "内部审计整改不到位。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(
                    measure(
                        "逐项对账销号。", List.of("各股室"), "李明", "各股室主要负责人", "DEADLINE", "2024-10-31"))),
            problem(
                "档案管理不规范",
                "档案管理不规范。",
                List.of(),
                tableOrSheetRows(format, 5, 5),
                List.of(measure("补齐档案目录。", List.of("办公室"), "李明", "张三", "DEADLINE", "2024-11-30")))),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertTrue(warnings.contains(REMARKS), String.join("\n", warnings));
    assertTrue(warnings.contains(OTHERS), String.join("\n", warnings));
  }
}
