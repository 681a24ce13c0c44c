package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.sheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A unit followed by a bracket naming who leads it — a person (物业科（牵头：张三）) or a unit (财务处（牵头：办公室）)
 * — in a Word table's and an Excel ledger's 责任单位 cell and in a plan's 责任单位 line, read through
 * {@code POST /sources/{id}/import?dryRun=true}: the person is the measure's responsible person and
 * the unit its responsible unit; a unit named as leading answers and the unit before the bracket
 * helps (docs/decisions/0298, 0305).
 */
@QuarkusTest
class ImportUnitLeadsInTablesTest {

  private static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
              row(1, "物业投诉回复率低。", "建立物业投诉督办机制。", "物业科（牵头：张三）", null, "2024年12月31日"),
              row(2, "工单重复派发。", "规范工单派发流程。", "财务处（牵头：办公室）", "王五", "2024年9月30日"),
              row(3, "药品网上采购率低。", "开展专项督导。", "医政科（牵头人：孙磊、李娜）", null, "2024年10月31日"),
              row(4, "信访件办理超期。", "实行限时办结。", "信访办（牵头），办公室（配合）", "王丽", "2024年11月30日")),
          List.of(),
          6);

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private static Map<String, Object> helped(Map<String, Object> measure, List<String> coUnits) {
    Map<String, Object> m = new LinkedHashMap<>(measure);
    m.put("coResponsibleUnits", coUnits);
    return m;
  }

  private static Map<String, Object> origin(String format, int row) {
    return format.equals("docx") ? ImportAnswers.rows(1, row, row) : sheetRows("台账", row, row);
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx", "xls"})
  void aBracketNamingWhoLeadsAUnitGivesThePersonOrTheLeadingUnit(String format) {
    byte[] file =
        switch (format) {
          case "docx" -> Ledgers.docx(List.of("巡察反馈问题整改任务清单", TABLE));
          case "xlsx" -> Ledgers.xlsx(List.of(TABLE));
          default -> Ledgers.xls(List.of(TABLE));
        };
    JsonPath answer = dryRunTableFile(format, file);
    assertEquals(
        List.of(
            problem(
                "物业投诉回复率低",
                "物业投诉回复率低。",
                List.of(),
                origin(format, 2),
                List.of(
                    measure("建立物业投诉督办机制。", List.of("物业科"), null, "张三", "DEADLINE", "2024-12-31"))),
            problem(
                "工单重复派发",
                "工单重复派发。",
                List.of(),
                origin(format, 3),
                List.of(
                    helped(
                        measure("规范工单派发流程。", List.of("办公室"), null, "王五", "DEADLINE", "2024-09-30"),
                        List.of("财务处")))),
            problem(
                "药品网上采购率低",
                "药品网上采购率低。",
                List.of(),
                origin(format, 4),
                List.of(
                    measure("开展专项督导。", List.of("医政科"), null, "孙磊、李娜", "DEADLINE", "2024-10-31"))),
            problem(
                "信访件办理超期",
                "信访件办理超期。",
                List.of(),
                origin(format, 5),
                List.of(
                    helped(
                        measure("实行限时办结。", List.of("信访办"), null, "王丽", "DEADLINE", "2024-11-30"),
                        List.of("办公室"))))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansUnitLedByAnotherUnitHelpsIt(String format) throws IOException {
    String plan =
        """
        ××局整改方案
        一、存在问题及整改措施
        1.工单重复派发。
        整改措施：规范工单派发流程。
        责任单位：财务处（牵头：办公室）
        整改时限：2024年9月30日
        2.热线投诉办理不及时。
        整改措施：建立日调度机制。
        责任单位：指挥中心（牵头：张三）
        整改时限：2024年6月30日
        """;
    JsonPath answer =
        format.equals("text")
            ? TableImportTest.dryRun(
                plan.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
            : TableImportTest.dryRun(FormatFiles.paragraphs(plan), DocumentText.DOCX);
    assertEquals(
        List.of(
            problem(
                "工单重复派发",
                "工单重复派发。",
                List.of(),
                lines(3, 6, null),
                List.of(
                    helped(
                        measure("规范工单派发流程。", List.of("办公室"), null, null, "DEADLINE", "2024-09-30"),
                        List.of("财务处")))),
            problem(
                "热线投诉办理不及时",
                "热线投诉办理不及时。",
                List.of(),
                lines(7, 10, null),
                List.of(
                    measure("建立日调度机制。", List.of("指挥中心"), null, "张三", "DEADLINE", "2024-06-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
